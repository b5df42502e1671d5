import ChineseText

extension CaseSplitter {
  /// Two cases told in one sentence after a lead that counts them
  /// (法院判决两起非法采矿案件，一起以…判处…；另一起以…判处…): the first
  /// case holds the story's opening and its own clause, the second runs
  /// from 另一起 to the end (case.split.inline-ordinals).
  static func byInlineOrdinals(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [CaseSection]?
  {
    let t = doc.folded
    let other = CaseSegmentRules.otherOrdinal
    let one = CaseSegmentRules.firstOrdinal
    for line in lines where line.range.upperBound <= end {
      var from = line.range.lowerBound
      while let p2 = t.firstOffset(of: other, in: from..<line.range.upperBound) {
        from = p2 + other.count
        guard p2 > line.range.lowerBound, CaseSegmentRules.ordinalClauseStops.contains(t[p2 - 1])
        else { continue }
        // The last 一起 opening a clause before it, in the same paragraph.
        var first: Int?
        var k = p2 - 1
        while k > line.range.lowerBound {
          if t.hasLiteral(one, at: k) {
            var before = k - 1
            // 其中一起
            if before - 1 >= line.range.lowerBound,
              t.hasLiteral(CaseSegmentRules.amongWord, at: before - 1)
            {
              before -= 2
            }
            if before >= line.range.lowerBound,
              CaseSegmentRules.ordinalClauseStops.contains(t[before])
            {
              first = k
              break
            }
          }
          k -= 1
        }
        guard let first, leadCountsCases(t, before: first),
          // No third case told after the second (再一起, 第三起).
          t.firstOffset(of: other, in: from..<end) == nil,
          let opening = lines.first?.range.lowerBound
        else { continue }
        return [
          CaseSection(span: TextSpan(opening, p2)),
          CaseSection(span: TextSpan(p2, max(end, p2 + 1))),
        ]
      }
    }
    return nil
  }
}
