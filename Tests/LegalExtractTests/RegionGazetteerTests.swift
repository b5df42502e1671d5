import Testing

@testable import LegalExtract

/// The gazetteer: full and short forms, and which division lies in which.
@Suite struct RegionGazetteerTests {
  static func divisions(_ form: String) -> [RegionGazetteer.Division] {
    let g = RegionGazetteer.shared
    return (g.trie.value(for: form) ?? []).map { g.divisions[$0.division] }
  }

  @Test(arguments: [
    ("麻城市", "麻城市"), ("麻城", "麻城市"), ("十堰", "十堰市"), ("茅箭区", "茅箭区"), ("茅箭", "茅箭区"),
    ("湖北", "湖北省"), ("内蒙古", "内蒙古自治区"), ("恩施州", "恩施土家族苗族自治州"),
    ("彭水", "彭水苗族土家族自治县"), ("浦东", "浦东新区"), ("襄樊市", "襄樊市"),
  ])
  func formNamesDivision(_ form: String, _ full: String) {
    #expect(Self.divisions(form).contains { $0.name == full })
  }

  @Test(arguments: ["城", "法院", "人民", "检察"])
  func notARegion(_ form: String) {
    #expect(Self.divisions(form).isEmpty)
  }

  @Test func parentChain() {
    let g = RegionGazetteer.shared
    func index(_ name: String) -> Int? { g.divisions.firstIndex { $0.name == name } }
    guard let maojian = index("茅箭区"), let shiyan = index("十堰市"), let hubei = index("湖北省"),
      let macheng = index("麻城市")
    else {
      Issue.record("divisions missing")
      return
    }
    #expect(g.contains(shiyan, maojian))
    #expect(g.contains(hubei, maojian))
    #expect(g.contains(hubei, shiyan))
    #expect(!g.contains(shiyan, macheng))
    #expect(!g.contains(maojian, shiyan))
  }

  @Test func courtListLoads() {
    let lexicon = CourtLexicon.shared
    #expect(lexicon.names.count == 3527)
    #expect(lexicon.level(of: "麻城市人民法院") == .basic)
    #expect(lexicon.level(of: "黄冈市中级人民法院") == .intermediate)
    #expect(lexicon.level(of: "最高人民法院") == .supreme)
  }

  @Test func organRulesLoad() {
    #expect(OrganRules.all.count > 150)
    #expect(OrganRules.trie.value(for: "中院").map { OrganRules.all[$0].canonical } == "中级人民法院")
  }
}
