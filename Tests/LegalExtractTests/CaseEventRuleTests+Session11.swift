import Testing

@testable import LegalExtract

/// Examples of the timeline families of issue 19's eleventh round (B34, B37, B39): a party's
/// complaint or petition to any body is a lead; a refused arrest is a decision; a year's count in
/// thousands of people or cases is a statistic.
extension CaseEventRuleTests {
  static let session11Examples: [EventExample] = [
    // A petition or a plea for help brings the matter to the body that hears it: a lead (since
    // round 18 the visit told before the plea makes it, case.event.clue.came-to-body, and the
    // plea is the same step).
    EventExample(
      .clueCameToBody, "2024年4月8日，农民工祁某等17人来到某区劳动监察大队，提出讨薪求助。",
      .makes("2024-04-08", .clue)),
    EventExample(
      .complaint, "2024年4月8日，农民工祁某等17人到某区劳动监察大队提出讨薪求助。",
      .makes("2024-04-08", .clue)),
    // A refused arrest is the procuratorate's decision, not an arrest.
    EventExample(.decision, "2000年9月7日，某县人民检察院对被告不予批捕。", .makes("2000-09-07", .decision)),
    EventExample(.decision, "2021年3月2日，某区人民检察院作出不批捕决定。", .makes("2021-03-02", .decision)),
    EventExample(.arrest, "2021年3月2日，某区人民检察院对张某批准逮捕。", .makes("2021-03-02", .arrest)),
    // A year's count in thousands (70余万人, 3万余件) is a statistic of the year.
    EventExample(
      .statisticMagnitude, "2023年，全国检察机关共批准逮捕各类刑事犯罪嫌疑人70余万人、起诉160余万人。",
      .rejects(.arrest)),
    EventExample(
      .statisticMagnitude, "2022年，全省法院审结一审行政案件3万余件，依法判决行政机关败诉。",
      .rejects(.judgment)),
    // A count of money (3万元) or a day's date is no statistic.
    EventExample(
      .lawsuit, "2023年，某区检察院对拖欠工资3万余元的张某提起公诉。", .makes("2023", .lawsuit)),
    EventExample(
      .arrest, "2023年5月6日，某区检察院批准逮捕涉案人员1万余人中的主犯张某。", .makes("2023-05-06", .arrest)),
  ]
}

extension CaseEventRuleTests {
  static let session11bExamples: [EventExample] = [
    // The decision a reconsideration or a ruling upholds is its object.
    EventExample(
      .upheldObject, "2020年3月26日，某市规资局作出《行政复议决定书》维持了某区规资局的拆除决定书。",
      .rejects(.decision)),
    EventExample(
      .upheldObject, "同年8月28日，某市市场监督管理局下发了《行政复议决定书》，维持某区市场监督管理局的处罚决定。",
      .rejects(.decision)),
    EventExample(
      .reconsideration, "2020年3月26日，某市规资局作出《行政复议决定书》维持了某区规资局的拆除决定书。",
      .makes("2020-03-26", .reconsideration)),
    EventExample(
      .decision, "2019年6月3日，某区规资局对张某作出行政处罚决定。", .makes("2019-06-03", .decision)),
    // 被…拦获 is caught like 被…查获.
    EventExample(
      .detentionCaught, "2023年11月19日晚，王某某等人非法捕鱼，被警方当场拦获。",
      .makes("2023-11-19", .detention)),
    // An agency's 催告通知书 is a written demand.
    EventExample(
      .recommendation, "某镇政府于2020年10月30日再发《催告通知书》。", .makes("2020-10-30", .recommendation)),
    // 抗告: Taiwan's appeal against a ruling.
    EventExample(
      .appeal, "2023年5月4日，檢方就羈押裁定向高等法院提出抗告。", .makes("2023-05-04", .appeal)),
  ]
}

/// A batch step told in a lead the one case's span leaves out is that case's step (B39, B40).
@Suite("Case event lead of one case")
struct CaseEventLeadOfOneCaseTests {
  static let batchLead =
    "某县法院集中宣判11起醉驾案件\n\n"
    + "12月23日，某省某县人民法院对近期发生的11起醉驾案件进行集中宣判，11名被告人被当庭宣判。\n\n"
    + "“平时不怎么喝酒，那天朋友结婚就喝了二两白酒。”被告人张某明说。"
    + "2023年9月9日晚，被告人张某明酒后驾驶摩托车在道路上行驶，被交警查获，血液酒精含量为150毫克/100毫升。"
    + "某县人民检察院以危险驾驶罪对张某明提起公诉。法院以危险驾驶罪判处张某明拘役三个月，并处罚金三千元。"
  static let briefingLead =
    "某县法院集中宣判11起醉驾案件\n\n"
    + "12月23日，某省某县人民法院召开新闻发布会，通报近期发生的11起醉驾案件。\n\n"
    + "“平时不怎么喝酒，那天朋友结婚就喝了二两白酒。”被告人张某明说。"
    + "2023年9月9日晚，被告人张某明酒后驾驶摩托车在道路上行驶，被交警查获，血液酒精含量为150毫克/100毫升。"
    + "某县人民检察院以危险驾驶罪对张某明提起公诉。法院以危险驾驶罪判处张某明拘役三个月，并处罚金三千元。"

  @Test func batchLeadDatesTheOneCase() {
    let cases = Extractor().extract(Self.batchLead).cases
    #expect(cases.count == 1)
    let events = cases.first?.events ?? []
    #expect(events.contains { $0.date == "XXXX-12-23" && $0.kind == .judgment })
  }

  @Test func leadWithNoBatchStepAddsNothing() {
    let cases = Extractor().extract(Self.briefingLead).cases
    #expect(cases.count == 1)
    #expect(cases.first?.events.contains { $0.date == "XXXX-12-23" } == false)
  }
}
