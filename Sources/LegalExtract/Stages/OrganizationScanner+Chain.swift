/// Region chain plus organ: 湖北省 + 十堰市 + 茅箭区 + 人民检察院, 十堰 + 中院,
/// 成都市 + 公安局 + 交通管理局.
extension OrganizationScanner {
  /// Tries every chain of region tokens from `start` (at most four links),
  /// and after each an organ word; keeps the longest, then the one with fewer links.
  static func extendChain(
    in text: [Unicode.Scalar], from start: Int, at pos: Int, tokens: inout [RegionToken],
    best: inout (OrganizationCandidate, Int)?
  ) {
    if !tokens.isEmpty,
      OrganRules.trie.mayStart(text, at: pos)
        || CompositeBureauRules.stemTrie.mayStart(text, at: pos),
      let c = organ(in: text, from: start, at: pos, tokens: tokens)
    {
      if best.map({
        c.range.count > $0.0.range.count
          || (c.range.count == $0.0.range.count && tokens.count < $0.1)
      }) ?? true {
        best = (c, tokens.count)
      }
    }
    guard tokens.count < 4 else { return }
    RegionChain.visitTokens(in: text, at: pos, after: tokens.last) { t in
      tokens.append(t)
      extendChain(in: text, from: start, at: t.end, tokens: &tokens, best: &best)
      tokens.removeLast()
    }
  }

  /// The full name of link `k`: a division's gazetteer name, a zone as
  /// written, a town after the full name of the link before it.
  static func fullName(of k: Int, in tokens: [RegionToken], text: [Unicode.Scalar]) -> String {
    let t = tokens[k]
    switch t.shape {
    case .division: return RegionGazetteer.shared.divisions[t.division ?? 0].name
    case .zone: return t.written(text)
    case .town: return (k > 0 ? fullName(of: k - 1, in: tokens, text: text) : "") + t.written(text)
    }
  }

  /// The longest organ word at `pos` that fits the chain's last link.
  static func organ(in text: [Unicode.Scalar], from start: Int, at pos: Int, tokens: [RegionToken])
    -> OrganizationCandidate?
  {
    guard let last = tokens.last else { return nil }
    var names: (written: String, expanded: String, lastFull: String, renamed: Bool)?
    // Whether the text writes the short county's full name anywhere (looked up once).
    var shortCountyWritten: Bool?
    var found: OrganizationCandidate?
    // Rule `cross-region-area`: only a court or a procuratorate serves such an area.
    let crossRegion =
      last.shape == .zone && last.level == .prefecture && last.division == nil
      && RegionChain.hasPrefix(
        text, last.end - CrossRegionRules.areaWord.count, CrossRegionRules.areaWord)
    OrganRules.trie.visitMatches(in: text, from: pos, limit: pos + 16) { end, index in
      let rule = OrganRules.all[index]
      if crossRegion, rule.kind != .court, rule.kind != .procuratorate { return }
      // Rule `named-zone`: a zone named without its zone word has agencies only
      // (洋浦管理局); 管理局 alone follows no other place.
      if last.isNamedZone, rule.kind != .agency { return }
      if OrganRules.zoneOnlyKeys.contains(rule.key), last.shape != .zone { return }
      if names == nil {
        let lastFull = fullName(of: tokens.count - 1, in: tokens, text: text)
        var written = RegionChain.string(text[start..<last.end])
        // 兵团第八师: the corps is always named in full.
        if let first = tokens.first, first.isShort, tokens.count > 1,
          RegionGazetteer.shared.divisions[first.division ?? 0].code == RegionGazetteer.corpsCode
        {
          written =
            RegionGazetteer.shared.divisions[first.division ?? 0].name
            + RegionChain.string(text[first.end..<last.end])
        }
        // Rule `renamed-short-form`: 富阳 was 富阳市 until 2014 and is 富阳区 now;
        // which one an undated text means is unknown, so it stays as written.
        let renamed = last.isShort && isRenamedInPlace(last, in: text)
        let expanded =
          last.isShort && !renamed
          ? RegionChain.string(text[start..<last.start]) + lastFull : written
        names = (written, expanded, lastFull, renamed)
      }
      guard let (written, fullName, lastFull, renamed) = names else { return }
      // Rule `short-place-as-written`: a county's short place (迁安法院) keeps
      // the place as written; a prefecture's (安康中院) takes the city's name.
      var shortCounty = last.isShort && !renamed && last.level == .county
      // Rule `short-place-under-parent`: 武汉市武昌法院 writes the county's
      // parent with its unit, so the place is given (ANNOTATION.md: expand
      // where the region is given): 武汉市武昌区人民法院. 上海浦东法院 (the
      // parent short too) stays as written.
      var underParent = false
      if shortCounty, tokens.count > 1, !tokens[tokens.count - 2].isShort,
        !OrganRules.asWritten[index], rule.kind != .agency, rule.kind != .other
      {
        underParent = true
        shortCounty = false
      }
      // Agencies keep the place as written (庆城看守所): only courts and
      // procuratorates take a canonical name (庆城检察院 → 庆城县人民检察院).
      let asWritten = OrganRules.asWritten[index] || rule.kind == .agency || rule.kind == .other
      // Rule `short-place-full-written`: 禹州法院 in an article that writes
      // 禹州市 anywhere (禹州市某加油站) takes that name: the place is given.
      var fullWritten = false
      if shortCounty, !asWritten {
        if shortCountyWritten == nil {
          let full = Array(lastFull.unicodeScalars)
          shortCountyWritten = text.firstOffset(of: full, in: 0..<text.count) != nil
        }
        fullWritten = shortCountyWritten == true
        if fullWritten { shortCounty = false }
      }
      // 澄江法院 (澄江县 renamed 澄江市) in an article that writes 澄江市
      // anywhere (澄江市人民检察院): the place is given, as for an unrenamed county.
      var renamedExpanded: String?
      if renamed, !asWritten {
        if shortCountyWritten == nil {
          let full = Array(lastFull.unicodeScalars)
          shortCountyWritten = text.firstOffset(of: full, in: 0..<text.count) != nil
        }
        if shortCountyWritten == true {
          fullWritten = true
          renamedExpanded = RegionChain.string(text[start..<last.start]) + lastFull
        }
      }
      let expanded = renamedExpanded ?? (shortCounty ? written : fullName)
      let prefix = asWritten ? written : expanded
      guard let level = level(of: rule, after: last, prefix: prefix) else { return }
      var c = OrganizationCandidate(
        range: start..<end, kind: rule.kind, level: level.value,
        key: "\(rule.kind.rawValue)|\(lastFull)|\(rule.key)", prefix: prefix,
        organ: rule.kind == .agency || rule.kind == .other ? rule.surface : rule.canonical,
        organAsWritten: rule.kind == .agency || rule.kind == .other,
        rule: crossRegion
          ? .crossRegionArea
          : last.isNamedZone
            ? .namedZone
            : asWritten
              ? .regionChain
              : renamed && !fullWritten
                ? .renamedShortForm
                : shortCounty
                  ? .shortPlaceAsWritten
                  : fullWritten
                    ? .shortPlaceFullWritten : underParent ? .shortPlaceUnderParent : .regionChain)
      if shortCounty, !asWritten { c.expandedPrefix = fullName }
      if let (sEnd, suffix) = unitSuffix(in: text, at: end, rule: rule, level: level.value) {
        c.range = start..<sEnd
        c.suffix = suffix
        c.key += "|" + suffix
        if rule.kind == .procuratorate { c.level = .intermediate }  // 某某分院
        if rule.kind == .agency, inspectionTail(in: text, at: end) == sEnd { c.rule = .subBureau }
      }
      found = c
    }
    // Rule `composite-bureau`: 海南区 + 农牧水务局, longer than any listed organ word.
    if last.shape != .town, !crossRegion, let end = compositeBureauEnd(in: text, at: pos),
      end > (found?.range.upperBound ?? pos)
    {
      let lastFull = fullName(of: tokens.count - 1, in: tokens, text: text)
      let organ = RegionChain.string(text[pos..<end])
      found = OrganizationCandidate(
        range: start..<end, kind: .agency, level: nil,
        key: "agency|\(lastFull)|composite|\(organ)",
        prefix: RegionChain.string(text[start..<last.end]), organ: organ, organAsWritten: true,
        rule: .compositeBureau)
      // 东莞市人力资源局大岭山分局: a branch named right after the bureau is that body.
      if organ.hasSuffix("局"), var c = found,
        let (sEnd, suffix) = unitSuffix(
          in: text, at: end, rule: CompositeBureauRules.bureauRule, level: nil)
      {
        c.range = start..<sEnd
        c.suffix = suffix
        c.key += "|" + suffix
        found = c
      }
    }
    return found
  }

  /// True when a short form names two divisions of one level under the same
  /// parent, one the renamed other (富阳 → 富阳市, 富阳区; 金坛 → 金坛市, 金坛区).
  static func isRenamedInPlace(_ token: RegionToken, in text: [Unicode.Scalar]) -> Bool {
    let gazetteer = RegionGazetteer.shared
    guard let d = token.division,
      let forms = gazetteer.trie.value(forScalars: text[token.start..<token.end])
    else { return false }
    let mine = gazetteer.divisions[d]
    return forms.contains { f in
      let other = gazetteer.divisions[f.division]
      return f.isShort && f.division != d && other.level == mine.level && other.name != mine.name
        && other.code / 100 == mine.code / 100
    }
  }

  /// An organ word accepted after a region, with the level it gives.
  struct Accepted { let value: OrganizationLevel? }

  /// Whether `rule` may follow `last`, and the resulting level (`value` nil for agencies).
  static func level(of rule: OrganRule, after last: RegionToken, prefix: String)
    -> Accepted?
  {
    let isTown = last.shape == .town
    let isLocal = (last.shape == .zone && last.level == nil) || last.level == .county
    switch rule.level {
    case .none:
      return Accepted(value: nil)
    case .courtByRegion:
      if isTown { return nil }
      if isLocal { return Accepted(value: .basic) }
      // 南京市法院 is the city's courts as a whole, unless the list has such a court.
      guard let listed = CourtLexicon.shared.level(of: prefix + rule.canonical) else { return nil }
      return Accepted(value: listed)
    case .procuratorateByRegion:
      if isTown { return nil }
      if isLocal { return Accepted(value: .basic) }
      return Accepted(value: last.level == .province ? .high : .intermediate)
    case .fixed(let lv):
      if isTown { return nil }
      switch lv {
      case .high:
        return last.level == .province ? Accepted(value: lv) : nil
      case .intermediate:
        if rule.key == "court-mid" { return last.level == .prefecture ? Accepted(value: lv) : nil }
        if rule.key.hasPrefix("court-mid-") || rule.key.hasPrefix("proc-branch") {
          return last.level == .province || last.level == .prefecture ? Accepted(value: lv) : nil
        }
        return Accepted(value: lv)
      case .basic:
        if rule.canonical.hasPrefix("第") {  // 东莞市第一人民法院
          return last.level == .prefecture || isLocal ? Accepted(value: lv) : nil
        }
        return Accepted(value: lv)
      default:
        return Accepted(value: lv)
      }
    }
  }

  static let bureauStationUnits: [String: [[Unicode.Scalar]]] = OrganRules.bureauStations
    .mapValues { $0.map { Array($0.unicodeScalars) } }
  static let tribunal = Array("人民法庭".unicodeScalars)
  static let policeUnits: [[Unicode.Scalar]] = ["分局", "支队", "大队", "中队", "派出所", "管理局"]
    .map { Array($0.unicodeScalars) }
  /// Police units that are an office when a function names them (治安支队).
  static let squads: [[Unicode.Scalar]] = ["支队", "大队", "中队"].map { Array($0.unicodeScalars) }
  static let branch = Array("分局".unicodeScalars)
  static let station = Array("派出所".unicodeScalars)
  static let branchCourt = Array("分院".unicodeScalars)
  static let antiSmuggling = Array("缉私局".unicodeScalars)
  static let railBranch = Array("铁路运输分院".unicodeScalars)

  /// 治安大队, 治安管理大队, 刑事侦查工作支队: a squad named by a police
  /// function (with a functional tail) is an office inside the bureau.
  static func isPoliceOffice(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
    if OrganRules.policeOffices.contains(RegionChain.string(name)) { return true }
    guard
      let tail = OrganRules.policeOfficeTails.first(where: {
        name.count > $0.count && name.suffix($0.count).elementsEqual($0)
      })
    else { return false }
    return OrganRules.policeOffices.contains(RegionChain.string(name.dropLast(tail.count)))
  }

  /// A unit named inside the body: 某某人民法庭 under a basic court; 兰山分局,
  /// 交通警察支队西湖大队 under a public security bureau.
  static func unitSuffix(
    in text: [Unicode.Scalar], at pos: Int, rule: OrganRule, level: OrganizationLevel?
  ) -> (Int, String)? {
    // 深圳海关缉私局: the anti-smuggling bureau of a customs district.
    if rule.key == "customs" {
      return RegionChain.hasPrefix(text, pos, antiSmuggling)
        ? (pos + antiSmuggling.count, "缉私局") : nil
    }
    if rule.key == "court", level == .basic {
      for n in 2...4 {
        guard RegionChain.plainName(text, pos, n) else { break }
        if RegionChain.hasPrefix(text, pos + n, tribunal) {
          let end = pos + n + tribunal.count
          return (end, RegionChain.string(text[pos..<end]))
        }
      }
      return nil
    }
    // 江苏省人民检察院南京分院: a named branch of a provincial procuratorate.
    if rule.key == "proc", level == .high {
      for n in 2...4 {
        guard RegionChain.plainName(text, pos, n) else { break }
        // 陕西省人民检察院西安铁路运输分院 too.
        for unit in [branchCourt, railBranch] where RegionChain.hasPrefix(text, pos + n, unit) {
          let end = pos + n + unit.count
          return (end, RegionChain.string(text[pos..<end]))
        }
      }
      return nil
    }
    // 阳谷县司法局西湖司法所: a bureau's station in a town (`OrganRules.bureauStations`).
    if let stations = bureauStationUnits[rule.key] {
      for n in 2...4 {
        guard RegionChain.plainName(text, pos, n) else { break }
        if let unit = stations.first(where: { RegionChain.hasPrefix(text, pos + n, $0) }) {
          let end = pos + n + unit.count
          return (end, RegionChain.string(text[pos..<end]))
        }
      }
    }
    // 十堰市生态环境局茅箭分局, 某市税务局某某分局: one branch under a bureau.
    let isBureau = rule.kind == .agency && rule.surface.hasSuffix("局")
    // Rule `sub-bureau`: 重庆市税务局第三稽查局, 某市税务局稽查局: a bureau
    // of its own under the bureau, named by its function and an ordinal.
    if isBureau, let end = inspectionTail(in: text, at: pos), text[end - 1] != ")" {
      return (end, RegionChain.string(text[pos..<end]))
    }
    guard rule.key.hasPrefix("police") || isBureau else { return nil }
    // Rule `squad-inside-branch`: after a 公安分局 only a station (派出所) is a
    // unit of its own; its 刑警大队 is an office inside it (ANNOTATION.md).
    let units =
      rule.key == "police-branch"
      ? [station] : rule.key.hasPrefix("police") ? policeUnits : [branch]
    var end = pos
    for _ in 0..<(rule.key.hasPrefix("police") ? 3 : 1) {
      var next: Int?
      for n in 1...4 {
        guard RegionChain.plainName(text, end, n) else { break }
        if let unit = units.first(where: { RegionChain.hasPrefix(text, end + n, $0) }) {
          // 治安支队, 刑警大队: an office inside the bureau, part of it (ANNOTATION.md).
          if squads.contains(unit), isPoliceOffice(text[end..<(end + n)]) {
            break
          }
          next = end + n + unit.count
          break
        }
        // 东湖新技术开发区分局: a zone's name before the unit word.
        if let zone = RegionChain.zoneSuffixes.first(where: {
          RegionChain.hasPrefix(text, end + n, $0)
        }),
          let unit = units.first(where: { RegionChain.hasPrefix(text, end + n + zone.count, $0) })
        {
          next = end + n + zone.count + unit.count
          break
        }
      }
      guard let e = next else { break }
      end = e
    }
    return end > pos ? (end, RegionChain.string(text[pos..<end])) : nil
  }
}
