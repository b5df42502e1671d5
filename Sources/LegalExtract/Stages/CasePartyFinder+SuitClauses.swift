import ChineseText

/// The suit-clause grammar: who sued whom, read from the clause whatever its
/// direction (甲起诉乙, 乙被甲起诉, 甲…，后诉至法院, 2人诉至法院), from what the
/// court orders (判决乙支付…), and from a role said of a name (甲作为原告).
/// One subject reader serves every form: a name list (any name shape the
/// finder reads), a count that recalls a list, or, when the clause has none,
/// the topic its sentence (or the sentence before) opened with.
extension CasePartyFinder {
  func fromSuitClauses(in span: TextSpan, into out: inout Parties) {
    courtOrders(in: span, into: &out)
    suedPassive(in: span, into: &out)
    subjectlessSuits(in: span, into: &out)
    rolesAsPredicate(in: span, into: &out)
  }

  // MARK: - 乙被甲起诉

  /// `case.party.sued-passive`: 乙被甲(以…为由 / 向法院)起诉 / 告上法庭 / 诉至法院.
  private func suedPassive(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.passiveSuitCues, in: span) { cue in
      let sentenceStart =
        doc.sentenceIndex(containing: cue.at).map { max(doc.sentences[$0].lowerBound, span.start) }
        ?? span.start
      let clause = clauseStart(before: cue.at, from: sentenceStart, acrossLists: true)
      guard
        let bei = t[clause..<cue.at].lastIndex(where: { $0 == "被" }),
        bei + 1 < cue.at,
        !Self.notPassiveAfterBei.contains(where: { t.hasLiteral($0, at: bei + 1) })
      else { return }
      let agent = strictPartyListWithEnd(at: bei + 1, limit: cue.at, recurring: false)
      guard !agent.names.isEmpty,
        agent.end == cue.at || Self.passiveAgentFollowers.contains(t[agent.end])
      else { return }
      // A court or procuratorate after 被 prosecutes or judges; the prosecution
      // rules read it (被检察院以…罪起诉).
      guard !agent.names.contains(where: { isCourt($0.name) }) else {
        for n in agent.names {
          out.reject(n.span, proposedBy: .suedPassive, by: .courtDoesNotSue, detail: n.name)
        }
        return
      }
      out.add(.plaintiff, agent.names, by: .suedPassive)
      out.courtSuers += agent.names.map(\.name)
      let opening = skipOpeners(skipBlanks(clause), limit: bei)
      let sued = strictPartyListWithEnd(at: opening, limit: bei)
      if !sued.names.isEmpty,
        sued.end == bei
          || Self.suerAdverbs.contains(where: { adverb in
            t.hasLiteral(adverb, at: sued.end) && sued.end + adverb.unicodeScalars.count == bei
          })
      {
        out.add(.defendant, sued.names, by: .suedPassive)
      } else if opening == bei, let topic = topic(before: clause, in: span) {
        out.add(.defendant, topic.names, by: .suedPassive)
      }
    }
  }

  // MARK: - …，后诉至法院 / 2人诉至法院

  /// `case.party.subject-carried`, `case.party.counted-subject`: a suit clause
  /// that opens with no name (后诉至法院, 今年3月向法院起诉) is told of its
  /// sentence's topic; one that opens with a count (2人诉至法院) of the nearest
  /// list of as many names.
  private func subjectlessSuits(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    var done = Set<Int>()
    forEachCue(Self.subjectlessSuitCues, in: span) { cue in
      let sentenceStart =
        doc.sentenceIndex(containing: cue.at).map { max(doc.sentences[$0].lowerBound, span.start) }
        ?? span.start
      // Brackets (（以下简称…）) stay inside the clause.
      let clause =
        (t[sentenceStart..<cue.at].lastIndex(where: { Self.clauseBreaks.contains($0) })).map {
          $0 + 1
        } ?? sentenceStart
      guard !done.contains(clause) else { return }
      let arbitration = Self.arbitrationVerbs.contains(cue.phrase)
      // 支持起诉 / 不起诉 / 审查起诉: no party's suit.
      if cue.at > span.start, Self.notASuitBefore.contains(t[cue.at - 1]) { return }
      // 提起诉讼确有困难: the verb as a noun, no suit told. Told, it ends its
      // clause or goes on to the court or the claim (起诉至法院, 起诉要求…).
      if !Self.suitsReachingCourt.contains(cue.phrase), cue.end < span.end,
        !Self.clauseBreaks.contains(t[cue.end]), t[cue.end] != "。",
        !Self.suitContinuations.contains(where: { t.hasLiteral($0, at: cue.end) })
      {
        return
      }
      let opening = skipOpeners(skipBlanks(clause), limit: cue.at)
      // The clause must go straight on to the suit: its verb, or 向/于/将 before it.
      if let count = countedSubject(at: opening, limit: cue.at) {
        done.insert(clause)
        guard let list = recalledList(of: count.count, before: clause, in: span) else { return }
        out.add(.plaintiff, list, by: .countedSubject)
        if arbitration {
          out.arbitrationApplicants += list
        } else {
          out.courtSuers += list.map(\.name)
        }
        return
      }
      // 田某等28位劳动者申请劳动仲裁: names, a count and a kind of party.
      if let subject = subjectPhrase(at: opening, limit: cue.at), !subject.names.isEmpty {
        done.insert(clause)
        out.add(.plaintiff, subject.names, by: .appliesOrSues)
        if arbitration {
          out.arbitrationApplicants += subject.names
        } else {
          out.courtSuers += subject.names.map(\.name)
        }
        return
      }
      guard opening == cue.at || Self.suitVerbOpeners.contains(t[opening]) else { return }
      // 向法院起诉 with a name between 向 and the verb is another form (甲向乙…).
      done.insert(clause)
      guard let topic = topic(before: clause, in: span) else { return }
      let other = Set(out.defendants)
      let suers = topic.names.filter { !other.contains($0.name) && !isCourt($0.name) }
      guard !suers.isEmpty else { return }
      out.add(.plaintiff, suers, by: .subjectCarried)
      if arbitration {
        out.arbitrationApplicants += suers
      } else {
        out.courtSuers += suers.map(\.name)
      }
    }
  }

  /// A subject noun phrase that runs to `limit` or to a word that goes
  /// straight on to the verb (向, 于, 遂): names, then 等 and a count and a
  /// kind of party (田某等28位劳动者), or the names alone.
  func subjectPhrase(at start: Int, limit: Int) -> (names: [ReadParty], end: Int)? {
    let t = doc.folded
    let found = strictPartyListWithEnd(at: start, limit: limit)
    guard !found.names.isEmpty, found.end > start else { return nil }
    var k = found.end
    if t[k - 1] == "等" || (k < limit && t[k] == "等") {
      if k < limit, t[k] == "等" { k += 1 }
      while k < limit, ChineseNumeral.isNumeralScalar(t[k]) { k += 1 }
      if k < limit, Self.countedPersonClassifiers.contains(t[k]) { k += 1 }
      if let noun = Self.genericPartyNouns.first(where: { t.hasLiteral($0, at: k) }) {
        k += noun.unicodeScalars.count
      }
    } else {
      // Names alone reaching the verb zone are the other rules' form (甲向…起诉).
      return nil
    }
    let zone = skipOpeners(k, limit: limit)
    guard zone == limit || Self.suitVerbOpeners.contains(t[zone]) else { return nil }
    return (found.names, k)
  }

  /// 2人 / 二人 / 两人 / 三人 opening a clause: the count.
  private func countedSubject(at start: Int, limit: Int) -> (count: Int, end: Int)? {
    let t = doc.folded
    guard start + 1 < limit, t[start + 1] == "人" else { return nil }
    let digit =
      ChineseNumeral.isArabicDigit(t[start])
      ? Int(t[start].value) - 48 : ChineseNumeral.digit(t[start])
    guard let value = digit, (2...9).contains(value) else { return nil }
    return (value, start + 2)
  }

  /// The nearest list of exactly `count` names (persons or bodies) before
  /// `offset` in the case: what 2人 / 三人 point back at.
  private func recalledList(of count: Int, before offset: Int, in span: TextSpan) -> [ReadParty]? {
    let t = doc.folded
    let floor = max(span.start, offset - Self.recalledListReach * 4)
    var p = offset - 1
    while p >= floor {
      defer { p -= 1 }
      guard
        p == span.start || !t[p - 1].isHan || Self.nameOpeners.contains(t[p - 1])
          || t[p - 1] == "和" || t[p - 1] == "的"
      else { continue }
      let list = strictPartyListWithEnd(at: p, limit: offset)
      // A list, not the tail of one (李涛和宋玉峰, not 宋玉峰 alone).
      guard list.names.count == count, p == span.start || t[p - 1] != "、" else { continue }
      return list.names
    }
    return nil
  }

  /// The topic a subjectless clause at `clause` continues: walking back over
  /// the clauses before it (into the sentence before when its own run out),
  /// the nearest one that opens with a name. A clause with no subject
  /// (要求对方赔偿, 无果) or a temporal one (工程结束后) is passed over; one whose
  /// subject cannot be read blocks the walk, unless an earlier clause of the
  /// sentence is a speech (高先生认为，…) whose content it is.
  func topic(before clause: Int, in span: TextSpan) -> (names: [ReadParty], end: Int)? {
    let t = doc.folded
    guard let si = doc.sentenceIndex(containing: clause) else { return nil }
    var blocked = false
    var sentence = si
    var end = clause
    while sentence >= 0, sentence >= si - 1 {
      let lower = max(doc.sentences[sentence].lowerBound, span.start)
      while end > lower {
        // The clause before `end`: from the break before it (or the sentence start).
        let stop = end - 1
        let start =
          (t[lower..<stop].lastIndex(where: { Self.clauseBreaks.contains($0) })).map { $0 + 1 }
          ?? lower
        defer { end = start }
        let closing = Self.clauseBreaks.contains(t[stop]) || t[stop] == "。" ? stop : end
        let opening = skipOpeners(skipBlanks(start), limit: closing)
        guard opening < closing else { continue }
        if Self.temporalClauseEnds.contains(where: { w in
          let n = w.unicodeScalars.count
          return closing - n >= opening && t.hasLiteral(w, at: closing - n)
        }) {
          continue
        }
        let found =
          nameList(at: opening, before: Self.subjectFollowerList, in: TextSpan(opening, closing))
          ?? strictPartyListWithEnd(at: opening, limit: closing)
        if !found.names.isEmpty, found.end < closing, t[found.end] != "的" {
          let speech = Self.speechVerbs.contains { w in
            let n = w.unicodeScalars.count
            return closing - n >= found.end && t.hasLiteral(w, at: closing - n)
          }
          return !blocked || speech ? found : nil
        }
        if Self.subjectlessOpenings.contains(where: { t.hasLiteral($0, at: opening) })
          || Self.suitVerbOpeners.contains(t[opening])
        {
          continue
        }
        // A subject this cannot read: only a speech before may still own the clause.
        blocked = true
      }
      // Into the sentence before only when nothing blocked the walk.
      guard !blocked, sentence > 0, doc.sentences[sentence - 1].lowerBound >= span.start else {
        return nil
      }
      sentence -= 1
      end = doc.sentences[sentence].upperBound
    }
    return nil
  }

  /// Openers before a clause's subject or verb: connectives, time words and
  /// dates (后, 随后, 今年3月17日, 二零零九年二月), passed over.
  func skipOpeners(_ at: Int, limit: Int) -> Int {
    let t = doc.folded
    var k = at
    var moved = true
    while moved, k < limit {
      moved = false
      if let w = Self.clauseOpeners.first(where: { t.hasLiteral($0, at: k) }) {
        k += w.unicodeScalars.count
        moved = true
        continue
      }
      // A date: digits or numerals closed by 年 / 月 / 日 / 号.
      var d = k
      while d < limit, ChineseNumeral.isNumeralScalar(t[d]) || t[d] == "〇" || t[d] == "零" {
        d += 1
      }
      if d > k, d < limit, Self.dateUnits.contains(t[d]) {
        k = d + 1
        moved = true
      }
    }
    return min(k, limit)
  }

  // MARK: - 判决乙支付…

  /// `case.party.court-orders`: 判决 / 判令 / 裁决 / 责令 + names + 支付 / 赔偿 /
  /// 返还 …: the ones ordered are defendants (被告 / 被申请人 before them is passed).
  private func courtOrders(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.orderCues, in: span) { cue in
      var k = cue.end
      // 判决，黄某偿还… / 裁决，某公司应支付…: a comma after the order opens its item.
      if k < span.end, t[k] == "，" || t[k] == "," { k += 1 }
      for filler in Self.orderFillers where t.hasLiteral(filler, at: k) {
        k += filler.unicodeScalars.count
        break
      }
      guard let found = nameList(at: k, before: Self.orderedActList, in: span) else { return }
      // 判令检察院… / 判决法院…: a court or procuratorate is ordered nothing as a party.
      let parties = found.names.filter { !isCourt($0.name) && !isPointer($0.name) }
      guard !parties.isEmpty else { return }
      out.add(.defendant, parties, by: .courtOrders)
      // 判决某二手车店向田某返还购车款: the one paid, named after 向 and before
      // the act, is the one who claimed.
      if found.end < span.end, t[found.end] == "向",
        let payee = strictName(at: found.end + 1, limit: min(span.end, found.end + 20)),
        Self.orderedActList.contains(in: t, at: payee.end), t[payee.end] != "向",
        !isCourt(payee.name), !isPointer(payee.name)
      {
        out.add(.plaintiff, payee.name, at: TextSpan(found.end + 1, payee.end), by: .courtOrders)
        return
      }
      // 判决黄某偿还喻某借款 / 某公司应支付谭某工资款: the one paid, right after the
      // act and before what is paid, is the one who claimed.
      var act = found.end
      for modal in Self.modalsBeforeActs where t.hasLiteral(modal, at: act) {
        act += modal.unicodeScalars.count
        break
      }
      guard let paid = Self.paidActs.first(where: { t.hasLiteral($0, at: act) }) else { return }
      let payeeAt = act + paid.unicodeScalars.count
      guard payeeAt < span.end,
        let payee = strictName(at: payeeAt, limit: min(span.end, payeeAt + 20)),
        Self.paidThings.contains(where: { t.hasLiteral($0, at: payee.end) }),
        !isCourt(payee.name), !isPointer(payee.name),
        !parties.contains(where: { $0.name == payee.name })
      else { return }
      out.add(.plaintiff, payee.name, at: TextSpan(payeeAt, payee.end), by: .courtOrders)
    }
  }

  // MARK: - 甲作为原告

  /// `case.party.role-as-predicate`: 甲(、乙)作为原告 / 系本案被告 / 为被申请人.
  private func rolesAsPredicate(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachRole(in: span) { role, plaintiffSide in
      var k = role.lowerBound
      if k - 2 >= span.start, t.hasLiteral("本案", at: k - 2) { k -= 2 }
      guard
        let linker = Self.roleLinkers.first(where: { w in
          let n = w.unicodeScalars.count
          return k - n >= span.start && t.hasLiteral(w, at: k - n)
        })
      else { return }
      let linkAt = k - linker.unicodeScalars.count
      let clause = clauseStart(before: linkAt, from: span.start, acrossLists: true)
      // 以X为被告 is `case.party.named-as-defendant`.
      guard t[clause..<linkAt].firstIndex(of: "以") == nil else { return }
      let opening = skipOpeners(skipBlanks(clause), limit: linkAt)
      let found = strictPartyListWithEnd(at: opening, limit: linkAt, recurring: false)
      guard !found.names.isEmpty, found.end == linkAt,
        !found.names.contains(where: { isCourt($0.name) })
      else { return }
      out.add(plaintiffSide ? .plaintiff : .defendant, found.names, by: .roleAsPredicate)
    }
  }

  // MARK: - Shared

  /// The predicate words `nameList` stops at, compiled once (it tests them at
  /// every offset of the list it reads).
  static let subjectFollowerList = LiteralList(subjectFollowers)
  static let orderedActList = LiteralList(orderedActs)

  /// A name list from `start` that runs up to one of `words` (李业克多次…,
  /// 刘家帮支付…): a surname-led name needs no closing mark where a word of
  /// the clause's predicate follows it.
  func nameList(at start: Int, before words: LiteralList, in span: TextSpan) -> (
    names: [ReadParty], end: Int
  )? {
    let t = doc.folded
    var p = start + 2
    while p < min(span.end, start + Self.nameListReach) {
      defer { p += 1 }
      guard words.contains(in: t, at: p) else { continue }
      // 判决李某应偿还…: the modal before the act is no part of the name.
      var q = p
      for modal in Self.modalsBeforeActs
      where p - modal.unicodeScalars.count > start
        && t.hasLiteral(modal, at: p - modal.unicodeScalars.count)
      {
        q = p - modal.unicodeScalars.count
        break
      }
      let found = strictPartyListWithEnd(at: start, limit: q)
      // 商场, 医院: a body's kind word alone names no party.
      guard !found.names.isEmpty, found.end == q,
        !found.names.contains(where: { CaseRules.bodySuffixes.contains($0.name) })
      else { continue }
      return found
    }
    return nil
  }

  /// True when `name` is a court (or a procuratorate, unless it sues as one).
  func isCourt(_ name: String) -> Bool {
    isOrganizationName(name, ofKind: [.court])
      || name == "法院" || name.hasScalarSuffix("法院")
  }

  /// True when `name` points back (该公司, 他) rather than names.
  func isPointer(_ name: String) -> Bool {
    Self.coreferringNouns[name] != nil || opensAnaphor(name)
  }

  /// `case.party.guard.hypothetical`: parties a verb rule read in a clause
  /// that follows a condition (…不履行的，检察机关依法…提起诉讼).
  func dropHypothetical(_ out: inout Parties) {
    let t = doc.folded
    let stated: Set<CasePartyRule> = [.title, .titleOffender, .roleList, .chargedList, .namedOnce]
    var dropped: [(CasePartyFinding.Side, String)] = []
    for i in out.findings.indices where out.findings[i].droppedBy == nil {
      let f = out.findings[i]
      guard !stated.contains(f.rule), f.span.start >= 2,
        let si = doc.sentenceIndex(containing: f.span.start)
      else { continue }
      let lower = doc.sentences[si].lowerBound
      guard lower < f.span.start,
        let brk = t[lower..<f.span.start].lastIndex(where: { Self.clauseBreaks.contains($0) }),
        brk > lower, t[brk - 1] == "的"
      else { continue }
      out.findings[i].droppedBy = .hypothetical
      dropped.append((f.side, f.name))
    }
    for (side, name) in dropped {
      // Kept when another finding names it on the same side outside a condition.
      guard
        !out.findings.contains(where: { $0.name == name && $0.side == side && $0.droppedBy == nil })
      else { continue }
      switch side {
      case .plaintiff: out.plaintiffs.removeAll { $0 == name }
      case .defendant: out.defendants.removeAll { $0 == name }
      }
    }
  }
}
