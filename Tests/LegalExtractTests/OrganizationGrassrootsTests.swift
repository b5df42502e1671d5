import Testing

@testable import LegalExtract

/// Grassroots and unit families (issue 16): bodies named by a township or
/// street, a tribunal named alone, units of a ministry, a province's high
/// court named by the one province the article names, new organ words.
@Suite("Organizations: grassroots bodies and units")
struct OrganizationGrassrootsTests {
  static let positives: [OrgCase] = [
    // Rule `place-named` (justice-office-by-place, subdistrict-by-place).
    OrgCase("法庭及时协调属地新塘街道、新塘司法所化解纠纷。", "新塘司法所", "新塘司法所", .agency),
    OrgCase("法庭及时协调属地新塘街道、新塘司法所化解纠纷。", "新塘街道", "新塘街道", .agency),
    // tribunal-by-place: after a preposition.
    OrgCase("两件案子先后起诉到高升法庭。", "高升法庭", "高升法庭", .court, .basic),
    // org.national.unit.
    OrgCase("委托公安部物证鉴定中心进行鉴定。", "公安部物证鉴定中心", "公安部物证鉴定中心", .agency),
    // New organ words after a region.
    OrgCase("经安庆市价格认定中心认定，渔获价值较低。", "安庆市价格认定中心", "安庆市价格认定中心", .agency),
    OrgCase("检察院联合安庆市渔政、公安分局开展增殖放流。", "安庆市渔政", "安庆市渔政", .agency),
    OrgCase("在大龙山镇劳动人事争议调解中心成功调解。", "大龙山镇劳动人事争议调解中心", "大龙山镇劳动人事争议调解中心", .agency),
    OrgCase("邀请上海市交通委员会参与论证。", "上海市交通委员会", "上海市交通委员会", .agency),
    OrgCase("汕头市生态环境保护综合执法局立案。", "汕头市生态环境保护综合执法局", "汕头市生态环境保护综合执法局", .agency),
    OrgCase("青岛胶东机场海关查获走私物品。", "青岛胶东机场海关", "青岛胶东机场海关", .agency),
    OrgCase("天河区人民法院协调天河科技园管委会。", "天河科技园管委会", "天河科技园管委会", .agency),
    // Rule `sole-province`: the one province the article names, after the body.
    OrgCase("12月1日，省高级人民法院发布第五批江苏法院典型案例。", "省高级人民法院", "江苏省高级人民法院", .court, .high),
    // 区 takes the one district the text names (联合区法院).
    OrgCase("顺德区市场监管局联合区法院开展调解。", "区法院", "顺德区人民法院", .court, .basic),
  ]

  @Test(arguments: positives) func found(_ c: OrgCase) { OrgTesting.check(c) }

  /// A bare branch joins the branch the text named in full; alone it is named as written.
  @Test func bareBranch() {
    let joined = OrgTesting.organizations(in: "检察院向嘉兴市生态环境局秀洲分局发出建议，秀洲分局书面回复。")
    #expect(Set(joined.map(\.name)) == ["嘉兴市生态环境局秀洲分局"])
    #expect(OrgTesting.organizations(in: "临渭法院与临渭分局协调联动。").map(\.name) == ["临渭人民法院", "临渭分局"])
  }

  static let negatives: [String] = [
    "王女士今年3月又去了法庭。",  // 法庭 after no preposition
    "他走出法庭，告上了法庭。",
    "组织法庭调查和法庭辩论。",
    "环卫工人清扫街道。",  // 街道 not in a list
    "同年10月20日人民法院宣判，认定镇政府对违法占地行为具有执法权。",  // 认定 is a verb
    "供电单位多次向所属街道办事处反映。",  // 所属 points, it names nothing
    "——人民法庭融入基层社会治理体系",
    "此前，省高级人民法院与湖北、湖南两省法院座谈。",  // two provinces: no sole province
  ]

  @Test(arguments: negatives) func notABody(_ text: String) {
    #expect(OrgTesting.scored(in: text).isEmpty, "\(OrgTesting.scored(in: text).map(\.name))")
  }

  /// A tribunal written after its court is that court's office (嵊州市人民法院三界人民法庭), alone too.
  @Test func tribunalOfANamedCourt() {
    let found = OrgTesting.scored(in: "嵊州市人民法院三界人民法庭受理。王女士向三界法庭起诉。")
    #expect(!found.contains { $0.name == "三界法庭" })
  }
}
