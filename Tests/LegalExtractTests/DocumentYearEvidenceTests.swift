import Testing

@testable import LegalExtract

/// The article's own date inferred when no `--published` is given
/// (`PublishedDateInference`, `DocumentYearEvidence`): the year a dateline
/// leaves out, read from the article's dates, and a full date in the first
/// sentence before a news verb. Words counted from the article (今天, 今年,
/// 去年) resolve against it; negative rows leave the year unknown.
@Suite struct DocumentYearEvidenceTests {
  static let cases: [DateCase] = [
    // Looked back on: every date of the latest year is on or before the
    // dateline's day; a plan's range end (至2018年春节) does not count.
    DateCase(
      "半岛都市报12月22日讯 该市2017年9月份查处欠薪。这是今年首例。自12月中旬起至2018年春节前开展检查。",
      "12月22日=2017-12-22", "2017年9月份=2017-09", "今年=2017",
      "12月中旬起至2018年春节=2017-12..2018-02-16"),
    // Reported from the next year: the quarter lies far after 1月22日.
    DateCase(
      "中新网1月22日电 发言人今日介绍2015年第四季度劳动关系工作。",
      "1月22日=2016-01-22", "今日=2016-01-22", "2015年第四季度=2015"),
    DateCase(
      "新华社北京2月3日电 记者今天获悉，2023年12月全国法院审结案件。",
      "2月3日=2024-02-03", "今天=2024-02-03", "2023年12月=2023-12"),
    // Compared with the same period of a written year, with a dateline…
    DateCase(
      "新华社北京6月26日电 今年1月至5月共查处案件。与2016年同期相比，案件数量增加。",
      "6月26日=2017-06-26", "今年1月至5月=2017-01..2017-05", "2016年=2016"),
    // …and without one: the year alone; 去年 in the clause counts it back.
    DateCase("去年全国法院受理的案件，较2012年同期增长了九成多。", "去年=2013", "2012年=2012"),
    DateCase("今年全省受理案件比2020年同期下降。", "今年=2021", "2020年=2020"),
    // The first sentence's full date before a news verb dates the article.
    DateCase(
      "新闻办就欠薪问题举行发布会\n国务院新闻办公室于2019年10月30日上午10时举行新闻发布会。今天，发言人介绍今年的工作。",
      "2019年10月30日上午10时=2019-10-30", "今天=2019-10-30", "今年=2019"),
    // Negative: a later date in the article (the opening is not the news day).
    DateCase(
      "最高人民法院于2019年10月30日召开会议。2020年1月，各地落实。今天的情况如何？",
      "2019年10月30日=2019-10-30", "2020年1月=2020-01", "今天=XXXX-XX-XX"),
    // Negative: years on both sides of the dateline's day leave the year open
    // (the article's, for 今天, which still takes the dateline's month and day;
    // and, since a bare month-day no longer takes a year written only after
    // it, the dateline's own: ANNOTATION.md).
    DateCase(
      "北京6月10日电 2019年3月立案，2019年9月将宣判。今天，记者获悉。",
      "6月10日=XXXX-06-10", "2019年3月=2019-03", "2019年9月=2019-09", "今天=XXXX-06-10"),
    // A report's as-of date in the lead (截至) is the article's day.
    DateCase(
      "截至3月30日，某法院共受理案件1803件，与上年同比上升。2018年该院受案或将超过5000件。",
      "3月30日=2018-03-30", "上年=2017", "2018年=2018"),
    // Negative: a comparison without 同期 names no period.
    DateCase("今年的案件与2016年相比有所增加。", "今年=XXXX", "2016年=2016"),
  ]

  @Test(arguments: cases) func articleYear(_ c: DateCase) { DateTestSupport.check(c) }

  /// A year alone is never published: the result's date needs all fields.
  @Test func aComparedYearIsNotPublished() {
    let r = DateTestSupport.run(DateCase("去年案件较2012年同期增长。"))
    #expect(r.published == nil)
    #expect(r.dates.first?.value == "2013")
  }
}

extension DocumentYearEvidenceTests {
  /// A compared period written with its year dates nothing: the dateline's
  /// year comes from the other dates (here none after 1月18日 in 2024).
  static let writtenPeriods: [DateCase] = [
    DateCase(
      "中新网1月18日电 该局今日通报2023年第四季度情况。与2022年同期相比，案件下降。",
      "1月18日=2024-01-18", "今日=2024-01-18", "2023年第四季度=2023", "2022年=2022"),
    DateCase("1至5月全省受理案件，比2020年同期下降。", "1至5月=2021-01..2021-05", "2020年=2020"),
  ]

  @Test(arguments: writtenPeriods) func comparedPeriods(_ c: DateCase) { DateTestSupport.check(c) }
}
