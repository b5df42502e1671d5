import ChineseText
import Testing

@testable import LegalExtract

/// Families of the fifth round of case segmentation, each with what it must
/// read and what it must leave alone: work news that only counts or names
/// stages, a statement-titled penalty case, a commentary that keeps naming
/// its one case, a judged list of names, defendants of a mass sentencing.
@Suite("Case split, round 5 families")
struct CaseSplitRound5Tests {
  private func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

  // MARK: Work news that names stages or counts people tells no case

  @Test func aStageOfProcedureNamesNobody() {
    // 审查起诉 is a stage the recommendation is about (case.guard.statistics).
    let text =
      "2023年3月2日，某县人民检察院召开案件质量通报会。会上通报了公安机关移送的审查逮捕和审查起诉案卷的审查情况，指出卷宗装订不规范等问题，并提出整改意见。"
    let t = scalars(text)
    #expect(CaseSplitter.participantOffset(t, range: 0..<t.count) == nil)
  }

  @Test func aPartyWordInASentenceThatComparesPeriodsIsACategory() {
    let t = scalars("报告显示，起诉严重暴力犯罪同比下降3.1%，审结案件数量继续上升。")
    #expect(CaseSplitter.participantOffset(t, range: 0..<t.count) == nil)
    // The same word in a story's sentence still names a step somebody took.
    let story = scalars("2023年5月，周某起诉某物业公司，要求返还押金。")
    #expect(CaseSplitter.participantOffset(story, range: 0..<story.count) != nil)
  }

  @Test func aCountOpeningTheRoleWordsPhraseIsAClass() {
    // 3名…的被执行人堵住: 堵 is a surname, but the count makes the phrase a class.
    let t = scalars("执行干警进村入户，将3名长期在外、近期返乡的被执行人堵住。")
    #expect(CaseSplitter.participantOffset(t, range: 0..<t.count) == nil)
    #expect(CaseSplitter.isCountedDescription(t, at: t.count - 7, range: 0..<t.count))
    // A role word with a name and no count before it names somebody.
    let named = scalars("执行干警找到了被执行人周某，当场扣划存款。")
    #expect(CaseSplitter.participantOffset(named, range: 0..<named.count) != nil)
  }

  @Test func aDriveReportedInCountsTellsNoCase() {
    let text =
      "某县法院开展节前执行攻坚行动\n为确保申请执行人过好春节，某县法院开展执行攻坚行动。干警对筛选的5件重点案件中的3名被执行人进行了集中拘传。2月6日凌晨，执行干警将2名长期在外、近期返乡的被执行人堵住。最终，有3件案件申请执行人与被执行人达成和解协议。"
    #expect(Extractor().extract(text).cases.isEmpty)
  }

  // MARK: A penalty case titled by a statement

  @Test func aStatementTitledPenaltyCaseIsTold() {
    let text =
      "某省市场监管部门发布一批轻微违法行为不予处罚典型案例。\n某商行销售标签不规范的预包装食品不予处罚案\n某区市场监管局接到投诉，反映某商行销售的饼干标签未标注生产日期。经查，当事人系初次违法，货值金额较小，且及时下架整改。根据《中华人民共和国行政处罚法》第三十三条第一款的规定，某区市场监管局决定对当事人不予处罚。"
    let cases = Extractor().extract(text).cases
    #expect(cases.count == 1)
    #expect(cases.first?.title == "某商行销售标签不规范的预包装食品不予处罚案")
  }

  @Test func aReleaseAboutALenientRuleTellsNoCase() {
    // 不予处罚 and 行政处罚 without anybody taking part: a rule, not a case.
    let text =
      "近日，江苏省市场监管局发布轻微违法行为不予处罚清单，明确对初次违法且危害后果轻微的可以不予处罚，依照行政处罚法从轻处罚、减轻处罚的情形也予以列明。"
    #expect(Extractor().extract(text).cases.isEmpty)
  }

  // MARK: Commentary that keeps naming its one case

  @Test func aShortTitleNamedAgainIsTheCommentarysCase() {
    let text =
      "评论员：今天，最高法院对再审的涉产权案件中最受关注的一件——柴国栋案作出判决，此案终于有了结果。\n柴国栋案的宣判，对依法保护产权具有指标性。庭审中控辩双方激烈交锋，原审判决的罪名部分被改判。\n柴国栋案的判决，对民营企业家是一种鼓舞。"
    let cases = Extractor().extract(text).cases
    #expect(cases.count == 1)
    #expect(cases.first?.title == "柴国栋案")
  }

  @Test func aWordEndingInAnCaseIsNoShortTitle() {
    // 查证涉案 twice: 涉案 is no title's end, however often it stands.
    let t = scalars("海关查证涉案货物，再次查证涉案账目。")
    let at = t.firstOffset(of: scalars("查证涉案"), in: 0..<t.count) ?? 0
    #expect(!CaseSplitter.recursAsTitle(t, at..<(at + 4)))
    let title = scalars("柴国栋案开庭，柴国栋案宣判。")
    #expect(CaseSplitter.recursAsTitle(title, 0..<4))
    // Named once only: no recurrence.
    #expect(!CaseSplitter.recursAsTitle(scalars("柴国栋案开庭。"), 0..<4))
  }

  // MARK: A judged list of names

  @Test func aListOfNamesWithoutJudgmentIsNoCue() {
    let t = scalars("出席会议的有：窦文明、柯长青、费立新等同志，会议讨论了审判工作。")
    #expect(CaseToldCues.namesJudged(t, range: 0..<t.count) == nil)
    // One name is no list.
    let one = scalars("窦文明受到判罚。")
    #expect(CaseToldCues.namesJudged(one, range: 0..<one.count) == nil)
    #expect(CaseToldCues.listedNames(scalars("窦文明、柯长青、费立新以及"), from: 0, limit: 14) == 3)
  }

  // MARK: Defendants of a mass sentencing vs co-defendants of one case

  @Test func coDefendantsOfOneCaseStayOneCase() {
    // No lead that counts cases: 犯…罪 after each name is one case's verdict.
    let text =
      "某市中级人民法院对董某明等5人受贿一案一审宣判。判决被告人董某明犯受贿罪，判处有期徒刑十年。判决被告人钱某犯行贿罪，判处有期徒刑三年。"
    #expect(Extractor().extract(text).cases.count == 1)
  }

  @Test func theSameDefendantChargedTwiceIsOneCase() {
    let t = scalars("集中宣判的3起案件中，被告人郝某明犯抢劫罪，判处有期徒刑六年；被告人郝某明犯盗窃罪，判处有期徒刑一年。")
    #expect(CaseSplitter.chargedDefendants(t, in: 0..<t.count).count == 1)
  }
}

@Suite("Case split, round 5: listed terms and wrapped titles")
struct CaseSplitRound5MoreTests {
  private func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

  @Test func aProcedureWordInAListOfKindsOfWorkNamesNobody() {
    let t = scalars("检察室定期通报刑事立案监督、批捕、不捕、起诉、退回补充侦查等情况。")
    #expect(CaseSplitter.participantOffset(t, range: 0..<t.count) == nil)
    // The same word as a step in a clause is still read.
    let step = scalars("2022年3月，吴某向法院起诉，要求某公司赔偿损失。")
    #expect(CaseSplitter.participantOffset(step, range: 0..<step.count) != nil)
    // A role word after 、 with its name is read by its name.
    let named = scalars("原告、被告人钱某均到庭。")
    #expect(CaseSplitter.participantOffset(named, range: 0..<named.count) != nil)
  }

  @Test func aTitleWrappedOverTwoHeadingLinesIsOneTitle() {
    let text =
      "某市场监管局公布首违不罚典型案例\n案例一\n兴庆区某便利店\n销售超过保质期的食品案\n2025年2月10日，某区市场监管局对当事人进行检查，发现3件商品已超过保质期，货值金额共40元。经查，当事人系初次违法，及时改正，某区市场监管局决定对当事人不予行政处罚。\n案例二\n西夏区某餐馆\n使用未经检验的电子秤案\n2025年3月5日，执法人员检查发现当事人使用的电子秤未经检定。经查，当事人系初次违法，某区市场监管局决定对当事人不予行政处罚。"
    let titles = Extractor().extract(text).cases.map(\.title)
    #expect(titles == ["兴庆区某便利店销售超过保质期的食品案", "西夏区某餐馆使用未经检验的电子秤案"])
  }

  @Test func aTitleOnOneLineIsNotJoinedToTheLineBefore() {
    // The line under the marker already ends like a title: nothing is wrapped.
    let text =
      "某法院发布典型案例\n案例一\n王某某盗窃案\n被告人王某某盗窃手机两部，法院判处其有期徒刑六个月。\n案例二\n李某诈骗案\n被告人李某骗取他人财物，法院判决其有期徒刑一年。"
    #expect(Extractor().extract(text).cases.map(\.title) == ["王某某盗窃案", "李某诈骗案"])
  }
}

@Suite("Case split, round 5: suits told to their judgments")
struct CaseSplitJudgedSuitsTests {
  private func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

  @Test func anAppealTellsTheSameCaseAgain() {
    // 上诉至 after a first judgment: one case over two paragraphs.
    let text =
      "2023年3月，甘某诉至某区人民法院，要求某公司支付货款。6月，法院判决某公司支付货款5万元。\n某公司不服，上诉至某市中级人民法院。12月，法院判决驳回上诉，维持原判。"
    #expect(Extractor().extract(text).cases.count == 1)
    let appeal = scalars("某公司不服，上诉至某市中级人民法院。12月，法院判决驳回上诉。")
    #expect(!CaseSplitter.tellsSuitToJudgment(appeal, in: 0..<appeal.count))
  }

  @Test func aSuitWithoutTheCourtsJudgmentIsNoSuchParagraph() {
    // 判决书 in the hands of the plaintiff: no court rules after the suit.
    let t = scalars("他诉至法院后拿到了判决书，却一直没有拿到钱。")
    #expect(!CaseSplitter.tellsSuitToJudgment(t, in: 0..<t.count))
  }

  @Test func spacedParagraphsBreakAtAFullStopAndTwoSpaces() {
    let t = scalars("甲说了一句。  乙说了一句。 丙说了一句。")
    let parts = CaseSplitter.spacedParagraphs(t, in: 0..<t.count)
    #expect(parts.count == 2)
    #expect(parts.first == 0..<6)
    #expect(CaseSplitter.spacedParagraphs(scalars(""), in: 0..<0) == [0..<0])
  }
}
