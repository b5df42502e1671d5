/// A candidate that a guard threw away, and the guard that did.
///
/// `span` is as much of the candidate as was read before the guard fired
/// (a docket's `（2023）罚字` up to the 罚 that marks it as a penalty
/// decision); `proposedBy` is the rule that was reading it, when one was.
struct Rejection: Hashable, Sendable {
  var span: TextSpan
  var proposedBy: RuleName?
  var rejectedBy: RuleName

  init(_ span: TextSpan, proposedBy: RuleName? = nil, rejectedBy: RuleName) {
    self.span = span
    self.proposedBy = proposedBy
    self.rejectedBy = rejectedBy
  }
}
