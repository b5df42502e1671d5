import ChineseText
import Testing

@testable import LegalExtract

/// Round 10, case discovery: titles listed in one sentence that goes on to
/// judge them all (case.split.named-in-passing), and namesakes told in
/// paragraphs of their own after a lead that counts the cases
/// (case.split.defendant-paragraphs), defendants brought in at clause heads
/// (case.split.defendant-clauses). Each family with the look-alike it must
/// leave alone.
@Suite("Case discovery, round 10")
struct CaseDiscoveryRound10Tests {
  private func cases(_ text: String) -> [CaseRecord] { Extractor().extract(text).cases }

  private func sections(_ text: String) -> [CaseSection] {
    CaseSplitter.sections(in: TextDocument(text), organizations: [])
  }

  // MARK: titles listed before 等 and judged together

  @Test(arguments: [
    "省检察院日前召开新闻发布会。2023年，全省检察机关共提出刑事抗诉500余件。省检察院抗诉的王某盗窃案、李某某诈骗案、赵某故意伤害案等均经法院再审改判。下一步，检察机关将继续加强刑事审判监督。",
    "市中级法院通报了一年来的审判工作。全年审结刑事案件800余件。其中，孙某受贿案、钱某某贪污案、周某挪用公款案等已于年底前全部宣判。",
  ])
  func titlesJudgedTogetherAreOneCaseEach(_ text: String) {
    let found = cases(text)
    #expect(found.count == 3)
    #expect(found.compactMap(\.title).count == 3)
  }

  @Test(arguments: [
    "省法院日前发布王某盗窃案、李某某诈骗案、赵某故意伤害案等5个典型案例。这些案例涉及群众切身利益。",
    "最高人民法院发布孙某受贿案、钱某某贪污案等典型案例，进一步明确裁判规则。",
  ])
  func titlesListedBeforeACountStayAList(_ text: String) {
    #expect(cases(text).isEmpty)
  }

  @Test func anOutcomeAfterDengEndsNoList() {
    let judged = Array("抗诉的王某盗窃案、李某某诈骗案等均经法院再审改判".unicodeScalars)
    #expect(!CaseSplitter.isTitleList(judged, 0..<judged.count))
    let counted = Array("包括：王某盗窃案、李某某诈骗案等5个案例".unicodeScalars)
    #expect(CaseSplitter.isTitleList(counted, 0..<counted.count))
    let e = judged.firstIndex(of: "等")! - 1
    #expect(CaseSplitter.judgedAfterDeng(judged, e, limit: judged.count))
    let c = counted.firstIndex(of: "等")! - 1
    #expect(!CaseSplitter.judgedAfterDeng(counted, c, limit: counted.count))
  }

  // MARK: namesakes in paragraphs of their own (case.split.defendant-paragraphs)

  @Test func aNamesakeOpeningAnotherParagraphIsAnotherCase() {
    let text =
      "5月9日，某县人民法院对近期发生的8起醉驾案件集中宣判，8名被告人均被判处拘役。\n"
      + "被告人王某在庭上表示，当天只喝了一瓶啤酒，没想到会被查。\n"
      + "2023年3月2日晚，被告人王某饮酒后驾驶小型轿车回家，途中被民警查获，经鉴定血液中乙醇含量为120mg/100ml。法院以危险驾驶罪判处王某拘役二个月，并处罚金4000元。\n"
      + "另一名家住城关镇的被告人王某则是酒后驾驶摩托车被查。2023年4月8日中午，被告人王某饮酒后骑摩托车上班，被民警当场查获。法院以危险驾驶罪判处其拘役一个月，并处罚金2000元。\n"
    let found = sections(text)
    #expect(found.count == 2)
    #expect(rule(text) == .defendantParagraphs)
  }

  @Test func oneDefendantToldOverParagraphsIsOneCase() {
    let text =
      "5月9日，某县人民法院对近期发生的8起醉驾案件集中宣判，8名被告人均被判处拘役。\n"
      + "被告人王某在庭上表示，当天只喝了一瓶啤酒，没想到会被查。\n"
      + "2023年3月2日晚，被告人王某饮酒后驾驶小型轿车回家，途中被民警查获，经鉴定血液中乙醇含量为120mg/100ml。法院以危险驾驶罪判处王某拘役二个月，并处罚金4000元。\n"
      + "据了解，被告人王某当庭表示认罪认罚，不再上诉。\n"
    #expect(sections(text).count == 1)
  }

  // MARK: defendants brought in at clause heads (case.split.defendant-clauses)

  @Test func datedDefendantClausesAfterACountingLeadAreOneCaseEach() {
    let text =
      "近日，某县人民法院公开审理5起非法捕捞水产品案并当庭宣判。\n"
      + "法院审理查明：在禁渔期内，2021年5月3日，被告人孙某在某河段使用电鱼工具捕鱼，被当场查获渔获物2.5公斤；6月12日，被告人钱某在某水库使用地笼网捕鱼，被当场查获地笼网8副；其余3名被告人也均在禁渔期内被查获。\n"
    let found = sections(text)
    #expect(found.count == 2)
    #expect(rule(text) == .defendantClauses)
  }

  @Test func coDefendantsAtClauseHeadsStayOneCase() {
    // The second clause names the first defendant again: one case.
    let text =
      "近日，某县人民法院审结2起盗窃案件。\n"
      + "2021年5月3日，被告人孙某伙同他人盗窃电动车一辆；同日，被告人钱某为孙某望风，事后分得赃款500元。法院以盗窃罪判处孙某有期徒刑一年，判处钱某拘役六个月。\n"
    #expect(rule(text) != .defendantClauses)
  }

  @Test func clauseHeadDefendantsNeedACountingLead() {
    let text =
      "近日，某县人民法院公开审理一起非法捕捞水产品案。\n"
      + "法院审理查明：2021年5月3日，被告人孙某在某河段使用电鱼工具捕鱼，被当场查获渔获物2.5公斤；6月12日，被告人钱某在某水库使用地笼网捕鱼，被当场查获地笼网8副。\n"
    #expect(rule(text) != .defendantClauses)
  }

  @Test func aLeadCountsElevenCasesNotOne() {
    let eleven = Array("法院对11起酒驾案件集中宣判。被告人".unicodeScalars)
    #expect(CaseSplitter.leadCountsCases(eleven, before: eleven.count))
    let one = Array("法院对1起酒驾案件宣判。被告人".unicodeScalars)
    #expect(!CaseSplitter.leadCountsCases(one, before: one.count))
    let together = Array("两人一起作案，被告人".unicodeScalars)
    #expect(!CaseSplitter.leadCountsCases(together, before: together.count))
  }

  @Test func aParagraphTellingTwoCasesIsSplitToTheLeadsCount() {
    let text =
      "某区法院日前对3起恶势力犯罪案件进行宣判，25名被告人被判刑。\n"
      + "经查，被告人甲某军纠集多人强揽土方工程，多次阻挠工地施工。法院以寻衅滋事罪判处5名被告人有期徒刑1年至2年不等。\n"
      + "2019年至2020年，被告人乙某兵等人在某车站一带实施敲诈勒索犯罪，逐渐形成恶势力。被告人丙某等人以亲属关系为纽带，实施强迫交易犯罪，逐渐形成恶势力。法院对两案进行了一审宣判，20名被告人分别被判处有期徒刑1年至8年不等。\n"
    #expect(sections(text).count == 3)
  }

  private func rule(_ text: String) -> CaseSplitRule? {
    CaseSplitter.reading(in: TextDocument(text), organizations: []).kept?.rule
  }
}
