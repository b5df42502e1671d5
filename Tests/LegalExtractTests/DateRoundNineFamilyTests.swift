import Testing

@testable import LegalExtract

/// The date families of the ninth round's development batches (B33–B36):
/// year words after a verb that ends in 出 or 至, and day words under a
/// dateline that gives its month and day but no year. Positive and negative
/// rows per family; sentences invented.
@Suite struct DateRoundNineFamilyTests {
  /// `DateRules.wordJoiners`: 今 and 去 start another word only after the
  /// scalars that make one with them (如今, 至今; 过去, 出去).
  static let yearWordsAfterVerbs: [DateCase] = [
    DateCase("日照开出今年第二批环保罚单。", "今年=2014", published: "2014-06-01"),
    DateCase("投诉由2022年的3593宗升至去年的5404宗。", "2022年=2022", "去年=2023", published: "2024-05-08"),
    DateCase("截至去年底，共办结案件。", "去年底=2023", published: "2024-05-08"),
    DateCase("欠款至今未还。", published: "2024-05-08"),
    DateCase("如今他已还清欠款。", published: "2024-05-08"),
    DateCase("他看上去年轻许多。", published: "2024-05-08"),
    DateCase("过去一年，法院审结案件。", published: "2024-05-08"),
  ]

  @Test(arguments: yearWordsAfterVerbs) func yearWordAfterAVerb(_ c: DateCase) {
    DateTestSupport.check(c)
  }

  /// A dateline's month and day with no year the text makes certain: day
  /// words take that month and day (XXXX-03-05), as annotators resolve them.
  static let monthDayDatelines: [DateCase] = [
    DateCase(
      "新华社北京3月5日电（记者 王某）今日，北京市第一中级人民法院公开宣判。法院今天还发布了典型案例。",
      "3月5日=XXXX-03-05", "今日=XXXX-03-05", "今天=XXXX-03-05"),
    DateCase(
      "中新网3月5日电 最高检今天发布指导性案例，昨天召开了座谈会。",
      "3月5日=XXXX-03-05", "今天=XXXX-03-05", "昨天=XXXX-03-04"),
    // No dateline: 今日 stays unknown.
    DateCase("今日，生态环境部通报典型案例。", "今日=XXXX-XX-XX"),
  ]

  @Test(arguments: monthDayDatelines) func dayWordsFromAMonthDayDateline(_ c: DateCase) {
    DateTestSupport.check(c)
  }

  /// `date.guard.document-short-name`: a year before 版 names an edition.
  static let editions: [DateCase] = [
    DateCase(
      "依据2022年8月1日起实施的2022年版《山东省生态环境行政处罚裁量基准》作出处罚。",
      "2022年8月1日=2022-08-01"),
    DateCase("2022年版权部门查处侵权案件。", "2022年=2022"),
  ]

  /// 民國 belongs to the mention, as 公元 does (民國114年10月 in B40 gold).
  static let republicEraWords: [DateCase] = [
    DateCase("據統計，民國114年10月份的詐騙件受理數增加。", "民國114年10月份=2025-10"),
    DateCase("本院於民國 112年8月3日宣判。", "民國 112年8月3日=2023-08-03"),
    DateCase("他是民國初年的人。"),
  ]

  @Test(arguments: republicEraWords) func republicEraWordInTheMention(_ c: DateCase) {
    DateTestSupport.check(c)
  }

  @Test(arguments: editions) func yearsNamingAnEdition(_ c: DateCase) {
    DateTestSupport.check(c)
  }
}
