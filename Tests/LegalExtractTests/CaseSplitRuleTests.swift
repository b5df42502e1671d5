import ChineseText
import Testing

@testable import LegalExtract

/// One example per case-structure cue (CaseSplitRule): the article, and how
/// many cases the kept reading, made by that rule, holds — or, for a guard,
/// that the guard is recorded.
struct CaseSplitExample: CustomTestStringConvertible, Sendable {
  enum Expectation: Sendable {
    case makes(cases: Int)
    case rejects
  }
  let rule: CaseSplitRule
  let text: String
  let expectation: Expectation

  init(_ rule: CaseSplitRule, _ text: String, _ expectation: Expectation) {
    self.rule = rule
    self.text = text
    self.expectation = expectation
  }

  var testDescription: String { rule.rawValue }
}

@Suite("Case split rules")
struct CaseSplitRuleTests {
  static let examples: [CaseSplitExample] = [
    CaseSplitExample(
      .marker,
      "某市法院发布典型案例\n\n案例一\n\n王某某盗窃案\n\n被告人王某某盗窃手机两部，法院判处其有期徒刑六个月。\n\n案例二\n\n李某诈骗案\n\n被告人李某骗取他人财物，法院判决其有期徒刑一年。",
      .makes(cases: 2)),
    CaseSplitExample(
      .markerParagraph,
      "海关公布打击走私典型案例：\n案例一：甲海关缉私局开展专项行动。抓获犯罪嫌疑人9名，查获象牙制品约40千克。\n案例二：乙海关缉私局侦办走私冻品案。经查，犯罪嫌疑人共走私冻肉300吨。\n案例三：丙海关缉私局开展打击成品油走私行动，打掉犯罪团伙3个。",
      .makes(cases: 3)),
    CaseSplitExample(
      .inlineMarkers,
      "为了有直观感受，本文列举两则代表性案例。案例一，被告人杨某拖欠25名工人工资10万元，法院判处杨某有期徒刑10个月。\n案例二中的胡某因拖欠20余名工人工资，一审被判有期徒刑一年。",
      .makes(cases: 2)),
    CaseSplitExample(
      .enumeratedTitle,
      "市场监管部门公布一批典型案例\n\n一、某县市场监管局查处某加油站破坏计量器具准确度案\n\n2024年5月，执法人员检查发现当事人使用的加油机误差超标。经查，当事人违法所得2万元，被处以罚款。",
      .makes(cases: 1)),
    CaseSplitExample(
      .titleLine,
      "家事审判典型案例\n\n张某某遗弃案\n\n被告人张某某拒不扶养其母，法院判处其有期徒刑一年。\n\n李某虐待案\n\n被告人李某长期虐待家庭成员，法院判处其有期徒刑二年。",
      .makes(cases: 2)),
    CaseSplitExample(
      .dashTitle,
      "某省公布扫黑除恶案例。\n——甲市王某某等敲诈勒索案。2021年以来，王某某等人多次敲诈商户，法院判处王某某有期徒刑五年。\n——乙市张某等寻衅滋事案。2022年，张某等人在集市滋事，法院判处张某有期徒刑三年。",
      .makes(cases: 2)),
    CaseSplitExample(
      .defendantParagraphs,
      "某区法院近日集中宣判3起危险驾驶案。\n被告高某明在城区道路醉酒驾驶，被判处拘役两个月。\n被告郑某华因醉酒驾驶摩托车，被判处拘役三个月。\n被告刘某强无证醉酒驾驶，被判处拘役四个月。",
      .makes(cases: 3)),
    CaseSplitExample(
      .defendantClauses,
      "5月20日，某县人民法院对一批刑事案件集中宣判。集中宣判的8起案件涉及被告人10人，其中被告人郝某明犯抢劫罪被判处有期徒刑六年，被告人程某犯盗窃罪被判处有期徒刑二年。其他被告人分别被判处拘役至三年不等的刑罚。",
      .makes(cases: 2)),
    CaseSplitExample(
      .listedTitles,
      "近日，最高人民法院发布典型案例，其中包括甲县人民检察院诉甲县自然资源局不履行职责公益诉讼案、乙市人民检察院诉乙市生态环境局不履行职责公益诉讼案。\n\n违法占地长期未处置 检察机关提起行政公益诉讼\n\n2022年，甲县人民检察院发现违法占地问题，提起诉讼，法院判决支持。\n\n排污企业未被查处 检察院将监管部门诉至法院\n\n2023年，乙市人民检察院提起诉讼，法院判决责令履职。",
      .makes(cases: 2)),
    CaseSplitExample(
      .ordinalParagraphs,
      "某法院通报两起案件。\n第一起案件中，原告张某诉称被告拖欠货款，法院判决被告支付货款。\n另一起案件中，原告李某起诉要求赔偿，法院判决驳回其诉讼请求。",
      .makes(cases: 2)),
    CaseSplitExample(
      .datedMatters,
      "我市检察机关依法办理多起破坏耕地案件\n记者从市检察院获悉，近年来，全市检察机关持续加大耕地保护力度。2021年，村民刘某在基本农田上违法建房，占用耕地1.2亩，县检察院向县自然资源局发出检察建议，督促其依法查处，违建已拆除。2022年，赵某非法占用农用地开采砂石，经县检察院提起公诉，法院以非法占用农用地罪判处赵某有期徒刑一年。",
      .makes(cases: 2)),
    CaseSplitExample(
      .inlineOrdinals,
      "近日，某县人民法院判决两起非法采矿案件，一起以非法采矿罪判处被告单位某某砂石有限公司罚金20万元、被告人周某有期徒刑三年；另一起以非法采矿罪判处被告人孔某有期徒刑二年，并处罚金5万元。\n审理期间，县人民检察院对两起案件分别提起附带民事公益诉讼，被告均同意赔偿生态修复费用。",
      .makes(cases: 2)),
    CaseSplitExample(
      .successiveSuits,
      "2019年5月，甲某与乙某签订租赁合同。2020年3月，甲某向某区人民法院提起诉讼，要求乙某支付租金2万元，法院判决支持。今年4月，乙某又将甲某告上了法庭，要求返还押金5000元。",
      .makes(cases: 2)),
    CaseSplitExample(
      .judgedSuits,
      "三名工人拿到胜诉判决仍未讨回工钱\n工人聂某山和罗某、褚某为讨要工钱四处寻找包工头韩某。  聂某山说，他承包了韩某工地的木工活，完工后韩某拒付工程款。今年3月10日他诉至某区人民法院，5月8日，法院判决韩某支付工程款3万元。  罗某和褚某承揽了韩某工地的粉刷工程，韩某一直推托。2人今年4月2日诉至某区人民法院，6月20日，法院依法判决韩某支付劳务报酬2万元。",
      .makes(cases: 2)),
    CaseSplitExample(
      .partyParagraphs,
      "4月28日，某区法院开展集中执行活动。\n申请执行人甲某和被执行人乙某系朋友关系。2013年8月，乙某向甲某借款10万元，仅偿还4万元。当天上午，乙某被执行法官拦截，如数上交了执行款。\n当天，执行干警找到了正在营业的被执行人丙某。丙某欠丁某货款2.9万元，执行法官对其宣读了拘留决定书。丙某与丁某达成和解协议。",
      .makes(cases: 2)),
    CaseSplitExample(
      .applicantParagraphs,
      "12月5日，某区法院开展冬季集中执行行动。\n某建材公司自2023年起拖欠韩某工资。经仲裁裁决，该公司应支付韩某工资2万元。裁决生效后，该公司拒不履行，韩某遂向法院申请强制执行。\n执行干警在公司负责人家中将其找到，该公司当场支付了全部款项。\n原来，2022年10月，蒋某帮邓某运送货物时受伤。经法院判决，邓某应赔偿蒋某1万元。判决生效后，邓某拒不履行，蒋某向法院申请强制执行。\n当天，执行干警传唤邓某到庭，邓某表示将尽快付款。",
      .makes(cases: 2)),
    CaseSplitExample(
      .toldExamples,
      "据统计，去年全省查办民生领域违法案件1.2万件，查办了一批典型案例，如甲市查处货值达2.3亿元的生产销售不合格电动自行车案、乙县查处案值近8000万元的制售假冒农药案等。",
      .makes(cases: 2)),
    CaseSplitExample(
      .partyRuns,
      "某区法院公开宣判一批涉老诈骗案件\n12月3日，某区人民法院对一批涉养老诈骗案件公开宣判。\n被告人肖某以推销保健品为名骗取老人钱款18万元，法院以诈骗罪判处肖某有期徒刑四年。被告人姜某某谎称可代办养老保险，收取老人9.6万元，法院判处姜某某有期徒刑三年。此外，被告人韩某以投资养老公寓为名吸收资金230万元，法院判处韩某有期徒刑二年。",
      .makes(cases: 3)),
    CaseSplitExample(.sentencedObjects, CaseDiscoveryRound12Tests.workReport, .makes(cases: 4)),
    CaseSplitExample(.questionHeadings, CaseDiscoveryRound12Tests.questions, .makes(cases: 2)),
    CaseSplitExample(
      .statementHeadings, CaseDiscoveryRound15Tests.statementHeadings, .makes(cases: 2)),
    CaseSplitExample(
      .repeatedDecisions,
      "某市市场监管局发布违法广告典型案例\n当事人在网页发布“全国首家”等广告，无法提供证明材料。\n当事人上述行为违反了《中华人民共和国广告法》第二十八条的规定，某区市场监管局依据《中华人民共和国广告法》第五十五条的规定，责令当事人停止发布违法广告，并处罚款35万元。\n当事人在店铺宣传保健食品具有治疗功效。\n当事人上述行为违反了《中华人民共和国广告法》第十八条的规定，某区市场监管局依据《中华人民共和国广告法》第五十八条的规定，责令当事人停止发布违法广告，并处罚款2万元。",
      .makes(cases: 2)),
    CaseSplitExample(
      .toldItems,
      "近日，市医疗保障局对三家定点医药机构违规使用医保基金的行为予以处罚，通报如下：\n1、长宁康泰医院存在串换诊疗项目的行为，骗取医保基金2万元。依据有关规定，责令其退回并处骗取金额2倍罚款。\n2、百草堂大药房存在为非参保人员刷卡的行为，骗取医保基金8000元。依据有关规定，责令其退回并处骗取金额3倍罚款。\n3、仁和门诊部存在虚记诊疗费用的行为，骗取医保基金5000元。依据有关规定，责令其退回并处罚款1万元。",
      .makes(cases: 3)),
    CaseSplitExample(
      .penalisedActors,
      "宏达超市因销售过期食品被罚款5000元的消息刚刚传开，又一起处罚引发关注。这次是区市场监管局对康顺药店罚款2万元，原因是其宣传保健品能治病。\n业内人士表示，两起处罚都有法可依。",
      .makes(cases: 2)),
    CaseSplitExample(
      .bodySubheadings,
      "两地法院严惩电信网络诈骗\n\n出租银行卡获利 大学生获刑\n\n北京市朝阳区人民法院近日审结一起帮助信息网络犯罪活动案件。甲某将银行卡出租他人，获利5000元，被判处有期徒刑六个月。\n\n冒充网购客服骗取钱财 团伙成员获刑\n\n北京市海淀区人民法院审理查明，乙某等三人冒充网购客服骗取财物20万元，乙某被判处有期徒刑五年。",
      .makes(cases: 2)),
    CaseSplitExample(
      .titleParagraphs,
      "刑事案件\n\n香港特别行政区 诉 甲某(终院刑事上诉2015年第3号)案中，上诉人被裁定贩毒罪名成立，被判监禁十年。终审法院驳回上诉。\n\n香港特别行政区 诉 乙某及另一人(终院刑事上诉2015年第7号)案中，两名上诉人被裁定伤人罪名成立。终审法院判上诉得直。",
      .makes(cases: 2)),
    CaseSplitExample(
      .sectionTemplate,
      """
      用人单位单方调岗降薪，劳动者能否主张补足差额
      基本案情
      王某于2021年入职某物流公司，后公司单方将其调岗并降低工资。王某向劳动人事争议仲裁委员会申请仲裁。
      仲裁请求
      请求裁决某物流公司支付工资差额1万元。
      处理结果
      仲裁委员会裁决某物流公司支付王某工资差额1万元。
      典型意义
      用人单位不得擅自调岗降薪。
      未签书面劳动合同，二倍工资从何时起算
      基本案情
      赵某于2022年3月入职某餐饮公司，双方未签订书面劳动合同。赵某向劳动人事争议仲裁委员会申请仲裁。
      仲裁请求
      请求裁决某餐饮公司支付二倍工资差额3万元。
      处理结果
      仲裁委员会裁决某餐饮公司支付赵某二倍工资差额2万元。
      典型意义
      二倍工资自用工满一个月的次日起算。
      """,
      .makes(cases: 2)),
    CaseSplitExample(
      .quotedTitles,
      "最高人民法院今天发布第四十二批指导性案例。\n指导性案例241号《张某诉某物流公司劳动合同纠纷案》明确，用人单位以外包方式规避劳动关系的，应当根据用工事实认定劳动关系。法院判决某物流公司支付张某工资差额2.3万元。\n指导性案例242号《李某某诉某市人力资源和社会保障局工伤认定案》指出，职工因工外出期间受到伤害的，应当认定为工伤。法院判决撤销不予认定工伤决定。",
      .makes(cases: 2)),
    CaseSplitExample(
      .namedInPassing,
      "问：本批案例有什么特点？\n答：本批案例中的赵某等恶势力犯罪团伙案，系成年人纠集未成年人实施犯罪，检察机关依法从严惩处。钱某某等人非法采矿案，被告人钱某某在禁采区采砂2万吨，法院依法判处。孙某与某科技公司确认劳动关系案中，法院认定双方存在劳动关系。",
      .makes(cases: 3)),
    CaseSplitExample(
      .example,
      "问：这批案例有什么特点？\n答：一是注重协同履职。如某省某市人民检察院针对海岸线违法占用问题，督促行政机关依法履职，推动拆除违建。二是注重生态修复。又如某县人民检察院在办理船舶污染海洋民事公益诉讼案中，推动增殖放流。",
      .makes(cases: 2)),
    CaseSplitExample(
      .toldTogether,
      "本报讯 5月20日，某县法院执行干警收到当事人吕女士的感谢电话。去年4月，张某驾驶的车辆被某单位车辆碰撞。法院判令该单位赔偿张某损失1.8万元，赔偿吕某损失4.4万元。两案立案后，分别由执行干警执行。近日，该单位履行了全部执行款。",
      .makes(cases: 2)),
    CaseSplitExample(
      .single,
      "江西省南昌市中级人民法院今天依法对被告人孙某某受贿一案作出一审宣判，以受贿罪判处孙某某有期徒刑十年，并处罚金。",
      .makes(cases: 1)),
    CaseSplitExample(
      .statistics,
      "2020年，全市检察机关共立案公益诉讼案件707件，发出诉前检察建议495件，提起诉讼3件；对45名犯罪嫌疑人提起公诉。",
      .rejects),
    CaseSplitExample(
      .untold,
      "最高人民法院今年4月30日又发布了第三批5个典型案例。30日发布的案例分别为：被告人甲某、乙某污染环境案；丙公司与丁公司不正当竞争纠纷案；戊某申请执行己某公证债权文书纠纷执行案等5个案例。今后将每月发布一批案例，审结生效的案例将及时公开。",
      .rejects),
    CaseSplitExample(
      .roundUp,
      "新华社北京电 生态环境部通报了今年前5个月环境执法情况。1月至5月，全国共查处环境违法案件1200多起，同比增长20%。其中，按日连续处罚案件32起，查封扣押案件560起，移送行政拘留案件85起，立案调查和作出处罚决定的案件数量均有增加。同日还公布了典型案例，如浙江安吉县利用无人机查处一起企业偷排废水案件。",
      .rejects),
    CaseSplitExample(.commentary, "法官提示：消费者购物时应当保留凭证，遇到问题及时维权。", .rejects),
    CaseSplitExample(
      .postOfPerson,
      "江西省南昌市中级人民法院今天对江西省高级人民法院原副院长钱某某受贿一案作出一审宣判，以受贿罪判处钱某某有期徒刑十二年。",
      .rejects),
    CaseSplitExample(
      .outweighed,
      "某市法院发布典型案例\n\n案例一\n\n王某某盗窃案\n\n被告人王某某盗窃手机两部，法院判处其有期徒刑六个月。\n\n案例二\n\n李某诈骗案\n\n被告人李某骗取他人财物，法院判决其有期徒刑一年。",
      .rejects),
  ]

  /// Rules the trace cannot show from text alone: they weigh or filter
  /// readings rather than make or reject one, and have direct tests below.
  static let testedDirectly: Set<CaseSplitRule> = [.leadCount]

  @Test(arguments: examples)
  func rule(_ example: CaseSplitExample) {
    let e = explain(example.text)
    switch example.expectation {
    case .makes(let n):
      let made = e.entries.filter { $0.isAccepted && $0.madeBy == example.rule.name }
      #expect(made.count == n, "\(e.textLines)")
      #expect(e.result.cases.count == n)
    case .rejects:
      #expect(e.rejection(ruleNamed: example.rule.name) != nil, "\(e.textLines)")
    }
  }

  @Test func everyRuleHasAnExample() {
    let named = Set(Self.examples.map(\.rule)).union(Self.testedDirectly)
    #expect(CaseSplitRule.allCases.filter { !named.contains($0) }.isEmpty)
  }

  @Test func leadCountReadsTheLead() {
    func count(_ text: String) -> Int? {
      let doc = TextDocument(text)
      return CaseSplitter.leadCount(
        in: doc, lines: doc.paragraphs.compactMap { ArticleLine($0, in: doc) })
    }
    #expect(count("最高检发布3件依法惩治侵害未成年人犯罪典型案例\n正文。") == 3)
    #expect(count("某区法院集中宣判两起危险驾驶案。") == 2)
    #expect(count("湖北2案例入选典型案例\n正文。") == 2)
    // Statistics and ordinals are no lead count.
    #expect(count("全市共立案侦办走私犯罪案件3122起。") == nil)
    #expect(count("这是第3起同类案件。") == nil)
  }

  @Test func leadCountDecidesBetweenReadings() {
    // Three bare title lines and a lead that counts three: every case kept.
    let text =
      "检察机关发布3件典型案例\n\n甲某盗窃案\n\n被告人甲某盗窃财物，法院判处其有期徒刑一年。\n\n乙某诈骗案\n\n被告人乙某骗取财物，法院判处其有期徒刑二年。\n\n丙某抢夺案\n\n被告人丙某抢夺手机，法院判处其有期徒刑一年。"
    #expect(Extractor().extract(text).cases.count == 3)
  }

  @Test func untoldSectionsAreNoCases() {
    // A table of contents lists titles without telling them.
    let text =
      "目录\n案例一：王某盗窃案\n案例二：李某诈骗案\n案例一 王某盗窃案\n被告人王某盗窃财物，法院判处其有期徒刑一年。\n案例二 李某诈骗案\n被告人李某骗取财物，法院判处其有期徒刑二年。"
    let cases = Extractor().extract(text).cases
    #expect(cases.map(\.title) == ["王某盗窃案", "李某诈骗案"])
  }

  @Test func statisticsWithNamedPartyIsACase() {
    // A named person makes the same counts a told case.
    let text = "2020年，检察机关立案公益诉讼案件7件。其中，被告人王某某非法捕捞水产品，法院判处其有期徒刑一年。"
    #expect(Extractor().extract(text).cases.count == 1)
  }

  @Test func titlesNamedInPassingStayInTextOrder() {
    // Titles joined by a word, not 、: the later suit title must not reach
    // back over the earlier ones (the fuzzer found a case list out of order).
    let text =
      "该院受理各类案件5.8万件，吴某某诉某银行储蓄存款合同纠纷案、郑某某诉某某遗赠纠纷案、冯某某诉冯某居住权纠纷案和陈某某诉某房地产经纪有限公司中介合同纠纷案，均经调解结案。法院依法判决。"
    let cases = Extractor().extract(text).cases
    let starts = cases.map(\.span.start)
    #expect(starts == starts.sorted())
    for (a, b) in zip(cases, cases.dropFirst()) { #expect(a.span.end <= b.span.start) }
    #expect(cases.last?.title == "陈某某诉某房地产经纪有限公司中介合同纠纷案")
  }

  @Test func oneAndAnotherWithoutACountedLeadAreNoInlineOrdinals() {
    // 一起 as "together", and no lead that counts two cases.
    let doc = TextDocument(
      "被告人甲某与乙某经常在一起喝酒，另一起事件中二人发生争执。法院以故意伤害罪判处甲某有期徒刑一年。")
    let lines = doc.paragraphs.compactMap { ArticleLine($0, in: doc) }
    #expect(CaseSplitter.byInlineOrdinals(lines, end: doc.folded.count, doc: doc) == nil)
  }

  @Test func oneStoryToldByDateIsNoDatedMatters() {
    // The later sentence's actor was named before: the same case goes on.
    let doc = TextDocument(
      "2021年3月，王某在某超市购买食用油，发现已过保质期。2021年5月，某超市拒绝退款，王某起诉至法院，法院判决某超市退还货款并赔偿1000元。")
    let lines = doc.paragraphs.compactMap { ArticleLine($0, in: doc) }
    #expect(CaseSplitter.byDatedMatters(lines, end: doc.folded.count, doc: doc) == nil)
  }

  @Test func aLeadOpeningWithTheReporterIsNoByline() {
    // 记者从…获悉，… opens the story; a short 记者 line closes it.
    let story = "某县法院审结一起盗窃案\n\n记者从某县人民法院获悉，被告人王某某多次盗窃电动车，法院以盗窃罪判处王某某有期徒刑一年。"
    #expect(Extractor().extract(story).cases.count == 1)
    let doc = TextDocument("被告人王某某多次盗窃电动车，法院判处其有期徒刑一年。\n记者 张明 通讯员 李华")
    let lines = doc.paragraphs.compactMap { ArticleLine($0, in: doc) }
    #expect(CaseSplitter.contentEnd(lines) == lines[0].range.upperBound)
  }
}
