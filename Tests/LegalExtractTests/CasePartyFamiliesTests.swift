import Testing

@testable import LegalExtract

/// Negative examples for the party rules added for the blind batches'
/// families (CasePartyRule): shapes that look like each family but are not.
@Suite("Case party families")
struct CasePartyFamiliesTests {
  private func only(_ text: String) -> CaseRecord? {
    let cases = Extractor().extract(text).cases
    #expect(cases.count == 1)
    return cases.first
  }

  @Test func aBracketWithoutADocketIsNoListOfDefendants() {
    // `case.party.title-list-before-bracket`: (原某乡人民政府) holds no docket number.
    let c = only("张某诉某县人民政府(原某乡人民政府)行政协议纠纷案\n张某不服，提起诉讼，法院判决驳回张某的诉讼请求。")
    #expect(c?.defendants == ["某县人民政府"])
  }

  @Test func aThingDecidedInvalidIsNoDefendant() {
    // `case.party.sentenced-by-name`: 合同被判决无效 names no person.
    let c = only("法院经审理认为，双方签订的合同被判决无效后，某公司应当返还货款。法院判决某公司返还货款10万元。")
    #expect(c?.defendants == ["某公司"])
  }

  @Test func aHeadlineClauseIsNoApplicant() {
    // `case.party.applies-to-court`: the sentence opens with no organization or person.
    let c = Extractor().extract(
      "违法占用耕地建厂房拒不拆除 自然资源局申请法院强制执行\n本报讯 某村村民违法占用耕地建厂房，法院裁定准予强制执行，厂房被依法拆除。"
    ).cases
    #expect(c.allSatisfy { $0.plaintiffs.isEmpty })
  }

  @Test func aPointerToTheCompanyIsTheOneEnforcedAgainst() {
    // `case.party.title-enforced-against` + coreference: 申请执行其公司 → the one company.
    let c = only("张某为某贸易有限公司法定代表人，在某市某局申请执行其公司行政处理一案中，百般抵赖，拒不执行。执行干警找到张某后，张某被司法拘留十五日。")
    #expect(c?.defendants.contains("某市某局") == false, "\(c?.defendants ?? [])")
    #expect(c?.defendants.contains("其公司") == false)
  }

  @Test func aRepeatedVerbIsNoPartOfAMaskedName() {
    // `case.party.fuller-name`: 何某侵犯…何某侵犯: the same word follows, no 何某侵.
    let c = only("被告人何某侵犯他人隐私，何某侵犯他人名誉。法院判处何某有期徒刑一年。")
    #expect(c?.defendants == ["何某"])
  }

  @Test func aListOfOtherShapesKeepsItsTwoCharacterName() {
    // `case.party.list-shape`: 王某甲 is no given-name shape, so 李某结伙 stays 李某.
    let c = only("法院认为，被告人王某甲、李某结伙盗窃，其行为均已构成盗窃罪。法院判处王某甲有期徒刑一年。")
    #expect(c?.defendants == ["王某甲", "李某"])
  }

  @Test func aDebtWithNoSideInTheCaseNamesNoDefendant() {
    // `case.party.owes`: no 被申请人, 被执行人 or enforcement: the debtor has no side.
    let c = only(
      "本报讯 2023年11月，32名农民工向湖南省祁东县人民检察院反映某建筑公司拖欠工资。该院依法作出支持起诉决定，并向祁东县人民法院提交支持起诉意见书。32名农民工与某建筑公司达成调解协议，法院依法进行司法确认。"
    )
    #expect(c?.defendants == [])
  }

  @Test func anArbitrationApplicantWhoSuesStaysPlaintiff() {
    // `case.party.arbitration-then-suit`: the applicant sued in court himself.
    let c = only("2022年，王某入职某运输公司。后王某向区劳动人事争议仲裁委员会申请仲裁，王某对仲裁裁决不服，诉至法院。法院判决驳回王某的诉讼请求。")
    #expect(c?.plaintiffs == ["王某"])
  }

  @Test func aSurnamedNameAfterARoleIsStillRead() {
    // `case.party.guard.no-surname`: 劳某 opens with a surname, so it stays a name.
    let c = only("案例一\n劳某与某建筑公司劳动争议案\n劳某向区劳动人事争议仲裁委员会申请仲裁，要求某建筑公司支付工资。仲裁委员会裁决支持劳某的请求。")
    #expect(c?.plaintiffs == ["劳某"])
    #expect(c?.defendants == ["某建筑公司"])
  }

  @Test func aProsecutedSuspectStaysADefendant() {
    // `case.party.guard.not-prosecuted`: 不起诉 said of another, this one tried.
    let c = only("案例一\n王某盗窃案\n某县人民检察院对同案的李某作出不起诉决定。某县人民检察院对王某提起公诉，某县人民法院判处王某有期徒刑一年。")
    #expect(c?.defendants.contains("王某") == true, "\(c?.defendants ?? [])")
  }

  @Test func aProsecutionListReadsAcrossBracketsInItsClause() {
    let c = only(
      "同年12月29日，某县人民检察院以袭警罪、偷越国（边）境罪对卜某甲、卜某乙暴力抗法、偷越国（边）境行为提起公诉。2021年12月17日，某县人民法院作出一审判决，分别判处卜某甲、卜某乙有期徒刑四年和三年。"
    )
    #expect(c?.defendants == ["卜某甲", "卜某乙"])
  }

  @Test func aFamiliarNameIsAName() {
    // 支持了小明向法院提起的…诉讼: 小明 is a person, 了 no part of the list.
    let c = only("2024年8月，某区人民检察院发现小明被拖欠工资的线索。检察机关经审查后认为，小明提起诉讼确有困难，支持了小明向法院提起的追索劳务报酬民事诉讼。")
    #expect(c?.plaintiffs.contains("小明") == true, "\(c?.plaintiffs ?? [])")
  }

  @Test func anAppealRejectedNamesNoPlaintiff() {
    // `case.party.claims-decided`: 驳回王某的上诉 is no claim of a suit.
    let c = only("被告人王某盗窃一案，某县人民法院判处王某有期徒刑一年。王某不服提出上诉，某市中级人民法院裁定驳回王某的上诉，维持原判。")
    #expect(c?.plaintiffs.contains("王某") == false, "\(c?.plaintiffs ?? [])")
  }

  @Test func aBodyAskedToActIsNoDefendant() {
    // `case.party.guard.court-does-not-sue` for claim-against: 要求…检察院依法监督.
    let c = only(
      "案例五 某公司欠薪执行监督案\n2025年6月，最高人民检察院行政检察厅挂牌督办，要求上饶市信州区人民检察院依法监督行政非诉执行活动。上饶市信州区人民检察院向上饶市信州区人民法院提出检察建议。"
    )
    #expect(c?.defendants.contains("上饶市信州区人民检察院") == false, "\(c?.defendants ?? [])")
    #expect(c?.procuratorates.contains("最高人民检察院") == true, "\(c?.procuratorates ?? [])")
  }

  @Test func aTitlesSecondSideMayBeAList() {
    // `case.party.title-pair-with-actor` with 某村五组、田某明、田某友 on the second side.
    let c = only(
      "董某礼与某村五组、田某明、田某友土地承包经营权确认纠纷案\n董某礼向某县人民法院提起诉讼，请求确认土地承包经营权。法院判决驳回其诉讼请求。"
    )
    #expect(c?.defendants == ["某村五组", "田某明", "田某友"], "\(c?.defendants ?? [])")
  }
}
