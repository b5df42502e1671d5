/// One party a rule of CasePartyRule named, where it read it, and on which
/// side; or a party candidate a guard threw away. The finder keeps them so
/// that `explain` can say which rule made each party (a handful per case:
/// the cost is nothing beside the lookups that found them).
struct CasePartyFinding: Sendable {
  enum Side: String, Sendable {
    case plaintiff, defendant
  }

  var rule: CasePartyRule
  var side: Side
  /// The name as the rule read it; after `resolve`, the name the case lists
  /// it under (a short company name expanded, a short form merged).
  var name: String
  var span: TextSpan
  /// The guard that dropped it after it was found, when one did.
  var droppedBy: CasePartyRule? = nil
}

/// A name read at a place in the text.
struct ReadParty: Sendable {
  var name: String
  var span: TextSpan
}

/// A party candidate a guard rejected before it was added.
struct CasePartyRejection: Sendable {
  var rejection: Rejection
  var detail: String
}

extension CasePartyFinder.Parties {
  mutating func add(
    _ side: CasePartyFinding.Side, _ name: String, at span: TextSpan, by rule: CasePartyRule
  ) {
    switch side {
    case .plaintiff: plaintiffs.append(name)
    case .defendant: defendants.append(name)
    }
    findings.append(CasePartyFinding(rule: rule, side: side, name: name, span: span))
  }

  mutating func add(_ side: CasePartyFinding.Side, _ names: [ReadParty], by rule: CasePartyRule) {
    for n in names { add(side, n.name, at: n.span, by: rule) }
  }

  mutating func reject(
    _ span: TextSpan, proposedBy: CasePartyRule?, by guardRule: CasePartyRule, detail: String
  ) {
    rejections.append(
      CasePartyRejection(
        rejection: Rejection(span, proposedBy: proposedBy?.name, rejectedBy: guardRule.name),
        detail: detail))
  }
}

extension CasePartyFinding {
  /// The explain line's detail: side and the name the case lists.
  var explanationDetail: String { "\(side.rawValue) \(name)" }
}

extension CaseStage {
  /// Records which party rule made each party of a case, and which guard
  /// dropped each party candidate.
  static func trace(_ parties: CasePartyFinder.Parties, into trace: inout RuleTrace?) {
    for f in parties.findings {
      if let guardRule = f.droppedBy {
        trace?.reject(
          Rejection(f.span, proposedBy: f.rule.name, rejectedBy: guardRule.name),
          detail: f.explanationDetail)
      } else {
        trace?.accept(f.span, rule: f.rule.name, detail: f.explanationDetail)
      }
    }
    for r in parties.rejections { trace?.reject(r.rejection, detail: r.detail) }
  }
}
