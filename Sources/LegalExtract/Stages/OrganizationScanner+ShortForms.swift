/// Bodies whose place the text gave earlier or elsewhere (issue 16). Rules:
/// `level-word-inherits-region` (贵州省总工会、省高级人民法院 → 贵州省高级人民法院),
/// `yuan-short-form` (报请山东省院指导 → 山东省人民检察院 in a procuratorate text),
/// Tables: `OrganShortFormRules`.
extension OrganizationScanner {
  /// The levels a bare level word at `i` stands for, when it opens a name.
  static func inheritedLevels(in text: [Unicode.Scalar], at i: Int) -> Set<Int>? {
    guard let rule = OrganShortFormRules.levelWords.first(where: { $0.word == text[i] }) else {
      return nil
    }
    if i > 0, RegionChain.isHan(text[i - 1]),
      !OrganShortFormRules.inheritLeads.contains(text[i - 1])
    {
      return nil
    }
    return rule.levels
  }

  /// The closest full division name before `pos` ending in `word` at one of `levels`.
  static func namedRegion(
    endingWith word: Unicode.Scalar, levels: Set<Int>, before pos: Int, in text: [Unicode.Scalar]
  ) -> [Unicode.Scalar]? {
    let gazetteer = RegionGazetteer.shared
    var k = pos - 1
    while k > 0, pos - k <= OrganShortFormRules.inheritReach {
      if text[k] == word {
        var found: [Unicode.Scalar]?
        for n in 1...min(10, k) {
          let s = k - n
          guard RegionChain.isHan(text[s]) else { break }
          if let forms = gazetteer.trie.value(forScalars: text[s...k]),
            forms.contains(where: {
              !$0.isShort && levels.contains(gazetteer.divisions[$0.division].level.rawValue)
            })
          {
            found = Array(text[s...k])
          }
        }
        if let found { return found }
      }
      k -= 1
    }
    return nil
  }

  /// The body `region` + the organ text at `organStart`, mapped back onto the
  /// text as the range `start..<…`.
  static func bodyWithRegion(
    _ region: [Unicode.Scalar], organ organText: ArraySlice<Unicode.Scalar>, start: Int,
    organStart: Int
  ) -> OrganizationCandidate? {
    let synthetic = region + organText
    guard var c = best(in: synthetic, at: 0), c.range.lowerBound == 0,
      c.range.upperBound > region.count,
      c.kind != .company
    else { return nil }
    c.range = start..<(organStart + c.range.upperBound - region.count)
    c.rule = .levelWordInheritsRegion
    return c
  }

  /// Rule `level-word-inherits-region` at `i` (a bare 省/市/区/县 + organ word).
  /// In a list right after a body (贵州省总工会、省人民检察院) any level word
  /// takes the place named before; elsewhere only 省 and 市 do, and only from
  /// the same paragraph (a bare 区法院 in a long story is often another district).
  static func inheritedBody(
    in text: [Unicode.Scalar], at i: Int, previous: OrganizationCandidate?,
    soleCity: inout SoleCity,
    soleProvince: inout [Unicode.Scalar]??
  ) -> OrganizationCandidate? {
    guard i + 1 < text.count, let levels = inheritedLevels(in: text, at: i),
      OrganRules.trie.hasMatch(in: text, from: i + 1)
        || compositeBureauEnd(in: text, at: i + 1) != nil
    else { return nil }
    guard let region = namedRegion(endingWith: text[i], levels: levels, before: i, in: text) else {
      return soleCityBody(in: text, at: i, soleCity: &soleCity)
        ?? soleProvinceBody(in: text, at: i, soleProvince: &soleProvince)
    }
    let afterJoiner = i >= 1 && OrganShortFormRules.listJoiners.contains(text[i - 1])
    // The item before shares its place only when the text wrote it for that
    // item (省检察院、市人社局、市政府: 市人社局's place was inferred, so the
    // list wrote no place for 市政府).
    let inList =
      afterJoiner
      && (previous.map {
        $0.range.upperBound == i - 1
          && !OrganizationPlaceWritten.placeGivenRules.contains($0.rule)
          && $0.rule != .levelWordAsWritten
      } == true
        || listOpens(with: region, before: i, in: text))
    if !inList, OrganShortFormRules.uniqueLevelWords.contains(text[i]) {
      // 县法院 in a story about one county: the only county the text named.
      guard distinctRegionCount(endingWith: text[i], levels: levels, before: i, in: text) == 1
      else { return nil }
    } else if !inList {
      guard OrganShortFormRules.paragraphLevelWords.contains(text[i]) else { return nil }
      let from = max(0, i - OrganShortFormRules.inheritReach)
      // The place must be in this paragraph.
      guard let at = lastOffset(of: region, before: i, from: from, in: text),
        !text[at..<i].contains("\n")
      else {
        return soleCityBody(in: text, at: i, soleCity: &soleCity)
          ?? soleProvinceBody(in: text, at: i, soleProvince: &soleProvince)
      }
    }
    let organ = text[(i + 1)..<min(text.count, i + 1 + 24)]
    guard var c = bodyWithRegion(region, organ: organ, start: i, organStart: i + 1) else {
      return nil
    }
    if inList { c.rule = .levelWordInList }
    return c
  }

  /// True when the list item before `i` opened with `region` (临安市综治办、
  /// 市人社局): nothing but Han and 、 stands between, within `listReach`.
  static func listOpens(with region: [Unicode.Scalar], before i: Int, in text: [Unicode.Scalar])
    -> Bool
  {
    let from = max(0, i - OrganShortFormRules.listReach)
    guard let at = lastOffset(of: region, before: i, from: from, in: text) else { return false }
    return text[at..<i].allSatisfy { RegionChain.isHan($0) || $0 == "、" }
  }

  /// Rule `list-shares-region` at `i`: an agency's organ word right after a
  /// list joiner that follows an agency of a written place (太仆寺旗国土资源局、
  /// 环境保护局): that place and this organ.
  static func listItemBody(
    in text: [Unicode.Scalar], at i: Int, previous: OrganizationCandidate?
  ) -> OrganizationCandidate? {
    guard i >= 1, OrganShortFormRules.listJoiners.contains(text[i - 1]), let p = previous,
      p.range.upperBound == i - 1, p.kind == .agency, !p.prefix.isEmpty,
      listRegionRules.contains(p.rule),
      OrganRules.trie.hasMatch(in: text, from: i) || compositeBureauEnd(in: text, at: i) != nil
    else { return nil }
    let region = Array(p.prefix.unicodeScalars)
    guard
      var c = bodyWithRegion(
        region, organ: text[i..<min(text.count, i + 24)], start: i, organStart: i),
      c.kind == .agency, c.range.upperBound > i,
      !OrganShortFormRules.listGenericOrganKeys.contains(where: { c.key.hasSuffix("|" + $0) })
    else { return nil }
    c.rule = .listSharesRegion
    return c
  }

  /// Rules whose agency's place a bare list item after it shares.
  static let listRegionRules: Set<OrganizationRule> = [
    .regionChain, .compositeBureau, .levelWordInList, .listSharesRegion,
  ]

  /// The cities an article names, looked up once per scan and only when a
  /// bare 市 + organ asks: the one prefecture-level city, and the one city
  /// of any level (nil for none or several).
  enum SoleCity {
    case unknown
    case known(prefecture: [Unicode.Scalar]?, any: [Unicode.Scalar]?)
  }

  /// Rule `sole-city`: 市中级人民法院, 市政府 with no city before them in
  /// the paragraph, in an article that names one city (洛阳市…, anywhere).
  /// Only a prefecture-level city has an intermediate court, so for 中院 the
  /// one prefecture-level city is enough; any other organ needs the article
  /// to name one city of any level (a county-level city has a 市政府 too).
  static func soleCityBody(in text: [Unicode.Scalar], at i: Int, soleCity: inout SoleCity)
    -> OrganizationCandidate?
  {
    guard text[i] == "市" else { return nil }
    if case .unknown = soleCity { soleCity = citiesNamed(in: text) }
    guard case .known(let prefecture, let any) = soleCity else { return nil }
    let intermediate = OrganShortFormRules.soleCityOrgans.contains {
      RegionChain.hasPrefix(text, i + 1, $0)
    }
    guard let city = intermediate ? prefecture : any,
      var c = bodyWithRegion(
        city, organ: text[(i + 1)..<min(text.count, i + 1 + 24)], start: i, organStart: i + 1),
      c.kind != .company
    else { return nil }
    c.rule = .soleCity
    return c
  }

  /// Rule `sole-province`: 省高级人民法院 with no province before it in the
  /// paragraph, in an article that names one province (江苏, 江苏省) anywhere,
  /// before or after it. Looked up once per scan, only when asked.
  static func soleProvinceBody(
    in text: [Unicode.Scalar], at i: Int, soleProvince: inout [Unicode.Scalar]??
  ) -> OrganizationCandidate? {
    guard text[i] == "省" else { return nil }
    if soleProvince == nil { soleProvince = .some(provinceNamed(in: text)) }
    guard let province = soleProvince ?? nil,
      var c = bodyWithRegion(
        province, organ: text[(i + 1)..<min(text.count, i + 1 + 24)], start: i, organStart: i + 1),
      c.kind != .company
    else { return nil }
    c.rule = .soleProvince
    return c
  }

  /// The full name of the one province the text names (full or short), or
  /// nil for none or several. One pass over the text.
  static func provinceNamed(in text: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    let gazetteer = RegionGazetteer.shared
    var found: Int?
    var several = false
    gazetteer.walkNames(in: text) { forms in
      guard let p = forms.first(where: { gazetteer.divisions[$0.division].level == .province })
      else { return true }
      if let f = found, f != p.division {
        several = true
        return false
      }
      found = p.division
      return true
    }
    if several { return nil }
    return found.map { Array(gazetteer.divisions[$0].name.unicodeScalars) }
  }

  /// The full names of the cities (…市) the text names: the one of
  /// prefecture level and the one of any level, each nil for none or
  /// several. One pass over the text's 市.
  static func citiesNamed(in text: [Unicode.Scalar]) -> SoleCity {
    let gazetteer = RegionGazetteer.shared
    var prefecture: ArraySlice<Unicode.Scalar>?
    var any: ArraySlice<Unicode.Scalar>?
    var severalPrefectures = false
    var severalCities = false
    for k in text.indices where text[k] == "市" && k > 0 {
      for n in 1...min(10, k) {
        let s = k - n
        guard RegionChain.isHan(text[s]) else { break }
        guard let forms = gazetteer.trie.value(forScalars: text[s...k]),
          let form = forms.first(where: {
            !$0.isShort && gazetteer.divisions[$0.division].level != .province
          })
        else { continue }
        let name = text[s...k]
        if let a = any, !a.elementsEqual(name) { severalCities = true }
        any = any ?? name
        if gazetteer.divisions[form.division].level == .prefecture {
          if let p = prefecture, !p.elementsEqual(name) { severalPrefectures = true }
          prefecture = prefecture ?? name
        }
        break
      }
    }
    return .known(
      prefecture: severalPrefectures ? nil : prefecture.map(Array.init),
      any: severalCities ? nil : any.map(Array.init))
  }

  /// How many different full division names ending in `word` (at `levels`)
  /// the text writes before `pos`: 0, 1 or 2 (two or more).
  static func distinctRegionCount(
    endingWith word: Unicode.Scalar, levels: Set<Int>, before pos: Int, in text: [Unicode.Scalar]
  ) -> Int {
    let gazetteer = RegionGazetteer.shared
    var first: ArraySlice<Unicode.Scalar>?
    var k = pos - 1
    while k > 0, pos - k <= OrganShortFormRules.uniqueReach {
      if text[k] == word {
        for n in 1...min(10, k) {
          let s = k - n
          guard RegionChain.isHan(text[s]) else { break }
          guard let forms = gazetteer.trie.value(forScalars: text[s...k]),
            forms.contains(where: {
              !$0.isShort && levels.contains(gazetteer.divisions[$0.division].level.rawValue)
            })
          else { continue }
          if let f = first, !f.elementsEqual(text[s...k]) {
            // 纳雍县 inside 贵州省纳雍县 is the same name; a longer match ending here is too.
            if !(f.count > k - s + 1
              ? f.suffix(k - s + 1).elementsEqual(text[s...k])
              : text[s...k].suffix(f.count).elementsEqual(f))
            {
              return 2
            }
          } else if first == nil {
            first = text[s...k]
          }
        }
      }
      k -= 1
    }
    return first == nil ? 0 : 1
  }

  static func lastOffset(
    of word: [Unicode.Scalar], before end: Int, from: Int, in text: [Unicode.Scalar]
  ) -> Int? {
    var k = end - word.count
    while k >= from {
      if RegionChain.hasPrefix(text, k, word) { return k }
      k -= 1
    }
    return nil
  }

  /// Rule `yuan-short-form`: 山东省院, 省院, 市院 where 院 ends the word.
  /// Returns the region's start, the region and the end, or nil.
  static func yuanShortForm(in text: [Unicode.Scalar], at i: Int) -> (
    start: Int, region: [Unicode.Scalar], level: RegionGazetteer.Level, end: Int
  )? {
    guard i + 1 < text.count, text[i + 1] == "院",
      i + 2 >= text.count || !OrganShortFormRules.yuanBlockers.contains(text[i + 2]),
      let rule = OrganShortFormRules.levelWords.first(where: { $0.word == text[i] })
    else { return nil }
    let gazetteer = RegionGazetteer.shared
    // The place written right before (山东省院), else the one the text gave earlier.
    for n in stride(from: min(10, i), through: 1, by: -1) {
      let s = i - n
      guard let forms = gazetteer.trie.value(forScalars: text[s...i]),
        let form = forms.first(where: {
          !$0.isShort && rule.levels.contains(gazetteer.divisions[$0.division].level.rawValue)
        })
      else { continue }
      return (s, Array(text[s...i]), gazetteer.divisions[form.division].level, i + 2)
    }
    guard inheritedLevels(in: text, at: i) != nil,
      let region = namedRegion(endingWith: text[i], levels: rule.levels, before: i, in: text),
      let form = gazetteer.trie.value(forScalars: region)?.first(where: { !$0.isShort })
    else { return nil }
    return (i, region, gazetteer.divisions[form.division].level, i + 2)
  }

  /// How often the text writes a procuratorate's and a court's work words
  /// (`OrganShortFormRules.procuratorateCues` / `courtCues`): one pass.
  static func yuanKindCues(in text: [Unicode.Scalar]) -> (procuratorate: Int, court: Int) {
    var p = 0
    var c = 0
    for k in text.indices where OrganShortFormRules.cueTrie.mayStart(text, at: k) {
      guard let (_, isProcuratorate) = OrganShortFormRules.cueTrie.longestMatch(in: text, from: k)
      else { continue }
      if isProcuratorate { p += 1 } else { c += 1 }
    }
    return (p, c)
  }

  /// Resolves the 院 short forms found during the scan, by the kind of the
  /// article's other courts and procuratorates (more procuratorates → 人民检察院).
  static func resolveYuanShortForms(
    _ found: [(start: Int, region: [Unicode.Scalar], level: RegionGazetteer.Level, end: Int)],
    among bodies: [OrganizationCandidate], in text: [Unicode.Scalar]
  ) -> [OrganizationCandidate] {
    guard !found.isEmpty else { return [] }
    var procuratorates = bodies.filter { $0.kind == .procuratorate }.count
    var courts = bodies.filter { $0.kind == .court }.count
    if procuratorates + courts == 0 {
      // 景泰县院 in a text naming no other court or procuratorate: the
      // words of its work (副检察长, 检察建议 against 法官, 审判) decide.
      (procuratorates, courts) = yuanKindCues(in: text)
      guard procuratorates != courts else { return [] }
    }
    // The body an alias bracket names: 浮梁县人民检察院（以下简称浮梁县院）.
    var aliased: [[Unicode.Scalar]: OrganizationCandidate] = [:]
    for f in found {
      for marker in OrganShortFormRules.aliasMarkers {
        let m = Array(marker.unicodeScalars)
        guard f.start >= m.count, RegionChain.hasPrefix(text, f.start - m.count, m),
          let body = bodies.last(where: {
            $0.range.upperBound == f.start - m.count && $0.kind != .company
          })
        else { continue }
        aliased[Array(text[f.start..<f.end])] = body
      }
    }
    var out: [OrganizationCandidate] = []
    for f in found {
      if var body = aliased[Array(text[f.start..<f.end])] {
        body.range = f.start..<f.end
        body.rule = .yuanShortForm
        out.append(body)
        continue
      }
      let organ =
        procuratorates >= courts
        ? OrganShortFormRules.procuratorateOrgan
        : (OrganShortFormRules.courtOrgans[f.level] ?? "人民法院")
      let synthetic = f.region + Array(organ.unicodeScalars)
      guard var c = best(in: synthetic, at: 0), c.range == 0..<synthetic.count else { continue }
      c.range = f.start..<f.end
      c.rule = .yuanShortForm
      out.append(c)
    }
    return out
  }
}
