/// A possible mention: where it is, what it would say, and the rule that
/// proposed it. Candidates become mentions only through `Selection`.
struct Candidate<Value> {
  var span: TextSpan
  var value: Value
  var rule: RuleName
  /// Breaks ties between equally placed candidates under the selection
  /// policy; higher wins.
  var priority: Int = 0
}
