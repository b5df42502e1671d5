import Testing

@testable import LegalExtract

/// Statute citations generated from their grammar parts (issue 16, round 11):
/// a citing frame (依照/根据/违反/按照/依据 … 的规定, …规定，, a reporter's
/// sentence) × a law written four ways (《full》, 《short》, full bare, short
/// bare) × a provision shape (none, 第N条, 款/项, 之一, a list, a range). The
/// oracle is the generator with the law table: the full title and the
/// provisions put in. Gaps this test found, now fixed: national regulations
/// written bare by their table title (工伤保险条例第十四条规定, rule
/// `statute.bare-title`), an unmarked item after a 《》 title
/// (根据《劳动法》和劳动保障监察条例), unmarked interpretation titles with a
/// numbered part, a cited title inside, or 、 inside
/// (最高人民法院关于审理劳动争议案件适用法律问题的解释（一）第四十四条), and
/// 中華民國刑法 (rule `statute.bare-name.republic`).
@Suite("Statute citation grammar")
struct StatuteCitationPropertyTests {
  /// Full title and short name of national laws and regulations.
  static let laws: [(full: String, short: String)] = [
    ("中华人民共和国刑法", "刑法"), ("中华人民共和国民法典", "民法典"), ("中华人民共和国劳动合同法", "劳动合同法"),
    ("中华人民共和国行政诉讼法", "行政诉讼法"), ("中华人民共和国公司法", "公司法"), ("中华人民共和国劳动法", "劳动法"),
    ("中华人民共和国民事诉讼法", "民事诉讼法"), ("中华人民共和国刑事诉讼法", "刑事诉讼法"),
    ("中华人民共和国治安管理处罚法", "治安管理处罚法"), ("中华人民共和国行政处罚法", "行政处罚法"),
    ("中华人民共和国劳动争议调解仲裁法", "劳动争议调解仲裁法"), ("中华人民共和国社会保险法", "社会保险法"),
    ("中华人民共和国劳动合同法实施条例", "劳动合同法实施条例"), ("中华人民共和国政府信息公开条例", "政府信息公开条例"),
  ]
  /// Regulations the table keeps without prefix or short name.
  static let regulations = ["劳动保障监察条例", "工伤保险条例", "保障农民工工资支付条例", "国有土地上房屋征收与补偿条例"]

  typealias Shape = (written: String, provisions: [Provision])
  static let shapes: [Shape] = [
    ("", []),
    ("第八十二条", [Provision(article: 82)]),
    ("第二十五条第二款", [Provision(article: 25, paragraph: 2)]),
    (
      "第一百零九条、第一百一十条第一款第（二）项",
      [Provision(article: 109), Provision(article: 110, paragraph: 1, item: 2)]
    ),
    ("第一百二十条之一", [Provision(article: 120, sub: 1)]),
    ("第十五条至第十七条", (15...17).map { Provision(article: $0) }),
  ]

  static let frames = [
    "法院依照{}的规定，判决被告支付原告工资。",
    "根据{}规定，用人单位应当依法支付经济补偿。",
    "该公司的行为违反了{}，应当承担相应责任。",
    "仲裁委按照{}之规定，裁决申请人的请求成立。",
    "依据{}，人民法院判决如下。",
    "本院认为，{}规定，劳动者有权解除劳动合同。",
    "记者了解到，{}明确规定了用人单位的义务。",
  ]

  static func extract(_ text: String) -> [StatuteMention] {
    Extractor(onlyStages: ["statutes"]).extract(text).statutes
  }

  static func check(_ text: String, laws: Set<String>, provisions: [Provision]) -> String? {
    let got = extract(text)
    let gotLaws = Set(got.map(\.law))
    let gotProvisions = Set(got.flatMap(\.provisions))
    guard gotLaws != laws || gotProvisions != Set(provisions) else { return nil }
    return "\(text) → \(gotLaws.sorted()) \(gotProvisions)"
  }

  @Test func lawsInEveryFormReadBack() {
    var failures: [String] = []
    let written =
      Self.laws.map { ($0.full, ["《\($0.full)》", $0.full, "《\($0.short)》", $0.short]) }
      + Self.regulations.map { ($0, ["《\($0)》", $0]) }
    for (k, (full, forms)) in written.enumerated() {
      for (f, form) in forms.enumerated() {
        for (s, shape) in Self.shapes.enumerated() {
          let frame = Self.frames[(k * 5 + f * 3 + s) % Self.frames.count]
          let text = frame.replacingOccurrences(of: "{}", with: form + shape.written)
          if let bad = Self.check(text, laws: [full], provisions: shape.provisions) {
            failures.append(bad)
          }
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(6))")
  }

  /// A list after one lead word: a 《》 title or a bare name, then an
  /// unmarked title (根据《劳动法》和劳动保障监察条例的规定).
  @Test func listsAfterOneLeadReadBack() {
    let pairs: [(String, String, String, String)] = [
      ("《中华人民共和国劳动法》", "中华人民共和国劳动法", "劳动保障监察条例", "劳动保障监察条例"),
      ("《劳动法》", "中华人民共和国劳动法", "劳动保障监察条例", "劳动保障监察条例"),
      ("劳动合同法", "中华人民共和国劳动合同法", "劳动合同法实施条例", "中华人民共和国劳动合同法实施条例"),
      ("工伤保险条例", "工伤保险条例", "社会保险法", "中华人民共和国社会保险法"),
      ("《公司法》", "中华人民共和国公司法", "《民法典》", "中华人民共和国民法典"),
    ]
    var failures: [String] = []
    for (a, af, b, bf) in pairs {
      for joiner in ["和", "、", "及", "以及"] {
        for frame in ["根据{}的规定，", "依照{}的有关规定，判决如下。", "违反{}，"] {
          let text = frame.replacingOccurrences(of: "{}", with: a + joiner + b)
          if let bad = Self.check(text, laws: [af, bf], provisions: []) { failures.append(bad) }
        }
        let text = "依照\(a)第十条\(joiner)\(b)第二十条的规定，判决如下。"
        let got = Self.extract(text)
        let pairsGot = Set(got.flatMap { m in m.provisions.map { "\(m.law)#\($0.article)" } })
        if pairsGot != ["\(af)#10", "\(bf)#20"] { failures.append("\(text) → \(pairsGot)") }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(6))")
  }

  /// Judicial interpretations by their full title, marked or not, with a
  /// numbered part （一） or (一), a cited title or a 、 inside.
  @Test func interpretationsByFullTitleReadBack() {
    let titles: [(issuers: String, about: String)] = [
      ("最高人民法院", "关于审理劳动争议案件适用法律问题的解释（一）"),
      ("最高人民法院", "关于审理劳动争议案件适用法律若干问题的解释（二）"),
      ("最高人民法院", "关于适用《中华人民共和国民法典》时间效力的若干规定"),
      ("最高人民法院", "关于适用《中华人民共和国民法典》婚姻家庭编的解释（一）"),
      ("最高人民法院", "关于适用《中华人民共和国行政诉讼法》的解释"),
      ("最高人民法院、最高人民检察院", "关于办理盗窃刑事案件适用法律若干问题的解释"),
      ("最高人民法院、最高人民检察院", "关于办理非法利用信息网络、帮助信息网络犯罪活动等刑事案件适用法律若干问题的解释"),
    ]
    var failures: [String] = []
    for (k, t) in titles.enumerated() {
      let full = t.issuers + t.about
      let half =
        full.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
      for (f, form) in ["《\(full)》", full, "\(t.issuers)《\(t.about)》", half].enumerated() {
        for (s, shape) in Self.shapes.prefix(4).enumerated() {
          let frame = Self.frames[(k + f + s) % 6]
          let text = frame.replacingOccurrences(of: "{}", with: form + shape.written)
          let got = Self.extract(text)
          let laws = Set(got.map { LawLexicon.key($0.law) })
          let provisions = Set(got.flatMap(\.provisions))
          if laws != [LawLexicon.key(full)] || provisions != Set(shape.provisions) {
            failures.append("\(text) → \(laws.sorted())")
          }
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(6))")
  }

  /// 中華民國刑法 with Taiwan numbering (項 the paragraph, 款 the item).
  @Test func republicCodeByItsTitle() {
    let got = Self.extract("依據中華民國刑法第339條之4第1項第2款規定，以加重詐欺罪判處。")
    #expect(got.map(\.law) == ["中华民国刑法"])
    #expect(got.first?.provisions == [Provision(article: 339, sub: 4, paragraph: 1, item: 2)])
  }

  /// Negatives: a local regulation of the same name, a bare …规定 with no
  /// provisions, 中华民国 before a word that is no law, an unmarked
  /// numbered part the table does not know.
  @Test func nonCitationsStayOut() {
    #expect(Self.extract("广东省工伤保险条例第十条规定了工伤认定。").allSatisfy { $0.law != "工伤保险条例" })
    #expect(Self.extract("记者了解到，最低工资规定明确了用人单位的义务。").isEmpty)
    #expect(Self.extract("中华民国时期的刑法学者著书立说。").isEmpty)
    let numbered = Self.extract("依照劳动保障监察条例（二）第十条的规定。")
    #expect(Set(numbered.map(\.law)) == ["劳动保障监察条例"])
  }
}
