import Testing

@testable import LegalExtract

/// Relative, deictic and vague dates; sections; the published date.
@Suite struct DateRelativeTests {
  static let cases: [DateCase] = [
    DateCase("2019年6月签订协议。同年9月开工建设。", "2019年6月=2019-06", "同年9月=2019-09"),
    DateCase("2019年6月签订协议，次年3月5日竣工。", "2019年6月=2019-06", "次年3月5日=2020-03-05"),
    DateCase("2019年张某入职，翌年离职。", "2019年=2019", "翌年=2020"),
    DateCase("2019年该厂停产，上年曾被处罚。", "2019年=2019", "上年=2018"),
    DateCase("2019年案发，前一年张某已有前科。", "2019年=2019", "前一年=2018"),
    DateCase("2019年6月立案，同月移送起诉。", "2019年6月=2019-06", "同月=2019-06"),
    DateCase("2019年12月立案，次月移送起诉。", "2019年12月=2019-12", "次月=2020-01"),
    DateCase("2019年1月结案，上月曾开庭。", "2019年1月=2019-01", "上月=2018-12"),
    DateCase("2019年6月立案，当月20日开庭。", "2019年6月=2019-06", "当月20日=2019-06-20"),
    DateCase("2023年5月3日立案，同月31日结案。", "2023年5月3日=2023-05-03", "同月31日=2023-05-31"),
    DateCase("2024年6月18日案发，当日被抓获。", "2024年6月18日=2024-06-18", "当日=2024-06-18"),
    DateCase("2024年2月28日送达，次日签收。", "2024年2月28日=2024-02-28", "次日=2024-02-29"),
    DateCase("2023年12月31日报案，翌日立案。", "2023年12月31日=2023-12-31", "翌日=2024-01-01"),
    DateCase("2024年3月1日开庭，前一日送达传票。", "2024年3月1日=2024-03-01", "前一日=2024-02-29"),
    DateCase("2024年6月18日案发，当天被抓获。", "2024年6月18日=2024-06-18", "当天=2024-06-18"),
    DateCase("2019年7月4日投递简历，同日被拒。", "2019年7月4日=2019-07-04", "同日=2019-07-04"),
    DateCase("2022年7月26日聚餐，饮酒至次日凌晨1时许。", "2022年7月26日=2022-07-26", "次日凌晨1时许=2022-07-27"),
    DateCase(
      "2011年3月1日，双方签订期限自当日起至2012年2月28日止的合同。",
      "2011年3月1日=2011-03-01", "当日起至2012年2月28日=2011-03-01..2012-02-28"),
    DateCase("2015年8月签约，交易价明显低于当年市场价。", "2015年8月=2015-08", "当年=2015"),
    DateCase("2023年3月，张某入职。6月5日，张某受伤。", "2023年3月=2023-03", "6月5日=2023-06-05"),
    DateCase("1995年2月20日签约。7月21日，货物抵港。", "1995年2月20日=1995-02-20", "7月21日=1995-07-21"),
    DateCase(
      "本院于2019年3月立案，4月15日开庭，5月作出判决。", "2019年3月=2019-03", "4月15日=2019-04-15",
      "5月=2019-05"),
    DateCase(
      "1992年12月25日19时许起火，当日19时左右陈某仍在单位。", "1992年12月25日19时许=1992-12-25", "当日19时左右=1992-12-25"),
    DateCase("十二月三十日，记者走访了该院。", "十二月三十日=XXXX-12-30"),
    DateCase("12月30日，记者走访了该院。", "12月30日=2024-12-30", published: "2024-12-31"),
    DateCase("12月30日，记者走访了该院。", "12月30日=2024-12-30", published: "2025-01-03"),
    DateCase("同年9月，工程开工。", "同年9月=XXXX-09"),
    DateCase("本月，全市开展专项整治。", "本月=2024-03", published: "2024-03-10"),
    DateCase("记者当天从法院获悉。", "当天=2024-03-10", published: "2024-03-10"),
    // Deictic words count from the published date.
    DateCase("今年，该院共办理案件300件。", "今年=2024", published: "2024-12-30"),
    DateCase("去年5月，张某报案。", "去年5月=2023-05", published: "2024-12-30"),
    DateCase("前年，该村完成确权。", "前年=2022", published: "2024-12-30"),
    DateCase("明年将全面推开。", "明年=2025", published: "2024-12-30"),
    DateCase("今年，该院共办理案件300件。", "今年=XXXX"),
    DateCase("去年6月，张某报案。", "去年6月=XXXX-06"),
    DateCase("昨日，法院公开宣判。", "昨日=2024-02-29", published: "2024-03-01"),
    DateCase("今天上午，法院公开宣判。", "今天上午=2024-03-01", published: "2024-03-01"),
    DateCase("今年3月15日，消费者权益日。", "今年3月15日=2024-03-15", published: "2024-12-30"),
    // News days: a bare Arabic day after a break counts in the case's month,
    // else the published month.
    DateCase("记者8日从市法院获悉，该案已审结。", "8日=2024-03-08", published: "2024-03-10"),
    DateCase("记者28日从市法院获悉。", "28日=2024-02-28", published: "2024-03-10"),
    DateCase("记者8日从市法院获悉。", "8日=XXXX-XX-08"),
    DateCase("2023年6月5日，张某报案。10日，警方立案。", "2023年6月5日=2023-06-05", "10日=2023-06-10"),
    DateCase("2023年2月5日，张某报案。截至30日，尚未结案。", "2023年2月5日=2023-02-05", "30日=XXXX-XX-30"),
    DateCase("本报讯 昨(26)日，市人大会议听取报告。", "昨(26)日=2024-03-26", published: "2024-03-27"),
    // Vague: the closed list, value null.
    DateCase("近日，最高法发布典型案例。", "近日=null"),
    DateCase("记者日前从市检察院获悉。", "日前=null"),
    DateCase("近期，多地出现类似骗局。", "近期=null"),
    DateCase("近年，此类案件多发。", "近年=null"),
    DateCase("近年来，检察机关持续加大办案力度。", "近年来=null"),
    DateCase("此前，该公司已被约谈。", "此前=null"),
    DateCase("早前，张某曾多次借款。", "早前=null"),
    DateCase("前不久，该院召开新闻发布会。", "前不久=null"),
    // Sections: a case heading starts a new search for the year.
    // A year written only after a bare day anchors nothing: the lead's day, a later paragraph's, or
    // a case's own (its section's later years) stay open.
    DateCase(
      "12月19日，李某补植复绿完毕。\n2017年8月2日，李某被判处刑罚。2018年12月初，厂库全部拆除。",
      "12月19日=XXXX-12-19", "2017年8月2日=2017-08-02", "2018年12月初=2018-12"),
    DateCase(
      "8月28日至30日，某县法院公开审理此案。\n被告人自1998年至2004年多次寻衅滋事，2006年组织他人开办店铺。",
      "8月28日至30日=XXXX-08-28..XXXX-08-30", "1998年至2004年=1998..2004", "2006年=2006"),
    DateCase(
      "某法院审结一起案件。\n8月5日，乙公司起诉。2019年3月，法院判决。2021年5月，执行完毕。",
      "8月5日=XXXX-08-05", "2019年3月=2019-03", "2021年5月=2021-05"),
    DateCase(
      "案例一\n\n2019年3月，甲公司成立。\n\n案例二\n\n8月5日，乙公司起诉。2021年3月，法院判决。",
      "2019年3月=2019-03", "8月5日=XXXX-08-05", "2021年3月=2021-03"),
    DateCase(
      "案例一\n\n2019年3月，甲公司成立。\n\n案例二\n\n8月5日，乙公司起诉。",
      "2019年3月=2019-03", "8月5日=2019-08-05"),
    DateCase(
      "一、基本案情\n\n2020年4月，甲公司成立。\n\n二、处理结果\n\n2021年2月起诉，同年5月判决。",
      "2020年4月=2020-04", "2021年2月=2021-02", "同年5月=2021-05"),
    DateCase(
      "1.张某案\n\n2018年5月，张某入职。\n\n2.李某案\n\n同年9月，李某入职。",
      "2018年5月=2018-05", "同年9月=2018-09"),
  ]

  @Test(arguments: cases)
  func relative(_ c: DateCase) { DateTestSupport.check(c) }

  @Test func relativeFlag() {
    let r = DateTestSupport.extractor.extract("2019年6月签约。同年9月开工，12月5日竣工。")
    #expect(r.dates.map(\.relative) == [false, true, true])
    #expect(r.dates.map(\.granularity) == [.month, .month, .day])
  }

  @Test func vagueGranularity() {
    let r = DateTestSupport.extractor.extract("近日，法院发布案例。")
    #expect(r.dates.first?.granularity == .vague)
    #expect(r.dates.first?.value == nil)
  }

  @Test func publishedFromLead() {
    let text = "极目新闻记者 王某\n\n12月30日，记者采访了承办检察官。\n\n2019年6月，某公司签约。2024年3月，企业完成整改。"
    let r = DateTestSupport.extractor.extract(text)
    #expect(r.published == PublishedDate(value: "2024-12-30", inferred: true))
    #expect(r.dates.first?.value == "2024-12-30")
  }

  @Test func publishedFromDateline() {
    let text = "新华社北京12月30日电（记者 王某）法院宣判一起案件。2024年3月，张某被捕。"
    let r = DateTestSupport.extractor.extract(text)
    #expect(r.published == PublishedDate(value: "2024-12-30", inferred: true))
  }

  @Test func publishedFromFullLeadDate() {
    let r = DateTestSupport.extractor.extract("2024年12月30日，记者从市中级法院获悉，一起案件宣判。")
    #expect(r.published == PublishedDate(value: "2024-12-30", inferred: true))
  }

  @Test func publishedFromSourceLine() {
    let r = DateTestSupport.extractor.extract("来源：法治日报 2024-12-30\n\n近日，某法院宣判。")
    #expect(r.published == PublishedDate(value: "2024-12-30", inferred: false))
  }

  @Test func publishedFromPageDateline() {
    let r = DateTestSupport.extractor.extract("2021年03月08日 18:42 来源：某网站\n\n报告8日提请审议。")
    #expect(r.published == PublishedDate(value: "2021-03-08", inferred: false))
    #expect(r.dates.first?.text == "2021年03月08日 18:42")
  }

  @Test func noPublishedFromPhoneCall() {
    let r = DateTestSupport.extractor.extract("12月30日，电话回访当事人。2024年3月，张某被捕。")
    #expect(r.published == nil)
  }

  @Test func publishedStated() {
    let r = DateTestSupport.extractor.extract("某某典型案例\n\n发布时间：2025年9月28日\n\n2023年底，出台意见。")
    #expect(r.published == PublishedDate(value: "2025-09-28", inferred: false))
  }

  @Test func publishedUncertainYearIsLeftOut() {
    let r = DateTestSupport.extractor.extract("12月30日，记者获悉。2024年12月31日，法院宣判。")
    #expect(r.published == nil)
    // A year written only later is no anchor: the mention's year stays open.
    #expect(r.dates.first?.value == "XXXX-12-30")
    #expect(r.dates.first?.relative == true)
  }

  @Test func bareMonthDayWithNoYearAnywhere() {
    let r = DateTestSupport.extractor.extract("12月30日，记者获悉，法院宣判。")
    #expect(r.published == nil)
    #expect(r.dates.first?.value == "XXXX-12-30")
  }

  @Test func publishedFromCaller() {
    let p = PublishedDate(value: "2024-12-30", inferred: false)
    let r = DateTestSupport.extractor.extract("12月30日，记者获悉。今年3月，法院宣判。", published: p)
    #expect(r.published == p)
    #expect(r.dates.map(\.value) == ["2024-12-30", "2024-03"])
  }

  @Test func datesAreClaimed() {
    var context = ExtractionContext(
      document: .init("2023年6月15日，罚款2000元。"), published: nil, result: ExtractionResult())
    DateStage().run(&context)
    #expect(context.claimed.overlaps(TextSpan(0, 10)))
    #expect(!context.claimed.overlaps(TextSpan(14, 18)))
  }

  @Test func claimedSpansAreSkipped() {
    var context = ExtractionContext(
      document: .init("（2023年）某字第5号，2023年6月15日立案。"), published: nil, result: ExtractionResult())
    context.claimed.insert(TextSpan(0, 11))
    DateStage().run(&context)
    #expect(context.result.dates.map(\.text) == ["2023年6月15日"])
  }
}
