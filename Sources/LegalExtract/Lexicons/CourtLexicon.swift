/// The SPC court list (`courtsTSV`, 3,527 courts with levels) as a lexicon:
/// a trie for names the region rules cannot build (亚布力林区基层法院,
/// 新疆维吾尔自治区高级人民法院生产建设兵团分院), and a level per name, also
/// under the name without its province (湖北省黄冈市中级人民法院 → 黄冈市中级人民法院).
struct CourtLexicon: Sendable {
  let trie: ScalarTrie<Int>
  let names: [String]
  /// Level of each name; looked up through the trie (a `[String: …]` hashes
  /// every key through Unicode normalisation, a large part of start-up).
  let levels: [OrganizationLevel]

  static let shared = CourtLexicon()

  init() {
    let t = TSVTable(courtsTSV)
    let name = t.column("name")
    let level = t.column("level")
    var trie = ScalarTrie<Int>(capacity: 32_768)
    var names: [String] = []
    var levels: [OrganizationLevel] = []
    // Provinces by first character: testing all 34 with String.hasPrefix
    // (Character by Character) for 3,527 courts was most of start-up.
    var provincesByFirst: [Unicode.Scalar: [String]] = [:]
    for d in RegionGazetteer.shared.divisions where d.level == .province {
      if let first = d.name.unicodeScalars.first { provincesByFirst[first, default: []].append(d.name) }
    }
    for row in t.rows {
      guard let lv = OrganizationLevel(rawValue: row[level]) else { continue }
      let full = row[name]
      names.append(full)
      levels.append(lv)
      trie.insert(full, value: names.count - 1, replacing: true)
      // 兵团第八师中级人民法院: news drops 新疆生产建设.
      if full.hasScalarPrefix("新疆生产建设兵团") {
        trie.insert(String(full.dropFirst(6)), value: names.count - 1)
      }
      let scalars = full.unicodeScalars
      let candidates = scalars.first.flatMap { provincesByFirst[$0] } ?? []
      for p in candidates
      where scalars.starts(with: p.unicodeScalars) && scalars.count > p.unicodeScalars.count + 3 {
        let rest = String(String.UnicodeScalarView(scalars.dropFirst(p.unicodeScalars.count)))
        // 汉江中级人民法院 / 汉江中院 for 湖北省汉江中级人民法院: courts with
        // no division of their own are written without the province.
        trie.insert(rest, value: names.count - 1)
        if rest.hasScalarSuffix("中级人民法院") {
          trie.insert(String(rest.dropLast(6)) + "中院", value: names.count - 1)
        }
      }
    }
    self.trie = trie
    self.names = names
    self.levels = levels
  }

  /// The listed level of `name`, or of `name` without its province.
  func level(of name: String) -> OrganizationLevel? { trie.value(for: name).map { levels[$0] } }
}
