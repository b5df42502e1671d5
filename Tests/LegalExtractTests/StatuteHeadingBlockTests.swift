import Testing

@testable import LegalExtract

/// Legal-basis blocks as web copies print them: a blank line between the
/// title line and each quoted article (`statute.continuation.heading-line`
/// with one or two line breaks), and several articles of one law quoted one
/// paragraph after another (`statute.continuation.heading-block`).
@Suite("Legal-basis blocks with blank lines and several articles")
struct StatuteHeadingBlockTests {
  private func articles(_ text: String) -> [String: [Int]] {
    var out: [String: [Int]] = [:]
    for s in Extractor(onlyStages: ["statutes"]).extract(text).statutes {
      out[s.law, default: []] += s.provisions.map(\.article)
    }
    return out
  }

  /// Title lines and quoted articles in every print style the block rule
  /// must read: label or list marker before the title, one or two breaks.
  @Test(arguments: ["\n", "\n\n", "\n　\n"], ["", "1.", "（一）", "【法律依据】"])
  func blockOfTwoArticlesUnderOneTitle(_ gap: String, _ label: String) {
    let text =
      "有关规定如下。\(gap)\(label)《中华人民共和国劳动法》\(gap)"
      + "第七十二条 用人单位和劳动者必须依法参加社会保险，缴纳社会保险费。\(gap)"
      + "第一百条 用人单位无故不缴纳社会保险费的，由劳动行政部门责令其限期缴纳。"
    #expect(articles(text)["中华人民共和国劳动法"] == [72, 100], "\(label)|\(gap.count)")
  }

  @Test func twoBlocksEachKeepTheirLaw() {
    let text =
      "【法条链接】\n\n1.《中华人民共和国劳动法》\n\n第七十二条 用人单位和劳动者必须依法参加社会保险。\n\n"
      + "第一百条 用人单位无故不缴纳社会保险费的，责令限期缴纳。\n\n2、《中华人民共和国社会保险法》\n\n"
      + "第四条 用人单位和个人依法缴纳社会保险费。\n\n第十条 职工应当参加基本养老保险。"
    let a = articles(text)
    #expect(a["中华人民共和国劳动法"] == [72, 100])
    #expect(a["中华人民共和国社会保险法"] == [4, 10])
  }

  @Test func aLowerNumberEndsTheBlock() {
    // Article numbers of one quoted block rise; a lower one is another text's.
    let text = "《中华人民共和国劳动法》\n\n第七十二条 依法参加社会保险。\n\n第三条 劳动者享有平等就业的权利。"
    #expect(articles(text)["中华人民共和国劳动法"] == [72])
  }

  @Test func runningTextAfterTheNumberIsNoQuotedArticle() {
    let text = "《中华人民共和国劳动法》\n\n第七十二条 依法参加社会保险。\n\n第一百条规定的情形在本案中并不存在。"
    #expect(articles(text)["中华人民共和国劳动法"] == [72])
  }

  @Test func threeLineBreaksAreNoHeading() {
    let text = "《中华人民共和国劳动法》\n\n\n第七十二条 依法参加社会保险。"
    #expect(articles(text)["中华人民共和国劳动法"] == [])
  }

  @Test func anArticleAfterRunningTextIsNoBlock() {
    // The article paragraph is followed by commentary, then a numbered point.
    let text =
      "《中华人民共和国劳动法》\n\n第七十二条 依法参加社会保险。\n\n本案中，公司未缴纳社会保险。\n\n第一百条 相关问题另行说明。"
    #expect(articles(text)["中华人民共和国劳动法"] == [72])
  }
}
