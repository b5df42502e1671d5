import Testing

@testable import LegalExtract

/// The suit-clause grammar and the name shapes (CasePartyFinder+SuitClauses,
/// +NameShapes): for each form, phrasings other sites use besides the rule's
/// example (CasePartyRuleTests), and shapes that look alike but name no party.
@Suite("Case suit clauses")
struct CaseSuitClauseTests {
  private func parties(_ text: String) -> (plaintiffs: [String], defendants: [String]) {
    let c = Extractor().extract(text).cases
    return (c.first?.plaintiffs ?? [], c.first?.defendants ?? [])
  }

  @Test func aPassiveSuitWithAReasonNamesBothSides() {
    // `case.party.sued-passive`: 被甲以…为由诉至.
    let p = parties("本报讯 2023年，某装饰公司被业主周某某以违约为由诉至某县人民法院。法院审理后判决某装饰公司退还定金。")
    #expect(p.defendants.contains("某装饰公司"))
  }

  @Test func aVictimOrAWitnessIsNoParty() {
    let p = parties("本报讯 被告人何某某盗窃一案开庭。证人吕某某出庭作证，律师施某某发表辩护意见。法院判处何某某有期徒刑一年。")
    #expect(p.defendants == ["何某某"])
    #expect(p.plaintiffs.allSatisfy { $0 != "吕某某" && $0 != "施某某" })
  }

  @Test func aSuitVerbUsedAsANounIsNoSuit() {
    // 提起诉讼确有困难: nobody sued in that clause.
    let c = Extractor().extract(
      "本报讯 2024年3月，小明向某区检察院申请支持起诉。检察机关认为，小明诉讼能力较弱，提起诉讼确有困难，遂支持小明向法院提起诉讼。法院判决某公司支付小明劳务费。"
    ).cases
    #expect(c.first?.plaintiffs.contains("检察机关") != true)
    #expect(c.first?.plaintiffs.contains("某区人民检察院") != true)
  }

  @Test func aSpeakersTopicSuesAfterTheSpeech() {
    // `case.party.subject-carried`: X认为，…，后诉至法院.
    let p = parties("本报讯 高先生认为，商场因地面湿滑导致自己受伤，要求对方赔偿，后诉至某区人民法院。法院判决某商场赔偿高先生3000元。")
    // Known gap: 商场因… reads 商场 (a surname-led word closed by 因) as the
    // nearest topic before the speech's subject.
    withKnownIssue { #expect(p.plaintiffs == ["高先生"]) }
  }

  @Test func anUnreadableSubjectBlocksTheTopic() {
    // 百发公司不服…，向法院提起诉讼: the clause's own subject cannot be read, so
    // the sentence before (the arbitration body) does not sue.
    let p = parties(
      "本报讯 2014年9月，某区劳动人事争议仲裁委员会作出仲裁裁决，裁决某公司支付罗某赔偿金1万元。百发公司不服该仲裁裁决，向人民法院提起诉讼。")
    #expect(!p.plaintiffs.contains { $0.contains("仲裁委员会") })
  }

  @Test func aCountRecallsTheListOfAsManyNames() {
    // `case.party.counted-subject`: 二人 as well as 2人.
    let p = parties("本报讯 李某甲和李某乙为某工地提供劳务，工程结束后一直未获报酬。无奈之下，二人诉至某县人民法院。法院判决某工地支付报酬。")
    #expect(p.plaintiffs == ["李某甲", "李某乙"])
  }

  @Test func theCourtOrdersACompanyOrAnAwardOrdersIt() {
    // `case.party.court-orders`: 判令 and 裁决 as well as 判决.
    #expect(parties("本报讯 法院审理后判令某建筑公司支付褚某工程款12万元。褚某表示满意。").defendants == ["某建筑公司"])
    #expect(parties("本报讯 仲裁委员会裁决某餐饮公司支付蒋某工资8000元。").defendants == ["某餐饮公司"])
  }

  @Test func aCourtOrderedNothingAsAParty() {
    // 判决书 / 判决支持: no name ordered to pay.
    let p = parties("本报讯 某区人民法院判决支持原告的诉讼请求，判决书已送达。")
    #expect(p.defendants.isEmpty)
  }

  @Test func aRoleSaidOfANameAsTheCasesRole() {
    // `case.party.role-as-predicate`: 系本案被告 as well as 作为原告.
    #expect(parties("本报讯 韩某系本案被告，法院依法缺席审理。").defendants == ["韩某"])
  }

  @Test func aFullNameAfterACivilRoleNeedsToRecur() {
    // `case.party.named-once` reads only after a person's role: 原告与…, 被告解除… are verbs.
    let p = parties("本报讯 原告与被告之间的劳动关系已经解除。被告解除劳动关系后，原告包括加班费在内的请求均被驳回。")
    #expect(p.plaintiffs.isEmpty && p.defendants.isEmpty)
  }

  @Test func aSuspectNeverProsecutedIsNoDefendant() {
    // `case.party.prosecuted-suspect` needs a prosecution or trial.
    let p = parties("本报讯 某区公安分局对犯罪嫌疑人李征明依法刑事拘留。目前案件正在侦查中。")
    #expect(!p.defendants.contains("李征明"))
  }

  @Test func anAddressedPersonSuesByAVerb() {
    let p = parties("本报讯 陈女士在某健身公司办卡后无法退费，遂将某健身公司告上法庭。法院判决某健身公司退还陈女士费用。")
    // Known gap: 陈女士…，遂将X告上法庭 (an addressed person across a clause) is not read yet.
    withKnownIssue { #expect(p.plaintiffs == ["陈女士"]) }
  }

  @Test func aShortNameTheArticleWritesMaskedIsThatName() {
    // 信息公司 stands for 某信息公司.
    let p = parties("本报讯 某信息公司拖欠工资。田某等28位劳动者申请劳动仲裁。仲裁机构裁决信息公司支付工资。信息公司不服仲裁裁决，起诉至某区人民法院。")
    #expect(p.plaintiffs == ["某信息公司"])
    #expect(p.defendants.contains("田某"))
  }

  @Test func theProcuratorateACaseNamesIsWhatItsGenericWordMeans() {
    // 检察机关 where a party stands: the case's one procuratorate.
    let p = parties(
      "安徽省淮北市相山区人民检察院督促整治污水外溢行政公益诉讼案\n2025年4月，相山区检察院向某区住建局制发检察建议。2025年7月，检察机关依法向法院提起行政公益诉讼。法院裁定终结诉讼。"
    )
    #expect(p.plaintiffs.contains("安徽省淮北市相山区人民检察院"))
  }
}
