import Testing

@testable import LegalExtract

/// Issue 16, session 6: the body-name grammar ([anchor][core][suffix],
/// `BodyNameRules`) and national short names named as written. Each rule is
/// tested with the form that was missed and two other phrasings another site
/// would use, and with the negatives that look like it.
@Suite("Body-name grammar and national short names (issue 16)")
struct BodyNameGrammarTests {
  func bodies(in text: String) -> [(String, OrganizationKind)] {
    OrgTesting.organizations(in: text).map { ($0.name, $0.kind) }
  }

  func names(in text: String) -> [String] {
    OrgTesting.organizations(in: text).map(\.name)
  }

  // MARK: org.body-name.national-parent

  @Test(arguments: [
    ("据国家环保督察办公室副主任透露，31个省份已出台文件。", "国家环保督察办公室", OrganizationKind.agency),
    ("国家标准化管理委员会主任在会上介绍。", "国家标准化管理委员会", .agency),
    ("国家禁毒委员会部署专项行动。", "国家禁毒委员会", .agency),
    ("国务院扶贫开发领导小组办公室发布通知。", "国务院扶贫开发领导小组办公室", .agency),
    ("1月3日，中央第六环保督察组向西藏自治区反馈督察意见。", "中央第六环保督察组", .agency),
    ("，中央全面深化改革领导小组审议通过方案。", "中央全面深化改革领导小组", .other),
  ])
  func nationalParentNames(_ text: String, _ name: String, _ kind: OrganizationKind) {
    let found = bodies(in: text)
    #expect(found.contains { $0.0 == name && $0.1 == kind }, "\(found)")
  }

  /// 国务院 that opens a longer name is part of it, not a second body.
  @Test func nationalBodyInsideTheNameIsNotListed() {
    #expect(names(in: "国务院扶贫开发领导小组办公室发布通知。") == ["国务院扶贫开发领导小组办公室"])
  }

  /// Negatives: 国家 inside 中国家…, a core with a function word, no suffix.
  @Test func nationalParentNegatives() {
    #expect(names(in: "中国家庭教育指导委员会发布报告。").isEmpty)
    #expect(names(in: "，国家的领导小组开会。").isEmpty)
    #expect(names(in: "通过中央环保督察，问题得到解决。").isEmpty)
  }

  // MARK: org.body-name.place

  @Test(arguments: [
    ("审后，璜田乡综治办工作人员说：效果很好。", "璜田乡综治办"),
    ("同年7月25日，北京市缓解交通拥堵工作推进小组印发方案。", "北京市缓解交通拥堵工作推进小组"),
    ("睢宁县扫黑办通报了情况。", "睢宁县扫黑办"),
  ])
  func placeNames(_ text: String, _ name: String) {
    #expect(bodies(in: text).contains { $0.0 == name && $0.1 == .agency }, "\(bodies(in: text))")
  }

  /// Negatives: an office the text puts inside a body (下设的, 设在), a verb
  /// ending in 办, a sports group, an ordinal with no group word.
  @Test func placeNegatives() {
    #expect(!names(in: "安定区住建局下设的凤翔镇征收办与宁某签订协议。").contains("凤翔镇征收办"))
    #expect(
      names(in: "。崂山区森林防火指挥机构办公室设在崂山区应急管理局。") == ["崂山区应急管理局"])
    #expect(names(in: "此前，杭州市集中查办了一批案件。").isEmpty)
    #expect(names(in: "杭州市小组赛今天开始。").isEmpty)
    #expect(names(in: "，杭州市第一小组获胜。").isEmpty)
  }

  /// A party committee named by the grammar is kind other (not scored), and
  /// so is a committee of the legislature; a short form with no unit is no place.
  @Test func partyCommitteeIsOther() {
    #expect(bodies(in: "，杭州市政法委员会召开会议。").allSatisfy { $0.1 == .other })
    #expect(bodies(in: "，陕西省委金融办共同举办论坛。").allSatisfy { $0.1 == .other })
    #expect(
      bodies(in: "，全国人大环境与资源保护委员会原副主任委员。").map(\.0) == ["全国人大环境与资源保护委员会"])
    #expect(bodies(in: "，全国人大环境与资源保护委员会原副主任委员。").allSatisfy { $0.1 == .other })
  }

  // MARK: org.body-name.ordinal

  @Test func ordinalGroups() {
    #expect(names(in: "当天，第三督导组进驻该县。") == ["第三督导组"])
    #expect(bodies(in: "，中央第一巡视组进驻该省。").contains { $0.0 == "中央第一巡视组" })
    #expect(names(in: "，第二小组负责记录。").isEmpty)
  }

  // MARK: org.body-name.founded-by-parent

  @Test func foundedGroups() {
    #expect(
      names(in: "2016年2月，国务院成立环境保护督察工作领导小组，负责协调。")
        == ["国务院", "环境保护督察工作领导小组"])
    #expect(names(in: "，生态环境部成立长江生态环境保护修复领导小组。").contains("长江生态环境保护修复领导小组"))
    #expect(names(in: "，公安部专门组建跨境赌博犯罪调查组。").contains("跨境赌博犯罪调查组"))
  }

  /// Negatives: a local body's task team is not listed (B5: 绥化市政府成立
  /// 治理欠薪工作专班), and a generic group (专项工作小组, 联合调查组) names nothing.
  @Test func foundedGenericGroupsAreNoBodies() {
    #expect(names(in: "，杭州市人民政府成立亚运安保工作专班。") == ["杭州市人民政府"])
    #expect(names(in: "，杭州市公安局成立专项工作小组，开展调查。") == ["杭州市公安局"])
    #expect(names(in: "，公安部组建联合调查组。") == ["公安部"])
    #expect(names(in: "，相山区住建局成立专项治理工作领导小组。") == ["相山区住建局"])
  }

  // MARK: org.national.short-name as written (ANNOTATION.md)

  /// A State Council body's short name stays as written when the article
  /// writes no longer form; with the full name written, every mention takes it.
  @Test func nationalShortNamesAsWritten() {
    #expect(names(in: "国家医保局、国家卫健委联合发文。") == ["国家医保局", "国家卫健委"])
    #expect(names(in: "国新办周五举行发布会。") == ["国新办"])
    #expect(names(in: "人社部通报欠薪案件。") == ["人社部"])
    #expect(
      names(in: "国家市场监督管理总局副局长介绍，市场监管总局高度重视。")
        == ["国家市场监督管理总局", "国家市场监督管理总局"])
    #expect(
      names(in: "人力资源和社会保障部发布通知，人社部有关负责人表示。")
        == ["人力资源和社会保障部", "人力资源和社会保障部"])
  }

  /// Courts and procuratorates still expand (ANNOTATION.md: 检察院 short
  /// forms expand): 最高检 is 最高人民检察院.
  @Test func supremeShortFormsExpand() {
    #expect(names(in: "最高检发布典型案例。") == ["最高人民检察院"])
    #expect(names(in: "最高法发布典型案例。") == ["最高人民法院"])
  }
}

/// B19/B21 forms of the same families (session 6).
@Suite("Body-name grammar, B19/B21 forms (issue 16)")
struct BodyNameGrammarMoreTests {
  func names(in text: String) -> [String] {
    OrgTesting.organizations(in: text).map(\.name)
  }

  /// A verb before the national parent (请国务院…) does not hide it, and
  /// 国务院 inside the office is no second body.
  @Test func verbBeforeNationalParent() {
    let text = "，请国务院根治拖欠农民工工资工作领导小组办公室、公安部有关负责人介绍情况。"
    #expect(names(in: text) == ["国务院根治拖欠农民工工资工作领导小组办公室", "公安部"])
  }

  /// 国务院新闻办 and 国务院新闻办公室 in one article are one body, the longer name.
  @Test func stateCouncilOfficeShortForms() {
    let text = "国务院新闻办公室举行新闻发布会。欢迎出席国务院新闻办新闻发布会。"
    #expect(names(in: text) == ["国务院新闻办公室", "国务院新闻办公室"])
  }

  /// 联合开发区管委会: 联合 is the verb, not a zone's name (nor 会同高新区).
  @Test func verbIsNoZoneName() {
    #expect(names(in: "濉溪县劳动保障监察大队联合开发区管委会介入调查。") == ["濉溪县劳动保障监察大队"])
    #expect(!names(in: "，市公安局会同高新区管委会开展检查。").contains("会同高新区管委会"))
    #expect(names(in: "，合肥高新区管委会开展检查。") == ["合肥高新区管委会"])
  }

  /// A street after a verb of joint action is a body (联合城南路街道，…);
  /// elsewhere only as an item of a list (清扫街道 is none).
  @Test func streetAfterJointVerb() {
    #expect(names(in: "，民建天心区工委联合城南路街道，将审判庭搬进社区。").contains("城南路街道"))
    #expect(names(in: "，派出所会同新塘街道开展排查。").contains("新塘街道"))
    #expect(names(in: "，他们每天清扫街道，十分辛苦。").isEmpty)
    #expect(names(in: "，联合执法人员清扫街道。").isEmpty)
  }

  /// Organ words of merged or renamed departments: 天津市市场监管委, 澄迈县生态环境保护局.
  @Test func moreOrganWords() {
    #expect(names(in: "天津市市场监管委对典型案例进行曝光。") == ["天津市市场监管委"])
    #expect(names(in: "，天津市市场监督管理委员会发布通告。") == ["天津市市场监督管理委员会"])
    #expect(names(in: "，澄迈县生态环境保护局依法责令其改正。") == ["澄迈县生态环境保护局"])
  }
}
