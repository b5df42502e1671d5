import ChineseText

extension CaseToldCues {
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
