/// The SPC court list (`courtsTSV`, 3,527 courts with levels) as a lexicon:
/// a trie for names the region rules cannot build (亚布力林区基层法院,
/// 新疆维吾尔自治区高级人民法院生产建设兵团分院), and a level per name, also
/// under the name without its province (湖北省黄冈市中级人民法院 → 黄冈市中级人民法院).
struct CourtLexicon: Sendable {
  let trie: PhraseTrie<Int>
  let names: [String]
  /// Level of each name; looked up through the trie (a `[String: …]` hashes
  /// every key through Unicode normalisation, a large part of start-up).
  let levels: [OrganizationLevel]

  static let shared = CourtLexicon()

  init() {
    let t = TSVTable.courts
    let name = t.column("name")
    let level = t.column("level")
    var trie = PhraseTrie<Int>(capacity: 32_768)
    var names: [String] = []
    var levels: [OrganizationLevel] = []
    // Provinces by first scalar: testing all 34 with String.hasPrefix
    // (Character by Character) for 3,527 courts was most of start-up.
    var provincesByFirst: [UInt32: [[Unicode.Scalar]]] = [:]
    for d in RegionGazetteer.shared.divisions where d.level == .province {
      let p = Array(d.name.unicodeScalars)
      if let first = p.first { provincesByFirst[first.value, default: []].append(p) }
    }
    let corps = Array("新疆生产建设兵团".unicodeScalars)
    let midCourt = Array("中级人民法院".unicodeScalars)
    let midShort = Array("中院".unicodeScalars)
    for row in t.rows {
      guard let lv = OrganizationLevel(rawValue: row[level]) else { continue }
      let full = row[name]
      names.append(full)
      levels.append(lv)
      let index = names.count - 1
      let scalars = Array(full.unicodeScalars)
      trie.insert(scalars: scalars, value: index, replacing: true)
      // 兵团第八师中级人民法院: news drops 新疆生产建设.
      if scalars.starts(with: corps) {
        trie.insert(scalars: scalars[6...], value: index)
      }
      let candidates = scalars.first.flatMap { provincesByFirst[$0.value] } ?? []
      for p in candidates where scalars.count > p.count + 3 && scalars.starts(with: p) {
        // 汉江中级人民法院 / 汉江中院 for 湖北省汉江中级人民法院: courts with
        // no division of their own are written without the province.
        let rest = scalars[p.count...]
        // Rule `generic-rest`: 北京市高级人民法院 without its province is 高级人民法院,
        // an organ word that names no court by itself.
        if OrganRules.trie.longestMatch(in: Array(rest), from: 0)?.end == rest.count { continue }
        trie.insert(scalars: rest, value: index)
        if rest.count > midCourt.count, rest.suffix(midCourt.count).elementsEqual(midCourt) {
          trie.insert(scalars: rest.dropLast(midCourt.count) + midShort, value: index)
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
