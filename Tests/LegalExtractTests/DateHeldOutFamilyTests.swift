import Testing

@testable import LegalExtract

/// The date families held-out batches B7 and B8 found missing: a year word
/// only before its month (这个五月), year halves after a subject, bare days
/// before a news verb, 今 alone, day ranges, dotted named days, quoted
/// speech, and forward offsets with nothing before them. Positive and
/// negative rows per family, each family named by its rule.
@Suite struct DateHeldOutFamilyTests {
  /// `date.relative.deictic-word` with `DateNewsRules.monthOnlyYearWords`.
  static let monthOnlyYears: [DateCase] = [
    DateCase("这个五月，足球圈内注定不会平静。", "这个五月=2011-05", published: "2011-05-06"),
    DateCase("这个5月的雨水偏多。", "这个5月=2011-05", published: "2011-05-06"),
    DateCase("这个春节，他在看守所度过。", "这个春节=2011-02-03", published: "2011-05-06"),
    DateCase("这个案子还没有到我们这里。", published: "2011-05-06"),
    DateCase("这个十月怀胎的故事令人动容。", published: "2011-05-06"),
    DateCase("这个月，法院审结案件。", "这个月=2011-05", published: "2011-05-06"),
  ]

  /// `date.year-span` after a subject, not inside another word.
  static let yearSpansAfterSubjects: [DateCase] = [
    DateCase("全国检察机关上半年支持起诉1.42万件。", "上半年=2025", published: "2025-07-25"),
    DateCase("全市法院一季度审结案件。", "一季度=2025", published: "2025-07-25"),
    DateCase("全省法院前三季度审结案件。", "前三季度=2025", published: "2025-10-25"),
    DateCase("他马上半年没回家了。", published: "2025-07-25"),
    DateCase("线下半年度会议照常举行。", published: "2025-07-25"),
    DateCase("法院每一季度通报一次。", published: "2025-07-25"),
    DateCase("统一季度考核标准。", published: "2025-07-25"),
    DateCase("目前三季度数据尚未公布。", published: "2025-10-25"),
  ]

  /// `date.news-day.before-verb`: Arabic or Chinese bare days before a news verb.
  static let daysBeforeVerbs: [DateCase] = [
    DateCase("香港西九龙裁判法院二十四日宣判。", "二十四日=2019-04-24", published: "2019-04-25"),
    DateCase("戴耀廷二十四日被判入狱。", "二十四日=XXXX-XX-24"),
    DateCase("检方9日起诉5人。", "9日=2025-12-09", published: "2025-12-10"),
    DateCase("法院十五日上午开庭。", "十五日上午=2025-12-15", published: "2025-12-20"),
    DateCase(
      "北京8月9日电 案件审结。最高人民法院9日发布解释。", "8月9日=XXXX-08-09", "9日=XXXX-08-09"),
    DateCase("该院于2024年1月31—2日开庭。", "2024年1月=2024-01"),
    DateCase("他说2月30日开庭。"),
    DateCase("他被行政拘留十五日。", published: "2019-04-25"),
    DateCase("他被拘留十五日宣判前释放。", published: "2019-04-25"),
    DateCase("案件历时二十日审理完毕。", published: "2019-04-25"),
    DateCase("每15日通报一次。", published: "2019-04-25"),
    DateCase("第3日宣判。", published: "2019-04-25"),
  ]

  /// `date.relative.today-before-verb`: 今 alone before a news verb.
  static let todayAlone: [DateCase] = [
    DateCase("台湾高等法院更一审今改判廖某有期徒刑5年8月。", "今=2026-03-11", published: "2026-03-11"),
    DateCase("检方今侦结全案。", "今=2026-03-11", published: "2026-03-11"),
    DateCase("地院今上午宣判。", "今上午=2026-03-11", published: "2026-03-11"),
    DateCase("此案至今宣判无期。", published: "2026-03-11"),
    DateCase("如今宣判已成定局。", published: "2026-03-11"),
    DateCase("今改制后的公司。", published: "2026-03-11"),
  ]

  /// `date.range.bare-days`: two bare days joined by a connector.
  static let bareDayRanges: [DateCase] = [
    DateCase("原班人马19日至21日再度出击。", "19日至21日=2019-03-19..2019-03-21", published: "2019-03-22"),
    DateCase("海巡队5日-7日执行勤务。", "5日-7日=XXXX-XX-05..XXXX-XX-07"),
    DateCase("他历时3日至5日不等。", published: "2019-03-22"),
    DateCase("工程需20日至10日。", published: "2019-03-22"),
    DateCase("每5日至7日巡查一次。", published: "2019-03-22"),
  ]

  /// `date.named-day.dotted`: a quoted month·day naming a day.
  static let dottedNamedDays: [DateCase] = [
    DateCase("“3·15”国际消费者权益日来了。", "3·15=XXXX-03-15"),
    DateCase("“3.15”国际消费者权益日来临之际。", "3.15=2026-03-15", published: "2026-03-15"),
    DateCase("“11·11”期间，投诉增多。", "11·11=2025-11-11", published: "2025-11-20"),
    DateCase("“3·10”特大跨境电信诈骗案一审宣判。"),
    DateCase("“7·23”事故调查报告公布。"),
    DateCase("营收增长“3.5”倍。"),
    DateCase("“2·30”国际日。"),
  ]

  /// `date.relative.speech-day`: a day word in quoted speech after a full
  /// day of its paragraph; elsewhere the article's day.
  static let speechDays: [DateCase] = [
    DateCase(
      "3月19日，干警约谈双方。被执行人表示：“我今天只能凑够一两万。”",
      "3月19日=XXXX-03-19", "今天=XXXX-03-19"),
    DateCase(
      "2021年3月19日，干警约谈双方。他说：“昨天我已还款。”",
      "2021年3月19日=2021-03-19", "昨天=2021-03-18", published: "2021-04-02"),
    DateCase(
      "2025年6月3日立案。法院二十四日宣判，他说：“今天拿到判决，心里踏实了。”",
      "2025年6月3日=2025-06-03", "二十四日=2025-06-24", "今天=2025-06-24", published: "2025-07-18"),
    DateCase(
      "3月19日，干警约谈双方。\n他说：“今天我只能还一万。”", "3月19日=2021-03-19", "今天=2021-04-02",
      published: "2021-04-02"),
    DateCase(
      "3月19日，干警约谈双方。今天，法院通报此案。", "3月19日=2021-03-19", "今天=2021-04-02",
      published: "2021-04-02"),
  ]

  /// `date.guard.unanchored-offset`: a forward offset as the text's first date.
  static let unanchoredOffsets: [DateCase] = [
    DateCase("这本是再正常不过的事情。半年后，村主任却被刑拘。"),
    DateCase("他外出打工。三天后，家人报警。", published: "2019-04-18"),
    DateCase("三天前，家人报警。", "三天前=2019-04-15", published: "2019-04-18"),
    DateCase("2019年4月立案，半年后结案。", "2019年4月=2019-04", "半年后=2019-10"),
  ]

  /// A dateline that gives its day alone (台中17日电) anchors day words to
  /// that day; a shift that may cross a month end stays unknown.
  static let datelineDays: [DateCase] = [
    DateCase(
      "(中央社记者郝某台中17日电)海巡队今天宣布，昨天在外海发现渔船。",
      "17日=XXXX-XX-17", "今天=XXXX-XX-17", "昨天=XXXX-XX-16"),
    DateCase("(中央社记者台中1日电)海巡队昨天查获渔船。", "1日=XXXX-XX-01", "昨天=XXXX-XX-XX"),
    DateCase("台中17日电话联系了当事人。今天，法院宣判。", "今天=XXXX-XX-XX"),
  ]

  @Test(arguments: datelineDays) func dayWordsFromADatelineDay(_ c: DateCase) {
    DateTestSupport.check(c)
  }

  /// The refused offset keeps its span: 半年 in it is no duration figure.
  @Test func unanchoredOffsetIsNoFigure() {
    let result = Extractor().extract("这本是再正常不过的事情。半年后，村主任却被刑拘。", published: nil)
    #expect(result.dates.isEmpty)
    #expect(result.figures.isEmpty)
  }

  @Test(arguments: monthOnlyYears) func yearWordsOnlyBeforeAMonth(_ c: DateCase) {
    DateTestSupport.check(c)
  }
  @Test(arguments: yearSpansAfterSubjects) func yearSpansAfterASubject(_ c: DateCase) {
    DateTestSupport.check(c)
  }
  @Test(arguments: daysBeforeVerbs) func bareDaysBeforeANewsVerb(_ c: DateCase) {
    DateTestSupport.check(c)
  }
  @Test(arguments: todayAlone) func todayAloneBeforeANewsVerb(_ c: DateCase) {
    DateTestSupport.check(c)
  }
  @Test(arguments: bareDayRanges) func rangesOfBareDays(_ c: DateCase) { DateTestSupport.check(c) }
  @Test(arguments: dottedNamedDays) func quotedMonthDotDays(_ c: DateCase) {
    DateTestSupport.check(c)
  }
  @Test(arguments: speechDays) func dayWordsInQuotedSpeech(_ c: DateCase) {
    DateTestSupport.check(c)
  }
  @Test(arguments: unanchoredOffsets) func forwardOffsetsNeedADate(_ c: DateCase) {
    DateTestSupport.check(c)
  }
}
