import Testing

@testable import LegalExtract

/// Date families of the session-7 unseen genres: words counted from a date
/// the text never gave (次月 in a rule's wording), day words fused with a
/// time of day (昨下午), lunar months without their day (2018年腊月), a
/// bare day after a byline's bracket, an unquoted dotted named day, and a
/// counted month restated with its year (去年6月 … 2014年6月). Positive and
/// negative rows per family. Sentences are invented.
@Suite struct DateUnseenGenreTests {
  /// `date.guard.no-antecedent`: nothing told before to count from.
  static let noAntecedent: [DateCase] = [
    DateCase("退休人员自办理退休的次月起领取养老金，家属应在次月上报。"),
    DateCase("新规自公布的次年起施行。"),
    DateCase("当月工资应于次月发放。"),
    DateCase("2021年3月，张某入职。次月，公司停发工资。", "2021年3月=2021-03", "次月=2021-04"),
    DateCase("2019年，张某开办公司。同年，他借款10万元。", "2019年=2019", "同年=2019"),
  ]

  /// `date.relative.deictic-word`: every day stem with every time of day.
  static let fusedDayParts: [DateCase] = [
    DateCase("昨下午，案件在九龙坡区法院开庭。", "昨下午=2010-06-03", published: "2010-06-04"),
    DateCase("昨上午，记者从法院获悉。", "昨上午=2010-06-03", published: "2010-06-04"),
    DateCase("今凌晨，民警将其抓获。", "今凌晨=2010-06-04", published: "2010-06-04"),
    DateCase("案件将于明上午宣判。", "明上午=2010-06-05", published: "2010-06-04"),
    DateCase("如今下午的庭审已经结束。", published: "2010-06-04"),
  ]

  /// `date.lunar`: a lunar month after its year may stand without a day;
  /// a bare 一 after it begins another word.
  static let lunarMonths: [DateCase] = [
    DateCase("马某承诺于2018年腊月一次性还清。", "2018年腊月=2019-01"),
    DateCase("2018年腊月十一还清。", "2018年腊月十一=2019-01-16"),
    DateCase("双方约定2020年正月底前交房。", "2020年正月=2020-01"),
    DateCase("他每逢过大年都回家。"),
  ]

  /// `date.news-day`: a bare day right after a byline's bracket.
  static let bylineDays: [DateCase] = [
    DateCase("长江日报讯（记者张某 通讯员李某）8日，记者从汉阳区法院获悉。", "8日=XXXX-XX-08"),
    DateCase("本报讯(记者 王某)12日，市中院公开宣判。", "12日=XXXX-XX-12"),
    DateCase("法院（第二审判庭）8日开庭。", "8日=XXXX-XX-08"),
    DateCase("涉案（见附表）8日内退还。"),
  ]

  /// `date.named-day.dotted`: unquoted with a middle dot before the day's name.
  static let dottedNamedDays: [DateCase] = [
    DateCase("3·15国际消费者权益日，安徽高院召开发布会。", "3·15=XXXX-03-15"),
    DateCase("在12·9国际反腐败日到来之际，检察院开展宣传。", "12·9=XXXX-12-09"),
    DateCase("3·15国际消费者权益日前夕，法院发布一批案例。", "3·15=XXXX-03-15"),
    DateCase("节日前，他赶回家中。"),
    DateCase("3·10特大诈骗案告破。"),
    DateCase("增长3.15个百分点。"),
  ]

  /// The article's year from a counted month restated with its year.
  static let restatedMonths: [DateCase] = [
    DateCase(
      "去年6月，一消费者买回进口食品。2014年6月，市民廖先生在便利店购买饮料。",
      "去年6月=2014-06", "2014年6月=2014-06"),
    DateCase(
      "今年3月5日，张某报警。2019年3月5日晚，张某在家中被盗。", "今年3月5日=2019-03-05", "2019年3月5日晚=2019-03-05"),
    DateCase(
      "去年6月，他买了房。2014年6月和2016年6月，他两次借款。", "去年6月=XXXX-06", "2014年6月=2014-06",
      "2016年6月=2016-06"),
  ]

  @Test(arguments: noAntecedent) func wordsWithNothingToCountFrom(_ c: DateCase) {
    DateTestSupport.check(c)
  }
  @Test(arguments: fusedDayParts) func dayWordsFusedWithATimeOfDay(_ c: DateCase) {
    DateTestSupport.check(c)
  }
  @Test(arguments: lunarMonths) func lunarMonthsWithoutADay(_ c: DateCase) {
    DateTestSupport.check(c)
  }
  @Test(arguments: bylineDays) func bareDaysAfterABylineBracket(_ c: DateCase) {
    DateTestSupport.check(c)
  }
  @Test(arguments: dottedNamedDays) func unquotedDottedNamedDays(_ c: DateCase) {
    DateTestSupport.check(c)
  }
  @Test(arguments: restatedMonths) func countedMonthsRestatedWithTheirYear(_ c: DateCase) {
    DateTestSupport.check(c)
  }
}
