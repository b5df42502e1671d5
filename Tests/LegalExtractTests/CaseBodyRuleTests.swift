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

  @Test func aBodyThatApprovedActed() {
    // 经层报…同意: the body above approved, so it acted.
    let c = Extractor().extract(
      "2022年5月，天水市人民检察院在专项监督活动中发现该线索，经层报甘肃省人民检察院同意，于当月立案。同年6月，天水市人民检察院向清水县人民政府发出检察建议，后向法院提起行政公益诉讼，法院判决支持。"
    ).cases
    #expect(
      c.first?.procuratorates.contains("甘肃省人民检察院") == true, "\(c.first?.procuratorates ?? [])")
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

  @Test func namesAreUniqueDottedAndLowercase() {
    let all = CaseBodyRule.allCases.map(\.rawValue)
    #expect(Set(all).count == all.count)
    for name in all {
      #expect(name.hasPrefix("case.body.guard."), "\(name)")
      #expect(name == name.lowercased() && !name.contains(" "), "\(name)")
    }
  }
}
