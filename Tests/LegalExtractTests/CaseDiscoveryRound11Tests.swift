import ChineseText
import Testing

@testable import LegalExtract

/// Round 11, case discovery: a table of contents before the cases is no
/// case start (CaseSegmentRules.contents*), and a dated matter may open
/// with 另一起案件中， before its date (case.split.dated-matters).
@Suite("Case discovery, round 11")
struct CaseDiscoveryRound11Tests {
  private func cases(_ text: String) -> [CaseRecord] { Extractor().extract(text).cases }

  @Test func contentsBeforeTheCasesAreDropped() {
    let text = """
      某省高级人民法院发布典型案例
      6月20日，某省高级人民法院发布三件典型案例。
      目录
      1.王某某犯诈骗罪案——依法从严惩处
      2.李某盗窃案——坚持罪责刑相适应
      3.赵某某犯盗窃罪案——依法从严惩处
      1.王某某犯诈骗罪案——依法从严惩处
      2019年8月，被告人王某某虚构投资项目骗取被害人钱款7万元。杭州市余杭区人民法院以诈骗罪判处王某某有期徒刑三年。
      2.李某盗窃案——坚持罪责刑相适应
      2023年4月，被告人李某多次窃取他人财物。临沂市兰山区人民法院以盗窃罪判处李某有期徒刑一年。
      3.赵某某犯盗窃罪案——依法从严惩处
      2021年6月，被告人赵某某多次窃取他人财物。长沙市望城区人民法院以盗窃罪判处赵某某有期徒刑二年。
      """
    let found = cases(text)
    #expect(found.count == 3)
    #expect(found.first?.title?.hasPrefix("王某某犯诈骗罪案") == true)
  }

  @Test func headingsRepeatedInsideTheCasesAreNoContents() {
    let lines = """
      一、王某某犯诈骗罪案
      基本案情
      2019年8月，被告人王某某骗取被害人钱款7万元。
      典型意义
      本案体现了依法惩治诈骗犯罪的立场。
      二、李某盗窃案
      基本案情
      2023年4月，被告人李某多次窃取他人财物。
      典型意义
      本案体现了依法惩治盗窃犯罪的立场。
      """
    let doc = TextDocument(lines)
    let all = doc.paragraphs.compactMap { ArticleLine($0, in: doc) }
    #expect(CaseSplitter.withoutContents(all).count == all.count)
  }

  @Test func anotherCaseBeforeTheDateOpensAMatter() {
    let text = """
      某市检察机关依法办理一批案件
      2018年4月，黄某某向吴某借款到期后拒不归还本息。吴某向杭州市余杭区人民法院提起诉讼。杭州市余杭区人民法院判决黄某某向吴某支付66万元。
      另一起案件中，2021年11月，张某向郭某某借款到期后拒不归还本息。郭某某向佛山市南海区人民法院提起诉讼。佛山市南海区人民法院判决张某向郭某某支付23万元。
      """
    #expect(cases(text).count == 2)
  }

  @Test func sameActorAfterTheLeadInStaysOneCase() {
    let text = """
      2018年4月，黄某某向吴某借款到期后拒不归还本息，吴某向杭州市余杭区人民法院提起诉讼。
      此后，2019年5月，黄某某又向吴某借款。杭州市余杭区人民法院判决黄某某向吴某支付66万元。
      """
    #expect(cases(text).count == 1)
  }

  private func line(_ text: String) -> ArticleLine? {
    let doc = TextDocument(text)
    return doc.paragraphs.compactMap { ArticleLine($0, in: doc) }.first
  }

  @Test(arguments: ["第一起", "第二起案件", "【第三起案例】", "第十二起："])
  func anOrdinalAloneMarksACase(_ text: String) {
    #expect(line(text)?.isCaseMarker == true)
  }

  @Test(arguments: ["第一起案件中，被告人王某盗窃财物。", "第一季度", "第一起诉人", "第起"])
  func anOrdinalInASentenceMarksNoCase(_ text: String) {
    #expect(line(text)?.isCaseMarker != true)
  }

  @Test func ordinalMarkersOverTitleLinesSplit() {
    let text = """
      某省高级人民法院发布典型案例
      8月3日，某省高级人民法院召开新闻发布会，发布二件典型案例。
      第一起
      郭某某诉罗某买卖合同纠纷案——诚信原则的司法适用
      2019年9月，罗某向郭某某购买一批建材后拒不支付货款。佛山市南海区人民法院判决罗某向郭某某支付5万元。
      第二起
      孙某某诉徐某民间借贷纠纷案——诚信原则的司法适用
      2018年2月，徐某向孙某某借款到期后拒不归还。长沙市望城区人民法院判决徐某向孙某某支付8万元。
      """
    #expect(cases(text).count == 2)
  }
}
