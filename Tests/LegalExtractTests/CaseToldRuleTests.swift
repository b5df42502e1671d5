import Testing

@testable import LegalExtract

/// One story per CaseToldRule cue: without role words the story still
/// tells one case, and the explanation names the cue that showed it.
@Suite("Case told rules")
struct CaseToldRuleTests {
  static let examples: [RuleExample<CaseToldRule>] = [
    RuleExample(
      .participant, "据了解，被执行人邢某某借款未还，申请执行人多次催讨。执行法官依法对其采取强制执行措施。",
      .makes("被")),
    RuleExample(
      .anonymisedName, "去年8月，金某在路边玩耍时砸伤路人，伤者一纸诉状将其监护人告上法庭。经调解，双方达成协议。",
      .makes("金某")),
    RuleExample(
      .titleNamesParty, "某市人民政府诉某化工有限公司生态环境损害赔偿诉讼案\n\n化工公司通过暗管排放废水。法院审理后判决化工公司承担修复费用。",
      .makes("某市人民政府诉某化工有限公司生态环境损害赔偿诉讼案")),
    RuleExample(
      .addressedPerson, "2月10日，鲍先生将工伤问题反映至人社局。工作人员多次协调，双方达成协议，用人单位给予补偿金3万元，纠纷化解。",
      .makes("鲍先生")),
    RuleExample(
      .namesBeforeCount, "法院经审理，对鲍志远、柯文斌等12名被告人一审宣判，各被告人均被判处有期徒刑。",
      .makes("柯文斌")),
    RuleExample(
      .oneCaseCounted, "海关近日侦破一宗大型海路走私案，查获未申报货物一批，市值超过1亿元。",
      .makes("一宗大型海路走私案")),
    RuleExample(
      .sentencedPerson, "某地裁判法院24日宣判，九名被告中，张大明、李文华各被判刑十六个月，王志强被判社会服务令。",
      .makes("李文华")),
    RuleExample(
      .namesJudged, "今天上午，某足球受贿系列案在某市中级人民法院一审宣判。窦文明、柯长青、费立新以及一家体育公司受到不同程度的判罚。",
      .makes("窦文明、柯长青、费立新以及一家体育公司受到不同程度的判罚")),
    RuleExample(
      .takenIn, "海巡队昨日在外海查获一艘越界捕捞的渔船，查获渔获约300公斤，晚间将人船押回基隆侦办。",
      .makes("押回基隆侦办")),
    RuleExample(
      .defendantInCustody, "案件周二在区域法院再讯，法官把案件押后至下月再讯，并拒绝被告保释申请。控方反对保释。",
      .makes("被告保释")),
    RuleExample(
      .penaltyOnParty, "经查，当事人销售不合格食品，违法所得200元。某县市场监督管理局对当事人作出没收违法所得和罚款合计1.2万元的行政处罚。",
      .makes("对当事人作出没收违法所得和罚款合计1.2万元")),
    RuleExample(
      .penaltyOnBody,
      "近期，区人力资源和社会保障局对辖区内两家建筑企业作出行政处罚，并将违法信息向社会公示。经调查，两家企业均存在拖欠农民工工资的情形，逾期未整改。",
      .makes("对辖区内两家建筑企业作出行政处罚")),
    RuleExample(
      .sentenceOnPerson,
      "新华社沈阳电 辽宁多地法院14日集中宣判一批涉黑案件。锦州市中级人民法院终审宣判的孔德利等组织、领导黑社会性质组织案备受关注。法院对孔德利数罪并罚，决定执行有期徒刑18年。",
      .makes("孔德利数罪并罚")),
    RuleExample(
      .personPenalised,
      "记者从市人社局获悉，项目承包人邵立军挪用工程款，造成拖欠农民工工资。面对劳动监察部门的处理决定，邵立军拒不履行，最终被公安机关行政拘留。公安机关已对其立案侦查，将移送检察机关审查起诉。",
      .makes("邵立军拒不履行，最终被公安机关行政拘留")),
    RuleExample(
      .thisCase, "你院请示收悉。本案系因仲裁规则修改适用产生争议而引发的仲裁司法审查案件，应依法审查裁决。",
      .makes("本案")),
    RuleExample(
      .pseudonym, "2024年3月，刘强（化名）等工人讨薪无果，向法律援助中心求助。法院开庭后双方达成调解协议。",
      .makes("刘强（化名）")),
    RuleExample(
      .anonymisedBody, "去年8月起，近百名消费者投诉某健身房停业，预付费用无法退还。区市场监管局与区法院组成联合调解组，双方接受调解方案，消费纠纷得以化解。",
      .makes("某健身房")),
    RuleExample(
      .onePartyJudged,
      "一名装修公司东主因违反《雇佣条例》拖欠工资，被劳工处检控，今日在观塘裁判法院被判罚款三万元。劳工处发言人表示，劳工处不会容忍欠薪行为，会继续严厉执法。",
      .makes("一名装修公司东主因违反")),
    RuleExample(
      .suitBrought,
      "网店只卖出一件商品却被罚款3万元。店主认为处罚决定认定事实错误，申请行政复议未果。因认为行政行为违法，孟晓岚将松林区市场监督管理局告上法庭，请求撤销处罚决定。法院审理后判决撤销该处罚决定。",
      .makes("孟晓岚将松林区市场监督管理局告上法庭")),
    RuleExample(
      .convicted,
      "無業漢被指在吸毒後向友人淋潑易燃液體並點火，令友人傷重死亡。他早前被裁定謀殺罪成，其後就定罪提出上訴，上訴庭今頒布判詞，改判誤殺罪成，判囚12年。",
      .makes("裁定謀殺罪成")),
    RuleExample(
      .countedDefendants,
      "两名被告早前承认诈骗罪，分别判囚15个月及27个月。区域法院今日批准控方申请，颁令充公其中一人犯罪得益逾57万元。",
      .makes("两名被告")),
  ]

  @Test(arguments: examples)
  func rule(_ example: RuleExample<CaseToldRule>) {
    example.verify(stages: [.organizations, .cases])
    #expect(Extractor().extract(example.text).cases.count == 1)
  }

  @Test func everyRuleHasAnExample() { #expect(RuleExample.uncovered(Self.examples).isEmpty) }

  // Negative: counted and listed cases are told by nobody.

  @Test func aWorkReportCountsCasesAndTellsNone() {
    let text = "某省检察机关2024年共批准逮捕犯罪嫌疑人1.2万人，提起公诉2.3万人。办理走私案件30件，查获涉案货物价值2亿元，调解纠纷500余起。"
    #expect(Extractor().extract(text).cases.isEmpty)
  }

  @Test func aContentsListOfTitlesTellsNoCase() {
    let text =
      "某法院发布第十批指导性案例\n\n本批指导性案例的目录如下：\n指导案例1号：某科技公司诉某信息技术公司侵害著作权纠纷案\n指导案例2号：刘某某诉某物业公司物业服务合同纠纷案"
    #expect(Extractor().extract(text).cases.isEmpty)
  }

  @Test func aSentenceWithoutANameIsNoSentencedPerson() {
    // 各被告人均被判处: the role word, no name before the sentence.
    let t = Array("法院宣判，各被告人均被判处有期徒刑。".unicodeScalars)
    #expect(CaseToldCues.sentencedPerson(t, range: 0..<t.count) == nil)
  }

  @Test func aSentencedNameAfterItsPostIsTold() {
    // 退休牧师朱某明: the post closes the name on its left.
    let t = Array("法院宣判，退休牧师朱大明各被判刑十六个月。".unicodeScalars)
    let span = CaseToldCues.sentencedPerson(t, range: 0..<t.count)
    #expect(span.map { String(String.UnicodeScalarView(t[$0.range])) } == "朱大明")
    // A name glued to another word that is no post stays unread.
    let glued = Array("法院宣判，大家都看到朱大明被判刑。".unicodeScalars)
    #expect(CaseToldCues.sentencedPerson(glued, range: 0..<glued.count) == nil)
  }

  @Test func aPlannedRecommendationTellsNoCase() {
    // 下一步将…发出诉前检察建议: a plan, nobody takes part yet.
    let text =
      "某检察院公益诉讼专班近日前往铁路沿线实地查看线索现场。经过摸排，我院发现有价值公益诉讼线索，下一步将依法对相关行政机关发出诉前检察建议，督促其履行职责，立案审查。"
    #expect(Extractor().extract(text).cases.isEmpty)
  }

  @Test func aRecommendationIssuedIsStillTold() {
    let text = "2024年5月，某检察院向某县农业农村局发出诉前检察建议，督促其依法履职。该局收到检察建议后立案查处。"
    #expect(Extractor().extract(text).cases.count == 1)
  }

  @Test func takingInWithoutInvestigationIsNoCase() {
    // 带回 a souvenir: no handing on for investigation.
    let t = Array("游客把纪念品带回家中，留作纪念。".unicodeScalars)
    #expect(CaseToldCues.takenIn(t, range: 0..<t.count) == nil)
  }

  @Test func bailAsAnInstitutionIsNoDefendantInCustody() {
    // Commentary on bail: no defendant word before it.
    let t = Array("保释制度是刑事诉讼中的重要制度，法院审查保释申请时应当考虑风险。".unicodeScalars)
    #expect(CaseToldCues.defendantInCustody(t, range: 0..<t.count) == nil)
  }

  @Test func aPenaltyWithoutAnAmountOrOnCountedPartiesIsNoCue() {
    let general = Array("执法人员应当依法对当事人作出行政处罚决定，并告知其权利。".unicodeScalars)
    #expect(CaseToldCues.penaltyOnParty(general, range: 0..<general.count) == nil)
    let counted = Array("全年对23家当事人作出罚款合计120万元的处罚。".unicodeScalars)
    #expect(CaseToldCues.penaltyOnParty(counted, range: 0..<counted.count) == nil)
  }

  @Test func thisCaseInsideAWordOrACaseStudyIsNoCue() {
    // 根据本案 (inside a clause), 本案例 (a case study): neither opens a clause with "this case".
    let t = Array("律师根据本案情况分析，本案例选自教材。".unicodeScalars)
    #expect(CaseToldCues.thisCase(t, range: 0..<t.count) == nil)
  }

  @Test func anAnonymisedBodyInATitleOrSomeBodiesIsNoCue() {
    // A listed title names a case the list does not tell.
    let title = Array("指导案例229号：某科技公司诉某信息技术公司侵害著作权纠纷案".unicodeScalars)
    #expect(CaseToldCues.anonymisedBody(title, range: 0..<title.count) == nil)
    // 某些公司: "some companies".
    let some = Array("某些公司拖欠工资的问题时有发生。".unicodeScalars)
    #expect(CaseToldCues.anonymisedBody(some, range: 0..<some.count) == nil)
  }

  @Test func aPseudonymNoteWithoutANameIsNoCue() {
    let t = Array("文中人物均为（化名）。".unicodeScalars)
    #expect(CaseToldCues.pseudonym(t, range: 0..<t.count) == nil)
  }

  @Test func supportedSuitStatisticsTellNoCase() {
    let text =
      "最高人民检察院发布数据显示，上半年全国检察机关受理民事支持起诉案件3.25万件，支持起诉2.09万件。检察机关将加大民事支持起诉办案力度。"
    #expect(Extractor().extract(text).cases.isEmpty)
  }

  @Test func togetherIsNoCount() {
    // 一起 as "together", no case noun after it.
    let text = "社区工作人员和志愿者一起走访群众，宣传防范电信网络诈骗知识，调解邻里矛盾。"
    #expect(Extractor().extract(text).cases.isEmpty)
  }

  @Test func aPlacedBodyIsNoAnonymisedPerson() {
    #expect(
      CaseToldCues.anonymisedNameOffset(Array("杭州某资产管理公司".unicodeScalars), range: 0..<9) == nil)
    #expect(CaseToldCues.anonymisedNameOffset(Array("原告金某".unicodeScalars), range: 0..<4) == 2)
  }

  @Test func aRemarkThatCitesTheLawStaysInTheCase() {
    let text =
      "2025年2月10日，鲍先生将欠薪问题反映至人社局，人社局责令用人单位支付工资，后将案件移送公安机关。\n检察官表示，依据《中华人民共和国刑法》第二百七十六条之一，拒不支付劳动报酬构成犯罪。"
    let c = Extractor().extract(text).cases
    #expect(c.first?.statutes.contains { $0.law.contains("刑法") } == true)
  }

  @Test func closingRemarksThatNameNobodyStayOutOfTheCase() {
    let text =
      "2025年2月10日，鲍先生将工伤问题反映至人社局。工作人员多次协调，双方达成协议，用人单位给予补偿金3万元。\n据介绍，2024年该局共受理工伤案件385件，办结率100%。"
    let c = Extractor().extract(text).cases
    #expect(c.count == 1)
    #expect(c.first?.figures.contains { $0.text.contains("385") } == false)
  }

  // Negatives of case.told.one-party-judged.

  @Test func aCountOfOneWithoutJudgmentIsNoOnePartyJudged() {
    for text in [
      "每一名被告人都依法享有辩护权，法院应当保障其诉讼权利。",
      "一名劳动者因拖欠工资向劳动监察部门投诉，工作人员随即介入协调。",
    ] {
      let t = Array(text.unicodeScalars)
      #expect(CaseToldCues.onePartyJudged(t, range: 0..<t.count) == nil, "\(text)")
    }
  }

  @Test func adviceToSueAndAnAcquittalAreNoCue() {
    for text in [
      "消费者遇到虚假宣传，可以向法院起诉，维护自身合法权益。",
      "下一步，张某将向法院起诉，要求对方赔偿损失。",
    ] {
      let t = Array(text.unicodeScalars)
      #expect(CaseToldCues.suitBrought(t, range: 0..<t.count) == nil, "\(text)")
    }
    let acquitted = Array("陪审团裁定被告罪名不成立，当庭释放。".unicodeScalars)
    #expect(CaseToldCues.convicted(acquitted, range: 0..<acquitted.count) == nil)
  }

  @Test func aDatedDecisionOnThePartyTellsACaseWithoutAnAmount() {
    let dated = Array(
      "经查，当事人未按规定记录药品购销情况。2022年4月7日，该局依法对当事人购销药品未按照规定进行记录的行为作出责令改正、给予警告的处罚。"
        .unicodeScalars)
    #expect(CaseToldCues.penaltyOnParty(dated, range: 0..<dated.count) != nil)
    // Undated: a rule for deciding, not a decision.
    let rule = Array("执法机关应当依法对当事人的违法行为作出责令改正、给予警告的处罚。".unicodeScalars)
    #expect(CaseToldCues.penaltyOnParty(rule, range: 0..<rule.count) == nil)
  }
}
