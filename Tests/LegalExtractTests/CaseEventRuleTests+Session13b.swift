import Testing

@testable import LegalExtract

/// Examples of the civil, labour, administrative and enforcement step families of issue 19
/// (round 13, second task): an award (裁决), the mediation paper issued (出具调解书), an objection in
/// the enforcement (执行异议), a ruling that is an enforcement step (裁定终结本次执行程序), and the
/// award or decision objected to (不服仲裁裁决). Sentences are invented; the shapes are the
/// grammar of labour and civil case stories (B34 b34-07, B35 b35-03 tell 申请仲裁 … 不服（仲裁）裁决,
/// 诉至法院) and are generated in EventGrammarPropertyTests.civilLabourAndEnforcementSteps.
extension CaseEventRuleTests {
  static let session13bExamples: [EventExample] = [
    // 裁决: a ruling; an arbitration's when 仲裁 is told before it in its sentence.
    EventExample(.award, "2019年3月，某市中级人民法院作出裁决，驳回某公司的申请。", .makes("2019-03", .judgment)),
    EventExample(
      .arbitrationRuling, "某区劳动人事争议仲裁委员会于2023年5月10日裁决某物流公司支付张某工资3万元。",
      .makes("2023-05-10", .arbitration)),
    // Negative: the award asked for (请求裁决) is no step; the application is.
    EventExample(
      .arbitration, "2022年3月，常某向某区劳动人事争议仲裁委员会申请仲裁，请求裁决某物流公司支付加班费差额。",
      .makes("2022-03", .arbitration)),
    // The mediation paper issued.
    EventExample(
      .settlementPaper, "2021年5月8日，某区人民法院出具民事调解书。", .makes("2021-05-08", .settlement)),
    EventExample(
      .settlementPaper, "某区人民法院于2021年5月依法制作调解书，双方签收。", .makes("2021-05", .settlement)),
    // Negative: a mediation paper named as a title not performed is no step.
    EventExample(
      .notAStep, "2023年3月，张某以某物流公司未履行调解书确定的付款义务为由申请强制执行。", .rejects(.settlement)),
    // An objection in the enforcement.
    EventExample(
      .enforcementObjection, "2023年8月，案外人李某向某区人民法院提出执行异议。", .makes("2023-08", .enforcement)),
    // Negative: the suit on such an objection is a suit, not an enforcement step.
    EventExample(.lawsuitRaised, "2023年8月，案外人李某向某区人民法院提起执行异议之诉。", .makes("2023-08", .lawsuit)),
    // A ruling that ends, suspends or resumes the enforcement is that enforcement step.
    EventExample(
      .enforcementRuling, "2022年9月，某区人民法院裁定终结本次执行程序。", .rejects(.judgment)),
    EventExample(
      .enforcement, "2022年9月，某区人民法院依法裁定恢复执行。", .makes("2022-09", .enforcement)),
    // Negative: a ruling that allows enforcement is the ruling (the enforcement is its object).
    EventExample(.rulingObject, "2022年9月，某区人民法院裁定准予强制执行。", .rejects(.enforcement)),
    // The award or decision objected to is the object of the suit.
    EventExample(
      .objectedDecision, "2023年6月，某物流公司不服仲裁裁决，诉至某区人民法院。", .rejects(.arbitration)),
    EventExample(
      .objectedDecision, "2021年5月，张某对复议决定不服，向某区人民法院提起行政诉讼。", .rejects(.reconsideration)),
    EventExample(
      .objectedDecision, "2023年4月，张某不服某区人社局的处罚决定，向某市人民政府申请行政复议。",
      .rejects(.decision)),
    // Negative: a step word between 不服 and the step makes the step no object (不服处罚决定申请复议).
    EventExample(
      .reconsideration, "2023年4月，张某不服处罚决定申请行政复议。", .makes("2023-04", .reconsideration)),
    EventExample(
      .reconsideration, "2023年4月，某市人民政府作出行政复议决定，维持原行政行为。", .makes("2023-04", .reconsideration)),
    // Negative: an agency revoking its own decision is its decision (agency-correction).
    EventExample(
      .agencyCorrection, "2024年11月12日，某区人社局撤销了该处罚决定。", .makes("2024-11-12", .decision)),
    // 执行复议 is a review inside the enforcement, not an administrative reconsideration.
    EventExample(
      .enforcement, "2023年5月，某物流公司向某市中级人民法院申请执行复议。", .makes("2023-05", .enforcement)),
    EventExample(
      .reconsideration, "2023年5月，某物流公司向某市人民政府申请行政复议。", .makes("2023-05", .reconsideration)),
  ]
}
