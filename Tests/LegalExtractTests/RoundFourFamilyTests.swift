import Testing

@testable import LegalExtract

/// Date and figure families from the fourth round's blind batches (B11):
/// each table holds forms that must be read and near-misses that must not.
@Suite struct RoundFourFamilyTests {
  /// A range whose end names its own year, coarser than its start
  /// (`DateScanner.rangeEnd`: from a month to a year's end).
  static let rangesToAYear: [DateCase] = [
    DateCase("2015年3月至2016年年底，方某拖欠工资。", "2015年3月至2016年年底=2015-03..2016"),
    DateCase("2019年1月至2020年底，李某多次盗窃。", "2019年1月至2020年底=2019-01..2020"),
    DateCase("2018年5月至2019年，他在该公司任职。", "2018年5月至2019年=2018-05..2019"),
    // Same precision still joins; a month with no year of its own does not
    // reach a year-only end.
    DateCase("2023年6月至8月，检察院跟进监督。", "2023年6月至8月=2023-06..2023-08"),
    DateCase("2021年至2023年，法院审结案件。", "2021年至2023年=2021..2023"),
  ]

  /// `date.guard.month-in-name`: a Chinese month that begins a place's name.
  static let monthsInNames: [DateCase] = [
    DateCase("法院在十月田镇塘坊村委会举行公开宣判。"),
    DateCase("他住在六月村。"),
    DateCase("五月花路发生交通事故。"),
    // Months in dates keep their date tails.
    DateCase("2019年十月上旬，村民报案。", "2019年十月上旬=2019-10"),
    DateCase("案发于2018年六月，地点在某村。", "2018年六月=2018-06"),
  ]

  /// `date.guard.slogan`: same-day words repeated through a list.
  static let slogans: [DateCase] = [
    DateCase("实行“当日受理、当日审批、当日指派、当日介入”的工作制度。"),
    DateCase("做到当天受理、当天办结。"),
    // One same-day word after a dated step is that step's day.
    DateCase("2023年5月6日，双方达成和解，当日申请司法确认。", "2023年5月6日=2023-05-06", "当日=2023-05-06"),
    DateCase("5月6日立案、当日移送。", "5月6日=XXXX-05-06", "当日=XXXX-05-06"),
  ]

  @Test(arguments: slogans) func sameDayWordsInASlogan(_ c: DateCase) { DateTestSupport.check(c) }

  @Test(arguments: rangesToAYear) func rangesEndingInAWrittenYear(_ c: DateCase) {
    DateTestSupport.check(c)
  }

  @Test(arguments: monthsInNames) func monthsBeginningAPlaceName(_ c: DateCase) {
    DateTestSupport.check(c)
  }

  static let figures = Extractor(onlyStages: ["figures"])

  static func figureTexts(_ text: String) -> [String] {
    figures.extract(text).figures.map(\.text)
  }

  /// `figure.guard.list-announcement` after the count: the items follow.
  @Test func countsBeforeListItemsAnnounceTheList() {
    #expect(Self.figureTexts("重点厘清五个问题。一是影院的责任。") == [])
    #expect(Self.figureTexts("处理方式有三种：其一，调解。") == [])
    #expect(Self.figureTexts("主要有两方面特点：第一，涉案金额大。") == [])
    // A count of things done, then a list of them, is still told as a count
    // when no item opener follows it.
    #expect(Self.figureTexts("查获三个窝点。一处位于城东。") == ["三个窝点"])
    #expect(Self.figureTexts("共发现问题12个，已全部整改。") == ["12个"])
  }

  /// Chainage (K129+200) is a stake number, not a distance.
  @Test func chainageIsAnIdentifier() {
    #expect(Self.figureTexts("铁路K129+200公里处有一采石场。").isEmpty)
    #expect(Self.figureTexts("在G15高速DK12+350处发生事故。").isEmpty)
    #expect(Self.figureTexts("沿线200公里内有采石场3处。") == ["200公里", "3处"])
  }

  /// A body, the period, then its work: the period is a duration too
  /// (ANNOTATION.md; blind B33-02, B35-05, B39-08).
  @Test func headlinePeriodOfABodysWork() {
    #expect(Self.figureTexts("内蒙古铁路检察机关4年办理公益诉讼案件370件") == ["4年", "370件"])
    #expect(Self.figureTexts("全市法院五年审结案件12万件。") == ["五年", "12万件"])
    // The party's own time stays a duration.
    #expect(Self.figureTexts("被告人在该公司工作4年，骗取货款3万元。") == ["4年", "3万元"])
  }
}
