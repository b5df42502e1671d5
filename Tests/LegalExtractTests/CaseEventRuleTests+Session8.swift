import Testing

@testable import LegalExtract

/// Examples of the timeline families of issue 19's eighth round, each read across several real
/// batches: a vague date word (近日, 日前) nearer the step than the written date governs it; a
/// step word naming a period (重审期间，) is no step; a judgment of a retrial is a judgment. Each
/// family has at least two phrasings a different site would use, and a negative.
extension CaseEventRuleTests {
  static let vagueAndPeriodExamples: [EventExample] = [
    // A dateline, then a vague word opening the story: the step is dated only by the vague word.
    EventExample(.vagueNearer, "某日报1月2日讯：近日，某市中级人民法院公开宣判了一起受贿案。", .rejects(.judgment)),
    EventExample(.vagueNearer, "新华社北京3月8日电 日前，某省高级人民法院对该案作出二审判决。", .rejects(.judgment)),
    EventExample(.vagueNearer, "本报6月8日讯 某县人民检察院日前对张某某提起公诉。", .rejects(.lawsuit)),
    // A vague word inside an attribute of another clause governs nothing after it.
    EventExample(
      .judgment, "2023年7月20日，连同此前认罪的3人，被告人均被判处有期徒刑。", .makes("2023-07-20", .judgment)),
    // A step word naming the period something else happens in.
    EventExample(.periodOfStep, "2016年5月，重审期间，某鉴定中心出具了鉴定意见。", .rejects(.retrial)),
    EventExample(.periodOfStep, "2018年5月31日，再审中，检察员出庭发表意见。", .rejects(.retrial)),
    EventExample(.periodOfStep, "2020年3月，侦查阶段，犯罪嫌疑人如实供述了犯罪事实。", .rejects(.investigation)),
    // The same word followed by its object is the step.
    EventExample(
      .remandOrdered, "2022年9月，最高人民法院决定指令某高级人民法院再审。", .makes("2022-09", .retrial)),
    // A judgment of a retrial (重审判决, 再审裁定) is a judgment.
    EventExample(.judgment, "2025年1月8日，某高级人民法院作出重审判决，维持原判。", .makes("2025-01-08", .judgment)),
    EventExample(.judgment, "2023年8月，某高级人民法院作出再审判决。", .makes("2023-08", .judgment)),
    EventExample(.judgment, "2021年6月2日，某中级人民法院作出重审裁定。", .makes("2021-06-02", .judgment)),
  ]

  /// The retrial itself told with its period later in the sentence still counts once.
  @Test func periodAfterTheStepLeavesTheStep() {
    let events = EventExample.findings("2019年4月，某法院发回重审。重审期间，双方达成和解。")
      .compactMap(\.event)
    #expect(events.map(\.kind).contains(.retrial))
  }
}
