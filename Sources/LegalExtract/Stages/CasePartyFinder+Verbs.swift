import ChineseText

extension CasePartyFinder {
  /// Names listed after one role or verb: 被告人周某某、吴某 → both.
  /// `after`: names the list read before `start` (a name told once), which
  /// make the items from `start` later items; they are not returned again.
  func partyList(
    at start: Int, limit: Int, afterColon: Bool, plain: PlainNames, after earlier: [ReadParty] = []
  ) -> [ReadParty] {
    var names: [ReadParty] = []
    var at = start
    let t = doc.folded
    while let found = partyName(
      at: at, limit: limit, afterColon: afterColon && names.isEmpty && earlier.isEmpty, plain: plain
    )
      ?? laterListItem(at: at, limit: limit, after: earlier + names, plain: plain)
    {
      names.append(ReadParty(name: found.name, span: TextSpan(at, found.end)))
      guard found.end < limit, ["、", "及", "和"].contains(t[found.end]) else { break }
      at = found.end + 1
      // 被告甲、第三人乙: another role word ends this role's list (`forEachRole` reads its own).
      if CasePartyRoles.trie.longestMatch(in: t, from: at, limit: min(limit, at + 10)) != nil {
        break
      }
      // 及其关联Q公司: skip the relation words before the next name.
      // 被告人李某和其子李某某: a kinship word before the next name is no name.
      for filler in Self.listFillers where t.hasLiteral(filler, at: at) {
        at += filler.unicodeScalars.count
        break
      }
    }
    return names
  }

  /// A later item of a list after a role word (`listItemName`), once the
  /// list has read a name.
  private func laterListItem(at start: Int, limit: Int, after names: [ReadParty], plain: PlainNames)
    -> (name: String, end: Int)?
  {
    guard !names.isEmpty, case .afterRole = plain else { return nil }
    return listItemName(at: start, limit: limit)
  }

  /// Parties named by what happens to them: 甲将乙诉至法院 (甲 sues 乙),
  /// 判处乙…, 判令乙…, 判决撤销乙作出的… (乙 is a defendant).
  func fromVerbs(in span: TextSpan, title: CaseTitleText, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.partyVerbCues, in: span) { cue in
      let at = cue.at
      switch CaseRules.partyVerbs[cue.index].role {
      case .defendantAfter:
        out.add(
          .defendant,
          partyList(at: cue.end, limit: span.end, afterColon: false, plain: .inTitle(title)),
          by: .procedureVerb)
      case .agencyAfter:
        // 判决撤销X局作出的…: only a body is sued this way (not 撤销张某与李某的婚姻关系).
        if let org = organization(startingAt: cue.end), org.kind == .agency {
          out.add(.defendant, org.name, at: org.span, by: .procedureVerb)
        } else if let organ = organName(at: cue.end, limit: span.end) {
          // `case.party.reviewed-organ`: 判决确认区住建局…违法 (a short name no stage reads).
          out.add(.defendant, doc.displayText(organ), at: TextSpan(organ), by: .reviewedOrgan)
        }
      case .suit:
        suit(endingAt: at, span: span, into: &out)
      case .prosecution:
        // …对李某某等16名被告人提起公诉: the names after 对; the list's 、 and a
        // bracketed character (偷越国（边）境) stay inside the clause.
        let clause = clauseStart(before: at, from: span.start, acrossLists: true)
        if let dui = t[clause..<at].lastIndex(of: "对") {
          out.add(
            .defendant,
            partyList(at: dui + 1, limit: at, afterColon: false, plain: .clauseSubject),
            by: .procedureVerb)
        }
      }
    }
    sentenced(in: span, into: &out)
    sentencedByCourt(in: span, into: &out)
    sentencedLists(in: span, into: &out)
    takenToCourt(in: span, into: &out)
    withdrawn(in: span, into: &out)
  }

  /// An organ named by a short name ending in an organ suffix (区住建局,
  /// 源潭镇政府), closed by what follows it.
  func organName(at start: Int, limit: Int) -> Range<Int>? {
    guard let body = bodyName(from: start, limit: limit),
      Self.organSuffixes.contains(where: { doc.folded.text(body).hasScalarSuffix($0) }),
      !doc.folded[body].contains(where: { Self.notInBodyNames.contains($0) })
    else { return nil }
    return body
  }

  /// `case.party.takes-to-court`: 甲(一纸诉状)将/把乙告上法庭 / 告到法院.
  private func takenToCourt(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.takeToCourtCues, in: span) { cue in
      // The one taken may be a list (将金某的监护人、兄弟三人中的大哥告上…).
      let start = clauseStart(before: cue.at, from: span.start, acrossLists: true)
      guard let jiang = t[start..<cue.at].lastIndex(where: { $0 == "将" || $0 == "把" }) else {
        return
      }
      takeParties(
        suer: start, jiang: jiang, verb: cue.at, span: span, rule: .takesToCourt, into: &out)
    }
  }

  /// The parties of 甲…将乙…VERB: 乙 (a list reaching the verb) is taken to
  /// court, 甲 (opening the clause, maybe before an adverbial) takes him.
  func takeParties(
    suer start: Int, jiang: Int, verb: Int, span: TextSpan, rule: CasePartyRule,
    into out: inout Parties
  ) {
    let t = doc.folded
    var taken = partyList(at: jiang + 1, limit: verb, afterColon: false, plain: .clauseSubject)
    // `case.party.taken-after-modifier`: 将作出决定的甲局、乙局一并告上法庭 / 将其关联公司
    // 某科技公司诉至法院: a modifier before the names, an adverb after them.
    var takenBy = rule
    if taken.isEmpty {
      taken = takenAfterModifier(from: jiang + 1, verb: verb)
      takenBy = .takenAfterModifier
    }
    // `case.party.guard.possessor`: 将金某的监护人…告上法庭 takes the guardian, not 金某.
    if let last = taken.last, last.span.end < verb, t[last.span.end] == "的" {
      for n in taken {
        out.reject(n.span, proposedBy: rule, by: .possessor, detail: n.name)
      }
    } else {
      out.add(.defendant, taken, by: takenBy)
    }
    var subjectEnd = jiang
    for adverbial in Self.suitAdverbials
    where t.hasLiteral(adverbial, at: jiang - adverbial.unicodeScalars.count) {
      subjectEnd = jiang - adverbial.unicodeScalars.count
      break
    }
    // The one who sues opens the clause (张老太于…将…, 老金一纸诉状将…), maybe
    // after a descriptor (消费者郭某将…).
    // `case.party.subject-carried`: 邓某在多次催要无果后，无奈将该公司…告上法庭: a
    // clause of adverbs alone continues its sentence's topic.
    if slotIsBare(from: start, to: jiang) {
      if let topic = topic(before: start, in: span) {
        let other = Set(out.defendants)
        let suers = topic.names.filter { !other.contains($0.name) && !isCourt($0.name) }
        out.add(.plaintiff, suers, by: .subjectCarried)
      }
      return
    }
    let named = skipDescriptor(at: start, limit: subjectEnd)
    if let found = partyName(at: named, limit: subjectEnd, afterColon: false, plain: .clauseSubject)
    {
      out.add(.plaintiff, found.name, at: TextSpan(named, found.end), by: rule)
      return
    }
    // 网店主朱蕾将…告上法庭: the subject slot's noun before the names.
    let slot = subjectSlot(from: start, to: jiang)
    if !slot.isEmpty {
      out.add(.plaintiff, slot, by: rule)
      return
    }
  }

  /// `case.party.withdraws`: 谢兴汉等14人提出撤诉申请 (the list may close with
  /// 等 and a count of people).
  private func withdrawn(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.withdrawCues, in: span) { cue in
      let start = skipBlanks(clauseStart(before: cue.at, from: span.start))
      let found = strictPartyListWithEnd(at: start, limit: cue.at, recurring: false)
      guard !found.names.isEmpty else { return }
      var k = found.end
      if k < cue.at, t[k - 1] == "等" || t[k] == "等" {
        if t[k] == "等" { k += 1 }
        while k < cue.at, ChineseNumeral.isNumeralScalar(t[k]) { k += 1 }
        if k < cue.at, Self.countedRestUnits.contains(t[k]) { k += 1 }
      }
      guard k == cue.at else { return }
      out.add(.plaintiff, found.names, by: .withdraws)
    }
  }

  /// 判处马某某有期徒刑一年六个月，冯某、韩某有期徒刑十个月: anonymised names
  /// right before a penalty were sentenced, so they are defendants.
  private func sentenced(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.penaltyCues, in: span) { cue in
      let at = cue.at
      // Walk back over a list of anonymised names ending at the penalty.
      var names: [ReadParty] = []
      var byName: [ReadParty] = []
      var end = at
      while end - 2 >= span.start {
        let candidates = [end - 3, end - 2].filter { $0 >= span.start }
        // An anonymised name (冯某), or a plain one right after 判处 (判处张强拘役…).
        let anonymised = candidates.first { c in
          anonymisedName(at: c, limit: end).map { $0.upperBound == end } ?? false
        }
        let plain = candidates.first { c in
          c >= span.start + 2 && t.hasLiteral("判处", at: c - 2)
            && (c..<end).allSatisfy { t[$0].isHan }
            && !(c..<end).contains { ChineseNumeral.isChineseNumeralScalar(t[$0]) }
            && !Self.notNames.contains { Array(t[c..<end]).hasLiteral($0, at: 0) }
        }
        // `case.party.sentenced-by-name`: 均判廖正良有期徒刑: a surname-led name
        // the article repeats, right after 判.
        let surnamed =
          anonymised ?? plain != nil
          ? nil
          : candidates.first { c in
            c > span.start && t[c - 1] == "判"
              && personalName(at: c, limit: end, recurring: true) == c..<end
          }
        guard let start = anonymised ?? plain ?? surnamed,
          start == span.start || !t[start - 1].isHan
            || ["、", "处", "判", "对", "犯"].contains(t[start - 1])
        else { break }
        let read = ReadParty(name: t.text(start..<end), span: TextSpan(start, end))
        if surnamed != nil { byName.append(read) } else { names.insert(read, at: 0) }
        guard start - 1 >= span.start, t[start - 1] == "、" else { break }
        end = start - 1
      }
      out.add(.defendant, names, by: .procedureVerb)
      out.add(.defendant, byName, by: .sentencedByName)
    }
    // `case.party.sentenced-by-name`: 黎强被判处有期徒刑14年.
    forEachCue(Self.passiveSentenceCues, in: span) { cue in
      guard cue.at - 2 >= span.start else { return }
      // `case.party.guard.acquitted`: 张某某被判无罪 sentences nobody.
      if t.hasLiteral("无罪", at: cue.end) {
        out.reject(
          TextSpan(cue.at, cue.end + 2), proposedBy: .sentencedByName, by: .acquitted,
          detail: t.text(cue.at..<cue.end + 2))
        return
      }
      for start in [cue.at - 3, cue.at - 2] where start >= span.start {
        let named =
          anonymisedName(at: start, limit: cue.at) == start..<cue.at
          || personalName(at: start, limit: cue.at, recurring: true) == start..<cue.at
        guard named,
          start == span.start || !t[start - 1].isHan || Self.nameOpeners.contains(t[start - 1])
            // 法人代表蒋某辉被判处: a unit's post names the person after it.
            || Self.unitPosts.contains(where: {
              t.hasLiteral($0, at: start - $0.unicodeScalars.count)
            })
            // 最终叶某龙获刑, 随后王某被判处: a clause opener before the name.
            || Self.clauseOpeners.contains(where: {
              start - $0.unicodeScalars.count >= span.start
                && t.hasLiteral($0, at: start - $0.unicodeScalars.count)
            })
        else { continue }
        out.add(
          .defendant, t.text(start..<cue.at), at: TextSpan(start, cue.at), by: .sentencedByName)
        return
      }
    }
  }

  /// 甲(于…)将乙(及丙)诉至 / 起诉至: 乙 and 丙 are defendants, 甲 the plaintiff.
  private func suit(endingAt verb: Int, span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    // 小胡将小凡、小阎及…承保公司诉至法院: the list's 、 stays inside the clause.
    let start = clauseStart(before: verb, from: span.start, acrossLists: true)
    guard let jiang = t[start..<verb].lastIndex(where: { $0 == "将" || $0 == "把" }) else {
      // 张某不服仲裁裁决，诉至法院: the one who sues opens the sentence.
      let sentence =
        doc.sentenceIndex(containing: verb).map { max(doc.sentences[$0].lowerBound, span.start) }
        ?? span.start
      var s = sentence
      while s < verb, t[s] == " " || t[s] == "\n" { s += 1 }
      if let found = partyName(at: s, limit: verb, afterColon: false, plain: .clauseSubject) {
        out.add(.plaintiff, found.name, at: TextSpan(s, found.end), by: .procedureVerb)
        out.courtSuers.append(found.name)
        return
      }
      // …仲裁委终结审理后，黄某诉至法院: the names that fill the verb's own clause.
      let slot = subjectSlot(from: clauseStart(before: verb, from: s), to: verb)
      if !slot.isEmpty {
        out.add(.plaintiff, slot, by: .procedureVerb)
        out.courtSuers += slot.map(\.name)
        return
      }
      // `case.party.dissatisfied-sues`: …，该公司对仲裁裁决不服，诉至法院.
      guard let bufu = t[s..<verb].lastIndex(of: "不"), t.hasLiteral("不服", at: bufu) else { return }
      let cs = skipBlanks(clauseStart(before: bufu, from: s))
      if let found = strictName(at: cs, limit: bufu),
        found.end == bufu || t[found.end] == "对" || t[found.end] == "因"
      {
        out.add(.plaintiff, found.name, at: TextSpan(cs, found.end), by: .dissatisfiedSues)
        out.courtSuers.append(found.name)
      }
      return
    }
    takeParties(
      suer: start, jiang: jiang, verb: verb, span: span, rule: .procedureVerb, into: &out)
  }
}

extension CasePartyFinder {
  /// The names that reach `verb` (or an adverb before it: 一并, 一起) after a
  /// modifier that ends with 的 or with the noun of a relation (其关联公司):
  /// each start after a 的 or at a 某 is tried in turn, the first list that
  /// reaches the verb wins. Empty when none does.
  func takenAfterModifier(from start: Int, verb: Int) -> [ReadParty] {
    let t = doc.folded
    var end = verb
    for adverb in Self.jointAdverbs
    where t.hasLiteral(adverb, at: verb - adverb.unicodeScalars.count) {
      end = verb - adverb.unicodeScalars.count
      break
    }
    guard end - start >= 3 else { return [] }
    for p in (start + 1)..<end where t[p - 1] == "的" || (t[p] == "某" && t[p - 1] != "某") {
      let found = strictPartyListWithEnd(at: p, limit: end, recurring: false)
      if !found.names.isEmpty, found.end == end { return found.names }
    }
    return []
  }
}
