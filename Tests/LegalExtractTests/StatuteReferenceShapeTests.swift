import Testing

@testable import LegalExtract

/// Back-references by the shape of law they name (该条例, 该司法解释),
/// issuers written before a 《关于…》 title or named by its document number,
/// 第N规定 without 条, trial notes, and 第二款 continuing the article just cited.
/// Sentences are written for these tests.
private func cites(_ text: String) -> [String] {
  Extractor(onlyStages: ["statutes"]).extract(text).statutes.map { m in
    let p = m.provisions.map { p -> String in
      var s = "\(p.article)"
      if let sub = p.sub { s += "-\(sub)" }
      if let para = p.paragraph { s += "¶\(para)" }
      return s
    }.joined(separator: ",")
    return p.isEmpty ? m.law : "\(m.law)|\(p)"
  }
}

private let minfadian = "中华人民共和国民法典"
private let xingfa = "中华人民共和国刑法"
private let jiedai = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"
private let fangwu = "最高人民法院关于审理商品房买卖合同纠纷案件适用法律若干问题的解释"
private let jiaotong = "中华人民共和国道路交通安全法实施条例"

@Suite("Statute reference shapes")
struct StatuteReferenceShapeTests {
  static let shapedBackReferences: [StatuteCase] = [
    StatuteCase(
      "法院适用《\(jiedai)》和《民法典》第六百七十五条，又依据该规定第二十五条认定利率过高。",
      [jiedai, "\(minfadian)|675", "\(jiedai)|25"]),
    StatuteCase(
      "交警援引《\(jiaotong)》，法院另依《民法典》第一千二百零八条判决，该条例第九十一条亦有规定。",
      [jiaotong, "\(minfadian)|1208", "\(jiaotong)|91"]),
    StatuteCase(
      "一审引用《\(fangwu)》及《民法典》第五百七十七条，二审认为根据该司法解释第八条规定，买受人可请求赔偿。",
      [fangwu, "\(minfadian)|577", "\(fangwu)|8"]),
    StatuteCase(
      "本案涉及《\(fangwu)》与《刑法》，上述解释第五条对此有明确规定。",
      [fangwu, xingfa, "\(fangwu)|5"]),
    StatuteCase(
      "依据《\(jiedai)》，参照《刑法》第一百七十六条，上述司法解释第二十六条另有规定。",
      [jiedai, "\(xingfa)|176", "\(jiedai)|26"]),
    // 该解释 with no …解释 cited: the last judicial interpretation.
    StatuteCase(
      "法院依照《\(jiedai)》和《刑法》第一百七十六条，该解释第二十六条亦有规定。",
      [jiedai, "\(xingfa)|176", "\(jiedai)|26"]),
    StatuteCase(
      "两高于2023年联合发布的《关于办理某类刑事案件适用法律若干问题的解释》生效后，法院依照该解释的第三条判决。",
      [
        "最高人民法院、最高人民检察院关于办理某类刑事案件适用法律若干问题的解释",
        "最高人民法院、最高人民检察院关于办理某类刑事案件适用法律若干问题的解释|3",
      ]),
    // No law of that shape was cited: the last law of any shape.
    StatuteCase("依照《刑法》第二百六十四条，该规定第三条不适用。", ["\(xingfa)|264", "\(xingfa)|3"]),
    StatuteCase("根据《民法典》第一千一百六十五条，该法第一千一百六十六条另有规定。", ["\(minfadian)|1165", "\(minfadian)|1166"]),
  ]

  static let issuers: [StatuteCase] = [
    StatuteCase(
      "最高人民法院于2023年12月发布的《关于审理民间借贷案件适用法律若干问题的规定》明确了利率上限。", [jiedai]),
    StatuteCase(
      "最高人民法院今年正式公布了《关于适用刑法若干问题的批复》。", ["最高人民法院关于适用刑法若干问题的批复"]),
    StatuteCase(
      "《关于审理某类纠纷案件适用法律若干问题的批复》（法释〔2023〕9号）自公布之日起施行。",
      ["最高人民法院关于审理某类纠纷案件适用法律若干问题的批复"]),
    StatuteCase(
      "《关于办理某类案件适用法律若干问题的解释》（高检发释字〔2019〕1号）明确了标准。",
      ["最高人民检察院关于办理某类案件适用法律若干问题的解释"]),
    StatuteCase(
      "最高人民检察院在《关于办理某类案件若干问题的规定》中明确了标准。",
      ["最高人民检察院关于办理某类案件若干问题的规定"]),
    StatuteCase(
      "《关于审理某类刑事案件的意见》（法发〔2022〕12号）发布后，各地法院遵照执行。",
      ["最高人民法院关于审理某类刑事案件的意见"]),
    StatuteCase("《关于审理某类刑事案件的意见》（沪高法〔2012〕5号）发布后，各地法院遵照执行。", []),
    StatuteCase(
      "财政部、民政部联合印发《关于政府购买服务的管理办法》。", ["财政部、民政部关于政府购买服务的管理办法"]),
    // A clause break between the body and the verb: no issuer, and a 决定 of
    // no named national organ is no law.
    StatuteCase("最高人民法院院长出席会议，市政府发布《关于表彰先进集体的决定》。", []),
    StatuteCase("区委印发了《关于表彰优秀干部的决定》。", []),
    StatuteCase("《关于春节期间值班工作的安排》已下发。", []),
    StatuteCase(
      "依照《最高人民法院关于内地与香港特别行政区相互执行仲裁裁决的安排》，裁定予以执行。",
      ["最高人民法院关于内地与香港特别行政区相互执行仲裁裁决的安排"]),
  ]

  static let missingArticleMark: [StatuteCase] = [
    StatuteCase("其行为违反《中华人民共和国刑法》第二百六十六规定，构成诈骗罪。", ["\(xingfa)|266"]),
    StatuteCase("依照《刑法》第266规定处罚。", ["\(xingfa)|266"]),
    StatuteCase("依照《刑法》第二百六十六条规定处罚。", ["\(xingfa)|266"]),
    // Not right after a title: 第三规定 is nothing.
    StatuteCase("会议审议了第三规定草稿。", []),
    StatuteCase("依照《刑法》的有关内容，第三规定不再适用。", [xingfa]),
  ]

  static let paragraphContinuations: [StatuteCase] = [
    StatuteCase(
      "《民法典》第一千零四十二条第一款规定，禁止包办婚姻。第二款规定，禁止重婚。",
      ["\(minfadian)|1042¶1", "\(minfadian)|1042¶2"]),
    StatuteCase("《刑法》第二十条规定了正当防卫；第三款规定了特殊防卫。", ["\(xingfa)|20", "\(xingfa)|20¶3"]),
    // No article cited before: a bare 第二款 is nothing.
    StatuteCase("会上讨论了章程。第二款规定，会员应缴纳会费。", []),
    // 第二款 in the middle of a clause is not a continuation.
    StatuteCase("《刑法》第二十条规定了正当防卫，合同第二款规定了违约金。", ["\(xingfa)|20"]),
  ]

  @Test(arguments: shapedBackReferences)
  func shapedBackReference(_ c: StatuteCase) { #expect(cites(c.text) == c.expected) }

  @Test(arguments: issuers)
  func issuerBeforeTitle(_ c: StatuteCase) { #expect(cites(c.text) == c.expected) }

  @Test(arguments: missingArticleMark)
  func articleWithoutMark(_ c: StatuteCase) { #expect(cites(c.text) == c.expected) }

  @Test(arguments: paragraphContinuations)
  func paragraphContinuation(_ c: StatuteCase) { #expect(cites(c.text) == c.expected) }

  @Test(arguments: [
    ("依据《人民检察院行政诉讼监督规则（试行）》第九条", "人民检察院行政诉讼监督规则（试行）", "试行", "9"),
    ("根据《\(jiedai)（试行）》第三条", jiedai, "试行", "3"),
    ("依照《某某市场管理办法（暂行）》第五条", "某某市场管理办法（暂行）", "暂行", "5"),
    (
      "依据《最高人民法院关于审理生态环境损害赔偿案件的若干规定（试行）》第一条",
      "最高人民法院关于审理生态环境损害赔偿案件的若干规定（试行）", "试行", "1"
    ),
    ("《中华人民共和国刑法（2020年修正）》第二十条", xingfa, "2020年修正", "20"),
  ])
  func trialNote(_ text: String, _ law: String, _ version: String, _ article: String) throws {
    let m = try #require(Extractor(onlyStages: ["statutes"]).extract(text).statutes.first)
    #expect(m.law == law)
    #expect(m.version == version)
    #expect(m.provisions.map { "\($0.article)" } == [article])
  }

  @Test func trialTextAndItsSuccessor() {
    let text = "依据《人民检察院行政诉讼监督规则（试行）》（2016年施行）第十条（现为2021年施行的《人民检察院行政诉讼监督规则》第四十条）"
    let r = Extractor(onlyStages: ["statutes"]).extract(text).statutes
    #expect(r.map(\.law) == ["人民检察院行政诉讼监督规则（试行）", "人民检察院行政诉讼监督规则"])
    #expect(r.map { $0.provisions.map(\.article) } == [[10], [40]])
    #expect(r.map(\.version) == ["试行", nil])
  }

  @Test func renumberingWithoutTitleStaysWithTheLaw() {
    let r = Extractor(onlyStages: ["statutes"]).extract("依据《民事诉讼法》第五十五条（现为2023年修正后的第五十八条）").statutes
    #expect(r.map { $0.provisions.map(\.article) } == [[55, 58]])
  }

  @Test func judicialInterpretationKinds() {
    let r = Extractor(onlyStages: ["statutes"]).extract(
      "最高人民法院于2024年8月发布的《关于审理某类行政案件若干问题的批复》，与《人民检察院民事诉讼监督规则》第九条。")
    #expect(r.statutes.map(\.kind) == [.judicialInterpretation, .judicialInterpretation])
  }
}
