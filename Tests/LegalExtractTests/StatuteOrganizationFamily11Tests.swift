import Testing

@testable import LegalExtract

/// Issue 16, session 11: organization families of the second wave's blind
/// batches (B44-mixed, B45-mixed). Each test names the rule or table it
/// exercises, with a positive and a negative case; the sentences are our own.
@Suite("Statute and organization families, session 11 (issue 16)")
struct StatuteOrganizationFamily11Tests {
  func scored(_ text: String) -> [String] {
    OrgTesting.scored(in: text).map(\.name)
  }

  // MARK: org.region-chain.short-place-under-parent

  /// 武汉市武昌法院: the county's parent is written with its unit, so the
  /// place is given and the court takes the county's full name; the
  /// procuratorate too.
  @Test func shortCountyUnderItsWrittenParentTakesItsFullName() {
    #expect(scored("武汉市武昌法院开展集中执行行动。") == ["武汉市武昌区人民法院"])
    #expect(scored("江苏省阜宁法院执行干警出动。") == ["江苏省阜宁县人民法院"])
    #expect(scored("湖北省麻城检察院提起公诉。") == ["湖北省麻城市人民检察院"])
  }

  /// Negative: a short parent (上海浦东法院) or no parent (宜都法院) keeps
  /// the place as written (rule `short-place-as-written`), and an agency
  /// under a written parent keeps its words (武汉市武昌公安分局 is no court).
  @Test func shortCountyWithoutAWrittenParentStaysAsWritten() {
    #expect(scored("上海浦东法院审结此案。") == ["上海浦东人民法院"])
    #expect(scored("宜都法院对此案作出判决。") == ["宜都人民法院"])
    let agency = OrgTesting.organizations(in: "武汉市武昌公安分局民警到场。")
    #expect(!agency.map(\.name).contains("武汉市武昌区公安分局"))
  }

  // MARK: org.regional.hong-kong: 廉署

  /// 廉署, the Hong Kong press's short name of 廉政公署, kept as written
  /// (like 勞福局) in a text that shows Hong Kong.
  @Test func hongKongAnticorruptionShortName() {
    #expect(scored("本港廉署正調查一名公職人員。") == ["廉署"])
  }

  /// Negative: a mainland text with no Hong Kong marker reads no 廉署.
  @Test func mainlandTextReadsNoAnticorruptionShortName() {
    #expect(scored("该市廉署名义的短信系诈骗。").isEmpty)
  }
}
