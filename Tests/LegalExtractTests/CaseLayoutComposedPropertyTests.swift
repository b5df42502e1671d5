import PropertyBased
import Testing

@testable import LegalExtract

/// Property test (round 18): releases composed from more layout parts than
/// CaseLayoutPropertyTests.release draws — heading shapes on the title's
/// line or on a line of their own (案例1：, 【案例1】, 案例一：, 1、, 1．,
/// 案件一：, 典型案例1：, ▶案例一, ◆案例1, 01, 案例 1, 【典型案例一】, 案例：
/// without a number), titles (甲诉乙…案, 甲犯…罪案, a question with or
/// without its mark, a statement, a title——subtitle, a statement——title),
/// section templates on their own lines or inline, bare or in brackets
/// (基本案情/裁判结果/典型意义, 【简要案情】/【检察履职】/【典型意义】,
/// 案情回顾/法官说法, 基本案情：), a statute section after a case (相关法条),
/// a lead that counts (发布N件, N起, N个) or not or none, a contents list,
/// a closing line. The generator is the oracle: N cases, each the title its
/// heading gives, each case's parties inside its own section.
@Suite struct CaseLayoutComposedPropertyTests {
  typealias P = CaseLayoutPropertyTests

  /// A heading: its mark and where the title goes (on the mark's line,
  /// on the next line).
  static func heading(_ kind: Int, _ i: Int) -> (mark: String, ownLine: Bool) {
    let n = P.numerals[i]
    switch kind {
    case 0: return ("案例\(i + 1)：", false)
    case 1: return ("【案例\(i + 1)】", false)
    case 2: return ("案例\(n)：", false)
    case 3: return ("\(i + 1)、", false)
    case 4: return ("\(i + 1)．", false)
    case 5: return ("案件\(n)：", false)
    case 6: return ("典型案例\(i + 1)：", false)
    case 7: return ("▶案例\(n)", true)
    case 8: return ("◆案例\(i + 1)", true)
    case 9: return ("0\(i + 1)", true)
    case 10: return ("【典型案例\(n)】", true)
    case 11: return ("案例：", false)
    default: return ("\(n)、", false)
    }
  }
  static let headingKinds = 13

  /// Section templates: labels on their own lines or opening their text.
  static let templates: [(ownLine: Bool, labels: [String])?] = [
    nil, (true, ["基本案情", "裁判结果", "典型意义"]), (false, ["【基本案情】", "【裁判结果】", "【典型意义】"]),
    (false, ["【简要案情】", "【检察履职】", "【典型意义】"]), (true, ["【简要案情】", "【检察履职】", "【典型意义】"]),
    (true, ["案情回顾", "法官说法"]), (false, ["基本案情：", "裁判结果：", "典型意义："]),
    (true, ["简要案情", "检察履职", "典型意义"]),
    (true, ["【案情回顾】", "【法官说法】"]), (false, ["案情回顾：", "法官说法："]),
  ]

  static func lead(_ kind: Int, _ n: Int, _ d: inout P.Draw) -> String? {
    let province = P.places[d.next(P.places.count)].province
    switch kind {
    case 0:
      return
        "\(1 + d.next(12))月\(1 + d.next(28))日，\(province)高级人民法院召开新闻发布会，发布\(P.numerals[n - 1])件典型案例。现将有关案例摘编如下。"
    case 1: return "近日，\(province)人民检察院发布\(n)起检察机关依法履职典型案例。"
    case 2: return "为进一步加强法治宣传，\(province)高级人民法院近日发布一批典型案例，现予公布。"
    case 3: return "\(province)高级人民法院日前发布\(n)个典型案例，现摘编如下："
    case 4: return nil
    default: return "近日，\(province)人民检察院通报了\(P.numerals[n - 1])起依法办理的典型案例，具体如下："
    }
  }

  static let closings = [
    nil, "下一步，全省法院将持续加大审判力度，切实维护人民群众合法权益。", "（来源：省高级人民法院）",
  ]
  static let statute =
    "《中华人民共和国民法典》第五百七十七条 当事人一方不履行合同义务或者履行合同义务不符合约定的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任。"

  /// A composed release, its case count, each case's title as the oracle
  /// knows it (nil where the heading leaves two readings) and the party
  /// each case's own section names.
  static func release(_ seed: Int) -> (
    text: String, count: Int, titles: [String?], parties: [String]
  ) {
    var d = P.Draw(state: UInt64(seed) &* 2_654_435_761 &+ 97)
    let n = 1 + d.next(6)
    let titleKind = d.next(6)  // suit, question, question？, statement, title——sub, statement——title
    let civil = titleKind == 1 || titleKind == 2 || d.next(2) == 0
    var names: [String] = []
    let cases = (0..<n).map { _ in P.makeCase(&d, civil: civil, names: &names) }
    let kind = d.next(headingKinds)
    let template = templates[d.next(templates.count)]
    let withContents = n >= 2 && kind != 11 && d.next(4) == 0
    let withStatute = d.next(3) == 0
    let province = P.places[d.next(P.places.count)].province
    let headline = [
      "\(province)法院发布典型案例", "\(province)法院发布\(n)起典型案例",
      "\(province)检察机关发布\(P.numerals[n - 1])件典型案例",
    ][d.next(3)]
    var lines = [headline]
    if let l = lead(d.next(6), n, &d) { lines.append(l) }
    let subtitles = ["依法从严惩处", "坚持罪责刑相适应", "诚信原则的司法适用"]
    var shown: [String] = []
    var titles: [String?] = []
    for (i, c) in cases.enumerated() {
      switch titleKind {
      case 1: shown.append(P.questions[i]); titles.append(P.questions[i])
      case 2: shown.append(P.questions[i] + "？"); titles.append(P.questions[i])
      case 3: shown.append(P.statements[i]); titles.append(P.statements[i])
      case 4:
        shown.append(c.title + "——" + subtitles[d.next(subtitles.count)]); titles.append(c.title)
      case 5: shown.append(P.statements[i] + "——" + c.title); titles.append(nil)
      default: shown.append(c.title); titles.append(c.title)
      }
    }
    if withContents {
      lines.append("目录")
      for i in cases.indices {
        let (mark, ownLine) = heading(kind, i)
        lines.append(ownLine ? mark + " " + shown[i] : mark + shown[i])
      }
    }
    for (i, c) in cases.enumerated() {
      let (mark, ownLine) = heading(kind, i)
      lines += ownLine ? [mark, shown[i]] : [mark + shown[i]]
      let f = c.facts
      let parts =
        template?.labels.count == 2 ? [f.joined(), c.meaning] : [f[0] + f[1], f[2], c.meaning]
      if let template {
        for (label, body) in zip(template.labels, parts) {
          lines += template.ownLine ? [label, body] : [label + body]
        }
      } else {
        lines.append(f.joined() + c.meaning)
      }
      if withStatute { lines += ["相关法条", statute] }
    }
    if let closing = closings[d.next(closings.count)] { lines.append(closing) }
    return (lines.joined(separator: "\n"), n, titles, cases.map(\.party))
  }

  @Test func composedReleasesYieldEveryCase() async {
    await propertyCheck(count: 200, input: Gen.int(in: 0...1_000_000)) { seed in
      let (text, n, titles, parties) = Self.release(seed)
      let found = Extractor().extract(text).cases
      #expect(found.count == n, "\(text)")
      guard found.count == n else { return }
      for (i, c) in found.enumerated() {
        if let title = titles[i] {
          #expect((c.title ?? "").contains(title), "\(title) in \(text)")
        }
        // Each case's section is its own: its party is named in it, no
        // other case's is.
        #expect(c.defendants.contains(parties[i]), "\(parties[i]) in \(text)")
        for (j, other) in parties.enumerated() where j != i {
          #expect(
            !c.defendants.contains(other) && !c.plaintiffs.contains(other),
            "\(other) in case \(i): \(text)")
        }
      }
    }
  }

  static let firms = ["某化工有限公司", "某建材有限公司", "某食品有限公司", "某汽车维修有限公司", "某印染有限公司", "某物流有限公司"]
  static let violations = ["露天焚烧废弃物", "未按规定设置污染防治设施", "超标排放废气", "销售过期食品", "擅自倾倒建筑垃圾"]
  static let agencies = ["生态环境局", "市场监督管理局", "城市管理局"]

  /// A regulator's release of penalty cases: each case headed by a mark
  /// (案例： without a number, 案例一：, 一、, 【案例1】, （一）) over the
  /// penalised person or company and what it did, the title ending in 案
  /// or not; the body an inspection and a fine, no court. One case per head.
  @Test func penaltyReleasesYieldEveryCase() async {
    await propertyCheck(count: 100, input: Gen.int(in: 0...1_000_000)) { seed in
      var d = P.Draw(state: UInt64(seed) &* 2_654_435_761 &+ 101)
      let n = 2 + d.next(4)
      let province = P.places[d.next(P.places.count)].province
      var lines = [
        [
          "\(province)生态环境厅公布\(n)起典型案例", "\(province)通报\(P.numerals[n - 1])起环境违法典型案例", "环境违法案件曝光",
        ][d.next(3)],
        [
          "近日，\(province)生态环境厅公布\(n)起大气污染防治典型案例。具体案例如下：", "为强化警示教育，\(province)市场监督管理局近日通报一批典型案例。",
          "\(1 + d.next(12))月\(1 + d.next(28))日，\(province)生态环境厅公布\(P.numerals[n - 1])起环境违法典型案例。",
        ][d.next(3)],
      ]
      let kind = d.next(5)
      var used: [String] = []
      var titles: [String] = []
      for i in 0..<n {
        let p = P.places[d.next(P.places.count)]
        let person = d.next(2) == 0
        var who = p.city + Self.firms[i]
        if person {
          var s = P.surnames[d.next(P.surnames.count)]
          while used.contains(s) { s = P.surnames[d.next(P.surnames.count)] }
          used.append(s)
          who = s + (d.next(2) == 0 ? "某" : "某某")
        }
        let act = Self.violations[d.next(Self.violations.count)]
        let title = who + act + (d.next(2) == 0 ? "案" : "")
        titles.append(title)
        let agency = p.city + Self.agencies[d.next(Self.agencies.count)]
        let year = 2020 + d.next(4)
        let month = 1 + d.next(12)
        let mark = [
          "案例：", "案例\(P.numerals[i])：", "\(P.numerals[i])、", "【案例\(i + 1)】", "（\(P.numerals[i])）",
        ][kind]
        lines += [
          mark + title,
          "\(year)年\(month)月，\(agency)执法人员在检查中发现，\(who)\(act)。\(agency)依据《中华人民共和国大气污染防治法》有关规定，于\(year)年\(month)月\(1 + d.next(28))日对\(person ? who : "该公司")处以\(2 + d.next(40))万元罚款。",
        ]
      }
      let text = lines.joined(separator: "\n")
      let found = Extractor().extract(text).cases
      #expect(found.count == n, "\(text)")
      guard found.count == n else { return }
      // The marker kinds (案例：, 案例一：, 【案例1】) give every title; under
      // 一、 / （一） a title without 案 is not always read (left open).
      guard [0, 1, 3].contains(kind) else { return }
      for (title, c) in zip(titles, found) {
        #expect(c.title == title, "\(title) in \(text)")
      }
    }
  }

  /// A story tells its cases one paragraph each, each opening with an
  /// ordinal (第四起，… / 其五，… / 第三起案件中，…) as far as it counts, after
  /// a lead that counts them or not: one case per paragraph.
  @Test func ordinalParagraphsAreOneCaseEach() async {
    await propertyCheck(count: 100, input: Gen.int(in: 0...1_000_000)) { seed in
      var d = P.Draw(state: UInt64(seed) &* 2_654_435_761 &+ 103)
      let n = 2 + d.next(5)
      var names: [String] = []
      let cases = (0..<n).map { _ in P.makeCase(&d, civil: d.next(2) == 0, names: &names) }
      let form = d.next(3)
      var lines = ["\(P.places[d.next(8)].province)法院通报典型案例", P.lead(d.next(3), n, &d)]
      for (i, c) in cases.enumerated() {
        let k = P.numerals[i]
        let opening = form == 0 ? "第\(k)起，" : form == 1 ? "其\(k)，" : "第\(k)起案件中，"
        lines.append(opening + c.facts.joined())
      }
      let text = lines.joined(separator: "\n")
      #expect(Extractor().extract(text).cases.count == n, "\(text)")
    }
  }

  /// A story tells several cases in one paragraph, each in a clause that
  /// names it (在甲诉乙…纠纷一案中，… / 在甲盗窃案中，…): one case per clause,
  /// its party named in it.
  @Test func caseClausesInOneParagraphAreOneCaseEach() async {
    await propertyCheck(count: 100, input: Gen.int(in: 0...1_000_000)) { seed in
      var d = P.Draw(state: UInt64(seed) &* 2_654_435_761 &+ 107)
      let n = 2 + d.next(3)
      var names: [String] = []
      let cases = (0..<n).map { _ in P.makeCase(&d, civil: d.next(2) == 0, names: &names) }
      let one = d.next(2) == 0
      let clauses = cases.map { c in
        "在\(c.title.dropLast())\(one ? "一案" : "案")中，" + c.facts[0] + c.facts[2]
      }
      let text = ["某区法院审结多起案件", "近年来，某区人民法院依法审结了一批案件。" + clauses.joined()].joined(separator: "\n")
      let found = Extractor().extract(text).cases
      #expect(found.count == n, "\(text)")
      guard found.count == n else { return }
      for (c, f) in zip(cases, found) {
        #expect(f.defendants.contains(c.party), "\(c.party) in \(text)")
      }
    }
  }
}
