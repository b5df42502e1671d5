import ChineseText

/// Name shapes the role grammar reads beyond the ones every rule shares
/// (organizations, 某-names, bodies, recurring surname-led names, 王女士):
/// a full name told once after its role word, a role word whose characters a
/// judgment header spaces out (上 訴 人, 被 告), and the procuratorate that
/// appeals or protests.
extension CasePartyFinder {
  /// `case.party.named-once`: a surname-led name of two or three characters
  /// (a compound surname adds one) at `start`, closed by a delimiter or a word
  /// that goes on with the clause (李征琴依法…, 王五因…, 张三、): read once, right
  /// after a role word, where no recurrence is needed.
  func nameNamedOnce(at start: Int, limit: Int) -> Range<Int>? {
    let t = doc.folded
    guard let surname = SurnameLexicon.surnameLength(in: t, at: start),
      !Self.functionCharacters.contains(t[start]),
      organizationIndex.positions(around: start).isEmpty,
      !Self.notNames.contains(where: { t.hasLiteral($0, at: start) }),
      !Self.notGivenNames.contains(where: { t.hasLiteral($0, at: start + surname) }),
      // 申请执行人申请强制执行: a word of the closed set opens no name.
      !CasePartyNameBounds.wordOpens(t, at: start)
    else { return nil }
    for length in [surname + 2, surname + 1] where start + length <= limit {
      let end = start + length
      guard
        (start..<end).allSatisfy({
          t[$0].isHan && !Self.functionCharacters.contains(t[$0])
            && !ChineseNumeral.isChineseNumeralScalar(t[$0]) && t[$0] != "某"
        }),
        !Self.thingEndings.contains(t[end - 1])
      else { continue }
      if end == limit || Self.strongStops.contains(t[end])
        || Self.onceNameClosers.contains(where: { t.hasLiteral($0, at: end) })
        // 判处被告人叶继成有期徒刑三年: the sentence imposed right after the name.
        || CaseRules.penaltyWords.contains(where: { t.hasLiteral($0, at: end) })
        || (CasePartyNameBounds.wordOpens(t, at: end)
          && !CasePartyNameBounds.wordOpens(t, at: end - 1))
      {
        return start..<end
      }
    }
    return nil
  }

  /// `case.party.prosecuted-suspect`: 犯罪嫌疑人 + a name, in a case that tells
  /// a prosecution or trial (提起公诉, 判处, 审理); a suspect never charged
  /// is no party.
  func prosecutedSuspects(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    var tried: Bool?
    forEachCue(Self.suspectCues, in: span) { cue in
      var j = cue.end
      if j < span.end, t[j] == ":" || t[j] == "：" { j += 1 }
      let name: Range<Int>?
      if let a = anonymisedName(at: j, limit: span.end) {
        name = a
      } else {
        name = personalName(at: j, limit: span.end) ?? nameNamedOnce(at: j, limit: span.end)
      }
      guard let name else { return }
      if tried == nil {
        tried = Self.prosecutionWords.contains { t.firstOffset(of: $0, in: span.range) != nil }
      }
      guard tried == true else { return }
      out.add(.defendant, doc.displayText(name), at: TextSpan(name), by: .prosecutedSuspect)
    }
  }

  /// A role word whose characters a judgment header spaces out (上 訴 人, 被 告),
  /// at the start of a line: its range and value in `trie`. Nil for a role
  /// written without spaces (the trie reads those directly).
  func spacedPhrase<V>(at start: Int, limit: Int, in trie: PhraseTrie<V>) -> (
    range: Range<Int>, value: V
  )? {
    let t = doc.folded
    guard start + 2 < limit, t[start].isHan, Self.blanks.contains(t[start + 1]),
      start == 0 || t[start - 1] == "\n" || Self.blanks.contains(t[start - 1])
    else { return nil }
    var scalars: [Unicode.Scalar] = []
    var ends: [Int] = []
    var k = start
    while k < limit, scalars.count < Self.spacedPhraseLength, t[k].isHan {
      scalars.append(t[k])
      k += 1
      ends.append(k)
      let gap = k
      while k < limit, k - gap < 3, Self.blanks.contains(t[k]) { k += 1 }
      if k == gap { break }
    }
    guard let match = trie.longestMatch(in: scalars, from: 0), match.end >= 2 else { return nil }
    return (start..<ends[match.end - 1], match.value)
  }

  /// True when a party's name can open at `start`: an organization, a body
  /// with a known suffix, an anonymised name, or a surname (`case.party.role-copula`).
  func opensPartyName(at start: Int, limit: Int) -> Bool {
    organization(startingAt: start) != nil || anonymisedName(at: start, limit: limit) != nil
      || bodyName(from: start, limit: limit) != nil || startsLikeAName(start)
  }

  /// `case.party.appellant-procuratorate`: 上诉人 / 抗诉机关 (spaced or not, a
  /// bracketed former role and a colon allowed) before a procuratorate.
  func appellantProcuratorates(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    occurrences.index.forEachCandidate(of: Self.appealRoleFirsts, in: span.range) { i in
      guard i < span.end else { return }
      let role: Range<Int>
      if let m = Self.appealRoleTrie.longestMatch(in: t, from: i, limit: span.end) {
        role = i..<m.end
      } else if let spaced = spacedPhrase(at: i, limit: span.end, in: Self.appealRoleTrie) {
        role = spaced.range
      } else {
        return
      }
      var j = role.upperBound
      while j < span.end, Self.blanks.contains(t[j]) { j += 1 }
      // 上诉人（原公诉机关）: the former role in brackets.
      if j < span.end, t[j] == "(" || t[j] == "（",
        let close = t[j..<min(span.end, j + 10)].firstIndex(where: { $0 == ")" || $0 == "）" })
      {
        j = close + 1
      }
      if j < span.end, t[j] == ":" || t[j] == "：" { j += 1 }
      while j < span.end, Self.blanks.contains(t[j]) { j += 1 }
      guard let org = organization(startingAt: j), org.kind == .procuratorate else { return }
      out.add(.plaintiff, org.name, at: org.span, by: .appellantProcuratorate)
    }
  }
}

extension CasePartyFinder {
  /// `case.party.coreference`: the masked form 某X the article writes for a
  /// short company name X (信息公司 → 某信息公司), or nil.
  func maskedForm(of name: String) -> String? {
    guard Self.maskedShortSuffixes.contains(where: { name.hasScalarSuffix($0) }),
      let first = name.unicodeScalars.first, first != "某", name.unicodeScalars.count >= 3
    else { return nil }
    let masked: [Unicode.Scalar] = ["某"] + Array(name.unicodeScalars)
    // Not inside a longer word: 某 opens it (no character of a name before it).
    let t = doc.folded
    guard
      occurrences.index.contains(
        masked,
        where: { at in
          at == 0 || !t[at - 1].isHan || Self.functionCharacters.contains(t[at - 1])
            // 入职某饮品公司, 起诉某公司: a verb before the mask is no part of a name.
            || (at >= 2
              && (t.hasLiteral("入职", at: at - 2) || CasePartyNameBounds.verbOpens(t, at: at - 2)))
        })
    else { return nil }
    return "某" + name
  }
}
