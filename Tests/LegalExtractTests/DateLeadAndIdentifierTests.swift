import Testing

@testable import LegalExtract

/// Date families the session-5 blind batches found: a bare day that repeats
/// the dateline's later in the lead, 号 numbers that name buildings, a year
/// that names a document's edition, and a Hong Kong number whose day-like
/// 7 號 belongs to the docket. Positive and negative rows per family, each
/// named by the rule that reads or rejects it.
@Suite struct DateLeadAndIdentifierTests {
  /// `date.news-day.dateline-repeat`: past other dates and a sentence end,
  /// in the dateline's paragraph or the next, in the dateline's month.
  static let datelineRepeats: [DateCase] = [
    DateCase(
      "新华社北京9月12日电（记者张某）《某办法》自2017年1月1日起实施。某局负责人12日说，七类行为应当公布。",
      "9月12日=2017-09-12", "2017年1月1日=2017-01-01", "12日=2017-09-12"),
    DateCase(
      "本报北京3月5日电 某规定于2020年5月1日施行。\n司法部负责人5日表示，规定已经公布。",
      "3月5日=XXXX-03-05", "2020年5月1日=2020-05-01", "5日=2020-03-05"),
    // Another day is no repeat: it still needs a news cue of its own.
    DateCase(
      "新华社北京9月12日电 《某办法》自2017年1月1日起实施。某局负责人13日说，行为应当公布。",
      "9月12日=2017-09-12", "2017年1月1日=2017-01-01"),
    // Two paragraphs on, the lead is over.
    DateCase(
      "新华社北京9月12日电 某办法自2017年1月1日起实施。\n第二段。\n第三段，某人12日说，行为应当公布。",
      "9月12日=2017-09-12", "2017年1月1日=2017-01-01"),
    // A month-day that is no dateline (no 电) makes no repeat.
    DateCase(
      "9月12日，某办法自2017年1月1日起实施。某局负责人12日说，行为应当公布。",
      "9月12日=XXXX-09-12", "2017年1月1日=2017-01-01"),
  ]

  /// `date.guard.numbered-thing`: a 号 list that ends on a building, line or
  /// plot noun numbers things; a 号 list of days stays dates.
  static let numberedThings: [DateCase] = [
    DateCase("约定项目第一标段1号、2号、3号、6号、7号楼及车库装修。"),
    DateCase("涉案的、3号、5号院均被查封。"),
    DateCase("地铁、2号和4号线停运。"),
    DateCase("他说：十二号。", "十二号=XXXX-XX-12"),
    DateCase("2023年5月，他说：8号、9号。", "2023年5月=2023-05", "8号=2023-05-08", "9号=2023-05-09"),
  ]

  /// `date.guard.document-short-name`: a year before a document noun with a
  /// word of comparison or reference names the document's edition.
  static let documentEditions: [DateCase] = [
    DateCase("与2012年解释相比，新解释增加三章。"),
    DateCase("按照1997年刑法的规定处理。"),
    DateCase("新规定与2015年版相比变化较大。"),
    // A year alone, or a document noun with no reference word, stays a date.
    DateCase("2012年解释出台后，法院统一了标准。", "2012年=2012"),
    DateCase("与2012年相比，案件数上升。", "2012年=2012"),
  ]

  /// A Hong Kong number's day-like 7 號 is the docket's, never a date.
  static let hongKongNumbers: [DateCase] = [
    DateCase("終審法院刑事上訴案 2019 年第 7 號裁定上訴得直。"),
    DateCase("高院刑事案件2019年第123號"),
  ]

  /// `date.news-day.before-verb`: a bare Arabic day, then a venue phrase
  /// (在/从/向…) and a news or reporting verb in the same clause; a bare day
  /// after an ellipsis (`date.news-day`); 当晚 after a day (`date.relative.contextual-word`).
  static let newsDays: [DateCase] = [
    DateCase(
      "公安部某局负责人20日在国务院政策例行吹风会上介绍，案件数量下降。", "20日=2021-01-20",
      published: "2021-01-21"),
    DateCase("（记者张某）26日从省人社厅获悉，欠薪案件下降。", "26日=2016-12-26", published: "2016-12-27"),
    DateCase("开赌场、寻衅滋事……26日，市二中院对黎某等人宣判。", "26日=2013-05-26", published: "2013-05-27"),
    DateCase("2023年9月15日，法院开展集中执行。当晚行动由院长指挥。", "2023年9月15日=2023-09-15", "当晚=2023-09-15"),
    // Counted from an event, a length, an ordinal: no news day.
    DateCase("判决生效后10日向法院申请执行。", published: "2021-01-21"),
    DateCase("判处拘役20日在看守所执行。", published: "2021-01-21"),
    DateCase("第5日在医院介绍病情。", published: "2021-01-21"),
    // A venue phrase that reaches no verb within its clause.
    DateCase("他20日在北京休假。", published: "2021-01-21"),
  ]

  @Test(arguments: newsDays) func newsDay(_ c: DateCase) { DateTestSupport.check(c) }

  @Test(arguments: datelineRepeats) func datelineRepeat(_ c: DateCase) { check(c, stages: true) }
  @Test(arguments: numberedThings) func numberedThing(_ c: DateCase) { DateTestSupport.check(c) }
  @Test(arguments: documentEditions) func documentEdition(_ c: DateCase) {
    DateTestSupport.check(c)
  }
  @Test(arguments: hongKongNumbers) func hongKongNumber(_ c: DateCase) { check(c, stages: true) }

  /// The full pipeline: the dockets stage claims its spans before the dates
  /// stage runs, and a dateline repeat is resolved with the published
  /// inference the CLI uses.
  func check(_ c: DateCase, stages: Bool) {
    let result = Extractor().extract(c.text)
    #expect(result.dates.map(DateTestSupport.render) == c.expected, "\(c.text)")
  }

  @Test func guardsAreNamed() {
    let e = explain("约定1号、2号、7号楼装修。", stages: ["dates"])
    #expect(e.rejection(ruleNamed: DateRule.numberedThing.name)?.text == "2号")
    let d = explain("与2012年解释相比，新解释增加三章。", stages: ["dates"])
    #expect(d.rejection(ruleNamed: DateRule.documentShortName.name)?.text == "2012年")
  }
}
