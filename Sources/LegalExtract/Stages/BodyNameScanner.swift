/// Reads the body-name grammar (`BodyNameRules`): at each body-type suffix
/// (办公室, 委员会, 领导小组, 督察组, 专班, 办), looks back within the Han run
/// for an anchor (a national parent, a place, an ordinal, or a parent body
/// and a founding verb) and checks the core words between them. The earliest
/// anchor that leaves a good core wins. Candidates rank below the organ
/// tables' bodies (`OrganizationStage.Tier.grammar`): a listed body the same
/// text holds is read by its table.
enum BodyNameScanner {
  typealias Rules = BodyNameRules

  static func scan(
    _ text: [Unicode.Scalar], bodies: [OrganizationCandidate], rejections: inout [Rejection]
  ) -> [OrganizationCandidate] {
    var out: [OrganizationCandidate] = []
    var i = 0
    var runStart = 0  // start of the Han run holding i
    var b = 0  // first body not ending before i
    // Read once: a static read at every Han scalar is a once-check and a retain.
    let suffixTrie = Rules.suffixTrie
    while i < text.count {
      if !RegionChain.isHan(text[i]) {
        i += 1
        runStart = i
        continue
      }
      guard suffixTrie.mayStart(text, at: i),
        let (suffixEnd, k) = suffixTrie.longestMatch(in: text, from: i)
      else {
        i += 1
        continue
      }
      let suffix = Rules.suffixes[k]
      while b < bodies.count, bodies[b].range.upperBound <= i { b += 1 }
      if let c = read(
        text, suffixAt: i, end: suffixEnd, suffix: suffix,
        runStart: max(runStart, i - Rules.window),
        bodies: bodies, firstBody: b, rejections: &rejections)
      {
        out.append(c)
        i = c.range.upperBound
        runStart = i
        continue
      }
      i += 1
    }
    return withSquadsJoined(out)
  }

  /// 濉溪县劳动保障监察队 beside 濉溪县劳动保障监察大队: the short squad word
  /// names the squad the text writes in full (`BodyNameRules.squadShortForms`).
  static func withSquadsJoined(_ found: [OrganizationCandidate]) -> [OrganizationCandidate] {
    guard found.count > 1 else { return found }
    let names = Set(found.map(\.organ))
    return found.map { c in
      guard
        let (short, full) = Rules.squadShortForms.first(where: { c.organ.hasScalarSuffix($0.short) }
        )
      else { return c }
      let longer = String(c.organ.unicodeScalars.dropLast(short.unicodeScalars.count)) + full
      guard names.contains(longer) else { return c }
      var joined = c
      joined.organ = longer
      joined.key = "\(c.kind.rawValue)|\(longer)"
      return joined
    }
  }

  /// The name ending in `suffix` at `at..<end`, or nil.
  static func read(
    _ text: [Unicode.Scalar], suffixAt at: Int, end suffixEnd: Int, suffix: BodyNameRules.Suffix,
    runStart: Int, bodies: [OrganizationCandidate], firstBody: Int,
    rejections: inout [Rejection]
  ) -> OrganizationCandidate? {
    guard let end = nameEnd(text, suffixEnd: suffixEnd, suffix: suffix) else { return nil }
    // The national agency that ends last before the suffix: the parent a
    // founded group needs (a local government's 专班 is a task team, not
    // listed in the blind batches; the State Council's 领导小组 is).
    var parentEnd: Int?
    var j = firstBody - 1
    while j >= 0, bodies[j].range.upperBound > runStart - 1 {
      let b = bodies[j]
      if b.range.upperBound <= at, b.kind == .agency, Rules.nationalParentRules.contains(b.rule) {
        parentEnd = max(parentEnd ?? 0, b.range.upperBound)
      }
      j -= 1
    }
    var rejected: Rejection?
    for s in runStart..<at {
      guard
        let (coreStart, rule, kindParent) = anchor(
          text, at: s, before: at, suffix: suffix, parentEnd: parentEnd)
      else { continue }
      let core = coreStart..<at
      let nameStart = rule == .bodyNameFounded ? coreStart : s
      if let guardRule = coreGuard(text, core: core, suffix: suffix, rule: rule) {
        // A generic or verb core says more than a core that is no name at all.
        if rejected == nil || guardRule != .badCore {
          rejected = Rejection(
            TextSpan(nameStart, end), proposedBy: rule.name, rejectedBy: guardRule.name)
        }
        continue
      }
      // 下设的凤翔镇征收办: an office of the body before it; 某县城管局执法大队:
      // a squad named after its bureau.
      let insideBody =
        Rules.unitSuffixes.contains(suffix.word)
        && core.contains { Rules.parentBodyEnds.contains(text[$0]) }
      // 淮北市人民检察院与淮北市消防支队: a later anchor may start the name
      // after the body (the squad's own place); only when none does is the
      // squad the body's office.
      if insideBody, s + 1 < at {
        rejected = Rejection(
          TextSpan(nameStart, end), proposedBy: rule.name,
          rejectedBy: OrganizationRule.officeUnderParent.name)
        continue
      }
      if insideBody || isOfficeLead(text, before: nameStart) || isOfficeTrail(text, after: end) {
        rejections.append(
          Rejection(
            TextSpan(nameStart, end), proposedBy: rule.name,
            rejectedBy: OrganizationRule.officeUnderParent.name))
        return nil
      }
      let name = RegionChain.string(text[nameStart..<end])
      let kind: OrganizationKind =
        isParty(text, core: core) || (!core.isEmpty && text[core.lowerBound] == "委")
          || (kindParent && !Rules.inspectionGroups.contains(suffix.word))
        ? .other : .agency
      return OrganizationCandidate(
        range: nameStart..<end, kind: kind, level: nil, key: "\(kind.rawValue)|\(name)",
        prefix: "", organ: name, organAsWritten: true, rule: rule)
    }
    if let r = rejected { rejections.append(r) }
    return nil
  }

  /// Where the name ends: after the suffix, and after the office of a group
  /// or a committee (领导小组办公室, 委员会办公室); nil when the next scalar
  /// makes the suffix another word.
  static func nameEnd(_ text: [Unicode.Scalar], suffixEnd: Int, suffix: BodyNameRules.Suffix)
    -> Int?
  {
    guard suffixEnd < text.count else { return suffixEnd }
    let next = text[suffixEnd]
    if suffix.isShortForm, Rules.shortFormBlockers.contains(next) { return nil }
    if suffix.word == Rules.committeeWord,
      RegionChain.hasPrefix(text, suffixEnd, Rules.committeeOffice)
    {
      return suffixEnd + Rules.committeeOffice.count
    }
    if suffix.isGroup {
      if Rules.groupBlockers.contains(next) { return nil }
      if let office = Rules.groupOffices.first(where: { RegionChain.hasPrefix(text, suffixEnd, $0) }
      ) {
        let e = suffixEnd + office.count
        if office.count == 1, e < text.count, Rules.shortFormBlockers.contains(text[e]) {
          return suffixEnd
        }
        return e
      }
    }
    return suffixEnd
  }

  /// An anchor opening at `s` and where the core after it starts; the rule it
  /// makes, and whether the parent is 中央 (the party's, unless an inspection).
  static func anchor(
    _ text: [Unicode.Scalar], at s: Int, before at: Int, suffix: BodyNameRules.Suffix,
    parentEnd: Int?
  ) -> (Int, OrganizationRule, Bool)? {
    // 国家 / 国务院 / 中央 (not inside 中国家…, 全国家…), an ordinal after it
    // (中央第六…组); a verb may stand before it (请国务院…办公室…介绍).
    if s == 0 || !Rules.parentBlockers.contains(text[s - 1]),
      let (pEnd, p) = Rules.parentTrie.longestMatch(in: text, from: s, limit: at)
    {
      return (
        ordinalEnd(text, pEnd, limit: at) ?? pEnd, .bodyNameNational,
        Rules.otherParents.contains(Rules.nationalParents[p])
      )
    }
    // 第三督导组: an ordinal opens a group's name.
    if suffix.isGroup, clearStart(text, s), let oEnd = ordinalEnd(text, s, limit: at) {
      return (oEnd, .bodyNameOrdinal, false)
    }
    // 国务院成立环境保护督察工作领导小组: a parent body, a founding verb, the group.
    if let p = parentEnd, p <= s,
      let coreStart = foundedStart(text, parentEnd: p, verbAt: s, limit: at)
    {
      return (coreStart, .bodyNameFounded, false)
    }
    // 璜田乡综治办, 北京市…小组: a place written before the core.
    let coreless = Rules.corelessSuffixes.contains(suffix.word)
    if let placeEnd = placeEnd(text, at: s, limit: coreless ? at : at - Rules.shortCore.lowerBound)
    {
      return (placeEnd, .bodyNamePlace, false)
    }
    return nil
  }

  /// Nothing Han before `s`, or a word that ends there (据, 由, 和).
  static func clearStart(_ text: [Unicode.Scalar], _ s: Int) -> Bool {
    s == 0 || !RegionChain.isHan(text[s - 1]) || Rules.coreBreakers.contains(text[s - 1])
      || text[s - 1] == "和" || text[s - 1] == "与"
  }

  /// True when 第 + numerals ends at `end`.
  static func endsOrdinal(_ text: [Unicode.Scalar], at end: Int) -> Bool {
    var p = end - 1
    while p >= 0, Rules.ordinalDigits.contains(text[p]) { p -= 1 }
    return p >= 0 && p < end - 1 && text[p] == "第"
  }

  /// The end of 第 + numerals at `s`, or nil.
  static func ordinalEnd(_ text: [Unicode.Scalar], _ s: Int, limit: Int) -> Int? {
    guard s < limit, text[s] == "第" else { return nil }
    var e = s + 1
    while e < limit, Rules.ordinalDigits.contains(text[e]) { e += 1 }
    return e > s + 1 ? e : nil
  }

  /// The core's start when `verbAt` holds a founding verb right after the
  /// parent body (or after one adverb): 国务院成立, 省政府专门设立.
  static func foundedStart(_ text: [Unicode.Scalar], parentEnd: Int, verbAt v: Int, limit: Int)
    -> Int?
  {
    guard let verb = Rules.foundingVerbScalars.first(where: { RegionChain.hasPrefix(text, v, $0) })
    else { return nil }
    let gap = v - parentEnd
    guard
      gap == 0
        || Rules.foundingAdverbScalars.contains(where: {
          $0.count == gap && RegionChain.hasPrefix(text, parentEnd, $0)
        })
    else { return nil }
    var c = v + verb.count
    if c < limit, text[c] == "了" { c += 1 }
    return c < limit ? c : nil
  }

  /// The end of a place (a region chain of up to three links, or a town at a
  /// clear start: 璜田乡) opening at `s` and ending at or before `limit`.
  static func placeEnd(_ text: [Unicode.Scalar], at s: Int, limit: Int) -> Int? {
    var best: Int?
    func visit(_ pos: Int, _ previous: RegionToken?, _ depth: Int) {
      RegionChain.visitTokens(in: text, at: pos, after: previous) { t in
        guard t.end <= limit else { return }
        // A short form with no unit is no anchor (资源保护委员会: 资源 is 资源县).
        if !t.isShort, best.map({ t.end > $0 }) ?? true { best = t.end }
        if depth < 3 { visit(t.end, t, depth + 1) }
      }
    }
    visit(s, nil, 1)
    if best == nil, clearStart(text, s) {
      // A township alone (璜田乡): two or three scalars, then 乡 or 镇.
      for n in 2...3 where s + n < limit {
        guard
          (s..<(s + n)).allSatisfy({
            RegionChain.isHan(text[$0]) && !Rules.coreBreakers.contains(text[$0])
          })
        else { break }
        if text[s + n] == "乡" || text[s + n] == "镇" {
          best = s + n + 1
          break
        }
      }
    }
    return best
  }

  /// The guard a core fails, if any.
  static func coreGuard(
    _ text: [Unicode.Scalar], core: Range<Int>, suffix: BodyNameRules.Suffix, rule: OrganizationRule
  ) -> OrganizationRule? {
    let length = core.count
    // 第三督导组, 中央第一巡视组: after an ordinal a named group word needs no core.
    if length == 0, Rules.namedGroups.contains(suffix.word), endsOrdinal(text, at: core.lowerBound)
    {
      return nil
    }
    // 遂溪县消防大队, 国务院安委会: the suffix names the function.
    if length == 0, rule == .bodyNamePlace || rule == .bodyNameNational,
      Rules.corelessSuffixes.contains(suffix.word)
    {
      return nil
    }
    let range = suffix.isShortForm ? Rules.shortCore : 2...Rules.maxCore
    guard range.contains(length) else { return .badCore }
    if core.contains(where: {
      !RegionChain.isHan(text[$0]) || Rules.coreBreakers.contains(text[$0])
    }) {
      return .badCore
    }
    if rule == .bodyNameFounded, length < Rules.foundedCoreMinimum { return .genericCore }
    if core.contains(where: {
      Rules.foundingVerbTrie.longestMatch(in: text, from: $0, limit: core.upperBound) != nil
    }) {
      return .badCore
    }
    if suffix.isShortForm, let last = core.last, Rules.shortFormVerbEnds.contains(text[last]) {
      return .verbSuffix
    }
    // Every word generic: 联合调查组, 专项工作小组.
    var p = core.lowerBound
    while p < core.upperBound,
      let (e, _) = Rules.genericTrie.longestMatch(in: text, from: p, limit: core.upperBound)
    {
      p = e
    }
    if p == core.upperBound { return .genericCore }
    return nil
  }

  /// True when the core holds a party or self-governing word (政法, 居民).
  static func isParty(_ text: [Unicode.Scalar], core: Range<Int>) -> Bool {
    core.contains {
      Rules.partyTrie.longestMatch(in: text, from: $0, limit: core.upperBound) != nil
    }
  }

  /// …办公室设在…局: the text puts the office inside a body.
  static func isOfficeTrail(_ text: [Unicode.Scalar], after end: Int) -> Bool {
    Rules.officeTrailScalars.contains { RegionChain.hasPrefix(text, end, $0) }
  }

  /// 下设的…, 内设…: the name follows a word that puts it inside a body.
  static func isOfficeLead(_ text: [Unicode.Scalar], before start: Int) -> Bool {
    var e = start
    if e > 0, text[e - 1] == "的" { e -= 1 }
    return Rules.officeLeadScalars.contains { lead in
      e >= lead.count && RegionChain.hasPrefix(text, e - lead.count, lead)
    }
  }
}
