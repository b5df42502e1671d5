import ChineseText
import Testing

@testable import LegalExtract

/// Case structure, issue 12 (fourth round): a year-in-review list whose one
/// told item is a numbered person-titled heading, the heading's subtitle,
/// and the look-alikes each must leave alone.
@Suite struct CaseSplitRound4Tests {
  func reading(_ text: String) -> CaseSplitter.Outcome {
    CaseSplitter.reading(in: TextDocument(text), organizations: [])
  }

  // MARK: case.split.enumerated-title, a lone heading naming a person

  static let yearReview =
    "2020年十大法治事件\n\n一、钱大海案：异地审理第一案\n\n2020年5月8日，某市中级人民法院对某省原副省长钱大海受贿案宣判。法院认为，钱大海利用职务便利为他人谋取利益，收受财物折合人民币1.2亿元。\n\n钱大海被以受贿罪判处无期徒刑，剥夺政治权利终身。"

  @Test func aLoneNumberedHeadingNamingAPersonIsTheCase() {
    let outcome = reading(Self.yearReview)
    #expect(outcome.kept?.rule == .enumeratedTitle)
    #expect(outcome.kept?.sections.count == 1)
    // The subtitle after 案： is no part of the title.
    #expect(outcome.kept?.sections.first?.title == "钱大海案")
  }

  @Test func aLoneNumberedHeadingNamingNobodyIsNoReading() {
    // 一、环境保护典型案：…: no person, no body, no anonymised name.
    let text =
      "法治观察\n\n一、环境保护典型案：保护与发展并重\n\n近年来，各地法院审理环境资源案件数量逐年上升，判决生效后整改率提高。"
    #expect(reading(text).readings.contains { $0.rule == .enumeratedTitle } == false)
  }

  // MARK: CaseTitleTrim, a heading's subtitle after 案

  func trimmed(_ title: String) -> String {
    let doc = TextDocument(title)
    let span = CaseTitleTrim.trimmed(TextSpan(0, doc.count), in: doc.folded)
    return doc.displayText(span.range)
  }

  @Test func aSubtitleAfterTheTitlesAnIsTrimmed() {
    #expect(trimmed("钱大海案：异地审理第一案") == "钱大海案")
    #expect(trimmed("王某某盗窃案——多次盗窃的，依法从重处罚") == "王某某盗窃案")
  }

  @Test func aTitleWithoutASubtitleOrWithAWordEndingInAnStaysWhole() {
    #expect(trimmed("甲某诉乙公司买卖合同纠纷案") == "甲某诉乙公司买卖合同纠纷案")
    // 立案：… — 立案 is no title's end.
    #expect(trimmed("某局立案：查处违法排污行为") == "某局立案：查处违法排污行为")
    // A question title before the dash names the case after it: the name is
    // the title (round 18, CaseTitleTrim.caseNameAfterDash; B39-exheld/h39-09's gold).
    #expect(trimmed("劳动者能否主张补缴社保——姜某与某公司社会保险纠纷案") == "姜某与某公司社会保险纠纷案")
  }

  @Test func aConjunctionOpensNoTitle() {
    #expect(trimmed("而文某与汤某一案") == "文某与汤某一案")
    // 但某公司…: 但 before an anonymised body would be a name's 某-form; kept.
    #expect(trimmed("但某某诉某公司案") == "但某某诉某公司案")
  }

  @Test func aDocketInBracketsIsLeftOutOfTheTitlesText() {
    let doc = TextDocument("香港特别行政区 诉 黄某某(终院刑事上诉2014年第8号)案")
    var sections = [CaseSection(span: TextSpan(0, doc.count), titleSpan: TextSpan(0, doc.count))]
    CaseTitleTrim.apply(&sections, doc: doc)
    #expect(sections[0].title == "香港特别行政区 诉 黄某某案")
    // A bracket that is no docket stays (检例第138号 names the case at the front;
    // a note without 号 is no docket).
    let kept = TextDocument("某公司(原某厂)侵权案")
    var other = [CaseSection(span: TextSpan(0, kept.count), titleSpan: TextSpan(0, kept.count))]
    CaseTitleTrim.apply(&other, doc: kept)
    #expect(other[0].title == "某公司(原某厂)侵权案")
  }

  @Test func aNoteInBracketsDoesNotHideTheFollower() {
    let doc = TextDocument("26日，市中院对黎某等人组织、领导黑社会性质组织犯罪案(本报曾作报道)作出终审判决。")
    let title = CaseSplitter.followedTitle(in: 0..<doc.count, doc.folded)
    #expect(title.map { doc.folded.text($0.range) } == "黎某等人组织、领导黑社会性质组织犯罪案")
    let quoted = TextDocument("省高院3月5日对“熊某某杀人案”作出终审裁定，驳回上诉。")
    let q = CaseSplitter.followedTitle(in: 0..<quoted.count, quoted.folded)
    #expect(q.map { quoted.folded.text($0.range) } == "熊某某杀人案")
    // A bracket with no follower after it closes nothing.
    let none = TextDocument("市中院审结的黎某案(本报曾作报道)。")
    #expect(CaseSplitter.followedTitle(in: 0..<none.count, none.folded) == nil)
  }

  @Test func anUntitledSectionBorrowsTheTitleReadAtItsStart() {
    let text =
      "某市市场监管局发布违法广告典型案例\n当事人在网页发布“全国首家”等广告，无法提供证明材料。\n当事人上述行为违反了《中华人民共和国广告法》第二十八条的规定，某区市场监管局依据《中华人民共和国广告法》第五十五条的规定，责令当事人停止发布违法广告，并处罚款35万元。\n案例二 某健康科技有限公司发布违法广告案\n当事人在店铺宣传保健食品具有治疗功效。\n当事人上述行为违反了《中华人民共和国广告法》第十八条的规定，某区市场监管局依据《中华人民共和国广告法》第五十八条的规定，责令当事人停止发布违法广告，并处罚款2万元。"
    let kept = reading(text).kept
    #expect(kept?.rule == .repeatedDecisions)
    #expect(kept?.sections.map(\.title) == [nil, "某健康科技有限公司发布违法广告案"])
  }

  @Test func inOpensNoTitle() {
    #expect(trimmed("在平顶山市某局申请执行一案") == "平顶山市某局申请执行一案")
  }

  // MARK: 第一案 is an ordinal, not an inline title

  @Test func firstCaseOfItsKindIsNoInlineTitle() {
    let doc = TextDocument("终身监禁第一案\n\n法院对被告人周某受贿案宣判。")
    let lines = doc.paragraphs.compactMap { ArticleLine($0, in: doc) }
    let title = CaseSplitter.inlineTitle(lines, doc: doc)
    #expect(title.map { doc.folded.text($0.range) } != "终身监禁第一案")
  }

  @Test func aTitleWithOneAnStillReads() {
    let doc = TextDocument("法院依法对被告人孙某某受贿一案进行公开宣判。")
    let lines = doc.paragraphs.compactMap { ArticleLine($0, in: doc) }
    let title = CaseSplitter.inlineTitle(lines, doc: doc)
    #expect(title.map { doc.folded.text($0.range) } == "孙某某受贿一案")
  }

  // MARK: a party word in a plan

  @Test func aPlanSentenceHoldsNoParticipant() {
    let planned = Array("经过摸排，下一步将依法发出诉前检察建议。".unicodeScalars)
    #expect(CaseSplitter.participantOffset(planned, range: 0..<planned.count) == nil)
    let done = Array("经过摸排，该院依法发出诉前检察建议。下一步将跟进监督。".unicodeScalars)
    #expect(CaseSplitter.participantOffset(done, range: 0..<done.count) != nil)
  }
}
