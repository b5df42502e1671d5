import ChineseText

/// Finds a case's plaintiffs and defendants: from its title (甲诉乙…案),
/// from role phrases (原告X, 被告人X, 公诉机关X), from verbs that name
/// parties (甲将乙诉至, 判处乙), and from a procuratorate that prosecutes.
struct CasePartyFinder {
  let doc: TextDocument
  let organizations: [OrganizationMention]
  /// The longest organization mention starting at each offset.
  private let organizationAt: [Int: OrganizationMention]
  /// The organizations by position, for the ones inside a case or around an offset.
  let organizationIndex: SpanIndex
  /// The kinds each organization name has in the document: asked per party
  /// name, so a hashed look-up rather than a scan of every mention (which made
  /// long documents quadratic).
  private let kindsByName: [String: Set<OrganizationKind>]
  /// The document's company names, for expanding short ones (富春公司).
  private let companyNames: CompanyNameIndex
  /// Where each scalar occurs, for asking whether a name recurs (built on first use).
  let occurrences: LazyIndex<ScalarOccurrences>
  /// Three-character runs the document closes, for `closedElsewhere` (built on first use).
  let closedNames: LazyIndex<ClosedNameIndex>

  /// Three-character anonymised names (曾某琴) that the document closes
  /// somewhere with a delimiter: elsewhere 曾某琴经… still reads as one name.
  private let confirmedNames: Set<String>
  /// Short names the article defines (（以下简称区住建局）) → the body's name.
  let definedNames: [String: [(at: Int, body: String)]]
  /// Bodies no stage lists that the article names in full before a bracket
  /// (金坛金太阳汽车运输公司（化名）, …志愿者协会（以下简称…）), for expanding
  /// the short names the case uses for them (金太阳公司).
  let bracketedBodies: [String]

  init(doc: TextDocument, organizations: [OrganizationMention]) {
    self.doc = doc
    self.organizations = organizations
    let t = doc.folded
    self.confirmedNames = Self.confirmedMaskedNames(t)
    self.definedNames = Self.definedShortNames(t, organizations: organizations)
    self.bracketedBodies = Self.bracketedBodyNames(doc)
    var at: [Int: OrganizationMention] = [:]
    at.reserveCapacity(organizations.count)
    for o in organizations where (at[o.span.start]?.span.length ?? -1) < o.span.length {
      at[o.span.start] = o
    }
    self.organizationAt = at
    self.organizationIndex = SpanIndex(organizations.map(\.span))
    var kinds: [String: Set<OrganizationKind>] = [:]
    kinds.reserveCapacity(organizations.count)
    for o in organizations { kinds[o.name, default: []].insert(o.kind) }
    self.kindsByName = kinds
    self.companyNames = CompanyNameIndex(organizations.filter { $0.kind == .company }.map(\.name))
    self.occurrences = LazyIndex { ScalarOccurrences(t) }
    self.closedNames = LazyIndex { ClosedNameIndex(t, closes: Self.nameClosers.contains) }
  }

  /// What closes a name standing elsewhere: asked at every offset of the
  /// article, so a bitmap rather than two hashed sets.
  private static let nameClosers: ScalarBitmap = {
    var closers = strongStops
    closers.formUnion(ScalarBitmap(closingParticles))
    return closers
  }()

  /// The organizations inside `span`, in document order.
  func organizations(inside span: TextSpan) -> [OrganizationMention] {
    organizationIndex.elements(of: organizations, inside: span)
  }

  struct Parties: Equatable {
    var plaintiffs: [String] = []
    var defendants: [String] = []
    /// Defendants of the first-instance suit (以X为被告): on appeal or
    /// retrial they stay defendants whatever their later role.
    var firstInstanceDefendants: [String] = []
    /// Who applied for arbitration, and who sued in court (诉至法院) after:
    /// for `case.party.arbitration-then-suit`.
    var arbitrationApplicants: [ReadParty] = []
    var courtSuers: [String] = []
    /// The two sides a 甲与乙…案 title names, roles still open.
    var titlePair: (first: ReadParty, second: [ReadParty])?
    /// Which rule named each party, and the guards that dropped some (explain).
    var findings: [CasePartyFinding] = []
    var rejections: [CasePartyRejection] = []

    static func == (a: Parties, b: Parties) -> Bool {
      a.plaintiffs == b.plaintiffs && a.defendants == b.defendants
        && a.firstInstanceDefendants == b.firstInstanceDefendants
    }
  }

  /// Which plain (not anonymised, not organization) names a lookup accepts.
  enum PlainNames {
    /// Only names the case title gives as parties (原告要求… must not yield 要求).
    case inTitle(CaseTitleText)
    /// Any two- to four-character name: at the opening of a clause whose verb
    /// makes it a party (张老太于…将李某诉至).
    case clauseSubject
    /// After a role word: a name the title gives, or one the next character
    /// closes (被告人焦某强犯…, 原告张三，…, 被告李四辩称).
    case afterRole(CaseTitleText)
  }

  func parties(title: TextSpan?, span: TextSpan, criminal: Bool = false) -> Parties {
    var out = Parties()
    if let title { fromTitle(title, into: &out) }
    let titleText = CaseTitleText(title.map { Array(doc.folded[$0.range]) } ?? [])
    fromRoles(in: span, title: titleText, criminal: criminal, into: &out)
    fromVerbs(in: span, title: titleText, into: &out)
    inlineSuits(in: span, into: &out)
    fromSuits(in: span, criminal: criminal, into: &out)
    fromProsecution(in: span, into: &out)
    fromSuitClauses(in: span, into: &out)
    appellantProcuratorates(in: span, into: &out)
    agencyDefendants(in: span, into: &out)
    if criminal { prosecutedSuspects(in: span, into: &out) }
    if criminal { tierRoles(in: span, into: &out) }
    if criminal { sentencedAfterDui(in: span, into: &out) }
    chargedByYi(in: span, into: &out)
    triedCaseOf(in: span, into: &out)
    compensationObligors(in: span, into: &out)
    if criminal { foundGuilty(in: span, into: &out) }
    // `case.party.title-pair-with-actor`: in 甲与乙…案 the one who acts sues the other.
    // The second side may be a list (俞某与邵某甲、邵某乙…纠纷案).
    if let pair = out.titlePair {
      let secondSues = pair.second.contains { out.plaintiffs.contains($0.name) }
      if out.plaintiffs.contains(pair.first.name), !secondSues {
        out.add(.defendant, pair.second, by: .titlePairWithActor)
      } else if secondSues, !out.plaintiffs.contains(pair.first.name) {
        out.add(.defendant, pair.first.name, at: pair.first.span, by: .titlePairWithActor)
      }
      out.titlePair = nil
    }
    resolvePronouns(&out, in: span)
    recallLists(&out, in: span)
    arbitrationThenSuit(&out)
    if criminal { publicProsecutor(in: span, into: &out) }
    hongKongProsecutor(in: span, into: &out)
    keepStatedRoles(&out)
    completeMaskedNames(&out, in: span)
    dropHypothetical(&out)
    resolveCoreference(&out, in: span)
    recommendationAddressees(in: span, title: title, into: &out)
    dropGenericNouns(&out)
    dropAnaphors(&out)
    countedSurnamed(in: span, into: &out)
    loneSurnamed(in: span, into: &out)
    employer(in: span, into: &out)
    if neverCharged(span) {
      dropTitleDefendants(&out, guardRule: .neverCharged)
    } else {
      dropUnprosecuted(&out, in: span)
    }
    if let title,
      Self.aidWords.contains(where: {
        doc.folded.firstOffset(of: $0.scalarArray, in: title.range) != nil
      })
    {
      dropTitleDefendants(&out, guardRule: .beneficiary)
    }
    if penalisedNotSued(span) { dropTitleDefendants(&out, guardRule: .penalisedNotSued) }
    // Short company names (富春公司) stand for the full ones the article gives.
    // The longest such name, the document's companies before the case's parties.
    let local = out.plaintiffs + out.defendants
    // Each name's length and whether it can abbreviate at all, once, not per pair.
    let localCounts = local.map { $0.unicodeScalars.count }
    func expand(_ name: String) -> String {
      var best = companyNames.longestExpansion(of: name)
      for l in bracketedBodies where Self.isAbbreviation(name, of: l) {
        if best.map({ l.unicodeScalars.count > $0.unicodeScalars.count }) ?? true { best = l }
      }
      let abbreviates = Self.mayAbbreviate(name)
      let nameCount = name.unicodeScalars.count
      for (l, count) in zip(local, localCounts)
      where (abbreviates && Self.isAbbreviation(name, of: l))
        || (count > nameCount && Self.isCompanyFormOf(name, l))
      {
        if best.map({ count > $0.unicodeScalars.count }) ?? true { best = l }
      }
      // A name the article defines stands for its body (区住建局); a short
      // name the article also writes masked stands for that (信息公司 → 某信息公司).
      // A name read with the verb before it (并赔偿苏州某…公司) is not the longer form.
      if let b = best?.unicodeScalars.first, b != "某", Self.functionCharacters.contains(b) {
        best = nil
      }
      // An agency the organizations stage names on its own (杭州市市场监管局, the
      // reviewing organ sued beside 杭州市西湖区市场监督管理局) is no short form of another.
      if let b = best, separateAgencies(name, b) { best = nil }
      let organ = organExpansion(of: name)
      return best ?? definedName(name, before: span.end) ?? maskedForm(of: name)
        ?? (organ.map { separateAgencies(name, $0) } == true ? nil : organ) ?? name
    }
    // An organ's short form (县政府) stands for the one organ of the case it abbreviates.
    let caseOrgans = organizations(inside: span).filter { $0.kind == .agency }.map(\.name)
    func organExpansion(of name: String) -> String? {
      guard Self.organSuffixes.contains(where: { name.hasScalarSuffix($0) }) else { return nil }
      var found: String?
      for o in caseOrgans where o != name && Self.isOrganShortForm(name, of: o) {
        if let f = found, f != o { return nil }
        found = o
      }
      return found
    }
    // A short name is not the long form of a party read on the other side (某某物流公司起诉要求某某公司…: two firms).
    let readPlaintiffs = Set(out.plaintiffs)
    let readDefendants = Set(out.defendants)
    func expandApart(_ name: String, from other: Set<String>) -> String {
      let long = expand(name)
      // Only a masked short name (某某公司): a real short name (富春公司) stands for its firm.
      return name.hasPrefix("某") && long != name && other.contains(long) && !other.contains(name)
        ? name : long
    }
    out.plaintiffs = out.plaintiffs.map { expandApart($0, from: readDefendants) }
    out.defendants = out.defendants.map { expandApart($0, from: readPlaintiffs) }
    out.firstInstanceDefendants = out.firstInstanceDefendants.map(expand)
    dropUnnamedCompanies(&out, expand: expand)
    // Agencies the organizations stage names on their own stay apart (an organ and
    // its reviewing organ sued together).
    out.defendants = Self.merged(out.defendants, apart: separateAgencies)
    // `case.party.guard.first-instance-defendant`: sued at first instance,
    // never the plaintiff whatever the later role.
    func firstInstanceDefendant(_ p: String) -> Bool {
      out.firstInstanceDefendants.contains { d in
        d == p || Self.isAbbreviation(d, of: p) || Self.isAbbreviation(p, of: d)
      }
    }
    out.plaintiffs = Self.merged(out.plaintiffs).filter { !firstInstanceDefendant($0) }
    for i in out.findings.indices {
      let name = expand(out.findings[i].name)
      let side = out.findings[i].side == .plaintiff ? out.plaintiffs : out.defendants
      // A short form merged into a longer name is listed under that name.
      out.findings[i].name =
        side.contains(name)
        ? name : (side.first { Self.isAbbreviation(name, of: $0) || $0.hasSuffix(name) } ?? name)
      if out.findings[i].side == .plaintiff, firstInstanceDefendant(name) {
        out.findings[i].droppedBy = .firstInstanceDefendant
      }
    }
    out.firstInstanceDefendants = []
    return out
  }

  /// True when the document names an organization `name`.
  func isOrganizationName(_ name: String) -> Bool { kindsByName[name] != nil }

  /// True when the document names an organization `name` of one of `kinds`.
  func isOrganizationName(_ name: String, ofKind kinds: Set<OrganizationKind>) -> Bool {
    guard let found = kindsByName[name] else { return false }
    return !found.isDisjoint(with: kinds)
  }

  /// The longest organization mention that starts at `offset`, if any.
  func organization(startingAt offset: Int) -> OrganizationMention? { organizationAt[offset] }

  /// The name of a party from the text: an organization's canonical name,
  /// else the display text (Simplified, full-width brackets kept).
  func displayName(_ range: Range<Int>) -> String {
    if let org = organization(startingAt: range.lowerBound), org.span.end == range.upperBound {
      return org.name
    }
    return doc.displayText(range)
  }

  /// 甲诉乙…案: 甲 is the plaintiff, 乙 the defendant. 甲申请…案: 甲 applies.
  /// In 某某遗弃案 the anonymised name is the defendant.
  private func fromTitle(_ title: TextSpan, into out: inout Parties) {
    let t = doc.folded
    // `case.party.guard.non-litigation`: 非诉执行 holds no 甲诉乙.
    if let fei = t.firstOffset(of: "非诉", in: title.range) {
      out.reject(TextSpan(fei, fei + 2), proposedBy: .title, by: .nonLitigation, detail: "")
    }
    guard let su = suOffset(in: title), su > title.start else {
      if let apply = t.firstOffset(of: "申请", in: title.range), apply > title.start,
        // `case.party.guard.role-stated`: 申请人甲与被申请人乙申请撤销…一案: the
        // name before 申请 has a respondent's role word; it applies for nothing.
        !defendantRoleStated(before: nameStart(at: title.start))
      {
        // 在某局申请执行…一案: the preposition opening the clause is no name's.
        var start = title.start
        if Self.titleOpeningPrepositions.contains(t[start]), start + 1 < apply { start += 1 }
        if let org = organization(startingAt: start), org.span.end <= apply {
          out.add(.plaintiff, org.name, at: org.span, by: .title)
        } else if let name = anonymisedName(at: start, limit: apply) {
          out.add(.plaintiff, doc.displayText(name), at: TextSpan(name), by: .title)
        } else if let body = bodyName(from: start, limit: apply), body.upperBound == apply {
          out.add(.plaintiff, doc.displayText(body), at: TextSpan(body), by: .title)
        }
        enforcedAgainst(in: title, apply: apply, into: &out)
        return
      }
      if let yu = t.firstOffset(of: ["与"], in: title.range) {
        let second = strictPartyListWithEnd(at: yu + 1, limit: title.end, recurring: false).names
        if let first = strictName(at: title.start, limit: yu, recurring: false), first.end == yu,
          !second.isEmpty
        {
          out.titlePair = (
            ReadParty(name: first.name, span: TextSpan(title.start, first.end)), second
          )
        }
        return
      }
      // `case.party.title-claimant` / `case.party.guard.dispute-title`: a civil
      // dispute's title with one side only (王某某等十二人追索劳动报酬纠纷案) names
      // who claims, never a defendant.
      if Self.disputeTitleWords.contains(where: { t.firstOffset(of: $0, in: title.range) != nil }) {
        if Self.claimTitleWords.contains(where: { t.firstOffset(of: $0, in: title.range) != nil }),
          let first = strictName(at: title.start, limit: title.end, recurring: false),
          first.end < title.end,
          t[first.end] == "等"
            || Self.claimTitleWords.contains(where: {
              t.hasLiteral($0, at: first.end)
            })
        {
          out.add(.plaintiff, first.name, at: TextSpan(title.start, first.end), by: .titleClaimant)
        } else {
          out.reject(
            title, proposedBy: .title, by: .disputeTitle, detail: doc.displayText(title.range))
        }
        return
      }
      // The first 某 that is not inside a company named in the title
      // (上海某教育科技有限公司、姚某…案: 姚某, not 海某).
      var from = title.start
      var victimNamed = false
      // `from < title.end`: a body around a 某 may run past the title's end
      // (a title cut inside a name); the walk stops there.
      while from < title.end, let mou = t.firstOffset(of: ["某"], in: from..<title.end) {
        from = mou + 1
        if let first = organizationIndex.positions(around: mou).first {
          let org = organizations[first]
          // Only a body wholly inside the title is the title's party.
          if org.span.end <= title.end {
            out.add(.defendant, org.name, at: org.span, by: .title)
          }
          from = max(from, org.span.end)
          continue
        }
        // 某污水处理公司、郑某等…案: an anonymised body opening a list item is a
        // defendant unit; 杭州某资产管理公司: a place before it stays in its name.
        if CaseToldCues.opensAnonymisedBody(t, mou: mou, limit: title.end) {
          let itemStart = (t[title.start..<mou].lastIndex(of: "、")).map { $0 + 1 } ?? title.start
          if let body = bodyName(from: itemStart, limit: title.end), body.upperBound > mou,
            body.upperBound < title.end,
            t[body.upperBound] == "、"
              || CasePartyNameBounds.wordOpens(t, at: body.upperBound)
          {
            out.add(.defendant, doc.displayText(body), at: TextSpan(body), by: .title)
            from = body.upperBound
          }
          continue
        }
        if mou == title.start { break }
        // 欧阳某某盗窃案: a compound surname opens two before the mask.
        let surnameStart =
          mou >= title.start + 2 && SurnameLexicon.surnameLength(in: t, at: mou - 2) == 2
          ? mou - 2 : mou - 1
        if mou > title.start, var name = anonymisedName(at: surnameStart, limit: title.end) {
          // 王某某盗窃案: the third character belongs to the name
          // when the offence follows it.
          if name.count == 2, name.upperBound + 1 < title.end, t[name.upperBound].isHan,
            !Self.functionCharacters.contains(t[name.upperBound]),
            !CaseSegmentRules.offenceOpenings.contains(where: {
              t.hasLiteral($0, at: name.upperBound)
            }),
            CaseSegmentRules.offenceOpenings.contains(where: {
              t.hasLiteral($0, at: name.upperBound + 1)
            })
          {
            name = name.lowerBound..<(name.upperBound + 1)
          }
          // `case.party.guard.title-victim`: 林某某被猥亵案 names who suffered the deed.
          if name.upperBound + 1 < title.end, t[name.upperBound] == "被",
            !Self.accusedAfterBei.contains(where: { t.hasLiteral($0, at: name.upperBound + 1) })
          {
            out.reject(
              TextSpan(name), proposedBy: .title, by: .titleVictim, detail: doc.displayText(name))
            victimNamed = true
            break
          }
          out.add(.defendant, doc.displayText(name), at: TextSpan(name), by: .title)
          from = name.upperBound
          // 欧阳某和王某合同诈骗案: a list joined by 、, 和 or 及 goes on.
          if from < title.end, Self.titleAccusedJoiners.contains(t[from]) { continue }
        }
        break
      }
      if out.defendants.isEmpty, !victimNamed, let offender = titleOffender(title) {
        out.add(.defendant, offender.name, at: offender.span, by: .titleOffender)
      }
      return
    }
    // Plaintiffs: the names before 诉, split at 、.
    for var part in split(title.start..<su) {
      part = withoutCountedRest(trimmingBlanks(part))
      guard !part.isEmpty else { continue }
      // A title opened inside a bracketed name (某某（长沙）实业有限公司和…诉…): the whole name.
      part = nameStart(at: part.lowerBound)..<part.upperBound
      // `case.party.title-after-dateline`: 本报讯 原告张某诉…, 新华社北京电 李某诉…:
      // a dateline before a blank opens no name; the names start after it.
      if let blank = t[part].lastIndex(where: { Self.blanks.contains($0) }),
        blank + 1 < part.upperBound,
        !t[part.lowerBound..<blank].contains(where: { Self.listMarks.contains($0) })
      {
        part = (blank + 1)..<part.upperBound
      }
      // 原告张某诉被告李某…案: the role words are not the names.
      if let role = CaseRules.roleTrie.longestMatch(
        in: t, from: part.lowerBound, limit: part.upperBound),
        role.end < part.upperBound
      {
        part = role.end..<part.upperBound
      }
      // `case.party.title`: 原告甲及乙诉…: two names joined, each read whole.
      for piece in joinedNames(part) {
        out.add(.plaintiff, displayName(piece), at: TextSpan(piece), by: .title)
      }
    }
    // Defendants after 诉, split at 、: organizations, bodies ending in a
    // known suffix, or anonymised people.
    var at = skipBlanks(su + 1)
    if let role = CaseRules.roleTrie.longestMatch(in: t, from: at, limit: title.end), !role.value {
      at = role.end
    }
    // `case.party.title-list-before-bracket`: X 诉 甲、乙及丙(docket)案.
    let bracketed = listBeforeDocket(from: at, in: title)
    if !bracketed.isEmpty {
      out.add(.defendant, bracketed, by: .titleListBeforeBracket)
      return
    }
    while at < title.end {
      // …诉被告甲、第三人乙…案: a role of no party ends the defendants
      // (`case.party.guard.no-party-role`); a later item's own role word is skipped.
      if let role = CasePartyRoles.trie.longestMatch(in: t, from: at, limit: title.end) {
        if CasePartyRoles.partySide(role.value, criminal: false) == nil {
          out.reject(
            TextSpan(at, role.end), proposedBy: .title, by: .noPartyRole,
            detail: doc.displayText(at..<role.end))
          break
        }
        at = role.end
      }
      let found: Range<Int>?
      if let org = organization(startingAt: at) {
        out.add(.defendant, org.name, at: org.span, by: .title)
        found = org.span.range
      } else if let body = bodyName(from: at, limit: title.end) {
        out.add(.defendant, doc.displayText(body), at: TextSpan(body), by: .title)
        found = body
      } else if let person = anonymisedName(at: at, limit: title.end) {
        out.add(.defendant, doc.displayText(person), at: TextSpan(person), by: .title)
        found = person
      } else {
        found = nil
      }
      guard let f = found, f.upperBound < title.end, t[f.upperBound] == "、" else { break }
      at = f.upperBound + 1
    }
  }

  /// `case.party.title-list-before-bracket`: the names from `start` up to a
  /// bracket holding a docket number (谭伟豪、冯浩贤及律政司司长(终院民事上诉2010年第8号)案),
  /// each a person, an anonymised name, an organization or an office
  /// holder; 另二人 / 等 close the list. Empty unless every item reads so.
  func listBeforeDocket(from start: Int, in title: TextSpan) -> [ReadParty] {
    let t = doc.folded
    guard start < title.end,
      let open = t[start..<title.end].firstIndex(where: { $0 == "(" || $0 == "（" }), open > start,
      t[open..<title.end].contains(where: { ChineseNumeral.isArabicDigit($0) })
    else { return [] }
    var names: [ReadParty] = []
    var itemStart = start
    for k in start...open where k == open || Self.titleListJoiners.contains(t[k]) {
      let item = trimmingBlanks(itemStart..<k)
      itemStart = k + 1
      guard !item.isEmpty else { return [] }
      // 另二人 / 等人: the rest counted, no name; it closes the list.
      if Self.countedRestOpenings.contains(t[item.lowerBound]) {
        guard k == open else { return [] }
        break
      }
      if let org = organization(startingAt: item.lowerBound), org.span.end == item.upperBound {
        names.append(ReadParty(name: org.name, span: org.span))
      } else if personalName(at: item.lowerBound, limit: item.upperBound, recurring: false)
        == item || anonymisedName(at: item.lowerBound, limit: item.upperBound) == item
        || isOfficeHolder(item)
      {
        names.append(ReadParty(name: doc.displayText(item), span: TextSpan(item)))
      } else {
        return []
      }
    }
    return names
  }

  /// 律政司司长, 政制及内地事务局局长: an office named as a party (up to 10 characters).
  private func isOfficeHolder(_ r: Range<Int>) -> Bool {
    let t = doc.folded
    return r.count >= 3 && r.count <= 10 && r.allSatisfy({ t[$0].isHan })
      && Self.officeHolderEndings.contains {
        t.hasLiteral($0, at: r.upperBound - $0.unicodeScalars.count)
      }
  }

  /// `range` without the blanks at its ends (香港特别行政区 诉 …).
  func trimmingBlanks(_ range: Range<Int>) -> Range<Int> {
    let t = doc.folded
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi, t[lo] == " " || t[lo] == "\u{3000}" { lo += 1 }
    while hi > lo, t[hi - 1] == " " || t[hi - 1] == "\u{3000}" { hi -= 1 }
    return lo..<hi
  }

  /// `case.party.title-enforced-against`: 甲申请执行乙…案 → 乙 is the defendant.
  private func enforcedAgainst(in title: TextSpan, apply: Int, into out: inout Parties) {
    let t = doc.folded
    guard t.hasLiteral("申请执行", at: apply) else { return }
    let at = apply + 4
    // 申请执行人…: the role word, not the act.
    guard at < title.end, t[at] != "人" else { return }
    // A pointer (其公司) resolves later to the one company the case names.
    if let found = strictName(at: at, limit: title.end, recurring: false) {
      out.add(.defendant, found.name, at: TextSpan(at, found.end), by: .titleEnforcedAgainst)
    }
  }

  /// `case.party.title-offender`: the person a title names right before its
  /// offence or its closing 案 (欧阳明受贿一案, 李某案), read from the surname
  /// table; the office before the name (某省人民政府原副省长) is not part of it.
  private func titleOffender(_ title: TextSpan) -> ReadParty? {
    let t = doc.folded
    var stops: [Int] = []
    for i in title.range {
      if CaseSegmentRules.offenceOpenings.contains(where: { t.hasLiteral($0, at: i) }) {
        stops.append(i)
      }
      // 刘某某等31人组织…案 / 赵立新等人诈骗案: the 等 that counts the rest closes the name;
      // so does a 等 right before the offence (欧阳甲等走私…案, 张伟等诈骗案).
      if t[i] == "等",
        countsTheRest(after: i, limit: title.end)
          || CaseSegmentRules.offenceOpenings.contains(where: { t.hasLiteral($0, at: i + 1) })
      {
        stops.append(i)
      }
    }
    if let last = title.range.last, t[last] == "案" {
      stops.append(t[last - 1] == "一" ? last - 1 : last)
    }
    for stop in stops {
      for length in [3, 2] where stop - length >= title.start {
        let s = stop - length
        guard let surname = SurnameLexicon.surnameLength(in: t, at: s), surname < length,
          (s..<stop).allSatisfy({ t[$0].isHan && !Self.functionCharacters.contains(t[$0]) })
        else { continue }
        // The name opens the title or follows an office (原副省长欧阳明).
        let opensTitle =
          s == title.start || Self.officeEndings.contains(t[s - 1])
          || Self.postWords.contains { t.hasLiteral($0, at: s - $0.unicodeScalars.count) }
        if opensTitle,
          personalName(at: s, limit: stop) != nil
            || siblingPseudonym(at: s, limit: stop) == s..<stop
        {
          return ReadParty(name: doc.displayText(s..<stop), span: TextSpan(s, stop))
        }
      }
    }
    return nil
  }

  /// True when 等 at `deng` counts the rest of a list (等人, 等31人, 等三名).
  private func countsTheRest(after deng: Int, limit: Int) -> Bool {
    let t = doc.folded
    var k = deng + 1
    guard k < limit else { return false }
    if t[k] == "人" { return true }
    while k < limit, ChineseNumeral.isNumeralScalar(t[k]) { k += 1 }
    return k > deng + 1 && k < limit && Self.countedRestUnits.contains(t[k])
  }

  /// The 诉 of 甲诉乙 (not of 诉讼, 抗诉, 起诉, 上诉, 申诉, 公诉, 诉称).
  private func suOffset(in title: TextSpan) -> Int? {
    let t = doc.folded
    for i in title.range where t[i] == "诉" {
      let before: Unicode.Scalar = i > title.start ? t[i - 1] : " "
      let after: Unicode.Scalar = i + 1 < title.end ? t[i + 1] : " "
      if CasePartyNameBounds.notSuBefore.contains(before)
        || CasePartyNameBounds.notSuAfter.contains(after)
      {
        continue
      }
      return i
    }
    return nil
  }

  /// `range` as two names when a joint (和, 及, 与) stands between two
  /// names each read whole (an organization or a 某-name); else `range`.
  private func joinedNames(_ range: Range<Int>) -> [Range<Int>] {
    let t = doc.folded
    for i in range where ["和", "及", "与"].contains(t[i]) && i > range.lowerBound {
      let left = range.lowerBound..<i
      let right = (i + 1)..<range.upperBound
      if readsWhole(left), readsWhole(right) { return [left, right] }
    }
    return [range]
  }

  /// True when `range` is exactly one organization or one 某-name.
  private func readsWhole(_ range: Range<Int>) -> Bool {
    guard !range.isEmpty else { return false }
    if let org = organization(startingAt: range.lowerBound) {
      return org.span.end == range.upperBound
    }
    return anonymisedName(at: range.lowerBound, limit: range.upperBound) == range
  }

  /// Where the name holding `offset` starts: an organization's start when
  /// `offset` falls inside one (a title opened after its bracket), else `offset`.
  private func nameStart(at offset: Int) -> Int {
    organizationIndex.positions(around: offset).map { organizations[$0].span.start }
      .filter { $0 < offset }.min() ?? offset
  }

  /// True when a role word of the defendant side ends right at `offset`
  /// (被申请人某公司, 被执行人张某).
  private func defendantRoleStated(before offset: Int) -> Bool {
    let t = doc.folded
    for length in 2...5 where offset - length >= 0 {
      if let role = CasePartyRoles.trie.longestMatch(in: t, from: offset - length, limit: offset),
        role.end == offset, CasePartyRoles.partySide(role.value, criminal: false) == false
      {
        return true
      }
    }
    return false
  }

  private func split(_ range: Range<Int>) -> [Range<Int>] {
    var parts: [Range<Int>] = []
    var start = range.lowerBound
    for i in range where doc.folded[i] == "、" {
      if i > start { parts.append(start..<i) }
      start = i + 1
    }
    if range.upperBound > start { parts.append(start..<range.upperBound) }
    return parts
  }

  /// A company or body name from `start`: up to the first known suffix
  /// (the longest one starting there: 有限公司, not 公司), within 30
  /// characters and without crossing a delimiter (brackets may stand inside).
  func bodyName(from start: Int, limit: Int) -> Range<Int>? {
    let t = doc.folded
    let stop = min(limit, start + 30)
    var i = start
    while i < stop {
      if Self.strongStops.contains(t[i]) && t[i] != "(" && t[i] != ")" { return nil }
      if let m = CaseRules.bodySuffixTrie.longestMatch(in: t, from: i, limit: stop) {
        guard m.end - start >= 3 else { return nil }
        // 某橡胶加工厂有限公司: a suffix right after a suffix goes on the name.
        var end = m.end
        while let more = CaseRules.bodySuffixTrie.longestMatch(in: t, from: end, limit: limit),
          more.end - end >= 2
        {
          end = more.end
        }
        return start..<branchEnd(after: end, limit: limit)
      }
      i += 1
    }
    return nil
  }

  /// `maskedEstablishment`: a shop or small firm masked with 某 (某便利店,
  /// 某二手车店, 禹州市某加油站): a run of name characters holding a 某 with one
  /// character at least between it and an establishment word
  /// (`establishmentSuffixes`), closed like a body name. Unmasked (便利店,
  /// 食品店), the run is read only where the article also writes it masked
  /// (某便利店); the party is then given its masked form (`maskedForm`).
  func maskedEstablishment(at start: Int, limit: Int) -> Range<Int>? {
    let t = doc.folded
    guard start < limit, t[start].isHan, start == 0 || t[start - 1] != "某",
      !Self.anaphorOpenings.contains(where: { t.hasLiteral($0, at: start) })
    else { return nil }
    let stop = min(limit, start + Self.establishmentReach)
    var lastMou: Int? = nil
    var k = start
    while k < stop, t[k].isHan, !Self.notInBodyNames.contains(t[k]) {
      if t[k] == "某" {
        lastMou = k
      } else if k > start, let m = Self.establishmentTrie.longestMatch(in: t, from: k, limit: stop),
        // …某加油站申请强制执行: a party's act closes it too.
        Self.isBodyEnd(t, m.end, limit) || CasePartyNameBounds.wordOpens(t, at: m.end)
      {
        if let mou = lastMou {
          // 向某五金店, 在某便利店: a function character opens no masked name.
          let opens = t[start] == "某" || !Self.functionCharacters.contains(t[start])
          // 某便利店, 某加油站: a word after 某 (王某店 is a person and 店).
          if k > mou + 1 || m.end - k >= 2, opens { return start..<m.end }
        } else if k - start >= 2 {
          // 便利店 (便 is an adverb elsewhere): the masked form written in the article decides.
          let masked: [Unicode.Scalar] = ["某"] + Array(t[start..<m.end])
          if occurrences.index.contains(masked, where: { _ in true }) { return start..<m.end }
        }
      }
      k += 1
    }
    return nil
  }

  /// A branch named after its company (…有限公司江宁店, …银行朝阳支行).
  func branchEnd(after end: Int, limit: Int) -> Int {
    let t = doc.folded
    var e = end
    while e < min(limit, end + 8), t[e].isHan, !Self.notInBodyNames.contains(t[e]) {
      e += 1
      if CaseRules.branchSuffixes.contains(where: {
        t.hasLiteral($0, at: e - $0.unicodeScalars.count) && e - $0.unicodeScalars.count >= end
      }) {
        return e
      }
    }
    return end
  }

  /// 原告X, 被告人X, 公诉机关X, …: the names after a role word.
  private func fromRoles(
    in span: TextSpan, title: CaseTitleText, criminal: Bool, into out: inout Parties
  ) {
    let t = doc.folded
    forEachRole(in: span, criminal: criminal) { role, plaintiffSide in
      var j = role.upperBound
      while j < span.end, Self.blanks.contains(t[j]) { j += 1 }
      // `case.party.role-copula`: 此案原告为甲，被告是乙: the copula, then the names.
      var copula = false
      if j + 1 < span.end, Self.roleCopulas.contains(t[j]), !Self.blanks.contains(t[j + 1]),
        opensPartyName(at: j + 1, limit: span.end)
      {
        j += 1
        copula = true
      }
      // 原告(上诉人)：, 被告（被上诉人）：: the later role in brackets, then the name.
      if j < span.end, t[j] == "(" || t[j] == "（",
        let close = t[(j + 1)..<min(span.end, j + 8)].firstIndex(where: { $0 == ")" || $0 == "）" }),
        close > j + 1, t[(j + 1)..<close].allSatisfy({ $0.isHan }),
        close + 1 < span.end, t[close + 1] == ":" || t[close + 1] == "："
      {
        j = close + 1
      }
      let colon = j < span.end && (t[j] == ":" || t[j] == "：")
      if colon { j += 1 }
      while colon, j < span.end, Self.blanks.contains(t[j]) { j += 1 }
      // `case.party.charged-list`: 被告人甲、乙、丙犯…罪: the charge closes every name.
      if !plaintiffSide {
        let charged = chargedList(at: j, limit: span.end)
        if !charged.isEmpty {
          out.add(.defendant, charged, by: .chargedList)
          return
        }
      }
      let names = partyList(at: j, limit: span.end, afterColon: colon, plain: .afterRole(title))
      let bracketed = !copula && firstInstanceSide(after: role.upperBound, limit: span.end) != nil
      out.add(
        plaintiffSide ? .plaintiff : .defendant, names,
        by: copula ? .roleCopula : bracketed ? .firstInstanceBracket : .roleList)
      // `case.party.appellant-procuratorate` reads the procuratorate a role
      // of appeal names; `case.party.named-once` a full name told only here.
      if names.isEmpty, !colon,
        Self.personRoles.contains(where: {
          t.hasLiteral($0, at: role.lowerBound) && role.count == $0.unicodeScalars.count
        }),
        let once = nameNamedOnce(at: j, limit: span.end)
      {
        out.add(
          plaintiffSide ? .plaintiff : .defendant, doc.displayText(once), at: TextSpan(once),
          by: .namedOnce)
        // 被告人熊刚宇、夏某某、陈某于…: the list goes on after the name told once.
        if once.upperBound + 1 < span.end, ["、", "和", "及"].contains(t[once.upperBound]) {
          let first = ReadParty(name: doc.displayText(once), span: TextSpan(once))
          let rest = partyList(
            at: once.upperBound + 1, limit: span.end, afterColon: false, plain: .afterRole(title),
            after: [first])
          out.add(plaintiffSide ? .plaintiff : .defendant, rest, by: .namedOnce)
        }
        return
      }
      // `case.party.named-once` with a party's statement: 申请人顾玉静称, 原告张伟诉称,
      // 被申请人廖浩辩称 (a role held by firms too, so the statement must close
      // the name; 被告方称, 原告家属称 are a side and kin, not names).
      if names.isEmpty, !colon, j < span.end, t[j] != "方",
        Self.statingRoles.contains(where: {
          t.hasLiteral($0, at: role.lowerBound) && role.count == $0.unicodeScalars.count
        }),
        !Self.slotNotNames.contains(where: { t.hasLiteral($0, at: j) }),
        let once = nameNamedOnce(at: j, limit: span.end),
        Self.statementVerbs.contains(where: { t.hasLiteral($0, at: once.upperBound) })
      {
        out.add(
          plaintiffSide ? .plaintiff : .defendant, doc.displayText(once), at: TextSpan(once),
          by: .namedOnce)
        return
      }
      if names.isEmpty, !colon, let word = unsurnamedWord(at: j, limit: span.end) {
        out.reject(
          TextSpan(word), proposedBy: .roleList, by: .noSurname, detail: doc.displayText(word))
      }
    }
    // 以X为被告(诉至…): X is the defendant, the one who sues opens the clause.
    var k = span.start
    while let at = t.firstOffset(of: "为被告", in: k..<span.end) {
      k = at + 3
      // The clause runs across the list's 、 (以甲局、乙局为被告).
      let clauseStart =
        (t[span.start..<at].lastIndex { Self.strongStops.contains($0) && $0 != "、" }).map { $0 + 1 }
        ?? span.start
      guard let yi = t[clauseStart..<at].lastIndex(of: "以"), at - yi <= 40 else { continue }
      let named = partyList(at: yi + 1, limit: at, afterColon: false, plain: .clauseSubject)
      out.add(.defendant, named, by: .namedAsDefendant)
      out.firstInstanceDefendants += named.map(\.name)
      if let suer = partyName(at: clauseStart, limit: yi, afterColon: false, plain: .clauseSubject)
      {
        out.add(.plaintiff, suer.name, at: TextSpan(clauseStart, suer.end), by: .namedAsDefendant)
      } else if skipBlanks(clauseStart) == yi, let topic = topic(before: clauseStart, in: span) {
        // `case.party.named-as-defendant-topic`: 甲对乙作出的处罚决定不服，以乙为被告…提起
        // 行政诉讼: the clause opens with 以, the one who sues is the sentence's topic.
        let named = Set(named.map(\.name))
        let suers = topic.names.filter { !named.contains($0.name) && !isCourt($0.name) }
        out.add(.plaintiff, suers, by: .namedAsDefendantTopic)
      }
    }
  }

  /// Where the clause holding `offset` starts.
  /// With `acrossLists`, a list's 、 and a bracket inside a phrase (偷越国(边)境)
  /// do not end the clause.
  func clauseStart(before offset: Int, from lower: Int, acrossLists: Bool = false) -> Int {
    (doc.folded[lower..<offset].lastIndex {
      (Self.strongStops.contains($0) && !(acrossLists && Self.listMarks.contains($0))) || $0 == "。"
    }).map { $0 + 1 } ?? lower
  }

  /// The party named at `start`: an organization mention; after a colon,
  /// the text up to the next comma; an anonymised name (郑某, 喻某某, 冯某甲,
  /// 刘某珍); a body ending in a known suffix; or a plain name the policy allows.
  func partyName(at start: Int, limit: Int, afterColon: Bool, plain: PlainNames) -> (
    name: String, end: Int
  )? {
    if let org = organization(startingAt: start) {
      // 县文旅局 defined once per case (（以下简称县文旅局）): the definition in force here.
      if !definedNames.isEmpty,
        let defined = definedName(doc.displayText(org.span.range), before: org.span.start)
      {
        return (defined, org.span.end)
      }
      // A company's branch (…有限公司江宁店) is the party itself.
      let branch =
        org.kind == .company ? branchEnd(after: org.span.end, limit: limit) : org.span.end
      return branch > org.span.end
        ? (org.name + doc.displayText(org.span.end..<branch), branch) : (org.name, org.span.end)
    }
    let t = doc.folded
    guard start < limit, t[start].isHan || t[start].properties.isAlphabetic else { return nil }
    // `case.party.pronoun`: 他 / 她, resolved to a person afterwards.
    if !afterColon, let p = pronoun(at: start, limit: limit) { return (p, start + 1) }
    if afterColon {
      var e = start
      while e < limit, e - start <= 30,
        !Self.strongStops.contains(t[e]) || Self.isBracketInName(t, e, start)
      { e += 1 }
      let text = doc.displayText(start..<e)
      if e - start >= 2,
        e - start <= 4 || CaseRules.bodySuffixes.contains(where: { text.hasScalarSuffix($0) })
      {
        return (text, e)
      }
      return nil
    }
    if let anonymised = anonymisedName(at: start, limit: limit) {
      return (doc.displayText(anonymised), anonymised.upperBound)
    }
    // `case.party.company-pointer`: 将公司告上法庭, 将该建筑公司…诉至 (resolved or dropped later).
    if let end = companyPointer(at: start, limit: limit) { return (t.text(start..<end), end) }
    if let unit = placeholderUnit(at: start, limit: limit) {
      return (doc.displayText(unit), unit.upperBound)
    }
    if let store = maskedEstablishment(at: start, limit: limit) {
      return (doc.displayText(store), store.upperBound)
    }
    // 高先生, 王女士: a surname and a form of address name a person.
    if let addressed = CaseToldCues.addressedPerson(t, range: start..<(start + 1)),
      addressed.start == start, addressed.end <= limit
    {
      return (doc.displayText(addressed.range), addressed.end)
    }
    if let body = bodyName(from: start, limit: limit), Self.isBodyEnd(t, body.upperBound, limit),
      !t[body].contains(where: { Self.notInBodyNames.contains($0) }),
      // 刘某等10名被告人恶势力犯罪集团案: a criminal group is no party's name.
      !Self.isCriminalGroup(t, endingAt: body.upperBound),
      !CasePartyNameBounds.verbOpens(t, at: start),
      t[start] == "某" || !Self.functionCharacters.contains(t[start])  // 某建筑公司 is a name
    {
      return (doc.displayText(body), body.upperBound)
    }
    for length in [3, 2] where start + length <= limit {
      let end = start + length
      guard (start..<end).allSatisfy({ t[$0].isHan }) else { continue }
      // 组织、领导…: a crime noun or a party's act opens no name.
      if CasePartyNameBounds.wordOpens(t, at: start) { return nil }
      // 北海某环境技术公司: a 某 after the run opens a masked body, no name ends there.
      if end < limit, t[end] == "某" { continue }
      // 吴英集资诈骗: the last character opens the charge after the name.
      if length == 3, CasePartyNameBounds.wordOpens(t, at: end - 1) { continue }
      let followed =
        end == limit || Self.strongStops.contains(t[end]) || Self.nameFollowers.contains(t[end])
      if case .afterRole = plain {} else if !followed { continue }
      let name = Array(t[start..<end])
      if Self.notNames.contains(where: { name.hasLiteral($0, at: 0) }) { return nil }
      // 三人, 四人 are counts; 高四明 is a name; 交通费, 赔偿金 are things.
      if Self.functionCharacters.contains(name[0]) || ChineseNumeral.isChineseNumeralScalar(name[0])
      {
        continue
      }
      // 老金, 小胡: a familiar prefix before a surname is a name, 金 or not.
      let familiar =
        length == 2 && Self.familiarPrefixes.contains(name[0])
        && SurnameLexicon.single.contains(name[1])
      if !familiar, let last = name.last,
        Self.thingEndings.contains(last) || Self.functionCharacters.contains(last)
      {
        continue
      }
      switch plain {
      case .inTitle(let title) where title.namesParty(name):
        return (doc.displayText(start..<end), end)
      case .clauseSubject: return (doc.displayText(start..<end), end)
      case .afterRole(let title):
        if title.namesParty(name) { return (doc.displayText(start..<end), end) }
        // `case.party.guard.no-surname`: 与被告沟通: a word no surname opens.
        guard startsLikeAName(start) else { continue }
        // A name not in the title must close like a name and recur: a word
        // after a role (原告主张的费用，) seldom does both.
        if closesName(at: end, limit: limit, length: length), recurs(name, after: end) {
          return (doc.displayText(start..<end), end)
        }
        // 被告王某海醉酒后…: a three-character name the article closes elsewhere.
        if length == 3, closedElsewhere(name, notAt: start) {
          return (doc.displayText(start..<end), end)
        }
        continue
      default: continue
      }
    }
    return nil
  }

  /// True when a surname (or 小/老/阿 before a surname or given name) opens `start`.
  func startsLikeAName(_ start: Int) -> Bool {
    SurnameLexicon.surnameLength(in: doc.folded, at: start) != nil
      || Self.familiarPrefixes.contains(doc.folded[start])
  }

  /// `case.party.guard.no-surname`: the word after a role that would have
  /// read as a name but for its first character (被告沟通、…沟通).
  func unsurnamedWord(at start: Int, limit: Int) -> Range<Int>? {
    let t = doc.folded
    guard start < limit, !startsLikeAName(start) else { return nil }
    for length in [3, 2] where start + length <= limit {
      let end = start + length
      guard (start..<end).allSatisfy({ t[$0].isHan }) else { continue }
      if closesName(at: end, limit: limit, length: length),
        recurs(Array(t[start..<end]), after: end)
      {
        return start..<end
      }
    }
    return nil
  }

  /// True when the three-character `name` stands elsewhere in the article
  /// followed by a delimiter or a particle (王某海在庭上, 王某海，男).
  private func closedElsewhere(_ name: [Unicode.Scalar], notAt offset: Int) -> Bool {
    closedNames.index.isClosed(name, elsewhereThan: offset)
  }

  /// True when `name` occurs somewhere else in the article too.
  private func recurs(_ name: [Unicode.Scalar], after offset: Int) -> Bool {
    let here = offset - name.count
    return occurrences.index.contains(name) { $0 != here }
  }

  /// True when what follows `end` shows a person's name just ended: 犯 (a
  /// charge), 辩称/诉称, a penalty (王某江死刑), a list (、), or a comma or
  /// bracket opening a description (，男 / （女 / ，系 / ，1980年出生).
  func closesName(at end: Int, limit: Int, length: Int) -> Bool {
    let t = doc.folded
    guard end < limit else { return true }
    if t[end] == "犯" || t[end] == "、" { return true }
    // 被执行人肖力。 / 申请执行人汪逸峰认为…: a sentence's end, or a word of the
    // closed set that follows names (a charge, a party's act).
    if Self.sentenceEnds.contains(t[end]) || CasePartyNameBounds.wordOpens(t, at: end) {
      return true
    }
    // 原告袁某敏的丈夫…, 被告人王某群被法警带上法庭: a three-character name
    // (two-character words before 的 are mostly verbs: 签订的, 作出的).
    if length == 3, ["的", "被", "在", "于", "向", "对"].contains(t[end]) { return true }
    if ["辩称", "诉称"].contains(where: { t.hasLiteral($0, at: end) }) { return true }
    if CaseRules.penaltyWords.contains(where: { t.hasLiteral($0, at: end) }) { return true }
    if [",", "(", "，", "（"].contains(t[end]), end + 1 < limit {
      let next = t[end + 1]
      return ["男", "女", "系", "汉", "曾", "住", "出", "无", "农", "原", "现", "户"].contains(next)
        || ChineseNumeral.isArabicDigit(next)
    }
    return false
  }

  /// A bracket inside a company name after a colon (某某（上海）有限公司).
  private static func isBracketInName(_ t: [Unicode.Scalar], _ e: Int, _ start: Int) -> Bool {
    (t[e] == "(" || t[e] == ")") && e > start
  }

  /// A body name ends before a delimiter or a word that follows parties.
  private static func isBodyEnd(_ t: [Unicode.Scalar], _ end: Int, _ limit: Int) -> Bool {
    end >= limit || strongStops.contains(t[end]) || nameFollowers.contains(t[end])
      || closesCaseTitle(t, after: end, limit: limit)
      || CasePartyNameBounds.afterBodyTrie.longestMatch(
        in: t, from: end, limit: min(limit, end + 5))
        != nil
      || [
        "在", "于", "对", "向", "将", "为", "提", "未", "支", "赔", "承", "返", "停", "立", "继", "履", "偿", "退",
        "给", "交", "恢", "补", "告",
        // 被执行人某物流公司采取…, 某公司拖欠…, 某公司逾期未…: a verb after the firm.
        "采", "拖", "欠", "逾", "长", "至", "名", "遂", "即", "随", "申", "起", "要", "请",
      ].contains(t[end])
  }

  /// True when a case title's dispute word follows a party within a few
  /// characters (宁夏某公司合同纠纷一案): the party ends there.
  private static func closesCaseTitle(_ t: [Unicode.Scalar], after end: Int, limit: Int) -> Bool {
    var k = end
    while k < min(limit, end + 8), t[k].isHan {
      // …公司拖欠劳动报酬案: the title's 案 closes it too.
      if t[k] == "案" || disputeWords.contains(where: { t.hasLiteral($0, at: k) }) { return true }
      k += 1
    }
    return false
  }

  /// True when the 某 at `mou` opens an anonymised body or court
  /// (某县人民法院, 某物流公司): a body suffix follows within a few characters.
  private func opensAnonymisedBody(mou: Int) -> Bool {
    let t = doc.folded
    // 曾某向…法院申请, 曾某丙在…: a clause word right after the mask (and its
    // 某/甲/乙/丙/丁) ends a person's masked name (曾 is a surname as well as an
    // adverb); no masked body's name goes on so.
    var p = mou + 1
    if p < t.count, ["某", "甲", "乙", "丙", "丁"].contains(t[p]) { p += 1 }
    if p < t.count, Self.clauseWordsAfterMask.contains(t[p]) { return false }
    var k = mou + 1
    while k < min(t.count, mou + 12), t[k].isHan, t[k] != "某" {
      if t.hasLiteral("法院", at: k) || t.hasLiteral("检察院", at: k)
        || CaseRules.bodySuffixTrie.longestMatch(in: t, from: k, limit: min(t.count, k + 6)) != nil
      {
        return true
      }
      k += 1
    }
    return false
  }

  /// 郑某, 喻某某, 冯某甲, 刘某珍 (the last only when a delimiter follows).
  func anonymisedName(at start: Int, limit: Int) -> Range<Int>? {
    let t = doc.folded
    guard start + 1 < limit, t[start].isHan, t[start] != "某" else { return nil }
    // `case.party.sibling-pseudonym`: 唐一、唐二, 欧阳甲、欧阳乙.
    if let sibling = siblingPseudonym(at: start, limit: limit) { return sibling }
    // `case.party.compound-surname-masked`: 欧阳某某, 诸葛某, 司马某强: a
    // compound surname before the mask, the same shape as 郑某.
    var mou = start + 1
    if t[mou] != "某" {
      guard start + 2 < limit, t[start + 2] == "某",
        SurnameLexicon.surnameLength(in: t, at: start) == 2
      else { return nil }
      mou = start + 2
    }
    // 向某县人民法院, 与某公司: a preposition before an anonymised body, no person.
    if mou == start + 1, Self.functionCharacters.contains(t[start]), opensAnonymisedBody(mou: mou) {
      return nil
    }
    var e = mou + 1
    if e < limit, ["某", "甲", "乙", "丙", "丁"].contains(t[e]) {
      e += 1
    } else if e + 1 <= limit, e < t.count, t[e].isHan, !Self.functionCharacters.contains(t[e]),
      // 黄某应向…: a modal verb opens the predicate after the name.
      !Self.modalsAfterMask.contains(t[e]),
      // 王某上诉, 张某强制猥亵: the character opens the word after the name.
      !CasePartyNameBounds.wordOpens(t, at: e),
      e + 1 == limit || Self.strongStops.contains(t[e + 1])
        || (Self.nameFollowers.contains(t[e + 1]) && t[e + 1] != "犯")  // 何某侵犯: 侵犯 is a word
        || (Self.maskedNameClosers.contains(t[e + 1])  // 雷某军为达到…
          && !twoCharacterNameElsewhere(start))
        || confirmedNames.contains(String(String.UnicodeScalarView(t[start...e])))
        // `case.party.masked-given-closed`: 方某鹏申请…, 熊某建提起…, 判处夏侯某鹏有期徒刑:
        // a word of the closed set after names, or a sentence, opens after the third.
        || (e + 1 < limit
          && (CasePartyNameBounds.wordOpens(t, at: e + 1)
            || CaseRules.penaltyWords.contains(where: { t.hasLiteral($0, at: e + 1) })))
    {
      e += 1
    } else if e + 1 < limit, t[e].isHan, t[e + 1] == "、", !Self.particles.contains(t[e]) {
      // 羊某原、符某龙: before a list's 、 an adverb-like 原 still ends the name.
      e += 1
    }
    return start..<e
  }
}

extension CasePartyFinder {
  /// `case.party.sibling-pseudonym`: a surname and one mark of a series (唐一,
  /// 欧阳甲) stands for a person where the article names a sibling too — the same
  /// surname with another mark of that series (唐二, 欧阳乙), as texts mask two
  /// people sharing a surname. Not after a mark or numeral (甲方乙方, 第一), and
  /// not for surnames whose marks make words (周一 a weekday, 高一 a school year).
  func siblingPseudonym(at start: Int, limit: Int) -> Range<Int>? {
    let t = doc.folded
    // Cheap refusal first: a mark one or two characters on.
    guard start + 1 < t.count,
      Self.pseudonymMarks.contains(t[start + 1])
        || (start + 2 < t.count && Self.pseudonymMarks.contains(t[start + 2])),
      !Self.pseudonymSurnameExclusions.contains(t[start]),
      let surname = SurnameLexicon.surnameLength(in: t, at: start)
    else { return nil }
    let mark = start + surname
    guard mark < limit, mark < t.count,
      let series = Self.pseudonymSeries.first(where: { $0.contains(t[mark]) })
    else { return nil }
    let end = mark + 1
    // 唐一二三, 欧阳甲乙: a run of marks is no name.
    if end < t.count,
      Self.pseudonymSeries.contains(where: { $0.contains(t[end]) })
        || ChineseNumeral.isNumeralScalar(t[end])
    {
      return nil
    }
    if start > 0,
      Self.pseudonymSeries.contains(where: { $0.contains(t[start - 1]) })
        || ChineseNumeral.isNumeralScalar(t[start - 1])
    {
      return nil
    }
    let name = Array(t[start..<mark])
    let sibling = series.contains { other in
      other != t[mark]
        && occurrences.index.contains(name + [other]) { at in
          let e = at + name.count + 1
          return e >= t.count
            || !(Self.pseudonymSeries.contains(where: { $0.contains(t[e]) })
              || ChineseNumeral.isNumeralScalar(t[e]))
        }
    }
    return sibling ? start..<end : nil
  }
}

extension CasePartyFinder {
  /// 原告张某承建… / 原告张某找被告公司结算: the two-character masked name stands
  /// elsewhere before another character, and the three-character reading at
  /// `start` stands nowhere else, so the third character (找) is a verb, not
  /// part of the name (雷某军为…, told again as 雷某军, keeps its third).
  func twoCharacterNameElsewhere(_ start: Int) -> Bool {
    let t = doc.folded
    guard start + 2 < t.count else { return false }
    let two = [t[start], t[start + 1]]
    let third = t[start + 2]
    let index = occurrences.index
    let threeElsewhere = index.contains(two + [third]) { $0 != start }
    guard !threeElsewhere else { return false }
    return index.contains(two) { at in
      at != start && at + 2 < t.count && t[at + 2] != third
        && !["某", "甲", "乙", "丙", "丁"].contains(t[at + 2])
    }
  }
}

/// A case title's folded scalars, for asking whether it names a party.
struct CaseTitleText {
  let scalars: [Unicode.Scalar]

  init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

  /// True when the title names `name` as a party: it opens the title, or
  /// stands beside 诉, 与 or 、.
  func namesParty(_ name: [Unicode.Scalar]) -> Bool {
    guard !scalars.isEmpty, let last = name.last, !["诉", "与", "、", "等"].contains(last) else {
      return false
    }
    if scalars.hasLiteral(name, at: 0) { return true }
    var from = 0
    while let at = scalars.firstOffset(of: name, in: from..<scalars.count) {
      let before: Unicode.Scalar? = at > 0 ? scalars[at - 1] : nil
      let after: Unicode.Scalar? = at + name.count < scalars.count ? scalars[at + name.count] : nil
      if before.map({ ["诉", "与", "、"].contains($0) }) ?? false { return true }
      if after.map({ ["诉", "与", "、"].contains($0) }) ?? false { return true }
      // 欧阳明受贿一案: the name before the offence.
      let end = at + name.count
      if CaseSegmentRules.offenceOpenings.contains(where: { scalars.hasLiteral($0, at: end) }) {
        return true
      }
      from = at + 1
    }
    return false
  }
}

extension CasePartyFinder {
  /// True when a 集团 ending at `end` is a criminal group (恶势力犯罪集团,
  /// 诈骗集团), not a company.
  static func isCriminalGroup(_ t: [Unicode.Scalar], endingAt end: Int) -> Bool {
    guard end >= 2, t[end - 1] == "团", t[end - 2] == "集" else { return false }
    return CompanyScanner.criminalGroups.contains { t.hasLiteral($0, at: end - 2 - $0.count) }
  }

  /// `case.party.role-list`, a list's later item: 被告人刘某秀、俞家胜等人以…: after
  /// a name the list has read, a surname-led name of two or three characters
  /// closed by the list's next mark (、, 等, 和, 及), its charge (犯) or a stop
  /// is a name though it stands nowhere else.
  func listItemName(at start: Int, limit: Int) -> (name: String, end: Int)? {
    let t = doc.folded
    guard start < limit, let surname = SurnameLexicon.surnameLength(in: t, at: start),
      !CasePartyNameBounds.wordOpens(t, at: start)
    else { return nil }
    for length in [3, 2] where length > surname && start + length < limit {
      let end = start + length
      guard
        (start..<end).allSatisfy({
          t[$0].isHan && !Self.functionCharacters.contains(t[$0])
            && !ChineseNumeral.isChineseNumeralScalar(t[$0])
            && !Self.listItemClosers.contains(t[$0])
        }),
        Self.listItemClosers.contains(t[end]) || Self.strongStops.contains(t[end])
          || closesLastListItem(t, at: end, limit: limit),
        !Self.notNames.contains(where: { t.hasLiteral($0, at: start) }),
        let last = t[end - 1] as Unicode.Scalar?, !Self.thingEndings.contains(last)
      else { continue }
      if length == 3, CasePartyNameBounds.wordOpens(t, at: end - 1) { continue }
      return (doc.displayText(start..<end), end)
    }
    return nil
  }

  /// `case.party.role-list`, the list's last item: what follows it goes on
  /// with the clause as after a name told once (甲、乙和丙提起…, …和丙于2022年,
  /// …判处丙有期徒刑, 甲和乙二人).
  func closesLastListItem(_ t: [Unicode.Scalar], at end: Int, limit: Int) -> Bool {
    guard end < limit else { return true }
    if Self.onceNameClosers.contains(where: { t.hasLiteral($0, at: end) })
      || CasePartyNameBounds.wordOpens(t, at: end)
      || CaseRules.penaltyWords.contains(where: { t.hasLiteral($0, at: end) })
    {
      return true
    }
    // 甲和乙二人: the list's count.
    return end + 1 < limit && ChineseNumeral.isChineseNumeralScalar(t[end])
      && (t[end + 1] == "人" || t[end + 1] == "名")
  }
}

extension CasePartyFinder {
  /// True when `a` and `b` are agencies the organizations stage names on its
  /// own, in different regions (杭州市市场监管局 beside 杭州市西湖区市场监督管理局):
  /// two bodies, neither a short form of the other.
  func separateAgencies(_ a: String, _ b: String) -> Bool {
    guard a != b, isOrganizationName(a, ofKind: [.agency]),
      isOrganizationName(b, ofKind: [.agency]),
      let ra = organizations.first(where: { $0.name == a && $0.regionCode != nil })?.regionCode,
      let rb = organizations.first(where: { $0.name == b && $0.regionCode != nil })?.regionCode
    else { return false }
    return ra != rb
  }
}
