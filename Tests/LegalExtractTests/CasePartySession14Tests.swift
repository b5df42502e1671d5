import Testing

@testable import LegalExtract

/// Round 14 party families: parties told in narrative in labour-arbitration,
/// administrative and enforcement stories (向仲裁委提出仲裁申请, 以某局为被告,
/// 被执行人某公司采取…), and the round-13 gaps (a numeral surname after 以,
/// a compound surname before 和 in a tried case's list, a firm before 起诉要求).
@Suite("Case party shapes, round 14")
struct CasePartySession14Tests {
  private func parties(_ text: String) -> (plaintiffs: Set<String>, defendants: Set<String>) {
    let cases = Extractor().extract(text).cases
    return (Set(cases.flatMap(\.plaintiffs)), Set(cases.flatMap(\.defendants)))
  }

  // MARK: - Round 13 gaps

  @Test(arguments: [
    ("北京市朝阳区人民检察院以陆某甲涉嫌盗窃罪提起公诉。法院审理后依法作出判决。", ["陆某甲"]),
    ("上海市浦东新区人民检察院以伍某某、张某涉嫌诈骗罪提起公诉。法院审理后依法作出判决。", ["伍某某", "张某"]),
  ])
  func aNumeralSurnameOpensAName(_ text: String, _ names: [String]) {
    let p = parties(text)
    #expect(p.defendants == Set(names), "\(text) \(p)")
  }

  @Test func aCountAfterYiIsNoName() {
    let p = parties("北京市朝阳区人民检察院以三人涉嫌盗窃罪提起公诉。法院审理后依法作出判决。")
    #expect(!p.defendants.contains("三人"), "\(p)")
  }

  @Test(arguments: [
    "北京市朝阳区人民法院对欧阳某和王某合同诈骗一案作出一审宣判。",
    "北京市朝阳区人民法院对张某和王某合同诈骗一案作出一审宣判。",
    "北京市朝阳区人民法院对欧阳某及王某职务侵占一案公开开庭审理。",
  ])
  func everyAccusedOfATriedCaseIsRead(_ text: String) {
    let p = parties(text)
    #expect(p.defendants.contains("王某"), "\(text) \(p)")
    #expect(p.defendants.count == 2, "\(text) \(p)")
  }

  @Test func aDisputeBetweenTwoIsNoTriedCase() {
    let p = parties("北京市朝阳区人民法院对张某与王某合同纠纷一案作出一审判决。")
    #expect(!p.defendants.contains("张某"), "\(p)")
  }

  @Test func aCompanyBeforeQisuYaoqiuSues() {
    let p = parties(
      "某某物流公司与某某公司建设工程施工合同纠纷一案，某某物流公司起诉要求某某公司返还借款。上海市浦东新区人民法院经审理支持了原告的诉讼请求。")
    #expect(p.plaintiffs == ["某某物流公司"], "\(p)")
    #expect(p.defendants == ["某某公司"], "\(p)")
  }

  @Test func aCompanyAfterYaoqiuDoesNotSue() {
    let p = parties("钱某与某农业合作社土地承包经营权纠纷案中，钱某起诉要求某农业合作社返还土地。法院判决支持了钱某的诉讼请求。")
    #expect(p.plaintiffs == ["钱某"], "\(p)")
  }

  // MARK: - Labour arbitration told in narrative

  @Test(arguments: [
    (
      "案例一\n汪某于2017年1月入职某饮品公司。2018年4月，汪某向仲裁委提出仲裁申请，要求饮品公司支付加班费。仲裁委裁决支持了汪某的仲裁请求。",
      "汪某", "某饮品公司"
    ),
    (
      "案例一\n陈某入职某信息科技公司。因双方发生争议，陈某向某区劳动人事争议仲裁委员会提出劳动仲裁申请，要求某信息科技公司支付未休年休假工资。仲裁委裁决支持了陈某的请求。",
      "陈某", "某信息科技公司"
    ),
  ])
  func theApplicantClaimsFromTheCompanyAfterYaoqiu(
    _ text: String, _ plaintiff: String, _ defendant: String
  ) {
    let p = parties(text)
    #expect(p.plaintiffs == [plaintiff], "\(text) \(p)")
    #expect(p.defendants == [defendant], "\(text) \(p)")
  }

  @Test func theEmployerIsTheRespondentOfALabourArbitration() {
    // No claim names the company: the one the applicant entered (入职) is the respondent.
    let p = parties(
      "案例一\n张某于2014年8月入职某餐饮公司，双方订立了劳动合同。张某以公司未缴纳社会保险费为由提出解除劳动合同。因发生争议，张某遂向某区仲裁委提出仲裁申请。仲裁委审理后认为，张某的请求应予支持。"
    )
    #expect(p.plaintiffs == ["张某"], "\(p)")
    #expect(p.defendants == ["某餐饮公司"], "\(p)")
  }

  @Test func theEmployerOfAnAccusedIsNoParty() {
    // 入职 in a criminal story: the company is where the accused worked.
    let p = parties(
      "张某于2019年入职某物流公司，后利用职务便利侵占公司货款。北京市朝阳区人民检察院以张某涉嫌职务侵占罪提起公诉，法院判处张某有期徒刑二年。"
    )
    #expect(!p.defendants.contains("某物流公司"), "\(p)")
  }

  @Test func aGenericWorkerWhoMayApplyIsNoParty() {
    let p = parties("劳动者与用人单位发生争议的，可以向劳动人事争议仲裁委员会提出仲裁申请。某区人民法院表示，劳动者应当依法维权。")
    #expect(p.plaintiffs.isEmpty, "\(p)")
  }

  // MARK: - Administrative and enforcement

  @Test(arguments: [
    ("案例一\n薛某对某县自然资源局作出的行政处罚决定不服，以某县自然资源局为被告向北京市朝阳区人民法院提起行政诉讼。法院判决撤销被诉处罚决定。", "薛某"),
    (
      "案例一\n某机械设备公司对某区市场监督管理局作出的行政处罚决定不服，以某区市场监督管理局为被告向杭州市西湖区人民法院提起行政诉讼。法院判决驳回其诉讼请求。",
      "某机械设备公司"
    ),
  ])
  func theTopicSuesTheAgencyNamedAsDefendant(_ text: String, _ plaintiff: String) {
    let p = parties(text)
    #expect(p.plaintiffs == [plaintiff], "\(text) \(p)")
    #expect(p.defendants.count == 1, "\(text) \(p)")
  }

  @Test func aCourtIsNoTopicThatSues() {
    let p = parties(
      "案例一\n北京市朝阳区人民法院经审查认为，以某县自然资源局为被告提起行政诉讼的期限已经届满，裁定驳回起诉。")
    #expect(!p.plaintiffs.contains("北京市朝阳区人民法院"), "\(p)")
  }

  @Test(arguments: [
    ("案例一\n上海市浦东新区人民法院执行局近日对失信被执行人某物流公司采取司法拘留措施，某物流公司当日即履行了全部义务。", "某物流公司"),
    ("案例一\n上海市浦东新区人民法院执行局近日对被执行人某某（上海）投资有限公司采取限制高消费措施。", "某某（上海）投资有限公司"),
  ])
  func aFirmAfterItsRoleEndsBeforeTheVerb(_ text: String, _ defendant: String) {
    let p = parties(text)
    #expect(p.defendants == [defendant], "\(text) \(p)")
  }

  @Test func aBranchStaysInTheFirmsName() {
    let p = parties("案例一\n上海市浦东新区人民法院执行局近日对被执行人某物流公司长沙分公司采取司法拘留措施。")
    #expect(!p.defendants.contains("某物流公司"), "\(p)")
  }

  @Test func aBracketInTheApplicantsNameKeepsTheClause() {
    let p = parties(
      "案例一\n判决生效后，被执行人杭州天成网络科技有限公司未履行还款义务，申请执行人某某（成都）科技有限公司向广州市中级人民法院申请强制执行。执行法官依法查封了其名下房产。"
    )
    #expect(p.plaintiffs == ["某某（成都）科技有限公司"], "\(p)")
    #expect(p.defendants == ["杭州天成网络科技有限公司"], "\(p)")
  }

  // MARK: - Claims decided, masked forms, modifiers, the other side

  @Test func theOneWhoseArbitrationClaimIsDismissedApplied() {
    let p = parties(
      "案例一\n周某于2015年6月入职某商贸公司，双方订立了劳动合同。次日，周某以未足额支付劳动报酬为由提出辞职，并要求支付经济补偿。仲裁委审理后认为，商贸公司不存在恶意欠薪，故裁决驳回了周某的仲裁请求。"
    )
    #expect(p.plaintiffs == ["周某"], "\(p)")
    #expect(p.defendants == ["某商贸公司"], "\(p)")
  }

  @Test func theOneWhoseClaimIsNamedAfterAnotherWordIsNotRead() {
    // 驳回了上诉: no name after the particle, nobody is read.
    let p = parties("案例一\n北京市第一中级人民法院经审理，裁定驳回了上诉，维持原判。")
    #expect(p.plaintiffs.isEmpty, "\(p)")
  }

  @Test func aShortNameAfterAVerbTakesItsMaskedForm() {
    let p = parties(
      "案例一\n汪某于2017年1月入职某饮品公司。2018年4月，汪某向仲裁委提出仲裁申请，要求饮品公司支付加班费。仲裁委裁决支持了汪某的仲裁请求。")
    #expect(p.defendants == ["某饮品公司"], "\(p)")
  }

  @Test func aPlaceBeforeTheMaskKeepsTheShortName() {
    // 北京某饮品公司 is another name than 某饮品公司: no masked form is taken.
    let p = parties(
      "案例一\n汪某于2017年1月入职北京某饮品公司。2018年4月，汪某向仲裁委提出仲裁申请，要求饮品公司支付加班费。仲裁委裁决支持了汪某的仲裁请求。")
    #expect(!p.defendants.contains("某饮品公司"), "\(p)")
  }

  @Test(arguments: [
    (
      "案例一\n因不服行政处罚决定，店主方某将作出决定的某区市场监督管理局、某市市场监督管理局一并告上法庭。法院经审理判决驳回方某的诉讼请求。",
      ["某区市场监督管理局", "某市市场监督管理局"]
    ),
    ("案例一\n2019年，某贸易公司将其关联公司某科技公司诉至法院，称对方共向其借款200多万元。法院经审理驳回了某贸易公司的诉讼请求。", ["某科技公司"]),
  ])
  func theOnesTakenToCourtAfterAModifier(_ text: String, _ defendants: [String]) {
    let p = parties(text)
    #expect(p.defendants == Set(defendants), "\(text) \(p)")
  }

  @Test func aPossessorBeforeTheTakenIsNoParty() {
    // 将金某的监护人告上法庭: the guardian is taken, not 金某.
    let p = parties("案例一\n2020年，王某将金某的监护人告上法庭，要求赔偿医疗费。法院经审理作出判决。")
    #expect(!p.defendants.contains("金某"), "\(p)")
  }

  @Test func aShortFirmIsNotTheLongFormOfTheOtherSide() {
    let p = parties(
      "案例一\n某某物流公司与某某公司买卖合同纠纷一案，某某物流公司起诉要求某某公司支付货款。上海市浦东新区人民法院经审理支持了原告的诉讼请求。"
    )
    #expect(p.plaintiffs == ["某某物流公司"], "\(p)")
    #expect(p.defendants == ["某某公司"], "\(p)")
  }

  @Test func aModalBeforeTheOrderedActIsNoPartOfTheName() {
    let p = parties("案例一\n赵某于2003年3月向法院起诉，要求李某归还借款。经法院判决李某应偿还借款本息18800元。诉讼中，李某未到庭。")
    #expect(p.defendants == ["李某"], "\(p)")
  }

  @Test func aGivenNameEndingTheOrderedStays() {
    // 判决李某强偿还…: 强 is the third character of the name, no modal.
    let p = parties("案例一\n赵某向法院起诉，要求李某强归还借款。法院判决李某强偿还借款本息18800元。李某强未到庭。")
    #expect(p.defendants == ["李某强"], "\(p)")
  }

  @Test func theSurnameFangOpensAName() {
    let p = parties("案例一\n因不服行政处罚决定，店主方林富将某区市场监督管理局告上法庭。今年8月，方林富诉至法院。法院判决驳回方林富的诉讼请求。")
    #expect(p.plaintiffs == ["方林富"], "\(p)")
  }

  @Test func theWordFangmianIsNoName() {
    let p = parties("案例一\n另一方面，李某将某公司告上法庭，要求支付货款。法院判决某公司支付货款。")
    #expect(!p.plaintiffs.contains(where: { $0.hasPrefix("方") }), "\(p)")
  }

  @Test func aRealShortNameStillStandsForItsFirm() {
    // 富春公司 is the short name of 富春航业股份有限公司, read on the other side too.
    let p = parties(
      "案例一\n原告富春航业股份有限公司诉被告鞍钢公司海上货物运输合同纠纷一案，法院判决富春公司败诉，富春公司向鞍钢公司赔偿货款。")
    #expect(!p.defendants.contains("富春公司"), "\(p)")
  }

  @Test func aMaskedGivenNameBeforeFanIsRead() {
    let p = parties("同年6月27日，某区人民法院以徐某华犯故意伤害罪，判处有期徒刑一年六个月。")
    #expect(p.defendants == ["徐某华"], "\(p)")
  }

  @Test func theReviewingOrganSuedBesideTheFirstIsItsOwnBody() {
    let p = parties(
      "案例一\n因不服行政处罚、行政复议决定，店主方林富将作出决定的杭州市西湖区市场监督管理局、杭州市市场监管局一并告上法庭。今年8月，法院开庭审理。法院判决驳回方林富的诉讼请求。"
    )
    #expect(p.defendants == ["杭州市西湖区市场监督管理局", "杭州市市场监管局"], "\(p)")
  }

  @Test func anAgencysShortFormStillStandsForIt() {
    let p = parties(
      "案例一\n李某对杭州市西湖区市场监督管理局作出的处罚决定不服，向法院起诉杭州市西湖区市场监督管理局。法院判决撤销西湖区市场监管局作出的处罚决定。"
    )
    #expect(!p.defendants.contains("西湖区市场监管局"), "\(p)")
  }

  @Test func aNameAfterAModifierWithDeSues() {
    let p = parties("案例一\n某区市场监督管理局对方林富作出罚款决定。今年8月，不服结果的方林富诉至法院。法院判决驳回方林富的诉讼请求。")
    #expect(p.plaintiffs == ["方林富"], "\(p)")
  }

  @Test func anAgencysShortFormInTheSameRegionIsTheSameBody() {
    let p = parties(
      "案例一\n九原区人民检察院发现问题后，向九原区城市管理综合执法局发出检察建议。九原区综合执法局未依法履职，九原区人民检察院以九原区城市管理综合执法局为被告提起行政公益诉讼。"
    )
    #expect(!p.defendants.contains("九原区综合执法局"), "\(p)")
  }
}
