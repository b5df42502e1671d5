import LegalExtract

/// Counts the mentions of a result whose span does not cut the original
/// text at their `text` (score.py's "bad spans").
enum SpanCheck {
  static func check(_ result: ExtractionResult, against scalars: [Unicode.Scalar]) -> (
    total: Int, bad: [String]
  ) {
    var total = 0
    var bad: [String] = []
    func visit(_ text: String, _ span: TextSpan) {
      total += 1
      let ok =
        span.start >= 0 && span.end <= scalars.count
        && String(String.UnicodeScalarView(scalars[span.range])) == text
      if !ok { bad.append("\(text) \(span)") }
    }
    func visitAll(
      dates: [DateMention], statutes: [StatuteMention], figures: [FigureMention],
      dockets: [DocketMention]
    ) {
      dates.forEach { visit($0.text, $0.span) }
      statutes.forEach { visit($0.text, $0.span) }
      figures.forEach { visit($0.text, $0.span) }
      dockets.forEach { visit($0.text, $0.span) }
    }
    visitAll(
      dates: result.dates, statutes: result.statutes, figures: result.figures,
      dockets: result.dockets)
    result.organizations.forEach { visit($0.text, $0.span) }
    result.penalties.forEach { visit($0.text, $0.span) }
    for c in result.cases {
      visitAll(dates: c.dates, statutes: c.statutes, figures: c.figures, dockets: c.dockets)
      c.penalties.forEach { visit($0.text, $0.span) }
    }
    return (total, bad)
  }
}
