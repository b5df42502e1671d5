import Testing

@testable import LegalExtract

/// Examples of the timeline families of issue 19's seventh round: a judgment given at the sitting
/// of a hearing told before, steps of a day whose year nobody knows (kept, year XXXX), year parts, who hands a case
/// over, orders served as papers, payments by a third party or only agreed to, and trigger words
/// heading a case's name. Each family has at least two phrasings a different site would use.
extension CaseEventRuleTests {
  static let sittingAndHandOverExamples: [EventExample] = [
    // A judgment given 当庭 / 当场: the hearing's date, in the hearing's sentence too.
    EventExample(
      .sameSitting, "2019年4月26日，某区人民法院开庭审理该案。\n庭审中，检察员宣读了起诉书。法院审理后当庭宣判，判决某局依法履职。",
      .makes("2019-04-26", .judgment)),
    EventExample(
      .sameSitting, "2021年9月19日，某县人民法院把巡回法庭设在某村，公开开庭审理此案。\n庭审结束后，法庭当场作出判决。",
      .makes("2021-09-19", .judgment)),
    EventExample(
      .trialOutcome, "2019年12月2日，某法院开始公开开庭审理此案，张某等人分别被判处有期徒刑。", .rejects(.judgment)),
    // The hearing told as the judgment's condition is one sitting.
    EventExample(
      .judgment, "2025年7月15日，人民法院经开庭审理，认为某局未完成修复工作，遂依法判决某局继续履行职责。",
      .makes("2025-07-15", .judgment)),
    EventExample(
      .judgment, "2020年3月2日，某区法院经过庭审，认为被告人罪名成立，遂判处其有期徒刑一年。",
      .makes("2020-03-02", .judgment)),
    // A day of an unknown year dates its step with the year unknown (XXXX).
    EventExample(.hearing, "11日，某区人民法院公开开庭审理一起拒不支付劳动报酬案。", .makes("XXXX-XX-11", .hearing)),
    EventExample(.clueReceived, "1月4日，该局接到市场监管投诉举报平台的举报单。", .makes("XXXX-01-04", .clue)),
    // A year's part dates by its month.
    EventExample(.yearPart, "2019年底，某县人民检察院接到人大代表反映。", .makes("2019-12", .clue)),
    EventExample(.yearPart, "2020年末，某公司将拖欠的工资全部支付到位。", .makes("2020-12", .rectification)),
    EventExample(.clueReceived, "2019年，某县人民检察院接到人大代表反映。", .makes("2019", .clue)),
    // Who hands the case over: the procuratorate referring it for trial sues.
    EventExample(
      .prosecutionReferred, "2022年7月22日，某市人民检察院以涉嫌销售假药罪对李某移送起诉。", .makes("2022-07-22", .lawsuit)),
    EventExample(
      .prosecutionReferred, "2019年3月5日，某县检察院将该案移送起诉至某县人民法院。", .makes("2019-03-05", .lawsuit)),
    EventExample(
      .handedOverReceived, "2003年9月，某区检察院受理了某区公安局移送审查起诉的虚开发票案。", .makes("2003-09", .transfer)),
    EventExample(
      .handedOverReceived, "2021年5月，某区人民检察院受理某公安分局移交的一起盗窃案。", .makes("2021-05", .transfer)),
    EventExample(
      .transfer, "2022年7月22日，某县公安局将李某移送审查起诉。", .makes("2022-07-22", .transfer)),
    // An order served as a notice or letter is a written demand; as a decision, a decision.
    EventExample(
      .orderPaper, "2013年3月30日，某劳动监察队以张贴的方式送达责令支付工资告知书。", .makes("2013-03-30", .recommendation)),
    EventExample(
      .orderPaper, "2020年6月1日，某区人社局向某公司发出责令改正督促函。", .makes("2020-06-01", .recommendation)),
    EventExample(
      .orderWithDeadline, "2013年3月30日，某监察队责令吴某按期发还拖欠员工的工资。", .makes("2013-03-30", .recommendation)),
    EventExample(.decision, "2020年6月1日，某局向该公司送达责令改正决定书。", .makes("2020-06-01", .decision)),
    // Payment by a third party is rectification; a payment agreed to is not yet made.
    EventExample(
      .paidOnBehalf, "2013年3月30日，某实业公司替吴某垫付工资12万元。", .makes("2013-03-30", .rectification)),
    EventExample(
      .paidOnBehalf, "2021年1月5日，总承包单位代为支付了拖欠的工资。", .makes("2021-01-05", .rectification)),
    EventExample(.undertaking, "2023年1月20日，总承包单位同意先行垫付12万元。", .rejects(.rectification)),
    EventExample(.undertaking, "2022年6月8日，该公司答应补发全部工资。", .rejects(.rectification)),
    // A trigger word heading a case's name.
    EventExample(
      .caseNameHead, "2022年9月2日，某中级人民法院二审公开宣判张某强制猥亵上诉一案。", .rejects(.appeal)),
    EventExample(
      .caseNameHead, "2021年4月2日，某市中级人民法院公开开庭审理张某不服行政复议纠纷一案。", .rejects(.reconsideration)),
    EventExample(
      .notAStep, "2018年7月27日，某县法院公开开庭审理此案，检察长以公益诉讼起诉人的身份出庭。", .rejects(.lawsuit)),
    // A finding told after another step of its sentence is that step's work.
    EventExample(
      .foundByOther, "2017年，某县人民检察院受理了某公司非法占用农用地一案，审查中发现该案存在公益损害问题。", .rejects(.clue)),
    // Steps with no kind before.
    EventExample(
      .reviewRequested, "2012年1月18日，某省高级人民法院裁定驳回上诉，依法报请最高人民法院复核。", .makes("2012-01-18", .other)),
    EventExample(
      .reviewRequested, "2015年6月2日，某高级人民法院将案件报请最高人民法院核准。", .makes("2015-06-02", .other)),
    EventExample(
      .investigation, "2025年5月，某区院邀请志愿者对整改情况进行“跟踪观察”。", .makes("2025-05", .investigation)),
    EventExample(
      .findingsReceived, "2020年5月21日，某局收到废气采样的监测报告。", .makes("2020-05-21", .investigation)),
  ]

  /// A judgment 当庭 told in a paragraph after a lawsuit dated later in the text keeps the
  /// hearing's date, not the lawsuit's (法庭当庭作出判决 after 2018年5月24日…提起公诉).
  @Test func sittingJudgmentTakesTheHearingsDateNotTheLastOne() {
    let text = "2018年7月27日，某县法院公开开庭审理该案，法庭当庭宣判。\n2018年5月24日，某县检察院依法提起公诉。庭审中，法庭当庭作出判决。"
    let events = EventExample.findings(text).compactMap(\.event)
    #expect(events.filter { $0.kind == .judgment }.map(\.date) == ["2018-07-27"])
  }

  /// A judgment with its own date is not moved to an earlier hearing's.
  @Test func datedJudgmentKeepsItsOwnDate() {
    let text = "2020年3月1日，某法院开庭审理此案。2020年3月20日，该院当庭宣判。"
    let events = EventExample.findings(text).compactMap(\.event)
    #expect(events.filter { $0.kind == .judgment }.map(\.date) == ["2020-03-20"])
  }

  /// Without a hearing told before, a judgment 当庭 in an undated paragraph stays undated.
  @Test func sittingJudgmentWithoutHearingIsUndated() {
    let text = "2020年3月1日，某检察院提起公诉。\n法院当庭宣判。"
    let events = EventExample.findings(text).compactMap(\.event)
    #expect(!events.contains { $0.kind == .judgment })
  }

  /// A day of an unknown year makes its step with the year unknown; with a year the same day
  /// has it; a date with no known part (今天 with no reference) makes none.
  @Test func unknownYearKeepsTheStepWithItsKnownParts() {
    let bare = EventExample.findings("11日，某区人民法院公开开庭审理此案。").compactMap(\.event)
    #expect(bare.map(\.date) == ["XXXX-XX-11"])
    let dated = EventExample.findings("2016年3月11日，某区人民法院公开开庭审理此案。").compactMap(\.event)
    #expect(dated.map(\.date) == ["2016-03-11"])
  }
}
