import ChineseText
import Testing

@testable import LegalExtract

/// What must not be taken as a date: durations, ages, money, ordinals,
/// dockets, titles and their version notes, phone numbers, 同年龄, the
/// not-dates of ANNOTATION.md (此后, 目前, 当前, 当时, 至今) and look-alikes.
@Suite struct DateNegativeTests {
  static let cases: [DateCase] = [
    DateCase("判处有期徒刑三年。"),
    DateCase("宣告缓刑两年。"),
    DateCase("判处有期徒刑三年六个月。"),
    DateCase("判处拘役两个月。"),
    DateCase("限其于15日内整改完毕。"),
    DateCase("应当在十日内提出上诉。"),
    DateCase("于本判决生效之日起三十日内履行。"),
    DateCase("被告人郑某，男，23岁，无业。"),
    DateCase("罚款人民币2019元。"),
    DateCase("该局作出第2019号决定。"),
    DateCase("（2023）鄂01民初1号民事判决"),
    DateCase("〔2025〕225号文件"),
    DateCase("依据《中华人民共和国民事诉讼法（2021年修正）》第五十八条。"),
    DateCase("《中华人民共和国环境保护法》（2014年修订）第六条"),
    DateCase("列入《国家危险废物名录》（2016年版）的危险废物"),
    DateCase("如有侵权请联系删除，电话：027-85721622。"),
    DateCase("举报电话13912345678"),
    DateCase("两人系同年龄段的同学。"),
    DateCase("二人是同年级同学。"),
    DateCase("此后，双方再无联系。"),
    DateCase("目前，案件正在审理中。"),
    DateCase("当前，整治工作仍在推进。"),
    DateCase("当时，张某并不知情。"),
    DateCase("该款项至今未归还。"),
    DateCase("节日前，检察官走访企业。"),
    DateCase("应在生日前办理。"),
    DateCase("在此前提下，双方达成和解。"),
    DateCase("两者不可同日而语。"),
    DateCase("当天然气泄漏时应立即撤离。"),
    DateCase("软件版本为1.2.3。"),
    DateCase("平均值为2023.6。"),
    DateCase("编号2023-13-01无效。"),
    DateCase("2月30日"),
    DateCase("一审判决后三日"),
    DateCase("截止30日前提交。"),
    DateCase("共1.2万元，占比3.5%。"),
    DateCase("血液酒精含量为100mg/100ml。"),
    DateCase("第二批典型案例"),
    DateCase("判处十年以上有期徒刑。"),
    DateCase("服刑已满1000年的说法不成立。"),
    DateCase("持续了3月之久。"),
    DateCase("判处拘役六月。"),
    DateCase("年满18周岁。"),
    DateCase("IP地址为192.168.1.1。"),
    DateCase("编号2023-06-15-01"),
    DateCase("序号2019.10.1.5"),
    DateCase("相当年轻的法官"),
    DateCase("接近日常水平"),
    DateCase("历年来的数据"),
    DateCase("每日不得超过三小时。"),
    DateCase("这是文明年代的产物。"),
    DateCase("两高联合发布典型案例。"),
    DateCase("工作日前两天"),
    DateCase("请于截止日前提交材料。"),
    DateCase("应在开庭日前提交证据。"),
    DateCase("还款日前三日通知。"),
    DateCase("当晚，张某报警。"),
    DateCase("行政拘留10日后释放。"),
    DateCase("共计8日。"),
    DateCase("限5日内答复。"),
    DateCase("被告人被拘留十日。"),
    DateCase("判处有期徒刑一年六月。"),
    DateCase("判处有期徒刑1年6月。"),
    DateCase("整改期限为3月有余。"),
    DateCase("19时58分，消防队赶到现场。"),
    DateCase("上世纪90年代，该厂建成投产。"),
    DateCase("上午9时许，张某报警。"),
    DateCase("1—3日内答复。"),
    DateCase("编号2021—2019年", "2019年=2019"),
  ]

  @Test(arguments: cases)
  func negative(_ c: DateCase) { DateTestSupport.check(c) }

  @Test func bracketedYearGuard() {
    let text = Array("（2023）鄂01民初1号".unicodeScalars).map(ScalarFolding.fold)
    #expect(DateGuards.isBracketedYear(text, at: 1))
    let plain = Array("于2023.6.15".unicodeScalars)
    #expect(!DateGuards.isBracketedYear(plain, at: 1))
  }

  @Test func longRunsStayLinear() {
    let text = String(repeating: "第", count: 50_000) + String(repeating: "2023年", count: 5_000)
    let r = DateTestSupport.extractor.extract(text)
    #expect(r.dates.count == 5_000)
  }
}
