import ChineseText

extension CaseSplitter {
  /// Defendants told one after another inside one paragraph, each named
  /// after 被告人 and charged on their own (被告人甲犯抢劫罪…，被告人乙犯盗窃罪…),
  /// after a lead that counts several cases (集中宣判的12起案件): one case per
  /// defendant, from its role word to the next defendant's, the last to the
  /// end of its sentence. Co-defendants of one case are told after a lead
  /// that counts people, not cases, and stay one case.
  static func byDefendantClauses(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [CaseSection]?
  {
    let t = doc.folded
    for line in lines where line.range.upperBound <= end {
      let charged = chargedDefendants(t, in: line.range)
      guard charged.count >= 2, let first = charged.first,
        leadCountsCases(t, before: first.start)
      else { continue }
      var sections: [CaseSection] = []
      for (n, defendant) in charged.enumerated() {
        var stop = line.range.upperBound
        if n + 1 < charged.count {
          stop = charged[n + 1].start
        } else if let full = t.firstOffset(of: ["。"], in: defendant.start..<line.range.upperBound) {
          stop = full + 1
        }
        sections.append(CaseSection(span: TextSpan(defendant.start, stop)))
      }
      return sections
    }
    return nil
  }

  /// The defendants of `range` each named right before a charge of their
  /// own (被告人焦某强犯抢劫罪), in text order, each name once.
  static func chargedDefendants(_ t: [Unicode.Scalar], in range: Range<Int>)
    -> [(start: Int, name: ArraySlice<Unicode.Scalar>)]
  {
    var found: [(start: Int, name: ArraySlice<Unicode.Scalar>)] = []
    let role = CaseSegmentRules.chargedDefendantRole
    var from = range.lowerBound
    while let at = t.firstOffset(of: role, in: from..<range.upperBound) {
      from = at + 1
      let k = at + role.count
      guard k < range.upperBound,
        let length = CaseSegmentRules.chargedNameLengths.first(where: { length in
          k + length < range.upperBound && t[k + length] == CaseSegmentRules.chargeOpening
            && (k..<(k + length)).allSatisfy { t[$0].isHan }
            && (t[k + 1] == "某" || SurnameLexicon.surnameLength(in: t, at: k) != nil)
            && !CasePartyFinder.functionCharacters.contains(t[k])
        })
      else { continue }
      let name = t[k..<(k + length)]
      if found.contains(where: { $0.name.elementsEqual(name) }) { continue }
      found.append((at, name))
    }
    return found
  }
}
