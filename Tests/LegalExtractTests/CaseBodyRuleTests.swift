import Testing

@testable import LegalExtract

/// The guards that keep a body a case only names off its courts and
/// procuratorates (CaseBodyRule), each with an example and a negative.
@Suite("Case body rules")
struct CaseBodyRuleTests {
  @Test func aBodyTheCaseIsSentUpToDoesNotActYet() {
    let text =
      "湖北省随州市中级人民法院审理被告人熊某故意杀人一案，二审裁定驳回熊某的上诉，维持原判，以故意杀人罪判处其死刑，并依法报请最高人民法院核准。"
    let c = Extractor().extract(text).cases
    #expect(c.first?.courts.contains("最高人民法院") == false, "\(c.first?.courts ?? [])")
    let e = explain(text)
    #expect(e.rejection(ruleNamed: CaseBodyRule.referredTo.name)?.text == "最高人民法院")
  }

  @Test func aServingHeadWhoTakesALeadActsForTheBody() {
    // 检察长接到…反映: the procuratorate acts; 原副院长 names a person's post.
    let acts =
      "2022年3月，正镶白旗人民检察院检察长接到群众反映，某村有个体户违法占用耕地堆放废品。经调查，该院启动行政公益诉讼程序，向旗自然资源局发出诉前检察建议。6月，该局书面回复已整改完毕。"
    #expect(Extractor().extract(acts).cases.first?.procuratorates == ["正镶白旗人民检察院"])
    let former =
      "江西省南昌市中级人民法院今天对江西省高级人民法院原副院长钱某某受贿一案作出一审宣判，以受贿罪判处钱某某有期徒刑十二年。"
    #expect(Extractor().extract(former).cases.first?.courts.contains("江西省高级人民法院") == false)
  }

  @Test func aBodyThatApprovedActed() {
    // 经层报…同意: the body above approved, so it acted.
    let c = Extractor().extract(
      "2022年5月，天水市人民检察院在专项监督活动中发现该线索，经层报甘肃省人民检察院同意，于当月立案。同年6月，天水市人民检察院向清水县人民政府发出检察建议，后向法院提起行政公益诉讼，法院判决支持。"
    ).cases
    #expect(
      c.first?.procuratorates.contains("甘肃省人民检察院") == true, "\(c.first?.procuratorates ?? [])")
  }

  @Test func aBodyWhoseApprovalAnotherSoughtActed() {
    // 经甲报请乙批准，指定本院管辖: 经 opens the clause, so 乙 approved (designated).
    let c = Extractor().extract(
      "公益诉讼起诉人江西省浮梁县人民检察院与被告某化工公司环境污染民事公益诉讼一案，经江西省景德镇市中级人民法院报请江西省高级人民法院批准，指定本院管辖。本院依法审理，判决被告赔偿损失。"
    ).cases
    #expect(c.first?.courts.contains("江西省高级人民法院") == true, "\(c.first?.courts ?? [])")
  }

  @Test func aNationalBodyNamedInPassingDoesNotAct() {
    let text =
      "案例三\n鲍某某等5人国家司法救助案\n【基本案情】\n被告人葛某某失火，法院判处葛某某有期徒刑二年。鲍某某等人属于最高人民检察院、农业农村部联合开展司法救助专项活动明确的重点救助对象，浙江省仙居县人民检察院决定予以救助。"
    let c = Extractor().extract(text).cases
    #expect(c.first?.procuratorates == ["浙江省仙居县人民检察院"], "\(c.first?.procuratorates ?? [])")
    let e = explain(text)
    #expect(e.rejection(ruleNamed: CaseBodyRule.nationalNotActing.name)?.text == "最高人民检察院")
  }

  @Test func aNationalBodyTheCaseGoesToActs() {
    let c = Extractor().extract(
      "原告张某诉被告某县人民政府行政协议纠纷案\n张某不服二审判决，向最高人民法院申请再审，"
        + "最高人民法院提审后于2021年12月作出判决，撤销一、二审判决。"
    ).cases
    #expect(c.first?.courts.contains("最高人民法院") == true, "\(c.first?.courts ?? [])")
  }

  @Test func aJointPublisherDoesNotAct() {
    let text =
      "12月1日，江苏省高级人民法院、某法学研究会联合发布典型案例。案例一 辱骂公交车司机案\n方某驾驶公交车时被乘客范某辱骂，方某诉至法院，请求判令范某赔礼道歉。法院判决范某赔礼道歉。"
    let c = Extractor().extract(text).cases
    #expect(c.first?.courts == [], "\(c.first?.courts ?? [])")
    #expect(
      explain(text).rejection(ruleNamed: CaseBodyRule.jointPublisher.name)?.text == "江苏省高级人民法院")
  }

  @Test func courtsThatTriedTheCaseTogetherAct() {
    // Two courts listed, but their verb is 审理: no release.
    let c = Extractor().extract(
      "案例一 范某盗窃案\n苏州市中级人民法院、苏州市吴中区人民法院先后审理此案，苏州市吴中区人民法院判处范某有期徒刑一年，苏州市中级人民法院裁定维持原判。"
    ).cases
    #expect(c.first?.courts == ["苏州市中级人民法院", "苏州市吴中区人民法院"], "\(c.first?.courts ?? [])")
  }

  @Test func anExampleOfAnotherPlaceDoesNotAct() {
    let text =
      "案例五 某公司欠薪执行监督案\n2025年7月，上饶市信州区人民检察院向上饶市信州区人民法院提出检察建议，法院采纳建议，欠薪全部支付到位。在最高检指导下，多地检察机关加强监督。如，贵州省铜仁市万山区人民检察院推动出台规范流程的通知。"
    let c = Extractor().extract(text).cases
    #expect(c.first?.procuratorates == ["上饶市信州区人民检察院"], "\(c.first?.procuratorates ?? [])")
    #expect(explain(text).rejection(ruleNamed: CaseBodyRule.example.name)?.text == "贵州省铜仁市万山区人民检察院")
  }

  @Test func aBodyNamedOnlyInFollowUpWorkDoesNotAct() {
    let text =
      "案例五 某公司欠薪执行监督案\n2025年7月，上饶市信州区人民检察院向上饶市信州区人民法院提出检察建议，法院采纳建议，欠薪全部支付到位。\n社会治理。上饶市人民检察院及时总结经验，组织全市检察机关开展专项监督。上饶市中级人民法院制发书面提示规范移送程序。"
    let c = Extractor().extract(text).cases
    #expect(c.first?.procuratorates == ["上饶市信州区人民检察院"], "\(c.first?.procuratorates ?? [])")
    #expect(c.first?.courts == ["上饶市信州区人民法院"], "\(c.first?.courts ?? [])")
    #expect(explain(text).rejection(ruleNamed: CaseBodyRule.followUp.name)?.text == "上饶市人民检察院")
  }

  @Test func aBodyThatActedStaysThoughItFollowsUp() {
    // The same procuratorate made the recommendation, then followed up.
    let c = Extractor().extract(
      "案例五 某公司欠薪执行监督案\n2025年7月，上饶市人民检察院向上饶市中级人民法院提出检察建议，法院采纳建议，欠薪全部支付到位。\n社会治理。上饶市人民检察院及时总结经验，组织全市检察机关开展专项监督。"
    ).cases
    #expect(c.first?.procuratorates == ["上饶市人民检察院"], "\(c.first?.procuratorates ?? [])")
  }

  @Test func oneCaseOfABasicCourtsReleaseTakesItsCourt() {
    let text =
      "4月29日，北京市密云区人民法院召开新闻发布会，发布劳动争议典型案例。\n案例1：劳动者休病假期间的医疗费由谁承担\n王某入职某运输公司。后王某申请仲裁，该公司不服，诉至法院。法院经审理认为，某运输公司应支付王某医疗费。"
    let c = Extractor().extract(text).cases
    #expect(c.first?.courts == ["北京市密云区人民法院"], "\(c.first?.courts ?? [])")
    let made = explain(text).entries.filter {
      $0.isAccepted && $0.madeBy == CaseBodyRule.leadCourt.name
    }
    #expect(made.map(\.detail) == ["北京市密云区人民法院"])
  }

  @Test func aHighCourtsReleaseGivesItsCaseNoCourt() {
    // A high court publishes other courts' cases.
    let c = Extractor().extract(
      "4月29日，北京市高级人民法院召开新闻发布会，发布劳动争议典型案例。\n案例1：劳动者休病假期间的医疗费由谁承担\n王某入职某运输公司。后王某申请仲裁，该公司不服，诉至法院。法院经审理认为，某运输公司应支付王某医疗费。"
    ).cases
    #expect(c.first?.courts == [], "\(c.first?.courts ?? [])")
  }

  static func namedInPassing(_ act: String) -> String {
    "2月26日，最高人民检察院召开新闻发布会。2023年，全国检察机关共提出刑事抗诉近8000件，抗诉改变率近80%。最高人民检察院"
      + act + "的何某贩卖毒品案、邓某抢劫案、温某某故意杀人案等均经法院再审改判。重视抗诉工作的同时，检察机关注重加强与法院的沟通。"
  }
  static let namedInPassing = namedInPassing("抗诉")

  @Test func titlesNamedInASentenceTakeTheBodyThatActedBeforeThem() {
    let text = Self.namedInPassing
    let c = Extractor().extract(text).cases.filter { $0.title != nil }
    #expect(!c.isEmpty)
    for k in c {
      #expect(k.procuratorates.contains("最高人民检察院"), "\(k.title ?? "") \(k.procuratorates)")
    }
    let made = explain(text).entries.filter {
      $0.isAccepted && $0.madeBy == CaseBodyRule.actingBeforeTitle.name
    }
    #expect(made.map(\.detail).contains("最高人民检察院"))
  }

  @Test func aBodyThatOnlyPublishesTitlesInItsSentenceDidNotAct() {
    let text = Self.namedInPassing("发布")
    let made = explain(text).entries.filter {
      $0.isAccepted && $0.madeBy == CaseBodyRule.actingBeforeTitle.name
    }
    #expect(made.isEmpty)
  }

  @Test func namesAreUniqueDottedAndLowercase() {
    let all = CaseBodyRule.allCases.map(\.rawValue)
    #expect(Set(all).count == all.count)
    for name in all {
      #expect(name.hasPrefix("case.body."), "\(name)")
      #expect(name == name.lowercased() && !name.contains(" "), "\(name)")
    }
  }
}
