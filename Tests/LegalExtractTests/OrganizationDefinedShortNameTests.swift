import Testing

@testable import LegalExtract

/// Rule `org.defined-short-name` (issue 16, round 11): a short name a bracket
/// defines right after a body named in full (（以下简称X）, （简称“X”）, （下称X）)
/// is that body wherever it is read later. The sentences are our own; the
/// generated test pairs full names with defined short names and frames.
@Suite("Organizations: defined short names")
struct OrganizationDefinedShortNameTests {
  static let bodies: [(full: String, short: String, kind: OrganizationKind)] = [
    ("江苏省南京市公安局雨花台分局", "雨花台公安分局", .agency),
    ("浙江省杭州市西湖区市场监督管理局", "西湖区市场监管局", .agency),
    ("四川省成都市锦江区人民检察院", "锦江检察院", .procuratorate),
    ("湖北省武汉市江岸区人民法院", "江岸法院", .court),
  ]
  static let markers = ["以下简称", "简称", "下称"]
  static let quotes: [(String, String)] = [("", ""), ("“", "”")]

  /// Each generated text lists one body only, under its full name, and
  /// every mention carries that name.
  @Test func generatedDefinitionsName() {
    var failures: [String] = []
    for (full, short, kind) in Self.bodies {
      for marker in Self.markers {
        for (open, close) in Self.quotes {
          let text =
            "2024年3月，\(full)（\(marker)\(open)\(short)\(close)）受理此案。随后，\(short)依法作出处理。"
          let found = OrgTesting.scored(in: text)
          let names = Set(found.map(\.name))
          if names != [full] || !found.allSatisfy({ $0.kind == kind })
            || !found.contains(where: { $0.text == short })
          {
            failures.append("\(text) → \(found.map { "\($0.text)=\($0.name)" })")
          }
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(6))")
  }

  @Test func ruleIsNamed() {
    let e = explain(
      "江苏省南京市公安局雨花台分局（以下简称雨花台公安分局）立案。雨花台公安分局移送起诉。",
      stages: ["organizations"])
    #expect(e.mention(ruleNamed: OrganizationRule.definedShortName.name)?.text == "雨花台公安分局")
  }

  /// The latest definition before a mention wins: 区检察院 named for two
  /// districts in turn.
  @Test func latestDefinitionWins() {
    let text =
      "甲案中，上海市青浦区人民检察院（以下简称区检察院）立案，区检察院调查。"
      + "乙案中，上海市闵行区人民检察院（以下简称区检察院）立案，区检察院起诉。"
    let names = OrgTesting.scored(in: text).map(\.name)
    #expect(!names.contains("区检察院"))
    #expect(Set(names) == ["上海市青浦区人民检察院", "上海市闵行区人民检察院"])
  }

  /// Negative: a short name before its definition, a bracket that defines
  /// nothing (a date, a note), and a body of another kind keep their own names.
  @Test func noDefinitionNoRename() {
    let before = OrgTesting.scored(
      in: "锦江区市场监管局通报。四川省成都市锦江区人民检察院（以下简称锦江区检察院）立案。"
    ).map(\.name)
    #expect(before.contains("锦江区市场监管局"))
    let note = OrgTesting.scored(
      in: "南京市公安局雨花台分局（2023年成立）立案。雨花台区人民法院审理。"
    ).map(\.name)
    #expect(note.contains("雨花台区人民法院"))
    let kind = OrgTesting.scored(
      in: "江苏省南京市雨花台区人民检察院（以下简称雨花台区院）起诉。雨花台区人民法院审理。"
    ).map(\.name)
    #expect(kind.contains("雨花台区人民法院"))
  }
}
