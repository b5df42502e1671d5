import ChineseText

extension CasePartyFinder {
  /// In a criminal case the procuratorate that prosecutes is the plaintiff
  /// side (公诉机关): the one whose sentence speaks of prosecution, else the
  /// first the case names.
  func publicProsecutor(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    // `case.party.guard.receives-case`: 移送某检察院审查起诉, 向某检察院发函.
    let procuratorates = organizations(inside: span).filter { org in
      guard org.kind == .procuratorate, !isFormerName(org) else { return false }
      guard receivesCase(org) else { return true }
      out.reject(org.span, proposedBy: .prosecutor, by: .receivesCase, detail: org.name)
      return false
    }
    guard !procuratorates.isEmpty,
      out.plaintiffs.isEmpty
        || !out.plaintiffs.contains(where: { p in procuratorates.contains { $0.name == p } })
    else { return }
    let prosecuting = procuratorates.first { org in
      guard let si = doc.sentenceIndex(containing: org.span.start) else { return false }
      let s = doc.sentences[si]
      return ["起诉", "公诉", "指控"].contains { t.firstOffset(of: $0, in: s) != nil }
        && t.firstOffset(of: "不起诉", in: s) == nil
    }
    // Without a word of prosecution, the first procuratorate acting in a
    // criminal case that went to trial (判处) is taken as its prosecutor.
    let tried = t.firstOffset(of: "判处", in: span.range) != nil
    if let chosen = prosecuting
      ?? (tried ? procuratorates.first(where: { $0.name != "最高人民检察院" }) : nil)
    {
      out.add(.plaintiff, chosen.name, at: chosen.span, by: .prosecutor)
    }
  }

  /// `case.party.hk-prosecutor`: in a Hong Kong case told as a charge or
  /// conviction (被控, 罪成, 定罪, 判囚), the body that prosecutes is the
  /// plaintiff when the case names none otherwise and does not say the
  /// prosecution was declined (不检控): the Hong Kong body the verb follows
  /// (廉政公署起诉…, 被劳工处检控), else 律政司 named in the case. 律政司司长 is a
  /// person's post and never reaches here as the body.
  func hongKongProsecutor(in span: TextSpan, into out: inout Parties) {
    guard out.plaintiffs.isEmpty else { return }
    let bodies = organizations(inside: span).filter {
      $0.kind == .agency && Self.hongKongProsecutingBodies.contains($0.name)
    }
    guard !bodies.isEmpty else { return }
    let t = doc.folded
    let says = { (words: [String]) in
      words.contains { t.firstOffset(of: $0, in: span.range) != nil }
    }
    guard says(Self.hongKongChargeWords), !says(Self.declinedProsecutionWords) else { return }
    let acting = bodies.first { org in
      org.span.end < span.end
        && Self.hongKongProsecutionVerbs.contains { t.hasLiteral($0, at: org.span.end) }
    }
    guard let chosen = acting ?? bodies.first(where: { $0.name == "律政司" }) else { return }
    out.add(.plaintiff, chosen.name, at: chosen.span, by: .hongKongProsecutor)
  }

  /// True when the case is sent to the procuratorate, or the court writes to
  /// it, right where it is named (移送某检察院, 向某检察院发函).
  func receivesCase(_ org: OrganizationMention) -> Bool {
    let t = doc.folded
    return Self.receivingWords.contains { w in
      let n = w.unicodeScalars.count
      return org.span.start >= n && t.hasLiteral(w, at: org.span.start - n)
    }
  }

  /// A procuratorate that prosecutes or sues is a plaintiff (公诉机关).
  func fromProsecution(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    for org in organizations(inside: span) where org.kind == .procuratorate {
      guard let sentence = doc.sentenceIndex(containing: org.span.start) else { continue }
      // `case.party.guard.former-name`: the current name before the bracket acts.
      if isFormerName(org) {
        out.reject(org.span, proposedBy: .prosecutor, by: .formerName, detail: org.name)
        continue
      }
      let s = doc.sentences[sentence]
      let after = formerNameBracketEnd(after: org) ?? org.span.end
      guard after < s.upperBound else { continue }
      let rest = after..<min(s.upperBound, after + 40)
      // `case.party.guard.supports-not-sues`: 检察院支持许某某等人…提起诉讼.
      if let support = t.firstOffset(of: "支持", in: rest),
        t.firstOffset(of: "提起公益诉讼", in: org.span.end..<support) == nil
      {
        out.reject(org.span, proposedBy: .prosecutor, by: .supportsNotSues, detail: org.name)
        continue
      }
      let qualifiedSuit = t.firstOffset(of: "提起", in: rest).flatMap {
        suitPhraseEnd(at: $0, limit: s.upperBound)
      }
      // `case.party.guard.nearer-prosecutor`: 记者某市检察院获悉，由某县检察院提起公诉的…:
      // another procuratorate stands between this one and the suit; that one sues.
      if let suit = Self.prosecutionPhrases.compactMap({ t.firstOffset(of: $0, in: rest) }).min(),
        suit > after,
        let nearer = organizations(inside: TextSpan(after, suit)).first(where: {
          $0.kind == .procuratorate && $0.name != org.name
        })
      {
        out.reject(org.span, proposedBy: .prosecutor, by: .nearerProsecutor, detail: nearer.name)
        continue
      }
      if qualifiedSuit != nil
        || Self.prosecutionPhrases.contains(where: {
          t.firstOffset(of: $0, in: rest) != nil
        })
        // 由某县检察院提起的张某…公益诉讼案: the suit's title after 提起的.
        || (t.hasLiteral("提起的", at: after)
          && t.firstOffset(of: "诉讼", in: rest) != nil)
        // 某检察院指控被告单位某…有限公司、被告人姚某犯…罪，向某法院提起公诉: the
        // charge opens the clause, the accused list may push 提起公诉 past `rest`.
        // 由某区检察院起诉的全某…公益诉讼案件: the suit's title after 起诉的, as after 提起的.
        || t.hasLiteral("起诉的", at: after)
        || (t.hasLiteral("指控", at: after)
          && t.firstOffset(of: "提起公诉", in: after..<s.upperBound) != nil)
      {
        out.add(.plaintiff, org.name, at: org.span, by: .prosecutor)
      }
    }
  }

  /// `case.party.guard.unnamed-company`: 建筑公司, 保险公司: a trade and 公司,
  /// nothing that names one company.
  static func isUnnamedCompany(_ name: String) -> Bool {
    guard name.hasScalarSuffix("公司") else { return false }
    let core = name.unicodeScalars.dropLast(2)
    return tradeWords.contains { $0.unicodeScalars.elementsEqual(core) }
  }

  /// Drops the parties still named only by a trade after short names were
  /// expanded (物业公司 standing for the article's 某物业服务有限公司 stays).
  func dropUnnamedCompanies(_ out: inout Parties, expand: (String) -> String) {
    guard (out.plaintiffs + out.defendants).contains(where: Self.isUnnamedCompany) else { return }
    out.plaintiffs.removeAll(where: Self.isUnnamedCompany)
    out.defendants.removeAll(where: Self.isUnnamedCompany)
    for i in out.findings.indices
    where out.findings[i].droppedBy == nil && Self.isUnnamedCompany(expand(out.findings[i].name)) {
      out.findings[i].droppedBy = .unnamedCompany
    }
  }

  /// `case.party.guard.generic-noun`: 劳动者, 申请人 name a kind of party.
  func dropGenericNouns(_ out: inout Parties) {
    guard (out.plaintiffs + out.defendants).contains(where: Self.genericPartyNouns.contains) else {
      return
    }
    out.plaintiffs.removeAll(where: Self.genericPartyNouns.contains)
    out.defendants.removeAll(where: Self.genericPartyNouns.contains)
    for i in out.findings.indices
    where out.findings[i].droppedBy == nil && Self.genericPartyNouns.contains(out.findings[i].name)
    {
      out.findings[i].droppedBy = .genericNoun
    }
  }

  /// `case.party.guard.anaphor`: 涉案医院, 该公司 point back at a party.
  /// True when `n` opens with an anaphor's opening (String.hasPrefix). A name
  /// opening with a unified Han ideograph that opens none of them is refused
  /// first: such a scalar is its own normal form, so no opening can match.
  func opensAnaphor(_ n: String) -> Bool {
    if let first = n.unicodeScalars.first, (0x4E00...0x9FFF).contains(first.value),
      !Self.anaphorFirstScalars.contains(first)
    {
      return false
    }
    return Self.anaphorOpenings.contains { n.hasPrefix($0) }
  }

  /// The first scalars of `anaphorOpenings` (each a unified Han ideograph).
  private static let anaphorFirstScalars = ScalarBitmap(
    anaphorOpenings.compactMap(\.unicodeScalars.first))

  func dropAnaphors(_ out: inout Parties) {
    func isAnaphor(_ n: String) -> Bool {
      opensAnaphor(n) || Self.coreferringNouns[n] != nil || Self.companyPointerCore(n) != nil
    }
    guard (out.plaintiffs + out.defendants).contains(where: isAnaphor) else { return }
    out.plaintiffs.removeAll(where: isAnaphor)
    out.defendants.removeAll(where: isAnaphor)
    for i in out.findings.indices where isAnaphor(out.findings[i].name) {
      out.findings[i].droppedBy = .anaphor
    }
  }

  /// `case.party.coreference`: 商家, 该公司 read as a party become the one
  /// body the case named before them (unresolved, the anaphor guard drops them).
  func resolveCoreference(_ out: inout Parties, in span: TextSpan) {
    for i in out.findings.indices where out.findings[i].droppedBy == nil {
      let f = out.findings[i]
      // 检察机关 sues; it is never the one sued.
      if f.side == .defendant, Self.coreferringNouns[f.name] == .procuratorate { continue }
      guard let name = referent(of: f.name, before: f.span.start, in: span) else { continue }
      out.findings[i].name = name
      out.findings[i].rule = Self.coreferringNouns[f.name] == nil ? .companyPointer : .coreference
      switch f.side {
      case .plaintiff: out.plaintiffs = out.plaintiffs.map { $0 == f.name ? name : $0 }
      case .defendant: out.defendants = out.defendants.map { $0 == f.name ? name : $0 }
      }
    }
  }

  /// True when the case says its suspect was not charged (不起诉, 未以…罪立案)
  /// and tells no trial or prosecution.
  func neverCharged(_ span: TextSpan) -> Bool {
    let t = doc.folded
    func has(_ w: String) -> Bool { t.firstOffset(of: w.scalarArray, in: span.range) != nil }
    var notFiled = Self.noChargePhrases.contains(where: has)
    // 未以危险驾驶罪立案
    if !notFiled, let wei = t.firstOffset(of: "未以".scalarArray, in: span.range),
      t.firstOffset(of: "罪立案".scalarArray, in: wei..<min(span.end, wei + 14)) != nil
    {
      notFiled = true
    }
    return notFiled && !Self.trialPhrases.contains(where: has)
  }

  /// `case.party.guard.not-prosecuted`: in a case where somebody was tried,
  /// a defendant whose sentences say 不起诉 (对其作出不起诉决定) and never a trial
  /// step (判处, 提起公诉; 不需要判处 is none) was not prosecuted.
  func dropUnprosecuted(_ out: inout Parties, in span: TextSpan) {
    let t = doc.folded
    guard t.firstOffset(of: "不起诉", in: span.range) != nil else { return }
    var dropped = Set<String>()
    for name in out.defendants {
      let n = name.scalarArray
      guard n.count >= 2 else { continue }
      var notCharged = false
      var tried = false
      var from = span.start
      while let at = t.firstOffset(of: n, in: from..<span.end), !tried {
        from = at + n.count
        guard let si = doc.sentenceIndex(containing: at) else { continue }
        let s = doc.sentences[si]
        let r = max(s.lowerBound, span.start)..<min(s.upperBound, span.end)
        if t.firstOffset(of: "不起诉", in: r) != nil { notCharged = true }
        tried = Self.trialPhrases.contains { phrase in
          var k = r.lowerBound
          while let p = t.firstOffset(of: phrase, in: k..<r.upperBound) {
            k = p + 1
            if !Self.negations.contains(where: {
              t.hasLiteral($0, at: max(0, p - $0.unicodeScalars.count))
                && p >= $0.unicodeScalars.count
            }) {
              return true
            }
          }
          return false
        }
      }
      if notCharged, !tried { dropped.insert(name) }
    }
    guard !dropped.isEmpty else { return }
    out.defendants.removeAll { dropped.contains($0) }
    for i in out.findings.indices
    where out.findings[i].side == .defendant && dropped.contains(out.findings[i].name) {
      out.findings[i].droppedBy = .notProsecuted
    }
  }

  /// `case.party.guard.never-charged`, `case.party.guard.beneficiary`: the
  /// defendants only a title gave.
  func dropTitleDefendants(_ out: inout Parties, guardRule: CasePartyRule) {
    let fromTitle = Set(
      out.findings.filter {
        $0.side == .defendant && ($0.rule == .title || $0.rule == .titleOffender)
      }.map(\.name))
    let otherwise = Set(
      out.findings.filter {
        $0.side == .defendant && $0.rule != .title && $0.rule != .titleOffender
      }.map(\.name))
    let dropped = fromTitle.subtracting(otherwise)
    guard !dropped.isEmpty else { return }
    out.defendants.removeAll { dropped.contains($0) }
    for i in out.findings.indices
    where out.findings[i].side == .defendant && dropped.contains(out.findings[i].name) {
      out.findings[i].droppedBy = guardRule
    }
  }

  /// 鲁建平等353人: the named party without the count of the rest.
  func withoutCountedRest(_ part: Range<Int>) -> Range<Int> {
    let t = doc.folded
    guard let last = part.last, Self.countedRestUnits.contains(t[last]) else { return part }
    var k = last
    while k > part.lowerBound, ChineseNumeral.isNumeralScalar(t[k - 1]) { k -= 1 }
    guard k < last, k > part.lowerBound + 1, t[k - 1] == "等" else { return part }
    return part.lowerBound..<(k - 1)
  }

  /// Distinct names, a short form dropped when a longer one ends with it
  /// or abbreviates it (隆茂公司 for 上海隆茂建筑装潢有限公司).
  static func merged(
    _ names: [String], apart: (String, String) -> Bool = { _, _ in false }
  ) -> [String] {
    var out: [String] = []
    for n in names where !n.isEmpty {
      // Two names `apart` tells apart are two parties, whatever their forms.
      if out.contains(where: { isAbbreviation(n, of: $0) && !apart(n, $0) }) { continue }
      if let i = out.firstIndex(where: { isAbbreviation($0, of: n) && !apart(n, $0) }) {
        out[i] = n
        continue
      }
      if out.contains(where: { $0 == n || ($0.hasSuffix(n) && n.unicodeScalars.count >= 5) }) {
        continue
      }
      if let i = out.firstIndex(where: { n.hasSuffix($0) && $0.unicodeScalars.count >= 5 }) {
        out[i] = n
        continue
      }
      out.append(n)
    }
    return out
  }

  /// The last scalars of the short-name suffixes (a cheap first refusal).
  static let shortNameSuffixEnds = ScalarBitmap(
    shortNameSuffixes.compactMap(\.unicodeScalars.last))

  /// False when `short` abbreviates no name at all: the tests of
  /// `isAbbreviation` that read `short` alone (its last scalar and suffix).
  static func mayAbbreviate(_ short: String) -> Bool {
    guard let end = short.lastScalar else { return false }
    return
      (organSuffixEnds.contains(end)
      && organSuffixes.contains(where: { short.hasScalarSuffix($0) }))
      || (shortNameSuffixEnds.contains(end)
        && shortNameSuffixes.contains(where: { short.hasScalarSuffix($0) }))
  }

  /// True when `short` is a company short name (its characters before 公司
  /// appear in order in the longer name).
  static func isAbbreviation(_ short: String, of long: String) -> Bool {
    if isOrganShortForm(short, of: long) { return true }
    guard let end = short.lastScalar, shortNameSuffixEnds.contains(end),
      let suffix = shortNameSuffixes.first(where: { short.hasScalarSuffix($0) }),
      long.hasScalarSuffix(suffix) || suffix == "公司",
      long.utf8.count > short.utf8.count
    else { return false }
    let core = Array(short.unicodeScalars.dropLast(suffix.unicodeScalars.count))
    // One Latin letter is enough of a core (A公司 for A化工集团有限公司).
    guard core.count >= 2 || (core.count == 1 && core[0].isASCII && core[0].properties.isAlphabetic)
    else { return false }
    var i = long.unicodeScalars.startIndex
    for c in core {
      guard let at = long.unicodeScalars[i...].firstIndex(of: c) else { return false }
      i = long.unicodeScalars.index(after: at)
    }
    return true
  }
}

extension CasePartyFinder {
  /// True when the case is told as an administrative penalty (罚款,
  /// 行政处罚) or handed to the police (移送公安机关) with no suit,
  /// prosecution or trial. A court named only as the issuer of a text
  /// (最高人民法院、最高人民检察院《关于…的解释》) tells no trial.
  func penalisedNotSued(_ span: TextSpan) -> Bool {
    let t = doc.folded
    func has(_ w: String) -> Bool {
      let word = w.scalarArray
      var from = span.start
      while let at = t.firstOffset(of: word, in: from..<span.end) {
        from = at + 1
        // 法院 inside 最高人民法院 named as an issuer: no trial. The name is
        // read from the text too: the organization stage does not list an
        // issuer written right before the title it cites.
        if organizationIndex.positions(around: at).contains(where: { isIssuer(organizations[$0]) })
          || isIssuerName(wordAt: at, count: word.count)
        {
          continue
        }
        return true
      }
      return false
    }
    return Self.penaltyCaseWords.contains(where: has) && !Self.suitOrTrialWords.contains(where: has)
  }

  /// A body named as the issuer of a text: 《 or 关于 after it, or a list of
  /// bodies (、) that reaches 《.
  func isIssuer(_ org: OrganizationMention) -> Bool {
    issuerFollows(from: org.span.end)
  }

  /// A word closing a body's name (…人民法院, …人民检察院) written as an issuer.
  func isIssuerName(wordAt at: Int, count: Int) -> Bool {
    at >= 2 && doc.folded.hasLiteral("人民", at: at - 2) && issuerFollows(from: at + count)
  }

  /// 《 or 关于 right after a name, or after a list of names (、).
  func issuerFollows(from end: Int) -> Bool {
    let t = doc.folded
    var k = end
    while k < min(t.count, end + Self.issuerListReach) {
      if t[k] == "《" || t.hasLiteral("关于", at: k) { return true }
      guard t[k] == "、" || t[k].isHan else { return false }
      k += 1
    }
    return false
  }

  /// `case.party.guard.role-stated`: a name a role word put on one side
  /// (被告(被上诉人)：罗永刚) is dropped from the other side where a verb put it.
  func keepStatedRoles(_ out: inout Parties) {
    let stated = out.findings.filter { $0.rule == .roleList }
    guard !stated.isEmpty else { return }
    // The title and 以X为被告 name the first-instance roles: they stand.
    let standing: Set<CasePartyRule> = [
      .roleList, .title, .titleOffender, .titlePairWithActor, .namedAsDefendant,
    ]
    var dropped: [(CasePartyFinding.Side, String)] = []
    for i in out.findings.indices where !standing.contains(out.findings[i].rule) {
      let f = out.findings[i]
      guard stated.contains(where: { $0.name == f.name && $0.side != f.side }),
        !stated.contains(where: { $0.name == f.name && $0.side == f.side })
      else { continue }
      out.findings[i].droppedBy = .roleStated
      dropped.append((f.side, f.name))
    }
    for (side, name) in dropped {
      switch side {
      case .plaintiff: out.plaintiffs.removeAll { $0 == name }
      case .defendant: out.defendants.removeAll { $0 == name }
      }
    }
  }
}
