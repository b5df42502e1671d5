import Testing

@testable import LegalExtract

/// The party and body families of the eighth round (cross-batch misses and
/// extras of the pooled held-out articles): each with other sites' phrasings
/// and a negative.
@Suite("Case party families, eighth round")
struct CasePartySession8Tests {
  private func only(_ text: String) -> CaseRecord? {
    let cases = Extractor().extract(text).cases
    #expect(cases.count == 1)
    return cases.first
  }

  // MARK: `case.party.list-before-role`: a list counted before its role word

  @Test func aListCountedBeforeTheDefendantsAfterACopula() {
    let c = only(
      "本报讯 昨日上午，某市中级人民法院公开开庭审理一起故意伤害案。当日受审的是赵立新、钱海波、孙志远等3名被告人。法院将择期宣判。"
    )
    #expect(Set(c?.defendants ?? []) == ["赵立新", "钱海波", "孙志远"], "\(c?.defendants ?? [])")
  }

  @Test func unitsAndPersonsCountedBeforeTheirRoles() {
    let c = only(
      "检察机关经审查查明，某化工公司长期违规倾倒废液。某化工公司等3家被告单位、王某某等5名被告人涉嫌污染环境罪。池州市贵池区人民检察院依法向池州市贵池区人民法院提起公诉。法院判处王某某有期徒刑三年。"
    )
    #expect(c?.defendants.contains("某化工公司") == true, "\(c?.defendants ?? [])")
    #expect(c?.defendants.contains("王某某") == true, "\(c?.defendants ?? [])")
  }

  @Test func oneNameCountedBeforeTheSuedAfterJiang() {
    let c = only(
      "本报讯 2021年，吴建国作为原告向某县人民法院提起诉讼，将周明华等两名被告告上法庭，要求赔偿损失。法院审理后判决周明华赔偿吴建国损失2万元。"
    )
    #expect(c?.defendants.contains("周明华") == true, "\(c?.defendants ?? [])")
  }

  @Test func aCountWithoutAListBeforeTheRoleNamesNobody() {
    // The count stands alone: 共有5名被告人 opens no list.
    let c = only("本报讯 某市中级人民法院公开审理一起聚众斗殴案，该案共有5名被告人。法院当庭宣判。")
    #expect(c?.defendants == [], "\(c?.defendants ?? [])")
  }

  // MARK: `case.party.title-offender`: a title's name before 等N人

  @Test func aTitleNameBeforeTheCountOfTheRestIsADefendant() {
    for (title, name) in [
      ("赵立新等31人组织、领导、参加黑社会性质组织案", "赵立新"), ("钱海波等人诈骗案", "钱海波"),
      ("孙志远等十二名被告人寻衅滋事案", "孙志远"),
    ] {
      let c = only("\(title)\n法院经审理查明，\(name)等人多次实施违法犯罪活动。法院以相关罪名判处\(name)有期徒刑十年。")
      #expect(c?.defendants.contains(name) == true, "\(title): \(c?.defendants ?? [])")
    }
  }

  @Test func aTitleCountOfThingsNamesNobody() {
    // 等3起 counts cases, not persons: no name closes before it.
    let c = only("高建军等3起盗窃案\n法院经审理查明，被告人李某某多次盗窃。法院判处李某某有期徒刑一年。")
    #expect(c?.defendants.contains("高建军") == false, "\(c?.defendants ?? [])")
  }

  // MARK: `case.body.guard.news-source`: the report's source or the event's host

  @Test func aSourceCourtAboveTheTrialCourtDoesNotAct() {
    let text =
      "新华社沈阳4月14日电 记者从辽宁省高级人民法院获悉，锦州市中级人民法院14日公开宣判被告人赵立新等5人寻衅滋事一案，以寻衅滋事罪判处赵立新有期徒刑五年。"
    let c = only(text)
    #expect(c?.courts == ["锦州市中级人民法院"], "\(c?.courts ?? [])")
    #expect(
      explain(text).rejection(ruleNamed: CaseBodyRule.newsSource.name)?.text == "辽宁省高级人民法院")
  }

  @Test func aSourceProcuratorateAndAHostCourtDoNotAct() {
    let c = only(
      "新华社杭州5月8日电 记者从杭州市人民检察院获悉，由临安区人民检察院提起公诉的被告人钱某某盗窃一案，在临安区人民法院公开开庭审理。法院判处钱某某有期徒刑一年。"
    )
    #expect(c?.procuratorates == ["临安区人民检察院"], "\(c?.procuratorates ?? [])")
    #expect(c?.plaintiffs == ["临安区人民检察院"], "\(c?.plaintiffs ?? [])")
    let hosted = only(
      "法律利剑出鞘\n3月27日，由甘肃省高级人民法院主办的执行行动走进宕昌县。2019年，余某将马某告到了宕昌县人民法院，法院判决马某偿还借款5万元。马某未履行，余某申请强制执行。"
    )
    #expect(hosted?.courts == ["宕昌县人民法院"], "\(hosted?.courts ?? [])")
  }

  @Test func aSourceCourtThatIsTheOnlyCourtStays() {
    // 记者从汉阳区法院获悉 and no other court: the source tried the case.
    let c = only(
      "本报讯 8日，记者从武汉市汉阳区人民法院获悉，被告人方某犯组织卖淫罪，被判处有期徒刑十年。"
    )
    #expect(c?.courts == ["武汉市汉阳区人民法院"], "\(c?.courts ?? [])")
  }

  // MARK: company names read without the verb before them

  @Test func anAwardOrInquiryVerbIsNoPartOfTheCompany() {
    let c = only(
      "2023年5月，张某鹏向某市劳动人事争议仲裁委员会申请仲裁，请求裁决贵州星海建材有限公司支付工伤赔偿款10万元。仲裁委员会裁决贵州星海建材有限公司支付张某鹏5万元。"
    )
    #expect(c?.defendants == ["贵州星海建材有限公司"], "\(c?.defendants ?? [])")
    let orgs = Extractor().extract("市劳动监察大队协助调查常州某建筑劳务有限公司欠薪一案，依法查处江苏某工程有限公司。").organizations
    #expect(orgs.contains { $0.name == "常州某建筑劳务有限公司" }, "\(orgs.map(\.name))")
    #expect(orgs.contains { $0.name == "江苏某工程有限公司" }, "\(orgs.map(\.name))")
    #expect(!orgs.contains { $0.name.hasPrefix("调查") || $0.name.hasPrefix("查处") })
  }

  // MARK: the subject slot of a suit verb (noun, names, adverbs)

  @Test func aSuerBehindAKindNounOrAnAdverbSues() {
    for (text, suer) in [
      ("本报讯 2018年5月，受害人梁某某被他人打伤，受害人梁某某依法向博爱县人民法院提起诉讼，要求赔偿损失。法院判决支持。", "梁某某"),
      ("本报讯 借款到期后，李建华多次催讨无果，李建华无奈向某县人民法院提起诉讼。法院判决支持李建华的诉讼请求。", "李建华"),
      ("本报讯 某公司拖欠工资。仲裁委终结审理后，黄某诉至法院，要求某公司支付工资。法院判决某公司支付。", "黄某"),
    ] {
      let c = only(text)
      #expect(c?.plaintiffs.contains(suer) == true, "\(text): \(c?.plaintiffs ?? [])")
    }
  }

  @Test func aCourtInTheSlotIsNoSuer() {
    let c = only("本报讯 某县人民检察院依法向某县人民法院提起公诉，指控被告人李某某犯盗窃罪。法院判处李某某有期徒刑一年。")
    #expect(c?.plaintiffs.contains("某县人民法院") == false, "\(c?.plaintiffs ?? [])")
  }

  @Test func everyNameOfTheListBeforeAnInlineSuitSues() {
    let c = only(
      "本报讯 近日，在镇江经济开发区人民法院，随着农民工王某、周某诉某建筑劳务公司拖欠劳动报酬案的顺利调解，两人向法官道谢。法院组织双方调解，某建筑劳务公司当场支付王某、周某工资2万元。"
    )
    #expect(Set(c?.plaintiffs ?? []) == ["王某", "周某"], "\(c?.plaintiffs ?? [])")
    #expect(c?.defendants == ["某建筑劳务公司"], "\(c?.defendants ?? [])")
  }

  @Test func aSuerAfterANounForAKindOfPersonTakesToCourt() {
    for (text, suer) in [
      (
        "网店被罚起诉监管局\n2019年，网店主朱建华将上海市松江区市场监督管理局告上法庭。"
          + "上海市第一中级人民法院审理该案后，判决确认松江区市场监督管理局的处罚行为违法，朱建华获赔2万元。", "朱建华"
      ),
      (
        "货款纠纷\n2019年，个体户李某某将某物流公司告上了上海市宝山区人民法院，"
          + "法院判决某物流公司赔偿李某某损失3万元。某物流公司未履行，李某某申请强制执行。", "李某某"
      ),
    ] {
      let c = only(text)
      #expect(c?.plaintiffs.contains(suer) == true, "\(text): \(c?.plaintiffs ?? [])")
    }
  }

  @Test func aClauseOfAdverbsCarriesTheSuer() {
    let c = only(
      "拖欠货款被判支付\n2024年，陈某向某贸易公司供货，某贸易公司拖欠货款。陈某在多次催要无果后，无奈将某贸易公司告上法庭，长沙市雨花区人民法院判决某贸易公司支付货款30万元。某贸易公司未履行，陈某申请强制执行。"
    )
    #expect(c?.plaintiffs == ["陈某"], "\(c?.plaintiffs ?? [])")
    #expect(c?.defendants == ["某贸易公司"], "\(c?.defendants ?? [])")
  }

  // MARK: a body acting through its official; a kind of suit is no name

  @Test func aBodyWhoseOfficialAppearsInCourtActs() {
    let c = only(
      "齐鲁网德州3月28日讯 3月28日上午，德州中院公开开庭审理上诉人宋某明犯寻衅滋事罪二审一案，并当庭宣判，驳回上诉，维持原判。本案由德州中院院长孟某担任审判长，德州市检察院检察长郭某依法出庭履行职务。"
    )
    #expect(c?.procuratorates == ["德州市人民检察院"], "\(c?.procuratorates ?? [])")
  }

  @Test func aBodyNamedAsAPersonsFormerPostDoesNotAct() {
    let c = only(
      "新华社南昌电 南昌市中级人民法院公开宣判江西省高级人民法院原副院长吴振汉受贿一案，以受贿罪判处吴振汉死刑，缓期二年执行。"
    )
    #expect(c?.courts == ["南昌市中级人民法院"], "\(c?.courts ?? [])")
  }

  @Test func theKindOfASuitIsNoSupportedParty() {
    let c = only(
      "本报讯 鼓楼区人民检察院就吴某等非法捕捞一案提起刑事附带民事公益诉讼。2019年11月29日，法院作出判决支持公益诉讼全部请求，判处吴某有期徒刑一年。"
    )
    #expect(c?.plaintiffs.contains("公益") == false, "\(c?.plaintiffs ?? [])")
  }
}
