import Testing

@testable import LegalExtract

/// Rule `org.placeholder-unit` (issue 16, round 11): an anonymised unit
/// (某区, A区, ×县) right after a named place is a body of that place, named
/// as written (法院/检察院 expand: the region is given). Found in two fit
/// batches (a Beijing administrative suit against a district government; a
/// procuratorate release naming a district by 某). The sentences are our own;
/// the generated test builds names from place × placeholder × level × organ
/// and checks them against the generator's oracle.
@Suite("Organizations: anonymised unit in a named place")
struct OrganizationPlaceholderUnitTests {
  struct Organ {
    let written: String
    let canonical: String
    let kind: OrganizationKind
  }

  static let places = ["江西省南昌市", "北京市", "浙江省杭州市", "湖北省", "广东省某市", "上海市"]
  static let placeholders = ["某", "A", "X", "×"]
  static let levelWords = ["区", "县"]
  static let organs = [
    Organ(written: "法院", canonical: "人民法院", kind: .court),
    Organ(written: "人民法院", canonical: "人民法院", kind: .court),
    Organ(written: "检察院", canonical: "人民检察院", kind: .procuratorate),
    Organ(written: "人民检察院", canonical: "人民检察院", kind: .procuratorate),
  ]
  static let frames = ["2023年5月，{}依法受理此案。", "张某向{}反映情况，", "经{}调查，"]

  /// Every generated shape reads back as the oracle's one body, with its span.
  @Test func generatedNamesReadBackAsWritten() {
    var failures: [String] = []
    for place in Self.places {
      for mark in Self.placeholders {
        for level in Self.levelWords {
          for organ in Self.organs {
            let written = place + mark + level + organ.written
            let name = place + mark + level + organ.canonical
            let frame = Self.frames[(place.count + organ.written.count) % Self.frames.count]
            let text = frame.replacingOccurrences(of: "{}", with: written)
            let found = OrgTesting.scored(in: text)
            guard found.count == 1, let m = found.first, m.name == name, m.kind == organ.kind,
              m.text == written
            else {
              failures.append("\(text) → \(found.map { "\($0.name)/\($0.kind)" })")
              continue
            }
          }
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(8))")
  }

  @Test func ruleIsNamed() {
    let e = explain("江西省南昌市某区人民检察院以王某涉嫌盗窃罪提起公诉。", stages: ["organizations"])
    #expect(e.mention(ruleNamed: OrganizationRule.placeholderUnit.name)?.text == "江西省南昌市某区人民检察院")
  }

  /// Negative: no named place before the anonymised unit: not listed
  /// (ANNOTATION.md: bodies hidden behind 某 are not listed).
  @Test func bareAnonymisedUnitStaysOut() {
    for text in [
      "某区人民法院依法审理此案。", "某市某区人民检察院提起公诉。", "A区法院作出判决。", "经某县人民法院审理，",
    ] {
      #expect(
        OrgTesting.scored(in: text).isEmpty, "\(text): \(OrgTesting.scored(in: text).map(\.name))")
    }
  }

  /// Negative: an agency of an anonymised unit (江苏省某县人力资源和社会保障局)
  /// is not listed: a place has several bureaus, and the fit golds leave
  /// them out while they list the unit's court and procuratorate.
  @Test func anonymisedUnitAgencyStaysOut() {
    for text in ["浙江省某县公安局立案侦查。", "江苏省某县人力资源和社会保障局作出决定。", "重庆市某区规划和自然资源局"] {
      #expect(
        OrgTesting.scored(in: text).isEmpty, "\(text): \(OrgTesting.scored(in: text).map(\.name))")
    }
  }

  /// Negative: a named place and an anonymised unit with no organ word after
  /// it, or an organ word that is no body of the unit.
  @Test func anonymisedUnitWithoutOrganIsNoBody() {
    for text in ["张某在北京市某区一家公司工作。", "南昌市某区居民李某报警。", "浙江省某县某有限公司被罚款。"] {
      #expect(
        OrgTesting.scored(in: text).isEmpty, "\(text): \(OrgTesting.scored(in: text).map(\.name))")
    }
  }

  /// Negative: a named body earlier in the sentence keeps its own name; the
  /// anonymised unit's body starts after it.
  @Test func namedBodyBeforeIsKept() {
    let names = OrgTesting.scored(in: "南昌市中级人民法院指定南昌市某区人民法院审理。").map(\.name)
    #expect(names == ["南昌市中级人民法院", "南昌市某区人民法院"])
  }
}
