import Testing

@testable import LegalExtract

/// Issue 16, session 15: statute and organization families of the civil,
/// labour-arbitration and press genres (B54-fit, B56-fit). Each test names
/// the rule or guard it exercises, with positive and negative cases.
@Suite("Statute and organization families, session 15 (issue 16)")
struct StatuteOrganizationFamily15Tests {
  func names(in text: String) -> [String] {
    OrgTesting.organizations(in: text).map(\.name)
  }

  func statutes(in text: String) -> [StatuteMention] {
    Extractor(onlyStages: ["statutes"]).extract(text).statutes
  }

  func laws(in text: String) -> [String] { statutes(in: text).map(\.law) }

  // MARK: statute.bare-title and statute.guard.bare-title-uncited

  /// A bare national 条例 is cited after a lead word (了 allowed), with 规定
  /// after it, with provisions, or as a later item of a cited list.
  @Test(arguments: [
    "依照劳动保障监察条例，人社局责令改正。",
    "该公司的行为违反了工伤保险条例，应当承担责任。",
    "本院认为，工伤保险条例规定，职工有下列情形之一的应当认定为工伤。",
    "记者了解到，保障农民工工资支付条例明确规定了总包单位的责任。",
    "依照劳动合同法第十条和劳动保障监察条例，作出处理决定。",
    "工伤保险条例第十四条列举了应当认定为工伤的情形。",
  ])
  func bareRegulationCited(_ text: String) {
    #expect(laws(in: text).contains { $0.hasSuffix("条例") }, "\(text)")
  }

  /// Negatives: a regulation named as a topic, with no citing word, no 规定
  /// and no provisions, is not cited.
  @Test(arguments: [
    "学习行政法规制定程序条例和有关文件。",
    "市人社局开展保障农民工工资支付条例宣传月活动。",
  ])
  func bareRegulationAsTopic(_ text: String) {
    #expect(laws(in: text).isEmpty, "\(text)")
  }

  // MARK: alias in a bracket after a document number

  /// （部令第18号，以下简称《…》）: the alias after the document number in one
  /// bracket resolves the later short title to the full one.
  @Test func aliasAfterDocumentNumberInOneBracket() {
    let text =
      "《因工死亡职工供养亲属范围规定》（劳动和社会保障部令第18号，以下简称《供养亲属范围规定》）于2004年施行。"
      + "《供养亲属范围规定》第二条规定了亲属范围。"
    let got = statutes(in: text)
    #expect(Set(got.map(\.law)) == ["因工死亡职工供养亲属范围规定"])
    #expect(got.flatMap(\.provisions) == [Provision(article: 2)])
    let opinion =
      "《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》（法释〔2013〕8号；以下简称《解释》）"
      + "施行后，《解释》第一条规定了数额标准。"
    #expect(
      Set(laws(in: opinion)) == ["最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释"])
  }

  /// Negative: a bracket with a part that is neither number, version nor
  /// alias defines no alias; the title itself is still cited.
  @Test func bracketWithOtherWordsDefinesNoAlias() {
    let text = "《工伤保险条例》（国务院令第586号，请各单位遵照执行）第十四条。《办法》第二条另有规定。"
    #expect(Set(laws(in: text)) == ["工伤保险条例"])
  }

  // MARK: statute.title.implementing-rules through the quoted path

  /// …部《关于实施〈…条例〉若干问题的意见》: a department's rules for applying a
  /// regulation are cited law, not a policy opinion; a numbered part stays.
  @Test func implementingOpinionsOfADepartment() {
    let quoted = statutes(in: "根据劳动和社会保障部《关于实施〈工伤保险条例〉若干问题的意见》第八条，其资格按死亡时核定。")
    #expect(quoted.map(\.law) == ["劳动和社会保障部关于实施《工伤保险条例》若干问题的意见"])
    #expect(quoted.first?.provisions == [Provision(article: 8)])
    let marked = laws(in: "《劳动和社会保障部关于实施〈工伤保险条例〉若干问题的意见》第八条规定。")
    #expect(marked == ["劳动和社会保障部关于实施《工伤保险条例》若干问题的意见"])
    let numbered = statutes(in: "依照人力资源社会保障部关于实施《工伤保险条例》若干问题的意见（二）第三条处理。")
    #expect(numbered.map(\.law) == ["人力资源社会保障部关于实施《工伤保险条例》若干问题的意见（二）"])
    #expect(numbered.first?.provisions == [Provision(article: 3)])
  }

  /// Negative: a department's opinion on its work is policy, not law.
  @Test func departmentWorkOpinionStaysPolicy() {
    #expect(laws(in: "劳动和社会保障部《关于进一步做好职工工伤保险工作的意见》提出要求。").isEmpty)
  }

  // MARK: statute.guard.employer-rules

  /// An employer's own rules named right after it (公司《…》, 超市制订的《…》).
  @Test(arguments: [
    "按照公司《营销人员绩效激励办法》，试用期未签单的不予转正。",
    "超市制订的《商品定期盘点损耗处理办法》中规定，损耗超标可以解除合同。",
    "用人单位的《员工奖惩管理规定》第十条规定，旷工三日以上的予以辞退。",
  ])
  func employerRulesAreNoLaw(_ text: String) {
    #expect(laws(in: text).isEmpty, "\(text)")
  }

  /// Negatives: law cited by an employer's sentence stays cited; an employer
  /// word not right before the title blocks nothing.
  @Test func lawAfterEmployerWordsStaysCited() {
    #expect(
      laws(in: "公司依照《企业职工带薪年休假实施办法》第十条支付了工资。") == ["企业职工带薪年休假实施办法"])
    #expect(laws(in: "某公司违反《中华人民共和国劳动合同法》第八十二条。") == ["中华人民共和国劳动合同法"])
    #expect(laws(in: "企业《女职工劳动保护特别规定》落实情况开展检查。") == ["女职工劳动保护特别规定"])
  }

  // MARK: statute.guard.announced-local-rules

  /// A local 办法 or 细则 told as news of its making, with no provision cited.
  @Test(arguments: [
    "今年上半年，我市出台《某市重大劳动保障违法行为社会公布暂行办法》。",
    "区委政法委牵头有关部门出台了《罪错未成年人分级干预实施办法》，引入司法社工。",
    "如某市制定《某市劳动争议预防化解合规管理办法》，对用人单位开展合规指导。",
  ])
  func announcedLocalRulesAreNoLaw(_ text: String) {
    #expect(laws(in: text).isEmpty, "\(text)")
  }

  /// Negatives: the same title applied with a provision, a national body's
  /// new rules, and a later citation of an announced title stay cited.
  @Test func appliedOrNationalRulesStayCited() {
    #expect(
      laws(in: "某市出台《某市劳动保障监察实施办法》第十条规定，用人单位应当公示。")
        == ["某市劳动保障监察实施办法"])
    #expect(
      laws(in: "人力资源社会保障部发布《某某人员管理办法》，自下月起施行。") == ["某某人员管理办法"])
    #expect(
      laws(in: "我市出台《某市欠薪治理办法》。依照《某市欠薪治理办法》第五条，人社局责令支付。")
        == ["某市欠薪治理办法"])
  }

  // MARK: organ words of labour and administrative stories, generated

  /// A place (county, district or city, with or without its parents) and
  /// an organ word of the labour, social-security and administrative
  /// stories, in a narrative frame: the agency under its full name. Found
  /// by generating these shapes: 城市管理综合行政执法局 and 不动产登记中心 were
  /// missing from the organ table.
  @Test func localAgenciesOfLabourAndAdministrativeStories() {
    let places = ["杭州市西湖区", "广州市天河区", "宁波市", "湖北省武汉市洪山区"]
    let organs = [
      "劳动人事争议仲裁委员会", "人力资源和社会保障局", "社会保险事业管理局", "劳动保障监察大队", "医疗保障局",
      "市场监督管理局", "住房和城乡建设局", "城市管理综合行政执法局", "不动产登记中心", "住房公积金管理中心",
      "劳动能力鉴定委员会", "社会保险基金管理中心", "法律援助中心", "综合行政执法局",
    ]
    let frames = ["2023年5月，周某向{}申请仲裁。", "此后，{}作出认定决定。", "经{}调解，双方达成协议。"]
    var failures: [String] = []
    for (p, place) in places.enumerated() {
      for (o, organ) in organs.enumerated() {
        let text = frames[(p + o) % frames.count].replacingOccurrences(
          of: "{}", with: place + organ)
        if !names(in: text).contains(place + organ) { failures.append(text) }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(6))")
  }

  /// Negative: the organ word alone, with no place, names no body.
  @Test func organWordsWithoutAPlace() {
    #expect(names(in: "当事人可以到不动产登记中心查询。").isEmpty)
    #expect(names(in: "城市管理综合行政执法局的职责包括市容管理。").isEmpty)
  }

  // MARK: former State Council bodies (state-council-bodies.tsv)

  /// 原劳动部 names the ministry abolished in 1998.
  @Test func formerLabourMinistry() {
    #expect(names(in: "对此，原劳动部《关于〈劳动法〉若干条文的说明》作出了解释。").contains("劳动部"))
  }

  /// Negatives: 劳动部门 and 劳动部分 are words, not the ministry; 部分别
  /// keeps the ministry.
  @Test func labourWordsAreNoMinistry() {
    #expect(!names(in: "员工向当地劳动部门投诉。").contains("劳动部"))
    #expect(!names(in: "超时劳动部分应当支付加班费。").contains("劳动部"))
    #expect(names(in: "财政部分别与两省签署协议。").contains("财政部"))
  }
}
