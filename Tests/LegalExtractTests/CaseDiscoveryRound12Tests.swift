import ChineseText
import Testing

@testable import LegalExtract

/// Round 12, case discovery: a work report names cases one per sentence as
/// the objects of sentences passed (case.split.sentenced-objects); a few
/// counted defendants tell a case (case.told.counted-defendants); 一宗 that
/// ends a larger number counts no single case; question headings without a
/// mark title the cases under them (case.split.question-headings); a party
/// run may open 还有一起案件，.
@Suite("Case discovery, round 12")
struct CaseDiscoveryRound12Tests {
  private func cases(_ text: String) -> [CaseRecord] { Extractor().extract(text).cases }
  private func rules(_ text: String) -> [RuleName] {
    explain(text).entries.filter(\.isAccepted).compactMap(\.madeBy)
  }

  // MARK: case.split.sentenced-objects

  static let workReport = """
    2023年工作回顾
    一、依法履行审判职能
    一年来，区人民法院审结一审刑事案件300件，判处罪犯420人。依法严惩侵财犯罪，对多次入户盗窃的被告人钱某从重判处刑罚。依法打击危险驾驶犯罪，对醉酒后驾车冲撞行人的郑某判处有期徒刑一年。依法惩治妨害社会管理秩序犯罪，对聚众斗殴的被告人冯某、陈某等均判处实刑。严惩拒不支付劳动报酬犯罪，对恶意欠薪的被告人褚某判处有期徒刑十个月。
    """

  @Test func aWorkReportNamesOneCasePerSentencePassed() {
    let found = cases(Self.workReport)
    #expect(found.count == 4)
    #expect(found.map(\.defendants).prefix(1).first == ["钱某"])
    #expect(found.contains { $0.defendants == ["冯某", "陈某"] })
    // The heading over the paragraph titles none of its cases.
    #expect(found.allSatisfy { $0.title == nil })
    #expect(rules(Self.workReport).contains(CaseSplitRule.sentencedObjects.name))
  }

  @Test func coDefendantsOfOneCaseSentencedOneByOneStayOneCase() {
    // Both named before the sentences passed on them: one case.
    let text = """
      被告人王某、李某合谋盗窃工地电缆，价值共计5万元。
      区人民法院经审理认为，二被告人的行为均已构成盗窃罪。对起主要作用的被告人王某判处有期徒刑三年。对起次要作用的被告人李某判处有期徒刑一年。
      """
    #expect(cases(text).count == 1)
    #expect(!rules(text).contains(CaseSplitRule.sentencedObjects.name))
  }

  @Test func sentencedObjectNeedsTheClauseShape() {
    let t = Array("依法严惩侵财犯罪，对多次入户盗窃的被告人钱某从重判处刑罚。".unicodeScalars)
    #expect(CaseSplitter.sentencedObject(t, in: 0..<t.count)?.name == 20..<22)
    // No 对 opening the clause: a penalty told, not a work report's object.
    let u = Array("法院以盗窃罪对其判处的刑罚，被告人钱某判处有期徒刑。".unicodeScalars)
    #expect(CaseSplitter.sentencedObject(u, in: 0..<u.count) == nil)
    // A name without a role word must be anonymised: 的高度 is no name.
    let v = Array("对影响社会稳定的高度重视判处的案件".unicodeScalars)
    #expect(CaseSplitter.sentencedObject(v, in: 0..<v.count) == nil)
  }

  // MARK: case.told.counted-defendants

  @Test func aFewCountedDefendantsTellACase() {
    let text = """
      两名承建商诈骗判囚
      廉政公署调查发现，两名分包商虚报工人日薪诈骗总承建商。两名被告早前承认诈骗罪，分别判囚15个月及27个月。区域法院今日批准控方申请，颁令充公其中一人犯罪得益逾57万元。
      """
    #expect(cases(text).count == 1)
    let t = Array("法院裁定5名被告均无羁押必要".unicodeScalars)
    #expect(CaseToldCues.countedDefendants(t, range: 0..<t.count) == TextSpan(4, 8))
  }

  @Test func largeCountsOfDefendantsAreStatistics() {
    let t = Array("其中对35名被告人适用缓刑，判处罪犯420人".unicodeScalars)
    #expect(CaseToldCues.countedDefendants(t, range: 0..<t.count) == nil)
    let u = Array("对5名犯罪嫌疑人提起公诉，5名被执行人".unicodeScalars)
    #expect(CaseToldCues.countedDefendants(u, range: 0..<u.count) == nil)
    // A round-up of counts: the weak cue does not make a case of it.
    let roundUp =
      "全年共受理刑事案件1200件，同比上升5%，累计审结1100件，共办理减刑案件30件，其中对3名被告人依法判处刑罚，共受理民事案件8000件。"
    #expect(cases(roundUp).isEmpty)
  }

  // MARK: one-case-counted inside a larger number

  @Test func oneCaseCountedRefusesTheTailOfALargerNumber() {
    let t = Array("警方侦破三千四百八十一宗案件，拘五千余人".unicodeScalars)
    #expect(CaseToldCues.oneCaseCounted(t, range: 0..<t.count) == nil)
    let u = Array("海关侦破一宗大型走私案".unicodeScalars)
    #expect(CaseToldCues.oneCaseCounted(u, range: 0..<u.count) != nil)
  }

  // MARK: case.split.question-headings

  static let questions = """
    劳动者权益保护以案说法
    员工拒绝加班被辞退，公司违法吗？
    张某在某科技公司工作，公司要求其每天加班至深夜，张某拒绝后被公司解除劳动合同。张某申请劳动仲裁，仲裁委裁决公司支付赔偿金4万元。
    试用期内被辞退，能否要求经济补偿？
    李某入职某餐饮公司，约定试用期三个月。公司以李某不符合录用条件为由将其辞退，但未能举证。李某诉至法院，法院判决公司支付赔偿金1.2万元。
    """

  @Test func questionHeadingsTitleTheirCases() {
    let found = cases(Self.questions)
    #expect(found.count == 2)
    #expect(found.first?.title == "员工拒绝加班被辞退，公司违法吗？")
    #expect(rules(Self.questions).contains(CaseSplitRule.questionHeadings.name))
  }

  @Test func questionsAnsweredInGeneralAreNoCases() {
    // A legal Q&A: the answers tell the law, no matter.
    let text = """
      劳动法小课堂
      员工拒绝加班被辞退，公司违法吗？
      用人单位安排加班应与劳动者协商，劳动者有权拒绝违法加班。
      试用期内被辞退，能否要求经济补偿？
      用人单位在试用期内解除劳动合同，应当向劳动者说明理由。
      """
    #expect(cases(text).isEmpty)
    // Press Q&A lines (问：…？) are no headings.
    let qa = """
      负责人答记者问
      问：此次发布的案例有何特点？
      张某在某科技公司工作，公司将其辞退。张某申请仲裁，仲裁委裁决公司支付赔偿金4万元。
      问：下一步有何打算？
      李某入职某餐饮公司后被辞退。李某诉至法院，法院判决公司支付赔偿金1.2万元。
      """
    #expect(!rules(qa).contains(CaseSplitRule.questionHeadings.name))
  }

  // MARK: party runs opened by 还有一起案件

  @Test func aPartyRunMayOpenWithAnotherCaseCounted() {
    let text = """
      打击电信诈骗 守护群众钱袋子
      今年以来，某区人民法院审结电信网络诈骗案件86件。其中，被告人孙某冒充客服骗取被害人12万元，被判处有期徒刑三年六个月。还有一起案件，被告人胡某为诈骗团伙提供银行卡20张，被以帮助信息网络犯罪活动罪判处有期徒刑一年。
      """
    let found = cases(text)
    #expect(found.count == 2)
    #expect(found.last?.defendants == ["胡某"])
  }

  @Test func anotherCaseCountedBeforeTheSameDefendantStaysOneRun() {
    let text = """
      被告人孙某冒充客服骗取被害人12万元，被判处有期徒刑三年六个月。还有一起案件，被告人孙某在取保候审期间又骗取他人5万元，被另案处理。
      """
    #expect(cases(text).count == 1)
  }
}
