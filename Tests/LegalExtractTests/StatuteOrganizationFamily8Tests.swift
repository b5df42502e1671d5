import Testing

@testable import LegalExtract

/// Issue 16, session 7: statute-title and body-name families from the
/// labour, press-release and work-report genres. Each test names the rule or
/// table it exercises, with other sites' phrasings and a negative case.
@Suite("Statute and organization families, session 7 (issue 16)")
struct StatuteOrganizationFamily8Tests {
  func names(in text: String) -> [String] {
    OrgTesting.organizations(in: text).map(\.name)
  }

  func laws(in text: String) -> [String] {
    Extractor(onlyStages: ["statutes"]).extract(text).statutes.map(\.law)
  }

  // MARK: statute.title.draft

  /// A draft under review is kept as written with its note, brackets as the
  /// text writes them; its alias resolves to it.
  @Test func draftTitlesAreKeptAsWritten() {
    #expect(
      laws(in: "常委会对《某市社会信用条例(草案)》(以下简称《条例(草案)》)进行审议。现将《条例(草案)》全文公布。")
        == ["某市社会信用条例(草案)", "某市社会信用条例(草案)"])
    #expect(laws(in: "审议《某省电梯安全条例（修订草案）》。") == ["某省电梯安全条例（修订草案）"])
    #expect(laws(in: "国务院法制办公布《某某管理办法（草案）》。") == ["某某管理办法（草案）"])
  }

  /// Negative: a consultation text and a draft of no normative kind stay out.
  @Test func consultationTextsAndPlansStayOut() {
    #expect(laws(in: "就《失业保险条例（修订草案征求意见稿）》公开征求意见。").isEmpty)
    #expect(laws(in: "审议《某市国民经济发展计划（草案）》。").isEmpty)
  }

  // MARK: statute.guard.internal-working-rule

  @Test func internalWorkingRulesAreNoLaw() {
    #expect(laws(in: "最高检日前出台了《最高人民检察院新闻发布会实施办法》。").isEmpty)
    #expect(laws(in: "该院制定《干警业务培训管理办法》。").isEmpty)
    #expect(laws(in: "印发《某市法院表彰奖励办法》。").isEmpty)
    // Negative: a body's rules for the public stay law.
    #expect(laws(in: "依照《某市物业管理办法》第十条处理。") == ["某市物业管理办法"])
  }

  // MARK: statute.guard.co-issued-policy-opinion

  /// An opinion a judicial body co-signed in a list another body led is
  /// policy when it builds a mechanism; one on applying law is cited law.
  @Test func coSignedOpinionsDependOnTheirSubject() {
    #expect(laws(in: "某部会同最高人民法院等八部门联合印发的《关于进一步完善纠纷多元处理机制的意见》提出。").isEmpty)
    #expect(laws(in: "某部、最高人民法院、司法部等部门印发《关于加强调解组织建设的意见》。").isEmpty)
    #expect(
      laws(in: "人力资源社会保障部与最高人民法院联合印发了《关于劳动争议仲裁与诉讼衔接有关问题的意见（一）》。")
        == ["人力资源社会保障部、最高人民法院关于劳动争议仲裁与诉讼衔接有关问题的意见（一）"])
    // Negative: a judicial body leading the list keeps its opinion cited law.
    #expect(
      laws(in: "最高人民法院、最高人民检察院、公安部印发《关于进一步规范某类执行工作的意见》。")
        == ["最高人民法院、最高人民检察院、公安部关于进一步规范某类执行工作的意见"])
  }

  // MARK: statute.unmarked-title.issued

  @Test func titlesIssuedWithoutMarks() {
    #expect(laws(in: "最高人民检察院日前发布了新修订的司法解释工作规定，旨在规范工作。") == ["最高人民检察院司法解释工作规定"])
    #expect(laws(in: "最高法近日印发人民法院审判人员违法审判责任追究办法，自发布之日起施行。") == ["人民法院审判人员违法审判责任追究办法"])
    #expect(laws(in: "国务院公布了修订后的失业保险条例，自五月一日起施行。") == ["失业保险条例"])
  }

  /// Negative: a generic phrase, a described kind and a draft are no titles.
  @Test func issuedPhrasesThatAreNoTitles() {
    #expect(laws(in: "最高人民法院发布了相关规定，明确了标准。").isEmpty)
    #expect(laws(in: "最高法、最高检联合发布拒不支付劳动报酬犯罪司法解释。").isEmpty)
    #expect(laws(in: "国务院公布了某某管理条例(草案)，征求意见。").isEmpty)
    #expect(laws(in: "最高检负责人深度解读新修订的司法解释工作规定").isEmpty)
  }

  // MARK: statute.title.judicial-assistance and 该协议

  @Test func judicialAssistanceInstruments() {
    let text = "依据《海峡两岸共同打击犯罪及司法互助协议》，双方开展合作。该协议第十一条规定了移管。"
    #expect(laws(in: text) == ["海峡两岸共同打击犯罪及司法互助协议", "海峡两岸共同打击犯罪及司法互助协议"])
    #expect(
      laws(in: "根据《内地与香港特别行政区关于相互委托提取证据的安排》办理。")
        == ["内地与香港特别行政区关于相互委托提取证据的安排"])
    // Negative: the parties' own agreement is no law, nor is 该协议 in a contract dispute.
    #expect(laws(in: "双方签订《房屋租赁协议》，该协议第五条约定了租金。").isEmpty)
  }

  // MARK: statute.unmarked-title for later items of a list

  @Test func unmarkedListItemsAfterALead() {
    #expect(
      laws(in: "根据立法法、行政法规制定程序条例的规定，司法部审查草案。")
        == ["中华人民共和国立法法", "行政法规制定程序条例"])
    // Negative: a list with no lead word reads no unmarked title.
    #expect(laws(in: "学习行政法规制定程序条例和有关文件。").isEmpty)
  }

  // MARK: org.body-name.place with squad and service-centre suffixes

  @Test func squadsAndServiceCentres() {
    #expect(names(in: "近日，甘肃省社会保险事业中心发布公告。") == ["甘肃省社会保险事业中心"])
    #expect(names(in: "员工投诉后，榕城区劳动监察队当天到场。") == ["榕城区劳动监察队"])
    #expect(names(in: "4月6日，遂溪县消防大队作出处罚。") == ["遂溪县消防大队"])
    #expect(names(in: "某市城市管理综合执法支队，会同武昌区劳动保障监察大队开展检查。").contains("武昌区劳动保障监察大队"))
    #expect(names(in: "由江岸区就业服务中心负责登记。") == ["江岸区就业服务中心"])
  }

  /// A squad's short word joins the squad the text names in full.
  @Test func squadShortWordJoinsTheFullSquad() {
    #expect(
      names(in: "濉溪县劳动保障监察大队受理投诉。次日濉溪县劳动保障监察队报案。")
        == ["濉溪县劳动保障监察大队", "濉溪县劳动保障监察大队"])
    // Negative: alone, the short word is the name as written.
    #expect(names(in: "次日濉溪县劳动保障监察队报案。") == ["濉溪县劳动保障监察队"])
  }

  /// Negative: a squad named after its bureau is an office of the bureau,
  /// and a squad word with no place names no body.
  @Test func squadsInsideABureauAreTheBureau() {
    #expect(names(in: "江岸区城管局执法大队到场处置。") == ["江岸区城管局"])
    #expect(names(in: "消防大队到场处置。").isEmpty)
  }

  // MARK: composite bureaus and their branches; state security bureaus

  @Test func compositeBureausAndBranches() {
    #expect(names(in: "员工要求东莞市人力资源局大岭山分局处理。") == ["东莞市人力资源局大岭山分局"])
    #expect(names(in: "向晴隆县文体广电旅游局制发检察建议。") == ["晴隆县文体广电旅游局"])
    #expect(names(in: "由成都市国家安全局执行逮捕。") == ["成都市国家安全局"])
    // Negative: a bureau without a branch stays the bureau.
    #expect(names(in: "东莞市人力资源局多次调解。") == ["东莞市人力资源局"])
  }

  // MARK: org.place-named (street-named station)

  @Test func streetNamedStations() {
    #expect(names(in: "区法援中心联合程家桥街道司法所召开会议。").contains("程家桥街道司法所"))
    #expect(names(in: "案件由新塘镇派出所受理。") == ["新塘镇派出所"])
    // Negative: 街道 alone before a verb is no station.
    #expect(!names(in: "清扫街道。司法所工作人员到场。").contains { $0.hasSuffix("街道司法所") })
  }
}
