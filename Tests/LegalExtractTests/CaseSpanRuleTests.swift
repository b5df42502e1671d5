import ChineseText
import Testing

@testable import LegalExtract

/// One example per case-span rule (CaseSpanRule): the article, the text of
/// the paragraph the rule takes off the case, and a figure of that paragraph
/// that must stay out of the case's figures. Each family is written three
/// ways (a different site's wording), and each has a negative beside it.
struct CaseSpanExample: CustomTestStringConvertible, Sendable {
  let rule: CaseSpanRule
  let text: String
  /// A phrase of the paragraph taken off.
  let trimmed: String
  /// A figure's text inside that paragraph (nil when it holds none).
  let outsideFigure: String?

  init(_ rule: CaseSpanRule, _ text: String, trimmed: String, outsideFigure: String?) {
    self.rule = rule
    self.text = text
    self.trimmed = trimmed
    self.outsideFigure = outsideFigure
  }

  var testDescription: String { "\(rule.rawValue): \(trimmed)" }
}

@Suite("Case span rules")
struct CaseSpanRuleTests {
  static let story =
    "近日，某区人民法院公开宣判被告人王某某盗窃一案，以盗窃罪判处王某某有期徒刑一年，并处罚金5000元。\n经审理查明，2023年5月，被告人王某某在某小区盗窃电动车3辆，价值1.2万元。"

  static let examples: [CaseSpanExample] = [
    CaseSpanExample(
      .headline, "“电动车大盗”获刑 3辆车价值1.2万元\n" + story,
      trimmed: "“电动车大盗”获刑", outsideFigure: nil),
    CaseSpanExample(
      .headline, "盗窃电动车3辆 男子被判一年\n" + story, trimmed: "男子被判一年", outsideFigure: nil),
    CaseSpanExample(
      .headline, "专项检查首例:某区追回欠薪286万元\n" + story, trimmed: "专项检查首例",
      outsideFigure: "286万元"),
    CaseSpanExample(
      .roundUp,
      story + "\n自专项行动开展以来，该院认真落实上级部署。截至目前，共受理涉黑恶案件18件152人，审结16件146人。",
      trimmed: "截至目前", outsideFigure: "18件"),
    CaseSpanExample(
      .roundUp,
      "看看下面这组数据：统计显示，2012年全国法院一审盗窃案件222078件，占22.51%。\n" + story,
      trimmed: "统计显示", outsideFigure: "222078件"),
    CaseSpanExample(
      .roundUp, story + "\n据统计，该院全年审结盗窃案件96件，结案率95.8%。",
      trimmed: "据统计", outsideFigure: "96件"),
    CaseSpanExample(
      .workReport,
      story + "\n今年以来，某区人民法院针对执行款发放不及时的问题，制定了专项方案，加快兑现胜诉权益。",
      trimmed: "今年以来", outsideFigure: nil),
    CaseSpanExample(
      .workReport, story + "\n某区人民法院将继续依法严惩盗窃犯罪，切实保障人民群众财产安全。",
      trimmed: "将继续依法严惩", outsideFigure: nil),
    CaseSpanExample(
      .workReport, story + "\n下一步，该院将开展专项宣传，提升群众防范意识。",
      trimmed: "下一步", outsideFigure: nil),
  ]

  @Test(arguments: examples)
  func rule(_ example: CaseSpanExample) {
    let e = explain(example.text)
    #expect(e.result.cases.count == 1, "\(e.textLines)")
    let rejected = e.entries.filter {
      $0.rejectedBy == example.rule.name && $0.text.contains(example.trimmed)
    }
    #expect(!rejected.isEmpty, "\(e.textLines)")
    guard let c = e.result.cases.first else { return }
    // The story's own facts stay in the case.
    #expect(c.figures.contains { $0.text == "1.2万元" })
    #expect(c.defendants.contains("王某某"))
    if let figure = example.outsideFigure {
      #expect(!c.figures.contains { $0.text == figure })
      #expect(e.result.figures.contains { $0.text == figure })
    }
  }

  @Test func everyRuleHasAnExample() {
    let named = Set(Self.examples.map(\.rule))
    #expect(CaseSpanRule.allCases.filter { !named.contains($0) }.isEmpty)
  }

  // MARK: - Negatives

  @Test func aLeadSentenceWithoutAFullStopIsNoHeadline() {
    // A first line with clauses is the lead, and its counts are the case's.
    let text = "昨日，某区人民法院对盗窃电动车3辆的王某某作出判决\n" + Self.story
    let c = Extractor().extract(text).cases
    #expect(c.count == 1)
    #expect(c.first?.span.start == 0)
  }

  @Test func aHeadlineThatNamesTheBodyOrCountsNothingStays() {
    // Who acts is named there (a notice's issuer), or there is no count to keep out.
    for headline in ["杭州市西湖区人民法院审结盗窃案 追回电动车3辆", "男子盗窃电动车被判刑"] {
      let c = Extractor().extract(headline + "\n" + Self.story).cases
      #expect(c.count == 1)
      #expect(c.first?.span.start == 0, "\(headline)")
    }
  }

  @Test func aParagraphThatNamesAPartyStays() {
    // Counts beside a named party are the case's facts.
    let text = Self.story + "\n截至目前，被告人王某某已退赔被害人损失共计8000元。"
    let c = Extractor().extract(text).cases
    #expect(c.first?.figures.contains { $0.text == "8000元" } == true)
  }

  @Test func commentaryUnderItsHeadingStays() {
    // 典型意义 belongs to the case, even when it opens 近年来 and plans.
    let text =
      "某市法院发布典型案例\n\n案例一\n\n王某某盗窃案\n\n被告人王某某盗窃手机两部，法院判处其有期徒刑六个月。\n\n案例二\n\n李某诈骗案\n\n被告人李某骗取他人财物3万元，法院判决其有期徒刑一年。\n\n典型意义\n\n近年来，电信诈骗案件同比上升，法院将继续依法严惩。"
    let c = Extractor().extract(text).cases
    #expect(c.count == 2)
    #expect(c.last.map { $0.span.end == text.unicodeScalars.count } == true)
  }

  @Test func closingWorkReportLeavesTheLastCase() {
    // Several cases, then the office's statistics: not the last case's.
    let text =
      "某市法院发布典型案例\n\n案例一\n\n王某某盗窃案\n\n被告人王某某盗窃手机两部，法院判处其有期徒刑六个月。\n\n案例二\n\n李某诈骗案\n\n被告人李某骗取他人财物3万元，法院判决其有期徒刑一年。\n\n今年以来，该院共审结各类刑事案件1200件，同比上升5%。"
    let c = Extractor().extract(text).cases
    #expect(c.count == 2)
    #expect(c.last?.figures.contains { $0.text == "1200件" } == false)
    #expect(c.last?.figures.contains { $0.text == "3万元" } == true)
  }

  @Test func asideReadsParagraphShapes() {
    func aside(_ s: String) -> CaseSpanRule? {
      let doc = TextDocument(s)
      guard let line = doc.paragraphs.compactMap({ ArticleLine($0, in: doc) }).first else {
        return nil
      }
      return CaseSpanBounds.aside(line, doc: doc)
    }
    #expect(aside("自扫黑除恶专项斗争开展以来，该院依法从严惩处黑恶犯罪。") == .workReport)
    #expect(aside("近年来，该院坚持把化解矛盾作为工作的出发点。") == .workReport)
    #expect(aside("该院累计执结案件300件。") == .roundUp)
    // A told step: somebody named, or the case itself.
    #expect(aside("近年来，被告人张某多次盗窃。") == nil)
    #expect(aside("该案仍在审理中，法院将继续跟进。") == nil)
    #expect(aside("2023年5月，法院开庭审理。") == nil)
  }
}
