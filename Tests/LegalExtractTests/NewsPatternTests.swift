import Testing

@testable import LegalExtract

/// Patterns of news reporting across stages, in our own sentences.
@Suite struct NewsPatternTests {
  @Test(arguments: ["今年66岁的李某开庭前已被取保候审。", "今年已满七十岁的张某提起诉讼。", "去年刚满18周岁的王某被判处拘役。"])
  func ageIsNotADate(sentence: String) {
    #expect(Extractor().extract(sentence).dates.isEmpty)
  }

  @Test func reportLineGivesThePublishedDate() {
    let r = Extractor().extract("某晚报2019年3月8日报道：去年11月，某市检察院提起公诉。今年1月，法院开庭。")
    #expect(r.published?.value == "2019-03-08")
    #expect(r.dates.map(\.value) == ["2019-03-08", "2018-11", "2019-01"])
  }

  @Test func pageDateLineGivesThePublishedDate() {
    let r = Extractor().extract("假记者被严惩\n\n2020-12-09 法治 来源:某网\n\n今年6月至8月，张某某冒充记者敲诈。")
    #expect(r.published == PublishedDate(value: "2020-12-09", inferred: false))
    #expect(r.dates.last?.value == "2020-06" && r.dates.last?.end == "2020-08")
  }

  @Test func rangeFromAYearToAMonth() {
    let d = Extractor().extract("2008年至2009年6月，某公司先后转出资金。").dates
    #expect(d.count == 1)
    #expect(d.first?.value == "2008" && d.first?.end == "2009-06")
  }

  @Test func spacedUnitsFromCopiedText() {
    let r = Extractor().extract("营养费4500 元，住院53 天后出院，伤残赔偿金 223 038 元。")
    // 223 038 元 is GB/T 15835 digit grouping (issue 14): one amount, no fragment.
    #expect(r.figures.map(\.text) == ["4500 元", "53 天", "223 038 元"])
    #expect(r.figures.last?.value == .number(223_038))
  }

  @Test func hoursAndMinutes() {
    let r = Extractor().extract("事故致管道停输108小时30分。")
    #expect(r.figures.map(\.value) == [.duration("PT108H30M")])
  }

  @Test func packetsAndWells() {
    let r = Extractor().extract("购买香肠15包，致使关闭油井182口。")
    #expect(r.figures.map(\.value) == [.number(15), .number(182)])
  }

  @Test func shortTitleTakesTheIssuerGivenElsewhere() {
    let text = "两高联合发布《关于办理环境污染刑事案件适用法律若干问题的解释》。法院依照《最高人民法院、最高人民检察院关于办理环境污染刑事案件适用法律若干问题的解释》第一条判决。"
    let laws = Set(Extractor().extract(text).statutes.map(\.law))
    #expect(laws == ["最高人民法院、最高人民检察院关于办理环境污染刑事案件适用法律若干问题的解释"])
  }

  @Test func floodHeadquartersAndPrisons() {
    let names = Extractor().extract("吉林市防汛指挥部发布通知；罪犯被送往北京市监狱服刑。").organizations.map(\.name)
    #expect(names == ["吉林市防汛指挥部", "北京市监狱"])
  }

  @Test(
    arguments: [
      ("蔡家庙派出所辅警驾驶警车追上史某。", ["蔡家庙派出所"]),
      ("随后，柏树林派出所民警赶到现场。", ["柏树林派出所"]),
      ("辖区派出所民警、当地派出所和该派出所均已介入。", []),
      ("他向派出所报案。", []),
    ] as [(String, [String])])
  func policeStationsByPlace(sentence: String, names: [String]) {
    #expect(Extractor().extract(sentence).organizations.map(\.name) == names)
  }

  @Test func articleWithoutItsMarkAfterATitle() {
    let s = Extractor().extract("依照《中华人民共和国刑法》二百二十五条第（一）项、第六十七条第一款的规定判决。").statutes
    #expect(
      s.first?.provisions == [
        Provision(article: 225, item: 1), Provision(article: 67, paragraph: 1),
      ])
  }

  @Test func approximationMarkJoinsTheFigure() {
    let f = Extractor().extract("近百名社区群众现场旁听。").figures
    #expect(f.first?.text.hasPrefix("近百名") == true)
    #expect(f.first?.approximate == true)
  }

  @Test func moneyInRenminbiWithoutYuan() {
    let r = Extractor().extract("账户上陆续转入1200万人民币。")
    #expect(r.figures.map(\.value) == [.number(12_000_000)])
    #expect(r.figures.first?.kind == .money)
  }
}
