import Testing

@testable import LegalExtract

/// The party families of the ninth round: defendants named by their tier
/// (首要分子, 主犯, 从犯), lists joined by a kinship word, companies after a
/// role word that ends in a name-like character. Each with a negative.
@Suite("Case party families, ninth round")
struct CasePartySession9Tests {
  private func only(_ text: String) -> CaseRecord? {
    let cases = Extractor().extract(text).cases
    #expect(cases.count == 1)
    return cases.first
  }

  // MARK: `case.party.tier-role`

  @Test func aListCountedByDengBeforeItsTier() {
    let c = only(
      "本报讯 近日，某县人民法院一审宣判一起寻衅滋事案。以方某为首的恶势力团伙长期在集市强收摊位费。方某系首要分子，孔某、严某等5人系一般参加者。法院以寻衅滋事罪判处方某有期徒刑四年，判处孔某有期徒刑二年。"
    )
    let d = Set(c?.defendants ?? [])
    #expect(d.isSuperset(of: ["方某", "孔某", "严某"]), "\(c?.defendants ?? [])")
  }

  @Test func theRoleClauseBeforeTheTierNamesTheDefendants() {
    let c = only(
      "本报讯 近日，某市中级人民法院对一起非法采矿案作出一审判决。法院认为，钟立平在共同犯罪中起主要作用，系主犯；侯建明、庞晓东起次要作用，系从犯。法院以非法采矿罪判处钟立平有期徒刑五年。"
    )
    #expect(Set(c?.defendants ?? []) == ["钟立平", "侯建明", "庞晓东"], "\(c?.defendants ?? [])")
  }

  @Test func aHeadNamedByYiWeiShou() {
    let c = only(
      "本报讯 近日，某区人民法院审理了一起以雷某为首的套路贷犯罪集团案件。法院以诈骗罪判处雷某有期徒刑十二年。"
    )
    #expect(c?.defendants.contains("雷某") == true, "\(c?.defendants ?? [])")
  }

  @Test func aTierDeniedOrOutsideACriminalCaseNamesNobody() {
    let c = only(
      "本报讯 近日，某区人民法院审结一起故意伤害案。法院认为，被告人蔡某某在共同犯罪中起主要作用。辩护人提出蔡某某不是主犯的意见，法院不予采纳。法院判处蔡某某有期徒刑三年。"
    )
    #expect(c?.defendants == ["蔡某某"], "\(c?.defendants ?? [])")
    let civil = only(
      "本报讯 某区人民法院审结一起劳动争议案。原告王某诉称，其为公司的骨干成员，公司拖欠其工资。法院判决某公司支付王某工资2万元。"
    )
    #expect(civil?.defendants.contains("王某") != true, "\(civil?.defendants ?? [])")
  }

  // MARK: lists joined by a kinship word (和其子, 及其妻子)

  @Test func aKinshipWordJoinsTheList() {
    let c = only(
      "本报讯 近日，某县人民法院审理了一起盗伐林木案。被告人郭大海和其子郭小川在未经许可的情况下盗伐林木42株。法院以盗伐林木罪分别判处郭大海、郭小川有期徒刑一年、十个月。"
    )
    #expect(Set(c?.defendants ?? []) == ["郭大海", "郭小川"], "\(c?.defendants ?? [])")
  }

  @Test func aKinshipWordWithNoNameAddsNobody() {
    let c = only(
      "本报讯 近日，某县人民法院审理了一起故意伤害案。被告人郭大海和其子因琐事与邻居争吵，郭大海持棍将邻居打伤。法院以故意伤害罪判处郭大海有期徒刑一年。"
    )
    #expect(c?.defendants == ["郭大海"], "\(c?.defendants ?? [])")
  }

  // MARK: companies after 被告单位 / 经营者 (CompanyScanner lead words)

  @Test func aCompanyAfterBeiGaoDanWeiIsNamedWithoutDanWei() {
    let c = only(
      "本报讯 近日，某区人民法院审结一起污染环境案。被告单位宁波某化工有限公司及其法定代表人俞某被依法追究刑事责任。法院判处被告单位宁波某化工有限公司罚金50万元，判处被告人俞某有期徒刑一年。"
    )
    #expect(c?.defendants.contains("宁波某化工有限公司") == true, "\(c?.defendants ?? [])")
    #expect(!(c?.defendants.contains { $0.hasPrefix("单位") } ?? true), "\(c?.defendants ?? [])")
  }

  @Test func aCompanyNameEndingInAPersonWordIsKept() {
    let r = Extractor().extract("本报讯 某广告有限公司与某传媒有限公司签订合同。")
    #expect(r.organizations.contains { $0.name == "某广告有限公司" }, "\(r.organizations.map(\.name))")
  }
}

/// `case.party.title-claimant` / `case.party.guard.dispute-title`.
@Suite("Case party dispute titles, ninth round")
struct CasePartyDisputeTitleTests {
  @Test func theClaimantOfAWageTitleIsNoDefendant() {
    let cases = Extractor().extract(
      "检察机关支持起诉典型案例\n\n案例一\n孟某某等6名农民工追索劳动报酬纠纷案\n2023年，孟某某等6人在某建筑公司承包的工地务工，被拖欠工资9万元。某县人民检察院支持孟某某等6人向某县人民法院起诉某建筑公司。法院判决某建筑公司支付工资。"
    ).cases
    #expect(cases.first?.defendants.contains("孟某某") != true, "\(cases.first?.defendants ?? [])")
    #expect(cases.first?.plaintiffs.contains("孟某某") == true, "\(cases.first?.plaintiffs ?? [])")
  }

  @Test func aCriminalTitleStillNamesItsDefendant() {
    let cases = Extractor().extract(
      "案例一\n孟某某拒不支付劳动报酬案\n孟某某拖欠12名工人工资。某县人民检察院以拒不支付劳动报酬罪对孟某某提起公诉，法院判处孟某某有期徒刑一年。"
    ).cases
    #expect(cases.first?.defendants.contains("孟某某") == true, "\(cases.first?.defendants ?? [])")
  }
}

/// `case.party.owes` (a list of debtors) and `case.party.owed`.
@Suite("Case party wage debts, ninth round")
struct CasePartyWageDebtTests {
  @Test func bothDebtorsAndTheOwedInASupportedSuit() {
    let c = Extractor().extract(
      "本报讯 近日，某县人民检察院支持农民工起诉讨薪。经查，某劳务公司以及劳务班组长管某拖欠韦某某等5人工资3万元。该院向某县人民法院提起支持起诉，法院判决某劳务公司支付工资。"
    ).cases.first
    let d = Set(c?.defendants ?? [])
    #expect(d.isSuperset(of: ["某劳务公司", "管某"]), "\(c?.defendants ?? [])")
    #expect(c?.plaintiffs.contains("韦某某") == true, "\(c?.plaintiffs ?? [])")
  }

  @Test func aSupportDecisionSettledBeforeSuitNamesNoDebtor() {
    let c = Extractor().extract(
      "本报讯 2023年11月，32名农民工向某县人民检察院反映某建筑公司拖欠工资。该院查明某建筑公司拖欠32名农民工工资共计46.8万元。同年12月5日，该院依法作出支持起诉决定。2024年1月8日，在法官和检察官的共同主持下，32名农民工与某建筑公司达成调解协议。"
    ).cases.first
    #expect(c?.defendants.isEmpty ?? true, "\(c?.defendants ?? [])")
  }

  @Test func theOwedIsNoPlaintiffWhereNobodySues() {
    let c = Extractor().extract(
      "本报讯 某区人民法院审结一起拒不支付劳动报酬案。被告人管某拖欠韦某某等5人工资3万元，经劳动监察部门责令支付仍不支付。法院以拒不支付劳动报酬罪判处管某有期徒刑一年。"
    ).cases.first
    #expect(c?.plaintiffs.contains("韦某某") != true, "\(c?.plaintiffs ?? [])")
    #expect(c?.defendants == ["管某"], "\(c?.defendants ?? [])")
  }
}

/// `case.body.lead-court`: the supreme court publishing a release is no
/// court of the cases it releases, though the lead names it again.
@Suite("Case lead court, ninth round")
struct CaseLeadCourtSession9Tests {
  @Test func theSupremeCourtPublishingIsNotTheLeadCourt() {
    let cases = Extractor().extract(
      "2025年3月6日，最高人民法院召开新闻发布会，发布依法惩治诈骗犯罪典型案例。最高人民法院刑一庭庭长出席发布会。\n\n案例一\n邝某某诈骗案\n邝某某冒充客服骗取他人钱财8万元。法院经审理，以诈骗罪判处邝某某有期徒刑三年。\n\n案例二\n卞某某诈骗案\n卞某某虚构投资项目骗取钱财20万元。法院经审理，以诈骗罪判处卞某某有期徒刑五年。"
    ).cases
    #expect(cases.count == 2)
    #expect(cases.allSatisfy { !$0.courts.contains("最高人民法院") }, "\(cases.map(\.courts))")
  }

  @Test func aBasicCourtPublishingItsOwnCasesStaysTheirCourt() {
    let cases = Extractor().extract(
      "2025年3月6日，重庆市渝中区人民法院召开新闻发布会，通报该院审结的诈骗犯罪案件。\n\n案例一\n邝某某诈骗案\n邝某某冒充客服骗取他人钱财8万元。法院经审理，以诈骗罪判处邝某某有期徒刑三年。\n\n案例二\n卞某某诈骗案\n卞某某虚构投资项目骗取钱财20万元。法院经审理，以诈骗罪判处卞某某有期徒刑五年。"
    ).cases
    #expect(cases.count == 2)
    #expect(cases.allSatisfy { $0.courts == ["重庆市渝中区人民法院"] }, "\(cases.map(\.courts))")
  }
}

/// Masked names: a verb after 张某 is no third character of the name.
@Suite("Case party masked names, ninth round")
struct CasePartyMaskedNameSession9Tests {
  @Test func aVerbAfterAMaskedNameToldElsewhereIsNoPartOfIt() {
    let c = Extractor().extract(
      "本报讯 近日，某县人民法院审结一起建设工程合同纠纷案。2021年，原告侯某承建了被告某公司的外墙工程。完工后，原告侯某找被告结算，被告仅支付部分工程款。侯某遂诉至法院。法院判决被告某公司支付侯某工程款6万元。"
    ).cases.first
    #expect(c?.plaintiffs == ["侯某"], "\(c?.plaintiffs ?? [])")
  }

  @Test func aThreeCharacterMaskedNameToldTwiceKeepsItsThird() {
    let c = Extractor().extract(
      "本报讯 近日，某县人民法院审结一起故意伤害案。被告人雷某军为泄愤持刀伤人。雷某军在案发后投案自首。法院以故意伤害罪判处雷某军有期徒刑二年。"
    ).cases.first
    #expect(c?.defendants == ["雷某军"], "\(c?.defendants ?? [])")
  }
}

/// `case.party.sentenced-after-dui`.
@Suite("Case party sentenced after dui, ninth round")
struct CasePartySentencedAfterDuiTests {
  @Test func namesSentencedAfterDuiWithACharge() {
    let c = Extractor().extract(
      "本报讯 近日，某县人民法院审结一起诈骗案。法院对被告人闵某某以诈骗罪判处有期徒刑三年，对柏某以诈骗罪判处有期徒刑一年。"
    ).cases.first
    #expect(Set(c?.defendants ?? []) == ["闵某某", "柏某"], "\(c?.defendants ?? [])")
  }

  @Test func aCountOrAPronounAfterDuiNamesNobody() {
    let c = Extractor().extract(
      "本报讯 近日，某县人民法院审结一起诈骗案。被告人闵某某冒充客服骗取钱财。法院对其余3名被告人判处有期徒刑一年至二年，对该案判处的罚金已执行，判处闵某某有期徒刑三年。"
    ).cases.first
    #expect(c?.defendants == ["闵某某"], "\(c?.defendants ?? [])")
  }
}

/// `case.party.sues-whom` with the court between the suer and 起诉.
@Suite("Case party sues whom, ninth round")
struct CasePartySuesWhomSession9Tests {
  @Test func theSuerSuesAListThroughTheCourt() {
    let c = Extractor().extract(
      "本报讯 近日，某区人民法院调解了一起赡养费纠纷案。今年4月，骆大妈向某区人民法院起诉祁某甲、祁某乙、祁某丙，请求判令三被告每月支付赡养费。法院组织调解，三名子女同意支付。"
    ).cases.first
    #expect(c?.plaintiffs == ["骆大妈"], "\(c?.plaintiffs ?? [])")
    #expect(Set(c?.defendants ?? []) == ["祁某甲", "祁某乙", "祁某丙"], "\(c?.defendants ?? [])")
  }

  @Test func aSuitAfterTheCourtWithNoSuerNamesNobody() {
    let c = Extractor().extract(
      "本报讯 近日，某区人民法院审结一起赡养费纠纷案。经调解无果后，当事人向法院起诉祁某甲，法院判决祁某甲每月支付赡养费。"
    ).cases.first
    #expect(!(c?.plaintiffs.contains("当事人") ?? false), "\(c?.plaintiffs ?? [])")
  }
}

/// Short names of bodies the article names in full only before a bracket.
@Suite("Case party bracketed bodies, ninth round")
struct CasePartyBracketedBodySession9Tests {
  @Test func aShortNameStandsForTheBodyNamedBeforeHuaMing() {
    let c = Extractor().extract(
      "本报讯 2019年，家住某县的苗某与溧阳银鹭汽车运输公司（化名）签订挂靠合同。后苗某不再缴纳管理费。银鹭公司向某县人民法院起诉，法院判决苗某支付管理费2万元。"
    ).cases.first
    #expect(c?.plaintiffs == ["溧阳银鹭汽车运输公司"], "\(c?.plaintiffs ?? [])")
  }

  @Test func aShortNameOfAnotherBodyIsNotExpanded() {
    let c = Extractor().extract(
      "本报讯 2019年，苗某与溧阳银鹭汽车运输公司（化名）签订挂靠合同。后苗某驾车发生事故，金山公司向某县人民法院起诉苗某，法院判决苗某赔偿金山公司2万元。"
    ).cases.first
    #expect(c?.plaintiffs == ["金山公司"], "\(c?.plaintiffs ?? [])")
  }
}

/// Later items of a role's list; criminal groups; a comma before 以…罪.
@Suite("Case party lists, ninth round")
struct CasePartyListSession9Tests {
  @Test func aLaterListItemNamedOnceIsADefendant() {
    let c = Extractor().extract(
      "本报讯 近日，某县人民法院审结一起强迫交易案。检察机关指控，被告人刘家明、俞成胜等人以道路被轧坏为借口，强行索要过路费。法院以强迫交易罪判处刘家明有期徒刑三年。"
    ).cases.first
    #expect(Set(c?.defendants ?? []) == ["刘家明", "俞成胜"], "\(c?.defendants ?? [])")
  }

  @Test func aLaterListItemThatIsNoNameIsNotRead() {
    let c = Extractor().extract(
      "本报讯 近日，某县人民法院审结一起盗窃案。被告人刘家明、其余涉案人员均已到案。法院以盗窃罪判处刘家明有期徒刑一年。"
    ).cases.first
    #expect(c?.defendants == ["刘家明"], "\(c?.defendants ?? [])")
  }

  @Test func aCriminalGroupAfterARoleIsNoParty() {
    let c = Extractor().extract(
      "本报讯 4月19日，由某县人民检察院提起公诉的刘家明等10名被告人恶势力犯罪集团案由某县人民法院依法作出一审判决。法院以强迫交易罪判处刘家明有期徒刑三年。"
    ).cases.first
    #expect(!(c?.defendants.contains { $0.hasSuffix("集团") } ?? true), "\(c?.defendants ?? [])")
  }

  @Test func aCommaBeforeTheChargeAfterDui() {
    let c = Extractor().extract(
      "本报讯 近日，某县人民法院审结一起妨害公务案。另对被告人庞菊和陈国友，以妨害公务罪分别判处有期徒刑二年和有期徒刑六个月。"
    ).cases.first
    #expect(Set(c?.defendants ?? []) == ["庞菊", "陈国友"], "\(c?.defendants ?? [])")
  }
}

/// `case.party.court-orders`: 判决甲向乙返还….
@Suite("Case party court orders, ninth round")
struct CasePartyCourtOrdersSession9Tests {
  @Test func theOnePaidAfterXiangIsThePlaintiff() {
    let c = Extractor().extract(
      "案例一：隐瞒事故车 商家被判退一赔三\n\n基本案情：梁某向某汽车销售公司购买车辆，店铺隐瞒车辆出过重大事故。法院经审理认为，某汽车销售公司构成欺诈，遂判决某汽车销售公司向梁某返还购车款6万元并支付三倍赔偿。"
    ).cases.first
    #expect(c?.defendants == ["某汽车销售公司"], "\(c?.defendants ?? [])")
    #expect(c?.plaintiffs == ["梁某"], "\(c?.plaintiffs ?? [])")
  }

  @Test func aCourtAfterXiangIsNoPlaintiff() {
    let c = Extractor().extract(
      "本报讯 某区人民法院审结一起买卖合同纠纷案。法院判决某汽车销售公司向法院缴纳诉讼费，并判决某汽车销售公司返还梁某购车款。"
    ).cases.first
    #expect(!(c?.plaintiffs.contains("法院") ?? false), "\(c?.plaintiffs ?? [])")
  }
}
