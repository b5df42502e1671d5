import Testing

@testable import LegalExtract

/// Issue 16, session 5: the families B12–B14 left open. Each test names the
/// rule or table it exercises; positive and negative cases for each.
@Suite("Statute and organization families, session 5 (issue 16)")
struct StatuteOrganizationFamily6Tests {
  func names(in text: String) -> [String] {
    OrgTesting.organizations(in: text).map(\.name)
  }

  func laws(in text: String) -> [StatuteMention] {
    Extractor(onlyStages: ["statutes"]).extract(text).statutes
  }

  // MARK: org.guard.region-not-written

  /// An agency by a bare level word is listed only when the article writes
  /// that body with its place; the short form then takes that name.
  @Test func agencyByLevelWordNeedsItsPlaceWritten() {
    #expect(names(in: "潼关县人民检察院向县公安局宣告检察建议，县公安局负责人签字。") == ["潼关县人民检察院"])
    #expect(names(in: "武汉市某区召开会议。12日，市人社局发布第二批违法行为。").isEmpty)
    let written = "临沂市罗庄区住房和城乡建设局收到建议后，区住建局回复称已整改。"
    #expect(names(in: written) == ["临沂市罗庄区住房和城乡建设局", "临沂市罗庄区住房和城乡建设局"])
  }

  /// Negative: a court or procuratorate keeps the place (one per place and
  /// level), and so does a list right after a body of the place.
  @Test func courtsAndListsKeepTheInheritedPlace() {
    #expect(names(in: "潼关县人民检察院向县法院提起公诉。") == ["潼关县人民检察院", "潼关县人民法院"])
    #expect(names(in: "涧西区总工会、区法律援助中心为工人提供帮助。") == ["涧西区总工会", "涧西区法律援助中心"])
  }

  /// The place the text writes with the body names it, not the fuller
  /// place context gave a short form (海南社保局 … 省社保局 in a Hainan text).
  @Test func writtenPlaceBeatsTheInheritedOne() {
    let text = "今年以来，海南社保局加大监管力度。省社保局有关负责人表示，将继续核查。"
    #expect(Set(names(in: text)) == ["海南社保局"])
  }

  // MARK: org.guard.cited-title-issuer

  @Test func issuersOfACitedInterpretationAreItsTitle() {
    let text = "根据最高人民法院、最高人民检察院《关于办理环境污染刑事案件适用法律若干问题的解释》第一条的规定，该行为构成犯罪。"
    #expect(names(in: text).isEmpty)
    let e = explain(text, stages: ["organizations"])
    #expect(e.rejection(ruleNamed: OrganizationRule.citedTitleIssuer.name)?.text == "最高人民法院")
  }

  /// Negative: before a 《…通知》 (no normative title) or after an issuing
  /// verb the issuer acts, and is a mention.
  @Test func issuerBeforeANoticeOrAVerbIsAMention() {
    #expect(names(in: "根据最高人民检察院《关于协助解决农民工讨薪问题的通知》要求，该院支持起诉。") == ["最高人民检察院"])
    #expect(
      names(in: "最高人民法院、最高人民检察院联合印发《关于办理某类案件的解释》。")
        == ["最高人民法院", "最高人民检察院"])
  }

  // MARK: org.national.office-inside-body, 高检院, 中国海警局直属第五局

  @Test func ministryBureauIsTheMinistry() {
    #expect(names(in: "公安部刑事侦查局挂牌督办，公安部部署专项行动。") == ["公安部", "公安部"])
    // Negative: a unit acting in its own name stays one.
    #expect(names(in: "海关总署缉私局部署行动。") == ["海关总署缉私局"])
    #expect(names(in: "协同中国海警局直属第五局查获走私油轮。") == ["中国海警局直属第五局"])
  }

  @Test func highProcuratorateAlias() {
    OrgTesting.check(OrgCase("高检院部署专项监督。", "高检院", "最高人民检察院", .procuratorate, .supreme))
    // Negative: 最高检测 is no body.
    #expect(names(in: "该仪器最高检测精度达到万分之一。").isEmpty)
  }

  // MARK: Coast-guard bureaus, government offices, composite committees

  static let bodies: [OrgCase] = [
    OrgCase("海南海口海警局组建以来破获多起案件。", "海南海口海警局", "海南海口海警局", .agency),
    OrgCase("案件由海南海警局移送审查起诉。", "海南海警局", "海南海警局", .agency),
    OrgCase("北京市人民政府办公厅印发通知。", "北京市人民政府办公厅", "北京市人民政府办公厅", .agency),
    OrgCase(
      "原北京市门头沟区市政市容管理委员会与公司签订协议。", "北京市门头沟区市政市容管理委员会",
      "北京市门头沟区市政市容管理委员会", .agency),
  ]
  @Test(arguments: bodies) func body(_ c: OrgCase) { OrgTesting.check(c) }

  /// A list after a party committee's office: 聊城市委办公室、市政府办公室.
  @Test func officeAfterAPartyOffice() {
    let found = OrgTesting.organizations(in: "今年3月，聊城市委办公室、市政府办公室印发了意见。")
    #expect(found.map(\.name) == ["聊城市委办公室", "聊城市政府办公室"])
    #expect(found.map(\.kind) == [.other, .agency])
  }

  // MARK: Branch procuratorates written without 第

  @Test func branchProcuratorateWithoutOrdinalMark() {
    let text = "北京市检察院一分院7月20日受理了该案。市检一分院向北京市公安局发出纠正违法通知书。"
    let found = OrgTesting.organizations(in: text).filter { $0.kind == .procuratorate }
    #expect(found.map(\.name) == ["北京市人民检察院一分院", "北京市人民检察院一分院"])
    #expect(found.allSatisfy { $0.level == .intermediate })
    // Negative: the parent alone stays the high procuratorate.
    OrgTesting.check(OrgCase("北京市检察院受理了该案。", "北京市检察院", "北京市人民检察院", .procuratorate, .high))
  }

  // MARK: Banner short names (RegionShortForms.bannerShort)

  @Test(arguments: [
    ("科尔沁左翼中旗", "科左中旗"), ("土默特左旗", "土左旗"), ("乌拉特前旗", "乌前旗"),
    ("察哈尔右翼后旗", "察右后旗"), ("新巴尔虎左旗", "新左旗"), ("达尔罕茂明安联合旗", "达茂旗"),
  ])
  func bannerShortName(_ pair: (String, String)) {
    let short = RegionShortForms.bannerShort(Array(pair.0.unicodeScalars))
    #expect(short.map { RegionChain.string($0[...]) } == pair.1)
  }

  /// Negative: a banner with neither wing nor position, and an autonomous banner.
  @Test(arguments: ["阿巴嘎旗", "鄂伦春自治旗", "镶黄旗", "巴林左旗"])
  func noBannerShortName(_ name: String) {
    #expect(RegionShortForms.bannerShort(Array(name.unicodeScalars)) == nil)
  }

  @Test func bannerProcuratorate() {
    OrgTesting.check(
      OrgCase(
        "2018年4月，达茂旗检察院向该旗林业局发出检察建议。", "达茂旗检察院", "达茂旗人民检察院", .procuratorate,
        .basic))
  }

  // MARK: org.regional.office-inside-body: a bare 上诉法庭

  @Test func bareCourtOfAppealIsTheHighCourt() {
    let text = "本港一宗案件由高等法院审理，被告不服定罪，向上诉法庭提出上诉，终审法院其后驳回。"
    #expect(Set(names(in: text)) == ["高等法院", "终审法院"])
    // Negative: with no 高等法院 in the text the office names itself.
    #expect(names(in: "本港一名被告向上诉法庭提出上诉。") == ["上诉法庭"])
  }

  // MARK: org.yuan-short-form decided by work words

  @Test func yuanShortFormByWorkWords() {
    let text = "10月9日，景泰县院向某局宣告送达检察建议，副检察长宣读了建议书。"
    OrgTesting.check(OrgCase(text, "景泰县院", "景泰县人民检察院", .procuratorate, .basic))
    // Negative: no work words, no other body: the kind is unknown.
    #expect(names(in: "10月9日，景泰县院召开会议。").isEmpty)
  }

  // MARK: Abbreviated agency organs (OrganizationNaming.abbreviates)

  @Test func abbreviatedOrganIsTheBodyWrittenInFull() {
    let text = "花山区文化旅游体育局收到检察建议。随后，花山区文旅局完成整改。"
    #expect(names(in: text) == ["花山区文化旅游体育局", "花山区文化旅游体育局"])
    #expect(OrganizationNaming.abbreviates("人社局", "人力资源和社会保障局"))
    // Negative: a branch is no long form of its parent; another head scalar.
    #expect(!OrganizationNaming.abbreviates("公安局", "公安分局"))
    #expect(!OrganizationNaming.abbreviates("文旅局", "文化旅游体育委员会"))
  }

  // MARK: statute.title.short-name: 《…司法解释》

  @Test func judicialInterpretationShortName() {
    let found = laws(in: "依据《行政协议司法解释》第十六条的规定，法院判决撤销。")
    #expect(found.map(\.law) == ["最高人民法院关于审理行政协议案件若干问题的规定"])
    #expect(found.first?.provisions.map(\.article) == [16])
    // Negative: 司法解释 reads only judicial bodies' titles.
    #expect(
      !StatuteScanner.abbreviates(
        Array("行政协议".unicodeScalars), ending: "司法解释", title: "国务院关于规范行政协议管理的规定"))
  }

  // MARK: statute.guard.generic-rules-phrase

  @Test func rulesWordBeforeDeIsNoCitation() {
    #expect(laws(in: "（三）违反禁止使用童工规定的；").isEmpty)
    let e = explain("（三）违反禁止使用童工规定的；", stages: ["statutes"])
    #expect(e.rejection(ruleNamed: StatuteRule.genericRulesPhrase.name) != nil)
    // Negative: cited with an article it is a citation.
    #expect(laws(in: "依照禁止使用童工规定第六条处以罚款。").map(\.law) == ["禁止使用童工规定"])
  }
}
