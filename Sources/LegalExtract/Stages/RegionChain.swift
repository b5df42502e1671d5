/// One link of a region prefix: a division (湖北省, 十堰, 茅箭区), a functional
/// zone the gazetteer lacks (江北新区, 经济技术开发区), or a town (某某镇).
/// Offsets only: strings are built once a whole name is found.
struct RegionToken: Sendable {
  enum Shape: Sendable { case division, zone, town }

  var start: Int
  var end: Int
  var shape: Shape
  /// Index into the gazetteer's divisions, for divisions.
  var division: Int?
  var level: RegionGazetteer.Level?
  var isShort: Bool
  /// A zone the zone table names without its zone word (洋浦): only agencies follow it.
  var isNamedZone = false

  /// As written (folded).
  func written(_ text: [Unicode.Scalar]) -> String { RegionChain.string(text[start..<end]) }
}

/// Reads region tokens at a position, each allowed only inside the one before
/// it (会同 + 麻城市 is not a chain: 麻城市 is not in 会同县).
enum RegionChain {
  /// Zone words, longest first (江北新区, 长春经济技术开发区, 成都高新区).
  static let zoneSuffixes: [[Unicode.Scalar]] = [
    "高新技术产业开发区", "经济技术开发区", "高新技术开发区", "新技术开发区", "经济开发区", "开发区", "高新区",
    "新区", "工业园区", "综合保税区", "保税港区", "保税区", "科技园", "产业园", "机场",
  ].map { Array($0.unicodeScalars) }
  static let zoneFirsts = ScalarBitmap(firstScalarsOf: zoneSuffixes)

  static let townSuffixes: [[Unicode.Scalar]] = ["街道", "镇", "乡"].map { Array($0.unicodeScalars) }
  static let townFirsts = ScalarBitmap(firstScalarsOf: townSuffixes)

  /// Scalars that never sit inside a zone or town name: function words and
  /// verbs that often come right before a name (向, 经, 由, 诉, 会同).
  static let nameBreakers = FunctionCharacters.bitmap(.regionName)

  /// Verbs that come before a zone's name when no city precedes it
  /// (设立新区法院, 移送新区检察院): a zone name does not start with them.
  static let zoneLeadBreakers = ScalarBitmap(scalarsOf: "设立建送至移往赴入交")

  /// Short forms that are also everyday verbs or words (会同 "together with",
  /// 合作, 同心): they start a name only with their unit (会同县), never alone.
  static let verbLikeShortForms: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for w in [
      "会同", "通道", "合作", "共和", "同心", "新兴", "富民", "安宁", "乐业", "开化", "大方", "平和",
      "永和", "太和", "新民", "安定",
    ] {
      trie.insert(w, value: true)
    }
    return trie
  }()

  /// What may stand right before a one-scalar-stem county (理县, 和县) that
  /// starts a name: anything but Han, or a function word or verb that ends
  /// there (向, 经, 从, 据); 不予受理县… is 受理 + 县….
  static let stemLeads = FunctionCharacters.bitmap(.regionStemLead)

  /// Two-scalar verbs that may stand where a zone's name would (联合开发区,
  /// 会同高新区): `PlaceNamedOrganRules.leadingVerbs` of that length.
  static let verbZoneNames: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for v in PlaceNamedOrganRules.leadingVerbs where v.unicodeScalars.count == 2 {
      trie.insert(v, value: true)
    }
    return trie
  }()

  /// Whether a division form at `pos..<end` may open a chain.
  static func startsClearly(_ text: [Unicode.Scalar], _ pos: Int, end: Int, isShort: Bool) -> Bool {
    if isShort {
      return
        !(end - pos == 2
        && verbLikeShortForms.longestMatch(in: text, from: pos, limit: end)?.end == end)
    }
    guard end - pos == 2, pos > 0 else { return true }
    let before = text[pos - 1]
    return !isHan(before) || stemLeads.contains(before)
  }

  /// Calls `body` with every token that may follow `previous` at `pos` (or start a chain).
  /// `afterName`: the chain continues a name already read (国家税务总局 + 和县
  /// 税务局), so a start need not be clear.
  static func visitTokens(
    in text: [Unicode.Scalar], at pos: Int, after previous: RegionToken?, afterName: Bool = false,
    _ body: (RegionToken) -> Void
  ) {
    guard pos < text.count, isHan(text[pos]) else { return }
    let gazetteer = RegionGazetteer.shared
    let afterDivision = previous == nil || previous?.shape == .division
    if afterDivision {
      gazetteer.trie.visitMatches(in: text, from: pos, limit: pos + 16) { end, forms in
        var taken = 0
        for form in forms where taken < 3 {
          let d = gazetteer.divisions[form.division]
          if let prev = previous?.division {
            guard gazetteer.contains(prev, form.division) else { continue }
          } else if !form.isShort && d.isBareDistrict {
            continue  // 城区, 郊区, 矿区 alone are ordinary words (沛县, 涉县 are not)
          } else if !afterName, !startsClearly(text, pos, end: end, isShort: form.isShort) {
            continue
          }
          taken += 1
          body(
            RegionToken(
              start: pos, end: end, shape: .division, division: form.division,
              level: d.level, isShort: form.isShort))
        }
      }
      // 新疆生产建设兵团第八师: a division of the corps, prefecture-level.
      if let prev = previous?.division, gazetteer.divisions[prev].code == RegionGazetteer.corpsCode,
        let end = corpsDivision(in: text, at: pos)
      {
        body(
          RegionToken(
            start: pos, end: end, shape: .zone, division: nil, level: .prefecture,
            isShort: false))
      }
      // 洋浦 (管理局), 海南省 + 洋浦: a zone named without its zone word, at a
      // clear start or inside its province (rule `named-zone`).
      if ZoneLexicon.trie.mayStart(text, at: pos),
        let (end, zone) = ZoneLexicon.trie.longestMatch(in: text, from: pos, limit: pos + 8)
      {
        let fits =
          previous.flatMap { $0.division }.map {
            gazetteer.divisions[$0].code / 10000 == zone.province
          }
          ?? (previous == nil
            && (pos == 0 || !isHan(text[pos - 1]) || nameBreakers.contains(text[pos - 1])))
        if fits {
          var t = RegionToken(
            start: pos, end: end, shape: .zone, division: nil, level: nil, isShort: true)
          t.isNamedZone = true
          body(t)
        }
      }
      // 陕西省 + 关中平原地区: a cross-region judicial area under its province
      // (rule `cross-region-area`; `organ` lets only courts and procuratorates follow it).
      if let prev = previous, prev.level == .province, !prev.isShort,
        let end = crossRegionAreaEnd(in: text, at: pos)
      {
        body(
          RegionToken(
            start: pos, end: end, shape: .zone, division: nil, level: .prefecture,
            isShort: false))
      }
      // Alone, a zone name has two scalars before its zone word; after a division, up to four.
      let lengths = previous == nil ? 2...2 : 0...4
      for n in 0...lengths.upperBound {
        guard pos + n < text.count else { break }
        if n > 0 {
          let s = text[pos + n - 1]
          guard isHan(s), !nameBreakers.contains(s),
            previous != nil || !zoneLeadBreakers.contains(s)
          else { break }
        }
        guard n >= lengths.lowerBound, zoneFirsts.contains(text[pos + n]) else { continue }
        // 联合开发区管委会: a verb (联合, 会同, 配合) is no zone's name.
        if previous == nil, n == 2,
          verbZoneNames.longestMatch(in: text, from: pos, limit: pos + 2) != nil
        {
          continue
        }
        for suffix in zoneSuffixes where hasPrefix(text, pos + n, suffix) {
          body(
            RegionToken(
              start: pos, end: pos + n + suffix.count, shape: .zone, division: nil,
              level: nil, isShort: false))
          break
        }
      }
    }
    // A town after its county, or alone at a clear start (，龟山镇人民政府):
    // then only 镇 and 街道 with a 2–3 scalar name.
    let townAlone =
      previous == nil
      && (pos == 0 || !isHan(text[pos - 1])
        || nameBreakers.contains(text[pos - 1]))
    guard townAlone || previous?.shape == .zone || previous?.level == .county else { return }
    // 认定镇政府, 向所属街道办事处: a verb or a pointing word, not a town's name.
    if townAlone, PlaceNamedOrganRules.notTownHeads.contains(text[pos]),
      PlaceNamedOrganRules.notTownNames.contains(where: { hasPrefix(text, pos, $0) })
    {
      return
    }
    let maxLength = townAlone ? 3 : 4
    for n in 1...maxLength {
      guard pos + n < text.count else { break }
      let s = text[pos + n - 1]
      guard isHan(s), !nameBreakers.contains(s), !townAlone || !zoneLeadBreakers.contains(s)
      else { break }
      guard n >= 2, townFirsts.contains(text[pos + n]) else { continue }
      for (k, suffix) in townSuffixes.enumerated() where hasPrefix(text, pos + n, suffix) {
        if townAlone && k == 2 { continue }  // 乡 alone: 城乡, 下乡
        body(
          RegionToken(
            start: pos, end: pos + n + suffix.count, shape: .town, division: nil,
            level: nil, isShort: false))
        break
      }
    }
  }

  /// The end of a cross-region area's name at `pos` (关中平原地区), or nil
  /// for a division the gazetteer knows or a generic 部分地区.
  static func crossRegionAreaEnd(in text: [Unicode.Scalar], at pos: Int) -> Int? {
    let word = CrossRegionRules.areaWord
    for n in CrossRegionRules.nameLengths {
      guard pos + n + word.count <= text.count else { return nil }
      let s = text[pos + n - 1]
      guard isHan(s), !nameBreakers.contains(s) else { return nil }
      guard hasPrefix(text, pos + n, word) else { continue }
      let end = pos + n + word.count
      if RegionGazetteer.shared.trie.value(forScalars: text[pos..<end]) != nil { return nil }
      if CrossRegionRules.genericAreaNames.contains(where: {
        $0.count <= n && text[(pos + n - $0.count)..<(pos + n)].elementsEqual($0)
      }) {
        return nil
      }
      return end
    }
    return nil
  }

  static let numerals = ScalarBitmap(scalarsOf: "一二三四五六七八九十")

  /// 第八师, 第十三师: the end of a corps division's name at `pos`.
  static func corpsDivision(in text: [Unicode.Scalar], at pos: Int) -> Int? {
    guard pos < text.count, text[pos] == "第" else { return nil }
    var p = pos + 1
    while p < text.count, p - pos <= 3, numerals.contains(text[p]) { p += 1 }
    guard p > pos + 1, p < text.count, text[p] == "师" else { return nil }
    return p + 1
  }

  /// True when `text[pos..<pos+n]` is all Han and holds no function word.
  static func plainName(_ text: [Unicode.Scalar], _ pos: Int, _ n: Int) -> Bool {
    guard pos + n <= text.count else { return false }
    for i in pos..<(pos + n) {
      let s = text[i]
      if !isHan(s) || nameBreakers.contains(s) { return false }
    }
    return true
  }

  @inline(__always)
  static func hasPrefix(_ text: [Unicode.Scalar], _ pos: Int, _ word: [Unicode.Scalar]) -> Bool {
    guard pos >= 0, pos + word.count <= text.count else { return false }
    for k in 0..<word.count where text[pos + k] != word[k] { return false }
    return true
  }

  @inline(__always)
  static func isHan(_ s: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
      || (0x20000...0x2FFFF).contains(s.value)
  }

  static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
    var v = String.UnicodeScalarView()
    v.append(contentsOf: s)
    return String(v)
  }
}
