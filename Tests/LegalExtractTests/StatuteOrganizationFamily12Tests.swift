import Testing

@testable import LegalExtract

/// Issue 16, session 12: organization and statute families of the tenth
/// round's fit batches (B37–B41). Each test names the rule or table it
/// exercises, with a positive and a negative case; the sentences are our own.
@Suite("Statute and organization families, session 12 (issue 16)")
struct StatuteOrganizationFamily12Tests {
  func scored(_ text: String) -> [String] {
    OrgTesting.scored(in: text).map(\.name)
  }

  func statutes(_ text: String) -> [StatuteMention] {
    Extractor(onlyStages: ["statutes"]).extract(text).statutes
  }

  // MARK: org.region-chain.short-place-full-written (renamed places)

  /// A renamed county's short form (澄江: 澄江县 → 澄江市) takes the full
  /// name the article writes anywhere: the place is given.
  @Test func renamedShortPlaceTakesTheWrittenFullName() {
    let text = "澄江法院公开开庭审理此案。澄江市人民检察院提起附带民事公益诉讼。"
    #expect(scored(text) == ["澄江市人民法院", "澄江市人民检察院"])
  }

  /// Negative: alone, a renamed short form stays as written (rule
  /// `renamed-short-form`: which division an undated text means is unknown).
  @Test func renamedShortPlaceAloneStaysAsWritten() {
    #expect(scored("富阳法院审理了此案。") == ["富阳人民法院"])
  }

  // MARK: org.national: 最高院

  /// 最高院, the press's short form of 最高人民法院, names that court.
  @Test func supremeCourtShortForm() {
    #expect(scored("该案入选最高院参考案例。") == ["最高人民法院"])
  }

  /// Negative: a docket's court code (最高院 right after the year bracket) is no mention.
  @Test func supremeCourtCodeInADocketIsNoMention() {
    #expect(scored("（2023）最高院民终12号").isEmpty)
  }

  // MARK: org.regional.short-name: 廉署 beside 廉政公署

  /// 廉署 in a Hong Kong text that writes 廉政公署 is one more mention of it.
  @Test func anticorruptionShortNameJoinsTheWrittenFullName() {
    let text = "廉政公署調查後落案起訴。廉署發言人表示，案件已交律政司跟進。"
    #expect(Set(scored(text)) == ["廉政公署", "律政司"])
  }

  /// Negative: written alone, 廉署 stays as written (the session 11 convention).
  @Test func anticorruptionShortNameAloneStaysAsWritten() {
    #expect(scored("本港廉署正調查一名公職人員。") == ["廉署"])
  }

  // MARK: org.regional.hong-kong: correctional institutions

  /// A Hong Kong correctional institution is a body of its own, named as written.
  @Test func hongKongCorrectionalInstitution() {
    let text = "兩名懲教署職員隸屬塘福懲教所，被控串謀行賄。"
    #expect(scored(text) == ["惩教署", "塘福惩教所"])
  }

  /// Negative: the same words in a mainland text (no Hong Kong marker) name no body.
  @Test func mainlandTextReadsNoHongKongInstitution() {
    #expect(scored("两名职员隶属塘福惩教所。").isEmpty)
  }

  // MARK: provisions: lettered sections (第16A条)

  /// A Hong Kong ordinance's lettered section is its article with a sub number.
  @Test func letteredSectionIsASubArticle() {
    let found = statutes("被告承認三項欺詐罪名，違反《盜竊罪條例》第16A條。")
    #expect(found.flatMap(\.provisions) == [Provision(article: 16, sub: 1)])
  }

  /// Negative: a letter that does not close the number before 条 (第16条A款)
  /// or a Chinese numeral keeps the plain article.
  @Test func letterOutsideTheNumberIsNoSubArticle() {
    let found = statutes("依照《中华人民共和国刑法》第十六条规定。")
    #expect(found.flatMap(\.provisions) == [Provision(article: 16)])
  }

  // MARK: provisions: a list that one 款 or 项 closes

  /// 第七十二条第一、三款 and 第七十条第（一）、（二）项: the closing word gives
  /// every element of the list its level.
  @Test func listClosedByOneParagraphOrItemWord() {
    let paragraphs = statutes("依照《中华人民共和国刑法》第三百零三条第一款、第七十二条第一、三款之规定。")
    #expect(
      paragraphs.flatMap(\.provisions)
        == [
          Provision(article: 303, paragraph: 1), Provision(article: 72, paragraph: 1),
          Provision(article: 72, paragraph: 3),
        ])
    let items = statutes("依照《中华人民共和国行政诉讼法》第七十条第（一）、（二）项，判决撤销。")
    #expect(
      items.flatMap(\.provisions) == [
        Provision(article: 70, item: 1), Provision(article: 70, item: 2),
      ])
    let three = statutes("依照《中华人民共和国治安管理处罚法》第二十六条第一、二、四项处罚。")
    #expect(three.flatMap(\.provisions).map(\.item) == [1, 2, 4])
  }

  /// Negative: a list closed by another word (第一、二审) is no provision list.
  @Test func listClosedByAnotherWordIsNoProvision() {
    let found = statutes("依照《中华人民共和国民事诉讼法》第一百七十七条第一、二审程序的规定处理。")
    #expect(found.flatMap(\.provisions) == [Provision(article: 177)])
  }

  // MARK: statute.unmarked-title.taiwan: a quoted title after the lead word

  /// 違反《毒品危害防制條例》 in a Taiwan text is the quoted title, once,
  /// with its provision; the unmarked-title rule does not read the 《 into a title.
  @Test func taiwanQuotedTitleAfterLeadWord() {
    let found = statutes("台灣新北地檢署起訴，被告違反《毒品危害防制條例》第4條第2項。")
    #expect(found.map(\.law) == ["毒品危害防制条例"])
    #expect(found.flatMap(\.provisions) == [Provision(article: 4, paragraph: 2)])
  }

  /// Negative: without 《》 the Taiwan rule still reads the title after the lead word.
  @Test func taiwanUnmarkedTitleStillRead() {
    let found = statutes("台灣新北地檢署起訴，被告違反毒品危害防制條例第4條第2項。")
    #expect(found.map(\.law) == ["毒品危害防制条例"])
  }

  // MARK: statute.title.regional-short-name: 《刑法》 in a Taiwan text

  /// 《刑法》 quoted in a Taiwan text is 中华民国刑法, and 第1項第2款 is one
  /// provision: paragraph 1, item 2 (statute.taiwan-numbering).
  @Test func taiwanQuotedCriminalCodeAndItsItem() {
    let found = statutes("臺灣臺北地方法院審理後，依《刑法》第339條之4第1項第2款判處被告有期徒刑1年2月。")
    #expect(found.map(\.law) == ["中华民国刑法"])
    #expect(found.flatMap(\.provisions) == [Provision(article: 339, sub: 4, paragraph: 1, item: 2)])
  }

  /// Negative: 《刑法》 in a mainland text is the PRC's code, and a mainland
  /// 第一款、第二项 list keeps its two provisions.
  @Test func mainlandQuotedCriminalCodeStaysThePRCs() {
    let found = statutes("法院依照《刑法》第二百六十六条第一款、第二百六十七条第二项之规定判决。")
    #expect(found.map(\.law) == ["中华人民共和国刑法"])
    #expect(
      found.flatMap(\.provisions)
        == [Provision(article: 266, paragraph: 1), Provision(article: 267, item: 2)])
    #expect(
      StatuteStage.taiwanProvisions([
        Provision(article: 4, paragraph: 2), Provision(article: 5, item: 1),
      ])
        == [Provision(article: 4, paragraph: 2), Provision(article: 5, item: 1)])
  }
}
