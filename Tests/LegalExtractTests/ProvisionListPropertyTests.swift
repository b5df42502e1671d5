import Testing

@testable import LegalExtract

/// Provision lists generated from their grammar parts (issue 16, round 11):
/// article numbers in Chinese or Arabic numerals × list shapes (、/和/及
/// lists, ranges with 至/到, one 第 and one 条 shared by a list or a range,
/// 款 and 项 under an article, 之一) × citing frames. The oracle is the
/// generator's own list of provisions. The shared-head shapes 第十、十一条 and
/// 第10至12条 were the gaps this test found.
@Suite("Provision list grammar")
struct ProvisionListPropertyTests {
  enum Form: CaseIterable { case chinese, arabic }

  static func numeral(_ n: Int, _ form: Form) -> String {
    form == .arabic ? String(n) : DateOffsetPropertyTests.chinese(n)
  }

  /// A shape: the written list and the provisions it stands for.
  typealias Shape = (written: String, provisions: [Provision])

  static func shapes(_ a: Int, _ form: Form) -> [Shape] {
    func n(_ v: Int) -> String { numeral(v, form) }
    let b = a + 1
    let c = a + 3
    return [
      ("第\(n(a))条", [Provision(article: a)]),
      ("第\(n(a))条之一", [Provision(article: a, sub: 1)]),
      ("第\(n(a))条、第\(n(c))条", [Provision(article: a), Provision(article: c)]),
      ("第\(n(a))条和第\(n(c))条", [Provision(article: a), Provision(article: c)]),
      ("第\(n(a))、\(n(b))条", [Provision(article: a), Provision(article: b)]),
      ("第\(n(a))、\(n(b))、\(n(c))条", [a, b, c].map { Provision(article: $0) }),
      ("第\(n(a))条至第\(n(c))条", (a...c).map { Provision(article: $0) }),
      ("第\(n(a))至\(n(c))条", (a...c).map { Provision(article: $0) }),
      ("第\(n(a))到\(n(c))条", (a...c).map { Provision(article: $0) }),
      ("第\(n(a))条第二款", [Provision(article: a, paragraph: 2)]),
      (
        "第\(n(a))条第一、二款",
        [Provision(article: a, paragraph: 1), Provision(article: a, paragraph: 2)]
      ),
      (
        "第\(n(a))条第一款第（三）项、第\(n(c))条",
        [Provision(article: a, paragraph: 1, item: 3), Provision(article: c)]
      ),
      (
        "第\(n(a))、\(n(b))条和第\(n(c))条第二款",
        [Provision(article: a), Provision(article: b), Provision(article: c, paragraph: 2)]
      ),
    ]
  }

  static let frames = [
    "法院依照《中华人民共和国刑法》{}的规定，判处被告人张某有期徒刑一年。",
    "根据《中华人民共和国民法典》{}之规定，原告的诉讼请求应予支持。",
    "该行为违反了《中华人民共和国食品安全法》{}，",
  ]

  static let articles = [3, 9, 18, 27, 99, 133, 264, 985]

  @Test func generatedListsReadBack() {
    var failures: [String] = []
    for (k, a) in Self.articles.enumerated() {
      for form in Form.allCases {
        for (s, shape) in Self.shapes(a, form).enumerated() {
          let frame = Self.frames[(k + s) % Self.frames.count]
          let text = frame.replacingOccurrences(of: "{}", with: shape.written)
          let got = Extractor(onlyStages: ["statutes"]).extract(text).statutes
            .flatMap(\.provisions)
          if Set(got) != Set(shape.provisions) {
            failures.append("\(text) → \(got)")
          }
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(6))")
  }

  /// Negative: a shared list or range closed by a word that is no provision
  /// level (第一、二审, 第三至五名, 第10至12页) cites nothing.
  @Test func sharedListsOfOtherThingsAreNoProvisions() {
    for text in [
      "《中华人民共和国刑法》第一、二审均认定。", "依照《中华人民共和国刑法》第三至五名被告人。",
      "《中华人民共和国刑法》第10至12页载明。",
    ] {
      let got = Extractor(onlyStages: ["statutes"]).extract(text).statutes.flatMap(\.provisions)
      #expect(got.isEmpty, "\(text) → \(got)")
    }
  }
}
