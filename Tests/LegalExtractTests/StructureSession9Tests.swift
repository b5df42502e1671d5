import Testing

@testable import LegalExtract

/// Session 9 (issue 16): structure that legal-basis blocks and enforcement
/// news of any site share. Each test names its rule; every family has other
/// sites' phrasings and a negative case.
@Suite("Headings and sub-bureaus (issue 16, session 9)")
struct StructureSession9Tests {
  private func statutes(_ text: String) -> [StatuteMention] {
    Extractor(onlyStages: ["statutes"]).extract(text).statutes
  }

  private func articles(_ text: String) -> [String: [String]] {
    var out: [String: [String]] = [:]
    for s in statutes(text) {
      out[s.law, default: []] += s.provisions.map { p in
        p.sub.map { "\(p.article)-\($0)" } ?? "\(p.article)"
      }
    }
    return out
  }

  // MARK: statute.continuation.heading-line

  @Test func titleLineHeadsTheQuotedArticle() {
    let a = articles("《劳动合同法》\n第八十五条 用人单位有下列情形之一的，由劳动行政部门责令限期支付。")
    #expect(a["中华人民共和国劳动合同法"] == ["85"])
  }

  @Test func bareNameLineWithRulesWordAndSubArticle() {
    // 刑法规定 on its line, then 第N条之一 and a bracketed heading (full-width space).
    let a = articles("（一）刑法规定\n第二百七十六条之一　【拒不支付劳动报酬罪】以转移财产方法逃避支付的，处三年以下有期徒刑。")
    #expect(a["中华人民共和国刑法"] == ["276-1"])
  }

  @Test func labelledTitleLineAndIssuerLine() {
    let a = articles("【法律依据】《劳动保障监察条例》：\n第十八条 劳动保障行政部门作出处理。")
    #expect(a["劳动保障监察条例"] == ["18"])
    let b = articles("国务院\n《劳动保障监察条例》\n第十八条 劳动保障行政部门作出处理。")
    #expect(b["劳动保障监察条例"] == ["18"])
  }

  @Test func runningTextBeforeTheNumberIsNoHeading() {
    // The citation closes a sentence: the next line's 第二条 is the text's own.
    let a = articles("根据《辽宁省社会信用条例》等有关法律规定，制定本条例。\n第二条 本市行政区域内的信用建设，适用本条例。")
    #expect(a["辽宁省社会信用条例"] == [])
    // 第三条 running into text (no space): not a heading either.
    let b = articles("《劳动合同法》\n第三条规定的原则应当遵循。")
    #expect(b["中华人民共和国劳动合同法"] == [])
  }

  @Test func aDraftDoesNotHeadItsOwnArticles() {
    let a = articles("《某市社会信用条例（草案）》\n第一条 为了规范社会信用管理，制定本条例。")
    let noProvisions = a.values.allSatisfy { $0.isEmpty }
    #expect(noProvisions)
  }

  // MARK: org.region-chain.sub-bureau and offices inside a bureau

  private func names(_ text: String) -> [String] {
    OrgTesting.organizations(in: text).filter { $0.kind == .agency }.map(\.name)
  }

  @Test func subBureauUnderALocalBureau() {
    #expect(names("前期，重庆市税务局第三稽查局根据大数据分析发现线索。") == ["重庆市税务局第三稽查局"])
    #expect(names("国家税务总局深圳市税务局第一稽查局依法查处。") == ["国家税务总局深圳市税务局第一稽查局"])
    #expect(names("南京市税务局稽查局对其追缴税款。") == ["南京市税务局稽查局"])
    #expect(names("宁波市鄞州区税务局第二税务分局受理申请。") == ["宁波市鄞州区税务局第二税务分局"])
  }

  @Test func aBracketedInspectionBureauIsNoSubBureau() {
    // 某市税务局(稽查局) names one body twice: the bracket is left out.
    let found = OrgTesting.organizations(in: "杭州市税务局（稽查局）作出处罚决定。")
    #expect(found.first?.name == "杭州市税务局")
  }

  @Test func aPoliceFunctionSquadIsAnOfficeOfItsBureau() {
    #expect(names("余某向福清市公安局治安管理大队投案自首。") == ["福清市公安局"])
    let squads = names("案件由某某市公安局刑事侦查支队侦办。").filter { $0.hasSuffix("支队") }
    #expect(squads.isEmpty)
    #expect(names("宁波市公安局经侦支队立案侦查。") == ["宁波市公安局"])
    // A squad named by a place is a unit of its own.
    #expect(names("杭州市公安局交通警察支队西湖大队处理事故。") == ["杭州市公安局交通警察支队西湖大队"])
  }

  // MARK: org.guard.issuer-line, org.guard.ministry-document, short-name.full-written

  private func agencies(_ text: String) -> [OrganizationMention] {
    OrgTesting.organizations(in: text).filter { $0.kind == .agency }
  }

  @Test func issuerAloneOnItsLineBeforeATitleIsNoMention() {
    #expect(agencies("国务院\n《劳动保障监察条例》\n第十八条 处理。").isEmpty)
    #expect(agencies("人力资源社会保障部 \n\n《工伤保险条例》\n第三十条 职工因工受伤。").isEmpty)
    // A body that opens a sentence on its line acts: a mention.
    #expect(agencies("国务院\n近日印发通知。").map(\.name) == ["国务院"])
    #expect(agencies("国务院印发《劳动保障监察条例》。").map(\.name) == ["国务院"])
  }

  @Test func anOrderNumberedWithinItsYearNamesADocument() {
    #expect(agencies("根据《某某规定》（国务院2001年第310号令）处理。").isEmpty)
    #expect(agencies("依照公安部2005年第3号令执行。").isEmpty)
    // A year that dates what the body did is no document number.
    #expect(agencies("公安部2005年第一次发布此类通报。").map(\.name) == ["公安部"])
  }

  @Test func aShortNameTakesTheFullNameWrittenAnywhere() {
    let both = agencies("人力资源社会保障部关于某条例修订情况的说明\n近日，人社部就草案公开征求意见。")
    #expect(both.map(\.name) == ["人力资源社会保障部"])
    let title = agencies("《国家市场监督管理总局关于某事的公告》发布后，市场监管总局解读。")
    #expect(title.map(\.name) == ["国家市场监督管理总局"])
    // Written only short: kept as written.
    #expect(agencies("近日，人社部就草案公开征求意见。").map(\.name) == ["人社部"])
  }

  // MARK: statute.bare-name.before-verb

  private func laws(_ text: String) -> [String] { statutes(text).map(\.law) }

  @Test func aBareNameBeforeAVerbIsCited() {
    #expect(laws("民法典实施以来，法院审结相关案件。") == ["中华人民共和国民法典"])
    #expect(laws("局长说，新環境保護法實施以來，执法力度加大。") == ["中华人民共和国环境保护法"])
    #expect(laws("安全生产法修改后，处罚力度明显加大。") == ["中华人民共和国安全生产法"])
    #expect(laws("个人信息保护法实施一周年之际。") == ["中华人民共和国个人信息保护法"])
  }

  @Test func aTitleHeadAfterTheVerbIsAnotherText() {
    #expect(laws("劳动合同法实施条例规定了细则。") == ["中华人民共和国劳动合同法实施条例"])
    #expect(!laws("某省制定了环境保护法实施办法。").contains("中华人民共和国环境保护法"))
    #expect(laws("安全生产法修订草案提请审议。").isEmpty)
  }

  // MARK: statute.unmarked-title.issued stays one Han run

  @Test func anIssuedTitleWithoutMarksIsOneHanRun() {
    let found = statutes("最高人民法院、最高人民检察院联合举行新闻发布会，发布《关于办理某甲刑事案件适用法律若干问题的解释》。")
    // The 《》 title as written (no table entry, issuers not right before it), no 会，发布 prefix.
    #expect(found.map(\.law) == ["关于办理某甲刑事案件适用法律若干问题的解释"])
    let made = statutes("2016年两高制定出台新的《关于办理某乙刑事案件适用法律若干问题的解释》后，案件增多。")
    let junk = made.filter { $0.law.hasPrefix("出台") }
    #expect(junk.isEmpty)
    // Still read: a title without 《》 after the verb, one Han run.
    let plain = statutes("最高人民检察院日前发布了新修订的司法解释工作规定，明确了程序。")
    #expect(plain.map(\.law) == ["最高人民检察院司法解释工作规定"])
  }
}
