import Testing

@testable import LegalExtract

/// One example per party rule (CasePartyRule): a one-case story and the
/// names that rule must put on each side (or, for a guard, keep off).
struct CasePartyExample: CustomTestStringConvertible, Sendable {
  let rule: CasePartyRule
  let text: String
  var plaintiffs: [String] = []
  var defendants: [String] = []
  var notPlaintiffs: [String] = []
  /// For a guard: the text of the candidate it rejects.
  var rejects: String? = nil

  var testDescription: String { rule.rawValue }
}

@Suite("Case party rules")
struct CasePartyRuleTests {
  static let examples: [CasePartyExample] = [
    CasePartyExample(
      rule: .title, text: "张某某诉某县人民政府行政协议纠纷案\n张某某不服，提起诉讼，法院判决驳回。",
      plaintiffs: ["张某某"], defendants: ["某县人民政府"]),
    CasePartyExample(
      rule: .titleOffender,
      text: "新华社南昌5月6日电 江西省南昌市中级人民法院6日公开宣判了某省人民政府原副省长欧阳明受贿一案，以受贿罪判处欧阳明有期徒刑十二年。法院认为，欧阳明利用职务便利收受财物。",
      defendants: ["欧阳明"]),
    CasePartyExample(
      rule: .titlePairWithActor,
      text:
        "案例一\n孙某与某物流公司劳动争议案\n【基本案情】\n孙某入职某物流公司后被拖欠工资。孙某向劳动人事争议仲裁委员会申请仲裁。\n【裁判结果】\n仲裁委员会裁决支持孙某的请求。",
      plaintiffs: ["孙某"], defendants: ["某物流公司"]),
    CasePartyExample(
      rule: .roleList,
      text: "某县人民检察院指控，被告人甲某、乙某、丙某多次结伙盗窃。法院判决三被告人犯盗窃罪。",
      defendants: ["甲某", "乙某", "丙某"]),
    CasePartyExample(
      rule: .listBeforeRole,
      text: "案情简介\n周明、吴芳、郑强三位原告系某村村民，不服被告某县自然资源局作出的决定，向法院提起行政诉讼。法院判决撤销该决定。",
      plaintiffs: ["周明", "吴芳", "郑强"]),
    CasePartyExample(
      rule: .namedAsDefendant,
      text: "2023年7月，某县人民检察院以某县农业农村局、某县林业局为被告，向法院提起行政公益诉讼。法院判决支持检察机关的诉讼请求。",
      defendants: ["某县农业农村局", "某县林业局"]),
    CasePartyExample(
      rule: .appliesOrSues,
      text: "2024年3月，冯某向区劳动人事争议仲裁委员会申请仲裁，请求裁决某餐饮公司支付加班费。仲裁委员会裁决支持。",
      plaintiffs: ["冯某"]),
    CasePartyExample(
      rule: .claimAgainst,
      text: "消费者委员会提起诉讼，要求某食品公司、某贸易公司、陈某连带支付赔偿金。法院判决支持。",
      defendants: ["某食品公司", "某贸易公司", "陈某"]),
    CasePartyExample(
      rule: .supported,
      text: "近日，由某县检察院支持起诉的何某、钱某等5名农民工讨薪案件宣判。法院判决被告某建筑公司支付工资。",
      plaintiffs: ["何某", "钱某"]),
    CasePartyExample(
      rule: .defaulter,
      text: "某公司向法院起诉，法院判决刘小军给付欠款。判决后刘小军拒不履行，法院依法将刘小军纳入失信被执行人名单，刘小军随后履行。",
      defendants: ["刘小军"]),
    CasePartyExample(
      rule: .procedureVerb, text: "经审理，法院判处被告人马某某有期徒刑一年，判处冯某拘役三个月。",
      defendants: ["马某某", "冯某"]),
    CasePartyExample(
      rule: .prosecutor,
      text: "北京市海淀区人民检察院以被告人王某犯盗窃罪向北京市海淀区人民法院提起公诉。法院判处王某有期徒刑一年。",
      plaintiffs: ["北京市海淀区人民检察院"], defendants: ["王某"]),
    CasePartyExample(
      rule: .supportsNotSues,
      text: "近日，湖南省长沙县人民检察院支持许某某等人对拖欠工资提起诉讼，法院判决某劳务公司支付许某某等人工资。",
      plaintiffs: ["许某某"], notPlaintiffs: ["湖南省长沙县人民检察院", "长沙县人民检察院"], rejects: "湖南省长沙县人民检察院"),
    CasePartyExample(
      rule: .firstInstanceDefendant,
      text: "张某以某县自然资源局为被告提起行政诉讼，法院判决撤销该决定。再审申请人某县自然资源局因不服该判决申请再审，法院裁定驳回。",
      plaintiffs: ["张某"], defendants: ["某县自然资源局"], notPlaintiffs: ["某县自然资源局"], rejects: "某县自然资源局"),
    CasePartyExample(
      rule: .notASuit,
      text: "被告人王某盗窃财物，公安机关移送审查起诉。法院判处王某有期徒刑一年。",
      defendants: ["王某"], rejects: "查起诉"),
    CasePartyExample(
      rule: .courtDoesNotSue,
      text: "原告张某诉被告某科技公司侵权纠纷一案，法院支持湖南省长沙县人民检察院提出的意见，判决某科技公司赔偿张某损失。",
      plaintiffs: ["张某"], notPlaintiffs: ["湖南省长沙县人民检察院"], rejects: "湖南省长沙县人民检察院"),
    CasePartyExample(
      rule: .namesACase,
      text: "2022年5月9日，由某市检察院支持起诉的某化工公司违法排污民事公益诉讼一案开庭审理。某环保协会向法院提起诉讼。",
      notPlaintiffs: ["某化工公司"], rejects: "某化工公司"),
    CasePartyExample(
      rule: .suesWhom,
      text: "2019年5月，某甲贸易公司起诉某乙物流公司，要求支付运费。法院判决某乙物流公司支付运费8万元。",
      plaintiffs: ["某甲贸易公司"], defendants: ["某乙物流公司"]),
    CasePartyExample(
      rule: .anaphor,
      text: "某县人民检察院诉某医院过度医疗民事公益诉讼案\n经审理，法院判决被告涉案医院赔偿损失，某医院当庭表示服判。",
      defendants: ["某医院"], rejects: "涉案医院"),
    CasePartyExample(
      rule: .beneficiary,
      text: "案例三\n鲍某某、柯某某等5人国家司法救助案\n【基本案情】\n被告人葛某某失火致鲍某某等人房屋烧毁，法院判处葛某某有期徒刑二年。检察机关依法给予鲍某某等5人司法救助。",
      defendants: ["葛某某"], rejects: "鲍某某"),
    CasePartyExample(
      rule: .neverCharged,
      text: "案例一：孙某某醉驾挪车案\n案情：孙某某酒后将车辆挪动五米，被民警查获。检察院经审查作出不起诉决定。",
      rejects: "孙某某"),
  ]

  @Test(arguments: examples)
  func rule(_ example: CasePartyExample) {
    let cases = Extractor().extract(example.text).cases
    #expect(cases.count == 1)
    guard let c = cases.first else { return }
    for p in example.plaintiffs { #expect(c.plaintiffs.contains(p), "plaintiffs \(c.plaintiffs)") }
    for d in example.defendants { #expect(c.defendants.contains(d), "defendants \(c.defendants)") }
    for p in example.notPlaintiffs {
      #expect(!c.plaintiffs.contains(p), "plaintiffs \(c.plaintiffs)")
    }
  }

  /// `extract --explain` names the rule: a maker made (one of) the expected
  /// parties, on its side; a guard rejected the candidate it should.
  @Test(arguments: examples)
  func explanationNamesTheRule(_ example: CasePartyExample) {
    let e = explain(example.text)
    if let rejected = example.rejects {
      let r = e.entries.first { $0.stage == .cases && $0.rejectedBy == example.rule.name }
      #expect(r?.text == rejected, "\(e.textLines)")
    } else {
      let expected =
        example.plaintiffs.map { "plaintiff \($0)" } + example.defendants.map { "defendant \($0)" }
      let made = e.entries.filter { $0.isAccepted && $0.madeBy == example.rule.name }.map(\.detail)
      #expect(made.contains { expected.contains($0) }, "\(e.textLines)")
    }
  }

  @Test func namesAreUniqueDottedAndLowercase() {
    let all = CasePartyRule.allCases.map(\.rawValue)
    #expect(Set(all).count == all.count)
    for name in all {
      #expect(name.hasPrefix("case.party."), "\(name)")
      #expect(name == name.lowercased() && !name.contains(" "), "\(name)")
    }
  }

  @Test func everyRuleHasAnExample() {
    let named = Set(Self.examples.map(\.rule))
    #expect(CasePartyRule.allCases.filter { !named.contains($0) }.isEmpty)
  }

  // Negative examples: shapes that look like the families but are not parties.

  @Test func claimsInCriminalCasesNameNoDefendant() {
    let c = Extractor().extract("被告人赵某某盗窃财物。检察院要求其退赔。法院判处赵某某有期徒刑一年。").cases
    #expect(c.first?.defendants == ["赵某某"])
  }

  @Test func anOffenceAfterTheSupportedNameIsATitle() {
    let c = Extractor().extract(
      "2022年5月9日，由某市检察院支持起诉的某化工公司违法排污民事公益诉讼一案开庭审理。某环保协会向法院提起诉讼。"
    ).cases
    #expect(!(c.first?.plaintiffs.contains("某化工公司") ?? true))
  }

  @Test func aWordAfterItsOffenceIsNoOffender() {
    // 走私黄金案: 黄 is a surname, but 黄金 follows the offence, not an office.
    let c = Extractor().extract("案例一：某海关缉私局破获团伙走私黄金案。打掉犯罪团伙2个，查扣黄金约30千克，黄金价值逾千万元。").cases
    #expect(c.allSatisfy { !$0.defendants.contains("黄金") })
  }

  @Test func aChargedSuspectStaysADefendant() {
    // 撤回起诉: the suspect was charged, so the title's name stays.
    let c = Extractor().extract("案例二：钱某某紧急避险案\n案情：钱某某酒后驾车送妻子就医被查获。检察院提起公诉后撤回起诉，作出不起诉决定。").cases
    #expect(c.first?.defendants == ["钱某某"])
  }

  @Test func aSuerNeedsANameBeforeTheVerb() {
    // 检察机关依法起诉某公司: a body named by kind, no plaintiff name to read.
    let c = Extractor().extract("被告人李某某盗窃财物，检察机关依法起诉李某某。法院判处李某某有期徒刑一年。").cases
    #expect(c.first?.plaintiffs.contains("检察机关") == false)
  }

  @Test func namesListedBeforeACountAreDefendants() {
    let c = Extractor().extract("本报讯 某市中级人民法院3日一审宣判，鲍志远、柯文斌等12名被告人因犯诈骗罪被判处有期徒刑。鲍志远等人不服。柯文斌当庭认罪。")
      .cases
    #expect(c.first?.defendants.contains("鲍志远") == true)
    #expect(c.first?.defendants.contains("柯文斌") == true)
  }

  @Test func aTitlesCountedRestIsNoPartOfTheName() {
    let c = Extractor().extract("本报讯 昨日，市中级人民法院对滕志强等46人诉某区人民政府房屋征收纠纷案一审宣判，判决驳回滕志强等人的诉讼请求。").cases
    #expect(c.first?.plaintiffs.first == "滕志强")
    #expect(c.first?.title == "滕志强等46人诉某区人民政府房屋征收纠纷案")
  }

  @Test func aBranchIsThePartyItself() {
    let c = Extractor().extract("2020年3月，中国农业银行股份有限公司某某支行向某县人民法院申请强制执行，被执行人冯某未履行。法院依法拘留冯某。").cases
    #expect(c.first?.plaintiffs.first?.hasSuffix("支行") == true)
  }

  @Test func countedNamesAreNoParties() {
    // 两名 before a role word is a count, not a list of names.
    let c = Extractor().extract("法院审理了一起盗窃案，被告人王某某等两名被告人均认罪，法院判处王某某有期徒刑一年。").cases
    #expect(c.first?.defendants == ["王某某"])
  }
}
