import LegalExtract

/// One mention to mark in the text: its kind, its place in its field's
/// array, its span and the normalised meaning shown on hover and focus.
struct ReviewMark: Sendable {
  let kind: MentionKind
  /// The mention's index in its document array (`dates[3]` → 3).
  let index: Int
  let span: TextSpan
  /// The normalised value, in one line.
  let note: String

  /// The element id the page gives the mark (its first part when split).
  var anchor: String { "\(kind.rawValue)-\(index)" }

  /// Every mention of the document, in the order of `MentionKind.allCases`.
  static func all(in result: ExtractionResult) -> [ReviewMark] {
    var marks: [ReviewMark] = []
    for (i, m) in result.dates.enumerated() {
      marks.append(ReviewMark(kind: .date, index: i, span: m.span, note: MentionNote.date(m)))
    }
    for (i, m) in result.organizations.enumerated() {
      marks.append(
        ReviewMark(kind: .organization, index: i, span: m.span, note: MentionNote.organization(m)))
    }
    for (i, m) in result.statutes.enumerated() {
      marks.append(ReviewMark(kind: .statute, index: i, span: m.span, note: MentionNote.statute(m)))
    }
    for (i, m) in result.figures.enumerated() {
      marks.append(ReviewMark(kind: .figure, index: i, span: m.span, note: MentionNote.figure(m)))
    }
    for (i, m) in result.dockets.enumerated() {
      marks.append(ReviewMark(kind: .docket, index: i, span: m.span, note: MentionNote.docket(m)))
    }
    for (i, m) in result.penalties.enumerated() {
      marks.append(ReviewMark(kind: .penalty, index: i, span: m.span, note: MentionNote.penalty(m)))
    }
    return marks
  }
}
