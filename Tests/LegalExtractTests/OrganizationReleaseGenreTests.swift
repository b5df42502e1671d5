import Testing

@testable import LegalExtract

/// Issue 16: organizations in press releases, Q&A and labour texts. Each test
/// names the rule it exercises (Rules/NationalBodyRules, OrganShortFormRules,
/// PlaceNamedOrganRules, OrganRules+Bureaus); positive and negative cases.
@Suite("Organizations in releases (issue 16)")
struct OrganizationReleaseGenreTests {
  // MARK: State Council bodies (rule `state-council-short-name`)

  /// A short name alone stays as written (ANNOTATION.md: the fullest form the
  /// article uses); with the full name written too, every mention takes it.
  static let ministries: [OrgCase] = [
    OrgCase("人社部通报了欠薪案件。", "人社部", "人社部", .agency),
    OrgCase(
      "人力资源和社会保障部发文，人社部通报了欠薪案件。", "人社部", "人力资源和社会保障部", .agency),
    OrgCase("交通部发布通知。", "交通部", "交通部", .agency),
    OrgCase("交通运输部发布通知。交通部表示。", "交通部", "交通运输部", .agency),
    OrgCase("市场监管总局公布铁拳行动案例。", "市场监管总局", "市场监管总局", .agency),
    OrgCase("应急管理部督办此事。", "应急管理部", "应急管理部", .agency),
    OrgCase("生态环境部约谈企业。", "生态环境部", "生态环境部", .agency),
    OrgCase("国家医保局开展飞行检查。", "国家医保局", "国家医保局", .agency),
    OrgCase("国家药监局发布公告。", "国家药监局", "国家药监局", .agency),
    OrgCase(
      "国家药品监督管理局发布公告，国家药监局表示。", "国家药监局", "国家药品监督管理局", .agency),
    OrgCase("中国民航局相关负责人答问。", "中国民航局", "中国民航局", .agency),
    // The national trade union: a mass organisation, kind other (not scored).
    OrgCase("会议由中华全国总工会主办。", "中华全国总工会", "中华全国总工会", .other),
    OrgCase("中国海警局各分局开展专项行动。", "中国海警局", "中国海警局", .agency),
    // Former bodies keep their own names (an old text is not renamed).
    OrgCase("2006年，劳动和社会保障部发文。", "劳动和社会保障部", "劳动和社会保障部", .agency),
    // A unit inside a national body is part of it (rule `national-body-unit`).
    OrgCase("海关总署缉私局部署专项行动。", "海关总署缉私局", "海关总署缉私局", .agency),
  ]

  @Test(arguments: ministries) func stateCouncilShortName(_ c: OrgCase) { OrgTesting.check(c) }

  /// The generated table is the State Council's list: every ministry is there
  /// under its full name, and no local organ word is a national short name.
  @Test func stateCouncilTableShape() {
    let t = TSVTable(stateCouncilBodiesTSV)
    let names = Set(t.rows.map { $0[t.column("name")] })
    for body in [
      "外交部", "国家发展和改革委员会", "人力资源和社会保障部", "交通运输部", "审计署", "海关总署",
      "国家市场监督管理总局", "国家医疗保障局", "中国民用航空局",
    ] {
      #expect(names.contains(body), "\(body)")
    }
    let surfaces = t.rows.map { $0[t.column("surface")] }
    let local = surfaces.filter { s in OrganRules.all.contains { $0.surface == s } }
    #expect(local.isEmpty, "\(local)")
  }

  /// Rule `ministry-order-number` and `short-name-after-level-word`: no mention.
  @Test(arguments: [
    "依据《工伤认定办法》（人力资源社会保障部令第8号）作出认定。",
    "人社部发〔2031〕12号文件明确了标准。",
    "该市人社部门介入调查。",
  ])
  func ministryNameThatIsNoMention(_ s: String) {
    #expect(OrgTesting.scored(in: s).isEmpty, "\(OrgTesting.scored(in: s).map(\.text))")
  }

  /// An issuer right before a cited normative 《关于…的解释》 is part of its
  /// official title (guard `org.guard.cited-title-issuer`, session 5; the
  /// B14 gold); before a 《关于…的通知》 it stands outside the title: a mention.
  @Test func issuerBeforeBracketedTitle() {
    let cited = OrgTesting.scored(in: "最高人民法院《关于审理盗窃案件具体应用法律若干问题的解释》第二条规定，")
    #expect(cited.isEmpty)
    let notice = OrgTesting.scored(in: "最高人民法院《关于做好某项工作的通知》要求，").map(\.name)
    #expect(notice == ["最高人民法院"])
  }

  /// Guard `org.guard.title-issuer` holds only before a title: 关于…的相关文件 is none.
  @Test func issuerBeforeAnUntitledAboutIsAMention() {
    let names = OrgTesting.organizations(in: "依据最高人民检察院、中华全国总工会关于协同推进某项制度的相关文件部署工作。").map(\.name)
    #expect(names == ["最高人民检察院", "中华全国总工会"])
    #expect(OrgTesting.scored(in: "依据最高人民法院关于审理某类案件的规定处理。").isEmpty)
  }

  // MARK: Unions, arbitration, mediation, legal aid

  static let labourBodies: [OrgCase] = [
    // A trade union is a mass organisation, not a state organ: kind other.
    OrgCase("桐庐县总工会派员参加。", "桐庐县总工会", "桐庐县总工会", .other),
    OrgCase("向桐庐县劳动人事仲裁委员会申请仲裁。", "桐庐县劳动人事仲裁委员会", "桐庐县劳动人事仲裁委员会", .agency),
    OrgCase(
      "武汉市江岸区劳动人事争议仲裁委员会作出裁决。", "武汉市江岸区劳动人事争议仲裁委员会",
      "武汉市江岸区劳动人事争议仲裁委员会", .agency),
    // A mediation committee is a self-governing mass organisation: kind other
    // (session 18; the blind golds h60-04, h70-09, h74-04).
    OrgCase("经江岸区人民调解委员会调解。", "江岸区人民调解委员会", "江岸区人民调解委员会", .other),
    OrgCase("十堰市法律援助中心指派律师。", "十堰市法律援助中心", "十堰市法律援助中心", .agency),
    OrgCase(
      "社旗县精神文明建设指导委员会办公室发文。", "社旗县精神文明建设指导委员会办公室",
      "社旗县精神文明建设指导委员会办公室", .agency),
  ]

  @Test(arguments: labourBodies) func labourBody(_ c: OrgCase) { OrgTesting.check(c) }

  /// Negative: an unnamed union or committee, and a commercial arbitration body
  /// (kind other, not scored).
  @Test(arguments: ["工会主席到场协调。", "当地总工会介入。", "向北京仲裁委员会申请仲裁。", "劳动仲裁委员会作出裁决。"])
  func unnamedLabourBody(_ s: String) {
    #expect(OrgTesting.scored(in: s).isEmpty, "\(OrgTesting.scored(in: s).map(\.text))")
  }

  // MARK: Courts and procuratorates with unusual names

  static let unusual: [OrgCase] = [
    OrgCase(
      "广东省东莞市第三市区人民检察院提起诉讼。", "广东省东莞市第三市区人民检察院",
      "广东省东莞市第三市区人民检察院", .procuratorate, .basic),
    OrgCase("锡林郭勒盟检察分院支持起诉。", "锡林郭勒盟检察分院", "锡林郭勒盟检察分院", .procuratorate, .intermediate),
    OrgCase(
      "天津市人民检察院第三分院提起公诉。", "天津市人民检察院第三分院", "天津市人民检察院第三分院",
      .procuratorate, .intermediate),
    OrgCase("由上海铁路运输法院审理。", "上海铁路运输法院", "上海铁路运输法院", .court, .special),
    OrgCase("杭州互联网法院判决。", "杭州互联网法院", "杭州互联网法院", .court, .special),
  ]

  @Test(arguments: unusual) func unusualName(_ c: OrgCase) { OrgTesting.check(c) }

  /// Rule `level-word-inherits-region`: a bare 省/市 in a list after a named body.
  @Test func levelWordInList() {
    let found = OrgTesting.organizations(in: "贵州省总工会、省高级人民法院、省人民检察院联合发文。")
    #expect(found.map(\.name) == ["贵州省总工会", "贵州省高级人民法院", "贵州省人民检察院"])
  }

  /// Rule `level-word-inherits-region`: 市 takes the city named earlier in
  /// the paragraph; an agency only when the article writes it with its place
  /// too (guard `org.guard.region-not-written`).
  @Test func levelWordInParagraph() {
    let found = OrgTesting.organizations(in: "深圳市龙岗区探索新机制，由市人民检察院牵头。")
    #expect(found.map(\.name).contains("深圳市人民检察院"))
    #expect(OrgTesting.scored(in: "深圳市龙岗区探索新机制，由市司法局牵头。").isEmpty)
    let written = OrgTesting.organizations(in: "深圳市司法局发布通知。深圳市龙岗区探索新机制，由市司法局牵头。")
    #expect(written.map(\.name) == ["深圳市司法局", "深圳市司法局"])
  }

  /// Negative: 该市/各市 and a bare 区 outside a list (with no place named
  /// at all, 省人民检察院 is listed as written: `org.level-word-as-written`).
  @Test(arguments: ["该市公安局介入。", "各市法院要加强审判。", "宜昌市检察院起诉。\n\n后来区法院受理了另一起案件。"])
  func levelWordWithoutItsPlace(_ s: String) {
    let names = OrgTesting.scored(in: s).map(\.name)
    #expect(
      !names.contains {
        $0.hasPrefix("该") || $0.hasPrefix("各") || $0.hasPrefix("省") || $0.hasSuffix("区人民法院")
      },
      "\(names)")
  }

  /// Rule `yuan-short-form`: 山东省院 in a procuratorate text.
  @Test func yuanShortForm() {
    let found = OrgTesting.organizations(in: "威海市人民检察院就难题报请山东省院指导。")
    #expect(found.map(\.name) == ["威海市人民检察院", "山东省人民检察院"])
    // Negative: 省院长 is a title; with no court or procuratorate named, nothing.
    #expect(OrgTesting.scored(in: "威海市人民检察院邀请山东省院长座谈。").count == 1)
    #expect(OrgTesting.scored(in: "报请山东省院指导。").isEmpty)
  }

  /// Rule `yuan-short-form`: a short form the text defines names that body,
  /// whatever kind the other bodies have.
  @Test func yuanShortFormDefinedByAlias() {
    let text = "甲县人民检察院（以下简称甲县院）起诉。乙县人民法院、丙县人民法院审理。浮梁县人民检察院（以下简称浮梁县院）提起诉讼，浮梁县人民法院受理，浮梁县院出庭。"
    let found = OrgTesting.organizations(in: text).filter { $0.text == "浮梁县院" }
    #expect(found.count == 2)
    #expect(found.allSatisfy { $0.name == "浮梁县人民检察院" && $0.kind == .procuratorate })
  }

  /// Rule `org.regional.hong-kong`: in a Hong Kong text only, named as written.
  @Test func hongKongCourts() {
    let found = OrgTesting.organizations(in: "香港区域法院判处被告入狱，案件移交高等法院。")
    #expect(found.map(\.name) == ["香港区域法院", "高等法院"])
    #expect(OrgTesting.scored(in: "区域法院协同发展研讨会召开。").isEmpty)
  }

  // MARK: Customs and units inside a body

  static let customs: [OrgCase] = [
    OrgCase("日前，拱北海关查获走私冻品。", "拱北海关", "拱北海关", .agency),
    OrgCase("去年黄埔海关缉私局立案侦办。", "黄埔海关缉私局", "黄埔海关缉私局", .agency),
    OrgCase("天津东疆保税港区海关查验发现。", "天津东疆保税港区海关", "天津东疆保税港区海关", .agency),
    OrgCase("深圳海关缉私局侦办此案。", "深圳海关缉私局", "深圳海关缉私局", .agency),
  ]

  @Test(arguments: customs) func customsByPlace(_ c: OrgCase) { OrgTesting.check(c) }

  @Test(arguments: ["当地海关加强监管。", "全国海关查获毒品。", "，直属海关通报。"])
  func genericCustoms(_ s: String) {
    #expect(OrgTesting.scored(in: s).isEmpty, "\(OrgTesting.scored(in: s).map(\.text))")
  }

  /// Rule `squad-inside-branch`: a station is a unit of the branch; its 刑警大队 is an office.
  @Test func unitsInsideABranch() {
    let station = OrgTesting.organizations(in: "沈阳市公安局铁西分局兴华派出所接警。")
    #expect(station.map(\.name) == ["沈阳市公安局铁西分局兴华派出所"])
    let squad = OrgTesting.organizations(in: "铁西公安分局刑警大队破获此案。")
    #expect(squad.map(\.name) == ["铁西公安分局"])
    let tribunal = OrgTesting.organizations(in: "麻城市人民法院龟山人民法庭公开审理。")
    #expect(tribunal.map(\.name) == ["麻城市人民法院龟山人民法庭"])
  }

  // MARK: Renamed places

  /// Rule `renamed-short-form` and `unit-written-elsewhere`: 金坛 (金坛市 until
  /// 2015, 金坛区 now) stays as written, and joins 金坛市人民法院 when written.
  @Test func renamedPlaceKeepsTheTextsName() {
    #expect(OrgTesting.organizations(in: "富阳法院审理了此案。").map(\.name) == ["富阳人民法院"])
    let both = OrgTesting.organizations(in: "金坛法院立案后，金坛市人民法院依法执行。")
    #expect(both.map(\.name) == ["金坛市人民法院", "金坛市人民法院"])
    // A place never renamed stays as written too (rule `short-place-as-written`,
    // ANNOTATION.md's fullest form the article uses) and joins its full name.
    #expect(OrgTesting.organizations(in: "麻城法院审理了此案。").map(\.name) == ["麻城人民法院"])
    let joined = OrgTesting.organizations(in: "麻城法院立案后，麻城市人民法院依法审理。")
    #expect(joined.map(\.name) == ["麻城市人民法院", "麻城市人民法院"])
  }
}
