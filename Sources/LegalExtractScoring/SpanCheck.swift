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
      for m in dates { visit(m.text, m.span) }
      for m in statutes { visit(m.text, m.span) }
      for m in figures { visit(m.text, m.span) }
      for m in dockets { visit(m.text, m.span) }
    }
    visitAll(
      dates: result.dates, statutes: result.statutes, figures: result.figures,
      dockets: result.dockets)
    for m in result.organizations { visit(m.text, m.span) }
    for m in result.penalties { visit(m.text, m.span) }
    for c in result.cases {
      visitAll(dates: c.dates, statutes: c.statutes, figures: c.figures, dockets: c.dockets)
      for m in c.penalties { visit(m.text, m.span) }
    }
    return (total, bad)
  }
}
