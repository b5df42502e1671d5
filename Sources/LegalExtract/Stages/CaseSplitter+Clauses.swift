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
      if charged.count < 2 {
        let heads = clauseHeadDefendants(t, in: line.range)
        guard heads.count >= 2, leadCountsCases(t, before: heads[0].start),
          let sections = clauseHeadSections(t, heads, line: line.range)
        else { continue }
        return sections
      }
      guard let first = charged.first,
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

  /// Defendants each brought in at a clause's head, by role and a name not
  /// named before (2020年7月29日，被告人何某在…；8月5日，被告人蒋某在…), as a
  /// story that counts several cases tells some of them one after another
  /// inside a paragraph: each from its clause (with the date clause right
  /// before it) to the next one's, the last to the end of its sentence or
  /// clause (；). Co-defendants of one case name each other: refused when a
  /// part names another part's defendant.
  static func clauseHeadDefendants(_ t: [Unicode.Scalar], in range: Range<Int>)
    -> [(start: Int, name: ArraySlice<Unicode.Scalar>)]
  {
    var found: [(start: Int, name: ArraySlice<Unicode.Scalar>)] = []
    let role = CaseSegmentRules.chargedDefendantRole
    let heads = CaseSegmentRules.clauseHeadBoundaries
    var from = range.lowerBound
    while let at = t.firstOffset(of: role, in: from..<range.upperBound) {
      from = at + 1
      let k = at + role.count
      // An anonymised name (何某, 雷某军): its surname and 某 key it.
      guard at == range.lowerBound || heads.contains(t[at - 1]),
        k + 2 <= range.upperBound, t[k].isHan, t[k + 1] == "某",
        !CasePartyFinder.functionCharacters.contains(t[k])
      else { continue }
      let name = t[k..<(k + 2)]
      // New to the story: a name told before is told on, not brought in.
      guard t.firstOffset(of: Array(name), in: 0..<at) == nil else { continue }
      var start = at
      // The date clause right before it opens the part (2020年7月29日，被告人…).
      if at > range.lowerBound, CaseSegmentRules.datedOpeningCommas.contains(t[at - 1]) {
        var s = at - 1
        while s > range.lowerBound, !heads.contains(t[s - 1]) { s -= 1 }
        if s < at - 1, skipDate(t, from: s, limit: at - 1) == at - 1 { start = s }
      }
      found.append((start, name))
    }
    return found
  }

  /// The parts of `clauseHeadDefendants`, or nil when one names another's defendant.
  static func clauseHeadSections(
    _ t: [Unicode.Scalar], _ heads: [(start: Int, name: ArraySlice<Unicode.Scalar>)],
    line: Range<Int>
  ) -> [CaseSection]? {
    var sections: [CaseSection] = []
    for (n, head) in heads.enumerated() {
      var stop = line.upperBound
      if n + 1 < heads.count {
        stop = heads[n + 1].start
      } else {
        var e = head.start
        while e < line.upperBound, !CaseSegmentRules.matterSentenceEnds.contains(t[e]) { e += 1 }
        stop = min(line.upperBound, e + 1)
      }
      let body = head.start..<stop
      for (m, other) in heads.enumerated() where m != n {
        if t.firstOffset(of: Array(other.name), in: body) != nil { return nil }
      }
      sections.append(CaseSection(span: TextSpan(head.start, stop)))
    }
    return sections
  }

  /// A kept reading short of the cases its lead counts, one of whose
  /// sections holds defendants brought in clause by clause
  /// (case.split.defendant-clauses): that section is split at them when
  /// the split gives the lead's count (3起…案件: a paragraph per case, the
  /// last paragraph telling two).
  static func splitByDefendantClauses(
    _ reading: inout CaseReading, among readings: [CaseReading], leadCount: Int?,
    lines: [ArticleLine]
  ) {
    guard let n = leadCount, reading.rule != .single, reading.rule != .defendantClauses,
      reading.sections.count < n,
      let clauses = readings.first(where: { $0.rule == .defendantClauses })?.sections,
      clauses.count >= 2, reading.sections.count - 1 + clauses.count == n,
      let k = reading.sections.firstIndex(where: { s in
        clauses.allSatisfy { s.span.start <= $0.span.start && $0.span.end <= s.span.end }
      }),
      reading.sections[k].span.start < clauses[1].span.start
    else { return }
    let outer = reading.sections[k]
    var pieces: [CaseSection] = []
    var from = outer.span.start
    for (m, clause) in clauses.enumerated().dropFirst() {
      // The first piece keeps the section's title.
      var piece = CaseSection(span: TextSpan(from, clause.span.start))
      if m == 1 {
        piece.title = outer.title
        piece.titleSpan = outer.titleSpan
      }
      pieces.append(piece)
      from = clause.span.start
    }
    pieces.append(CaseSection(span: TextSpan(from, outer.span.end)))
    reading.sections.replaceSubrange(k...k, with: pieces)
    reading.startLines.replaceSubrange(
      k...k, with: pieces.map { lineIndex(of: $0.span.start, in: lines) })
  }
}
