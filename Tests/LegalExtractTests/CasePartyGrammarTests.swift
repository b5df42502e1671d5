import Testing

@testable import LegalExtract

/// The party grammar: the role table (every procedure's role words and their
/// sides), where a name ends (the closed set of words after names), and
/// parties told in a sentence. Each family is tested in more than one
/// phrasing, and with the shapes it must leave alone.
@Suite("Case party grammar")
struct CasePartyGrammarTests {
  private func parties(_ text: String) -> (plaintiffs: [String], defendants: [String]) {
    let cases = Extractor().extract(text).cases
    return (cases.flatMap(\.plaintiffs), cases.flatMap(\.defendants))
  }

  // MARK: - Role table

  @Test func everyRoleWordHasOneSide() {
    let words = CasePartyRoles.table.map { $0.word }
    #expect(Set(words).count == words.count)
    // The party sides feed the older role lists; roles of no party do not.
    #expect(CaseRules.defendantRoles.contains("原审被告人"))
    #expect(!CaseRules.defendantRoles.contains("第三人"))
    #expect(!CaseRules.plaintiffRoles.contains("被上诉人"))
  }

  @Test(arguments: [
    "2022年9月2日，某市中级人民法院二审公开宣判原审被告人张某强制猥亵上诉一案，裁定驳回上诉。",
    "某市中级人民法院审理了原审被告人张某某盗窃上诉一案。一审判处张某某有期徒刑一年。",
    "一审宣判后，上诉人张某不服，提出上诉。某市中级人民法院以盗窃罪维持对张某的判决，驳回上诉。",
  ])
  func aFirstInstanceDefendantIsADefendant(_ text: String) {
    #expect(parties(text).defendants.contains { $0.hasPrefix("张某") }, "\(parties(text))")
  }

  @Test func anAppellantInACivilCaseTakesNoSide() {
    // 上诉人 outside a criminal case: either side may appeal.
    let p = parties("原告李某诉被告某物流公司劳动争议一案，一审判决后，上诉人某物流公司不服，某市中级人民法院二审维持原判。")
    #expect(!p.defendants.contains("上诉人某物流公司"))
    #expect(p.plaintiffs == ["李某"], "\(p)")
  }

  @Test(arguments: [
    "本报讯 原告李某某诉被告某市人民政府、第三人某市自然资源局行政撤销纠纷一案，某市中级人民法院公开开庭审理。",
    "本报讯 某市中级人民法院审理原告李某某诉被告某市人民政府行政撤销纠纷一案，第三人某市自然资源局述称同意被告意见。",
  ])
  func aThirdPartyIsNoParty(_ text: String) {
    let p = parties(text)
    #expect(!p.defendants.contains { $0.contains("自然资源局") }, "\(p)")
    #expect(p.defendants.contains("某市人民政府"), "\(p)")
  }

  @Test func aVictimIsNoParty() {
    let p = parties("被告人王某某盗窃被害人赵某某财物，某县人民法院判处王某某有期徒刑一年。")
    #expect(!p.defendants.contains("赵某某") && !p.plaintiffs.contains("赵某某"), "\(p)")
  }

  @Test(arguments: [
    ("主犯胥某、杨某犯聚众斗殴罪，均被判处有期徒刑。徐某星等三名从犯分别被判处六个月有期徒刑。", "徐某星"),
    ("法院对本案作出判决。黄某良等两名同案犯被判处缓刑，主犯王某某被判处有期徒刑五年。", "黄某良"),
  ])
  func oneNameCountedWithARoleIsADefendant(_ text: String, _ name: String) {
    #expect(parties(text).defendants.contains(name), "\(parties(text))")
  }

  @Test(arguments: [
    "本报讯 近日，海口市中级人民法院开庭审理一起民事公益诉讼案。此案原告为湖南省人民检察院第一分院，被告是某县某化工有限公司。",
    "法院审理一起公益诉讼案\n\n本报讯 近日，海口市中级人民法院开庭审理一起民事公益诉讼案。本案被告为某县某化工有限公司，原告是湖南省人民检察院第一分院。",
  ])
  func aCopulaLinksARoleToItsName(_ text: String) {
    let p = parties(text)
    #expect(p.plaintiffs.contains("湖南省人民检察院第一分院"), "\(p)")
    #expect(p.defendants.contains("某县某化工有限公司"), "\(p)")
  }

  @Test func aCopulaBeforeAVerbNamesNobody() {
    // 被告为此…: no name after the copula.
    let p = parties("原告张某诉被告某公司借款纠纷一案，被告为此提出反诉，某区人民法院判决驳回。")
    #expect(!p.defendants.contains { $0.hasPrefix("此") }, "\(p)")
  }

  // MARK: - Where a name ends

  @Test(arguments: [
    ("浙江省高级人民法院对被告人周文集资诈骗一案进行二审宣判，裁定驳回被告人周文的上诉。", "周文", "周文集"),
    ("宣判后，被告人王某上诉，二审法院驳回上诉，维持原判。某县人民法院此前判处王某有期徒刑三年。", "王某", "王某上"),
    ("被告人雷某军为达到强揽工程的目的，纠集他人实施恐吓。法院以寻衅滋事罪判处雷某军有期徒刑三年。", "雷某军", "雷某"),
  ])
  func aNameEndsBeforeTheWordAfterIt(_ text: String, _ name: String, _ wrong: String) {
    let p = parties(text)
    #expect(p.defendants.contains(name), "\(p)")
    #expect(!p.defendants.contains(wrong), "\(p)")
  }

  @Test(arguments: [
    "执行法官找到了被执行人肖明。肖明仍称没钱。法官向肖明释法后，肖明当场履行了全部义务，该执行案件执结。",
    "执行法官联系被执行人肖明；肖明拒不到庭。法院依法对肖明司法拘留。",
  ])
  func aSentenceEndClosesANameAfterARole(_ text: String) {
    #expect(parties(text).defendants.contains("肖明"), "\(parties(text))")
  }

  @Test(arguments: [
    ("开庭时，被告某某宾馆的代理律师坐在被告席上。法院判决被告赔偿。", "某某宾馆"),
    ("被告某县大桥洗选厂被处以罚金30万元，法院依法作出判决。", "某县大桥洗选厂"),
    ("被执行人某县华洲公司已支付其中120万元，申请执行人汪某某同意和解。", "某县华洲公司"),
  ])
  func aBodyEndsBeforeTheWordAfterIt(_ text: String, _ name: String) {
    #expect(parties(text).defendants.contains(name), "\(parties(text))")
  }

  @Test func aSuffixAfterASuffixStaysInTheName() {
    let p = parties("此案原告为某市人民检察院，被告是某县中兴橡胶加工厂有限公司，诉讼原因为污染环境。")
    #expect(p.defendants.contains("某县中兴橡胶加工厂有限公司"), "\(p)")
    #expect(!p.defendants.contains("某县中兴橡胶加工厂"), "\(p)")
  }

  @Test func aMaskedBodyAfterARoleIsNotCutAtItsMou() {
    let p = parties("现场领到执行款的申请执行人北海某环境技术公司工作人员喜笑颜开。该案被执行人南京某环保科技公司履行了全部义务。")
    #expect(!p.plaintiffs.contains("北海"), "\(p)")
  }

  @Test(arguments: ["追诉", "投诉", "胜诉"])
  func aCompoundWithSuIsNoSuit(_ word: String) {
    let p = parties("案例一：某县检察院成功\(word)了一起虚开发票案\n某县人民法院判处被告人李某某有期徒刑三年。")
    #expect(!p.plaintiffs.contains { $0.hasSuffix("成功") || $0.contains("检察院成功") }, "\(p)")
  }

  // MARK: - Parties told in a sentence

  @Test(arguments: [
    (
      "劳动者讨薪胜诉\n\n本报讯 2024年5月8日，张某诉某物流公司劳动争议一案在杭州市西湖区人民法院审结。法院审理认为，某物流公司拖欠工资，判决某物流公司支付张某工资2万元。",
      "张某", "某物流公司"
    )
  ])
  func aSuitTitleInsideASentenceNamesBothSides(
    _ text: String, _ plaintiff: String, _ defendant: String
  ) {
    let p = parties(text)
    #expect(p.plaintiffs.contains(plaintiff), "\(p)")
    #expect(p.defendants.contains(defendant), "\(p)")
  }

  @Test func aSuitNotClosedByACaseIsNoTitle() {
    // 诉 with no 案 before the clause ends: no inline title.
    let p = parties("本报讯 王某诉某公司侵权，某区人民法院受理后，组织双方调解。")
    #expect(!p.defendants.contains("某公司") || p.plaintiffs.contains("王某"), "\(p)")
  }

  @Test(arguments: [
    "超市虚假宣传被判赔偿\n\n2023年5月，消费者郭某将某超市告上法庭，认为其构成虚假宣传。杭州市西湖区人民法院审理后判决某超市赔偿郭某500元。",
    "超市虚假宣传被判赔偿\n\n2023年5月，村民郭某将某超市告到法院，认为其构成虚假宣传。杭州市西湖区人民法院审理后判决某超市赔偿郭某500元。",
  ])
  func aDescriptorBeforeTheSuerIsNoPartOfIt(_ text: String) {
    #expect(parties(text).plaintiffs.contains("郭某"), "\(parties(text))")
  }

  @Test(arguments: [
    "法院作出一审判决，被告单位某县建材公司被判处罚金，法人代表蒋某辉被判处有期徒刑十年。",
    "法院作出一审判决，被告单位某县建材公司被判处罚金，实际控制人蒋某辉被判处有期徒刑十年。",
  ])
  func aPersonNamedByTheUnitsPostIsSentenced(_ text: String) {
    #expect(parties(text).defendants.contains("蒋某辉"), "\(parties(text))")
  }

  @Test func aMaskedBodyInATitleListIsADefendant() {
    let p = parties("案例一：某污水处理公司、郑某等污染环境案\n某区人民法院以污染环境罪判处郑某有期徒刑二年，对该公司判处罚金。")
    #expect(p.defendants.contains("某污水处理公司"), "\(p)")
    #expect(p.defendants.contains("郑某"), "\(p)")
  }

  @Test func aRecommendationOutsideAnAdministrativeSuitNamesNoDefendant() {
    // A criminal case's social-governance recommendation: the organ is no party.
    let p = parties("被告人王某某盗窃电缆，某区人民法院判处王某某有期徒刑一年。某区人民检察院向某区供电局制发检察建议，督促其加强管理。")
    #expect(!p.defendants.contains("某区供电局"), "\(p)")
  }

  @Test func aShortNameDefinedTwiceStandsForTheBodyInForce() {
    let cases = Extractor().extract(
      "案例一：湖南省汉寿县人民检察院督促整治非法采砂行政公益诉讼案\n\n2023年4月18日，汉寿县人民检察院向汉寿县水利局（以下简称县水利局）制发检察建议。县水利局收到检察建议后完成整改。\n\n案例二：湖南省安乡县人民检察院督促保护饮用水水源地行政公益诉讼案\n2023年7月，安乡县人民检察院发现饮用水水源保护区内有3处养殖场直排废水。同年7月25日，安乡县人民检察院向负有监管职责的安乡县水利局（以下简称县水利局）发出检察建议。县水利局逾期未整改，安乡县人民检察院于2023年11月2日向安乡县人民法院提起行政公益诉讼。"
    ).cases
    #expect(cases.count == 2)
    // The second case's 县水利局 is its own county's bureau, not the first case's.
    #expect(cases.last?.defendants == ["安乡县水利局"], "\(cases.map(\.defendants))")
  }
}
