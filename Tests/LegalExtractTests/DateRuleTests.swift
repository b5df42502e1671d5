import Testing

@testable import LegalExtract

/// One example per rule of the dates stage, checked by name (docs/RULES.md).
@Suite("Date rules")
struct DateRuleTests {
  static let examples: [RuleExample<DateRule>] = [
    RuleExample(.fields, "2023年6月15日立案。", .makes("2023年6月15日")),
    RuleExample(.separated, "他于2019/3/2开庭。", .makes("2019/3/2")),
    RuleExample(.deicticWord, "昨日，法院宣判。", .makes("昨日")),
    RuleExample(.contextualWord, "2019年立案，次年结案。", .makes("次年")),
    RuleExample(.offset, "三天前，他到案。", .makes("三天前")),
    RuleExample(.weekdayInWeek, "上周四，法院宣判。", .makes("上周四")),
    RuleExample(.bareWeekday, "周一上午，法院宣判。", .makes("周一上午")),
    RuleExample(.ordinalWeekday, "十月第一个星期一开庭。", .makes("十月第一个星期一")),
    RuleExample(.bracketedDay, "周三(7日)，法院判刑。", .makes("周三(7日)")),
    RuleExample(.newsDay, "记者8日获悉。", .makes("8日")),
    RuleExample(.bareHaoDay, "他说：十二号。", .makes("十二号")),
    RuleExample(.listItem, "7月19日及26日开庭。", .makes("26日")),
    RuleExample(.holiday, "春节期间，他返乡。", .makes("春节")),
    RuleExample(.bracketedMonthDay, "被告人今日(8月30日)被判监禁。", .makes("今日(8月30日)")),
    RuleExample(.lunar, "农历八月十五，他返乡。", .makes("农历八月十五")),
    RuleExample(.shortYear, "15年3月2日，他入职。", .makes("15年3月2日")),
    RuleExample(.barePart, "年底，工程完工。", .makes("年底")),
    RuleExample(.vague, "近日，法院宣判。", .makes("近日")),
    RuleExample(.rangeBetween, "2010年与2013年之间，他任职。", .makes("2010年与2013年")),
    RuleExample(.rangeSeparatedMonths, "他1999.08-2002.02在职。", .makes("1999.08-2002.02")),
    RuleExample(.rangeMonthList, "2022年6、7月间，他多次走私。", .makes("2022年6、7月")),
    RuleExample(.rangeMonthPair, "2010年八九月间，他多次走私。", .makes("2010年八九月")),
    RuleExample(
      .rangeFromYearSpan, "2015年下半年至2021年，他多次受贿。", .makes("2015年下半年至2021年")),
    RuleExample(.misprintedYear, "2012月11月5日，审判委员会讨论通过。", .makes("2012月11月5日")),
    RuleExample(.republicEra, "臺灣高雄地方法院於113年2月21日送達。", .makes("113年2月21日")),
    RuleExample(.newsDayAfterAgent, "该局14日发现某公司拖欠工资。", .makes("14日")),
    RuleExample(.bareYearAfterVerb, "该厂成立于2004，主营加工。", .makes("2004")),
    RuleExample(.datelineDay, "北京8月9日电 最高人民法院9日联合发布解释。", .makes("9日")),
    RuleExample(.versionNumber, "请升级到2019.3.2.1版本。", .rejects("2019.3.2")),
    RuleExample(.week, "上周，法院审结此案。", .makes("上周")),
    RuleExample(.weekend, "上周末，法院审结此案。", .makes("上周末")),
    RuleExample(.yearSpan, "2025年一季度新收案件下降。", .makes("2025年一季度")),
    RuleExample(.bracketedYearMonth, "杨某案（辽宁凤城，2025.4）", .makes("2025.4")),
    RuleExample(.dayWithTime, "诈骗案3日上午一审宣判。", .makes("3日上午")),
    RuleExample(.beforeCommonEra, "公元前221年，秦统一六国。", .makes("公元前221年")),
    RuleExample(.offsetAfterVerb, "辛苦半年后，施工方拒付工资。", .rejects("半年后")),
    RuleExample(.echoedLength, "判决已经生效6年，而6年后被执行人又起诉。", .rejects("6年后")),
    RuleExample(.serialYear, "在终院刑事上诉2014年第8号案中。", .rejects("2014年")),
    RuleExample(.numberedThing, "约定1号、2号、7号楼装修。", .rejects("2号")),
    RuleExample(.documentShortName, "与2012年解释相比，新解释增加三章。", .rejects("2012年")),
    RuleExample(.eventDay, "案发当日，海关查获走私货物。", .rejects("当日")),
    RuleExample(.noAntecedent, "退休人员自办理退休的次月起领取养老金。", .rejects("次月")),
    RuleExample(.restatedNamedDay, "3·15国际消费者权益日当天，法院召开发布会。", .rejects("当天")),
    RuleExample(.unanchoredWeekend, "法院周末也开放。", .rejects("周末")),
    RuleExample(.impossibleDay, "他说2月30日开庭。", .rejects("2月30日")),
    RuleExample(.titleVersion, "依据《刑法》（2020年修正）判决。", .rejects("（2020年修正）")),
    RuleExample(.lengthTail, "他说九三年前后。", .rejects("九三年")),
    RuleExample(.halfDay, "半天前，他到案。", .rejects("半天前")),
    RuleExample(.termCount, "判囚 1 年 7 月。", .rejects("7 月")),
    RuleExample(.unanchored, "2011年11月，双方调解未果。次日工人报案。", .rejects("次日")),
    RuleExample(.repeatedWeekday, "每周一开放。", .rejects("周一")),
    RuleExample(.weekdaySurname, "总监周一男到场。", .rejects("周一")),
    RuleExample(.offsetLength, "还押逾一年后被判刑。", .rejects("一年后")),
    RuleExample(.calendarBeforeAfter, "他三月前完成整改。", .rejects("三月")),
    RuleExample(.roughCount, "七八年前的事。", .rejects("七八年")),
    RuleExample(.nameTail, "他被评为明日之星。", .rejects("明日")),
    RuleExample(.acquired, "后天培养很重要。", .rejects("后天")),
    RuleExample(.holidayInName, "他家在国庆路。", .rejects("国庆")),
    RuleExample(.monthInName, "法院在十月田镇塘坊村举行公开宣判。", .rejects("十月")),
    RuleExample(.slogan, "实行“当日受理、当日审批、当日指派”的制度。", .rejects("当日")),
    RuleExample(.holidayWithoutCue, "他住在五四大街。", .rejects("五四")),
    RuleExample(.numberedOccasion, "第24个世界知识产权日到来之际。", .rejects("世界知识产权日")),
    RuleExample(.age, "他今年25周岁。", .rejects("今年")),
    RuleExample(.currentYearAttributive, "职工可享受当年度年休假。", .rejects("当年度")),
    RuleExample(.bareNumber, "历时三月有余。", .rejects("三月")),
    RuleExample(.docketYear, "文号(2023)-05-06号。", .rejects("2023")),
    RuleExample(.wordBoundary, "此事不可同日而语。", .rejects("同日")),
    RuleExample(.bareDayRange, "原班人马19日至21日再度出击。", .makes("19日至21日")),
    RuleExample(.newsDayBeforeVerb, "香港西九龙裁判法院二十四日宣判。", .makes("二十四日")),
    RuleExample(.todayBeforeVerb, "高等法院更一审今改判。", .makes("今")),
    RuleExample(.namedDayDotted, "“3·15”国际消费者权益日来了。", .makes("3·15")),
    RuleExample(
      .speechDay, "3月19日，法官约谈被执行人。他表示：“我今天只能还一万。”", .makes("今天")),
    RuleExample(.unanchoredOffset, "这本是正常的事。半年后，他被刑拘。", .rejects("半年后")),
  ]

  @Test(arguments: examples)
  func rule(_ example: RuleExample<DateRule>) { example.verify(stages: [.dates]) }

  /// `claimed` cannot be reached from text (the dates stage runs first):
  /// DateRelativeTests.claimedSpansAreSkipped tests it directly.
  @Test func everyRuleHasAnExample() {
    #expect(RuleExample.uncovered(Self.examples) == [.claimed])
  }

  @Test func claimedSpansAreRejectedByName() {
    var context = ExtractionContext(
      document: .init("（2023年）某字第5号，2023年6月15日立案。"), published: nil, result: ExtractionResult())
    context.claimed.insert(TextSpan(0, 11))
    context.trace = RuleTrace()
    DateStage().run(&context)
    let rejected = context.trace?.records.compactMap(\.rejectedBy) ?? []
    #expect(rejected.contains(DateRule.claimed.name))
  }
}
