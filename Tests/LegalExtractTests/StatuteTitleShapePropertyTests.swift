import Testing

@testable import LegalExtract

/// Generated statute shapes of the labour and press genres (issue 16,
/// session 15), checked against the generator's oracle:
/// - a department's implementing rules for a cited regulation, written four
///   ways (《issuer关于实施〈…〉…》, issuer《关于实施〈…〉…》, bare with inner
///   《》, with a numbered part), after a lead word, with or without provisions;
/// - a bracket after a title holding a document number and an alias parted by
///   a comma or semicolon: the alias then resolves to the title;
/// - a bare national 条例 after lead words and list joiners (cited) or named
///   as a topic (not cited: guard `bare-title-uncited`).
@Suite("Statute title shapes, generated")
struct StatuteTitleShapePropertyTests {
  static func extract(_ text: String) -> [StatuteMention] {
    Extractor(onlyStages: ["statutes"]).extract(text).statutes
  }

  static let issuers = ["劳动和社会保障部", "人力资源社会保障部", "民政部", "交通运输部"]
  static let leads = ["关于实施", "关于贯彻执行", "关于执行"]
  static let inner = ["工伤保险条例", "劳动保障监察条例", "社会救助暂行办法"]
  static let endings = ["若干问题的意见", "若干规定", "的实施办法"]
  static let parts = ["", "（二）"]
  static let frames = ["根据{}第八条规定，", "依照{}，作出处理。", "按照{}第三条第二款的规定，"]

  @Test func implementingRulesReadBack() {
    var failures: [String] = []
    var n = 0
    for (a, issuer) in Self.issuers.enumerated() {
      for (b, lead) in Self.leads.enumerated() {
        for (c, title) in Self.inner.enumerated() {
          let ending = Self.endings[(a + b + c) % Self.endings.count]
          let part = Self.parts[(a + c) % Self.parts.count]
          let full = "\(issuer)\(lead)《\(title)》\(ending)\(part)"
          let forms = [
            "《\(issuer)\(lead)〈\(title)〉\(ending)\(part)》",
            "\(issuer)《\(lead)〈\(title)〉\(ending)\(part)》",
            "\(issuer)\(lead)《\(title)》\(ending)\(part)",
          ]
          for (f, form) in forms.enumerated() {
            let frame = Self.frames[(n + f) % Self.frames.count]
            n += 1
            let text = frame.replacingOccurrences(of: "{}", with: form)
            let got = Self.extract(text)
            let laws = Set(got.map { LawLexicon.key($0.law) })
            if !laws.contains(LawLexicon.key(full)) {
              failures.append("\(text) → \(got.map(\.law))")
            }
          }
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(6))")
  }

  static let titled: [(written: String, law: String, alias: String)] = [
    ("《因工死亡职工供养亲属范围规定》", "因工死亡职工供养亲属范围规定", "《供养亲属范围规定》"),
    (
      "《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》",
      "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", "《解释（一）》"
    ),
    ("《工伤保险条例》", "工伤保险条例", "《条例》"),
  ]
  static let numbers = ["劳动和社会保障部令第18号", "法释〔2020〕26号", "国务院令第586号", "2010年修订"]
  static let separators = ["，", "；", ","]

  @Test func aliasAfterNumberInOneBracketReadsBack() {
    var failures: [String] = []
    for (k, t) in Self.titled.enumerated() {
      for (s, sep) in Self.separators.enumerated() {
        let number = Self.numbers[(k + s) % Self.numbers.count]
        let text = "\(t.written)（\(number)\(sep)以下简称\(t.alias)）已经施行。其后，\(t.alias)第二条规定了适用范围。"
        let got = Self.extract(text)
        let laws = Set(got.map { LawLexicon.key($0.law) })
        let provisions = got.filter { LawLexicon.key($0.law) == LawLexicon.key(t.law) }.flatMap(
          \.provisions)
        if laws != [LawLexicon.key(t.law)] || provisions != [Provision(article: 2)] {
          failures.append("\(text) → \(got.map(\.law)) \(provisions)")
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(6))")
  }

  static let regulations = ["劳动保障监察条例", "工伤保险条例", "保障农民工工资支付条例", "职工带薪年休假条例"]
  static let citing = [
    "依照{}，作出如下处理。", "该公司违反了{}，应予纠正。", "根据《中华人民共和国劳动法》和{}的规定，",
    "依据劳动合同法、{}，判决如下。", "法院认为，{}规定，职工有权享受待遇。",
  ]
  static let topics = [
    "市人社局组织学习{}和有关文件。", "{}宣传月活动在各区启动。", "记者采访了参与起草{}的专家。",
  ]

  @Test func bareRegulationCitedOnlyWhenCited() {
    var failures: [String] = []
    for r in Self.regulations {
      for frame in Self.citing {
        let text = frame.replacingOccurrences(of: "{}", with: r)
        if !Self.extract(text).contains(where: { $0.law == r }) {
          failures.append("cited: \(text)")
        }
      }
      for frame in Self.topics {
        let text = frame.replacingOccurrences(of: "{}", with: r)
        if Self.extract(text).contains(where: { $0.law == r }) { failures.append("topic: \(text)") }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(6))")
  }
}
