import Testing

@testable import LegalExtract

/// Ranges written with spaces around the connector, relative ranges ending
/// in a bare day before 期间, and a bare year noting a title's version.
@Suite struct DateRangeSpacingTests {
  static let cases: [DateCase] = [
    DateCase("2022年3月1日到 3月5日,公司停工。", "2022年3月1日到 3月5日=2022-03-01..2022-03-05"),
    DateCase("2022年3月1日 至 3月5日,公司停工。", "2022年3月1日 至 3月5日=2022-03-01..2022-03-05"),
    DateCase("2022年3月1日 — 2022年4月1日", "2022年3月1日 — 2022年4月1日=2022-03-01..2022-04-01"),
    DateCase(
      "2020年4月2日,公司成立。同月8日至19日期间,资金被转出。", "2020年4月2日=2020-04-02",
      "同月8日至19日=2020-04-08..2020-04-19"),
    DateCase("2021年6月1日至15日期间多次转账。", "2021年6月1日至15日=2021-06-01..2021-06-15"),
    // a bare year after a title is its version, not a date
    DateCase("依照《中华人民共和国行政许可法》（2019年）第三十条的规定。"),
    DateCase("依据《某某条例》(2019)第五条。"),
    // words that hold 明年 or 日前 without being dates
    DateCase("遗嘱上写明年、月、日。"),
    DateCase("在商标申请日前已经使用。"),
    // 上月 and 去年 count from a full date opening the lead
    DateCase(
      "标题\n\n2022年4月6日,某区检察院提起公诉。\n\n去年八月,被告人开始施工。上月十日,案件移送起诉。",
      "2022年4月6日=2022-04-06", "去年八月=2021-08", "上月十日=2022-03-10"),
    // the opening date is no anchor when the text goes on to a later one
    DateCase(
      "2019年5月6日,张某借款。\n\n2021年3月,法院判决。去年,张某还款。",
      "2019年5月6日=2019-05-06", "2021年3月=2021-03", "去年=XXXX"),
    // a time limit after 至 is still no range end
    DateCase("2021年6月1日起至15日内提交。", "2021年6月1日=2021-06-01"),
  ]

  @Test(arguments: cases)
  func ranges(_ c: DateCase) { DateTestSupport.check(c) }
}
