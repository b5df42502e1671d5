/// The documented text form of an explanation (README, "Explaining an
/// extraction"): one line per entry, tab-separated, in text order:
///
///     [4, 20)	dockets	accepted	docket.modern	（2023）鄂1181行初12号	year 2023, court 鄂1181, …
///     [30, 37)	dockets	rejected	docket.guard.foreign-marker (proposed by docket.legacy)	(2023)罚	…
///
/// Fields: span (Unicode-scalar offsets, as in the JSON), stage, verdict,
/// rule (for a rejection: the rejecting rule and, in brackets, the rule
/// that proposed the candidate), the text, and a detail that may be empty.
/// Tabs and line breaks in the text become spaces, and a text longer than
/// 60 scalars (a case) shows its first 30 and last 20 around an ellipsis.
extension Explanation {
  /// The first line of the text form, naming the fields.
  public static let textHeader = "# span\tstage\tverdict\trule\ttext\tdetail"

  /// The text form, one line per entry, after `textHeader`.
  public var textLines: [String] {
    [Self.textHeader] + entries.map(\.textLine)
  }
}

extension Explanation.Entry {
  /// This entry as one line of the text form.
  public var textLine: String {
    let rule: String
    if let guardRule = rejectedBy {
      rule = madeBy.map { "\(guardRule) (proposed by \($0))" } ?? guardRule.rawValue
    } else {
      rule = madeBy?.rawValue ?? "-"
    }
    let shownText = text.shortenedForOneLine().replacingTabsAndNewlines()
    return [
      span.description, stage.rawValue, isAccepted ? "accepted" : "rejected", rule, shownText,
      detail,
    ]
    .joined(separator: "\t")
  }
}

extension String {
  fileprivate func shortenedForOneLine() -> String {
    let scalars = unicodeScalars
    guard scalars.count > 60 else { return self }
    var v = String.UnicodeScalarView(scalars.prefix(30))
    v.append("…")
    v.append(contentsOf: scalars.suffix(20))
    return String(v)
  }

  /// Keeps one entry on one line.
  fileprivate func replacingTabsAndNewlines() -> String {
    String(
      String.UnicodeScalarView(
        unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
  }
}
