import Testing

@testable import LegalExtract

/// One statute case: a sentence and the citations expected in it, each as
/// "law|provisions" with provisions written 25¶4#3 (article 25, paragraph 4,
/// item 3) and 133-1 (article 133 之一), comma-separated.
struct StatuteCase: CustomTestStringConvertible, Sendable {
  let text: String
  let expected: [String]
  init(_ text: String, _ expected: [String]) {
    self.text = text
    self.expected = expected
  }
  var testDescription: String { text }
}

private func render(_ p: Provision) -> String {
  var s = "\(p.article)"
  if let sub = p.sub { s += "-\(sub)" }
  if let para = p.paragraph { s += "¶\(para)" }
  if let item = p.item { s += "#\(item)" }
  return s
}

private func citations(_ text: String) -> [String] {
  let r = Extractor(onlyStages: ["statutes"]).extract(text)
  return r.statutes.map { m in
    let p = m.provisions.map(render).joined(separator: ",")
    return p.isEmpty ? m.law : "\(m.law)|\(p)"
  }
}

private let xingfa = "中华人民共和国刑法"
private let minfadian = "中华人民共和国民法典"
private let xingzheng = "中华人民共和国行政诉讼法"
private let minsu = "中华人民共和国民事诉讼法"
private let xingsu = "中华人民共和国刑事诉讼法"
private let geren = "中华人民共和国个人信息保护法"
private let anquan = "中华人民共和国安全生产法"

@Suite("Statutes")
struct StatuteTests {
  static let titles: [StatuteCase] = [
    StatuteCase("检察机关依据《中华人民共和国行政诉讼法》第二十五条第四款提起诉讼。", ["\(xingzheng)|25¶4"]),
    StatuteCase("依照《行政诉讼法》第二十五条第四款的规定", ["\(xingzheng)|25¶4"]),
    StatuteCase("违反了《个人信息保护法》的相关规定。", [geren]),
    StatuteCase("根据《民法典》第1165条，行为人应当承担侵权责任。", ["\(minfadian)|1165"]),
    StatuteCase("《刑法》第一百三十三条之一规定了危险驾驶罪。", ["\(xingfa)|133-1"]),
    StatuteCase("依照《刑法》第一百三十三条之一第一款第（二）项之规定", ["\(xingfa)|133-1¶1#2"]),
    StatuteCase("依据《民事诉讼法》第十条第一款第（三）项", ["\(minsu)|10¶1#3"]),
    StatuteCase("依据《民事诉讼法》第六十四条、第六十五条作出裁定。", ["\(minsu)|64,65"]),
    StatuteCase("依据《行政诉讼法》第十条第一款、第二款", ["\(xingzheng)|10¶1,10¶2"]),
    StatuteCase("《刑法》第二十五条至第二十七条规定了共同犯罪。", ["\(xingfa)|25,26,27"]),
    StatuteCase("《刑法》第二十五条至二十七条", ["\(xingfa)|25,26,27"]),
    StatuteCase("依据《民法典》第一千一百六十五条规定，", ["\(minfadian)|1165"]),
    StatuteCase("依照《中华人民共和国民事诉讼法》第一百七十条第一款第（二）项，判决如下", ["\(minsu)|170¶1#2"]),
    StatuteCase("依照《民事诉讼法》第一百七十七条第一款（一）、（二）项", ["\(minsu)|177¶1#1,177¶1#2"]),
    StatuteCase("根据《民事诉讼法》第一百一十四条第一款第六项", ["\(minsu)|114¶1#6"]),
    StatuteCase("《安全生产法》第25条第2款", ["\(anquan)|25¶2"]),
    StatuteCase("《民法典》第1179条、第1183条", ["\(minfadian)|1179,1183"]),
    StatuteCase("依照《刑法》第二百六十四条和第六十七条第三款", ["\(xingfa)|264,67¶3"]),
    StatuteCase("依照《刑法》第二百六十四条及第五十二条", ["\(xingfa)|264,52"]),
    StatuteCase("《中华人民共和国刑法修正案（十一）》于2021年施行。", ["中华人民共和国刑法修正案（十一）"]),
    StatuteCase("《刑法修正案（十一）》新增了高空抛物罪。", ["中华人民共和国刑法修正案（十一）"]),
    StatuteCase(
      "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条",
      ["最高人民法院关于适用《中华人民共和国民事诉讼法》的解释|90"]),
    StatuteCase(
      "《最高人民法院关于适用《中华人民共和国民事诉讼法》的解释》第九十条",
      ["最高人民法院关于适用《中华人民共和国民事诉讼法》的解释|90"]),
    StatuteCase(
      "《最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》第五条",
      ["最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释|5"]),
    StatuteCase(
      "《最高人民法院 最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》",
      ["最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释"]),
    StatuteCase("《工伤保险条例》第三十三条规定", ["工伤保险条例|33"]),
    StatuteCase("《湖北省水污染防治条例》第二十条", ["湖北省水污染防治条例|20"]),
    StatuteCase("《某市城市绿化管理办法》第八条", ["某市城市绿化管理办法|8"]),
    StatuteCase("《人民检察院公益诉讼办案规则》第八十一条", ["人民检察院公益诉讼办案规则|81"]),
    StatuteCase("《中华人民共和国行政诉讼法（2017年修正）》第二十五条", ["\(xingzheng)|25"]),
    StatuteCase("《中华人民共和国民事诉讼法》（2021年修正）第五十八条第二款", ["\(minsu)|58¶2"]),
    StatuteCase("《中华人民共和国民法典》（2021年施行）第一千二百三十二条", ["\(minfadian)|1232"]),
    StatuteCase("《国家危险废物名录》（2021年版）列明了该类物质。", ["国家危险废物名录"]),
    StatuteCase(
      "《中华人民共和国民事诉讼法》（2017年修正）第五十五条第二款（现为2021年修正后的第五十八条第二款）",
      ["\(minsu)|55¶2,58¶2"]),
    StatuteCase("全国人大常委会《关于加强网络信息保护的决定》", ["全国人民代表大会常务委员会关于加强网络信息保护的决定"]),
    StatuteCase(
      "最高法、最高检、公安部、司法部联合出台《关于办理虚拟货币诈骗刑事案件的意见》",
      ["最高人民法院、最高人民检察院、公安部、司法部关于办理虚拟货币诈骗刑事案件的意见"]),
    StatuteCase(
      "根据“两高”《关于办理盗窃刑事案件适用法律若干问题的解释》第二条",
      ["最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释|2"]),
    StatuteCase(
      "全国人民代表大会常务委员会《关于〈中华人民共和国刑法〉第九十三条第二款的解释》",
      ["全国人民代表大会常务委员会关于《中华人民共和国刑法》第九十三条第二款的解释"]),
    StatuteCase("《中华人民共和国民法典》和《中华人民共和国刑法》", [minfadian, xingfa]),
    StatuteCase("《民法典》第五百零九条、《民事诉讼法》第六十七条", ["\(minfadian)|509", "\(minsu)|67"]),
    StatuteCase("《中华人民共和国个人信息保护法》第十条、第六十六条", ["\(geren)|10,66"]),
    StatuteCase("《刑事诉讼法》第一百七十七条第二款", ["\(xingsu)|177¶2"]),
    StatuteCase("《民法典》第一百二十条规定", ["\(minfadian)|120"]),
    StatuteCase("依据《民法典》第一千一百九十一条之规定", ["\(minfadian)|1191"]),
    StatuteCase("《中华人民共和国刑法》 第二百三十四条", ["\(xingfa)|234"]),
    StatuteCase("《中华人民共和国環境保護法》第六十四條", ["中华人民共和国环境保护法|64"]),
    StatuteCase("《中華人民共和國刑法》第二百三十四條", ["\(xingfa)|234"]),
    StatuteCase("依照《中华人民共和国刑法》第３３条", ["\(xingfa)|33"]),
    StatuteCase("《人民检察院刑事诉讼规则》第三百六十七条", ["人民检察院刑事诉讼规则|367"]),
    StatuteCase("《道路交通安全法实施条例》第六十二条", ["中华人民共和国道路交通安全法实施条例|62"]),
    StatuteCase(
      "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条",
      [
        "最高人民法院关于审理民间借贷案件适用法律若干问题的规定|25"
      ]),
    StatuteCase(
      "《关于审理民间借贷案件适用法律若干问题的规定》第二十五条",
      [
        "最高人民法院关于审理民间借贷案件适用法律若干问题的规定|25"
      ]),
  ]

  static let shapes: [StatuteCase] = [
    StatuteCase("《刑法》第六十四条、六十五条", ["\(xingfa)|64,65"]),
    StatuteCase("《刑法》第133条之1", ["\(xingfa)|133-1"]),
    StatuteCase("《民法典》侵权责任编第一千一百六十五条", ["\(minfadian)|1165"]),
    StatuteCase("《民法典》第七编第一章第一千一百六十五条", ["\(minfadian)|1165"]),
    StatuteCase("《民法典》编纂完成", [minfadian]),
    StatuteCase(
      "违反《道路交通安全法》及其实施条例的规定",
      ["中华人民共和国道路交通安全法", "中华人民共和国道路交通安全法实施条例"]),
    StatuteCase("《行政处罚法》第三十二条第（一）项", ["中华人民共和国行政处罚法|32#1"]),
    StatuteCase("《行政处罚法》第三十二条第一项、第二项", ["中华人民共和国行政处罚法|32#1,32#2"]),
    StatuteCase("《民法典》第一千零七十九条第三款第（一）项、第（二）项", ["\(minfadian)|1079¶3#1,1079¶3#2"]),
    StatuteCase("《刑法》第二百三十四条第一款、第二款", ["\(xingfa)|234¶1,234¶2"]),
    StatuteCase("《民法典》第一千二百三十五条第（一）至（三）项", ["\(minfadian)|1235#1,1235#2,1235#3"]),
    StatuteCase("《民法典》第一千二百三十五条第一项至第三项", ["\(minfadian)|1235#1,1235#2,1235#3"]),
    StatuteCase("《刑法》第二十条第一款至第三款", ["\(xingfa)|20¶1,20¶2,20¶3"]),
    StatuteCase("《刑法》第二十条至第二十一条第一款", ["\(xingfa)|20,21¶1"]),
  ]

  static let bareNames: [StatuteCase] = [
    StatuteCase("依据民法典第1217条的规定", ["\(minfadian)|1217"]),
    StatuteCase("依照刑法第三百一十三条、第六十七条第一款之规定", ["\(xingfa)|313,67¶1"]),
    StatuteCase("个人信息保护法明确了处理者的义务。", [geren]),
    StatuteCase("行政诉讼法第二十五条第四款赋予检察机关起诉权。", ["\(xingzheng)|25¶4"]),
    StatuteCase("安全生产法第九十条对此作了规定。", ["\(anquan)|90"]),
    StatuteCase("根据刑事诉讼法第十五条", ["\(xingsu)|15"]),
    StatuteCase("民事诉讼法第一百一十四条第一款第六项", ["\(minsu)|114¶1#6"]),
    StatuteCase("中华人民共和国刑法第二百三十四条", ["\(xingfa)|234"]),
    StatuteCase("劳动合同法第八十二条规定了双倍工资。", ["中华人民共和国劳动合同法|82"]),
    StatuteCase("刑法修正案（十一）施行后", ["中华人民共和国刑法修正案（十一）"]),
    StatuteCase("巴拿马海商法第一千零八十三条", ["巴拿马海商法|1083"]),
    StatuteCase("民诉法解释第九十条", ["最高人民法院关于适用《中华人民共和国民事诉讼法》的解释|90"]),
    StatuteCase("民诉法第五十八条", ["\(minsu)|58"]),
    StatuteCase("反家暴法施行以来", ["中华人民共和国反家庭暴力法"]),
    StatuteCase("社会保险法第三十九条", ["中华人民共和国社会保险法|39"]),
    StatuteCase("违反宪法的行为", ["中华人民共和国宪法"]),
    StatuteCase("未成年人保护法第十一条", ["中华人民共和国未成年人保护法|11"]),
    StatuteCase("依照民法典第一千零八十八条", ["\(minfadian)|1088"]),
  ]

  static let references: [StatuteCase] = [
    StatuteCase(
      "依据《中华人民共和国海商法》（以下简称海商法）第六十一条，海商法第七十一条另有规定。",
      ["中华人民共和国海商法|61", "中华人民共和国海商法|71"]),
    StatuteCase(
      "《中华人民共和国安全生产法》（以下简称《安全生产法》）第九十条。《安全生产法》第九十九条。",
      ["\(anquan)|90", "\(anquan)|99"]),
    StatuteCase(
      "最高法出台《关于审理某类案件的若干规定》（以下简称《规定》），《规定》第三条明确了标准。",
      ["最高人民法院关于审理某类案件的若干规定", "最高人民法院关于审理某类案件的若干规定|3"]),
    StatuteCase("根据《刑法》第二十条，该法第二十一条又规定了紧急避险。", ["\(xingfa)|20", "\(xingfa)|21"]),
    StatuteCase("《民法典》第一千一百六十五条。同法第一千一百七十九条规定", ["\(minfadian)|1165", "\(minfadian)|1179"]),
    StatuteCase("《行政诉讼法》规定，本法第二十五条第四款适用于此。", [xingzheng, "\(xingzheng)|25¶4"]),
    StatuteCase("适用《民法典》，上述法律第五百条规定", [minfadian, "\(minfadian)|500"]),
    StatuteCase(
      "《农村土地承包法》第十五条规定：“家庭承包的承包方是农户。”第四十八条第一款规定：“经同意。”",
      ["中华人民共和国农村土地承包法|15", "中华人民共和国农村土地承包法|48¶1"]),
    StatuteCase(
      "《种子法》第十条作了规定，后来修订时该规定被吸纳进第三十四条、第五十二条。",
      ["中华人民共和国种子法|10", "中华人民共和国种子法|34,52"]),
    StatuteCase("依照《刑法》的规定，并依照第六十七条第一款判决。", [xingfa, "\(xingfa)|67¶1"]),
    StatuteCase(
      "巴拿马海商法第一千零八十三条第一款规定，该法第一千零八十九条又规定",
      ["巴拿马海商法|1083¶1", "巴拿马海商法|1089"]),
    StatuteCase(
      "《行政处罚法》于2021年修订，新法第三十三条确立了首违不罚。",
      ["中华人民共和国行政处罚法", "中华人民共和国行政处罚法|33"]),
    StatuteCase("《刑法》第六十七条规定了自首。该条第三款规定了坦白。", ["\(xingfa)|67", "\(xingfa)|67¶3"]),
    StatuteCase("《工伤保险条例》第三十三条。《条例》第三十七条第二款另有规定。", ["工伤保险条例|33", "工伤保险条例|37¶2"]),
    StatuteCase("《工伤保险条例》（以下简称条例）规定，条例第三十七条另有规定。", ["工伤保险条例", "工伤保险条例|37"]),
  ]

  static let negatives: [StatuteCase] = [
    StatuteCase("《人民日报》刊发了评论文章。", []),
    StatuteCase("《检察日报》报道了此案。", []),
    StatuteCase("发布《公益诉讼检察工作白皮书（2023）》。", []),
    StatuteCase("印发《关于开展专项整治工作的通知》。", []),
    StatuteCase("各地严格执法、公正司法。", []),
    StatuteCase("对违法行为依法查处。", []),
    StatuteCase("全国人大加强立法工作。", []),
    StatuteCase("他是一名刑法学家。", []),
    StatuteCase("公司法定代表人到庭应诉。", []),
    StatuteCase("出具《家庭暴力告诫书》。", []),
    StatuteCase("送达《检察建议书》", []),
    StatuteCase("签订《房屋买卖协议书》", []),
    StatuteCase("两部门会签了《线索移送协作工作办法》。", []),
    StatuteCase("阅读《孙子兵法》", []),
    StatuteCase("某县政府《关于表彰先进集体的决定》", []),
    StatuteCase("某市中级法院《关于审理某类纠纷的指导意见》", []),
    StatuteCase("《民法典（草案）》公开征求意见", []),
    StatuteCase("这是第一条建议，第二条路线。", []),
    StatuteCase("地方性法规不断完善。", []),
    StatuteCase("学习民法典知识竞赛", [minfadian]),
    StatuteCase("湖北省消防条例第十条", []),
    StatuteCase("《平凡的世界》是一部小说。", []),
    StatuteCase("该公司法务部门表示将依法整改，民法学界对此争议较大。", []),
    StatuteCase("学习《习近平法治思想学习纲要》，观看《法治在线》节目。", []),
    StatuteCase("他在《法学研究》上发表了《论刑法中的因果关系》一文。", []),
    StatuteCase("司法解释对此有明确规定，法律法规的修改需要时间。", []),
    StatuteCase("宪法宣传周活动随之展开。", []),
    StatuteCase("《某某公司员工手册》第十条规定，员工应遵守考勤制度。", []),
    StatuteCase("民事诉讼法律关系", []),
    StatuteCase("《公司章程》第五条", []),
    StatuteCase("《刑法》第二十条。双方合同第五条约定了违约金。", ["\(xingfa)|20"]),
    StatuteCase("《刑法》第二十条。双方签订的合同第五条另有约定。", ["\(xingfa)|20"]),
    StatuteCase("《刑法》第二十条。《某市工作规范》第五条。", ["\(xingfa)|20"]),
    StatuteCase(
      "已经超过《关于办理拒执案件若干问题的意见》（沪高法[2009]197号）第5条规定的标准", []),
    StatuteCase("《规定》第三条明确了标准。", []),
    StatuteCase("《工伤保险条例》（以下简称条例）规定，地方条例另有规定。", ["工伤保险条例"]),
  ]

  @Test(arguments: titles)
  func title(_ c: StatuteCase) { #expect(citations(c.text) == c.expected) }

  @Test(arguments: shapes)
  func shape(_ c: StatuteCase) { #expect(citations(c.text) == c.expected) }

  @Test(arguments: bareNames)
  func bareName(_ c: StatuteCase) { #expect(citations(c.text) == c.expected) }

  @Test(arguments: references)
  func reference(_ c: StatuteCase) { #expect(citations(c.text) == c.expected) }

  @Test(arguments: negatives)
  func negative(_ c: StatuteCase) { #expect(citations(c.text) == c.expected) }

  @Test func spanTextVersionAndAbbreviation() throws {
    let text = "依照《中华人民共和国行政诉讼法（2017年修正）》（以下简称《行诉法》）第二十五条第四款起诉。"
    let r = Extractor(onlyStages: ["statutes"]).extract(text)
    let m = try #require(r.statutes.first)
    #expect(m.text == "《中华人民共和国行政诉讼法（2017年修正）》（以下简称《行诉法》）第二十五条第四款")
    #expect(Array(text.unicodeScalars)[m.span.range].map(String.init).joined() == m.text)
    #expect(m.version == "2017年修正")
    #expect(m.abbreviation == "行诉法")
    #expect(m.kind == .law)
  }

  @Test(arguments: [
    ("《工伤保险条例》", StatuteKind.regulation),
    ("《中华人民共和国刑法》", .law),
    ("《最高人民法院关于审理某类纠纷案件适用法律若干问题的解释》", .judicialInterpretation),
    ("《湖北省某某保护条例》", .local),
    ("《某部门市场监管办法》", .rule),
    ("《中国共产党纪律处分条例》", .other),
  ])
  func kind(_ text: String, _ kind: StatuteKind) {
    let r = Extractor(onlyStages: ["statutes"]).extract(text)
    #expect(r.statutes.map(\.kind) == [kind])
  }

  @Test func claimsSpans() {
    let r = Extractor(onlyStages: ["statutes", "dockets"]).extract("依照《刑法》第二百六十四条判处")
    #expect(r.statutes.count == 1)
  }
}
