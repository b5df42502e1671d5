import Testing

@testable import LegalExtract

/// Date forms the held-out batches B15, B16 and B19 met: ROC years decided by
/// the document's evidence, 元月, a weekday restating its date, a month range
/// to the year's end, the article's year read from its dates, bare days after
/// an agent and months of a noun. Positive and negative rows per family; each
/// family names its rule or table.
@Suite struct DateUnseenFormTests {
  /// `date.ymd.republic-era`: a bare ROC year once the text shows the era.
  static let republicEra: [DateCase] = [
    // 民國 written once, then dropped (a Taiwan ruling).
    DateCase(
      "本院於民國113年1月31日判決，該判決於113年2月21日送達，翌日即113年2月22日起算。",
      "民國113年1月31日=2024-01-31", "113年2月21日=2024-02-21", "翌日=2024-02-22",
      "113年2月22日=2024-02-22"),
    // A Taiwan body and no era word; a space before 年 (PDF text).
    DateCase("臺灣臺北地方檢察署於112 年5月3日起訴。", "112 年5月3日=2023-05-03"),
    // Two-digit ROC years and Chinese numerals in a text with 地方法院.
    DateCase("桃園地方法院99年3月5日判決。", "99年3月5日=2010-03-05"),
    DateCase(
      "中華民國一百一十三年四月二十五日，士林地方法院裁定。一百一十三年五月二日確定。",
      "民國一百一十三年四月二十五日=2024-04-25", "一百一十三年五月二日=2024-05-02"),
    // No evidence: a mainland text keeps the year as written.
    DateCase("据史料，113年3月某地发生地震。", "113年3月=0113-03"),
    // The docket's 112年度 and a year alone are no dates.
    DateCase("臺灣高雄地方法院112年度金訴字第277號，113年不變。"),
    // 公元 names the common era even in a Taiwan text.
    DateCase("地方法院的講座提到公元113年3月的事。", "公元113年3月=0113-03"),
  ]

  /// A weekday written right after a day is part of that date's mention.
  static let restatedWeekdays: [DateCase] = [
    DateCase(
      "國務院新聞辦公室于2019年10月30日(星期三)上午10時舉行發佈會。",
      "2019年10月30日(星期三)上午10時=2019-10-30"),
    DateCase(
      "上訴期間末日為2024年3月12日（星期二），然上訴人遲至4月2日始上訴。",
      "2024年3月12日（星期二）=2024-03-12", "4月2日=2024-04-02"),
    DateCase("定于2024年5月6日 星期一开庭。", "2024年5月6日 星期一=2024-05-06"),
    DateCase("2024年5月6日周一上午开庭。", "2024年5月6日周一上午=2024-05-06"),
    // A weekday after a month alone is a date of its own.
    DateCase("2024年5月，每周一开放。", "2024年5月=2024-05"),
  ]

  /// `DateRules.monthNames`: 元月 is January; 正月 and 腊月 only with a day.
  static let namedMonths: [DateCase] = [
    DateCase("2014年元月6日，工资发放到位。", "2014年元月6日=2014-01-06"),
    DateCase("去年元月，他入职。", "去年元月=2013-01", published: "2014-02-07"),
    DateCase("元月十五日，工程完工。", "元月十五日=2014-01-15", published: "2014-02-07"),
    DateCase("2015年元月份，该公司停工。", "2015年元月份=2015-01"),
    DateCase("他领取3000元月薪。"),
    DateCase("单元月考成绩公布。"),
  ]

  /// A month range that ends with the late part of its year: one entry.
  static let rangesToYearEnd: [DateCase] = [
    DateCase(
      "从今年8月至年底，检察机关将开展专项检查。", "今年8月至年底=2005-08..2005-12",
      published: "2005-07-20"),
    DateCase("2024年3月到年末，共受理案件。", "2024年3月到年末=2024-03..2024-12"),
    DateCase("9月至年底前完成整改。", "9月至年底=2023-09..2023-12", published: "2023-08-01"),
    DateCase("年底前完成。", "年底=2023", published: "2023-08-01"),
  ]

  /// `date.news-day.after-agent`: an Arabic day between a name and its verb.
  static let daysAfterAgents: [DateCase] = [
    DateCase("半岛都市报12月22日讯 该局14日发现某公司拖欠工资。", "12月22日=XXXX-12-22", "14日=XXXX-12-14"),
    DateCase("警方5日抓获犯罪嫌疑人。", "5日=2024-03-05", published: "2024-03-08"),
    DateCase("该公司12日退还全部价款。", "12日=2024-03-12", published: "2024-03-20"),
    DateCase("法院并处10日拘留。", published: "2024-03-20"),
    DateCase("给予该公司15日的整改期。", published: "2024-03-20"),
    DateCase("派出所15日内作出决定。", published: "2024-03-20"),
  ]

  /// An Arabic month before 的 dates the noun after it.
  static let monthsOfNouns: [DateCase] = [
    DateCase("按时足额发放职工11月的工资。", "11月=2017-11", published: "2017-12-23"),
    DateCase("公司5月的营业额下降。", "5月=2017-05", published: "2017-12-23"),
    DateCase("工作满3月的职工可以转正。", published: "2017-12-23"),
    DateCase("他被判处拘役6月的刑罚。", published: "2017-12-23"),
  ]

  /// `date.year.after-founding-verb`: a year without 年 after 成立于 and the like.
  static let bareYears: [DateCase] = [
    DateCase("该厂成立于2004，主营加工。", "2004=2004"),
    DateCase("该寺始建于1998。", "1998=1998"),
    DateCase("他出生于1985，自幼习武。", "1985=1985"),
    DateCase("该公司罚款于2004元。"),
    DateCase("编号为2004，共三件。"),
  ]

  @Test(arguments: bareYears) func yearsWithoutTheirUnit(_ c: DateCase) { DateTestSupport.check(c) }

  @Test(arguments: republicEra) func republicEraYears(_ c: DateCase) { DateTestSupport.check(c) }
  @Test(arguments: restatedWeekdays) func weekdaysAfterTheirDay(_ c: DateCase) {
    DateTestSupport.check(c)
  }
  @Test(arguments: namedMonths) func monthsByName(_ c: DateCase) { DateTestSupport.check(c) }
  @Test(arguments: rangesToYearEnd) func monthRangesToTheYearEnd(_ c: DateCase) {
    DateTestSupport.check(c)
  }
  @Test(arguments: daysAfterAgents) func bareDaysAfterAnAgent(_ c: DateCase) {
    DateTestSupport.check(c)
  }
  @Test(arguments: monthsOfNouns) func arabicMonthsOfANoun(_ c: DateCase) {
    DateTestSupport.check(c)
  }
}
