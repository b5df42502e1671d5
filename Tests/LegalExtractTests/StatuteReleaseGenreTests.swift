import Testing

@testable import LegalExtract

/// Issue 16: statutes in press releases, Q&A and labour texts. Each test names
/// the rule it exercises (see the rule comments in Stages/Statute* and
/// Rules/StatuteRules.swift); every family has positive and negative cases.
@Suite("Statutes in releases (issue 16)")
struct StatuteReleaseGenreTests {
  private static let twoHighCivilAviation =
    "最高人民法院、最高人民检察院关于办理危害民航飞行安全刑事案件适用法律若干问题的解释"
  private static let falseTerror =
    "最高人民法院关于审理编造、故意传播虚假恐怖信息刑事案件适用法律若干问题的解释"
  private static let drunkDriving =
    "最高人民法院、最高人民检察院、公安部关于办理醉酒驾驶机动车刑事案件适用法律若干问题的意见"

  private func statutes(_ text: String) -> [StatuteMention] {
    Extractor(onlyStages: ["statutes"]).extract(text).statutes
  }

  private func laws(_ text: String) -> [String] { statutes(text).map(\.law) }

  private func articles(_ text: String, of law: String) -> [String] {
    statutes(text).filter { $0.law == law }.flatMap(\.provisions).map { p in
      var s = "\(p.article)"
      if let sub = p.sub { s += "-\(sub)" }
      if let para = p.paragraph { s += "¶\(para)" }
      return s
    }
  }

  // MARK: Joint issuers

  /// Rule `co-issuer-lead`: 甲…，联合乙发布《关于…》 keeps both issuers, 甲 first.
  @Test func coIssuerLeadKeepsEveryIssuer() {
    let text = "5月9日，最高人民法院举行新闻发布会，联合最高人民检察院发布《关于办理危害民航飞行安全刑事案件适用法律若干问题的解释》，《解释》第二条第三款明确了入罪标准。"
    #expect(Set(laws(text)) == [Self.twoHighCivilAviation])
    #expect(articles(text, of: Self.twoHighCivilAviation) == ["2¶3"])
  }

  /// Rule `co-issuer-lead`, negative: a body in an earlier sentence is no issuer.
  @Test func coIssuerLeadStopsAtTheSentence() {
    let text = "最高人民法院召开座谈会。会后联合公安部发布《关于规范办理某类案件的意见》。"
    #expect(!laws(text).contains { $0.hasPrefix("最高人民法院、公安部") })
  }

  /// Rule `text-issuers-win`: the table has the interpretation under 最高人民法院
  /// alone; a text naming 两高 cites a joint document, and keeps its issuers.
  @Test func textIssuersWinOverTheTable() {
    let text = "两高联合发布《关于审理编造、故意传播虚假恐怖信息刑事案件适用法律若干问题的解释》。"
    #expect(laws(text) == ["最高人民法院、最高人民检察院关于审理编造、故意传播虚假恐怖信息刑事案件适用法律若干问题的解释"])
  }

  /// Rule `text-issuers-win`, the other side: the same issuers in another order
  /// name the same document, which keeps its official title.
  @Test func sameIssuersInAnotherOrderTakeTheOfficialTitle() {
    let text = "最高检、最高法联合发布《关于办理环境污染刑事案件适用法律若干问题的解释》。"
    #expect(laws(text) == ["最高人民法院、最高人民检察院关于办理环境污染刑事案件适用法律若干问题的解释"])
  }

  /// Rule `text-issuers-win`: with no issuer in the text the table completes the title.
  @Test func tableCompletesATitleWithoutIssuers() {
    let text = "此前出台的《关于审理编造、故意传播虚假恐怖信息刑事案件适用法律若干问题的解释》第一条作了规定。"
    #expect(laws(text) == [Self.falseTerror])
  }

  // MARK: Short names and document numbers

  /// Rule `short-name-in-table`: a short name the table resolves to one title.
  @Test(arguments: [
    ("2013年《编造、故意传播虚假恐怖信息解释》对定罪量刑作了规定。", falseTerror),
    ("根据《醉驾意见》第二条，应当从重处罚。", drunkDriving),
  ])
  func shortNameInTable(_ text: String, _ law: String) {
    #expect(laws(text) == [law])
  }

  /// Rule `short-name-in-article`: the article's own full title wins, even when
  /// it is cited after the short name.
  @Test func shortNameInArticle() {
    let text = "《民航安全解释》出台后，记者注意到，最高人民法院、最高人民检察院发布的《关于办理危害民航飞行安全刑事案件适用法律若干问题的解释》共十条。"
    #expect(Set(laws(text)) == [Self.twoHighCivilAviation])
  }

  /// Rule `short-name-as-written`: a short interpretation nothing resolves keeps
  /// its words, as a judicial interpretation; an unresolved short 意见 is no citation.
  @Test func shortNameAsWritten() {
    let kept = statutes("办案中参照《某某领域纠纷解释》的精神。")
    #expect(kept.map(\.law) == ["某某领域纠纷解释"])
    #expect(kept.first?.kind == .judicialInterpretation)
    #expect(laws("检察机关提出《整改意见》。").isEmpty)
  }

  /// Rule `document-number-link`: a short name and a full title beside the same
  /// document number are one law; the number is not a statute itself.
  @Test func documentNumberLinksShortNameToTitle() {
    let text = "《最高人民法院关于审理某甲案件适用法律若干问题的解释》（法释〔2031〕7号）公布后，《某甲解释》（法释〔2031〕7号）第三条即适用。"
    let found = statutes(text)
    #expect(Set(found.map(\.law)) == ["最高人民法院关于审理某甲案件适用法律若干问题的解释"])
    #expect(!found.contains { $0.law.contains("〔") })
  }

  /// Rule `document-number-link`, negative: different numbers stay apart.
  @Test func differentDocumentNumbersStayApart() {
    let text = "《最高人民法院关于审理某甲案件适用法律若干问题的解释》（法释〔2031〕7号）与《某乙解释》（法释〔2031〕8号）"
    #expect(Set(laws(text)).count == 2)
  }

  /// Rule `regional-short-name`: 《国安法》 in a Hong Kong text; elsewhere as written.
  @Test func regionalShortName() {
    #expect(laws("香港区域法院依据《国安法》第二十九条定罪。") == ["中华人民共和国香港特别行政区维护国家安全法"])
    #expect(laws("依据《国安法》开展宣传。") != ["中华人民共和国香港特别行政区维护国家安全法"])
  }

  // MARK: Titles without 《》

  /// Rule `unmarked-title-after-lead`: a table title after 依照/根据/违反.
  @Test func unmarkedTitleAfterLead() {
    let text = "劳动保障行政部门依照劳动保障监察条例第十一条、第十八条作出处理。"
    #expect(laws(text) == ["劳动保障监察条例"])
    #expect(articles(text, of: "劳动保障监察条例") == ["11", "18"])
  }

  /// Rule `unmarked-title-after-lead`, negative: words after 根据 that are no table title.
  @Test(arguments: ["根据公司章程第五条规定", "依照本单位考勤条例处理", "违反操作规程的规定"])
  func unmarkedTitleNeedsTheTable(_ text: String) {
    #expect(laws(text).isEmpty)
  }

  /// Rule `implementing-rules-title`: 部关于实施《条例》若干规定 is one title.
  @Test func implementingRulesTitle() {
    let text = "依照劳动和社会保障部关于实施《劳动保障监察条例》若干规定第二十条处理。"
    #expect(laws(text) == ["劳动和社会保障部关于实施《劳动保障监察条例》若干规定"])
    #expect(articles(text, of: "劳动和社会保障部关于实施《劳动保障监察条例》若干规定") == ["20"])
  }

  /// Rule `implementing-rules-title`, negative: 为了实施《条例》 names the 条例 only.
  @Test func implementingNeedsAnIssuerAndAnEnding() {
    #expect(laws("为了实施《劳动保障监察条例》，各地开展检查。") == ["劳动保障监察条例"])
    #expect(laws("关于实施《劳动保障监察条例》的情况报告") == ["劳动保障监察条例"])
  }

  // MARK: Provisions

  @Test func rangesListsAndSubArticles() {
    let xingfa = "中华人民共和国刑法"
    #expect(articles("《刑法》第十五条至第十七条", of: xingfa) == ["15", "16", "17"])
    #expect(articles("《刑法》第十条、第十二条第二款", of: xingfa) == ["10", "12¶2"])
    #expect(articles("《刑法》第一百二十条之一", of: xingfa) == ["120-1"])
    // Negative: 之规定 is no sub-article; a range never runs backwards.
    #expect(articles("《刑法》第十条之规定", of: xingfa) == ["10"])
    #expect(articles("《刑法》第十七条至第十五条", of: xingfa).first == "17")
  }

  /// Rule `quoted-continuation`: a bare 第四十三条 after the quotation of the
  /// law just cited, across a paragraph break.
  @Test func quotedContinuationAcrossParagraphs() {
    let text =
      "《中华人民共和国劳动法》第四十一条规定：“用人单位由于生产经营需要，可以延长工作时间。\n\n但应当保障劳动者的身体健康。”第四十三条规定：“用人单位不得违反本法规定延长劳动者的工作时间。”"
    #expect(articles(text, of: "中华人民共和国劳动法") == ["41", "43"])
  }

  /// Rule `quoted-continuation`, negative: a quotation that opened far from the
  /// citation (another speaker) does not carry the law to the next paragraph.
  @Test func quotationOfSomeoneElseDoesNotContinue() {
    let text = "《中华人民共和国劳动法》第四十一条作了规定。\n\n负责人表示：“我们将加强监督。”第四十三条规定的情形另行处理。"
    #expect(articles(text, of: "中华人民共和国劳动法") == ["41"])
  }
}
