import Testing

@testable import LegalExtract

/// One docket case: a sentence, and the docket expected in it rendered as
/// "text|year|court|code|number|province|courtName or region" (nil → "-").
struct DocketCase: CustomTestStringConvertible, Sendable {
  let text: String
  let expected: [String]
  init(_ text: String, _ expected: [String]) {
    self.text = text
    self.expected = expected
  }
  var testDescription: String { text }
}

private func dockets(_ text: String) -> [String] {
  Extractor(onlyStages: ["dockets"]).extract(text).dockets.map { d in
    [
      d.text, "\(d.year)", d.court, d.code, "\(d.number)", d.province ?? "-",
      d.courtName ?? d.region ?? "-",
    ]
    .joined(separator: "|")
  }
}

@Suite("Dockets")
struct DocketTests {
  static let modern: [DocketCase] = [
    DocketCase("法院作出（2023）鄂1181行初12号判决。", ["（2023）鄂1181行初12号|2023|鄂1181|行初|12|湖北省|麻城市人民法院"]),
    DocketCase("案号为(2023)鄂1181行初12号", ["(2023)鄂1181行初12号|2023|鄂1181|行初|12|湖北省|麻城市人民法院"]),
    DocketCase("〔2022〕鄂11民终345号", ["〔2022〕鄂11民终345号|2022|鄂11|民终|345|湖北省|湖北省黄冈市中级人民法院"]),
    DocketCase("[2021]京01刑初88号", ["[2021]京01刑初88号|2021|京01|刑初|88|北京市|北京市第一中级人民法院"]),
    DocketCase("［2021］京01刑初88号", ["［2021］京01刑初88号|2021|京01|刑初|88|北京市|北京市第一中级人民法院"]),
    DocketCase("（２０２３）鄂１１８１行初１２号", ["（２０２３）鄂１１８１行初１２号|2023|鄂1181|行初|12|湖北省|麻城市人民法院"]),
    DocketCase("（2023） 鄂1181 行初 12 号", ["（2023） 鄂1181 行初 12 号|2023|鄂1181|行初|12|湖北省|麻城市人民法院"]),
    DocketCase("（2020）最高法民申1234号", ["（2020）最高法民申1234号|2020|最高法|民申|1234|-|最高人民法院"]),
    DocketCase("（2023）最高法知行终475号", ["（2023）最高法知行终475号|2023|最高法|知行终|475|-|最高人民法院"]),
    DocketCase("（2020）琼01知民初15号", ["（2020）琼01知民初15号|2020|琼01|知民初|15|海南省|海南省海口市中级人民法院"]),
    DocketCase("（2024）沪73知民初164号", ["（2024）沪73知民初164号|2024|沪73|知民初|164|上海市|上海知识产权法院"]),
    DocketCase("（2019）浙0192民初6405号", ["（2019）浙0192民初6405号|2019|浙0192|民初|6405|浙江省|杭州互联网法院"]),
    DocketCase("（2019）内民终564号", ["（2019）内民终564号|2019|内|民终|564|内蒙古自治区|内蒙古自治区高级人民法院"]),
    DocketCase("（2019）云民终296号", ["（2019）云民终296号|2019|云|民终|296|云南省|云南省高级人民法院"]),
    DocketCase("（2022）鄂01民终123号之一", ["（2022）鄂01民终123号之一|2022|鄂01|民终|123|湖北省|湖北省武汉市中级人民法院"]),
    DocketCase("（2021）鄂1181执恢45号", ["（2021）鄂1181执恢45号|2021|鄂1181|执恢|45|湖北省|麻城市人民法院"]),
    DocketCase("見（2023）鄂1181行初12號判決", ["（2023）鄂1181行初12號|2023|鄂1181|行初|12|湖北省|麻城市人民法院"]),
    DocketCase("（2016）最高法民终字第123号", ["（2016）最高法民终字第123号|2016|最高法|民终|123|-|最高人民法院"]),
    DocketCase("（2023）京0105刑初字第345号", ["（2023）京0105刑初字第345号|2023|京0105|刑初|345|北京市|北京市朝阳区人民法院"]),
    DocketCase("（2021）鄂1181执678号", ["（2021）鄂1181执678号|2021|鄂1181|执|678|湖北省|麻城市人民法院"]),
    DocketCase("（2018）粤0304刑初999号", ["（2018）粤0304刑初999号|2018|粤0304|刑初|999|广东省|深圳市福田区人民法院"]),
    DocketCase("（2022）鄂1181财保3号", ["（2022）鄂1181财保3号|2022|鄂1181|财保|3|湖北省|麻城市人民法院"]),
    DocketCase("（2022）鄂1181民特7号", ["（2022）鄂1181民特7号|2022|鄂1181|民特|7|湖北省|麻城市人民法院"]),
    // A code no table knows is still a docket, with no court or region.
    DocketCase("（2023）鄂9999民初1号", ["（2023）鄂9999民初1号|2023|鄂9999|民初|1|湖北省|-"]),
    // 监利市 became a city after the court list: the division gives the region.
    DocketCase("（2023）鄂1088民初5号", ["（2023）鄂1088民初5号|2023|鄂1088|民初|5|湖北省|湖北省荆州市监利市"]),
    DocketCase(
      "一审（2021）京01刑初88号、二审（2022）京刑终9号",
      [
        "（2021）京01刑初88号|2021|京01|刑初|88|北京市|北京市第一中级人民法院",
        "（2022）京刑终9号|2022|京|刑终|9|北京市|北京市高级人民法院",
      ]),
  ]

  static let legacy: [DocketCase] = [
    DocketCase("（2015）麻行初字第00012号", ["（2015）麻行初字第00012号|2015|麻|行初|12|-|-"]),
    DocketCase("(2014)闵民一(民)初字第2198号", ["(2014)闵民一(民)初字第2198号|2014|闵|民初|2198|-|-"]),
    // The Supreme People's Court's old forms carry no court short name.
    DocketCase("（2000）交提字第6号", ["（2000）交提字第6号|2000||交提|6|-|最高人民法院"]),
    DocketCase("（2016）民申字第412号", ["（2016）民申字第412号|2016||民申|412|-|最高人民法院"]),
    DocketCase("（2013）民提字第98号", ["（2013）民提字第98号|2013||民再|98|-|最高人民法院"]),
    DocketCase("(2012)刑提字第3号", ["(2012)刑提字第3号|2012||刑再|3|-|最高人民法院"]),
    DocketCase("（2014）民一终字第57号", ["（2014）民一终字第57号|2014||民终|57|-|最高人民法院"]),
    DocketCase("（2011）执复字第12号", ["（2011）执复字第12号|2011||执复|12|-|最高人民法院"]),
    DocketCase("（2015）执申字第31号", ["（2015）执申字第31号|2015||执申|31|-|最高人民法院"]),
    DocketCase("（2013）民初字第456号", ["（2013）民初字第456号|2013||民初|456|-|-"]),
    // Maritime courts: 海法 after the province, the province's court ＋72.
    DocketCase("（2013）沪海法限字第2号", ["（2013）沪海法限字第2号|2013|沪海法|限|2|上海市|上海海事法院"]),
    DocketCase("（2012）津海法商初字第305号", ["（2012）津海法商初字第305号|2012|津海法|商初|305|天津市|天津海事法院"]),
    // 津高: the province's high court.
    DocketCase("（2014）津高民二终字第45号", ["（2014）津高民二终字第45号|2014|津高|民终|45|天津市|天津市高级人民法院"]),
    DocketCase("(2012)浦刑初字第1876号", ["(2012)浦刑初字第1876号|2012|浦|刑初|1876|-|-"]),
    DocketCase("(2012)温平鳌商初字第595号", ["(2012)温平鳌商初字第595号|2012|温平鳌|商初|595|-|-"]),
    DocketCase("（2013）沪一中民三（民）终字第1438号", ["（2013）沪一中民三（民）终字第1438号|2013|沪一中|民终|1438|上海市|-"]),
    DocketCase("（1997）辽经终字第39号", ["（1997）辽经终字第39号|1997|辽|经终|39|辽宁省|辽宁省高级人民法院"]),
    DocketCase("（2011）浦执字第7528号", ["（2011）浦执字第7528号|2011|浦|执|7528|-|-"]),
    DocketCase("（2010）浦民二（商）初字第2847号", ["（2010）浦民二（商）初字第2847号|2010|浦|民初|2847|-|-"]),
    DocketCase("（1996）大海法商初字第72号", ["（1996）大海法商初字第72号|1996|大海法|商初|72|-|-"]),
    DocketCase("（2014）温平刑初字第314号", ["（2014）温平刑初字第314号|2014|温平|刑初|314|-|-"]),
    DocketCase("（2015）鄂麻城刑初字第88号", ["（2015）鄂麻城刑初字第88号|2015|鄂麻城|刑初|88|湖北省|-"]),
  ]

  static let negatives: [DocketCase] = [
    DocketCase("最高法印发法〔2025〕225号文件。", []),
    DocketCase("《解释》（法释〔2021〕1号）自发布之日起施行。", []),
    DocketCase("高检发〔2023〕5号通知", []),
    DocketCase("沪高法[2009]197号", []),
    DocketCase("仲裁委作出（2020）京劳人仲字第123号裁决", []),
    DocketCase("公安局作出（2021）公罚决字第56号决定", []),
    DocketCase("咨询电话(0716)2345678", []),
    DocketCase("联系电话（027）8765432号", []),
    DocketCase("（2023）年度报告第12号", []),
    DocketCase("（2023）12号", []),
    DocketCase("2023年鄂1181行初12号", []),
    DocketCase("《解释》（法释〔2022〕14号）第十二条", []),
    DocketCase("作出湘市监罚决〔2021〕12号处罚决定", []),
    DocketCase("（2023）京民初1号，某字样", ["（2023）京民初1号|2023|京|民初|1|北京市|北京市高级人民法院"]),
    DocketCase("（2023）第3号通告中字", []),
    // A bare 初字 or 终字 names no code and no court.
    DocketCase("（2015）初字第5号", []),
    DocketCase("（2015）终字第5号", []),
  ]

  @Test(arguments: modern)
  func modernForm(_ c: DocketCase) { #expect(dockets(c.text) == c.expected) }

  @Test(arguments: legacy)
  func legacyForm(_ c: DocketCase) { #expect(dockets(c.text) == c.expected) }

  @Test(arguments: negatives)
  func negative(_ c: DocketCase) { #expect(dockets(c.text) == c.expected) }

  @Test func categoryStageAndSpan() throws {
    let text = "经审理，（2023）鄂1181行初12号判决生效。"
    let d = try #require(Extractor(onlyStages: ["dockets"]).extract(text).dockets.first)
    #expect(d.category == .administrative)
    #expect(d.stage == .firstInstance)
    #expect(Array(text.unicodeScalars)[d.span.range].map(String.init).joined() == d.text)
  }

  @Test(arguments: [
    ("（2023）最高法知行终475号", "administrative", "second-instance"),
    ("（2021）鄂1181执恢45号", "enforcement", "enforcement"),
    ("（2014）闵民一(民)初字第2198号", "civil", "first-instance"),
    ("（2013）浦刑初字第29号", "criminal", "first-instance"),
    ("（2020）鄂01民申5号", "civil", "retrial-review"),
    ("（2015）民申字第77号", "civil", "retrial-review"),
    ("（2015）民提字第77号", "civil", "retrial"),
    ("（2014）津海法限字第3号", "civil", "special"),
    ("（2011）浦执字第75号", "enforcement", "enforcement"),
    ("（2000）交提字第9号", "civil", "retrial"),
  ])
  func categoryAndStage(_ text: String, _ category: String, _ stage: String) {
    let d = Extractor(onlyStages: ["dockets"]).extract(text).dockets
    // The tables say it in the JSON's words.
    #expect(d.map(\.category?.rawValue) == [category])
    #expect(d.map(\.stage?.rawValue) == [stage])
  }
}
