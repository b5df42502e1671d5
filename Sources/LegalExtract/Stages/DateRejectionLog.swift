/// Where the date scanner writes the guards that rejected a candidate, when
/// an explanation is asked for (`extract --explain`). The scanner holds it
/// as an optional: with tracing off the calls are skipped, arguments and all.
final class DateRejectionLog {
  private(set) var rejections: [Rejection] = []

  func reject(_ range: Range<Int>, by guardRule: DateRule, proposedBy form: DateRule? = nil) {
    rejections.append(
      Rejection(TextSpan(range), proposedBy: form?.name, rejectedBy: guardRule.name))
  }
}
