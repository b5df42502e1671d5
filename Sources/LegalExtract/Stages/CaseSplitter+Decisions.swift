import ChineseText

extension CaseSplitter {
  /// Cases told without headings, each closed by a decision paragraph
  /// written to one template (当事人上述行为违反了…的规定，某局依据…的规定，
  /// 责令…，并处罚款…): paragraphs that open alike and give a body's
  /// decision under a rule. Each decision paragraph ends one case, which
  /// runs from the paragraph after the decision before it.
  static func byRepeatedDecisions(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [CaseSection]?
  {
    let opening = CaseSegmentRules.decisionOpeningLength
    let decisions = lines.indices.filter { i in
      lines[i].range.upperBound <= end && lines[i].count > opening && isDecision(lines[i])
    }
    // The largest group that opens alike: one template, repeated.
    var groups: [[Unicode.Scalar]: [Int]] = [:]
    for i in decisions { groups[Array(lines[i].text.prefix(opening)), default: []].append(i) }
    guard let closing = groups.values.max(by: { $0.count < $1.count }), closing.count >= 2 else {
      return nil
    }
    var sections: [CaseSection] = []
    var start = 0
    for i in closing.sorted() {
      sections.append(
        CaseSection(span: TextSpan(lines[start].range.lowerBound, lines[i].range.upperBound)))
      start = i + 1
    }
    return sections
  }

  /// A paragraph that gives a decision under a rule (依据…的规定，…并处罚款).
  static func isDecision(_ line: ArticleLine) -> Bool {
    let t = line.text
    let underRule = decisionGroundScalars.contains {
      t.firstOffset(of: $0, in: 0..<t.count) != nil
    }
    return underRule
      && decisionWordScalars.contains {
        t.firstOffset(of: $0, in: 0..<t.count) != nil
      }
  }

  /// `CaseSegmentRules.decisionGrounds` and `decisionWords` as scalars.
  static let decisionGroundScalars = CaseSegmentRules.decisionGrounds.map(\.scalarArray)
  static let decisionWordScalars = CaseSegmentRules.decisionWords.map(\.scalarArray)
}
