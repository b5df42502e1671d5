import ChineseText
import PropertyBased
import Testing

@testable import LegalExtract

/// Round 15, case discovery (issue 12, families 1 and 2): a release's name
/// closed by its case number over each title (…典型案例之一——), a section
/// template written inline as the label of the paragraph it opens
/// (案情简介：… / 案例：… / 【基本案情】…), statement headings without a mark
/// after a lead that counts as many cases (…案例二则), a count written after
/// the case word, and a case-library entry (入库案例: metadata, the title
/// again over a ––subtitle, 关键词, 基本案情 / 裁判结果 / 裁判理由 with 其一，
/// 其二， reasons / 裁判要旨) that is one case.
@Suite("Case discovery, round 15")
struct CaseDiscoveryRound15Tests {
  private func cases(_ text: String) -> [CaseRecord] { Extractor().extract(text).cases }
  private func line(_ text: String) -> ArticleLine? {
    let doc = TextDocument(text)
    return doc.paragraphs.compactMap { ArticleLine($0, in: doc) }.first
  }
  private func rules(_ text: String) -> [RuleName] {
    explain(text).entries.filter(\.isAccepted).compactMap(\.madeBy)
  }

  // MARK: a release's name and case number (ArticleLine.isSeriesMarker)

  @Test func aReleaseNameWithItsCaseNumberIsAMarker() {
    #expect(line("2017年北京市十大劳动争议仲裁典型案例之一——")?.isCaseMarker == true)
    #expect(line("某省劳动人事争议仲裁典型案例之三：")?.isCaseMarker == true)
    #expect(line("消费维权典型案例之十")?.isCaseMarker == true)
  }

  @Test func sentencesAndOtherWordsBeforeZhiAreNoMarker() {
    #expect(line("本案是该院审理的涉老诈骗案件之一")?.isCaseMarker != true)
    #expect(line("张某诉某公司案系十大典型案例之一。")?.isCaseMarker != true)
    #expect(line("典型案例之一所述情形")?.isCaseMarker != true)
    #expect(line("近年来本市发布的劳动争议仲裁典型案例数量持续增长其中之一")?.isCaseMarker != true)
  }

  static let seriesRelease = """
    2019年某市十大劳动争议仲裁典型案例

    2019年某市十大劳动争议仲裁典型案例之一——

    社保折现无效，解除经济补偿不能少

    案例：章某于2016年8月入职某餐饮公司，双方约定将社保费用折现支付。2018年7月，章某以餐饮公司未缴纳社会保险费为由解除劳动合同，向区仲裁委提出仲裁申请，要求支付经济补偿金。

    仲裁委审理后认为，双方约定违反法律强制性规定，应属无效，裁决餐饮公司支付经济补偿金1万元。

    评析：依法缴纳社保义务不可规避。

    2019年某市十大劳动争议仲裁典型案例之二——

    符合休假条件，新入职当年即可休年休假

    案例：韦某于2016年6月入职某物业公司，离职时要求支付未休年休假工资报酬。物业公司只同意支付入职满一年后的部分，韦某向区仲裁委提出仲裁申请。

    仲裁委审理后认为，韦某入职前累计工作已满十年，裁决物业公司支付全部未休年休假工资报酬。

    评析：休年休假看累计工作年限。
    """

  @Test func aSeriesReleaseYieldsEachCaseWithItsStatementTitle() {
    let found = cases(Self.seriesRelease)
    #expect(found.count == 2)
    #expect(found.first?.title == "社保折现无效，解除经济补偿不能少")
    #expect(found.last?.title == "符合休假条件，新入职当年即可休年休假")
  }

  // MARK: decorations and bare case numbers (ArticleLine)

  @Test func aDecoratedMarkerAndBareCaseNumbersAreMarkers() {
    #expect(line("▶案例一")?.isCaseMarker == true)
    #expect(line("◆案例2")?.isCaseMarker == true)
    #expect(line("01")?.isCaseMarker == true)
    #expect(line("NO.3")?.isCaseMarker == true)
    #expect(line("■基本案情").map(CaseSplitter.opensTemplate) == true)
  }

  @Test func otherNumbersAloneAreNoMarkers() {
    for text in ["1", "10", "00", "2023", "NO.", "No.123", "◆"] {
      #expect(line(text)?.isCaseMarker != true, "\(text)")
    }
    // A number with its title on the line; a date or a count is none.
    #expect(line("02 符合休假条件，新入职当年即可休年休假")?.markerTitleOffset == 3)
    for text in ["05月12日，某区法院开庭审理", "2023 年工作回顾", "10 名被告人"] {
      #expect(line(text)?.markerTitleOffset == nil, "\(text)")
    }
  }

  static let numberedRelease = """
    某市人社局发布劳动争议典型案例
    近日，某市人力资源和社会保障局发布一批劳动争议典型案例。
    01
    社保折现无效，解除经济补偿不能少
    章某于2014年入职某餐饮公司，双方订立了劳动合同。2018年，章某向区仲裁委提出仲裁申请，要求某餐饮公司支付经济补偿金3万元。仲裁委裁决某餐饮公司向章某支付经济补偿金。
    02 符合休假条件，新入职当年即可休年休假
    韦某于2015年入职某物业公司，双方订立了劳动合同。2019年，韦某向区仲裁委提出仲裁申请，要求某物业公司支付未休年休假工资。仲裁委裁决某物业公司支付未休年休假工资。
    """

  @Test func aReleaseNumberedZeroOneYieldsEachCaseWithItsTitle() {
    let found = cases(Self.numberedRelease)
    #expect(found.map(\.title) == ["社保折现无效，解除经济补偿不能少", "符合休假条件，新入职当年即可休年休假"])
  }

  // MARK: a template written inline (CaseSplitter.inlineTemplateLabel)

  @Test func aTemplateLabelOpeningItsParagraphOpensTheTemplate() {
    for text in [
      "案情简介：汪某于2017年1月4日入职某饮品公司，双方订立了为期3年的劳动合同。",
      "【基本案情】2021年5月，罗某入职某餐饮管理公司，月工资4000元。",
      "案例：张某系外地农民工，于2014年8月入职某餐饮公司，从事后厨工作。",
    ] {
      #expect(line(text).map(CaseSplitter.opensTemplate) == true, "\(text)")
    }
  }

  @Test func otherLabelsAndShortLinesOpenNoInlineTemplate() {
    for text in [
      "案例分析：本案中，用人单位的做法违反了法律规定。", "案情重大，办案人员连夜赶赴现场。", "案例：", "案情简介：见附件",
      "评析：依法缴纳社保义务不可规避，用人单位应当依法缴费。",
    ] {
      #expect(line(text).flatMap(CaseSplitter.inlineTemplateLabel) == nil, "\(text)")
    }
  }

  static let inlineTemplates = """
    2020年某市劳动人事争议仲裁典型案例

    一、不得滥用特殊工时损害劳动者合法权益

    案情简介：汪某于2017年1月入职某饮品公司，双方约定实行不定时工作制。2019年，汪某向区仲裁委申请仲裁，要求饮品公司支付延时加班工资2万元。

    仲裁委审理后认为，饮品公司未经审批实行不定时工作制，裁决饮品公司支付汪某加班工资2万元。

    评析：勿把特殊工时当作“筐”。

    二、因政策导致部门迁移属于客观情况发生重大变化

    案情简介：唐某于2012年8月入职某电子企业，2018年该企业因政策调整迁往外省，唐某拒绝随迁，企业与其解除劳动合同，唐某申请仲裁要求支付赔偿金。

    仲裁委审理后认为，电子企业解除劳动合同符合法律规定，裁决驳回唐某的仲裁请求。

    评析：客观情况发生重大变化用人单位可行使解除权。

    三、劳动者不享受当年度带薪年休假须符合法定情形

    案情简介：陈某于2014年4月入职某信息科技公司，2018年离职时要求支付未休年休假工资，公司以其休过病假为由拒绝，陈某申请仲裁。

    仲裁委审理后认为，陈某仍有权享受年休假，裁决公司支付陈某未休年休假工资报酬。

    评析：符合法定情形劳动者才可不享受年休假。
    """

  @Test func enumeratedStatementTitlesOverInlineTemplatesAreCases() {
    let found = cases(Self.inlineTemplates)
    #expect(found.count == 3)
    #expect(
      found.map(\.title) == [
        "不得滥用特殊工时损害劳动者合法权益", "因政策导致部门迁移属于客观情况发生重大变化", "劳动者不享受当年度带薪年休假须符合法定情形",
      ])
  }

  // MARK: statement headings after a lead that counts them

  @Test func aCountAfterTheCaseWordIsTheLeadsCount() {
    func count(_ text: String) -> Int? {
      let doc = TextDocument(text)
      return CaseSplitter.leadCount(
        in: doc, lines: doc.paragraphs.compactMap { ArticleLine($0, in: doc) })
    }
    #expect(count("商海失信案例二则\n正文。") == 2)
    #expect(count("劳动争议典型案例3则\n正文。") == 3)
    #expect(count("一起案例一则\n正文。") == nil)
    #expect(count("案例二中的被告人\n正文。") == nil)
  }

  static let statementHeadings = """
    商海失信案例二则
    谎称未收货物意图赖掉货款
    苏州一家材料公司与上海某纺织公司口头约定买卖绞线。双方合作三年后，上海公司拖欠货款20余万元，苏州公司将对方诉至法院。法院经审理查明被告已收到货物，判决上海公司支付剩余货款24万余元。
    法官说法：买受人按约支付货款是基本义务。
    讨要蹊跷借款
    法院不予认定
    某贸易公司将其关联公司某科技公司诉至法院，称对方向其借款200多万元。法院审理查明两公司系同一外商投资设立，借款并不真实，判决驳回某贸易公司的诉讼请求。
    """

  @Test func statementHeadingsAfterACountingLeadAreOneCaseEach() {
    let found = cases(Self.statementHeadings)
    #expect(found.count == 2)
    #expect(found.first?.title == "谎称未收货物意图赖掉货款")
    #expect(found.last?.title == "讨要蹊跷借款")
    #expect(rules(Self.statementHeadings).contains(CaseSplitRule.statementHeadings.name))
  }

  @Test func subheadingsWithoutACountingLeadAreNoStatementHeadings() {
    // The same parts after a headline that counts nothing; and a story whose
    // lead counts three under two subheadings.
    let uncounted = Self.statementHeadings.replacingOccurrences(of: "商海失信案例二则", with: "商海失信现象调查")
    #expect(!rules(uncounted).contains(CaseSplitRule.statementHeadings.name))
    let miscounted = Self.statementHeadings.replacingOccurrences(of: "案例二则", with: "案例三则")
    #expect(!rules(miscounted).contains(CaseSplitRule.statementHeadings.name))
  }

  static let closingLabels = """
    某市劳动人事争议仲裁典型案例
    社保折现无效，解除经济补偿不能少
    章某于2014年入职某餐饮公司，双方订立了劳动合同。2018年，双方发生争议，章某向区仲裁委提出仲裁申请，要求某餐饮公司支付经济补偿金3万元。
    仲裁委审理后认为，某餐饮公司的做法违反法律规定，裁决某餐饮公司向章某支付经济补偿金。
    法官说法：用人单位应当依法为劳动者缴纳社会保险。
    符合休假条件，新入职当年即可休年休假
    韦某于2015年入职某物业公司，双方订立了劳动合同。2019年，韦某向区仲裁委提出仲裁申请，要求某物业公司支付未休年休假工资。
    仲裁委审理后认为，韦某入职前累计工作已满十年，裁决某物业公司支付未休年休假工资。
    法官说法：年休假看累计工作年限。
    """

  @Test func statementHeadingsOverPartsClosingAlikeAreOneCaseEach() {
    let found = cases(Self.closingLabels)
    #expect(found.count == 2)
    #expect(found.map(\.title) == ["社保折现无效，解除经济补偿不能少", "符合休假条件，新入职当年即可休年休假"])
  }

  @Test func oneCaseUnderSubheadingsClosingDifferentlyIsOneCase() {
    // One story told under subheadings: the label closes only its last part.
    let text = """
      某区法院审结一起劳动争议案
      入职三年未缴社保
      章某于2014年入职某餐饮公司，双方订立了劳动合同。2018年，章某向区仲裁委提出仲裁申请，要求某餐饮公司支付经济补偿金3万元。
      法院判决支付补偿
      某餐饮公司不服仲裁裁决诉至法院，法院经审理判决某餐饮公司向章某支付经济补偿金3万元。
      法官说法：用人单位应当依法为劳动者缴纳社会保险。
      """
    #expect(cases(text).count == 1)
    #expect(!rules(text).contains(CaseSplitRule.statementHeadings.name))
  }

  // MARK: a case-library entry (入库案例)

  static let libraryEntry = """
    宋某某诉某市社会保险基金管理中心给付抚恤金案

    审理法院：江苏省某市某区人民法院

    案号：(2024)苏0812行初100号

    裁判日期：2025.03.31

    入库编号 2025-12-3-008-004

    宋某某诉某市社会保险基金管理中心给付抚恤金案

    ––职工工亡后，通过胚胎移植技术出生的子女属于工亡职工供养亲属范围

    关键词

    行政 行政给付 抚恤金 工亡职工

    基本案情

    2019年，宋某某之父在工作中因工死亡。2024年5月，宋某某之母代宋某某向被告某市社会保险基金管理中心申请供养亲属抚恤金，被告作出不予支付的决定。宋某某遂向法院提起行政诉讼。

    裁判结果

    江苏省某市某区人民法院于2025年3月31日作出行政判决，撤销被告作出的不予支付决定。

    裁判理由

    其一，在法律法规没有明确规定的情况下，应回归工伤保险制度的立法目的进行解释。

    其二，从工伤保险制度的立法目的来看，供养亲属抚恤金制度设立的目的，是救济因职工死亡而失去生活来源的亲属。

    裁判要旨

    职工工亡后，通过胚胎移植技术出生的子女，属于工亡职工供养亲属范围。
    """

  @Test func aCaseLibraryEntryIsOneCase() {
    let found = cases(Self.libraryEntry)
    #expect(found.count == 1)
    #expect(found.first?.title == "宋某某诉某市社会保险基金管理中心给付抚恤金案")
  }

  @Test func reasonsNumberedQiYiAreNoCases() {
    #expect(!rules(Self.libraryEntry).contains(CaseSplitRule.ordinalParagraphs.name))
    // 其一/其二 paragraphs that each tell a matter still do.
    let told = """
      某区法院通报两起拒执案件
      近日，某区人民法院通报了两起拒不执行判决、裁定案件。
      其一，被执行人郑某某拒不履行还款义务，法院依法对其司法拘留十五日。
      其二，被执行人冯某转移财产逃避执行，法院依法对其罚款一万元。
      """
    #expect(cases(told).count == 2)
  }

  @Test func aLabelHeadingIsNoTitle() {
    #expect(line("关键词").map(CaseSplitter.isLabelHeading) == true)
    #expect(line("裁判要旨：").map(CaseSplitter.isLabelHeading) == true)
    #expect(line("关键词语的含义").map(CaseSplitter.isLabelHeading) != true)
    #expect(line("基本案情").map(CaseSplitter.isLabelHeading) != true)
    #expect(line("––职工工亡后").map(CaseSplitter.isSubtitle) == true)
  }

  // MARK: title lines with a ——subtitle (case.split.title-line)

  @Test func aTitleLineWithASubtitleGivesTheTitleBeforeTheDashes() {
    #expect(line("王某某盗窃案——多次盗窃的，依法从重处罚")?.subtitledTitleRange?.count == 6)
    #expect(line("——河北邯郸李某某等敲诈勒索案")?.subtitledTitleRange == nil)
    #expect(line("王某某盗窃案——法院认为，其行为构成盗窃罪。")?.subtitledTitleRange == nil)
    #expect(line("依法惩治——盗窃案")?.subtitledTitleRange == nil)
  }

  /// A release listing its titles with subtitles, unnumbered, then telling
  /// each case under the same line: every case, the first included.
  @Test func unnumberedSubtitledHeadingsAfterContentsAreEveryCase() async {
    let subtitles = ["多次盗窃的，依法从重处罚", "坚持罪责刑相适应原则", "依法从严惩处", "对未成年被害人依法特殊保护"]
    await propertyCheck(count: 60, input: Gen.int(in: 0...1_000_000)) { seed in
      var d = CaseLayoutPropertyTests.Draw(state: UInt64(seed) &* 2_654_435_761 &+ 107)
      let n = 2 + d.next(3)
      var names: [String] = []
      let cases = (0..<n).map { _ in
        CaseLayoutPropertyTests.makeCase(&d, civil: false, names: &names)
      }
      let heads = cases.map { $0.title + "——" + subtitles[d.next(subtitles.count)] }
      var lines = ["某省高级人民法院发布\(Self.numerals[n - 1])起依法惩治侵财犯罪典型案例"]
      if d.next(2) == 0 { lines.append("目录") }
      if d.next(3) != 0 { lines += heads }
      for (i, c) in cases.enumerated() {
        lines.append(heads[i])
        lines.append(c.facts.joined())
      }
      let text = lines.joined(separator: "\n")
      let found = Extractor().extract(text).cases
      #expect(found.count == n, "\(text)")
      guard found.count == n else { return }
      for (c, f) in zip(cases, found) {
        #expect(f.title == c.title, "\(text)")
      }
    }
  }

  // MARK: property: release layouts from parts

  static let statements = [
    "社保折现无效，解除经济补偿不能少", "符合休假条件，新入职当年即可休年休假", "未约定竞业限制补偿，单位仍需支付", "劳动者非背锅侠，规章制度须合法合理",
    "谎称未收货物意图赖掉货款", "讨要蹊跷借款",
  ]
  static let workers = ["章某", "韦某", "邹某某", "钱某", "常某某", "蒋某"]
  static let firms = ["某餐饮公司", "某物业公司", "某网络公司", "某外贸公司", "某超市", "某贸易公司"]
  static let numerals = ["一", "二", "三", "四", "五", "六"]

  /// A release generated from parts: a headline with or without a count
  /// written after the case word (案例N则), a case number per case (a
  /// release's name and 之N——, 一、, or none), the title a statement, and the
  /// body as an inline template (案例： / 案情简介：) or plain prose with a
  /// closing 评析：/法官说法： the same in every part. The oracle: N cases
  /// with their titles.
  static func release(_ seed: Int) -> (text: String, titles: [String], marked: Bool) {
    var d = CaseLayoutPropertyTests.Draw(state: UInt64(seed) &* 2_654_435_761 &+ 101)
    let n = 2 + d.next(4)
    let numbering = d.next(3)  // 0 series name + 之N——, 1 一、, 2 none
    let inline = d.next(3)  // 0 案例：, 1 案情简介：, 2 none
    let counted = d.next(2) == 0
    let name = "2019年某市劳动争议仲裁典型案例"
    let closing = ["评析：", "法官说法："][d.next(2)]
    var lines = [counted ? "劳动争议\(["", "仲裁"][d.next(2)])案例\(numerals[n - 1])则" : name]
    var titles: [String] = []
    for i in 0..<n {
      let title = statements[i]
      titles.append(title)
      switch numbering {
      case 0: lines += ["\(name)之\(numerals[i])——", title]
      case 1: lines.append("\(numerals[i])、\(title)")
      default: lines.append(title)
      }
      let label = ["案例：", "案情简介：", ""][inline]
      let worker = workers[i]
      let firm = firms[i]
      lines.append(
        "\(label)\(worker)于\(2014 + i)年\(1 + d.next(12))月入职\(firm)，双方订立了劳动合同。\(2018 + i)年，双方发生争议，\(worker)向区仲裁委提出仲裁申请，要求\(firm)支付经济补偿金\(2 + d.next(8))万元。"
      )
      lines.append("仲裁委审理后认为，\(firm)的做法违反法律规定，裁决\(firm)向\(worker)支付经济补偿金。")
      lines.append(closing + "用人单位应当依法保障劳动者的合法权益。")
    }
    // Every layout marks its cases: a case number, an inline template, a
    // lead's count, or the same closing label in every part.
    return (lines.joined(separator: "\n"), titles, true)
  }

  @Test func releasesFromPartsYieldEveryCase() async {
    await propertyCheck(count: 120, input: Gen.int(in: 0...1_000_000)) { seed in
      let (text, titles, marked) = Self.release(seed)
      guard marked else { return }
      let found = Extractor().extract(text).cases
      #expect(found.count == titles.count, "\(text)")
      guard found.count == titles.count else { return }
      for (title, c) in zip(titles, found) {
        #expect(c.title == title, "\(title) in \(text)")
      }
    }
  }

  /// Case numbers as releases write them (01, NO.1, ▶案例一, ◆案例1), on a
  /// line of their own or before the title, over a statement title and a
  /// paragraph that tells the case: one case per number, titled.
  @Test func decoratedAndBareCaseNumbersYieldEveryCase() async {
    await propertyCheck(count: 80, input: Gen.int(in: 0...1_000_000)) { seed in
      var d = CaseLayoutPropertyTests.Draw(state: UInt64(seed) &* 2_654_435_761 &+ 109)
      let n = 2 + d.next(3)
      let kind = d.next(4)
      let ownLine = d.next(2) == 0
      var lines = ["某市人社局发布劳动争议典型案例", "近日，某市人力资源和社会保障局发布一批劳动争议典型案例。"]
      for i in 0..<n {
        let mark = ["0\(i + 1)", "NO.\(i + 1)", "▶案例\(Self.numerals[i])", "◆案例\(i + 1)"][kind]
        lines += ownLine ? [mark, Self.statements[i]] : ["\(mark) \(Self.statements[i])"]
        let worker = Self.workers[i]
        let firm = Self.firms[i]
        lines.append(
          "\(worker)于\(2014 + i)年入职\(firm)，双方订立了劳动合同。\(2018 + i)年，\(worker)向区仲裁委提出仲裁申请，要求\(firm)支付经济补偿金\(2 + d.next(8))万元。仲裁委裁决\(firm)向\(worker)支付经济补偿金。"
        )
      }
      let text = lines.joined(separator: "\n")
      let found = Extractor().extract(text).cases
      #expect(found.map(\.title) == Array(Self.statements.prefix(n)), "\(text)")
    }
  }

  /// One case-library entry generated from parts: the metadata lines, the
  /// title again over a ––subtitle, 关键词 with or without brackets, the
  /// template with 其一，/其二， reasons. Always one case, titled.
  @Test func caseLibraryEntriesAreOneCase() async {
    await propertyCheck(count: 60, input: Gen.int(in: 0...1_000_000)) { seed in
      var d = CaseLayoutPropertyTests.Draw(state: UInt64(seed) &* 2_654_435_761 &+ 103)
      let worker = Self.workers[d.next(Self.workers.count)]
      let firm = Self.firms[d.next(Self.firms.count)]
      let title =
        ["\(worker)诉\(firm)劳动争议案", "\(worker)诉某市社会保险基金管理中心给付抚恤金案", "\(firm)诉\(worker)买卖合同纠纷案"][
          d.next(3)]
      let dash = ["––", "——", "—"][d.next(3)]
      let bracket = d.next(2) == 0
      func label(_ s: String) -> String { bracket ? "【\(s)】" : s }
      var lines = [title, "审理法院：某市某区人民法院", "案号：(2024)苏0812民初\(100 + d.next(800))号"]
      if d.next(2) == 0 { lines.append("入库编号 2025-12-3-008-00\(1 + d.next(9))") }
      lines += [title, "\(dash)用人单位应当依法履行法定义务", label("关键词"), "民事 劳动争议 经济补偿"]
      lines += [
        label("基本案情"),
        "2021年，\(worker)与\(firm)发生争议。2023年，\(worker)向某市某区人民法院提起诉讼，请求判令\(firm)支付款项\(2 + d.next(8))万元。",
        label("裁判结果"), "某市某区人民法院作出判决，支持\(worker)的诉讼请求。", label("裁判理由"),
        "其一，在法律没有明确规定的情况下，应当回归立法目的进行解释。", "其二，从制度设立的目的来看，应当保护弱势一方的合法权益。",
        label("裁判要旨"), "用人单位应当依法履行法定义务。",
      ]
      let text = lines.joined(separator: "\n")
      let found = Extractor().extract(text).cases
      #expect(found.count == 1, "\(text)")
      #expect(found.first?.title == title, "\(text)")
    }
  }
}
