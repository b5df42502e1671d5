import ChineseText

extension CaseSplitter {
  /// Cases under question headings without a mark (员工拒绝加班被辞退，公司
  /// 违法吗？ / 试用期内被辞退，能否要求经济补偿？), as labour, consumer and
  /// civil-code explainers title each case: a short line that ends in a
  /// question mark and holds no other sentence, the paragraph right after
  /// it telling a matter (an actor near its opening and an outcome,
  /// CaseMatterEvidence.tellsMatter). Each heading is its case's title
  /// (case.split.question-headings). Press Q&A lines (问：…？) are no headings.
  static func byQuestionHeadings(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [CaseSection]?
  {
    let t = doc.folded
    // The first line may be a heading too: an explainer may open with its
    // first question.
    let heads = lines.indices.filter { i in
      let line = lines[i]
      guard line.range.upperBound <= end, i + 1 < lines.count,
        lines[i + 1].range.upperBound <= end,
        (CaseSegmentRules.questionHeadingLength).contains(line.count),
        let last = line.text.last, CaseSegmentRules.questionMarks.contains(last),
        !line.text.dropLast().contains(where: { CaseSegmentRules.questionHeadingStops.contains($0) }
        ),
        !CaseSegmentRules.notQuestionHeadingOpenings.contains(where: {
          line.text.hasLiteral($0, at: 0)
        })
      else { return false }
      let body = lines[i + 1]
      return body.text.contains("。")
        && CaseMatterEvidence.tellsMatter(t, item: body.range)
    }
    guard heads.count >= 2 else { return nil }
    return sections(from: heads, lines, end: end, doc: doc) { i, _ in lines[i].range }
  }
}
