import Testing

@testable import LegalExtract

/// Examples of round 14's civil, administrative and enforcement families (issue 19): a party's
/// application (提出 / 提交 … 申请) and an application received (受理 … 申请), a case revoked
/// (该案被依法撤销, 决定撤销此案), a mediation paper made (作出…调解书), a period closed by 间 / 期间
/// dating the step right after it, and the objects of a ruling that dismisses an application
/// (驳回…复议申请). Sentences are invented; the shapes are those of B56 h56-03 / h56-04, B50 h50-01,
/// B37 h37-03, and are generated in EventGrammarPropertyTests.applicationsAndClosedPeriods.
extension CaseEventRuleTests {
  static let session14Examples: [EventExample] = [
    // A party's application of no other kind is a step of its own; its content is no step.
    EventExample(
      .applicationLodged, "2024年10月，甲向某市人民检察院提交刑事立案监督申请。", .makes("2024-10", .other)),
    EventExample(
      .applicationLodged, "2017年4月1日，某科技公司向某局提出撤销申请。", .makes("2017-04-01", .other)),
    EventExample(
      .applicationLodged, "2022年12月，某民办学校向某区人民法院申请破产清算。", .makes("2022-12", .other)),
    EventExample(
      .applicationLodged, "2023年12月，某金融公司就上述裁定提出复议申请。", .makes("2023-12", .other)),
    // Negative: the content of the application is no filing, decision or ruling.
    EventExample(
      .applicationLodged, "2024年10月，甲向某市人民检察院提交刑事立案监督申请。", .makesOnly(["2024-10 other"])),
    EventExample(
      .judgmentReferred, "2023年12月，某金融公司就上述裁定提出复议申请。", .rejects(.judgment)),
    // An application named by its kind is a step of that kind.
    EventExample(
      .applicationOfKind, "2022年3月，张某依法提出劳动仲裁申请。", .makes("2022-03", .arbitration)),
    EventExample(
      .applicationOfKind, "2023年6月，某公司向某省高级人民法院提交再审申请。", .makes("2023-06", .retrial)),
    EventExample(
      .applicationOfKind, "2023年6月，某公司向某市人民政府递交行政复议申请。", .makes("2023-06", .reconsideration)),
    // Negative: an application naming nothing it asks for is no step; the step after it is.
    EventExample(
      .bareApplication, "同年8月1日，周某提交书面申请，变更诉讼请求。", .rejects(.other)),
    // Negative: an application for a permit is the facts of the dispute.
    EventExample(
      .permitApplication, "1986年，邬某向某县人民政府提交建房用地审批申请。", .rejects(.other)),
    // An application received is no filing.
    EventExample(
      .applicationAccepted, "2025年6月，某市人民检察院依法受理甲提出的立案监督申请。", .makes("2025-06", .other)),
    EventExample(
      .applicationAccepted, "2025年6月，某市人民检察院依法受理甲提出的立案监督申请。", .makesOnly(["2025-06 other"])),
    // Negative: a case received is a filing.
    EventExample(.filing, "2023年10月，某区人民法院受理某金融公司与甲融资租赁合同纠纷案。", .makes("2023-10", .filing)),
    // A case revoked.
    EventExample(.caseRevoked, "经检察机关监督，该案于2025年6月被依法撤销。", .makes("2025-06", .decision)),
    EventExample(
      .caseRevoked, "2004年11月29日，某县公安局以被告没有犯罪事实为由决定撤销此案。", .makes("2004-11-29", .decision)),
    // Negative: a judgment revoked by a court is the court's ruling's content.
    EventExample(.notByAgency, "2023年5月，某市中级人民法院判决撤销原判。", .rejects(.decision)),
    // A mediation paper made.
    EventExample(
      .settlementPaperMade, "2022年8月，某区人民法院作出4份民事调解书。", .makes("2022-08", .settlement)),
    // Negative: 作出 a judgment is the judgment, no settlement.
    EventExample(.judgment, "2022年8月，某区人民法院作出民事判决。", .makesOnly(["2022-08 judgment"])),
    // A period closed by 间 / 期间 dates the step right after it by its start.
    EventExample(
      .rangeClosed, "某区人民检察院于2025年6月至7月间向某区人民法院制发再审检察建议。",
      .makes("2025-06", .recommendation)),
    EventExample(
      .rangeClosed, "2022年8月至9月期间，某区人民法院作出4份民事调解书。", .makes("2022-08", .settlement)),
    // Negative: a claim's period, and an offence told in a period, date nothing.
    EventExample(
      .period, "2021年3月，王某申请劳动仲裁，要求某公司支付2018年6月至9月期间的工资差额。",
      .makesOnly(["2021-03 arbitration"])),
    EventExample(
      .period, "2023年8月至10月间，被告人王某先后11次窃取电瓶共计26块，经鉴定价值1.9万元。", .rejects(.other)),
    // A measure on the debtor's property a court rules is the enforcement; the ruling is that step.
    EventExample(
      .enforcementMeasure, "2022年5月，某区人民法院裁定拍卖被执行人某学校名下土地。", .makes("2022-05", .enforcement)),
    EventExample(
      .enforcementMeasure, "2017年6月30日，某市中院作出（2016）某01执479号执行裁定，轮候查封某公司名下房产。",
      .makesOnly(["2017-06-30 enforcement"])),
    // Negative: a ruling lifting a seizure is the ruling.
    EventExample(.judgment, "2025年5月，某区人民法院裁定解除对案涉挖掘机的查封。", .makesOnly(["2025-05 judgment"])),
    // A ruling dismissing an application: what the application asked for is its object.
    EventExample(
      .dismissedObject, "某市中院于2023年10月24日作出执行裁定，驳回李某的复议申请。", .rejects(.reconsideration)),
    EventExample(
      .dismissedObject, "某市中院于2021年12月24日作出执行裁定，驳回李某不予执行仲裁调解书的申请。",
      .rejects(.arbitration)),
    // Negative: an arbitration commission dismissing the application is the arbitration's ruling.
    EventExample(
      .arbitrationRuling, "2023年5月，某区劳动人事争议仲裁委员会以主体不适格为由驳回仲裁申请。",
      .makesOnly(["2023-05 arbitration"])),
  ]
}
