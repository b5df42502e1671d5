import Testing

@testable import LegalExtract

/// Examples of round 15's civil and administrative families: an authority's 作出…的决定 (a fine,
/// a refused work-injury finding, a house expropriation) is its decision, unless a step word of
/// another kind sits in the gap (作出司法拘留…的决定); the measures and the close of a civil
/// enforcement (强制拘传, 强制腾退, 执结, 纳入失信, 采取限制消费) are enforcement steps. Sentences are
/// invented; the shapes are those of B56 h56-08 / h56-10, B40 b40-07, B52 h52-07, B46 h46-06, and
/// are generated in EventGrammarPropertyTests.decisionsAndEnforcementMeasures.
extension CaseEventRuleTests {
  static let session15Examples: [EventExample] = [
    EventExample(
      .decisionMade, "2016年11月，某区市场监管局对某炒货店作出罚款20万元的决定。", .makes("2016-11", .decision)),
    EventExample(
      .decisionMade, "2021年4月2日，某区人社局作出不予认定工伤的决定。", .makes("2021-04-02", .decision)),
    EventExample(
      .decisionMade, "某区人民政府于2020年10月8日作出房屋征收决定。", .makes("2020-10-08", .decision)),
    // Negative: a step word of another kind in the gap keeps its kind; no decision besides.
    EventExample(
      .enforcement, "2021年8月11日，某区人民法院对王某某作出司法拘留15日的决定。",
      .makesOnly(["2021-08-11 enforcement"])),
    EventExample(.judgment, "2021年8月11日，某区人民法院作出民事判决。", .makesOnly(["2021-08-11 judgment"])),
    // Negative: a decision asked for is no step.
    EventExample(
      .requestedStep, "2021年8月11日，张某请求法院判令某区人社局重新作出认定工伤的决定。", .rejects(.decision)),
    // The measures and the close of an enforcement.
    EventExample(
      .enforcementVocabulary, "2026年2月12日，某县人民法院对被执行人张某进行强制拘传。",
      .makes("2026-02-12", .enforcement)),
    EventExample(
      .enforcementVocabulary, "6月4日，某区法院依法对涉案房屋采取强制腾退措施。", .makes("XXXX-06-04", .enforcement)),
    EventExample(.enforcementVocabulary, "2007年5月，该案终于全部执结。", .makes("2007-05", .enforcement)),
    EventExample(
      .enforcementVocabulary, "2022年3月，某区法院对其法定代表人采取限制消费措施。", .makes("2022-03", .enforcement)),
    // Negative: a debtor still restricted, found by a procuratorate, is what the finding found.
    EventExample(
      .clueFound, "2025年3月，某区检察院查询发现甲公司仍被列入失信被执行人名单，其法定代表人仍在限制消费名单中。",
      .makesOnly(["2025-03 clue"])),
    // Negative: the enforcement statistic of a court dates no step.
    EventExample(
      .statistic, "2023年，某区人民法院共执结各类案件1200余件。", .rejects(.enforcement)),
  ]
}
