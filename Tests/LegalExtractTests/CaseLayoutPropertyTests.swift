import PropertyBased
import Testing

@testable import LegalExtract

/// Property test (issue 12): multi-case articles generated from parts —
/// a lead that counts the cases or not, a layout (numbered headings, title
/// lines, a section template per case, a table of contents before the
/// bodies, cases told one paragraph each, a wire item with its title inside
/// a sentence) and case bodies of generic sentences with their own parties,
/// bodies and dates — and negative texts (statistics, a list of titles with
/// no case told, one case told under subheadings). The generator is the
/// oracle: each text is one ANNOTATION.md annotates with exactly its cases.
@Suite struct CaseLayoutPropertyTests {
  /// One surname per party of an article, so no two parties share a name.
  static let surnames = [
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马",
    "罗",
  ]
  static let places: [(province: String, city: String, county: String)] = [
    ("浙江省", "杭州市", "余杭区"), ("江苏省", "南京市", "江宁区"), ("湖北省", "武汉市", "江夏区"), ("四川省", "成都市", "双流区"),
    ("广东省", "佛山市", "南海区"), ("河南省", "洛阳市", "偃师区"), ("山东省", "临沂市", "兰山区"), ("湖南省", "长沙市", "望城区"),
  ]
  static let numerals = ["一", "二", "三", "四", "五", "六"]
  static let crimes: [(name: String, act: String, element: String)] = [
    ("盗窃", "多次窃取他人财物", "以非法占有为目的，多次秘密窃取他人财物"),
    ("诈骗", "虚构投资项目骗取被害人钱款", "以非法占有为目的，虚构事实骗取他人财物"),
    ("非法采矿", "未取得采矿许可证擅自开采河砂", "违反矿产资源法的规定，未取得采矿许可证擅自采矿"),
  ]
  static let suits: [(name: String, act: String)] = [
    ("买卖合同纠纷", "购买一批建材后拒不支付货款"), ("民间借贷纠纷", "借款到期后拒不归还本息"), ("劳动争议", "单方调岗降薪后拒不补足工资差额"),
  ]
  static let questions = [
    "用人单位单方调岗降薪，劳动者能否主张补足差额", "未签书面劳动合同，二倍工资从何时起算", "平台以格式条款免除自身责任，是否有效",
    "网购商品存在质量问题，消费者能否主张惩罚性赔偿", "借款到期后拒不归还，出借人能否主张逾期利息", "拖欠货款的买受人应否承担违约责任",
  ]
  static let statements = [
    "依法惩治侵财犯罪", "恶意拖欠劳动报酬应承担法律责任", "保护生态环境须依法严惩非法采矿", "电信网络诈骗犯罪从严惩处", "诚信履约是市场交易的基本准则",
    "虚假陈述不能逃避法律责任",
  ]
  static let headingKinds = 7
  static func heading(_ kind: Int, _ i: Int) -> String {
    switch kind {
    case 0: return "第\(numerals[i])起"
    case 1: return "\(numerals[i])、"
    case 2: return "（\(numerals[i])）"
    case 3: return "案例\(numerals[i])"
    case 4: return "案例\(i + 1)"
    case 5: return "【案例\(numerals[i])】"
    default: return "\(i + 1)."
    }
  }
  /// Headings that stand on a line of their own, the title on the next.
  static let ownLineHeadings: Set<Int> = [0, 3, 4, 5]
  static let templates: [[String]?] = [
    nil, ["基本案情", "裁判结果", "典型意义"], ["【基本案情】", "【裁判结果】", "【典型意义】"], ["简要案情", "检察履职", "典型意义"],
    ["案情简介", "处理结果", "评析"],
  ]

  /// A small deterministic generator: the draw picks every part.
  struct Draw {
    var state: UInt64
    mutating func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
  }

  struct Case { var title: String; var facts: [String]; var meaning: String; var party: String }

  static func makeCase(_ d: inout Draw, civil: Bool, names: inout [String]) -> Case {
    func person() -> String {
      var s = surnames[d.next(surnames.count)]
      while names.contains(s) { s = surnames[d.next(surnames.count)] }
      names.append(s)
      return s + (d.next(2) == 0 ? "某" : "某某")
    }
    let p = places[d.next(places.count)]
    let court = "\(p.city)\(p.county)人民法院"
    let proc = "\(p.city)\(p.county)人民检察院"
    let year = 2018 + d.next(6)
    let month = 1 + d.next(12)
    let amount = 2 + d.next(88)
    if civil {
      let s = suits[d.next(suits.count)]
      let plaintiff = person()
      let defendant = person()
      return Case(
        title: "\(plaintiff)诉\(defendant)\(s.name)案",
        facts: [
          "\(year)年\(month)月，\(defendant)向\(plaintiff)\(s.act)，涉及金额\(amount)万元。",
          "\(plaintiff)向\(court)提起诉讼，请求判令\(defendant)支付\(amount)万元及利息。",
          "\(court)经审理认为，\(defendant)的行为违反了双方约定，判决\(defendant)向\(plaintiff)支付\(amount)万元。",
        ],
        meaning: "本案明确了此类纠纷的裁判规则，对于引导当事人诚信履约具有积极意义。", party: defendant)
    }
    let c = crimes[d.next(crimes.count)]
    let defendant = person()
    return Case(
      title: d.next(2) == 0 ? "\(defendant)\(c.name)案" : "\(defendant)犯\(c.name)罪案",
      facts: [
        "\(year)年\(month)月，被告人\(defendant)在\(p.county)\(c.act)，涉案金额共计\(amount)万元。",
        "\(proc)以\(defendant)涉嫌\(c.name)罪向\(court)提起公诉。",
        "\(court)经审理认为，被告人\(defendant)\(c.element)，其行为已构成\(c.name)罪，判处有期徒刑\(numerals[d.next(6)])年，并处罚金\(amount)千元。",
      ],
      meaning: "本案的办理体现了司法机关依法惩治\(c.name)犯罪的坚定立场，对于维护人民群众合法权益具有示范意义。", party: defendant)
  }

  static func lead(_ kind: Int, _ n: Int, _ d: inout Draw) -> String {
    let province = places[d.next(places.count)].province
    switch kind {
    case 0:
      return
        "\(1 + d.next(12))月\(1 + d.next(28))日，\(province)高级人民法院召开新闻发布会，发布\(numerals[n - 1])件典型案例。现将有关案例摘编如下。"
    case 1: return "近日，\(province)人民检察院通报了\(numerals[n - 1])起依法办理的典型案例。"
    default: return "为进一步加强法治宣传，\(province)高级人民法院近日发布一批典型案例，现予公布。"
    }
  }

  /// A release: a heading per case (numbered, or a marker line over a title
  /// line), the title (甲诉乙…案, 甲…罪案, a question, a statement, or a
  /// title——subtitle), the body plain or in a section template, with or
  /// without a table of contents first. Expected: N cases, suit titles read.
  static func release(_ seed: Int) -> (text: String, count: Int, titles: [String]) {
    var d = Draw(state: UInt64(seed) &* 2_654_435_761 &+ 1)
    let n = 1 + d.next(6)
    let titleKind = d.next(4)  // 0 suit, 1 question, 2 statement, 3 subtitle
    let civil = titleKind == 1 || d.next(2) == 0
    var names: [String] = []
    let cases = (0..<n).map { _ in makeCase(&d, civil: civil, names: &names) }
    let kind = d.next(headingKinds)
    let template = templates[d.next(templates.count)]
    let withContents = n >= 2 && d.next(3) == 0
    var lines = ["\(places[d.next(places.count)].province)法院发布典型案例", lead(d.next(3), n, &d)]
    let subtitles = ["依法从严惩处", "坚持罪责刑相适应", "诚信原则的司法适用"]
    let shown: [String] = cases.indices.map { i in
      switch titleKind {
      case 1: return questions[i]
      case 2: return statements[i]
      case 3: return cases[i].title + "——" + subtitles[d.next(subtitles.count)]
      default: return cases[i].title
      }
    }
    if withContents {
      lines.append("目录")
      for i in cases.indices { lines.append(heading(kind, i) + shown[i]) }
    }
    for (i, c) in cases.enumerated() {
      if ownLineHeadings.contains(kind) {
        lines += [heading(kind, i), shown[i]]
      } else {
        lines.append(heading(kind, i) + shown[i])
      }
      let facts = c.facts[0] + c.facts[1]
      switch template {
      case nil: lines.append(c.facts.joined() + c.meaning)
      case let t? where t[0].hasPrefix("【"):
        lines += [t[0] + facts, t[1] + c.facts[2], t[2] + c.meaning]
      case let t?: lines += [t[0], facts, t[1], c.facts[2], t[2], c.meaning]
      }
    }
    // The title as the text gives it: the suit title (before a ——subtitle),
    // the question or the statement of the heading.
    let titles: [String] = cases.indices.map {
      titleKind == 0 || titleKind == 3 ? cases[$0].title : shown[$0]
    }
    return (lines.joined(separator: "\n"), n, titles)
  }

  @Test func releasesYieldEveryCase() async {
    await propertyCheck(count: 150, input: Gen.int(in: 0...1_000_000)) { seed in
      let (text, n, titles) = Self.release(seed)
      let found = Extractor().extract(text).cases
      #expect(found.count == n, "\(text)")
      // Every case, a one-case release's included, carries its heading's
      // title (a question or a statement as the text gives it).
      guard found.count == n else { return }
      for (title, c) in zip(titles, found) {
        #expect((c.title ?? "").contains(title), "\(title) in \(text)")
      }
    }
  }

  /// Cases told one paragraph each, opening with a date (2019年11月，甲…),
  /// some opening 另一起案件中，, after a lead that counts them or not.
  @Test func datedParagraphsAreOneCaseEach() async {
    await propertyCheck(count: 100, input: Gen.int(in: 0...1_000_000)) { seed in
      var d = Draw(state: UInt64(seed) &* 2_654_435_761 &+ 7)
      let n = 2 + d.next(4)
      let civil = d.next(2) == 0
      var names: [String] = []
      let cases = (0..<n).map { _ in Self.makeCase(&d, civil: civil, names: &names) }
      var lines = ["\(Self.places[d.next(8)].city)检察机关依法办理一批案件", Self.lead(1 + d.next(2), n, &d)]
      for (i, c) in cases.enumerated() {
        lines.append((i > 0 && d.next(3) == 0 ? "另一起案件中，" : "") + c.facts.joined())
      }
      let text = lines.joined(separator: "\n")
      #expect(Extractor().extract(text).cases.count == n, "\(text)")
    }
  }

  /// Negative texts: statistics (no case), a list of titles no case is told
  /// of (none), one case told under template subheadings (one).
  @Test func negativesKeepTheirCount() async {
    await propertyCheck(count: 100, input: Gen.int(in: 0...1_000_000)) { seed in
      var d = Draw(state: UInt64(seed) &* 2_654_435_761 &+ 13)
      let n = 2 + d.next(5)
      var names: [String] = []
      let cases = (0..<n).map { _ in Self.makeCase(&d, civil: d.next(2) == 0, names: &names) }
      let province = Self.places[d.next(8)].province
      let text: String
      let expected: Int
      switch d.next(3) {
      case 0:
        text = [
          "\(province)法院发布审判工作数据",
          "今年以来，\(province)各级法院共受理各类案件\(10 + d.next(80))万件，审结\(10 + d.next(80))万件，同比上升\(1 + d.next(19))%。",
          "其中，审结刑事案件\(1 + d.next(9))万件，判处罪犯\(1 + d.next(9))万人；审结民商事案件\(10 + d.next(50))万件。",
          "下一步，全省法院将坚持司法为民，持续提升审判质效。",
        ].joined(separator: "\n")
        expected = 0
      case 1:
        text =
          ([
            "\(province)高级人民法院发布\(Self.numerals[n - 1])件典型案例",
            "近日，\(province)高级人民法院发布\(Self.numerals[n - 1])件典型案例，分别是：",
          ]
          + cases.indices.map { "\(Self.numerals[$0])、\(cases[$0].title)" } + ["案例详情请见该院官方网站。"])
          .joined(separator: "\n")
        expected = 0
      default:
        let c = cases[0]
        text = [c.title, "基本案情", c.facts[0] + c.facts[1], "裁判结果", c.facts[2], "典型意义", c.meaning]
          .joined(separator: "\n")
        expected = 1
      }
      #expect(Extractor().extract(text).cases.count == expected, "\(text)")
    }
  }

  /// A wire item tells its one case in prose, the title inside a sentence
  /// (公开审理了…提起公诉的甲犯…罪一案).
  @Test func wireItemTellsOneCase() async {
    await propertyCheck(count: 50, input: Gen.int(in: 0...1_000_000)) { seed in
      var d = Draw(state: UInt64(seed) &* 2_654_435_761 &+ 29)
      var names: [String] = []
      let c = Self.makeCase(&d, civil: false, names: &names)
      let p = Self.places[d.next(8)]
      let text =
        [
          "\(c.party)一审获刑",
          "\(1 + d.next(12))月\(1 + d.next(28))日，\(p.city)\(p.county)人民法院公开审理了\(p.city)\(p.county)人民检察院提起公诉的\(c.title.dropLast())一案，并当庭宣判。",
        ].joined(separator: "\n") + "\n" + c.facts.joined(separator: "\n")
      let found = Extractor().extract(text).cases
      #expect(found.count == 1, "\(text)")
    }
  }

  /// A court's work report names its cases one per sentence, each the
  /// object of a sentence passed (依法严惩侵财犯罪，对多次入户盗窃的被告人
  /// 甲某从重判处刑罚。), between sentences of statistics: one case per
  /// such sentence (case.split.sentenced-objects), its defendants those named.
  @Test func workReportSentencesAreOneCaseEach() async {
    let topics = [
      "依法严惩侵财犯罪", "依法打击危险驾驶犯罪", "依法惩治妨害社会管理秩序犯罪", "严惩拒不支付劳动报酬犯罪", "依法打击电信网络诈骗犯罪",
      "依法惩治破坏环境资源犯罪",
    ]
    let acts = ["多次入户盗窃", "醉酒后驾车冲撞行人", "聚众斗殴", "恶意拖欠农民工工资", "冒充客服骗取老人钱款", "在禁采区非法采砂"]
    await propertyCheck(count: 100, input: Gen.int(in: 0...1_000_000)) { seed in
      var d = Draw(state: UInt64(seed) &* 2_654_435_761 &+ 41)
      let n = 2 + d.next(4)
      var used: [String] = []
      func person() -> String {
        var s = Self.surnames[d.next(Self.surnames.count)]
        while used.contains(s) { s = Self.surnames[d.next(Self.surnames.count)] }
        used.append(s)
        return s + (d.next(2) == 0 ? "某" : "某某")
      }
      var sentences = ["一年来，区人民法院审结一审刑事案件\(100 + d.next(900))件，判处罪犯\(100 + d.next(900))人。"]
      var expected: [(names: [String], role: Bool)] = []
      for k in 0..<n {
        let names = d.next(3) == 0 ? [person(), person()] : [person()]
        let role = d.next(3) != 0
        let list =
          names.joined(separator: "、") + (names.count > 1 ? "等均" : ["", "从重", "依法"][d.next(3)])
        let penalty = d.next(2) == 0 ? "刑罚" : "有期徒刑\(Self.numerals[d.next(6)])年"
        let between = d.next(2) == 0 ? "审结相关案件\(2 + d.next(90))件，" : ""
        sentences.append(
          "\(topics[k])，\(between)对\(acts[(k + d.next(6)) % acts.count])的\(role ? "被告人" : "")\(list)判处\(penalty)。"
        )
        expected.append((names, role))
        if d.next(2) == 0 { sentences.append("开展法治宣传活动\(2 + d.next(20))场。") }
      }
      let text = ["2023年工作回顾", sentences.joined()].joined(separator: "\n")
      let found = Extractor().extract(text).cases
      #expect(found.count == n, "\(text)")
      guard found.count == n else { return }
      for (e, c) in zip(expected, found) where e.role {
        #expect(c.defendants.contains(e.names[0]), "\(e.names) in \(text)")
      }
    }
  }

  /// An explainer titles each case with a question on a line of its own,
  /// no mark before it, the case told in the paragraph after it: one case
  /// per question, the question its title (case.split.question-headings).
  @Test func questionHeadingsWithoutMarksAreOneCaseEach() async {
    await propertyCheck(count: 100, input: Gen.int(in: 0...1_000_000)) { seed in
      var d = Draw(state: UInt64(seed) &* 2_654_435_761 &+ 53)
      let n = 2 + d.next(3)
      let civil = d.next(3) != 0
      var names: [String] = []
      let cases = (0..<n).map { _ in Self.makeCase(&d, civil: civil, names: &names) }
      let mark = d.next(2) == 0 ? "？" : "?"
      var lines = ["以案说法：\(Self.places[d.next(8)].city)法院发布民生案例", Self.lead(2, n, &d)]
      for (i, c) in cases.enumerated() {
        lines += [Self.questions[i] + mark, c.facts.joined()]
      }
      let text = lines.joined(separator: "\n")
      let found = Extractor().extract(text).cases
      #expect(found.count == n, "\(text)")
      guard found.count == n else { return }
      for (i, c) in found.enumerated() {
        #expect(c.title == Self.questions[i] + mark, "\(text)")
      }
    }
  }

  // MARK: Labour, civil and enforcement layouts (issue 12 families 1 and 5)

  static let labourQuestions = [
    "用人单位单方调岗降薪，劳动者能否主张补足差额", "未签书面劳动合同，二倍工资从何时起算", "劳动者自愿放弃缴纳社会保险，约定是否有效",
    "试用期内用人单位能否随意解除劳动合同", "加班费约定包含在工资内，劳动者能否另行主张", "用人单位拖欠工资，劳动者能否解除合同并主张经济补偿",
  ]
  static let labourStatements = [
    "用人单位不得以末位淘汰为由解除劳动合同", "劳动者提供虚假学历，用人单位可以解除劳动合同", "竞业限制补偿金应当按月支付", "未休年休假应支付工资报酬",
    "平台用工符合劳动关系特征的应认定劳动关系", "拖欠劳动报酬应依法支付赔偿金",
  ]
  static let firms = ["某科技公司", "某物流有限公司", "某餐饮管理公司", "某建筑公司", "某商贸有限公司", "某家政服务公司"]
  static let labourHeadingKinds = 8
  /// Case numbers of a labour release: on a line of their own (案例一, 之一,
  /// 案例1, 案例之一, 典型案例一, 【案例一】) or before the title (一、, 案例之一：).
  static func labourHeading(_ kind: Int, _ i: Int) -> (mark: String, ownLine: Bool) {
    switch kind {
    case 0: return ("案例\(numerals[i])", true)
    case 1: return ("之\(numerals[i])", true)
    case 2: return ("案例\(i + 1)", true)
    case 3: return ("案例之\(numerals[i])", true)
    case 4: return ("典型案例\(numerals[i])", true)
    case 5: return ("【案例\(numerals[i])】", true)
    case 6: return ("\(numerals[i])、", false)
    default: return ("案例之\(numerals[i])：", false)
    }
  }
  static let labourTemplates = [
    ["基本案情", "仲裁请求", "处理结果", "案例评析"], ["【案情简介】", "【处理结果】", "【典型意义】"], ["简要案情", "裁判结果", "法官说法"],
  ]

  /// A labour-arbitration or civil typical-case release: a case number per
  /// case (labourHeading), the title a question, a statement or 甲与某公司
  /// 劳动争议案, the body in a section template that repeats per case, after
  /// a lead that counts the cases — or counts more than it tells (发布十件…，
  /// 现选取其中三件). Expected: one case per number, its title the heading's.
  @Test func labourReleasesYieldEveryCase() async {
    await propertyCheck(count: 150, input: Gen.int(in: 0...1_000_000)) { seed in
      var d = Draw(state: UInt64(seed) &* 2_654_435_761 &+ 67)
      let n = 2 + d.next(4)
      let heading = d.next(Self.labourHeadingKinds)
      let template = Self.labourTemplates[d.next(Self.labourTemplates.count)]
      let titleKind = d.next(3)
      var used: [String] = []
      var lines = ["劳动人事争议典型案例发布"]
      let counted = d.next(2) == 0 ? n : n + 1 + d.next(5)
      let body = ["浙江省人力资源和社会保障厅", "省劳动人事争议仲裁院", "江苏省高级人民法院"][d.next(3)]
      lines.append(
        counted == n
          ? "近日，\(body)发布\(Self.numerals[n - 1])件劳动人事争议典型案例。"
          : "近日，\(body)发布\(counted)件劳动人事争议典型案例，现选取其中\(Self.numerals[n - 1])件予以刊发。")
      var titles: [String] = []
      for i in 0..<n {
        var s = Self.surnames[d.next(Self.surnames.count)]
        while used.contains(s) { s = Self.surnames[d.next(Self.surnames.count)] }
        used.append(s)
        let worker = s + (d.next(2) == 0 ? "某" : "某某")
        let firm = Self.firms[(i + d.next(2)) % Self.firms.count]
        let title =
          titleKind == 0
          ? Self.labourQuestions[i]
          : titleKind == 1 ? Self.labourStatements[i] : "\(worker)与\(firm)劳动争议案"
        titles.append(title)
        let (mark, ownLine) = Self.labourHeading(heading, i)
        lines += ownLine ? [mark, title] : [mark + title]
        let year = 2018 + d.next(5)
        let pay = 3 + d.next(15)
        let facts =
          "\(year)年\(1 + d.next(12))月，\(worker)入职\(firm)，双方签订劳动合同，约定月工资\(pay)千元。\(year + 1)年，\(firm)以经营调整为由将\(worker)调岗并降低工资，\(worker)不同意。"
        let claim =
          "\(worker)向\(Self.places[d.next(8)].city)劳动人事争议仲裁委员会申请仲裁，请求裁决\(firm)支付工资差额\(pay)万元。"
        let result = "仲裁委员会经审理认为，\(firm)未与\(worker)协商一致变更劳动合同，裁决\(firm)支付\(worker)工资差额\(pay)万元。"
        let comment = "本案提示用人单位，变更劳动合同应当与劳动者协商一致，不得单方调岗降薪。"
        switch template.count {
        case 4:
          lines += [
            template[0], facts, template[1], claim, template[2], result, template[3], comment,
          ]
        default:
          if template[0].hasPrefix("【") {
            lines += [template[0] + facts + claim, template[1] + result, template[2] + comment]
          } else {
            lines += [template[0], facts + claim, template[1], result, template[2], comment]
          }
        }
      }
      let text = lines.joined(separator: "\n")
      let found = Extractor().extract(text).cases
      #expect(found.count == n, "\(text)")
      guard found.count == n else { return }
      for (title, c) in zip(titles, found) {
        #expect((c.title ?? "").contains(title), "\(title) in \(text)")
      }
    }
  }

  /// Enforcement news tells two or three executions one after another, each
  /// a paragraph that brings in its creditor and debtor by role (申请执行人
  /// 甲与被执行人乙…一案 / 被执行人乙欠付申请执行人甲…), some opening 在另一起
  /// 案件中，/ 随后，/ 还有，, the outcome a payment or 纳入失信被执行人名单并
  /// 限制高消费. Expected: one case per paragraph, the debtor a defendant.
  @Test func enforcementRunsAreOneCaseEach() async {
    await propertyCheck(count: 100, input: Gen.int(in: 0...1_000_000)) { seed in
      var d = Draw(state: UInt64(seed) &* 2_654_435_761 &+ 71)
      let n = 2 + d.next(2)
      var used: [String] = []
      func person() -> String {
        var s = Self.surnames[d.next(Self.surnames.count)]
        while used.contains(s) { s = Self.surnames[d.next(Self.surnames.count)] }
        used.append(s)
        return s + (d.next(2) == 0 ? "某" : "某某")
      }
      let p = Self.places[d.next(8)]
      let court = "\(p.city)\(p.county)人民法院"
      var lines = [
        "\(p.county)法院开展集中执行行动",
        "\(1 + d.next(12))月\(1 + d.next(28))日凌晨，\(court)组织干警开展集中执行行动，当天共执结案件\(5 + d.next(20))件。",
      ]
      var debtors: [String] = []
      for i in 0..<n {
        let creditor = person()
        let debtor = person()
        debtors.append(debtor)
        let opener = i == 0 ? "" : ["在另一起案件中，", "随后，", "还有，", "另一起案件中，"][d.next(4)]
        let amount = 2 + d.next(40)
        if d.next(2) == 0 {
          lines.append(
            "\(opener)申请执行人\(creditor)与被执行人\(debtor)民间借贷纠纷一案，法院判决\(debtor)归还\(creditor)借款\(amount)万元，判决生效后\(debtor)拒不履行。执行干警在\(debtor)住处将其找到，\(debtor)当场履行了全部款项。"
          )
        } else {
          lines.append(
            "\(opener)被执行人\(debtor)欠付申请执行人\(creditor)货款\(amount)万元，经法院判决后一直未履行，法院依法将\(debtor)纳入失信被执行人名单并对其限制高消费。当天，\(debtor)主动联系法官，与\(creditor)达成执行和解。"
          )
        }
      }
      let text = lines.joined(separator: "\n")
      let found = Extractor().extract(text).cases
      #expect(found.count == n, "\(text)")
      guard found.count == n else { return }
      for (debtor, c) in zip(debtors, found) {
        #expect(c.defendants.contains(debtor), "\(debtor) in \(text)")
      }
    }
  }

  /// A story tells the cases a court heard year by year, the court the
  /// subject (2017年，某区人民法院审理了一起…纠纷案件。…) or the case named
  /// in a clause after a connector (还有，2019年该院审理的甲诉乙…一案中，…):
  /// one case per year (case.split.dated-matters, the court's dated case).
  @Test func courtDatedCasesAreOneCaseEach() async {
    await propertyCheck(count: 100, input: Gen.int(in: 0...1_000_000)) { seed in
      var d = Draw(state: UInt64(seed) &* 2_654_435_761 &+ 79)
      let n = 2 + d.next(3)
      var used: [String] = []
      func person() -> String {
        var s = Self.surnames[d.next(Self.surnames.count)]
        while used.contains(s) { s = Self.surnames[d.next(Self.surnames.count)] }
        used.append(s)
        return s + (d.next(2) == 0 ? "某" : "某某")
      }
      let p = Self.places[d.next(8)]
      let court = "\(p.county)人民法院"
      let kinds = ["劳务合同纠纷", "民间借贷纠纷", "买卖合同纠纷"]
      var lines = ["法官多年守护群众权益", "近年来，\(p.city)\(court)持续加大对劳动者权益的保护力度。"]
      var year = 2015 + d.next(3)
      for i in 0..<n {
        year += 1 + d.next(2)
        let a = person()
        let b = person()
        let kind = kinds[d.next(kinds.count)]
        let owed = 3 + d.next(20)
        if i > 0, d.next(2) == 0 {
          lines.append(
            "还有，\(year)年该院审理的\(a)诉\(b)\(kind)一案中，\(b)拖欠\(a)款项\(owed)万元，法院判决\(b)支付全部款项。")
        } else {
          let verb = ["审理了一起", "受理了一起", "审结了一起"][d.next(3)]
          lines.append(
            "\(year)年，\(d.next(2) == 0 ? court : "该院")\(verb)\(kind)案件。\(a)为\(b)提供服务，\(b)拖欠其款项\(owed)万元。法院判决\(b)支付全部款项。"
          )
        }
      }
      lines.append("该院表示，将继续依法保护群众合法权益。")
      let text = lines.joined(separator: "\n")
      #expect(Extractor().extract(text).cases.count == n, "\(text)")
    }
  }

  /// Negative: a court's year-by-year statistics (2021年，该院审结各类案件
  /// 3000件…) tell no case, and one case told over two dated sentences with
  /// the court as subject of the second (2020年，甲起诉乙…。2021年，法院判决…)
  /// stays one.
  @Test func courtDatedStatisticsAreNoCases() async {
    await propertyCheck(count: 60, input: Gen.int(in: 0...1_000_000)) { seed in
      var d = Draw(state: UInt64(seed) &* 2_654_435_761 &+ 83)
      let p = Self.places[d.next(8)]
      let court = "\(p.county)人民法院"
      let text: String
      let expected: Int
      if d.next(2) == 0 {
        text = [
          "\(court)工作回顾",
          "2021年，\(court)审结各类案件\(1000 + d.next(9000))件，同比上升\(1 + d.next(19))%。2022年，该院审结各类案件\(1000 + d.next(9000))件，结案率\(80 + d.next(19))%。",
        ].joined(separator: "\n")
        expected = 0
      } else {
        let a = Self.surnames[d.next(10)] + "某"
        let b = Self.surnames[10 + d.next(10)] + "某某"
        text = [
          "借款不还被判返还",
          "2020年，\(a)起诉\(b)，请求判令\(b)归还借款\(2 + d.next(30))万元。2021年，\(court)审理后判决\(b)归还全部借款。",
        ].joined(separator: "\n")
        expected = 1
      }
      #expect(Extractor().extract(text).cases.count == expected, "\(text)")
    }
  }
}
