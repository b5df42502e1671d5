/// What kind of case a docket's type code (类型代字) names: 民 civil, 刑
/// criminal, 行 administrative, 执 enforcement … (case-type-codes.tsv).
public enum DocketCategory: String, CaseIterable, Hashable, Sendable, Codable {
  case civil
  case criminal
  case administrative
  case enforcement
  case bankruptcy
  /// 财保, 行保: property preservation.
  case preservation
  /// 委赔, 法赔: state compensation.
  case stateCompensation = "state-compensation"
  /// 司协, 请协: judicial assistance.
  case judicialAssistance = "judicial-assistance"
  case other
}

/// The procedural stage a docket's type code names: 初 first instance,
/// 终 second instance, 再 retrial, 申 / 监 retrial review, 抗 protest …
public enum ProceedingStage: String, CaseIterable, Hashable, Sendable, Codable {
  case firstInstance = "first-instance"
  case secondInstance = "second-instance"
  case retrial
  case retrialReview = "retrial-review"
  case protest
  case special
  case enforcement
  case other
}
