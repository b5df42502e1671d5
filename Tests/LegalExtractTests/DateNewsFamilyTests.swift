import Testing

@testable import LegalExtract

/// The date families a held-out batch of news found missing (festivals,
/// bracketed dotted months, quarters, bare days with an hour, the story's
/// day after a flashback): positive and negative rows per family, each
/// family named by the rule that reads it.
@Suite struct DateNewsFamilyTests {
  static let ref = "2024-03-15"

  /// `date.holiday`: 过年 and festivals after 那个; 过年 alone is the verb.
  static let festivals: [DateCase] = [
    DateCase("2024年春节，他在看守所过年。", "2024年春节=2024-02-10"),
    DateCase("2024年春节难忘。那个春节，工人日子艰难。", "2024年春节=2024-02-10", "春节=2024-02-10"),
    DateCase("2024年过年时，他加入催债队伍。", "2024年过年=2024-02-10"),
    DateCase("过年期间，他返乡。", "过年=2024-02-10", published: ref),
    DateCase("大年三十晚上，他转账。", "大年三十晚上=2024-02-09", published: ref),
    DateCase("除夕那天，工人堵门。", "除夕=2024-02-09", published: ref),
    DateCase("他只能在看守所过年。", published: ref),
    DateCase("回家过年是心愿。", published: ref),
  ]

  /// `date.separated.year-month`: a dotted year-month closed by a bracket.
  static let bracketedMonths: [DateCase] = [
    DateCase("案例一：杨某酒后挪车案（辽宁凤城，2025.4）", "2025.4=2025-04"),
    DateCase("陈某案（2025.1）", "2025.1=2025-01"),
    DateCase("赵某案【云南景洪、2024.12】", "2024.12=2024-12"),
    DateCase("营收增长2025.4万元。"),
    DateCase("版本（v2025.4）已发布。"),
    DateCase("共计（2025.4元）。"),
    DateCase("指数为（1.5，2025.13）。"),
  ]

  /// `date.year-span`: quarters and halves as ranges of months.
  static let yearSpans: [DateCase] = [
    DateCase("2025年一季度新收案件下降。", "2025年一季度=2025"),
    DateCase("2024年第二季度审结案件。", "2024年第二季度=2024"),
    DateCase("2024年第3季度审结案件。", "2024年第3季度=2024"),
    DateCase("2023年前三季度审结案件。", "2023年前三季度=2023"),
    DateCase("2023年下半年审结案件。", "2023年下半年=2023"),
    DateCase("今年上半年审结案件。", "今年上半年=2024", published: ref),
    DateCase("2023年四季度末，案件清零。", "2023年四季度末=2023-12"),
    DateCase("上半年，全市法院审结案件。", "上半年=2024", published: ref),
    DateCase("每季度召开一次会议。", published: ref),
    DateCase("本季度召开一次会议。", published: ref),
    DateCase("节目第一季节奏很快。", published: ref),
    DateCase("法院每季度通报一次。", published: ref),
  ]

  /// `date.news-day.time-of-day` and the reporter's day (`date.news-day`).
  static let newsDays: [DateCase] = [
    DateCase("本报北京2月3日电 “3·10”诈骗案3日上午一审宣判。", "2月3日=XXXX-02-03", "3日上午=XXXX-02-03"),
    DateCase("检察长应勇8日上午作报告。", "8日上午=2024-03-08", published: "2024-03-08"),
    DateCase(
      "今年3月22日，市政府印发通知。18日记者跟随执行法官行动。",
      "今年3月22日=2017-03-22", "18日=2017-05-18", published: "2017-05-19"),
    DateCase("就在18日当天一早，干警拘传一人。", "18日当天=2017-05-18", published: "2017-05-19"),
    DateCase("他被拘留15日。", published: ref),
    DateCase("他被拘留8日后释放。", published: ref),
    DateCase("他被拘留15日以上。", published: ref),
  ]

  /// The story's day after a flashback paragraph (`DateSections.flashbacks`).
  static let storyDays: [DateCase] = [
    DateCase(
      "18日上午，执行干警出发。\n据了解，2012年邢某借款。2017年1月11日，银行申请执行。\n当天，马某的母亲还款。",
      "18日上午=2017-05-18", "2012年=2012", "2017年1月11日=2017-01-11", "当天=2017-05-18",
      published: "2017-05-19"),
    DateCase(
      "18日上午，执行干警出发。\n2017年1月11日，银行申请执行。当天，法院立案。",
      "18日上午=2017-05-18", "2017年1月11日=2017-01-11", "当天=2017-01-11", published: "2017-05-19"),
    DateCase(
      "据了解，2012年邢某借款。2017年1月11日，银行申请执行。当天，法院立案。",
      "2012年=2012", "2017年1月11日=2017-01-11", "当天=2017-01-11", published: "2017-05-19"),
  ]

  /// 上周期, 本周年: week words that begin another word (`date.guard.word-boundary`).
  static let weekWords: [DateCase] = [
    DateCase("以上周期内，他未到案。", published: ref),
    DateCase("他说：下周期待更多。", published: ref),
    DateCase("上周五和本周一，法院开庭。", "上周五=2024-03-08", "本周一=2024-03-11", published: ref),
    DateCase("下周一起，该院开展专项行动。", "下周一=2024-03-18", published: ref),
  ]

  /// The second held-out batch's families: 今(22日), 年份的月日, 到了年底,
  /// years numbering a document, 案发当日, offsets that are lengths.
  static let secondBatch: [DateCase] = [
    DateCase("检方今（22日）起诉5人。", "今（22日）=2025-12-22", published: "2025-12-22"),
    DateCase("在1996年的5月3日，他签订协议。", "1996年的5月3日=1996-05-03"),
    DateCase("1996年5月3日签约，到了年底仍未付款。", "1996年5月3日=1996-05-03", "年底=1996"),
    DateCase("在终院刑事上诉2014年第8号案中，法院驳回上诉。"),
    DateCase("国务院令2014年第8号公布。"),
    DateCase("案发当日，海关查获走私货物。"),
    DateCase("2025年11月3日，海关查获货物。\n案发当日，关员开箱查验。", "2025年11月3日=2025-11-03"),
    DateCase(
      "2025年11月3日，海关查获货物，案发当日关员开箱查验。",
      "2025年11月3日=2025-11-03", "当日=2025-11-03"),
    DateCase("判决已经生效6年，而6年后被执行人又起诉。", published: "2006-03-29"),
    DateCase("2019年4月，工人受雇于某公司。辛苦半年后，施工方拒付工资。", "2019年4月=2019-04"),
    DateCase("2019年4月，工人受雇于某公司。半年后，施工方拒付工资。", "2019年4月=2019-04", "半年后=2019-10"),
    DateCase("2019年4月立案，而两年后才结案。", "2019年4月=2019-04", "两年后=2021"),
  ]

  /// The genre batch's families: a misprinted year, the dateline's day
  /// repeated in the lead, and no later year for words before it.
  static let genreBatch: [DateCase] = [
    DateCase("2012月11月5日，审判委员会讨论通过。", "2012月11月5日=2012-11-05"),
    DateCase("他说2012月，"),
    DateCase(
      "据新华社北京8月9日电 最高人民法院、最高人民检察院9日联合发布解释。",
      "8月9日=XXXX-08-09", "9日=XXXX-08-09"),
    DateCase("据新华社北京8月9日电 最高人民法院公布15日以来的数据。", "8月9日=XXXX-08-09"),
    // Past the lead's first sentence the dateline's day still repeats in its
    // paragraph and the next (DateLeadAndIdentifierTests.datelineRepeats);
    // another day there needs a rule of its own.
    DateCase("北京8月9日电 案件审结。最高人民法院9日联合印发解释。", "8月9日=XXXX-08-09", "9日=XXXX-08-09"),
    DateCase("北京8月9日电 案件审结。最高人民法院10日联合印发解释。", "8月9日=XXXX-08-09"),
    DateCase(
      "正义网北京2月20日电 今天，最高人民检察院召开发布会。2018年，检察机关起诉案件。",
      "2月20日=XXXX-02-20", "今天=XXXX-02-20", "2018年=2018"),
    DateCase(
      "正义网北京2月20日电 2018年，检察机关起诉案件。昨天，最高人民检察院召开发布会。",
      "2月20日=2018-02-20", "2018年=2018", "昨天=2018-02-19"),
  ]

  @Test(arguments: genreBatch) func genreBatchFamilies(_ c: DateCase) { DateTestSupport.check(c) }
  @Test(arguments: secondBatch) func secondBatchFamilies(_ c: DateCase) { DateTestSupport.check(c) }
  @Test(arguments: festivals) func festivalDates(_ c: DateCase) { DateTestSupport.check(c) }
  @Test(arguments: bracketedMonths) func bracketedDottedMonths(_ c: DateCase) {
    DateTestSupport.check(c)
  }
  @Test(arguments: yearSpans) func quartersAndHalves(_ c: DateCase) { DateTestSupport.check(c) }
  @Test(arguments: newsDays) func bareDaysOfTheNews(_ c: DateCase) { DateTestSupport.check(c) }
  @Test(arguments: storyDays) func theStorysDayAfterAFlashback(_ c: DateCase) {
    DateTestSupport.check(c)
  }
  @Test(arguments: weekWords) func weekWordsInOtherWords(_ c: DateCase) { DateTestSupport.check(c) }
}
