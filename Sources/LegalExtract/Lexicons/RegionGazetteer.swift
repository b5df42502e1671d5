/// Administrative divisions as names found in running text: full names
/// (麻城市, 茅箭区, 内蒙古自治区) and the short forms news uses (麻城, 十堰,
/// 内蒙古, 恩施州), each pointing at its division so a chain of names can be
/// checked (茅箭区 lies in 十堰市, which lies in 湖北省).
///
/// Built once from `divisionsTSV` and, for renamed or abolished units (襄樊市,
/// 滦县), `divisionHistoryTSV`.
struct RegionGazetteer: Sendable {
  enum Level: Int, Sendable { case province = 0, prefecture = 1, county = 2 }

  struct Division: Sendable {
    let code: Int
    let name: String
    let level: Level
    let parent: Int?
    /// 城区, 郊区, 矿区: a two-scalar district name that is also an ordinary word.
    let isBareDistrict: Bool
  }

  /// One way of writing a division.
  struct Form: Sendable {
    let division: Int  // index into `divisions`
    let isShort: Bool
  }

  let divisions: [Division]
  let trie: PhraseTrie<[Form]>

  static let shared = RegionGazetteer()

  /// 新疆生产建设兵团, added by hand (the division list lacks it).
  static let corpsCode = 660000

  init() {
    var divisions: [Division] = []
    // Names seen, in a scalar trie: a Set<String> hashes every name through
    // Unicode normalisation, which was most of the start-up.
    var seen = PhraseTrie<Bool>()
    // Current divisions are all kept, names shared or not (南山区 of 深圳市
    // and of 鹤岗市, 鼓楼区 of four cities: 29 names are shared); a former
    // division is added only under a name no division has taken.
    func add(_ table: TSVTable, since: Int? = nil) {
      let code = table.column("code")
      let name = table.column("name")
      let level = table.column("level")
      let parent = table.column("parent")
      let until = since.map { _ in table.column("until") }
      for row in table.rows {
        guard let c = Int(row[code]), since == nil || seen.value(for: row[name]) == nil else {
          continue
        }
        if let since, let until, (Int(row[until]) ?? 0) < since { continue }
        let lv: Level
        switch row[level] {
        case "province": lv = .province
        case "prefecture": lv = .prefecture
        default: lv = .county
        }
        seen.insert(row[name], value: true)
        let bare = row[name].unicodeScalars.count <= 2 && row[name].hasScalarSuffix("区")
        divisions.append(
          Division(
            code: c, name: row[name], level: lv, parent: Int(row[parent]),
            isBareDistrict: bare))
      }
    }
    add(TSVTable.divisions)
    // Names given up before 2000 (立新区, 1983–84) read as ordinary words more
    // often than as places in today's legal news.
    add(TSVTable(divisionHistoryTSV), since: 2000)
    // 新疆生产建设兵团: a province-level unit with its own courts and procuratorates.
    if seen.value(for: "新疆生产建设兵团") == nil {
      divisions.append(
        Division(
          code: Self.corpsCode, name: "新疆生产建设兵团", level: .province, parent: nil,
          isBareDistrict: false))
    }
    self.divisions = divisions

    var trie = PhraseTrie<[Form]>(capacity: 16_384)
    for (i, d) in divisions.enumerated() {
      let scalars = Array(d.name.unicodeScalars)
      trie.modify(scalars: scalars, initial: []) { $0.append(Form(division: i, isShort: false)) }
      // Most names (plain 市, 县, 区) shorten by their unit: no String built.
      if let cut = RegionShortForms.plainCut(scalars) {
        let form = scalars[0..<cut]
        if cut >= 2, RegionShortForms.commonWords.value(forScalars: form) == nil {
          trie.modify(scalars: form, initial: []) { $0.append(Form(division: i, isShort: true)) }
        }
        continue
      }
      for (form, isShort) in RegionShortForms.shortForms(of: d.name, level: d.level)
      where form != d.name {
        trie.modify(form, initial: []) { $0.append(Form(division: i, isShort: isShort)) }
      }
    }
    // Full forms first so a caller preferring them finds them at the front.
    trie.modifyAll { list in
      if list.count > 1 { list = list.filter { !$0.isShort } + list.filter(\.isShort) }
    }
    self.trie = trie
  }

  /// Walks the place names of `text` left to right, taking the longest name
  /// at each start (at most 10 scalars) and going on after it; `visit` gets
  /// each name's forms and returns false to stop the walk. One pass, no
  /// allocation beyond the trie's answers.
  func walkNames(in text: [Unicode.Scalar], _ visit: ([Form]) -> Bool) {
    var k = 0
    while k < text.count {
      guard trie.mayStart(text, at: k),
        let (end, forms) = trie.longestMatch(in: text, from: k, limit: k + 10)
      else {
        k += 1
        continue
      }
      guard visit(forms) else { return }
      k = end
    }
  }

  /// True when `inner` lies inside `outer` (by code prefix, or by parent link).
  func contains(_ outer: Int, _ inner: Int) -> Bool {
    let o = divisions[outer]
    let n = divisions[inner]
    guard o.level.rawValue < n.level.rawValue else { return false }
    switch o.level {
    case .province:
      return o.code / 10000 == n.code / 10000
    case .prefecture:
      return o.code / 100 == n.code / 100 || n.parent == o.code
    case .county:
      return false
    }
  }
}

/// How news shortens division names: drop 省/市/县/区, keep the place name of
/// an autonomous unit (彭水苗族土家族自治县 → 彭水县, 彭水).
enum RegionShortForms {
  /// Autonomous regions and special administrative regions, by hand: their
  /// short names are not a suffix rule.
  static let provinceShort: [String: String] = [
    "内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "西藏自治区": "西藏",
    "宁夏回族自治区": "宁夏", "新疆维吾尔自治区": "新疆",
    "香港特别行政区": "香港", "澳门特别行政区": "澳门",
  ]

  /// Words that open the ethnic part of an autonomous unit's name.
  static let ethnicMarkers: [String] = [
    "土家族", "苗族", "藏族", "彝族", "哈尼族", "壮族", "布依族", "侗族", "傣族", "景颇族",
    "傈僳族", "白族", "回族", "蒙古", "哈萨克", "柯尔克孜", "朝鲜族", "羌族", "维吾尔", "满族",
    "瑶族", "畲族", "黎族", "仫佬族", "毛南族", "仡佬族", "水族", "纳西族", "拉祜族", "佤族",
    "独龙族", "怒族", "普米族", "布朗族", "撒拉族", "保安族", "东乡族", "土族", "达斡尔族",
    "鄂温克族", "鄂伦春", "锡伯族", "裕固族", "各族", "塔吉克", "京族", "蒙古族",
  ]

  /// Other written forms of `name`, each with whether it is short (十堰, to be
  /// expanded in a name) or a unit-bearing form that stands as written (恩施州).
  static func shortForms(of name: String, level: RegionGazetteer.Level) -> [(String, Bool)] {
    let forms = short(name)
    guard !forms.isEmpty else { return [] }
    let autonomous =
      name.hasScalarSuffix("自治州") || name.hasScalarSuffix("自治县") || name.hasScalarSuffix("自治旗")
    return forms.map { form in
      let unit = form.unicodeScalars.last.map { "州县旗".unicodeScalars.contains($0) } ?? false
      return (form, !(autonomous && form.unicodeScalars.count > 2 && unit))
    }
  }

  /// Shortened names that are everyday words (公安派出所, 城中, 和平, 红旗):
  /// their divisions are found by full name only.
  static let commonWords: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for w in [
      "公安", "和平", "光明", "向阳", "红旗", "新华", "长安", "永安", "城中", "城东", "城西", "城南",
      "城北", "市中", "南部", "东方", "城关", "中心", "开发", "铁山", "矿山", "工农", "东风", "胜利",
    ] {
      trie.insert(w, value: true)
    }
    return trie
  }()

  private static func short(_ name: String) -> [String] {
    candidates(name).filter { commonWords.value(for: $0) == nil }
  }

  /// For a plain 市, 县 or 区 name, where its short form ends (its unit
  /// dropped); nil for 自治县, 新区, 林区, 地区, 矿区, 特区, 自治区, 行政区 and
  /// the rest, which take the slower rules of `candidates`.
  static func plainCut(_ scalars: [Unicode.Scalar]) -> Int? {
    guard let last = scalars.last, scalars.count >= 2 else { return nil }
    let before = scalars[scalars.count - 2]
    let plain =
      last == "市" || (last == "县" && before != "治")
      || (last == "区" && !"新林地矿特治政".unicodeScalars.contains(before))
    return plain ? scalars.count - 1 : nil
  }

  private static func candidates(_ name: String) -> [String] {
    let scalars = Array(name.unicodeScalars)
    func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
      var v = String.UnicodeScalarView()
      v.append(contentsOf: s)
      return String(v)
    }
    if let cut = plainCut(scalars) { return cut < 2 ? [] : [string(scalars[0..<cut])] }
    // (After the fast path: a String-keyed lookup normalises its key.)
    // (Every such name ends in 区: other names skip the hashing.)
    if scalars.last == "区", let s = provinceShort[name] { return [s] }
    if name == "新疆生产建设兵团" { return ["兵团"] }
    if name.hasScalarSuffix("自治州") || name.hasScalarSuffix("自治县") || name.hasScalarSuffix("自治旗") {
      guard let cut = ethnicCut(scalars), cut >= 2 else { return [] }
      let place = string(scalars[0..<cut])
      let unit = name.hasScalarSuffix("自治州") ? "州" : (name.hasScalarSuffix("自治县") ? "县" : "旗")
      return [place + unit, place]
    }
    for suffix in ["特别行政区", "地区", "新区", "林区"] where name.hasScalarSuffix(suffix) {
      let rest = scalars.count - suffix.unicodeScalars.count
      return rest >= 2 ? [string(scalars[0..<rest])] : []
    }
    if name.hasScalarSuffix("旗") { return bannerShort(scalars).map { [string($0[...])] } ?? [] }
    // 矿区, 特区 and 盟 names keep their full form only.
    if name.hasScalarSuffix("矿区") || name.hasScalarSuffix("特区") { return [] }
    guard let last = scalars.last, "省市县区".unicodeScalars.contains(last) else { return [] }
    if scalars.count - 1 < 2 { return [] }
    // 县 and 区 shorts are risky for counties (城关, 市中); they are kept
    // but the matcher only accepts them before an organ word.
    return [string(scalars[0..<(scalars.count - 1)])]
  }

  /// Banners whose everyday name no grammar gives: 达尔罕茂明安联合旗 unites
  /// 达尔罕 and 茂明安 (达茂旗); 东/西乌珠穆沁旗 (东乌旗, 西乌旗).
  static let bannerShortByHand: [String: String] = [
    "达尔罕茂明安联合旗": "达茂旗", "东乌珠穆沁旗": "东乌旗", "西乌珠穆沁旗": "西乌旗",
  ]
  /// Wing and position words of a banner's name, in the order they are written.
  static let bannerWings: [[Unicode.Scalar]] = ["左翼", "右翼", "左", "右"].map {
    Array($0.unicodeScalars)
  }
  static let bannerPositions = ScalarBitmap(scalarsOf: "前中后")

  /// The everyday name of an Inner Mongolian banner (a county-level 旗):
  /// the first scalar of its tribe's name, its wing (左翼 → 左) and position,
  /// then 旗 (科尔沁左翼中旗 → 科左中旗, 土默特左旗 → 土左旗, 乌拉特前旗 →
  /// 乌前旗, 新巴尔虎左旗 → 新左旗); nil for a banner with neither (阿巴嘎旗),
  /// and for 自治旗 (their own rule).
  static func bannerShort(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    if let hand = bannerShortByHand[RegionChain.string(scalars[...])] {
      return Array(hand.unicodeScalars)
    }
    guard scalars.count >= 5, scalars.last == "旗", scalars[scalars.count - 2] != "治" else {
      return nil
    }
    var end = scalars.count - 1  // before 旗
    var position: Unicode.Scalar?
    if bannerPositions.contains(scalars[end - 1]) {
      position = scalars[end - 1]
      end -= 1
    }
    var wing: Unicode.Scalar?
    for w in bannerWings where end - w.count >= 2 && scalars[(end - w.count)..<end].elementsEqual(w)
    {
      wing = w[0]
      end -= w.count
      break
    }
    guard wing != nil || position != nil, end >= 2 else { return nil }
    return [scalars[0]] + [wing, position].compactMap { $0 } + ["旗"]
  }

  private static let ethnicMarkerScalars: [[Unicode.Scalar]] = ethnicMarkers.map {
    Array($0.unicodeScalars)
  }

  private static func ethnicCut(_ scalars: [Unicode.Scalar]) -> Int? {
    var best: Int?
    for m in ethnicMarkerScalars {
      guard scalars.count >= m.count else { continue }
      var i = 1
      while i + m.count <= scalars.count {
        if scalars[i..<(i + m.count)].elementsEqual(m) {
          if best.map({ i < $0 }) ?? true { best = i }
          break
        }
        i += 1
      }
    }
    return best
  }
}
