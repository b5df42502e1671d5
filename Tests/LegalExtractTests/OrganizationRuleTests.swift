import Testing

@testable import LegalExtract

/// One example per organization rule, checked by name (docs/RULES.md).
@Suite("Organization rules")
struct OrganizationRuleTests {
  static let examples: [RuleExample<OrganizationRule>] = [
    RuleExample(.regionChain, "湖北省十堰市茅箭区人民法院审理。", .makes("湖北省十堰市茅箭区人民法院")),
    RuleExample(.renamedShortForm, "富阳法院审理了此案。", .makes("富阳法院")),
    RuleExample(.subBureau, "杭州市税务局第二稽查局查处了该案。", .makes("杭州市税务局第二稽查局")),
    RuleExample(.compositeBureau, "2019年，隆德县农牧水利局批准该项目。", .makes("隆德县农牧水利局")),
    RuleExample(.namedZone, "全省各市县及洋浦管理局参加检查。", .makes("洋浦管理局")),
    RuleExample(.crossRegionArea, "四川省川南平原地区人民检察院提起诉讼。", .makes("四川省川南平原地区人民检察院")),
    RuleExample(.shortPlaceAsWritten, "迁安法院审理了此案。", .makes("迁安法院")),
    RuleExample(.shortPlaceUnderParent, "武汉市武昌法院审理了此案。", .makes("武汉市武昌法院")),
    RuleExample(.soleCity, "市中级人民法院作出判决，洛阳市某局表示服判。", .makes("市中级人民法院")),
    RuleExample(.national, "最高人民检察院发布典型案例。", .makes("最高人民检察院")),
    RuleExample(.foreignNational, "此类案件可由加拿大最高法院审理。", .makes("加拿大最高法院")),
    RuleExample(.stateCouncilShortName, "人社部通报欠薪案件。", .makes("人社部")),
    RuleExample(.nationalUnit, "海关总署缉私局部署行动。", .makes("海关总署缉私局")),
    RuleExample(.listedCourt, "亚布力林区基层法院受理。", .makes("亚布力林区基层法院")),
    RuleExample(.hongKongBody, "香港区域法院判处被告入狱。", .makes("香港区域法院")),
    RuleExample(.taiwanBody, "台湾台北地方检察署侦查后提起公诉。", .makes("台湾台北地方检察署")),
    RuleExample(
      .officeInsideRegionalBody, "本港一宗案件由高等法院原讼法庭审理。", .makes("高等法院原讼法庭")),
    RuleExample(
      .regionalAlias, "海巡署舰队分署第五海巡队(高雄海巡队)查获渔船，高雄海巡队表示。",
      .makes("高雄海巡队")),
    RuleExample(.regionalShortName, "台東地檢署偵辦此案。", .makes("台東地檢署")),
    RuleExample(.postTitle, "香港律政司司长出席会议。", .rejects("香港律政司司长")),
    RuleExample(
      .bodyNameNational, "据国家环保督察办公室副主任介绍，督察已覆盖全国。", .makes("国家环保督察办公室")),
    RuleExample(.bodyNamePlace, "审后，璜田乡综治办工作人员说，效果很好。", .makes("璜田乡综治办")),
    RuleExample(.bodyNameOrdinal, "当天，第三督导组进驻该县开展工作。", .makes("第三督导组")),
    RuleExample(
      .bodyNameFounded, "2016年2月，国务院成立环境保护督察工作领导小组，负责协调。",
      .makes("环境保护督察工作领导小组")),
    RuleExample(.genericCore, "，公安部成立专项工作小组，开展调查。", .rejects("专项工作小组")),
    RuleExample(.verbSuffix, "此前，杭州市集中查办了一批案件。", .rejects("杭州市集中查办")),
    RuleExample(.badCore, "，国家的领导小组开会。", .rejects("国家的领导小组")),
    RuleExample(
      .officeUnderParent, "安定区住建局下设的凤翔镇征收办与宁某签订协议。", .rejects("凤翔镇征收办")),
    RuleExample(
      .soleProvince, "12月1日，省高级人民法院发布第五批江苏法院典型案例。", .makes("省高级人民法院")),
    RuleExample(
      .levelWordInheritsRegion, "临沂市罗庄区住房和城乡建设局收到建议后，区住建局回复称已整改。",
      .makes("区住建局")),
    RuleExample(.levelWordInList, "贵州省总工会、省人民检察院联合发文。", .makes("省人民检察院")),
    RuleExample(
      .placeholderUnit, "江西省南昌市某区人民检察院提起公诉。", .makes("江西省南昌市某区人民检察院")),
    RuleExample(
      .definedShortName, "南京市公安局雨花台分局（以下简称雨花台公安分局）立案。雨花台公安分局移送起诉。",
      .makes("雨花台公安分局")),
    RuleExample(.levelWordAsWritten, "省法院、省司法厅联合发布典型案例。", .makes("省法院")),
    RuleExample(.listSharesRegion, "向张北县国土资源局、环境保护局发出建议。", .makes("环境保护局")),
    RuleExample(
      .shortPlaceFullWritten, "禹州法院开展执行行动，禹州市某加油站申请执行。", .makes("禹州法院")),
    RuleExample(.regionNotWritten, "潼关县人民检察院向县公安局宣告检察建议。", .rejects("县公安局")),
    RuleExample(
      .citedTitleIssuer, "依照最高人民法院、最高人民检察院《关于办理某类刑事案件适用法律若干问题的解释》第一条。",
      .rejects("最高人民法院")),
    RuleExample(.nationalOffice, "公安部刑事侦查局挂牌督办此案。", .makes("公安部刑事侦查局")),
    RuleExample(.yuanShortForm, "威海市人民检察院报请山东省院指导。", .makes("山东省院")),
    RuleExample(.placeNamed, "，拱北海关查获走私冻品。", .makes("拱北海关")),
    RuleExample(.company, "与湖北某某科技有限公司签订合同。", .makes("湖北某某科技有限公司")),
    RuleExample(.insideTitle, "依据《湖北省人民检察院工作细则》处理。", .rejects("湖北省人民检察院")),
    RuleExample(.titleIssuer, "依据最高人民法院关于审理某类案件的规定处理。", .rejects("最高人民法院")),
    RuleExample(.documentNumber, "依据湖北省高级人民法院〔2023〕5号文件。", .rejects("湖北省高级人民法院")),
    RuleExample(.ministryDocument, "依据人力资源社会保障部令第8号认定。", .rejects("人力资源社会保障部")),
    RuleExample(.issuerLine, "法律依据：\n国务院\n《劳动保障监察条例》\n第十八条 处理。", .rejects("国务院")),
    RuleExample(
      .shortNameFullWritten, "人力资源社会保障部关于某事的说明\n近日，人社部公开征求意见。", .makes("人社部")),
    RuleExample(.shortNameAfterLevelWord, "该市人社部门介入调查。", .rejects("人社部")),
    RuleExample(.genericPlace, "当地海关加强监管。", .rejects("当地海关")),
    RuleExample(.verbBeforeOrgan, "林某某违反海关法规，逃避海关监管。", .rejects("逃避海关")),
    RuleExample(.verbAfterWords, "船舶从境外水域逃避海关监管。", .rejects("水域逃避海关")),
    RuleExample(.partyStateFormula, "贯彻落实党中央、国务院决策部署。", .rejects("国务院")),
    RuleExample(.verbHomographPlace, "桐庐县人民检察院依托协作机制，会同县总工会联动履职。", .rejects("会同")),
  ]

  @Test(arguments: examples)
  func rule(_ example: RuleExample<OrganizationRule>) { example.verify(stages: ["organizations"]) }

  /// `org.guard.claimed` needs a span an earlier stage claimed: tested on the filter directly.
  @Test func claimedSpanRejects() {
    let text = Array("湖北省高级人民法院审理。".unicodeScalars)
    let found = OrganizationScanner.scan(text)
    var claimed = SpanSet()
    claimed.insert(TextSpan(0, 9))
    var rejections: [Rejection] = []
    let kept = OrganizationExclusions.filter(
      found, text: text, claimed: claimed, rejections: &rejections)
    #expect(kept.isEmpty)
    #expect(rejections.map(\.rejectedBy) == [OrganizationRule.claimed.name])
  }

  /// The stage's one `Selection`: a body the region rules read beats an
  /// organ named by a bare place over the same text, and the loser is
  /// traced as `selection.overlap`; an organ inside a claimed span is
  /// rejected by `org.guard.claimed` before selection.
  @Test func bodiesWinSelectionOverPlaceNamedOrgans() {
    let e = explain("，海淀派出所民警赶到现场。", stages: ["organizations"])
    let kept = e.entries.filter { $0.isAccepted && $0.stage == .organizations }
    #expect(kept.map(\.text) == ["海淀派出所"])
    #expect(kept.first?.madeBy == OrganizationRule.regionChain.name)
    let lost = e.entries.first { $0.rejectedBy == Selection.overlapRule }
    #expect(lost?.madeBy == OrganizationRule.placeNamed.name)
    #expect(lost?.text == "海淀派出所")
  }

  @Test func placeNamedOrganInsideAClaimedSpan() {
    let text = Array("，蔡家庙派出所民警赶到现场。".unicodeScalars)
    var rejections: [Rejection] = []
    #expect(PoliceStationScanner.scan(text, claimed: SpanSet(), rejections: &rejections).count == 1)
    let found = PoliceStationScanner.scan(
      text, claimed: SpanSet([TextSpan(4, 7)]), rejections: &rejections)
    #expect(found.isEmpty)
    #expect(rejections.map(\.rejectedBy) == [OrganizationRule.claimed.name])
  }

  @Test func everyRuleHasAnExample() {
    #expect(RuleExample.uncovered(Self.examples) == [.claimed])
  }

  /// Rule `generic-rest` of the court list: 北京市高级人民法院 without its
  /// province is an organ word, no court (no output and no Beijing default).
  @Test func provinceLessOrganWordIsNoListedCourt() {
    #expect(CourtLexicon.shared.trie.value(for: "高级人民法院") == nil)
    #expect(CourtLexicon.shared.trie.value(for: "汉江中级人民法院") != nil)
  }
}
