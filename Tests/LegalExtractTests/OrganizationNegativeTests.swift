import Testing

@testable import LegalExtract

/// Not mentions: generic and anaphoric words, bodies inside titles and
/// document numbers, bare organ words with no region, words that only look
/// like names (最高法定刑, 公安部门).
@Suite struct OrganizationNegativeTests {
  static let sentences: [String] = [
    "检察机关依法提起公诉。",
    "审判机关应当依法独立行使审判权。",
    "法检两院加强协作配合。",
    "两高联合发布司法解释。",
    "检察院向相关部门发出检察建议。",
    "该院审理后认为，被告人构成犯罪。",
    "该局未依法履行监管职责。",
    "涉案企业已完成整改。",
    "原告遂诉至法院。",
    "一审法院认定事实清楚。",
    "当地政府高度重视。",
    "基层法院案件数量增长。",
    "二审法院予以维持。",
    "人民法院应当依法审理。",
    "人民检察院可以提起公益诉讼。",
    "根据《最高人民法院关于适用〈中华人民共和国民法典〉时间效力的若干规定》，",
    "依照《湖北省人民代表大会常务委员会关于加强检察公益诉讼工作的决定》的规定，",
    "最高人民法院、最高人民检察院关于办理刑事案件适用法律若干问题的解释明确，",
    "该罪最高法定刑为七年有期徒刑。",
    "公安部门接警后赶到现场。",
    "司法部门与教育部门联合开展活动。",
    "同年向法院提起民事公益诉讼。",
    "城区法院",
    "他来自市中心的一家公司。",
    "公安派出所民警赶到现场。",
    "公安交通警察支队依法处理。",
    "全省法院、全市检察机关共同推进。",
    "北京、上海等地法院积极探索。",
    "湖北法院系统开展专项活动。",
    "市县两级人民法院、各级人民政府都应当配合。",
    "村民委员会和居民委员会协助调解。",
    "中山大学法学院举办研讨会。",
    "会议研究了设立新区法院的方案。",
    "该新区法院正在筹建。",
    "各乡镇人民政府要落实责任。",
    "推进城乡人民政府职能转变。",
    "他回到镇政府上班。",
  ]

  /// With no place of their level written, bare level-word bodies are listed
  /// as written (`org.level-word-as-written`, session 13): 区法院, 省高院,
  /// 市中院, 县检察院 moved to `StatuteOrganizationFamily13Tests`.
  @Test(arguments: sentences) func notAMention(_ s: String) {
    #expect(OrgTesting.scored(in: s).isEmpty, "\(OrgTesting.scored(in: s).map(\.text))")
  }

  /// 法〔2025〕225号-style numbers: the issuing body is part of the number.
  @Test func documentNumber() {
    let found = OrgTesting.scored(in: "依据湖北省高级人民法院〔2023〕5号文件。")
    #expect(found.isEmpty)
  }
}

/// One name per body: the fullest region prefix the article uses.
@Suite struct OrganizationNamingTests {
  @Test func longestPrefixWins() {
    let text = "宜城市人民检察院立案审查。此前，湖北省宜城市人民检察院曾发出建议，宜城市检察院跟进监督。"
    let found = OrgTesting.organizations(in: text)
    #expect(found.map(\.text) == ["宜城市人民检察院", "湖北省宜城市人民检察院", "宜城市检察院"])
    #expect(found.allSatisfy { $0.name == "湖北省宜城市人民检察院" })
    #expect(found.allSatisfy { $0.region == "湖北省宜城市" })
  }

  @Test func differentBodiesStayApart() {
    let text = "孝感市人民检察院指定孝南区人民检察院管辖，孝南区人民法院受理。"
    let names = OrgTesting.organizations(in: text).map(\.name)
    #expect(names == ["孝感市人民检察院", "孝南区人民检察院", "孝南区人民法院"])
  }

  @Test func districtTakesCityFromLongerMention() {
    let text = "江夏区人民法院一审后，武汉市江夏区人民法院又作出裁定。"
    let names = OrgTesting.organizations(in: text).map(\.name)
    #expect(names == ["武汉市江夏区人民法院", "武汉市江夏区人民法院"])
  }

  @Test func shortIntermediateFormJoinsFullName() {
    let text = "湖北省襄阳市中级人民法院二审。襄阳中院认为上诉理由不成立。"
    let found = OrgTesting.organizations(in: text)
    #expect(found.count == 2)
    #expect(found.allSatisfy { $0.name == "湖北省襄阳市中级人民法院" })
  }

  @Test func mentionsInTextOrderWithSpans() {
    let text = "𠮷某诉荆门市东宝区人民政府一案，由荆门市东宝区人民法院审理。"
    let found = OrgTesting.organizations(in: text)
    #expect(found.map(\.text) == ["荆门市东宝区人民政府", "荆门市东宝区人民法院"])
    #expect(found.first?.span == TextSpan(3, 13))  // 𠮷 is one scalar
  }

  @Test func officesInsideABodyAreNotNewBodies() {
    let text = "十堰市人民检察院第四检察部和十堰市中级人民法院民事审判庭。"
    let found = OrgTesting.organizations(in: text)
    #expect(found.map(\.text) == ["十堰市人民检察院", "十堰市中级人民法院"])
  }

  @Test func fullWidthPunctuationAround() {
    let found = OrgTesting.organizations(in: "（麻城市人民法院）")
    #expect(found.map(\.text) == ["麻城市人民法院"])
    #expect(found.first?.span == TextSpan(1, 8))
  }
}

/// Degenerate inputs: nothing, and long runs of names and organ words.
@Suite struct OrganizationStressTests {
  @Test func emptyInput() {
    #expect(OrgTesting.organizations(in: "").isEmpty)
    #expect(OrgTesting.organizations(in: "法院").isEmpty)
  }

  @Test func longRepetitionsStayLinear() {
    let unit = "湖北省十堰市茅箭区人民检察院法院院局"
    let text = String(repeating: unit, count: 5_000)
    let found = OrgTesting.organizations(in: text)
    #expect(found.count == 5_000)
    #expect(found.allSatisfy { $0.name == "湖北省十堰市茅箭区人民检察院" })
  }

  @Test func criminalGroupIsNoCompany() {
    #expect(OrgTesting.organizations(in: "该犯罪集团、诈骗集团成员").isEmpty)
    #expect(OrgTesting.organizations(in: "集团").isEmpty)
  }
}
