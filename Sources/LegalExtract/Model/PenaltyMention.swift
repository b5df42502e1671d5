/// A penalty with no term to measure: life imprisonment or death
/// (判处无期徒刑, 判处死刑, 决定执行死刑) (docs/OUTPUT.md, PenaltyMention).
///
/// Kept apart from `figures` (they are not quantities, and annotated
/// corpora do not count them as figures), so a user finds every sentence of
/// life or death in `penalties`.
public struct PenaltyMention: Hashable, Sendable, Codable {
  public var text: String
  public var span: TextSpan
  public var penalty: PenaltyKind
  /// The phrase that imposes it (判处, 决定执行).
  public var context: String?

  public init(text: String, span: TextSpan, penalty: PenaltyKind, context: String? = nil) {
    self.text = text
    self.span = span
    self.penalty = penalty
    self.context = context
  }
}

public enum PenaltyKind: String, Hashable, Sendable, Codable {
  case lifeImprisonment = "life-imprisonment"
  case death
}
