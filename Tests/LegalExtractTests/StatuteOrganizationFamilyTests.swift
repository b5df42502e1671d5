import Testing

@testable import LegalExtract

/// Issue 16, second round: the families the held-out batches showed missing
/// (B5-final, B6). One table per family, positive and negative rows; each
/// row names the rule it exercises. Examples are invented (某 parties, real
/// places), never copied from an article.
@Suite("Statute and organization families (issue 16, round 2)")
struct StatuteOrganizationFamilyTests {
  struct LawRow: CustomTestStringConvertible, Sendable {
    let rule: StatuteRule
    let text: String
    /// The laws cited (empty: none), as `law` values.
    let laws: [String]
    var testDescription: String { "\(rule.rawValue): \(text)" }
    init(_ rule: StatuteRule, _ text: String, _ laws: [String]) {
      self.rule = rule
      self.text = text
      self.laws = laws
    }
  }

  private static func laws(_ text: String) -> [String] {
    Extractor(onlyStages: ["statutes"]).extract(text).statutes.map(\.law)
  }

  private static let constitution = "中华人民共和国宪法"

  /// 宪法法律 / 宪法和法律 is a set phrase for "the law" (rule
  /// `statute.guard.set-phrase`); 宪法 with a provision or alone is cited.
  static let setPhrases: [LawRow] = [
    LawRow(.setPhrase, "检察机关履行宪法法律赋予的监督职责。", []),
    LawRow(.setPhrase, "坚决维护宪法和法律的权威。", []),
    LawRow(.setPhrase, "依照宪法与法律规定行使职权。", []),
    LawRow(.bareName, "依据宪法第三十七条，公民人身自由不受侵犯。", [constitution]),
    LawRow(.bareName, "根据修改后的刑法规定，从严惩处。", ["中华人民共和国刑法"]),
    LawRow(.bareName, "依照刑法和刑事诉讼法的规定。", ["中华人民共和国刑法", "中华人民共和国刑事诉讼法"]),
  ]

  @Test(arguments: setPhrases)
  func setPhrase(_ row: LawRow) {
    #expect(Self.laws(row.text) == row.laws, "\(Self.laws(row.text))")
  }

  /// A ministry's rule titled …管理规定 / …暂行规定 is a full title, not a
  /// short name waiting to be resolved (rule `statute.title.quoted`); a
  /// bare short 《证据规定》 that nothing resolves is still dropped.
  static let fullRuleTitles: [LawRow] = [
    LawRow(.titleQuoted, "根据《医疗机构某某管理规定》第十条处理。", ["医疗机构某某管理规定"]),
    LawRow(.titleQuoted, "依照《某某行业监督检查暂行规定》办理。", ["某某行业监督检查暂行规定"]),
    LawRow(.titleQuoted, "依照《某某事项实施规定》办理。", ["某某事项实施规定"]),
    LawRow(.unresolvedShortOpinion, "法院依照《证据规定》认定。", []),
    // A short 规定 the law table resolves is still read as one.
    LawRow(.titleShortName, "依照《执行异议复议规定》审查。", ["最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定"]),
  ]

  @Test(arguments: fullRuleTitles)
  func fullRuleTitle(_ row: LawRow) {
    #expect(Self.laws(row.text) == row.laws, "\(Self.laws(row.text))")
  }

  /// The words of a quoted article citing itself (本条第一款, 本法第十条 inside
  /// the quotation that follows the citation) are the law's text, not a new
  /// citation (rule `statute.guard.self-reference-in-quote`); 该条 in the
  /// article's own words after the quotation is.
  @Test func selfReferenceInsideTheQuotedArticle() {
    let law = "中华人民共和国劳动争议调解仲裁法"
    let quoted = "《中华人民共和国劳动争议调解仲裁法》第二十七条规定：“劳动者申请仲裁不受本条第一款规定的时效期间的限制。”"
    let s = Extractor(onlyStages: ["statutes"]).extract(quoted).statutes
    #expect(s.map(\.law) == [law])
    #expect(s.flatMap(\.provisions).map(\.article) == [27])
    let e = explain(quoted, stages: ["statutes"])
    #expect(e.rejection(ruleNamed: StatuteRule.selfReferenceInQuote.name)?.text == "本条第一款")
    // Negative: outside the quotation the reporter's 该条第二款 cites.
    let after = quoted + "该条第二款也作了规定。"
    #expect(
      Extractor(onlyStages: ["statutes"]).extract(after).statutes.flatMap(\.provisions).count == 2)
  }

  // MARK: Organizations

  /// Rule `org.level-word-inherits-region.sole-city`: a bare 市中级人民法院
  /// in an article that names one prefecture-level city (before or after it).
  static let soleCity: [OrgCase] = [
    OrgCase(
      "昨日，市中级人民法院对某某诉某区政府案作出判决。洛阳市某区人民政府表示服判。",
      "市中级人民法院", "洛阳市中级人民法院", .court, .intermediate),
    OrgCase("十堰市某局局长到庭应诉。市中院审理认为，被诉行为违法。", "市中院", "十堰市中级人民法院", .court, .intermediate),
  ]

  @Test(arguments: soleCity) func soleCityCourt(_ c: OrgCase) { OrgTesting.check(c) }

  /// Negative: no city, or two cities: which court is unknown.
  @Test(arguments: [
    // (no city written: 市中级人民法院 as written, `org.level-word-as-written`)
    "市中级人民法院作出判决。洛阳市某局与郑州市某局均表示服判。"
  ])
  func soleCityNeedsExactlyOneCity(_ s: String) {
    #expect(
      OrgTesting.scored(in: s).allSatisfy { !$0.text.hasPrefix("市中") },
      "\(OrgTesting.scored(in: s).map(\.name))")
  }

  /// A bare 市 + organ (市政府) with no city in its paragraph takes the one
  /// city the article names anywhere (rule `sole-city`) when the article
  /// writes that body with its place too (guard `region-not-written`); not with two.
  @Test func soleCityGovernment() {
    let text = "某某市中级人民法院工作报告\n——在东莞市人民代表大会上\n\n过去一年，在市委领导下，市政府、市政协大力支持法院工作。"
    #expect(!OrgTesting.scored(in: text).contains { $0.text == "市政府" })
    let written = "东莞市人民政府出台意见。\n\n过去一年，在市委领导下，市政府、市政协大力支持法院工作。"
    #expect(OrgTesting.scored(in: written).map(\.name) == ["东莞市人民政府", "东莞市人民政府"])
    let two = "东莞市与惠州市法院召开联席会议。\n\n过去一年，在市委领导下，市政府大力支持法院工作。"
    #expect(!OrgTesting.scored(in: two).contains { $0.text == "市政府" })
  }

  /// A prefecture's courts as a whole (汉中法院, 全市法院) are no one body.
  @Test(arguments: ["汉中法院通过重整程序帮助企业脱困。", "全市法院审结案件三万件。"])
  func collectiveCourtsAreNoBody(_ s: String) {
    #expect(OrgTesting.scored(in: s).isEmpty, "\(OrgTesting.scored(in: s).map(\.name))")
  }

  /// ANNOTATION.md: `name` is the fullest form the article uses, 法院 → 人民法院
  /// only. A county's short place stays as written (rule
  /// `org.region-chain.short-place-as-written`) unless the article writes
  /// the same body with its unit (then that longer name), or writes the
  /// county's full name anywhere (rule `short-place-full-written`, the ninth
  /// round's blind batches: 禹州法院 beside 禹州市某加油站 is 禹州市人民法院).
  static let shortPlaces: [OrgCase] = [
    OrgCase("迁安法院审理了此案。河北省迁安市人民检察院指控被告人犯罪。", "迁安法院", "迁安市人民法院", .court, .basic),
    OrgCase("兴海法院执行局干警赶赴现场。", "兴海法院", "兴海人民法院", .court, .basic),
    OrgCase("利川法院受理后，利川市法院依法审理。", "利川法院", "利川市人民法院", .court, .basic),
    OrgCase("潜江检察院提起公诉。", "潜江检察院", "潜江人民检察院", .procuratorate, .basic),
    // A prefecture's 中院 takes the city's name (the golds' practice).
    OrgCase("安康中院召开新闻发布会。", "安康中院", "安康市中级人民法院", .court, .intermediate),
  ]

  @Test(arguments: shortPlaces) func shortPlace(_ c: OrgCase) { OrgTesting.check(c) }

  /// Rule `org.national.foreign`: a foreign state's supreme court is that
  /// state's, named as written; with no state before it, 最高法院 is the SPC.
  @Test func foreignNationalCourt() {
    let found = OrgTesting.scored(in: "此类案件可由加拿大最高法院审理。")
    #expect(found.map(\.name) == ["加拿大最高法院"])
    #expect(found.first?.kind == .court)
    #expect(OrgTesting.scored(in: "此类案件由最高法院审理。").map(\.name) == ["最高人民法院"])
  }

  /// A short place kept as written joins the body the article writes in
  /// full with a longer unit (浦东 → 上海市浦东新区).
  @Test func shortPlaceJoinsTheFullName() {
    let found = OrgTesting.scored(in: "上海市浦东新区人民法院受理后，浦东法院执行法官赶赴现场。")
    #expect(Set(found.map(\.name)) == ["上海市浦东新区人民法院"])
  }

  /// Organ words of forest police (rule `org.region-chain`).
  static let forestPolice: [OrgCase] = [
    OrgCase("利川市森林公安局立案侦查。", "利川市森林公安局", "利川市森林公安局", .agency),
    OrgCase("恩施州森林公安局指导办案。", "恩施州森林公安局", "恩施州森林公安局", .agency),
  ]

  @Test(arguments: forestPolice) func forestPoliceBureau(_ c: OrgCase) { OrgTesting.check(c) }

  /// An office inside a public security bureau (治安支队, 刑警大队) is part of
  /// the bureau (ANNOTATION.md); traffic police detachments and branch
  /// bureaus are bodies of their own.
  static let policeOffices: [OrgCase] = [
    OrgCase("绥化市公安局治安支队民警赶到。", "绥化市公安局", "绥化市公安局", .agency),
    OrgCase("成都市公安局刑警大队立案侦查。", "成都市公安局", "成都市公安局", .agency),
    OrgCase(
      "由杭州市公安局交通警察支队西湖大队处理。", "杭州市公安局交通警察支队西湖大队",
      "杭州市公安局交通警察支队西湖大队", .agency),
    OrgCase("临沂市公安局兰山分局立案。", "临沂市公安局兰山分局", "临沂市公安局兰山分局", .agency),
  ]

  @Test(arguments: policeOffices) func policeOffice(_ c: OrgCase) { OrgTesting.check(c) }

  /// Rule `org.guard.verb-before-organ`: 逃避海关监管 names no customs
  /// district; 拱北海关 after a break does.
  @Test func verbBeforeCustoms() {
    #expect(OrgTesting.scored(in: "林某某违反海关法规，逃避海关监管，走私货物。").isEmpty)
    #expect(OrgTesting.scored(in: "某某公司，规避海关监管。").isEmpty)
    let e = explain("林某某违反海关法规，逃避海关监管。", stages: ["organizations"])
    #expect(e.rejection(ruleNamed: OrganizationRule.verbBeforeOrgan.name)?.text == "逃避海关")
    #expect(OrgTesting.scored(in: "，拱北海关查获走私冻品。").map(\.name) == ["拱北海关"])
  }

  /// Rule `org.guard.verb-homograph-place`: 会同 is a county of Hunan and the
  /// verb "together with"; it is the county only in a text that names its
  /// province or prefecture.
  @Test func verbHomographPlace() {
    // (县总工会 then names no body the text writes with its place: not listed.)
    let verb = "桐庐县人民检察院依托协作机制，会同县总工会联动履职。"
    #expect(OrgTesting.organizations(in: verb).map(\.name) == ["桐庐县人民检察院"])
    let e = explain(verb, stages: ["organizations"])
    #expect(e.rejection(ruleNamed: OrganizationRule.verbHomographPlace.name)?.text == "会同")
    let county = "湖南省怀化市辖下，会同县人民法院审理了此案。"
    #expect(OrgTesting.scored(in: county).map(\.name).contains("会同县人民法院"))
    // With no county named before it, 会同县 is the place even without its parents.
    #expect(OrgTesting.scored(in: "会同县人民检察院提起公诉。").map(\.name) == ["会同县人民检察院"])
  }
}
