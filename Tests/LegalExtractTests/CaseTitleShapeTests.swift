import ChineseText
import Testing

@testable import LegalExtract

/// Titles as the text gives them: heading notes off, titles inside
/// sentences taken, a title named once in passing is a case.
@Suite("Case title shapes")
struct CaseTitleShapeTests {
  @Test func aHeadingsPlaceAndDateNoteIsNoPartOfTheTitle() {
    let text =
      "案例一：孙某酒后挪车案(山东蓬莱,2025.3)\n案情：孙某酒后挪车十米，被民警查获，法院判处其拘役一个月。\n案例二：钱某无证驾驶案(河北涿州,2025.5)\n案情：钱某无证驾驶，被民警查获，法院判处其拘役两个月。"
    let titles = Extractor().extract(text).cases.map(\.title)
    #expect(titles == ["孙某酒后挪车案", "钱某无证驾驶案"])
  }

  @Test func aBracketThatNamesTheCaseStays() {
    let doc = TextDocument("岳某侮辱案(检例第138号)")
    let span = CaseTitleTrim.trimmed(TextSpan(0, doc.count), in: doc.folded)
    #expect(span == TextSpan(0, doc.count))
  }

  @Test func titlesKeepTheArticlesOwnPunctuation() {
    let text = "张某某诉某县人民政府行政协议纠纷案（二审）\n张某某不服，提起上诉，法院判决驳回上诉。"
    let c = Extractor().extract(text).cases
    #expect(c.first?.title?.contains("（") ?? true)
  }

  @Test func aTitleAFollowerWordClosesIsTaken() {
    let text = "某某法院网讯 近日，某市法院对被告人柯某非法占用农用地案进行一审宣判，柯某被判处拘役三个月。经审理查明，柯某擅自占用林地开办采石场。"
    #expect(Extractor().extract(text).cases.first?.title == "柯某非法占用农用地案")
  }

  @Test func aQuotedNameOpensTheTitle() {
    let text = "本报讯 “5·18”特大电信诈骗案3日上午一审宣判，鲍志远、柯文斌等12名被告人因犯诈骗罪被判处有期徒刑。"
    #expect(Extractor().extract(text).cases.first?.title == "“5·18”特大电信诈骗案")
  }

  @Test func aCountedCaseIsDescribedNotTitled() {
    let doc = TextDocument("法院审理了一起污染环境案进行公开宣判。")
    #expect(CaseSplitter.followedTitle(in: 0..<doc.count, doc.folded) == nil)
  }

  @Test func aPlanIsNoTitle() {
    // 方案进行 is no title closed by 进行.
    let doc = TextDocument("各部门按照工作方案进行督导检查。")
    #expect(CaseSplitter.followedTitle(in: 0..<doc.count, doc.folded) == nil)
  }

  @Test func oneTitleNamedInPassingAndToldIsACase() {
    let text =
      "某省高级人民法院召开新闻发布会，通报金融审判工作情况。2024年以来，全省法院共调解金融案件6505件。\n在宁波某资产管理公司票据追索权纠纷案中，法院对双方达成的和解协议给予司法确认，帮助企业盘活资金。"
    let c = Extractor().extract(text).cases
    #expect(c.count == 1)
    #expect(c.first?.title == "宁波某资产管理公司票据追索权纠纷案")
    #expect(c.first?.defendants.isEmpty == true)
  }
}
