import Testing

@testable import LegalExtract

/// National bodies and their local branches, the corps' procuratorate, organs
/// added to the table, and names that keep the original's full-width brackets.
@Suite struct OrganizationBranchTests {
  static let cases: [OrgCase] = [
    // A national body, a place and a unit are one agency.
    OrgCase("国家外汇管理局发布通知。", "国家外汇管理局", "国家外汇管理局", .agency),
    OrgCase(
      "案件移交国家外汇管理局湖南省分局处理。", "国家外汇管理局湖南省分局",
      "国家外汇管理局湖南省分局", .agency),
    OrgCase(
      "国家外汇管理局恩施州分局作出处罚。", "国家外汇管理局恩施州分局",
      "国家外汇管理局恩施州分局", .agency),
    OrgCase(
      "国家税务总局宜昌市税务局稽查局查明。", "国家税务总局宜昌市税务局稽查局",
      "国家税务总局宜昌市税务局稽查局", .agency),
    OrgCase(
      "由国家税务总局武汉市洪山区税务局送达。", "国家税务总局武汉市洪山区税务局",
      "国家税务总局武汉市洪山区税务局", .agency),
    OrgCase(
      "国家税务总局襄阳市税务局（稽查局）立案。", "国家税务总局襄阳市税务局（稽查局）",
      "国家税务总局襄阳市税务局（稽查局）", .agency),
    OrgCase("国家税务总局和县税务局送达文书。", "国家税务总局和县税务局", "国家税务总局和县税务局", .agency),
    OrgCase(
      "国家金融监督管理总局宜都金融监管支局约谈。", "国家金融监督管理总局宜都金融监管支局",
      "国家金融监督管理总局宜都金融监管支局", .agency),
    OrgCase(
      "国家金融监督管理总局湖北监管局通报。", "国家金融监督管理总局湖北监管局",
      "国家金融监督管理总局湖北监管局", .agency),
    OrgCase(
      "中国证券监督管理委员会湖北监管局发出警示函。", "中国证券监督管理委员会湖北监管局",
      "中国证券监督管理委员会湖北监管局", .agency),
    OrgCase(
      "中国人民银行孝感市中心支行开展检查。", "中国人民银行孝感市中心支行",
      "中国人民银行孝感市中心支行", .agency),
    OrgCase("国家药品监督管理局发布公告。", "国家药品监督管理局", "国家药品监督管理局", .agency),
    OrgCase("国家林业和草原局督办此案。", "国家林业和草原局", "国家林业和草原局", .agency),
    OrgCase("海关总署公布数据。", "海关总署", "海关总署", .agency),
    OrgCase("湖北证监局立案调查。", "湖北证监局", "湖北证监局", .agency),
    OrgCase("武汉海关查获一批走私货物。", "武汉海关", "武汉海关", .agency),
    OrgCase("武汉海关缉私局立案侦查。", "武汉海关缉私局", "武汉海关缉私局", .agency),
    OrgCase("经青岛海事局调查认定。", "青岛海事局", "青岛海事局", .agency),
    OrgCase("当事人向澳门初级法院起诉。", "澳门初级法院", "澳门初级法院", .court, .basic),
    OrgCase(
      "宁都县文化广电新闻出版旅游局作出处罚。", "宁都县文化广电新闻出版旅游局",
      "宁都县文化广电新闻出版旅游局", .agency),
    OrgCase("宜都金融监管支局约谈银行。", "宜都金融监管支局", "宜都金融监管支局", .agency),
    // The corps' procuratorate and its branches.
    OrgCase(
      "新疆生产建设兵团人民检察院部署专项行动。", "新疆生产建设兵团人民检察院",
      "新疆生产建设兵团人民检察院", .procuratorate, .high),
    OrgCase(
      "新疆生产建设兵团人民检察院第二分院提起公诉。", "新疆生产建设兵团人民检察院第二分院",
      "新疆生产建设兵团人民检察院第二分院", .procuratorate, .intermediate),
    OrgCase(
      "新疆生产建设兵团第三师人民检察院依法批捕。", "新疆生产建设兵团第三师人民检察院",
      "新疆生产建设兵团第三师人民检察院", .procuratorate, .intermediate),
    OrgCase("兵团第十师公安局侦查终结。", "兵团第十师公安局", "新疆生产建设兵团第十师公安局", .agency),
    OrgCase(
      "湖北省人民检察院武汉铁路运输分院指定管辖。", "湖北省人民检察院武汉铁路运输分院",
      "湖北省人民检察院武汉铁路运输分院", .procuratorate, .intermediate),
    OrgCase("中央纪委国家监委网站发布消息。", "中央纪委国家监委", "中央纪委国家监委", .agency),
    // Organs added to the table.
    OrgCase("黄冈市纪委对其立案审查。", "黄冈市纪委", "黄冈市纪委", .agency),
    OrgCase("万州区规划和自然资源局作出决定。", "万州区规划和自然资源局", "万州区规划和自然资源局", .agency),
    OrgCase(
      "武汉市公安消防支队江岸区大队出具认定书。", "武汉市公安消防支队江岸区大队",
      "武汉市公安消防支队江岸区大队", .agency),
    OrgCase("抚宁区海洋局开展执法。", "抚宁区海洋局", "抚宁区海洋局", .agency),
    OrgCase("经宜昌市海洋与渔业局核查。", "宜昌市海洋与渔业局", "宜昌市海洋与渔业局", .agency),
    OrgCase("咸宁市退役军人事务局回复。", "咸宁市退役军人事务局", "咸宁市退役军人事务局", .agency),
    OrgCase("随州市医疗保障局追回资金。", "随州市医疗保障局", "随州市医疗保障局", .agency),
    OrgCase("黄冈市城市管理局拆除广告牌。", "黄冈市城市管理局", "黄冈市城市管理局", .agency),
    OrgCase("罗田县林业局发现盗伐。", "罗田县林业局", "罗田县林业局", .agency),
    // A one-scalar-stem county after a clear start.
    OrgCase("记者从和县人民法院获悉。", "和县人民法院", "和县人民法院", .court, .basic),
    OrgCase("，理县自然资源和规划局回复称。", "理县自然资源和规划局", "理县自然资源和规划局", .agency),
    // The verb-like short form is a place only with its unit.
    OrgCase("会同县人民检察院提起公诉。", "会同县人民检察院", "会同县人民检察院", .procuratorate, .basic),
    // Companies start after verbs and roles, and keep full-width brackets.
    OrgCase("法院裁定准许宏远建材有限公司撤回起诉。", "宏远建材有限公司", "宏远建材有限公司", .company),
    OrgCase("判决驳回宏远建材有限公司的诉讼请求。", "宏远建材有限公司", "宏远建材有限公司", .company),
    OrgCase(
      "甲公司委托武汉长明广告设计有限公司拍摄。", "武汉长明广告设计有限公司",
      "武汉长明广告设计有限公司", .company),
    OrgCase(
      "被告人李某拟注册成立襄阳顺达典当有限公司。", "襄阳顺达典当有限公司",
      "襄阳顺达典当有限公司", .company),
    OrgCase(
      "原告诉称，明辉（武汉）贸易有限公司拖欠货款。", "明辉（武汉）贸易有限公司",
      "明辉（武汉）贸易有限公司", .company),
  ]

  @Test(arguments: cases) func branch(_ c: OrgCase) { OrgTesting.check(c) }

  /// Sentences with no scored mention.
  @Test(arguments: [
    "人民法院可以会同人民检察院共同推进争议化解。",
    "法院会同检察院开展专项工作。",
    // 各 makes the level word generic; a bare 区法院 alone in an article that
    // names no district is listed as written (`org.level-word-as-written`).
    "各区法院会同人民检察院召开座谈会。",
    "对不予受理县自然资源和规划局申请的决定不服。",
    // An issuer heading an unbracketed title is part of the title.
    "最高人民法院关于审理盗窃案件具体应用法律若干问题的解释第二条规定，",
    "国家外汇管理局各省、自治区、直辖市分局。",
    "深圳市政局势稳定。",
    "兵团检察机关依法履职。",
  ])
  func notABody(_ text: String) {
    #expect(OrgTesting.scored(in: text).map(\.name) == [] || text.hasPrefix("国家外汇管理局"))
  }

  @Test func bureauAloneBeforeAList() {
    let found = OrgTesting.scored(in: "国家外汇管理局各省、自治区、直辖市分局。")
    #expect(found.map(\.name) == ["国家外汇管理局"])
  }

  @Test func glueGuardKeepsTheRestOfTheName() {
    let found = OrgTesting.scored(in: "不予受理县自然资源和规划局的申请，")
    #expect(!found.contains { $0.name.hasPrefix("理县") })
  }
}

/// The scalar set used by the organization scanner.
@Suite struct ScalarBitmapTests {
  @Test func scalarSet() {
    let set = ScalarBitmap(scalarsOf: "向经由")
    #expect(set.contains("向"))
    #expect(!set.contains("院"))
    #expect(!set.contains("𠮷"))
    // Beyond the BMP.
    let astral = ScalarBitmap(scalarsOf: "𠮷")
    #expect(astral.contains("𠮷"))
    #expect(!astral.contains("向"))
    var trie = PhraseTrie<Int>()
    trie.insert("𠮷山县", value: 1)
    #expect(trie.longestMatch(in: Array("在𠮷山县".unicodeScalars), from: 1)?.end == 4)
  }
}
