import Testing

@testable import LegalExtract

/// Issue 16, session 10: organization families of the ninth round's blind
/// batches (press releases, labour and regulator texts, Hong Kong and Taiwan
/// wire items). Each test names the rule or table it exercises, with a
/// positive and a negative case; the sentences are our own.
@Suite("Statute and organization families, session 10 (issue 16)")
struct StatuteOrganizationFamily10Tests {
  func scored(_ text: String) -> [String] {
    OrgTesting.scored(in: text).map(\.name)
  }

  func mentions(_ text: String) -> [OrganizationMention] {
    OrgTesting.organizations(in: text)
  }

  // MARK: org.list-shares-region

  /// Bare organ words in a list right after a bureau of a written place
  /// share that place, merged bureaus included (城镇管理局, 食品药品和工商质量
  /// 技术监督管理局: composite stems).
  @Test func bareOrgansInAListShareThePlace() {
    let names = scored(
      "某旗人民检察院向正镶白旗国土资源局、环境保护局、城镇管理局、食品药品和工商质量技术监督管理局发出检察建议。")
    #expect(
      names == [
        "正镶白旗国土资源局", "正镶白旗环境保护局", "正镶白旗城镇管理局", "正镶白旗食品药品和工商质量技术监督管理局",
      ])
    #expect(
      scored("张北县国土资源局和食品药品监督管理局联合执法。")
        == ["张北县国土资源局", "张北县食品药品监督管理局"])
    let rules = mentions("向张北县国土资源局、环境保护局发出建议。").map(\.name)
    #expect(rules == ["张北县国土资源局", "张北县环境保护局"])
  }

  /// Negative: a generic organ after a joiner (政府部门), a list item after a
  /// company or after a body of no written place, and a clause break.
  @Test func listItemsNeedABureauOfAWrittenPlaceRightBefore() {
    #expect(scored("成都市公安局和政府部门联合开展行动。") == ["成都市公安局"])
    #expect(scored("某某建材有限公司、环境保护局到场。").isEmpty)
    #expect(scored("张北县国土资源局。环境保护局随后到场。") == ["张北县国土资源局"])
    #expect(scored("张北县国土资源局、县人民法院。") == ["张北县国土资源局", "张北县人民法院"])
  }

  /// A level word in a list whose first item opened with the place (a body
  /// the body-name grammar reads, 临安市综治办) takes that place.
  @Test func levelWordAfterAGrammarBodyInAList() {
    let names = scored("临安市综治办、市人力资源和社会保障局、市总工会代表受邀参加。")
    #expect(names.contains("临安市综治办"))
    #expect(names.contains("临安市人力资源和社会保障局"))
    // Negative: outside a list the guard `region-not-written` still holds.
    #expect(!scored("临安市综治办召开会议。市人社局介绍情况。").contains { $0.hasSuffix("人社局") })
  }

  // MARK: body-name suffixes: 安委会, 消防支队

  /// 国务院安委会 is one body (国务院 inside it is no second one), as is a
  /// place's 安委会; a level word alone names none.
  @Test func workSafetyCommittees() {
    #expect(
      scored("由国务院安委会或国务院安委办进行挂牌督办。") == ["国务院安委会", "国务院安委办"])
    #expect(scored("6月，张北县安委会将该问题列入督办清单。") == ["张北县安委会"])
    #expect(scored("较大事故分别由省级和市级安委会进行督办。").isEmpty)
  }

  @Test func fireBrigadesByTheirFormerNames() {
    #expect(scored("淮北市人民检察院与淮北市消防支队签订协作意见。") == ["淮北市人民检察院", "淮北市消防支队"])
    #expect(scored("某省消防总队部署检查。").isEmpty)
    #expect(scored("消防支队派员检查。").isEmpty)
  }

  // MARK: org.region-chain.short-place-full-written

  /// 禹州法院 in an article that writes 禹州市 anywhere is 禹州市人民法院;
  /// where the county's full name is never written it stays as written.
  @Test func shortCountyTakesTheFullNameTheTextWrites() {
    let found = mentions("禹州法院执行局开展集中执行行动，禹州市某加油站申请执行。")
    #expect(found.first?.name == "禹州市人民法院")
    #expect(scored("淅川法院老城法庭调解了此案。").first == "淅川人民法院")
    #expect(scored("迁安法院审理了此案。") == ["迁安人民法院"])
  }

  // MARK: org.regional.*: Hong Kong and Taiwan press forms

  /// A Hong Kong government release that never writes 香港: its departments
  /// are the markers; 勞福局 as written, the policy bureaux by name.
  @Test func hongKongDepartmentsWithoutTheWordHongKong() {
    let names = scored(
      "勞福局長表示，勞工處共接獲欠薪投訴，會轉交警務處或破產管理署跟進。")
    #expect(names == ["劳福局", "劳工处", "警务处", "破产管理署"])
    #expect(scored("廉政公署起訴兩名懲教署人員。") == ["廉政公署", "惩教署"])
    #expect(scored("保安局及運輸及物流局回應質詢，本港將加強執法。") == ["保安局", "运输及物流局"])
  }

  /// Negative: a mainland text with none of the markers reads no Hong Kong
  /// department (发展局面, 房屋局 of no place).
  @Test func mainlandTextsReadNoHongKongDepartments() {
    #expect(scored("该区发展局面良好，房屋局部受损。").isEmpty)
    #expect(scored("广东高院审理了此案。") == ["广东省高级人民法院"])
  }

  /// 高院 in a Hong Kong text is 高等法院, and a bare 上訴庭 after it that court.
  @Test func hongKongHighCourtShortForms() {
    let found = mentions("他早前向高院提出上訴，上訴庭今頒布判詞。")
    #expect(found.map(\.name) == ["高等法院", "高等法院"])
    #expect(found.first?.kind == .court)
  }

  /// Taiwan: 地院 and 地檢署 name the full unit even when the text never
  /// writes it; 金管會 and 數位部 are read by their full names; 警政署 under
  /// 內政部 is one body.
  @Test func taiwanPressShortForms() {
    #expect(scored("士林地院法官未輕判。") == ["士林地方法院"])
    #expect(scored("台東地檢署鬧出烏龍，台東地方法院裁定。") == ["台东地方检察署", "台东地方法院"])
    #expect(
      scored("從金管會、數位部等主管機關進行查核，台北地院判決。")
        == ["金融监督管理委员会", "数位发展部", "台北地方法院"])
    #expect(scored("根據內政部警政署統計，新北地院判處。") == ["内政部警政署", "新北地方法院"])
  }

  /// Negative: the short forms outside a Taiwan text (地院 alone, 金管局).
  @Test func taiwanShortFormsNeedATaiwanText() {
    #expect(scored("各地院落整治完成。").isEmpty)
    #expect(scored("香港金管局發出警示。").allSatisfy { $0 != "金融监督管理委员会" })
  }
}

@Suite("Taiwan criminal code, session 10 (issue 16)")
struct TaiwanCriminalCodeTests {
  func laws(_ text: String) -> [String] {
    Extractor(onlyStages: ["statutes"]).extract(text).statutes.map(\.law)
  }

  /// 適用之我國刑法第339條之4 in a Taiwan text: 之 and 我國 open no title,
  /// and 刑法 there is 中华民国刑法 (its official title).
  @Test func criminalCodeInATaiwanText() {
    #expect(laws("詐騙集團所適用之我國刑法第339條之4加重詐欺罪，士林地院判決。") == ["中华民国刑法"])
  }

  /// Negative: a mainland text's 刑法 is the PRC's.
  @Test func criminalCodeInAMainlandText() {
    #expect(laws("依照刑法第二百六十六条之规定，判处被告人有期徒刑。") == ["中华人民共和国刑法"])
  }
}

@Suite("Generic short titles, session 10 (issue 16)")
struct GenericShortTitleTests {
  func laws(_ text: String) -> [String] {
    Extractor(onlyStages: ["statutes"]).extract(text).statutes.map(\.law)
  }

  /// 《实施办法》 after an internal working rule names nothing.
  @Test func genericShortTitleAfterARejectedTitle() {
    #expect(laws("某院出台《某市人民检察院新闻发布会实施办法》。《实施办法》明确了发言人制度。").isEmpty)
    #expect(laws("《规定》要求各单位落实。").isEmpty)
  }

  /// Negative: a short name that abbreviates a title the article cites
  /// still resolves to it.
  @Test func genericShortTitleResolvesWhenTheTitleIsCited() {
    let found = laws("国务院公布《劳动保障监察条例》。《条例》明确了监察职责。")
    #expect(found.first == "劳动保障监察条例")
    #expect(!found.contains("条例"))
  }
}
