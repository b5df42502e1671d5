import Testing

@testable import LegalExtract

/// Procuratorates: levels from the region, 检察院 → 人民检察院, branches.
@Suite struct OrganizationProcuratorateTests {
  static let cases: [OrgCase] = [
    OrgCase("最高人民检察院发布第五批指导性案例。", "最高人民检察院", "最高人民检察院", .procuratorate, .supreme),
    OrgCase("最高检、公安部联合挂牌督办。", "最高检", "最高人民检察院", .procuratorate, .supreme),
    OrgCase("本案经最高检察院审查。", "最高检察院", "最高人民检察院", .procuratorate, .supreme),
    OrgCase("安徽省人民检察院提出抗诉。", "安徽省人民检察院", "安徽省人民检察院", .procuratorate, .high),
    OrgCase("上海市人民检察院召开发布会。", "上海市人民检察院", "上海市人民检察院", .procuratorate, .high),
    OrgCase(
      "新疆维吾尔自治区人民检察院部署专项监督。", "新疆维吾尔自治区人民检察院",
      "新疆维吾尔自治区人民检察院", .procuratorate, .high),
    OrgCase("孝感市人民检察院依法提起公诉。", "孝感市人民检察院", "孝感市人民检察院", .procuratorate, .intermediate),
    OrgCase("荆州市检察院对该案提出抗诉。", "荆州市检察院", "荆州市人民检察院", .procuratorate, .intermediate),
    OrgCase(
      "北京市人民检察院第三分院审查起诉。", "北京市人民检察院第三分院",
      "北京市人民检察院第三分院", .procuratorate, .intermediate),
    OrgCase(
      "天津市检察一分院提起公诉。", "天津市检察一分院", "天津市人民检察院第一分院",
      .procuratorate, .intermediate),
    OrgCase(
      "天津市人民检察院第二分院依法履职。", "天津市人民检察院第二分院",
      "天津市人民检察院第二分院", .procuratorate, .intermediate),
    OrgCase("应城市人民检察院向法院提起公诉。", "应城市人民检察院", "应城市人民检察院", .procuratorate, .basic),
    OrgCase("汉川市检察院制发检察建议。", "汉川市检察院", "汉川市人民检察院", .procuratorate, .basic),
    OrgCase(
      "武汉市江岸区人民检察院第二检察部办理此案。", "武汉市江岸区人民检察院",
      "武汉市江岸区人民检察院", .procuratorate, .basic),
    OrgCase("咸丰县检察院与当地林业部门座谈。", "咸丰县检察院", "咸丰县人民检察院", .procuratorate, .basic),
    OrgCase(
      "兰州铁路运输检察院办理了该案。", "兰州铁路运输检察院", "兰州铁路运输检察院",
      .procuratorate, .special),
    OrgCase(
      "中国人民解放军军事检察院介入。", "中国人民解放军军事检察院", "中国人民解放军军事检察院",
      .procuratorate, .special),
    OrgCase("浦东新区检察院开展公益诉讼。", "浦东新区检察院", "浦东新区人民检察院", .procuratorate, .basic),
    OrgCase("仙桃市人民检察院受理。", "仙桃市人民检察院", "仙桃市人民检察院", .procuratorate, .basic),
    // Boundaries: the name starts at the region, not at the verb or preposition.
    OrgCase("案件线索移送至大冶市人民检察院。", "大冶市人民检察院", "大冶市人民检察院", .procuratorate, .basic),
    OrgCase("经孝感市人民检察院指定管辖，", "孝感市人民检察院", "孝感市人民检察院", .procuratorate, .intermediate),
    OrgCase("会同钟祥市人民检察院开展调查。", "钟祥市人民检察院", "钟祥市人民检察院", .procuratorate, .basic),
    OrgCase("由黄陂区人民检察院提起公诉。", "黄陂区人民检察院", "黄陂区人民检察院", .procuratorate, .basic),
    OrgCase("并报请荆门市检察院批准。", "荆门市检察院", "荆门市人民检察院", .procuratorate, .intermediate),
    OrgCase("向郧西县人民检察院申请监督。", "郧西县人民检察院", "郧西县人民检察院", .procuratorate, .basic),
    OrgCase("被告人向宜城市人民法院提出上诉。", "宜城市人民法院", "宜城市人民法院", .court, .basic),
    OrgCase("诉至巴东县人民法院。", "巴东县人民法院", "巴东县人民法院", .court, .basic),
    OrgCase("遂向云梦县法院起诉。", "云梦县法院", "云梦县人民法院", .court, .basic),
    OrgCase("与谷城县人民法院沟通。", "谷城县人民法院", "谷城县人民法院", .court, .basic),
    OrgCase("对竹山县人民法院的裁定不服。", "竹山县人民法院", "竹山县人民法院", .court, .basic),
    // Traditional script.
    OrgCase("應城市人民檢察院依法監督。", "應城市人民檢察院", "应城市人民检察院", .procuratorate, .basic),
    OrgCase("最高人民檢察院發佈案例。", "最高人民檢察院", "最高人民检察院", .procuratorate, .supreme),
  ]

  @Test(arguments: cases) func procuratorate(_ c: OrgCase) { OrgTesting.check(c) }
}

/// Branches, county names of two characters, docket court codes.
@Suite struct OrganizationEdgeTests {
  static let cases: [OrgCase] = [
    OrgCase(
      "江苏省人民检察院南京分院提起公诉。", "江苏省人民检察院南京分院",
      "江苏省人民检察院南京分院", .procuratorate, .intermediate),
    OrgCase("沛县人民法院审理了此案。", "沛县人民法院", "沛县人民法院", .court, .basic),
    OrgCase("由涉县检察院提起公诉。", "涉县检察院", "涉县人民检察院", .procuratorate, .basic),
    // Courts the division table lacks, by their listed name without the province.
    OrgCase("汉江中院二审维持原判。", "汉江中院", "湖北省汉江中级人民法院", .court, .intermediate),
    OrgCase("上诉至汉江中级人民法院。", "汉江中级人民法院", "湖北省汉江中级人民法院", .court, .intermediate),
    // A zone's police branch.
    OrgCase(
      "被武汉市公安局东湖新技术开发区分局抓获。", "武汉市公安局东湖新技术开发区分局",
      "武汉市公安局东湖新技术开发区分局", .agency),
    OrgCase("东湖高新区检察院提起公诉。", "东湖高新区检察院", "东湖高新区人民检察院", .procuratorate, .basic),
    // Short forms inside a chain stay as written (rule `short-place-as-written`).
    OrgCase("上海浦东法院审结此案。", "上海浦东法院", "上海浦东人民法院", .court, .basic),
    OrgCase("武汉洪山区法院受理。", "武汉洪山区法院", "武汉洪山区人民法院", .court, .basic),
    OrgCase("十堰市纪委监委立案审查。", "十堰市纪委监委", "十堰市纪委监委", .agency),
    OrgCase("十堰市人大常委会开展检查。", "十堰市人大常委会", "十堰市人大常委会", .other),
  ]

  @Test(arguments: cases) func edge(_ c: OrgCase) { OrgTesting.check(c) }

  @Test func docketCourtCodeIsNotAMention() {
    #expect(OrgTesting.scored(in: "案号为(2023)最高法民终12号。").isEmpty)
  }
}
