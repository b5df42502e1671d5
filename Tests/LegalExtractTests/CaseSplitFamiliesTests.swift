import ChineseText
import Testing

@testable import LegalExtract

/// The case-structure families of issue 12 (third round): each cue's
/// positive form and the look-alike it must leave alone.
@Suite struct CaseSplitFamiliesTests {
  func sections(_ text: String) -> [CaseSection] {
    CaseSplitter.sections(in: TextDocument(text), organizations: [])
  }

  func rule(_ text: String) -> CaseSplitRule? {
    CaseSplitter.reading(in: TextDocument(text), organizations: []).kept?.rule
  }

  // MARK: case.split.successive-suits

  @Test func suitsWithRolesReversedAreTwoCases() {
    let text =
      "2019年5月，甲某与乙某签订租赁合同。2020年3月，甲某向某区人民法院提起诉讼，要求乙某支付租金2万元，法院判决支持。今年4月，乙某又将甲某告上了法庭，要求返还押金5000元。"
    #expect(rule(text) == .successiveSuits)
    #expect(sections(text).count == 2)
  }

  @Test func aSuitCountedTwiceIsTwoCases() {
    let text =
      "丙公司委托丁公司加工货物。2018年3月，丙公司两次起诉丁公司，分别请求赔偿损失。两案均被驳回。2019年7月，丁公司向该法院提起执行异议之诉，获得支持。2021年11月，丙公司起诉丁公司要求赔偿租赁损失。"
    #expect(sections(text).count == 4)
  }

  @Test func theSamePlaintiffSuingAgainIsOneCase() {
    // The suit told twice: same plaintiff, a restatement, not a new case.
    let text =
      "2020年3月，甲某向某区人民法院提起诉讼，要求乙某归还借款。法院审理认为，甲某于2020年起诉未超过诉讼时效，判决乙某归还借款5万元。"
    #expect(rule(text) != .successiveSuits)
    #expect(sections(text).count == 1)
  }

  @Test func aPlaintiffNoEarlierSuitNamedIsAnotherStory() {
    // Two releases' cases: 丙某 was never a party of 甲某's suit.
    let text =
      "2021年3月，甲某以某街道办事处为被告提起行政诉讼，法院裁定驳回起诉。\n\n2022年9月，丙某提起诉讼要求变更参加工作时间，法院裁定驳回。"
    #expect(rule(text) != .successiveSuits)
  }

  @Test func aClauseIsNoPlaintiff() {
    let suits = CaseSplitter.toldSuits(
      lines(
        "2020年7月2日，某县院发布公告，公告期满后没有适格主体提起诉讼。2020年11月17日，某县院以甲公司为被告提起民事公益诉讼。"),
      end: 1000,
      doc: TextDocument(
        "2020年7月2日，某县院发布公告，公告期满后没有适格主体提起诉讼。2020年11月17日，某县院以甲公司为被告提起民事公益诉讼。"))
    #expect(suits.map { String(String.UnicodeScalarView($0.plaintiff)) } == ["某县院"])
  }

  @Test func appealsAndProsecutionsAreNoSuits() {
    let text = "2021年，乙某不服判决提起上诉。2022年，某县人民检察院提起公诉。2023年，丙某撤回起诉。"
    #expect(
      CaseSplitter.toldSuits(lines(text), end: text.unicodeScalars.count, doc: TextDocument(text))
        .isEmpty)
  }

  // MARK: case.split.title-paragraphs

  @Test func suitTitlesOpeningParagraphs() {
    let text =
      "刑事案件\n\n香港特别行政区 诉 甲某(终院刑事上诉2015年第3号)案中，上诉人被判监禁十年。终审法院驳回上诉。\n\n香港特别行政区 诉 乙某及另一人(终院刑事上诉2015年第7号)案中，两名上诉人被裁定罪名成立。终审法院判上诉得直。"
    let s = sections(text)
    #expect(s.count == 2)
    #expect(s.first?.title?.hasPrefix("香港特别行政区 诉 甲某") == true)
  }

  @Test func suitWordsAreNoSuitTitle() {
    let t = Array("原告起诉称被告拖欠货款案中".unicodeScalars)
    #expect(!CaseSplitter.opensSuitTitle(t, 0..<t.count))
    let u = Array("某公司诉至法院案中".unicodeScalars)
    #expect(!CaseSplitter.opensSuitTitle(u, 0..<u.count))
    let v = Array("甲公司诉乙公司买卖合同纠纷案".unicodeScalars)
    #expect(CaseSplitter.opensSuitTitle(v, 0..<v.count))
  }

  @Test func oneTitleParagraphIsNoReading() {
    let text = "甲公司诉乙公司买卖合同纠纷案中，法院判决乙公司支付货款。\n\n法官提示，签订合同应当谨慎。"
    #expect(rule(text) != .titleParagraphs)
  }

  @Test func aSuitTitleCarriesItsDocketAndNotes() {
    let text =
      "民事案件\n\n甲某 诉 乙某、丙某及律政司司长(代表政制及内地事务局局长)(终院民事上诉2010年第8号)案中，呈请人质疑选举结果。原讼法庭驳回呈请，终审法院判上诉得直。"
    let s = sections(text)
    #expect(s.count == 1)
    // The title reaches over the docket (its span holds it); the title's
    // text leaves the docket out, as the case is titled (B6 gold).
    #expect(s.first?.title == "甲某 诉 乙某、丙某及律政司司长(代表政制及内地事务局局长)案")
    #expect(
      s.first?.titleSpan.map { TextDocument(text).folded.text($0.range).hasSuffix("第8号)案") }
        == true)
  }

  // MARK: case.split.party-paragraphs

  @Test func coDefendantsNamedTogetherDoNotSplit() {
    // 乙某 is named in the lead with 甲某: one case told over two paragraphs.
    let text =
      "某区法院审理甲某、乙某盗窃一案。\n被告人甲某多次入户盗窃，被判处有期徒刑三年。\n被告人乙某为其望风，被判处有期徒刑一年。"
    #expect(rule(text) != .partyParagraphs)
    #expect(sections(text).count == 1)
  }

  @Test func partiesNamedAcrossParagraphsDoNotSplit() {
    // 甲某 comes back in the second paragraph: the parties are not apart.
    let text =
      "被执行人甲某拒不履行判决。执行法官多次上门。\n被执行人乙某为甲某提供担保，后甲某还清欠款。"
    #expect(rule(text) != .partyParagraphs)
  }

  @Test func aSuitClauseGoesOnFromTheClauseBefore() {
    let text =
      "2021年9月，赵某某向某区人民法院提起诉讼，称钱某拖欠租金。2022年3月，钱某以商铺漏水为由，将赵某某告上了法庭。"
    let suits = CaseSplitter.toldSuits(
      lines(text), end: text.unicodeScalars.count, doc: TextDocument(text))
    #expect(suits.map { String(String.UnicodeScalarView($0.plaintiff)) } == ["赵某某", "钱某"])
  }

  // MARK: case.split.body-subheadings

  @Test func stageSubheadingsAreOneCase() {
    // 一审 / 二审 subheadings tell one case's stages, even before two courts.
    let text =
      "买卖合同纠纷历经两审\n\n一审判决支持原告诉请\n\n北京市朝阳区人民法院审理认为，甲某应支付货款5万元。\n\n二审维持原判决结果\n\n北京市第三中级人民法院审理后驳回甲某的上诉。"
    let s = CaseSplitter.reading(
      in: TextDocument(text), organizations: Extractor().extract(text).organizations)
    #expect(s.kept?.rule != .bodySubheadings)
  }

  @Test func oneBodyUnderTwoSubheadingsIsOneCase() {
    let text =
      "法院严惩电信网络诈骗\n\n出租银行卡获利 大学生获刑\n\n北京市朝阳区人民法院审结一起帮助信息网络犯罪活动案件，甲某被判处有期徒刑六个月。\n\n法院走进校园开展宣传活动\n\n北京市朝阳区人民法院法官走进高校，讲解出租银行卡的法律风险。"
    let s = CaseSplitter.reading(
      in: TextDocument(text), organizations: Extractor().extract(text).organizations)
    #expect(s.kept?.rule != .bodySubheadings)
  }

  // MARK: case.split.repeated-decisions

  @Test func firstAndSecondInstanceDecisionsAreOneCase() {
    // Two decisions that open differently are one case's steps, no template.
    let text =
      "2022年，甲某驾车撞伤乙某。\n一审法院依据《中华人民共和国民法典》第一千一百六十五条的规定，判处甲某赔偿乙某5万元。\n二审法院根据《中华人民共和国民事诉讼法》第一百七十七条的规定，判决驳回上诉，维持原判，并责令甲某履行。"
    #expect(rule(text) != .repeatedDecisions)
    #expect(sections(text).count == 1)
  }

  @Test func aDecisionNeedsItsRule() {
    let doc = TextDocument("当事人上述行为被责令改正。")
    let line = doc.paragraphs.compactMap { ArticleLine($0, in: doc) }[0]
    #expect(!CaseSplitter.isDecision(line))
  }

  // MARK: case.guard.untold (a list of titles)

  @Test func titleListsAreRead() {
    let t = Array("分别为：甲某盗窃案；乙公司与丙公司纠纷案等2个案例".unicodeScalars)
    #expect(CaseSplitter.isTitleList(t, 0..<t.count))
    let told = Array("甲某盗窃案中，法院判处甲某有期徒刑一年；乙某诈骗案中，法院判处乙某有期徒刑二年".unicodeScalars)
    #expect(!CaseSplitter.isTitleList(told, 0..<told.count))
  }

  @Test func aListedTitleToldLaterIsACase() {
    let text =
      "本次发布的案例为：甲某盗窃案；乙某诈骗案。\n其中，被告人甲某多次入户盗窃，法院判处其有期徒刑三年。"
    #expect(Extractor().extract(text).cases.count == 1)
  }

  // MARK: tables of contents and subtitles (case.split.marker, case.split.section-template)

  @Test func tableOfContentsWithSubtitlesLeaksNoTitle() {
    let text = """
      劳动争议典型案例
      案例一：某科技公司集体劳动纠纷
      ——基层调解化解劳动纠纷
      案例二：甲某与某服饰公司劳动争议案
      ——合作名义难掩劳动关系
      案例三：乙某与某冰箱公司劳动争议案
      ——竞业限制补偿低于法定标准
      某科技公司集体劳动纠纷
      ——基层调解化解劳动纠纷
      一、基本案情
      某科技公司因经营困难裁员，59名员工申请劳动仲裁。法院组织调解，双方达成协议。
      二、典型意义
      基层法庭靠前化解纠纷。
      """
    let s = sections(text)
    #expect(s.map(\.title) == ["某科技公司集体劳动纠纷"])
  }

  @Test func aCaseNameSubtitleIsTheTitle() {
    let text = """
      某市法院发布消费者权益保护典型案例
      【案例1】
      以马肉冒充驴肉进行销售构成销售伪劣产品罪
      ——被告人甲某销售伪劣产品案
      【基本案情】甲某以马肉冒充驴肉销售，销售金额41万元。法院判处甲某有期徒刑三年。
      【案例2】
      预付卡经营者跑路应当退款
      ——乙某与某健身公司服务合同纠纷案
      【基本案情】乙某在某健身公司办卡后公司停业，乙某起诉要求退款，法院判决支持。
      """
    #expect(sections(text).map(\.title) == ["被告人甲某销售伪劣产品案", "乙某与某健身公司服务合同纠纷案"])
  }

  @Test func aStatementOverAStatementSubtitleKeepsItsTitle() {
    let text = """
      某市法院发布典型案例
      【案例1】
      甲某盗窃案
      ——多次盗窃的依法从重处罚
      被告人甲某多次盗窃，法院判处其有期徒刑一年。
      【案例2】
      乙某诈骗案
      ——电信诈骗依法严惩
      被告人乙某骗取财物，法院判处其有期徒刑二年。
      """
    #expect(sections(text).map(\.title) == ["甲某盗窃案", "乙某诈骗案"])
  }

  // MARK: sections whose title reaches their end (found by the fuzzer)

  @Test func aSectionWhoseTitleRunsPastItsEndTellsNothing() {
    let doc = TextDocument("基本案情。某某案。经审理，法院判决驳回。")
    let past = CaseSection(span: TextSpan(0, 5), title: "基本案情。某某案", titleSpan: TextSpan(0, 9))
    let atEnd = CaseSection(span: TextSpan(0, 5), title: "基本案情。", titleSpan: TextSpan(0, 5))
    let told = CaseSection(span: TextSpan(5, 21), title: "某某案", titleSpan: TextSpan(5, 9))
    #expect(CaseSplitter.told([past, atEnd, told], doc) == [told])
  }

  private func lines(_ text: String) -> [ArticleLine] {
    let doc = TextDocument(text)
    return doc.paragraphs.compactMap { ArticleLine($0, in: doc) }
  }
}
