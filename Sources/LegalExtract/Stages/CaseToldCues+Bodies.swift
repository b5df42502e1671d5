import ChineseText

extension CaseToldCues {
  /// 向 + a named body + 发出/制发 + (诉前)检察建议 in one clause: a
  /// procuratorate's demand on one body, as public-interest news tells one
  /// case (case.told.recommendation-to-body). A class of bodies (相关部门,
  /// 各乡镇) or a count after the demand (检察建议12件) tells none.
  static func recommendationToBody(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    let word = CaseToldRules.recommendationWord
    var from = range.lowerBound
    while let at = t.firstOffset(of: word, in: from..<range.upperBound) {
      from = at + word.count
      // Counted after it: 检察建议12件 / 检察建议3份.
      if from < range.upperBound, ChineseNumeral.isNumeralScalar(t[from]) { continue }
      // The sending verb right before, fillers between (发出诉前检察建议).
      var k = at
      var stepped = true
      while stepped {
        stepped = false
        for f in CaseToldRules.recommendationFillers
        where k - f.count >= range.lowerBound && t.hasLiteral(f, at: k - f.count) {
          k -= f.count
          stepped = true
          break
        }
      }
      guard
        let verb = CaseToldRules.recommendationVerbs.first(where: {
          k - $0.count >= range.lowerBound && t.hasLiteral($0, at: k - $0.count)
        })
      else { continue }
      let verbAt = k - verb.count
      // 向 in the same clause before the verb.
      var xiang: Int?
      var b = verbAt - 1
      while b >= max(range.lowerBound, verbAt - CaseToldRules.recommendationReach) {
        if CaseToldRules.clauseEnds.contains(t[b]) { break }
        if t[b] == "向" {
          xiang = b
          break
        }
        b -= 1
      }
      guard let xiang, namedBody(t, in: (xiang + 1)..<verbAt),
        // A plan (下一步将向…发出检察建议) sends nothing yet.
        !(xiang > range.lowerBound && t[xiang - 1] == "将"),
        !CaseSplitter.isPlanned(t, at: xiang, range: range)
      else { continue }
      return TextSpan(xiang, at + word.count)
    }
    return nil
  }

  /// True when `range` opens with a body's own name: no class opening, no
  /// count, and a body suffix after at least two characters of name.
  private static func namedBody(_ t: [Unicode.Scalar], in range: Range<Int>) -> Bool {
    guard range.count >= 3 else { return false }
    if CaseToldRules.bodyClassOpenings.contains(where: { t.hasLiteral($0, at: range.lowerBound) }) {
      return false
    }
    var k = range.lowerBound
    while k < range.upperBound {
      let c = t[k]
      if ChineseNumeral.isArabicDigit(c) { return false }
      guard c.isHan else { return false }
      if k - range.lowerBound >= 2,
        CaseToldRules.recommendedBodySuffixTrie.longestMatch(
          in: t, from: k, limit: range.upperBound)
          != nil
      {
        return true
      }
      k += 1
    }
    return false
  }

  /// 一名/一家 + a kind, judged or charged later in the same sentence
  /// (case.told.one-party-judged): 一名僱主因…被勞工處檢控，…被判監禁三個月.
  static func onePartyJudged(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    for count in CaseToldRules.onePartyCounts {
      var from = range.lowerBound
      while let at = t.firstOffset(of: count, in: from..<range.upperBound) {
        from = at + count.count
        if at > range.lowerBound, CaseToldRules.notOnePartyBefore.contains(t[at - 1]) { continue }
        // The kind: Han characters right after the count.
        var e = from
        while e < min(range.upperBound, from + CaseToldRules.onePartyNounReach), t[e].isHan {
          e += 1
        }
        guard e > from else { continue }
        var k = e
        let reach = min(range.upperBound, at + CaseToldRules.onePartySentenceReach)
        while k < reach, !CaseToldRules.sentenceEnds.contains(t[k]) || t[k] == "；" {
          if t[k] == "被" || t[k] == "罪",
            CaseToldRules.judgedOrCharged.contains(where: { t.hasLiteral($0, at: k) })
          {
            return TextSpan(at, e)
          }
          k += 1
        }
      }
    }
    return nil
  }

  /// A named party taking another to court (case.told.suit-brought): a suit
  /// verb whose clause opens with a party's name ended by 将 or 向
  /// (朱某将某局告上法庭 / 甲公司向法院起诉), not in a plan.
  static func suitBrought(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    var i = range.lowerBound
    while i < range.upperBound {
      guard let length = CaseSplitter.suitVerbLength(t, at: i, limit: range.upperBound) else {
        i += 1
        continue
      }
      defer { i += length }
      var clause = i
      while clause > range.lowerBound, i - clause < 40,
        !CaseSuitRules.clauseStops.contains(t[clause - 1])
      {
        clause -= 1
      }
      let (p, q) = CaseSplitter.subjectRange(t, clause: clause, verb: i)
      guard q < i, CaseToldRules.suitSubjectEnds.contains(t[q]) else { continue }
      let subject = t[p..<q]
      guard CaseSuitRules.subjectLength.contains(subject.count), subject.allSatisfy(\.isHan),
        !CaseSuitRules.pronounSubjects.contains(where: { subject.elementsEqual($0.unicodeScalars) }
        ),
        CaseSplitter.namesAParty(subject),
        !CaseSuitRules.notPlaintiffWords.contains(where: {
          t.firstOffset(of: $0.scalarArray, in: p..<q) != nil
        }),
        !CaseSplitter.isPlanned(t, at: p, range: range)
      else { continue }
      return TextSpan(p, i + length)
    }
    return nil
  }

  /// 裁定 + a charge + 罪成 / 罪名成立 (case.told.convicted): 被裁定谋杀罪成.
  static func convicted(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    let lead = CaseToldRules.convictionLead
    var from = range.lowerBound
    while let at = t.firstOffset(of: lead, in: from..<range.upperBound) {
      from = at + lead.count
      var k = from
      let reach = min(range.upperBound, from + CaseToldRules.convictionReach)
      while k < reach, t[k].isHan {
        if let close = CaseToldRules.convictionCloses.first(where: { t.hasLiteral($0, at: k) }) {
          // 罪名不成立 is no conviction; 罪成 needs a charge before it.
          if k > from { return TextSpan(at, k + close.count) }
          break
        }
        k += 1
      }
    }
    return nil
  }
}
