/// Records, stage by stage, which rule made each mention and which rule
/// rejected each candidate (`Extractor.explain`).
///
/// The pipeline holds it as an optional that is nil unless explaining, and
/// stages record through optional chaining (`context.trace?.accept(…)`), so
/// with tracing off no argument is even evaluated: no strings are built and
/// nothing is allocated.
struct RuleTrace: Sendable {
  /// The stage now running; the extractor sets it before each stage.
  var stage: StageName = .dates
  private(set) var records: [Record] = []

  /// One traced event, before the text of its span is filled in.
  struct Record: Sendable {
    var stage: StageName
    var span: TextSpan
    var madeBy: RuleName?
    var rejectedBy: RuleName?
    var detail: String
  }

  /// `rule` made a mention at `span`.
  mutating func accept(_ span: TextSpan, rule: RuleName, detail: String = "") {
    records.append(Record(stage: stage, span: span, madeBy: rule, rejectedBy: nil, detail: detail))
  }

  /// A guard (or the selection step) threw a candidate away.
  mutating func reject(_ rejection: Rejection, detail: String = "") {
    records.append(
      Record(
        stage: stage, span: rejection.span, madeBy: rejection.proposedBy,
        rejectedBy: rejection.rejectedBy, detail: detail))
  }
}

extension RuleTrace {
  /// Lists the mentions the stage just run added without naming a rule,
  /// under `unnamed.<field>`: stages not yet converted to named rules still
  /// show up in an explanation.
  mutating func recordUnnamedMentions(added items: [MentionInventory.Item]) {
    let named = Set(records.filter { $0.stage == stage && $0.rejectedBy == nil }.map(\.span))
    for item in items where !named.contains(item.span) {
      accept(item.span, rule: RuleName(rawValue: "unnamed.\(item.field)"))
    }
  }
}
