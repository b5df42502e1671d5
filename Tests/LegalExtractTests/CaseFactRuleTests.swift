import Testing

@testable import LegalExtract

/// The guards that keep a figure or a law inside a case's span off the
/// case's own facts (CaseFactRule), each with examples in several
/// phrasings and a negative.
@Suite("Case fact rules")
struct CaseFactRuleTests {
  /// Rules with a test below, by name: a new rule without one fails.
  static let tested: Set<CaseFactRule> = [.statisticsLead, .legislativeHistory, .eventLead]

  @Test func everyRuleHasATest() {
    #expect(CaseFactRule.allCases.filter { !Self.tested.contains($0) }.isEmpty)
  }

  private func numbers(_ c: CaseRecord?) -> [Double] {
    (c?.figures ?? []).compactMap {
      if case .number(let n) = $0.value { return n }
      return nil
    }
  }

  // MARK: case.figure.guard.statistics-lead

  /// A wire item that opens with a batch sentencing, then tells one case.
  @Test func aBatchSentencingLeadIsNotTheCase() {
    let text =
      "新华社长沙3月2日电 湖南省12个中级法院2日集中宣判30件涉恶案件，共涉及210名被告人。\n在上述案件中，由长沙市中级人民法院审理的被告人赵某某等8人敲诈勒索案备受关注。法院经审理查明，赵某某等人多次实施敲诈勒索，涉案金额50余万元。法院以敲诈勒索罪判处赵某某有期徒刑十年。"
    let c = Extractor().extract(text).cases
    #expect(c.count == 1)
    let n = numbers(c.first)
    #expect(!n.contains(12) && !n.contains(30) && !n.contains(210), "\(n)")
    #expect(n.contains(500_000), "\(n)")
    #expect(c.first?.figures.contains { $0.value == .duration("P10Y") } == true)
    // Since the N件 count rule, the case span already leaves a lead that counts
    // cases off (case.span.round-up); where it does not, this guard does.
    let e = explain(text)
    let byGuard = e.rejection(ruleNamed: CaseFactRule.statisticsLead.name)?.text == "12个"
    let bySpan = e.rejection(ruleNamed: CaseSpanRule.roundUp.name) != nil
    #expect(byGuard || bySpan)
  }

  // MARK: case.figure.guard.event-lead

  /// A batch sentencing event: its turnout and its cases counted as
  /// N件M人 before the one case it tells (B41).
  @Test func aBatchEventLeadIsNotTheCase() {
    let text =
      "某市法院开展集中宣判活动\n\n全市两级法院于10月31日开展了集中宣判活动，群众代表共计900余人到场旁听。\n\n本次活动共对36起案件70名被告人进行宣判，其中，扰乱社会秩序犯罪12件30人、危害群众财产安全犯罪20件35人。\n\n集中宣判案件中，某区法院审理的王某诈骗一案中，被告人王某诈骗作案3起，骗取被害人80余万元，法院判处被告人王某有期徒刑十年，并处罚金人民币二十万元。"
    let c = Extractor().extract(text).cases
    #expect(c.count == 1)
    let n = numbers(c.first)
    #expect(!n.contains(900) && !n.contains(12) && !n.contains(30) && !n.contains(35), "\(n)")
    #expect(n.contains(3) && n.contains(800_000) && n.contains(200_000), "\(n)")
  }

  /// An enforcement operation's counts before the case it tells by its
  /// title at the head of a later paragraph (B40).
  @Test func anOperationLeadIsNotTheCase() {
    let text =
      "2月12日上午，某县法院执行局开展涉民生案件专项执行行动。\n清晨六点半，二十余名执行干警集结完毕，干警们分为三个执行小组奔赴现场。\n某加油站申请执行张某合同纠纷一案，因张某欠付加油款24000元，某加油站申请强制执行。执行干警找到张某后，张某当场支付13900元。"
    let c = Extractor().extract(text).cases
    #expect(c.count == 1)
    let n = numbers(c.first)
    #expect(!n.contains(20) && !n.contains(3), "\(n)")
    #expect(n.contains(24_000) && n.contains(13_900), "\(n)")
  }

  /// Negative: a case told in the first paragraph keeps its counts, even
  /// when its title opens a later paragraph.
  @Test func aCaseToldFromTheStartKeepsItsCounts() {
    let text =
      "近日，被告人李某拖欠32名工人工资共计30万元，经责令仍不支付。\n李某拒不支付劳动报酬一案，法院以拒不支付劳动报酬罪判处李某有期徒刑一年。"
    let n = numbers(Extractor().extract(text).cases.first)
    #expect(n.contains(32) && n.contains(300_000), "\(n)")
  }

  /// A court's year in numbers before the case it tells (受理…件，审结…件).
  @Test func aWorkReportLeadIsNotTheCase() {
    let text =
      "2023年，江苏省南京市鼓楼区人民法院共受理各类案件5300件，审结4980件，同比上升12%。\n该院审理的原告钱某某诉被告某物业公司物业服务合同纠纷一案中，钱某某请求某物业公司赔偿损失3万元。法院经审理，判决某物业公司赔偿钱某某1.2万元。"
    let c = Extractor().extract(text).cases
    #expect(c.count == 1)
    let n = numbers(c.first)
    #expect(!n.contains(5300) && !n.contains(4980) && !n.contains(12), "\(n)")
    #expect(n.contains(30_000) && n.contains(12_000), "\(n)")
  }

  /// A press release that counts the cases it presents (发布典型案例N件).
  @Test func aReleaseCountIsNotTheCase() {
    let text =
      "近日，浙江省湖州市人民检察院召开新闻发布会，通报公益诉讼工作情况，会上发布典型案例共6件，涉及生态环境等领域。\n其中，湖州市吴兴区人民检察院督促整治非法采砂行政公益诉讼案中，某公司非法采砂2万余吨，吴兴区人民检察院向某区自然资源局发出检察建议，督促其依法履职。"
    let c = Extractor().extract(text).cases
    let n = numbers(c.first)
    #expect(!n.contains(6), "\(n)")
  }

  /// A lead that tells the case itself, with no count of cases, stays.
  @Test func aLeadThatTellsTheCaseStays() {
    let text =
      "近日，河南省郑州市金水区人民法院审结一起拖欠劳动报酬案，20名工人拿回工资30万元。\n被告人孙某某承包工程后拒不支付工人工资，经劳动保障部门责令支付仍不支付。法院以拒不支付劳动报酬罪判处孙某某有期徒刑一年。"
    let n = numbers(Extractor().extract(text).cases.first)
    #expect(n.contains(20) && n.contains(300_000), "\(n)")
  }

  /// A count of cases after the case is named is the case's own (a series
  /// of suits the case is).
  @Test func aCountOfCasesAfterTheNamingStays() {
    let text =
      "申请执行人李某某等28名劳动者与被执行人某服装公司劳动争议执行案中，江苏省苏州市吴中区人民法院立案执行28件案件，执行到位工资45万元。"
    let n = numbers(Extractor().extract(text).cases.first)
    #expect(n.contains(28) && n.contains(450_000), "\(n)")
  }

  @Test func isCaseCountReadsTheCountedNoun() {
    let text = "宣判21件涉黑涉恶案件，受理各类案件5300件，发布4起典型案例，查处10个行政机关，共涉及9名被告人。"
    let a = CaseFactAttribution(text: text.scalarArray)
    let figures = Extractor(onlyStages: [.figures]).extract(text).figures
    let counted = figures.filter { a.isCaseCount($0) }.map(\.text)
    #expect(counted == ["21件涉黑涉恶案件", "5300件", "4起典型案例"], "\(counted)")
  }

  // MARK: case.law.guard.legislative-history

  @Test func aLawThatMadeTheChangeIsNotCited() {
    let text =
      "被告人胡某某拖欠20余名工人工资12万余元，经责令支付仍不支付。刑法修正案（八）将恶意欠薪入罪，法院以拒不支付劳动报酬罪判处胡某某有期徒刑一年，并处罚金二万元。"
    let c = Extractor().extract(text).cases
    #expect(c.count == 1)
    #expect(c.first?.statutes.isEmpty == true, "\(c.first?.statutes.map(\.law) ?? [])")
    let e = explain(text)
    #expect(e.rejection(ruleNamed: CaseFactRule.legislativeHistory.name) != nil)
  }

  @Test func otherPhrasingsOfALawsHistory() {
    let a = CaseFactAttribution(text: "".scalarArray)
    #expect(!a.isHistory(TextSpan(0, 0)))
    for (sentence, law) in [
      ("修订后的刑事诉讼法把尊重和保障人权写入总则。", "刑事诉讼法"),
      ("2012年修订民事诉讼法时，首次确立了公益诉讼制度。", "民事诉讼法"),
      ("《补充规定》将其确定为拒不支付劳动报酬罪。", "《补充规定》"),
    ] {
      let t = sentence.scalarArray
      guard let start = t.firstOffset(of: law, in: 0..<t.count) else {
        Issue.record("no \(law)")
        continue
      }
      let span = TextSpan(start, start + law.unicodeScalars.count)
      #expect(CaseFactAttribution(text: t).isHistory(span), "\(sentence)")
    }
  }

  /// A law the case applies stays, also when its history is told too.
  @Test func aLawTheCaseAppliesStays() {
    let text =
      "被告人胡某某拖欠20余名工人工资12万余元。刑法修正案（八）将恶意欠薪入罪。法院依照《中华人民共和国刑法》第二百七十六条之一的规定，以拒不支付劳动报酬罪判处胡某某有期徒刑一年。"
    let laws = Extractor().extract(text).cases.first?.statutes.map(\.law) ?? []
    #expect(laws.contains("中华人民共和国刑法"), "\(laws)")
    for (sentence, law) in [
      ("依照刑事诉讼法将案件移送审查起诉。", "刑事诉讼法"),
      ("依据民事诉讼法规定，法院判决被告赔偿。", "民事诉讼法"),
    ] {
      let t = sentence.scalarArray
      guard let start = t.firstOffset(of: law, in: 0..<t.count) else { continue }
      let span = TextSpan(start, start + law.unicodeScalars.count)
      #expect(!CaseFactAttribution(text: t).isHistory(span), "\(sentence)")
    }
  }
}
