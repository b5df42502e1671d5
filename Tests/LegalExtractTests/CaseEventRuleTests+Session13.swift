import Testing

@testable import LegalExtract

/// Examples of the timeline families of issue 19's thirteenth round: an appeal lodged at the
/// sitting, what a finding found, surrender named as a circumstance, role nouns and case
/// classes named by step words. Sentences are invented; the shapes recur in the fit batches
/// (B46 h46-02, h46-10; B50 h50-01, h50-03, h50-08; B35 b35-03).
extension CaseEventRuleTests {
  static let session13Examples: [EventExample] = [
    // An appeal told 当庭 takes the date of the judgment given at that sitting, sentences later.
    EventExample(
      .appealAtSitting,
      "2018年7月10日，某市中级人民法院公开审理此案。法庭休庭后，合议庭进行了评议。法庭恢复开庭后当庭宣判。"
        + "法院认为，被告人张某犯罪手段残忍。张某当庭表示上诉。",
      .makes("2018-07-10", .appeal)),
    EventExample(
      .appealAtSitting,
      "2021年4月8日，某市中级人民法院作出一审判决，判处张某无期徒刑。宣判后，被告人家属情绪激动。张某当庭提出上诉。",
      .makes("2021-04-08", .appeal)),
    // Negative: an appeal with no 当庭 after the judgment's sentences is undated; 当庭表示不上诉
    // is no appeal.
    EventExample(
      .negated,
      "2021年4月8日，某市中级人民法院作出一审判决。宣判后，法院向家属释法说理。张某当庭表示认罪服判不上诉。",
      .rejects(.appeal)),
    // What a finding found: the step words after 发现 in its clause are its content.
    EventExample(
      .foundContent, "2024年8月，某区人民检察院跟进监督，发现上述行政处罚决定未得到执行。", .rejects(.decision)),
    EventExample(
      .foundContent, "2023年初，某区人民检察院开展大数据分析，发现多家酒店被某公司提起著作权侵权诉讼。",
      .rejects(.lawsuit)),
    EventExample(
      .foundContent, "2023年5月，某县人民检察院在履职中发现张某已被公安机关刑事拘留。", .rejects(.detention)),
    // Negative: a step after the finding, told as following it (后, 遂, 立即), or in a clause of its
    // own, is the case's step.
    EventExample(
      .filing, "2023年5月，某县人民检察院发现该问题后立即立案审查。", .makes("2023-05", .filing)),
    EventExample(
      .recommendation, "2023年5月，某县人民检察院发现某公司违法排污，遂向某局发出检察建议。",
      .makes("2023-05", .recommendation)),
    EventExample(
      .filing, "2023年5月，某县人民检察院发现某公司违法排污，依法立案审查。", .makes("2023-05", .filing)),
    // Surrender named as a sentencing circumstance is no detention.
    EventExample(
      .circumstanceNoun, "2024年1月3日，某区人民检察院对二人作出不起诉决定；徐某不具有自首等法定从轻情节。",
      .rejects(.detention)),
    EventExample(
      .circumstanceNoun, "2024年1月3日，法院认定张某系自首，依法从轻处罚。", .rejects(.detention)),
    EventExample(
      .circumstanceNoun, "2024年1月3日，某区人民检察院对二人作出不起诉决定，二人均具有自首、认罪认罚等情节。",
      .rejects(.detention)),
    // Negative: a surrender told as done is a detention.
    EventExample(.detention, "2024年1月3日，张某到某县公安局投案自首。", .makes("2024-01-03", .detention)),
    EventExample(.detention, "2024年1月3日，张某主动投案自首，如实供述了犯罪事实。", .makes("2024-01-03", .detention)),
    // Role nouns named by a step word.
    EventExample(.notAStep, "2024年8月30日，某省高级人民法院再审认为，抗诉机关的理由成立。", .rejects(.appeal)),
    EventExample(.notAStep, "2022年10月1日，被告人徐某纠集被不起诉人张某至某处。", .rejects(.decision)),
    // Negative: the protest itself and the decision not to prosecute are steps.
    EventExample(.appeal, "2023年10月7日，某省人民检察院向某省高级人民法院提出抗诉。", .makes("2023-10-07", .appeal)),
    EventExample(.decision, "2024年1月3日，某区人民检察院对张某作出不起诉决定。", .makes("2024-01-03", .decision)),
    // A suit word before 案件 names a class of cases.
    EventExample(
      .caseClass, "2025年初，某区人民检察院办理支持劳动者民事起诉案件中发现本案线索。", .rejects(.lawsuit)),
    EventExample(.caseClass, "2024年，某市中级人民法院审结的上诉案件中，改判率有所下降。", .rejects(.appeal)),
    // Negative: a suit told as a step, and a case handed over, are steps.
    EventExample(.lawsuit, "2025年3月，某公司向某区人民法院起诉，请求解除合同。", .makes("2025-03", .lawsuit)),
    EventExample(
      .transfer, "2025年3月5日，某县公安局将案件移送某县人民检察院审查起诉。", .makes("2025-03-05", .transfer)),
  ]
}

/// An appeal told sentences after the judgment with no 当庭 is not dated by it.
@Suite struct AppealAtSittingNegativeTests {
  @Test func anAppealNotAtTheSittingIsUndated() {
    let text = "2021年4月8日，某市中级人民法院作出一审判决。宣判后，法院向家属释法说理。张某此后提出上诉。"
    let events = EventExample.findings(text).compactMap(\.event)
    #expect(!events.contains { $0.kind == .appeal }, "\(events)")
  }
}
