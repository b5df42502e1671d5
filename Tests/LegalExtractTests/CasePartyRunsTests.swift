import ChineseText
import Testing

@testable import LegalExtract

/// `case.split.party-runs`: cases told one after another in prose, each
/// opened by a sentence that brings in a new named party with an outcome.
@Suite("Case split: party-led runs")
struct CasePartyRunsTests {
  static func runs(_ text: String) -> [CaseSection]? {
    let doc = TextDocument(text)
    let lines = doc.paragraphs.compactMap { ArticleLine($0, in: doc) }
    return CaseSplitter.byPartyRuns(lines, end: CaseSplitter.contentEnd(lines), doc: doc)
  }

  static func caseCount(_ text: String) -> Int { Extractor().extract(text).cases.count }

  @Test func sentencesWithNewDefendantsAndOutcomes() {
    let text =
      "法院宣判一批案件\n某区人民法院近日公开宣判。\n肖某盗窃电动车3辆，被判处有期徒刑一年；姜某某醉酒驾驶，被判处拘役三个月。"
    #expect(Self.runs(text)?.count == 2)
  }

  @Test func bareFullNamesAsSubjects() {
    let text =
      "法院宣判一批案件\n某区人民法院近日公开宣判。\n张晓明因盗窃电动车3辆，被判处有期徒刑一年；李强犯危险驾驶罪，被判处拘役三个月。"
    #expect(Self.runs(text)?.count == 2)
  }

  @Test func enforcementDebtorsEachDealtWith() {
    let text =
      "某法院开展集中执行行动\n12月5日，某区人民法院开展集中执行行动。\n被执行人某某建材有限公司拖欠货款42万元，执行干警查封其钢材一批。\n被执行人朱某某拒不支付赔偿款8万元，被司法拘留十五日。"
    #expect(Self.runs(text)?.count == 2)
    #expect(Self.caseCount(text) == 2)
  }

  @Test func coDefendantsSentencedOneByOneStayOneCase() {
    let text =
      "两男子合伙盗窃电缆被判刑\n2024年6月，吴某与郑某某多次到工地盗走电缆，价值6.8万元。\n被告人吴某系主犯，法院以盗窃罪判处吴某有期徒刑三年。被告人郑某某系从犯，法院以盗窃罪判处郑某某有期徒刑一年六个月。"
    #expect(Self.runs(text) == nil)
    #expect(Self.caseCount(text) == 1)
  }

  @Test func aLaterRunNamingAnEarlierPartyIsTheSameCase() {
    let text =
      "某法院审结一起诈骗案\n被告人王某虚构投资项目骗取钱款，被判处有期徒刑五年。被告人李某明知王某实施诈骗仍提供银行卡，被判处有期徒刑一年。"
    #expect(Self.runs(text) == nil)
  }

  @Test func namesListedInOneClauseAreOneCase() {
    let text = "某法院审结一起寻衅滋事案\n被告人甲某、乙某、丙某在集市滋事，分别被判处有期徒刑一年至三年。"
    #expect(Self.runs(text) == nil)
  }

  @Test func theSamePartyRepeatedOpensNoNewRun() {
    let text =
      "某法院执结一起案件\n被执行人周某拖欠货款5万元拒不履行，被司法拘留十五日。周某随后履行了全部义务，法院解除拘留。"
    #expect(Self.runs(text) == nil)
  }

  @Test func statisticsAreNoRuns() {
    let text =
      "某法院通报执行工作\n被执行人张某等拒不履行案件共立案32件，同比增长10%，其中拘留8人。被执行人某某公司等共计执结案件15件，累计执行到位金额300万元。"
    #expect(Self.runs(text) == nil)
  }

  @Test func aPartyNamedAsAnObjectOpensNoRun() {
    let text =
      "某法院审结一起劳动争议\n郑某某申请仲裁，要求公司支付工资，仲裁委裁决支持。\n2025年2月20日，法院判决驳回某物流有限公司的诉讼请求。"
    #expect(Self.runs(text) == nil)
  }
}
