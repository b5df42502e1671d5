import PropertyBased
import Testing

@testable import LegalExtract

/// Hong Kong and Taiwan bodies (rules `org.regional.*`, table
/// Scripts/data/regional-bodies.tsv): named as written, only in a text that
/// shows the jurisdiction.
@Suite("Organizations of Hong Kong and Taiwan")
struct OrganizationRegionalTests {
  static let hongKong: [OrgCase] = [
    OrgCase("香港西九龙裁判法院二十四日宣判。", "香港西九龙裁判法院", "香港西九龙裁判法院", .court, .basic),
    OrgCase("三名上诉人为惩教署人员，终院刑事上诉2014年第4号。", "惩教署", "惩教署", .agency),
    OrgCase("案中亦没人能向香港海关出示许可证。", "香港海关", "香港海关", .agency),
    OrgCase("本港终审法院颁下判词。", "终审法院", "终审法院", .court, .supreme),
    OrgCase("案件转介至高等法院原讼法庭审理，涉款350万港元。", "高等法院原讼法庭", "高等法院", .court, .high),
  ]

  @Test(arguments: hongKong) func hongKongBodies(_ c: OrgCase) { OrgTesting.check(c) }

  static let taiwan: [OrgCase] = [
    OrgCase("台湾台北地方检察署侦查后提起公诉。", "台湾台北地方检察署", "台湾台北地方检察署", .procuratorate, .basic),
    OrgCase("台东地方法院判决后，台东地检署上诉。", "台东地方法院", "台东地方法院", .court, .basic),
    OrgCase("桥头地检署指挥海巡署查缉。", "海巡署", "海巡署", .agency),
    OrgCase("屏东县内埔警分局与海巡队查获私烟。", "屏东县内埔警分局", "屏东县内埔警分局", .agency),
    OrgCase("新北市违建拆除大队会同台湾高等法院。", "新北市违建拆除大队", "新北市违建拆除大队", .agency),
    OrgCase("派遣南部地区机动海巡队与第五岸巡队前往，高雄地检署指挥。", "第五岸巡队", "第五岸巡队", .agency),
    OrgCase(
      "海洋委员会海巡署舰队分署第三(台中)海巡队押回渔船。", "海洋委员会海巡署舰队分署第三(台中)海巡队",
      "海洋委员会海巡署舰队分署第三(台中)海巡队", .agency),
    OrgCase("东南沙分署东沙指挥部与海巡署会同。", "东南沙分署东沙指挥部", "东南沙分署东沙指挥部", .agency),
    OrgCase("最高法院驳回上诉，维持台湾高等法院判决。", "最高法院", "最高法院", .court, .supreme),
  ]

  @Test(arguments: taiwan) func taiwanBodies(_ c: OrgCase) { OrgTesting.check(c) }

  /// Rule `org.regional.body` with the Government's departments: a
  /// department's own short name (入境處 for 入境事務處) is an agency named as
  /// written, in Simplified (the place before a full name stays, 香港入境事务处);
  /// in a mainland text it is no body.
  @Test func hongKongDepartments() {
    let traditional = OrgTesting.organizations(in: "本港入境處昨日拘捕兩名非法入境者，消防處協助。")
    #expect(traditional.map(\.name) == ["入境处", "消防处"])
    #expect(traditional.allSatisfy { $0.kind == .agency })
    let full = OrgTesting.organizations(in: "香港入境事务处与劳工处联合行动。")
    #expect(full.map(\.name) == ["香港入境事务处", "劳工处"])
    #expect(OrgTesting.scored(in: "旅客在口岸入境处排队，消防处置完毕。").isEmpty)
  }

  /// Rule `office-inside-body`: a bare 上诉法庭 is 高等法院 once the text wrote
  /// 高等法院上诉法庭; written alone it names itself.
  @Test func officesOfTheHighCourt() {
    let joined = OrgTesting.organizations(in: "本港高等法院上诉法庭驳回上诉。其后上诉法庭重审。")
    #expect(joined.map(\.name) == ["高等法院", "高等法院"])
    let alone = OrgTesting.organizations(in: "香港原讼法庭驳回呈请，上诉法庭其后驳回上诉。")
    #expect(alone.map(\.name) == ["原讼法庭", "上诉法庭"])
  }

  /// Rule `alias`: a bracketed second name, and the bracketed place of a unit.
  @Test func aliases() {
    let found = OrgTesting.organizations(
      in: "海巡署舰队分署第五海巡队(高雄海巡队)查获渔船，高雄海巡队表示将移送。")
    #expect(Set(found.map(\.name)) == ["海巡署舰队分署第五海巡队"])
    let place = OrgTesting.organizations(in: "海巡署舰队分署第三(台中)海巡队押回渔船。台中海巡队表示。")
    #expect(Set(place.map(\.name)) == ["海巡署舰队分署第三(台中)海巡队"])
  }

  /// Negatives: a mainland text (no marker) keeps the mainland reading; a
  /// unit alone, a generic modifier before it and a post are no bodies.
  @Test func negatives() {
    #expect(
      OrgTesting.organizations(in: "最高法院发布典型案例。").map(\.name) == ["最高人民法院"])
    #expect(
      OrgTesting.scored(in: "台湾地检署认定各地方法院的判决。").map(\.name) == ["台湾地方检察署"])
    #expect(OrgTesting.scored(in: "香港律政司司长出席。").isEmpty)
    #expect(OrgTesting.scored(in: "香港居民经深圳海关入境。").map(\.name) == ["深圳海关"])
    #expect(OrgTesting.scored(in: "海巡队人员强靠登检，台湾渔民围观。").isEmpty)
    // A regional word inside a longer mainland name is that name's.
    #expect(
      OrgTesting.scored(in: "香港居民的案件由澳门终审法院审结。").map(\.name).contains("澳门终审法院"))
  }

  /// Property: in a Taiwan text, any place of the table before any court or
  /// prosecutors' unit word reads back as one body named as written.
  @Test func taiwanPlaceAndUnitReadBack() async {
    let places = ["台北", "台中", "高雄", "桥头", "士林", "屏东", "花莲", "台东", "澎湖", "金门"]
    // The press's short units name the full one (rule `org.regional.short-name`).
    let units: [(String, OrganizationKind, String)] = [
      ("地方法院", .court, "地方法院"), ("地方检察署", .procuratorate, "地方检察署"),
      ("地检署", .procuratorate, "地方检察署"), ("地院", .court, "地方法院"),
    ]
    await propertyCheck(
      count: 60, input: Gen.int(in: 0...(places.count - 1)), Gen.int(in: 0...(units.count - 1))
    ) { p, u in
      let name = places[p] + units[u].0
      let found = OrgTesting.scored(in: "据报导，\(name)于今日起诉，海巡署协助。")
      #expect(found.map(\.name) == [places[p] + units[u].2, "海巡署"])
      #expect(found.first?.kind == units[u].1)
      #expect(found.first?.level == .basic)
    }
  }
}
