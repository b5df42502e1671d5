/// Where a case's span starts and stops. The readers of article structure
/// (CaseSplitRule) say where each case begins; these rules take off the
/// paragraphs at a case's edges that tell no part of it, so that their
/// counts, courts and statutes stay at document level. The reader is
/// Stages/CaseSpanBounds.swift; the word tables are Rules/CaseSpanRules.swift.
enum CaseSpanRule: String, NamedRule {
  /// Hashed by case tag, not by name (`NamedRule.caseTag`).
  func hash(into hasher: inout Hasher) { hasher.combine(caseTag) }

  /// The headline over a one-case story (“天降叉棍案”一审宣判 48家住户每家赔
  /// 4326元): it sums the story up, and its counts belong to no case.
  case headline = "case.span.headline"
  /// A paragraph that counts cases or totals and names nobody (截至目前，
  /// 某法院共受理涉黑恶案件18件; 统计显示，…一审盗窃案件190825件): the
  /// office's statistics, not the case.
  case roundUp = "case.span.round-up"
  /// A paragraph about the office's work or plans that names nobody (今年以来，
  /// 某中院针对…制定了…; 某法院将继续…; 下一步，该院将…).
  case workReport = "case.span.work-report"
}
