import Testing

@testable import LegalExtract

/// Issue 16, session 13: bare level-word bodies (省法院, 市人社局) in an
/// article that writes no place of their level. Rule
/// `org.level-word-as-written`, with positive and negative cases; the
/// sentences are our own.
@Suite("Organization families, session 13 (issue 16)")
struct StatuteOrganizationFamily13Tests {
  func scored(_ text: String) -> [String] {
    OrgTesting.scored(in: text).map(\.name)
  }

  // MARK: org.level-word-as-written

  /// A list of 省 bodies in a release that names no province: each as written.
  @Test func provinceBodiesAsWritten() {
    let text = "为统一裁判尺度，省法院、省司法厅、省市场监管局联合发布一批典型案例。"
    #expect(scored(text) == ["省法院", "省司法厅", "省市场监管局"])
    let court = OrgTesting.organizations(in: text).first { $0.text == "省法院" }
    #expect(court?.kind == .court)
    #expect(court?.region == nil)
  }

  /// 市 bodies after a clause opener and in a 市委、市政府 list, no city written;
  /// the longer organ the article writes names the body.
  @Test func cityBodiesAsWritten() {
    let text = "2月17日，市人力资源和社会保障局通报欠薪案件。按照市委、市政府的安排，市人社局开展检查。"
    #expect(scored(text) == ["市人力资源和社会保障局", "市政府", "市人力资源和社会保障局"])
  }

  /// 县人民法院 after a verb, no county written.
  @Test func countyCourtAsWritten() {
    #expect(scored("张某向县人民法院提起诉讼。") == ["县人民法院"])
  }

  /// Negative: a county is written, so the guard `region-not-written` decides (none).
  @Test func placeOfTheLevelWrittenKeepsTheGuard() {
    #expect(scored("潼关县人民检察院向县公安局宣告检察建议。") == ["潼关县人民检察院"])
    #expect(scored("洛阳市某公司员工在市公安局报案。").isEmpty)
  }

  /// Negative: generic uses of a level word name no body.
  @Test func genericLevelWordsAreNoBodies() {
    for text in [
      "各市公安局开展专项行动。", "全省法院审结案件一万件。", "省市县三级法院参与调研。",
      "市县两级检察院联动。", "省级法院和市级法院加强协作。", "外省法院来函。", "我市公安局破获此案。",
    ] {
      #expect(scored(text).isEmpty, "\(text): \(scored(text))")
    }
  }

  /// Negative: an anonymised place (A区, 某区) is a place of the level written.
  @Test func anonymisedPlaceIsWritten() {
    #expect(!scored("尹先生向北京市A区法院提起行政诉讼。").contains("区法院"))
    #expect(!scored("某区政法委、区政府多次组织调解。").contains("区政府"))
  }

  /// Negative: 县、市政府 shares the place of the item before; a list that
  /// writes its place (威海中院和市人社局) gives the level word that place.
  @Test func listWithItsPlaceIsNoBareBody() {
    #expect(!scored("新竹县、市政府警察局执行勤务。").contains { $0.hasPrefix("市") })
    #expect(!scored("威海中院和市人社局联合发布劳动争议典型案例。").contains("市人社局"))
  }

  // MARK: org.level-word-inherits-region.list: the previous item must have its place written

  /// Negative: 市政府 after 市人社局, whose place was only inferred (and
  /// rejected by `region-not-written`), takes no place from it.
  @Test func listAfterAnInferredItemGivesNoPlace() {
    let text = "临汾市某公司拖欠工资一事引发关注。\n随后，省检察院、市人社局、市政府联合发文。"
    #expect(!scored(text).contains("临汾市政府"))
  }

  /// Bare level-word bodies that older tests held for no mention, now as written.
  @Test func formerNegativesAreListedAsWritten() {
    #expect(scored("区法院与妇联建立协作机制。") == ["区法院"])
    #expect(scored("省高院发布了指导意见。") == ["省高院"])
    #expect(scored("市中院召开了审委会。") == ["市中院"])
    #expect(scored("县检察院与县法院召开联席会议。") == ["县检察院", "县法院"])
  }

  /// The list whose first item wrote the place still shares it.
  @Test func listAfterAWrittenItemSharesThePlace() {
    #expect(scored("贵州省总工会、省人民检察院联合发文。").contains("贵州省人民检察院"))
  }
}
