import Testing

@testable import LegalExtract

/// Statutes in Hong Kong and Taiwan texts (issue 16): Taiwan laws cited
/// without 《》, Taiwan article numbering (项 = paragraph, 款 = item),
/// 《基本法》 in a Hong Kong text; and government replies, which are no law.
@Suite("Statutes in Hong Kong and Taiwan texts")
struct RegionalStatuteTests {
  private func statutes(_ text: String) -> [StatuteMention] {
    Extractor(onlyStages: ["statutes"]).extract(text).statutes
  }

  /// Rule `unmarked-title.taiwan`: every item of a list, each as written;
  /// a regional short name resolves.
  @Test func taiwanLawsWithoutBookMarks() {
    let laws = statutes(
      "高雄地检署指挥侦办，全案依违反入出国及移民法、台湾地区与大陆地区人民关系条例、香港澳门关系条例及国家公园管理法移送侦办。"
    ).map(\.law)
    #expect(laws == ["入出国及移民法", "台湾地区与大陆地区人民关系条例", "香港澳门关系条例", "国家公园管理法"])
    let short = statutes("海巡队表示，将依照两岸人民关系条例、某某案件裁罚标准裁处，并移送台湾地检署。").map(\.law)
    #expect(short == ["台湾地区与大陆地区人民关系条例", "某某案件裁罚标准"])
    // A second lead word opens the title: 依据违反…条例.
    #expect(
      statutes("地检署认定，依据违反台湾地区与大陆地区人民关系条例规定处理。").map(\.law)
        == ["台湾地区与大陆地区人民关系条例"])
  }

  /// The same words in a mainland text are no citation (no Taiwan marker).
  @Test func mainlandTextKeepsTheTableRule() {
    #expect(statutes("公安机关依违反入出国及移民法处理。").isEmpty)
  }

  /// Rule `taiwan-numbering`: 第45条第2项 is paragraph 2 in a Taiwan text, item 2 elsewhere.
  @Test func taiwanParagraphs() {
    let tw = statutes("桥头地检署起诉，被告违反《烟酒管理法》第45条第2项规定。")
    #expect(tw.flatMap(\.provisions) == [Provision(article: 45, paragraph: 2)])
    let mainland = statutes("法院认为，被告违反《中华人民共和国烟草专卖法》第三十二条第二项规定。")
    #expect(mainland.flatMap(\.provisions) == [Provision(article: 32, item: 2)])
  }

  /// Rule `regional-short-name`: 《基本法》 is Hong Kong's in a Hong Kong text only.
  @Test func basicLawByJurisdiction() {
    #expect(
      statutes("香港终审法院裁定有关条文抵触《基本法》第八十二条。").map(\.law)
        == ["中华人民共和国香港特别行政区基本法"])
    #expect(
      statutes("澳门特区政府依照《基本法》第五十条处理。").map(\.law)
        == ["中华人民共和国澳门特别行政区基本法"])
  }

  /// Guard `non-normative`: a government's 批复 is an administrative act; a court's is law.
  @Test func governmentReplies() {
    #expect(statutes("依据《某某省人民政府关于某市开展综合行政执法工作的批复》，镇政府有执法权。").isEmpty)
    #expect(
      statutes("依据《最高人民法院关于正确确定行政强制拆除诉讼案件被告及起诉期限的批复》审理。").map(\.law)
        == ["最高人民法院关于正确确定行政强制拆除诉讼案件被告及起诉期限的批复"])
  }
}
