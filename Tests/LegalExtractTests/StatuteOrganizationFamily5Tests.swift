import Testing

@testable import LegalExtract

/// Issue 16, session 4: the families the B9–B11 batches left open. Each test
/// names the rule it exercises; positive and negative cases for each.
@Suite("Statute and organization families, session 4 (issue 16)")
struct StatuteOrganizationFamily5Tests {
  static func laws(in text: String) -> [String] {
    Extractor(onlyStages: ["statutes"]).extract(text).statutes.map(\.law)
  }

  // MARK: org.region-chain.composite-bureau

  static let compositeBureaus: [OrgCase] = [
    OrgCase("2011年，隆德县农牧水利局批准该项目。", "隆德县农牧水利局", "隆德县农牧水利局", .agency),
    OrgCase("仪陇县文化体育广电旅游局组织检查。", "仪陇县文化体育广电旅游局", "仪陇县文化体育广电旅游局", .agency),
    OrgCase(
      "无锡市科学技术和工业信息化局发文。", "无锡市科学技术和工业信息化局", "无锡市科学技术和工业信息化局", .agency),
    // A listed organ word keeps its own reading (住房和城乡建设局 is in OrganRules).
    OrgCase("临沂市住房和城乡建设局回复。", "临沂市住房和城乡建设局", "临沂市住房和城乡建设局", .agency),
  ]

  @Test(arguments: compositeBureaus) func compositeBureau(_ c: OrgCase) { OrgTesting.check(c) }

  /// Negative: stems without a place, a word that only begins with 局
  /// (局面), a town (towns have no bureaus), and stems with no bureau word.
  @Test(arguments: [
    "某县文化体育局组织检查。", "湖北省农业发展局面临新的考验。", "乌海市水务部门划定边界线。", "要推动文化体育事业发展。",
  ])
  func notACompositeBureau(_ s: String) {
    #expect(OrgTesting.scored(in: s).isEmpty, "\(OrgTesting.scored(in: s).map(\.text))")
  }

  // MARK: org.region-chain.cross-region-area

  @Test func crossRegionProcuratorate() {
    OrgTesting.check(
      OrgCase(
        "陕西省关中平原地区人民检察院督促整治。", "陕西省关中平原地区人民检察院", "陕西省关中平原地区人民检察院",
        .procuratorate, .intermediate))
    let e = explain("四川省川南平原地区人民检察院提起诉讼。", stages: ["organizations"])
    #expect(e.mention(ruleNamed: OrganizationRule.crossRegionArea.name)?.text == "四川省川南平原地区人民检察院")
  }

  /// Negative: 部分地区 is "some areas"; an agency never serves such an area;
  /// a prefecture the gazetteer knows (阿克苏地区) stays a division.
  @Test func notACrossRegionArea() {
    #expect(OrgTesting.scored(in: "湖北省部分地区检察院开展专项活动。").isEmpty)
    #expect(OrgTesting.scored(in: "陕西省关中平原地区住建局回复。").isEmpty)
    let division = "新疆维吾尔自治区阿克苏地区中级人民法院审理。"
    #expect(OrgTesting.scored(in: division).map(\.name) == ["新疆维吾尔自治区阿克苏地区中级人民法院"])
    let e = explain(division, stages: ["organizations"])
    #expect(e.mention(ruleNamed: OrganizationRule.crossRegionArea.name) == nil)
  }

  // MARK: Farm bureaus and courts, bureau stations, the coast guard, unions

  static let bodies: [OrgCase] = [
    OrgCase("决定设立嫩江农垦法院。", "嫩江农垦法院", "嫩江农垦法院", .court, .basic),
    OrgCase("法院位于齐齐哈尔农垦分局所在地。", "齐齐哈尔农垦分局", "齐齐哈尔农垦分局", .agency),
    OrgCase(
      "山东省阳谷县司法局西湖司法所组织调解。", "山东省阳谷县司法局西湖司法所", "山东省阳谷县司法局西湖司法所", .agency),
    OrgCase("中国海警局各分局开展行动。", "中国海警局", "中国海警局", .agency),
    OrgCase("杭州市总工会发布提示。", "杭州市总工会", "杭州市总工会", .other),
  ]

  @Test(arguments: bodies) func body(_ c: OrgCase) { OrgTesting.check(c) }

  // MARK: Labour bodies of labour releases

  static let labourBodies: [OrgCase] = [
    OrgCase("长沙市劳动保障监察支队责令其整改。", "长沙市劳动保障监察支队", "长沙市劳动保障监察支队", .agency),
    OrgCase("会东县社会保险事业管理局核定待遇。", "会东县社会保险事业管理局", "会东县社会保险事业管理局", .agency),
    OrgCase("由柳州市住房公积金管理中心办理。", "柳州市住房公积金管理中心", "柳州市住房公积金管理中心", .agency),
  ]

  @Test(arguments: labourBodies) func labourBody(_ c: OrgCase) { OrgTesting.check(c) }

  /// Negative: the inspection squad written after its bureau is an office
  /// of the bureau (one body); without a place it names none.
  @Test func labourInspectionInsideItsBureau() {
    #expect(OrgTesting.scored(in: "长沙市人社局劳动保障监察支队介入。").map(\.name) == ["长沙市人社局"])
    #expect(OrgTesting.scored(in: "劳动保障监察大队介入调查。").isEmpty)
  }

  /// A later bare station (place-named) takes the full name the text gave it.
  @Test func bareStationJoinsItsBureau() {
    let found = OrgTesting.organizations(in: "儋州市司法局那大司法所组织调解。事后，那大司法所回访。")
    #expect(found.map(\.name) == ["儋州市司法局那大司法所", "儋州市司法局那大司法所"])
    // Negative: with no full name written, the station keeps its own name.
    #expect(OrgTesting.organizations(in: "事后，那大司法所回访。").map(\.name) == ["那大司法所"])
  }

  /// Negative: a bureau and a station joined by 和 are two bodies; 农垦法院
  /// with no place names none.
  @Test func stationsAndFarmCourtsNegative() {
    #expect(
      OrgTesting.scored(in: "阳谷县司法局和西湖司法所联合调解。").map(\.name) == ["阳谷县司法局", "西湖司法所"])
    #expect(OrgTesting.scored(in: "筹建农垦法院的工作开始。").isEmpty)
  }

  // MARK: org.region-chain.named-zone, port authorities

  static let zones: [OrgCase] = [
    OrgCase("全省各市县及洋浦管理局参加检查。", "洋浦管理局", "洋浦管理局", .agency),
    OrgCase("深圳市前海管理局作出回复。", "深圳市前海管理局", "深圳市前海管理局", .agency),
    OrgCase("由大连港务局负责。", "大连港务局", "大连港务局", .agency),
  ]

  @Test(arguments: zones) func zone(_ c: OrgCase) { OrgTesting.check(c) }

  /// Negative: 管理局 after a division names nothing; a zone named without
  /// its zone word has no court of that name; a zone inside another
  /// province's chain is no zone; a zone name inside a word is none.
  @Test(arguments: ["成都市管理局发文。", "横琴法院审理。", "江苏省洋浦管理局回复。", "推进西咸一体化管理局面。"])
  func notAZoneBody(_ s: String) {
    #expect(OrgTesting.scored(in: s).isEmpty, "\(OrgTesting.scored(in: s).map(\.text))")
  }

  /// The generated table holds no division's name (the gazetteer reads those).
  @Test func zoneTableHoldsNoDivision() {
    let t = TSVTable(zonesTSV)
    for row in t.rows {
      #expect(RegionGazetteer.shared.trie.value(for: row[t.column("short")]) == nil, "\(row)")
    }
  }

  // MARK: Provisions with a space inside (第 一项)

  @Test func provisionWithInnerSpace() {
    let s = Extractor(onlyStages: ["statutes"]).extract("依据《中华人民共和国食品安全法》第一百二十三条第一款第 一项处罚。")
      .statutes
    #expect(s.first?.provisions.first?.item == 1)
    #expect(s.first?.provisions.first?.paragraph == 1)
    // Negative: a space does not join a number to a following word (第 一次).
    #expect(
      Extractor(onlyStages: ["statutes"]).extract("依据《中华人民共和国食品安全法》第一百二十三条，第 一次处罚。").statutes
        .first?.provisions.count == 1)
  }

  // MARK: statute.guard.policy-opinion

  @Test func policyOpinionIsNoStatute() {
    #expect(Self.laws(in: "这是落实《国务院关于进一步做好某项工作的意见》规定的要求。").isEmpty)
    #expect(Self.laws(in: "人力资源社会保障部印发《人力资源社会保障部关于做好某项工作的意见》。").isEmpty)
  }

  /// Negative: an 意见 a judicial body issued (alone or with others) is cited law.
  @Test func judicialOpinionStays() {
    #expect(
      Self.laws(in: "依照《最高人民法院、最高人民检察院、公安部关于办理某类刑事案件的意见》第三条处理。")
        == ["最高人民法院、最高人民检察院、公安部关于办理某类刑事案件的意见"])
  }

  // MARK: statute.guard.cooperation-agreement

  @Test func cooperationAgreementIsNoStatute() {
    #expect(Self.laws(in: "某区检察院与人社部门细化《关于在劳动保障领域加强协作配合的实施细则》。").isEmpty)
    #expect(Self.laws(in: "两家单位出台《行政执法与刑事司法衔接工作办法》。").isEmpty)
  }

  /// Negative: a national issuer's text on cooperation is cited law.
  @Test func nationalCooperationTextStays() {
    #expect(
      Self.laws(in: "依据《最高人民检察院关于推进行政执法与刑事司法衔接工作的规定》第五条。")
        == ["最高人民检察院关于推进行政执法与刑事司法衔接工作的规定"])
  }

  // MARK: statute.title.unlisted-rule

  @Test func unlistedRuleTitleKeptAsWritten() {
    let s = Extractor(onlyStages: ["statutes"]).extract("根据《海洋倾废生态保护规定》第三条第一款，该局作出处罚。").statutes
    #expect(s.map(\.law) == ["海洋倾废生态保护规定"])
    #expect(s.first?.provisions.first?.article == 3)
  }

  /// Negative: a short 规定 (《证据规定》) is still no title of its own.
  @Test func shortRuleNameIsNotAFullTitle() {
    #expect(Self.laws(in: "根据《证据规定》第十条。").isEmpty)
  }
}
