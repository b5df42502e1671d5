import ChineseText
import PropertyBased
import Testing

@testable import LegalExtract

/// Round 16, case discovery (issue 12, case count): enforcement-campaign
/// news telling several cases one after another, each over a few paragraphs
/// and each opened by the paragraph that brings in its applicant
/// (`case.split.applicant-paragraphs`); two cases told together are two
/// only when the text names two claimants (one claimant's 二案 against the
/// same party is one story); a party word before a common word a surname
/// opens (当事人利益, 当事人通过) names nobody.
@Suite("Case discovery, round 16")
struct CaseDiscoveryRound16Tests {
  private func cases(_ text: String) -> [CaseRecord] { Extractor().extract(text).cases }
  private func rules(_ text: String) -> [RuleName] {
    explain(text).entries.filter(\.isAccepted).compactMap(\.madeBy)
  }

  // MARK: applicant paragraphs

  static let campaign = """
    12月5日，某区法院开展冬季集中执行行动，聚焦追索劳动报酬等案件。
    天刚亮，执行干警们已整装出发。
    某建材公司自2023年起拖欠韩某工资。经劳动仲裁委裁决，该公司应支付韩某工资2万元。裁决生效后，该公司拒不履行，韩某遂向法院申请强制执行。
    执行干警多次联系公司负责人未果，当天在其住所将其找到，该公司当场支付了全部款项。
    “法官，谢谢你们，这下能过个好年了。”
    原来，2022年10月，蒋某帮邓某运送货物时受伤。经法院判决，邓某应赔偿蒋某1万元。判决生效后，邓某拒不履行，蒋某向法院申请强制执行。
    执行案件受理后，执行法官多次传唤邓某，邓某拒不到场。
    """

  @Test func eachApplicantOpensACase() {
    let found = cases(Self.campaign)
    #expect(found.count == 2)
    #expect(rules(Self.campaign).contains(CaseSplitRule.applicantParagraphs.name))
  }

  @Test func applicantIsReadFromTheSubject() {
    func name(_ s: String) -> String? {
      let t = Array(s.unicodeScalars)
      return CaseSplitter.applicant(t, in: 0..<t.count).map { String(String.UnicodeScalarView($0)) }
    }
    #expect(name("裁决生效后，该公司拒不履行，韩某遂向法院申请强制执行。") == "韩某")
    #expect(name("申请执行人牛某某遂向枣阳法院申请强制执行。") == "牛某某")
    #expect(name("刘某向法院起诉，要求返还借款。") == "刘某")
    // A role noun, a firm and a court are no applicant.
    #expect(name("执行干警在申请执行人提供线索的帮助下找到了他。") == nil)
    #expect(name("杭州某公司向法院申请强制执行。") == nil)
    #expect(name("法院依法受理了该申请执行案件。") == nil)
  }

  @Test func oneApplicantToldOnIsOneCase() {
    // The applicant of the first part is named again in the second: one suit.
    let text = """
      某区法院近日执结一起劳务费纠纷案。
      杜某为邱某装修房屋，邱某拖欠劳务费3万元。杜某向法院起诉，法院判决邱某支付劳务费。判决生效后，邱某未履行，杜某申请强制执行。
      执行中，邱某的妻子温某向法院申请执行异议，称房屋系其个人财产。法院审查后驳回了温某的异议，杜某最终拿到了全部劳务费。
      """
    #expect(cases(text).count == 1)
  }

  @Test func aDefendantSuingBackIsNoNewCase() {
    let text = """
      2021年5月，黎某向某区法院起诉，要求解除与某物业公司的服务合同。
      一审判决后，黎某不服提起上诉。随后，黎某又向法院起诉，要求物业公司返还多收的物业费。
      """
    #expect(!rules(text).contains(CaseSplitRule.applicantParagraphs.name))
  }

  /// Enforcement-campaign news (generated): a lead, then two or three cases,
  /// each brought in by a paragraph that names its applicant and the
  /// application (…，甲某遂向法院申请强制执行 / 甲某向法院起诉…，甲某申请强制执行),
  /// then a paragraph of what the officers did, sometimes a quoted thanks.
  /// The generator is the oracle: one case per applicant.
  @Test func campaignStoriesYieldEveryCase() async {
    let firms = ["某建材公司", "某物流公司", "某餐饮公司"]
    let openers = ["", "原来，", "另一起案件中，", "此外，"]
    await propertyCheck(count: 100, input: Gen.int(in: 0...1_000_000)) { seed in
      var d = CaseLayoutPropertyTests.Draw(state: UInt64(seed) &* 2_654_435_761 &+ 97)
      var used: [String] = []
      func person() -> String {
        let all = CaseLayoutPropertyTests.surnames
        var s = all[d.next(all.count)]
        while used.contains(s) { s = all[d.next(all.count)] }
        used.append(s)
        return s + (d.next(2) == 0 ? "某" : "某某")
      }
      let p = CaseLayoutPropertyTests.places[d.next(8)]
      let n = 2 + d.next(2)
      var lines = ["\(1 + d.next(12))月\(1 + d.next(28))日，\(p.county)法院开展冬季集中执行行动，集中清理涉民生案件。"]
      if d.next(2) == 0 { lines.append("天刚蒙蒙亮，执行干警们已整装待发，奔赴各执行现场。") }
      for k in 0..<n {
        let creditor = person()
        let amount = 2 + d.next(58)
        let opener = k == 0 ? "" : openers[d.next(openers.count)]
        switch d.next(3) {
        case 0:
          let firm = firms[d.next(firms.count)]
          lines.append(
            "\(opener)\(firm)自\(2020 + d.next(4))年起拖欠\(creditor)工资。经劳动仲裁委裁决，\(firm)应支付\(creditor)工资\(amount)万元。裁决生效后，\(firm)拒不履行，\(creditor)遂向法院申请强制执行。"
          )
          lines.append("执行干警多次联系该公司负责人未果，当天在其住所将其找到。经释法说理，该公司当场支付了全部款项。")
        case 1:
          let debtor = person()
          lines.append(
            "\(opener)\(2019 + d.next(5))年\(1 + d.next(12))月，\(creditor)帮\(debtor)运送货物时受伤。经法院判决，\(debtor)应赔偿\(creditor)\(amount)万元。判决生效后，\(debtor)拒不履行，\(creditor)向法院申请强制执行。"
          )
          lines.append("当天，执行干警传唤\(debtor)到庭，\(debtor)拒不到场，执行法官依法对其采取限制高消费措施。")
        default:
          let debtor = person()
          lines.append(
            "\(opener)\(debtor)向\(creditor)借款\(amount)万元到期未还，\(creditor)向法院起诉。法院判决\(debtor)归还借款，\(debtor)未履行，\(creditor)申请强制执行。"
          )
          lines.append("执行干警在\(debtor)家中将其找到，\(debtor)当场履行了部分款项，并与\(creditor)达成执行和解。")
        }
        if d.next(3) == 0 { lines.append("“法官，谢谢你们，这下能过个好年了。”") }
      }
      let text = lines.joined(separator: "\n")
      #expect(cases(text).count == n, "\(text)")
    }
  }

  // MARK: two cases told together

  @Test func oneClaimantsTwoCasesAreOneStory() {
    // One applicant, the same debtors, the two cases named as one title.
    let titled = """
      申请执行人戴某与被执行人某化工有限公司、毛某民间借贷纠纷二案，2016年经某县法院审理后判决二被执行人偿还借款本金300万元。因二被执行人未履行，戴某申请强制执行，法院立案执行。
      执行中，法院查明该公司已停产，遂组织各方协商，最终促成和解。
      """
    #expect(cases(titled).count == 1)
    // One debtor of two cases, its claimant unnamed.
    let oneDebtor = """
      某区法院开展集中执行行动，行动首日便促使一名被执行人将两案当场履行。
      卢某是两起健康权纠纷案件的被执行人，一直拒不履行。当天，干警在卢某家中将其找到，依法对其司法拘留。当天下午两案款到账，案子顺利执结。
      """
    #expect(cases(oneDebtor).count == 1)
  }

  @Test func twoClaimantsMakeTwoCasesTold() {
    let t = Array("法院判令该单位赔偿张某损失1.8万元，赔偿吕某损失4.4万元。".unicodeScalars)
    #expect(CaseSplitter.namesTwoClaimants(t, in: 0..<t.count))
    let same = Array("申请执行人呼某申请执行，被执行人向申请执行人呼某偿还借款。".unicodeScalars)
    #expect(!CaseSplitter.namesTwoClaimants(same, in: 0..<same.count))
    // 吕女士 and 吕某 are one person.
    let addressed = Array("法院判令赔偿吕女士损失，后赔偿吕某损失。".unicodeScalars)
    #expect(!CaseSplitter.namesTwoClaimants(addressed, in: 0..<addressed.count))
  }

  // MARK: party words before a common word

  @Test func aPartyWordBeforeACommonWordNamesNobody() {
    func names(_ s: String) -> Bool {
      let t = Array(s.unicodeScalars)
      return CaseSplitter.namesAParticipant(t, range: 0..<t.count)
    }
    #expect(!names("可以减轻诉累，更加公平地保护好各方当事人利益。"))
    #expect(!names("民法典一方面允许当事人通过非诉程序实现担保物权。"))
    #expect(names("当事人王某向法院提出申请。"))
    #expect(names("原告张三诉称。"))
  }

  @Test func aSuitAPartyMayBringIsNoSuitBrought() {
    func names(_ s: String) -> Bool {
      let t = Array(s.unicodeScalars)
      return CaseSplitter.namesAParticipant(t, range: 0..<t.count)
    }
    #expect(!names("协商不成的，出租人可起诉到人民法院，请求解除合同。"))
    #expect(!names("权利人可以起诉，也可以申请仲裁。"))
    #expect(!names("债权人有权起诉债务人。"))
    #expect(names("张某向法院起诉，要求返还借款。"))
    #expect(names("2020年3月，某公司起诉至法院。"))
  }

  @Test func aReplyToADeputyTellsNoCase() {
    let text = """
      对某届人大某次会议第1234号建议的答复
      您提出的关于完善财产保全制度的建议收悉，现答复如下：财产保全是民事诉讼法赋予当事人实现债权的一项重要制度。受移送人民法院依法取得对原保全裁定予以变更或解除的权力，可以减轻诉累，更加公平地保护好各方当事人利益。下一步，我们将结合您的建议继续加强调查研究。
      """
    #expect(cases(text).isEmpty)
  }

  // MARK: told examples

  @Test func examplesToldByTheirAmountsAreCases() {
    let text = """
      某省市场监管局召开新闻发布会
      据统计，去年全省市场监管部门查办民生领域违法案件1.2万件。围绕群众反映强烈的问题，查办了一批典型案例，如甲市查处货值达2.3亿元的生产销售不合格电动自行车案、乙县查处案值近8000万元的制售假冒农药案、丙区查处涉案金额1500余万元的网络传销案等。
      今年，全省将继续开展专项行动。
      """
    let found = cases(text)
    #expect(found.map(\.title) == ["生产销售不合格电动自行车案", "制售假冒农药案", "网络传销案"])
    #expect(rules(text).contains(CaseSplitRule.toldExamples.name))
  }

  @Test func examplesWithoutTheirOwnFactsAreNoCases() {
    // Titles listed after 如 with no verb or amount of their own tell nothing.
    let bare = """
      某省检察院召开新闻发布会
      去年，全省检察机关起诉破坏环境资源犯罪1200余人，办理了一批有影响的案件，如甲某非法采矿案、乙某污染环境案、丙某非法捕捞水产品案等。
      """
    #expect(!rules(bare).contains(CaseSplitRule.toldExamples.name))
    // One item told, the other bare: no told list.
    let t = Array("如甲市查处货值2亿元的销售假酒案、乙某诈骗案等".unicodeScalars)
    #expect(CaseSplitter.toldExampleItems(t, sentence: 0..<t.count) == nil)
  }

  @Test func aTraditionalTitleKeepsItsCharacters() {
    let text =
      "據統計，去年全省查辦民生領域違法案件1.2萬件，查辦了一批典型案例，"
      + "如甲市查處貨值達2.3億元的生產銷售偽劣柴油案、乙縣查處案值近8000萬元的團伙銷售假酒案等。"
    #expect(cases(text).map(\.title) == ["生產銷售偽劣柴油案", "團伙銷售假酒案"])
    // A Simplified text is unchanged.
    let simplified =
      "据统计，去年全省查办民生领域违法案件1.2万件，查办了一批典型案例，"
      + "如甲市查处货值达2.3亿元的生产销售伪劣柴油案、乙县查处案值近8000万元的团伙销售假酒案等。"
    #expect(cases(simplified).map(\.title) == ["生产销售伪劣柴油案", "团伙销售假酒案"])
  }
}
