import ChineseText

extension CasePartyFinder {
  /// Parties from who applied, sued, claimed and defaulted, in civil,
  /// labour, enforcement and administrative stories (CasePartyRule).
  func fromSuits(in span: TextSpan, criminal: Bool, into out: inout Parties) {
    appliesOrSues(in: span, into: &out)
    suesWhom(in: span, into: &out)
    if !criminal { claimsAgainst(in: span, into: &out) }
    supported(in: span, into: &out)
    defaulters(in: span, into: &out)
    appliesToCourt(in: span, into: &out)
    claimsDecided(in: span, into: &out)
    owes(in: span, into: &out)
    listsBeforeRoles(in: span, criminal: criminal, into: &out)
  }

  /// `case.party.applies-or-sues`: X向…申请仲裁 / 提起诉讼 / 申请强制执行.
  private func appliesOrSues(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    var taken: [Range<Int>] = []
    let supportedSuitFiled = Self.filedSuitWords.contains {
      t.firstOffset(of: $0, in: span.range) != nil
    }
    forEachCue(Self.applyOrSueCues, in: span) { cue in
      let at = cue.at
      var end = cue.end
      if cue.phrase == "提起" {
        guard let e = suitPhraseEnd(at: at, limit: span.end) else { return }
        end = e
      }
      let r = at..<end
      guard !taken.contains(where: { $0.overlaps(r) }) else { return }
      taken.append(r)
      // 支持起诉 / 不起诉 / 审查起诉 / 提起公诉 are not a party's suit.
      if cue.phrase == "起诉", at > span.start, Self.notASuitBefore.contains(t[at - 1]) {
        out.reject(
          TextSpan(at - 1, at + 2), proposedBy: .appliesOrSues, by: .notASuit, detail: "")
        return
      }
      let sentenceStart =
        doc.sentenceIndex(containing: at).map { max(doc.sentences[$0].lowerBound, span.start) }
        ?? span.start
      // 钱某起诉要求解除合同: the name right before 起诉 sues.
      if cue.phrase == "起诉", at + 2 < span.end,
        ["要求", "请求"].contains(where: { t.hasLiteral($0, at: at + 2) })
      {
        // Only a person sues this way in the stories told (bodies sue 向法院).
        let clause = skipBlanks(clauseStart(before: at, from: sentenceStart))
        if let person = anonymisedName(at: clause, limit: at)
          ?? personalName(at: clause, limit: at), person.upperBound == at
        {
          out.add(.plaintiff, doc.displayText(person), at: TextSpan(person), by: .appliesOrSues)
          return
        }
        // 某物流公司起诉要求某公司支付货款: a company sues the same way (`case.party.company-sues`).
        // The company may be masked or short (某某物流公司, 甲公司): no organization
        // mention, a name that is surely one and ends as a firm's does.
        if let found = strictName(at: clause, limit: at), found.end == at,
          organization(startingAt: clause).map({ $0.kind == .company })
            ?? Self.firmSuffixes.contains(where: { found.name.hasSuffix($0) })
        {
          out.add(.plaintiff, found.name, at: TextSpan(clause, found.end), by: .companySues)
          return
        }
      }
      guard let xiang = t[max(sentenceStart, at - 50)..<at].lastIndex(of: "向") else {
        // 为此他提起行政诉讼: no 向, the one right before the verb sues.
        let clause = skipConnectives(
          skipBlanks(clauseStart(before: at, from: sentenceStart)), limit: at)
        if !Self.supportApplications.contains(cue.phrase), cue.phrase != "起诉",
          let found = strictName(at: clause, limit: at), found.end == at,
          !isOrganizationName(found.name, ofKind: [.court, .procuratorate])
        {
          out.add(.plaintiff, found.name, at: TextSpan(clause, found.end), by: .appliesOrSues)
          // 韩某申请劳动仲裁。某公司不服仲裁裁决，诉至法院: `case.party.arbitration-then-suit`.
          if Self.arbitrationVerbs.contains(cue.phrase) {
            out.arbitrationApplicants.append(
              ReadParty(name: found.name, span: TextSpan(clause, found.end)))
          }
        }
        return
      }
      // `case.party.guard.other-clause`: 向 in one clause, the verb in another.
      if let brk = t[xiang..<at].firstIndex(where: { $0 == "，" || $0 == "," || $0 == "；" }) {
        out.reject(
          TextSpan(xiang, at), proposedBy: .appliesOrSues, by: .otherClause,
          detail: doc.displayText(brk..<r.upperBound))
        return
      }
      // 申请执行人某某（成都）科技有限公司向…: a bracket inside the name is no clause's end.
      var clause = clauseStart(before: xiang, from: sentenceStart)
      if clause > sentenceStart, t[clause - 1] == "）" || t[clause - 1] == ")" {
        clause = clauseStart(before: xiang, from: sentenceStart, acrossLists: true)
      }
      for start in [clause, sentenceStart] {
        // 后王某向…申请仲裁: a connective opens the clause, the name follows it.
        var names = strictPartyList(
          at: skipConnectives(skipBlanks(start), limit: xiang), limit: xiang)
        // 受害人梁某某依法向…, 李三无奈向…: the slot's noun and adverbs around the names.
        if names.isEmpty { names = subjectSlot(from: start, to: xiang) }
        guard !names.isEmpty else { continue }
        // `case.party.guard.court-does-not-sue`: 法院向…申请 is the court's own act.
        if let court = names.first(where: { isOrganizationName($0.name, ofKind: [.court]) }) {
          out.reject(
            court.span, proposedBy: .appliesOrSues, by: .courtDoesNotSue, detail: court.name)
          break
        }
        // `case.party.guard.supports-not-sues`: 检察院支持…起诉.
        if t.firstOffset(of: "支持", in: start..<at) != nil {
          for n in names {
            out.reject(n.span, proposedBy: .appliesOrSues, by: .supportsNotSues, detail: n.name)
          }
          break
        }
        // `case.party.guard.support-only-applied`: asked for support, sued nobody
        // yet, and the case never calls the parties 申请人 / 被申请人.
        if cue.phrase == "申请支持起诉" || cue.phrase == "提出支持起诉申请", !supportedSuitFiled,
          !namesApplicantRoles(span)
        {
          for n in names {
            out.reject(n.span, proposedBy: .appliesOrSues, by: .supportOnlyApplied, detail: n.name)
          }
          break
        }
        out.add(.plaintiff, names, by: .appliesOrSues)
        if Self.arbitrationVerbs.contains(cue.phrase) { out.arbitrationApplicants += names }
        break
      }
    }
  }

  /// `at` past a connective that opens a clause (后, 随后, 此后, 于是).
  func skipConnectives(_ at: Int, limit: Int) -> Int {
    for c in Self.clauseConnectives where doc.folded.hasLiteral(c, at: at) {
      var e = at + c.unicodeScalars.count
      // 为此，大队…: the comma after the connective opens nothing.
      if e < limit, doc.folded[e] == "，" || doc.folded[e] == "," { e += 1 }
      return e < limit ? e : at
    }
    return at
  }

  /// `case.party.arbitration-then-suit`: 王某申请仲裁…，该公司不服，诉至法院:
  /// the court roles stand, so the arbitration's applicant is the defendant
  /// when another party sued in court.
  func arbitrationThenSuit(_ out: inout Parties) {
    guard !out.courtSuers.isEmpty else { return }
    // The one who sued in court after the award is no defendant there, though
    // the award (or the judgment) ordered it to pay.
    if !out.arbitrationApplicants.isEmpty {
      let suers = Set(out.courtSuers).subtracting(out.arbitrationApplicants.map(\.name))
      if out.defendants.contains(where: suers.contains) {
        out.defendants.removeAll(where: suers.contains)
        for i in out.findings.indices
        where out.findings[i].side == .defendant && suers.contains(out.findings[i].name) {
          out.findings[i].droppedBy = .arbitrationThenSuit
        }
      }
    }
    for a in out.arbitrationApplicants where !out.courtSuers.contains(a.name) {
      guard out.plaintiffs.contains(a.name) else { continue }
      out.plaintiffs.removeAll { $0 == a.name }
      for i in out.findings.indices
      where out.findings[i].side == .plaintiff && out.findings[i].name == a.name {
        out.findings[i].droppedBy = .arbitrationThenSuit
      }
      out.add(.defendant, a.name, at: a.span, by: .arbitrationThenSuit)
    }
  }

  /// True when the case calls a party by the bare role 申请人 (not 申请执行人).
  func namesApplicantRoles(_ span: TextSpan) -> Bool {
    let t = doc.folded
    var from = span.start
    while let at = t.firstOffset(of: "申请人", in: from..<span.end) {
      from = at + 3
      if at == span.start || t[at - 1] != "执" { return true }
    }
    return false
  }

  /// The end of 提起 + a short qualifier + 诉讼 (提起土地资源行政公益诉讼), or nil.
  func suitPhraseEnd(at start: Int, limit: Int) -> Int? {
    let t = doc.folded
    var k = start + 2
    var plain = true
    while k + 1 < min(limit, start + 16), t[k].isHan {
      if t[k] == "诉", t[k + 1] == "讼" { return k > start + 2 ? k + 2 : nil }
      // 提起执行异议之诉, 提起确认之诉 (not 提起的系…之诉: a clause, not a suit's name).
      if t[k] == "之", t[k + 1] == "诉" { return k > start + 2 && plain ? k + 2 : nil }
      if Self.functionCharacters.contains(t[k]) { plain = false }
      k += 1
    }
    return nil
  }

  /// `case.party.sues-whom`: A公司(也/两次)起诉H公司: both names surely names.
  private func suesWhom(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.suitCue, in: span) { cue in
      let at = cue.at
      guard let sued = strictName(at: at + 2, limit: min(span.end, at + 40)) else { return }
      var k = at
      // 张某向某区人民法院起诉李某甲、李某乙: the court the suit goes to stands
      // between the suer and 起诉 (a court mention, or 法院 / 人民法院).
      var toCourt = false
      if let court = courtBefore(k, from: span.start), court - 1 >= span.start, t[court - 1] == "向"
      {
        k = court - 1
        toCourt = true
      } else if k - 2 > span.start, t.hasLiteral("法院", at: k - 2),
        let xiang = t[max(span.start, k - Self.courtNameReach)..<(k - 2)].lastIndex(of: "向"),
        t[(xiang + 1)..<k].allSatisfy({ $0.isHan })
      {
        // 向某区人民法院起诉: a court no stage lists, read back to 向.
        k = xiang
        toCourt = true
      }
      for adverb in Self.suerAdverbs
      where k - adverb.unicodeScalars.count >= span.start
        && t.hasLiteral(adverb, at: k - adverb.unicodeScalars.count)
      {
        k -= adverb.unicodeScalars.count
        break
      }
      let clause = skipBlanks(clauseStart(before: k, from: span.start))
      let suer = strictPartyListWithEnd(at: clause, limit: k)
      guard !suer.names.isEmpty,
        suer.end == k || (suer.end == k - 1 && t[k - 1] == "等")
          || (toCourt && suer.end < k && t[suer.end - 1] == "等")
      else { return }
      out.add(.plaintiff, suer.names, by: .suesWhom)
      // Every name of the list the suit names (起诉甲、乙、丙).
      let sued2 = strictPartyListWithEnd(at: at + 2, limit: min(span.end, at + 40))
      if toCourt, sued2.names.count > 1 {
        out.add(.defendant, sued2.names, by: .suesWhom)
      } else {
        out.add(.defendant, sued.name, at: TextSpan(at + 2, sued.end), by: .suesWhom)
      }
    }
  }

  /// `case.party.claim-against`: 请求裁决某公司支付…, 要求甲、乙连带支付….
  private func claimsAgainst(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.claimCues, in: span) { cue in
      let at = cue.at
      var k = cue.end
      for role in ["被申请人", "被告", "被执行人"] where t.hasLiteral(role, at: k) {
        k += role.unicodeScalars.count
        break
      }
      let found = strictPartyListWithEnd(at: k, limit: min(span.end, k + 60))
      guard !found.names.isEmpty,
        Self.claimVerbs.contains(where: { t.hasLiteral($0, at: found.end) })
      else { return }
      // `case.party.guard.court-does-not-sue`: 要求信州区检察院依法监督… asks a body to
      // act in the case; it is no party sued.
      let bodies = found.names.filter {
        isOrganizationName($0.name, ofKind: [.court, .procuratorate])
      }
      for b in bodies {
        out.reject(b.span, proposedBy: .claimAgainst, by: .courtDoesNotSue, detail: b.name)
      }
      guard bodies.isEmpty else { return }
      out.add(.defendant, found.names, by: .claimAgainst)
      // 黄某要求蒋某…: the one asking opens the clause.
      if cue.phrase == "要求" {
        let clause = clauseStart(before: at, from: span.start)
        let asker = strictPartyListWithEnd(at: skipBlanks(clause), limit: at)
        if asker.end == at || (asker.end < at && at - asker.end <= 1) {
          out.add(.plaintiff, asker.names, by: .claimAgainst)
        }
      }
    }
  }

  /// `case.party.supported`: 支持起诉的何某、钱某… / 支持许某某等人…提起诉讼.
  private func supported(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.supportCue, in: span) { cue in
      let at = cue.at
      var k = at + 2
      let ofTheSuit = t.hasLiteral("起诉的", at: k)
      if ofTheSuit {
        k += 3
      } else if t.hasLiteral("起诉", at: k) {
        return  // 支持起诉意见书, 支持起诉人
      } else if k < span.end, t[k] == "了" {
        k += 1  // 支持了小明向法院提起的…诉讼
      }
      var found = strictPartyListWithEnd(at: k, limit: min(span.end, k + 40))
      // 支持孟磊起诉某公司: a full name told once, closed by the suit it brings
      // (a body name read across 起诉 to the company it sues is no name).
      if let once = onceToldSuer(at: k, limit: span.end),
        found.names.first.map({ $0.span.end > once.upperBound }) ?? true
      {
        found = ([ReadParty(name: doc.displayText(once), span: TextSpan(once))], once.upperBound)
      }
      guard !found.names.isEmpty else { return }
      // 支持起诉的某公司违法采矿…一案 names a case, 法院支持检察院的意见 a body's view.
      if CaseSegmentRules.offenceOpenings.contains(where: { t.hasLiteral($0, at: found.end) }) {
        for n in found.names {
          out.reject(n.span, proposedBy: .supported, by: .namesACase, detail: n.name)
        }
        return
      }
      // `case.party.guard.court-does-not-sue`: 法院支持检察院的意见 is a body's view, not a suit.
      if let body = found.names.first(where: {
        isOrganizationName($0.name, ofKind: [.court, .procuratorate])
      }) {
        out.reject(body.span, proposedBy: .supported, by: .courtDoesNotSue, detail: body.name)
        return
      }
      let sentenceEnd =
        doc.sentenceIndex(containing: at).map { min(doc.sentences[$0].upperBound, span.end) }
        ?? span.end
      let suesLater =
        ofTheSuit
        || ["起诉", "诉讼"].contains {
          t.firstOffset(of: $0, in: found.end..<min(sentenceEnd, found.end + 30)) != nil
        }
      if suesLater { out.add(.plaintiff, found.names, by: .supported) }
    }
  }

  /// A full name told once at `start` that 起诉 / 向 closes (支持孟磊起诉…,
  /// 支持欧阳敏成向法院提起诉讼), or nil.
  private func onceToldSuer(at start: Int, limit: Int) -> Range<Int>? {
    let t = doc.folded
    for length in [4, 3, 2] where start + length < limit {
      let end = start + length
      guard t.hasLiteral("起诉", at: end) || t[end] == "向",
        nameNamedOnce(at: start, limit: end) == start..<end,
        !Self.slotNotNames.contains(where: { t.hasLiteral($0, at: start) })
      else { continue }
      return start..<end
    }
    return nil
  }

  /// `case.party.applies-to-court`: X依法作出…决定，…遂申请人民法院强制执行: the
  /// body or person opening the sentence applies (no 向 names the court).
  private func appliesToCourt(in span: TextSpan, into out: inout Parties) {
    forEachCue(Self.applyToCourtCues, in: span) { cue in
      guard let si = doc.sentenceIndex(containing: cue.at) else { return }
      let start = skipConnectives(
        skipBlanks(max(doc.sentences[si].lowerBound, span.start)), limit: cue.at)
      // An organization the stage read, or a person: a word ending in a
      // body suffix (违法占用耕地建厂…) is no applicant.
      guard start < cue.at else { return }
      let found: (name: String, end: Int)
      if let org = organization(startingAt: start), org.span.end <= cue.at {
        found = (org.name, org.span.end)
      } else if let person = anonymisedName(at: start, limit: cue.at)
        ?? personalName(at: start, limit: cue.at)
      {
        found = (doc.displayText(person), person.upperBound)
      } else if let noun = Self.bodyPointers.first(where: { doc.folded.hasLiteral($0, at: start) })
      {
        // 为此，大队…申请人民法院强制执行: the one body the case named (`case.party.coreference`).
        found = (noun, start + noun.unicodeScalars.count)
      } else {
        return
      }
      // A court does not apply to itself (法院申请…), nor a procuratorate supporting.
      if isOrganizationName(found.name, ofKind: [.court]) {
        out.reject(
          TextSpan(start, found.end), proposedBy: .appliesToCourt, by: .courtDoesNotSue,
          detail: found.name)
        return
      }
      out.add(.plaintiff, found.name, at: TextSpan(start, found.end), by: .appliesToCourt)
    }
  }

  /// `case.party.claims-decided`: 判决驳回俞某的诉讼请求 / 支持王某的全部诉讼请求:
  /// the one whose claims the court decides sued.
  private func claimsDecided(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.decideCues, in: span) { cue in
      // 裁决驳回了周某的仲裁请求: the aspect particle before the names.
      let from = cue.end < span.end && t[cue.end] == "了" ? cue.end + 1 : cue.end
      let found = strictPartyListWithEnd(at: from, limit: min(span.end, from + 40))
      guard !found.names.isEmpty, found.end < span.end, t[found.end] == "的" else { return }
      var k = found.end + 1
      for q in Self.claimQualifiers where t.hasLiteral(q, at: k) {
        k += q.unicodeScalars.count
        break
      }
      guard Self.claimWords.contains(where: { t.hasLiteral($0, at: k) }) else { return }
      out.add(.plaintiff, found.names, by: .claimsDecided)
    }
  }

  /// `case.party.owes`: 杨某某却一直拖欠左某某等人工资 / 投诉某公司（以下简称…）拖欠
  /// 工资: the one who owes wages or payment is the defendant.
  private func owes(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    // Only where the case gives the debtor a side: a defendant's role word
    // (被申请人, 被执行人) or an application to enforce against it.
    let sided = Self.debtorSideWords.contains(where: {
      t.firstOffset(of: $0, in: span.range) != nil
    })
    guard
      sided
        || Self.supportSuitWords.contains(where: { t.firstOffset(of: $0, in: span.range) != nil })
    else { return }
    forEachCue(Self.owesCues, in: span) { cue in
      var e = cue.at
      // Adverbs between the debtor and 拖欠 (却一直, 仍).
      var moved = true
      while moved {
        moved = false
        for adverb in Self.owingAdverbs
        where e - adverb.unicodeScalars.count > span.start
          && t.hasLiteral(adverb, at: e - adverb.unicodeScalars.count)
        {
          e -= adverb.unicodeScalars.count
          moved = true
          break
        }
      }
      // A short name defined in brackets: 某控股集团有限公司（以下简称某公司）.
      if e > span.start, t[e - 1] == ")",
        let open = t[max(span.start, e - 16)..<e].lastIndex(of: "("),
        t.hasLiteral("以下简称", at: open + 1)
      {
        e = open
      }
      // In a support suit, only a debt owed to somebody named.
      guard sided || owedName(after: cue.end, in: span) != nil else { return }
      // What is owed must follow: wages, payment, a price (not 拖欠的时间).
      guard
        Self.owedThings.contains(where: { w in
          t.firstOffset(of: w, in: cue.end..<min(span.end, cue.end + 24)) != nil
        })
      else { return }
      for start in max(span.start, e - 24)..<e {
        guard
          start == span.start || !t[start - 1].isHan
            || Self.debtorOpeners.contains(where: {
              t.hasLiteral($0, at: start - $0.unicodeScalars.count)
            })
        else { continue }
        // An organization, a person, or a masked body (某建筑公司), not a
        // clause read as a body (查明某建筑公司).
        let named =
          organization(startingAt: start).map { $0.span.end == e } ?? false
          || anonymisedName(at: start, limit: e) == start..<e
          || personalName(at: start, limit: e) == start..<e
          || (t[start] == "某" && bodyName(from: start, limit: e) == start..<e)
        if named, let found = strictName(at: start, limit: e), found.end == e {
          out.add(.defendant, found.name, at: TextSpan(start, e), by: .owes)
          coDebtor(before: start, in: span, into: &out)
          owed(after: cue.end, in: span, into: &out)
          return
        }
      }
    }
  }

  /// `case.party.owes`, a list: 某建筑公司以及包工头肖某拖欠… / 某公司及其负责人
  /// 王某拖欠…: the body or person joined before the debtor (its title word
  /// skipped) owes too.
  private func coDebtor(before start: Int, in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    var p = start
    for w in Self.debtorTitles
    where p - w.unicodeScalars.count > span.start
      && t.hasLiteral(w, at: p - w.unicodeScalars.count)
    {
      p -= w.unicodeScalars.count
      break
    }
    guard
      let joiner = Self.debtorJoiners.first(where: {
        p - $0.unicodeScalars.count > span.start
          && t.hasLiteral($0, at: p - $0.unicodeScalars.count)
      })
    else { return }
    let q = p - joiner.unicodeScalars.count
    for s in max(span.start, q - 24)..<q {
      let named =
        organization(startingAt: s).map { $0.span.end == q } ?? false
        || anonymisedName(at: s, limit: q) == s..<q
        || (t[s] == "某" && bodyName(from: s, limit: q) == s..<q)
      if named, let found = strictName(at: s, limit: q), found.end == q {
        out.add(.defendant, found.name, at: TextSpan(s, q), by: .owes)
        return
      }
    }
  }

  /// `case.party.owed`: 拖欠田某等10人工资 in a case whose claimants sue or
  /// apply (支持起诉, 申请仲裁): the one owed, named right after 拖欠, claims.
  private func owed(after at: Int, in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    guard
      Self.owedClaimWords.contains(where: { t.firstOffset(of: $0, in: span.range) != nil })
    else { return }
    guard let name = owedName(after: at, in: span) else { return }
    out.add(.plaintiff, doc.displayText(name), at: TextSpan(name), by: .owed)
  }

  /// The person named right after 拖欠 (拖欠田某等10人工资, 拖欠王某工资).
  private func owedName(after at: Int, in span: TextSpan) -> Range<Int>? {
    let t = doc.folded
    let limit = min(span.end, at + 8)
    guard let name = anonymisedName(at: at, limit: limit) ?? personalName(at: at, limit: limit),
      name.upperBound < span.end,
      t[name.upperBound] == "等"
        || Self.owedThings.contains(where: { t.hasLiteral($0, at: name.upperBound) })
    else { return nil }
    return name
  }

  /// `case.party.defaulter`: 将刘小军纳入失信被执行人名单.
  private func defaulters(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.defaulterCues, in: span) { cue in
      let at = cue.at
      guard let jiang = t[max(span.start, at - 30)..<at].lastIndex(of: "将") else { return }
      var found = strictPartyListWithEnd(at: jiang + 1, limit: at)
      // 将拒不履行生效判决的被执行人某公司纳入…: the names after the role word
      // that a modifier puts before them.
      if found.end != at, let role = lastRoleEnd(in: (jiang + 1)..<at) {
        found = strictPartyListWithEnd(at: role, limit: at, recurring: false)
      }
      if found.end == at { out.add(.defendant, found.names, by: .defaulter) }
    }
  }

  /// The end of the last party role word inside `range`.
  private func lastRoleEnd(in range: Range<Int>) -> Int? {
    let t = doc.folded
    var last: Int?
    var k = range.lowerBound
    while k < range.upperBound {
      if let role = CasePartyRoles.trie.longestMatch(in: t, from: k, limit: range.upperBound) {
        last = role.end
        k = role.end
      } else {
        k += 1
      }
    }
    return last
  }

  /// `case.party.list-before-role`: 周明、吴芳、郑强三位原告 / 当日受审的是甲、乙、丙等4名
  /// 被告人 / 某物流公司等5家被告单位、刘某某等6名被告人 / 将李某等三名被告告上法庭.
  private func listsBeforeRoles(in span: TextSpan, criminal: Bool, into out: inout Parties) {
    let t = doc.folded
    forEachRole(in: span, criminal: criminal) { role, plaintiffSide in
      let i = role.lowerBound
      var k = i
      while k > span.start,
        Self.listCountTails.contains(t[k - 1]) || Self.roleCountUnits.contains(t[k - 1])
          || ChineseNumeral.isNumeralScalar(t[k - 1])
      { k -= 1 }
      guard k < i, k > span.start else { return }
      var s = k
      while s > span.start, t[s - 1].isHan || t[s - 1] == "、" { s -= 1 }
      // 徐某星等三名从犯: one name, 等 and a count stand for a list too.
      let countedRest = t[k] == "等" && k + 1 < i
      guard s < k, t[s..<k].contains("、") || countedRest else { return }
      // The list may open anywhere in the run (法院对彭发荣、李英等91名被告人):
      // the first start whose names run to the count, its 等 included.
      // It opens after a function word (对, 将, 的是) or after the list of
      // another role (…等5家被告单位、刘某某等6名被告人).
      for start in s..<k
      where start == s || Self.listOpeners.contains(t[start - 1]) {
        let found = strictPartyListWithEnd(at: start, limit: k + 1, recurring: false)
        let reaches = found.end == k || (found.end == k + 1 && t[k] == "等")
        guard reaches, found.names.count >= 2 || (countedRest && found.names.count == 1) else {
          continue
        }
        out.add(plaintiffSide ? .plaintiff : .defendant, found.names, by: .listBeforeRole)
        break
      }
    }
  }

  func skipBlanks(_ at: Int) -> Int {
    var k = at
    while k < doc.folded.count, doc.folded[k] == " " || doc.folded[k] == "\n" { k += 1 }
    return k
  }

  func strictPartyList(at start: Int, limit: Int) -> [ReadParty] {
    strictPartyListWithEnd(at: start, limit: limit).names
  }

  /// A list of names that are surely names: organizations, bodies ending in
  /// a known suffix, anonymised names, and surname-led personal names the
  /// article repeats; joined by 、/和/及/与, closed by 等 / 等人.
  func strictPartyListWithEnd(at start: Int, limit: Int, recurring: Bool = true) -> (
    names: [ReadParty], end: Int
  ) {
    let t = doc.folded
    var names: [ReadParty] = []
    var at = start
    var end = start
    while at < limit, let found = strictName(at: at, limit: limit, recurring: recurring) {
      names.append(ReadParty(name: found.name, span: TextSpan(at, found.end)))
      end = found.end
      if end < limit, t[end] == "等" {
        end += 1
        if end < limit, t[end] == "人" { end += 1 }
        break
      }
      guard end < limit, ["、", "和", "及", "与"].contains(t[end]) else { break }
      at = end + 1
    }
    return (names, end)
  }

  /// One name that is surely a name (see `strictPartyListWithEnd`).
  func strictName(at start: Int, limit: Int, recurring: Bool = true) -> (name: String, end: Int)? {
    let t = doc.folded
    // 两公司, 三被告: a count, not a name; 万, 陆, 伍 are surnames too (以陆某甲涉嫌…).
    guard start < limit,
      !ChineseNumeral.isChineseNumeralScalar(t[start]) || Self.numeralSurnames.contains(t[start])
    else {
      return nil
    }
    if let org = organization(startingAt: start), org.span.end <= limit {
      // A company's branch (…有限责任公司冠县支行) is the party itself.
      let branch =
        org.kind == .company ? branchEnd(after: org.span.end, limit: limit) : org.span.end
      return branch > org.span.end
        ? (org.name + doc.displayText(org.span.end..<branch), branch) : (org.name, org.span.end)
    }
    if let a = anonymisedName(at: start, limit: limit) { return (doc.displayText(a), a.upperBound) }
    // `case.party.pronoun`: 他 / 她, resolved to a person afterwards.
    if let p = pronoun(at: start, limit: limit) { return (p, start + 1) }
    // 该公司, 商家: a word pointing back at a party (resolved or dropped later).
    for (noun, _) in Self.coreferringNouns where t.hasLiteral(noun, at: start) {
      let end = start + noun.unicodeScalars.count
      if end <= limit { return (noun, end) }
    }
    // `case.party.company-pointer`: 公司, 该建筑公司 (resolved or dropped later).
    if let end = companyPointer(at: start, limit: limit) { return (t.text(start..<end), end) }
    if let store = maskedEstablishment(at: start, limit: limit) {
      return (doc.displayText(store), store.upperBound)
    }
    if let body = bodyName(from: start, limit: limit),
      !t[body].contains(where: { Self.notInBodyNames.contains($0) }),
      t[start] == "某" || !Self.functionCharacters.contains(t[start])
    {
      return (doc.displayText(body), body.upperBound)
    }
    if let unit = placeholderUnit(at: start, limit: limit) {
      return (doc.displayText(unit), unit.upperBound)
    }
    if let person = personalName(at: start, limit: limit, recurring: recurring) {
      return (doc.displayText(person), person.upperBound)
    }
    // 王女士, 張姓船長: a person named by surname and form of address.
    if let addressed = CaseToldCues.addressedPerson(t, range: start..<min(limit, start + 1)),
      addressed.start == start
    {
      return (doc.displayText(addressed.range), addressed.end)
    }
    return nil
  }

  /// A personal name from the surname table (欧阳明, 谭月玲, 欧阳某): two or
  /// three characters, closed by a delimiter, a list word or a role, and
  /// standing in the article more than once.
  func personalName(at start: Int, limit: Int, recurring: Bool = true) -> Range<Int>? {
    let t = doc.folded
    // 小明, 老金: a familiar prefix and one character stand for a surname and name.
    let surnamed = SurnameLexicon.surnameLength(in: t, at: start)
    let familiar =
      surnamed == nil && start < limit && Self.familiarPrefixes.contains(t[start])
      && !Self.familiarWords.contains { t.hasLiteral($0, at: start) }
    guard let surname = surnamed ?? (familiar ? 0 : nil) else { return nil }
    for length in (familiar ? [2] : [surname + 2, surname + 1]) where start + length <= limit {
      let end = start + length
      guard (start..<end).allSatisfy({ t[$0].isHan }),
        !(start..<end).contains(where: {
          Self.functionCharacters.contains(t[$0]) || ChineseNumeral.isChineseNumeralScalar(t[$0])
        })
      else { continue }
      let closed =
        end == limit || Self.strongStops.contains(t[end]) || Self.nameFollowers.contains(t[end])
        || CaseRules.roleTrie.longestMatch(in: t, from: end, limit: min(t.count, end + 6)) != nil
        || Self.listCountTails.contains(t[end]) || ChineseNumeral.isNumeralScalar(t[end])
      guard closed else { continue }
      // 公益诉讼, 行政诉讼: the word before 诉讼 names a kind of suit, no person.
      if t.hasLiteral("诉讼", at: end) { continue }
      let name = Array(t[start..<end])
      if Self.notNames.contains(where: { name.hasLiteral($0, at: 0) }) { return nil }
      if let last = name.last, Self.thingEndings.contains(last) { continue }
      // It stands somewhere else too (asked of the occurrence index: no scan
      // of the whole text per candidate).
      if !recurring || occurrences.index.contains(name, where: { $0 != start }) {
        return start..<end
      }
    }
    return nil
  }

  /// 某单位, 某村五组, 某社区: a body masked down to 某 and the word for a unit.
  func placeholderUnit(at start: Int, limit: Int) -> Range<Int>? {
    let t = doc.folded
    guard start < limit, t[start] == "某" else { return nil }
    var k = start + 1
    while k < min(limit, start + 7), t[k].isHan, !Self.notInBodyNames.contains(t[k]) {
      k += 1
      for unit in Self.placeholderUnits where t.hasLiteral(unit, at: k - unit.unicodeScalars.count)
      {
        // The unit word closes the name: 某村五组、, not 某村五组长.
        let closed =
          k >= limit || !t[k].isHan || Self.nameFollowers.contains(t[k])
          || unit.unicodeScalars.count >= 2
        if closed { return start..<k }
      }
    }
    return nil
  }
}

extension CasePartyFinder {
  /// Where the court ending at `end` starts: a court mention, else 人民法院 /
  /// 法院 (the bare word), or nil.
  func courtBefore(_ end: Int, from lower: Int) -> Int? {
    let t = doc.folded
    if let i = organizationIndex.positions(around: end - 1).first(where: {
      organizations[$0].kind == .court && organizations[$0].span.end == end
    }) {
      return organizations[i].span.start
    }
    for w in ["人民法院", "法院"]
    where end - w.unicodeScalars.count >= lower
      && t.hasLiteral(w, at: end - w.unicodeScalars.count)
    {
      return end - w.unicodeScalars.count
    }
    return nil
  }
}
