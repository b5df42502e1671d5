import ChineseText
import Testing

@testable import LegalExtract

/// Round 18, case discovery: grammar gaps the composed layout property test
/// (CaseLayoutComposedPropertyTests) found. A case word without a number
/// heading each case, the title after its colon (案例：…, 【案例】…), and
/// 案件一：… as 案例一：… (case.split.marker, ArticleLine.markerTitleOffset);
/// a template label in brackets alone on its line (【检察履职】) is no
/// statement heading; a statement——case name heading is titled by the name.
@Suite("Case discovery, round 18")
struct CaseDiscoveryRound18Tests {
  private func cases(_ text: String) -> [CaseRecord] { Extractor().extract(text).cases }
  private func line(_ s: String) -> ArticleLine {
    let doc = TextDocument(s)
    return doc.paragraphs.compactMap { ArticleLine($0, in: doc) }[0]
  }

  // MARK: 案例： without a number

  static let penaltyRelease = """
    某省通报两起环境违法典型案例
    近日，某省生态环境厅公布两起大气污染防治典型案例。具体案例如下：
    案例：某市某建材有限公司拒不落实重污染天气预警
    2021年2月，某市生态环境局执法人员在检查中发现，某市某建材有限公司未落实重污染天气预警响应。该局依据《中华人民共和国大气污染防治法》有关规定，对该公司处以10万元罚款。
    案例:孙某露天喷刷油漆污染大气环境
    2020年8月，某县生态环境局执法人员检查发现，孙某安排人员在露天喷刷油漆。该局依法对其处以2万元罚款。
    """

  @Test func unnumberedCaseWordHeadsEachCase() {
    let found = cases(Self.penaltyRelease)
    #expect(found.map(\.title) == ["某市某建材有限公司拒不落实重污染天气预警", "孙某露天喷刷油漆污染大气环境"])
  }

  @Test func markerTitleOffsetShapes() {
    #expect(line("案例：孙某露天喷刷油漆污染大气环境").markerTitleOffset == 3)
    #expect(line("案例:孙某露天喷刷油漆").markerTitleOffset == 3)
    #expect(line("【案例】孙某露天喷刷油漆").markerTitleOffset == 4)
    #expect(line("案件二：钱某某盗窃案").markerTitleOffset == 4)
    // A paragraph that tells the case after 案例： is no heading.
    #expect(line("案例：张某系外地农民工，于2014年8月入职某餐饮公司，从事后厨工作。").markerTitleOffset == nil)
    // 案例 alone, or 案例 going on as a word (案例显示…), is no marker with a title.
    #expect(line("案例").markerTitleOffset == nil)
    #expect(line("案例显示，多数纠纷源于约定不明").markerTitleOffset == nil)
    #expect(line("【案例评析】本案中").markerTitleOffset == nil)
    #expect(line("案件审理中：双方达成和解").markerTitleOffset == nil)
  }

  @Test func oneUnnumberedCaseIsOneCase() {
    let text = """
      劳动者自愿放弃社保的约定无效
      案例：孙某与某餐饮公司劳动争议案
      孙某于2019年8月入职某餐饮公司，双方约定公司不为其缴纳社会保险费。2021年7月，孙某以公司未缴纳社会保险费为由解除劳动合同，向某区劳动人事争议仲裁委员会申请仲裁。仲裁委裁决某餐饮公司支付经济补偿1.2万元。
      """
    #expect(cases(text).count == 1)
  }

  // MARK: bracketed labels are no statement headings

  @Test func bracketedLabelIsNoStatementHeading() {
    let text = """
      某省检察机关发布两件典型案例
      近日，某省人民检察院发布2起检察机关依法履职典型案例。
      一、依法惩治侵财犯罪
      【简要案情】
      2021年4月，被告人孙某在某区多次窃取他人财物，涉案金额共计8万元。某区人民检察院以孙某涉嫌盗窃罪向某区人民法院提起公诉。
      【检察履职】
      某区人民法院经审理认为，被告人孙某的行为已构成盗窃罪，判处有期徒刑二年。
      【典型意义】
      本案体现了依法惩治侵财犯罪的坚定立场。
      二、电信网络诈骗犯罪从严惩处
      【简要案情】
      2022年3月，被告人钱某某虚构投资项目骗取被害人钱款，涉案金额共计20万元。某县人民检察院以钱某某涉嫌诈骗罪向某县人民法院提起公诉。
      【检察履职】
      某县人民法院经审理认为，被告人钱某某的行为已构成诈骗罪，判处有期徒刑三年。
      【典型意义】
      本案体现了从严惩处电信网络诈骗犯罪的立场。
      """
    let found = cases(text)
    #expect(found.map(\.title) == ["依法惩治侵财犯罪", "电信网络诈骗犯罪从严惩处"])
    #expect(found.count == 2 && found[0].defendants == ["孙某"] && found[1].defendants == ["钱某某"])
  }

  @Test func bareStatementHeadingsStillRead() {
    // Statement headings over the paragraphs that tell the cases, after a
    // lead that counts them: read as before.
    let text = """
      商海失信案例二则
      近日，某区人民法院发布2起典型案例。
      谎称未收货物意图赖掉货款
      2020年5月，孙某向钱某购买一批建材，收货后以未收到货物为由拒不付款。钱某诉至法院，法院判决孙某支付货款5万元。
      讨要蹊跷借款
      2021年3月，李某持一张借条起诉周某，请求归还借款10万元。法院审理后判决驳回李某的诉讼请求。
      """
    #expect(cases(text).count == 2)
  }

  // MARK: statement——case name

  @Test func caseNameAfterDashIsTheTitle() {
    func named(_ s: String) -> String? {
      let t = Array(s.unicodeScalars)
      return CaseTitleTrim.caseNameAfterDash(0..<t.count, in: t).map {
        String(String.UnicodeScalarView(t[$0...]))
      }
    }
    #expect(named("劳动者要求缴纳社保是否属于受案范围——姜某与某建筑公司社会保险纠纷案") == "姜某与某建筑公司社会保险纠纷案")
    #expect(named("依法惩治侵财犯罪——孙某盗窃案") == "孙某盗窃案")
    // A title before the dashes keeps them a subtitle; no 案 at the end, no name.
    #expect(named("孙某盗窃案——多次盗窃的依法从重处罚案") == nil)
    #expect(named("依法惩治侵财犯罪——多次盗窃的依法从重处罚") == nil)
    #expect(named("——孙某盗窃案") == nil)
  }

  // MARK: ordinal paragraphs past 三

  @Test func ordinalParagraphsPastThree() {
    let bodies = [
      "2020年9月，被告人吴某某虚构投资项目骗取被害人钱款64万元。某区人民法院以诈骗罪判处吴某某有期徒刑五年。",
      "2020年3月，刘某拖欠周某工资14万元。周某向某县人民法院提起诉讼，法院判决刘某支付周某14万元。",
      "2022年2月，被告人徐某多次窃取他人财物。某区人民法院以盗窃罪判处徐某有期徒刑二年。",
      "2021年6月，孙某借款到期后拒不归还钱某借款8万元。钱某诉至某区人民法院，法院判决孙某归还借款。",
      "2023年1月，被告人郑某在禁采区非法采砂。某县人民法院以非法采矿罪判处郑某有期徒刑一年。",
    ]
    let openings: [(String) -> String] = [{ "第\($0)起，" }, { "其\($0)，" }, { "第\($0)起案件中，" }]
    for (opening, count) in [
      (openings[0], 4), (openings[1], 4), (openings[2], 5), (openings[1], 5),
    ] {
      let numerals = ["一", "二", "三", "四", "五"]
      let paragraphs = (0..<count).map { opening(numerals[$0]) + bodies[$0] }
      let text = (["某省法院通报\(count)起典型案例", "近日，某省高级人民法院通报了\(count)起典型案例。"] + paragraphs)
        .joined(separator: "\n")
      #expect(cases(text).count == count, "\(text)")
    }
  }

  @Test func reasonsNumberedPastThreeStayOneCase() {
    let text = """
      借款不还被判返还
      2021年3月，孙某向钱某借款8万元，到期后拒不归还。钱某诉至某区人民法院，法院判决孙某归还全部借款。法院认为：
      其一，借条系孙某亲笔书写，内容明确。
      其二，转账记录与借条金额一致。
      其三，孙某未能举证已经还款。
      其四，双方约定的利率未超过法律保护的上限。
      """
    #expect(cases(text).count == 1)
  }

  // MARK: 在…一案中， inside a paragraph

  @Test func caseClausesInOneParagraph() {
    let text = """
      某区法院审结多起案件
      近年来，某区人民法院依法审结了一批案件。在林某某诉赵某民间借贷纠纷一案中，2020年2月，赵某向林某某借款到期后拒不归还本息，涉及金额65万元。某区人民法院判决赵某向林某某支付65万元。在高某某盗窃一案中，2021年7月，被告人高某某多次窃取他人财物。某区人民法院以盗窃罪判处高某某有期徒刑五年。
      """
    let found = cases(text)
    #expect(found.count == 2)
    #expect(found.first?.defendants == ["赵某"] && found.last?.defendants == ["高某某"])
  }

  @Test func caseClauseShapes() {
    func clause(_ s: String) -> Bool {
      let t = Array(s.unicodeScalars)
      guard let e = t.lastIndex(of: "案") else { return false }
      return CaseSplitter.inCaseClause(t, e, 0..<t.count)
    }
    #expect(clause("近日，在林某某诉赵某民间借贷纠纷一案中，法院判决…"))
    #expect(clause("在高某某盗窃一案中,法院认为"))
    // 审理了…一案 is the story's own case told in a sentence; 一案中 without
    // 在 opening its clause, or without the comma, is none.
    #expect(!clause("法院审理了林某某诉赵某民间借贷纠纷一案，判决…"))
    #expect(!clause("林某某诉赵某民间借贷纠纷一案中，法院判决"))
    #expect(!clause("在林某某诉赵某民间借贷纠纷一案中法院认为"))
  }

  @Test func oneCaseClauseStaysOneCase() {
    let text = """
      借款不还被判返还
      近日，某区人民法院审结一起民间借贷纠纷。在林某某诉赵某民间借贷纠纷一案中，赵某向林某某借款8万元，到期后拒不归还。法院判决赵某归还全部借款。
      """
    #expect(cases(text).count == 1)
  }
}
