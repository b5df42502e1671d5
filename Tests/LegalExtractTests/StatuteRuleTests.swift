import Testing

@testable import LegalExtract

/// One example per statute rule, checked by name (docs/RULES.md).
@Suite("Statute rules")
struct StatuteRuleTests {
  static let examples: [RuleExample<StatuteRule>] = [
    RuleExample(
      .titleQuoted, "依据《中华人民共和国行政诉讼法》第二十五条第四款起诉。",
      .makes("《中华人民共和国行政诉讼法》第二十五条第四款")),
    RuleExample(
      .titleAlias, "《最高人民法院关于审理某甲案件的规定》（以下简称《规定》）公布。《规定》第三条明确。",
      .makes("《规定》第三条")),
    RuleExample(
      .titleGeneric, "《中华人民共和国道路运输条例》第十条规定。依据《条例》第十二条处罚。",
      .makes("《条例》第十二条")),
    RuleExample(.titleTrial, "依照《人民检察院刑事诉讼规则（试行）》第一条", .makes("《人民检察院刑事诉讼规则（试行）》第一条")),
    RuleExample(.titleShortName, "根据《醉驾意见》第二条处理。", .makes("《醉驾意见》第二条")),
    RuleExample(.titleRegionalShortName, "香港法院依据《国安法》第二十九条判决。", .makes("《国安法》第二十九条")),
    RuleExample(
      .titleImplementingRules, "依照劳动和社会保障部关于实施《劳动保障监察条例》若干规定第二十条处理。",
      .makes("劳动和社会保障部关于实施《劳动保障监察条例》若干规定第二十条")),
    RuleExample(.unmarkedTitle, "依照劳动保障监察条例第十一条处理。", .makes("劳动保障监察条例第十一条")),
    RuleExample(
      .titleIssuingNotice, "依据《某部关于印发〈某某物品处置办法（试行）〉的通知》第三条处理。",
      .makes("《某部关于印发〈某某物品处置办法（试行）〉的通知》第三条")),
    RuleExample(
      .titleIssuersWrittenElsewhere,
      "依照《最高人民法院、最高人民检察院、公安部关于办理某戊案件若干问题的意见》第一条。此前，《关于办理某戊案件若干问题的意见》第三条已作规定。",
      .makes("《关于办理某戊案件若干问题的意见》第三条")),
    RuleExample(
      .titleCollectiveIssuer, "依照《两高关于办理某丙案件适用法律若干问题的解释》第二条定罪。",
      .makes("《两高关于办理某丙案件适用法律若干问题的解释》第二条")),
    RuleExample(
      .unmarkedAboutTitle, "最高人民法院、最高人民检察院联合发布关于办理某丁刑事案件适用法律若干问题的解释，明确了标准。",
      .makes("关于办理某丁刑事案件适用法律若干问题的解释")),
    RuleExample(.bareName, "依照刑法第二百六十四条定罪。", .makes("刑法第二百六十四条")),
    RuleExample(.bareTitle, "本院认为，工伤保险条例第十四条规定了工伤情形。", .makes("工伤保险条例第十四条")),
    RuleExample(.republicTitle, "依據中華民國刑法第339條之4規定判處。", .makes("中華民國刑法第339條之4")),
    RuleExample(.bareNameBeforeVerb, "民法典实施以来，法院审结相关案件。", .makes("民法典")),
    RuleExample(
      .bareAlias, "依据《中华人民共和国道路交通安全法实施条例》（以下简称实施条例）处理，实施条例第十条规定。",
      .makes("实施条例第十条")),
    RuleExample(.backReference, "《中华人民共和国民法典》第五条规定了原则，该法第七条也有规定。", .makes("该法第七条")),
    RuleExample(.articleReference, "《中华人民共和国民法典》第五条规定了原则，该条第二款另有规定。", .makes("该条第二款")),
    RuleExample(.continuation, "依据《中华人民共和国刑法》第二十条，并依照第二十一条判决。", .makes("第二十一条")),
    RuleExample(
      .quotedContinuation,
      "《中华人民共和国劳动法》第四十一条规定：“可以延长工作时间。\n\n但应当保障健康。”第四十三条规定：“不得违法延长。”",
      .makes("第四十三条")),
    RuleExample(
      .headingLine, "法律依据如下。\n《中华人民共和国劳动合同法》\n第八十五条 用人单位未及时足额支付劳动报酬的，责令限期支付。",
      .makes("第八十五条")),
    RuleExample(
      .headingBlock,
      "法律依据如下。\n《中华人民共和国劳动法》\n第七十二条 依法参加社会保险。\n第一百条 无故不缴纳的，责令限期缴纳。",
      .makes("第一百条")),
    RuleExample(.implementing, "违反《中华人民共和国道路交通安全法》及其实施条例的规定。", .makes("实施条例")),
    RuleExample(
      .documentNumberLink,
      "《最高人民法院关于审理某甲案件适用法律若干问题的解释》（法释〔2031〕7号）公布后，《甲乙解释》（法释〔2031〕7号）同时施行。",
      .makes("《甲乙解释》（法释〔2031〕7号）")),
    RuleExample(
      .issuersCompleted,
      "两高发布了《关于办理某乙案件的解释》。记者注意到，《关于办理某乙案件的解释》共十条。",
      .makes("《关于办理某乙案件的解释》")),
    RuleExample(.nonNormative, "印发《关于开展专项行动的通知》。", .rejects("《关于开展专项行动的通知》")),
    RuleExample(.agreement, "双方会签《协作配合办法》。", .rejects("《协作配合办法》")),
    RuleExample(.localIssuer, "某区法院出台《关于审理某类案件的意见》。", .rejects("《关于审理某类案件的意见》")),
    RuleExample(.unresolvedShortOpinion, "检察机关提出《整改意见》。", .rejects("《整改意见》")),
    RuleExample(.bareNameInWord, "他研究刑法学多年。", .rejects("刑法")),
    RuleExample(.setPhrase, "检察机关履行宪法法律赋予的职责。", .rejects("宪法")),
    RuleExample(
      .selfReferenceInQuote,
      "《中华人民共和国劳动争议调解仲裁法》第二十七条规定：“劳动者申请仲裁不受本条第一款规定的限制。”",
      .rejects("本条第一款")),
    RuleExample(
      .policyOpinion, "这是落实《国务院关于加强某项市场监管工作的意见》的要求。",
      .rejects("《国务院关于加强某项市场监管工作的意见》")),
    RuleExample(
      .cooperationAgreement, "某区检察院与税务部门细化《关于加强欠税追缴协作配合的实施细则》。",
      .rejects("《关于加强欠税追缴协作配合的实施细则》")),
    RuleExample(
      .unlistedRuleTitle, "根据《海洋倾废生态保护规定》第三条第一款，该局作出处罚。",
      .makes("《海洋倾废生态保护规定》第三条第一款")),
    RuleExample(.unresolvedYearShortName, "新解释比《98年解释》增加了一百余条。", .rejects("《98年解释》")),
    RuleExample(.genericRulesPhrase, "（三）违反禁止使用童工规定的；", .rejects("禁止使用童工规定的")),
    RuleExample(
      .unmarkedTaiwanTitle, "海巡队查获渔船，全案依违反入出国及移民法、台湾地区与大陆地区人民关系条例移送。",
      .makes("入出国及移民法")),
    RuleExample(
      .titleDraft, "市人大常委会对《某市物业管理条例（草案）》进行了审议。", .makes("《某市物业管理条例（草案）》")),
    RuleExample(
      .titleJudicialAssistance, "依据《海峡两岸共同打击犯罪及司法互助协议》第十一条，双方移交人员。",
      .makes("《海峡两岸共同打击犯罪及司法互助协议》第十一条")),
    RuleExample(
      .unmarkedIssuedTitle, "最高人民检察院日前发布了新修订的案例指导工作规定，自公布之日起施行。",
      .makes("案例指导工作规定")),
    RuleExample(
      .internalWorkingRule, "最高检日前出台了《最高人民检察院新闻发布会实施办法》。",
      .rejects("《最高人民检察院新闻发布会实施办法》")),
    RuleExample(
      .genericShortTitle, "最高检出台《最高人民检察院新闻发布会实施办法》。《实施办法》明确，设立新闻发言人。",
      .rejects("《实施办法》")),
    RuleExample(
      .coIssuedPolicyOpinion, "某部会同最高人民法院等八部门联合印发的《关于进一步完善纠纷多元处理机制的意见》提出要求。",
      .rejects("《关于进一步完善纠纷多元处理机制的意见》")),
    RuleExample(
      .judicialPolicyOpinion, "最高人民法院在《关于为稳定就业提供司法服务和保障的意见》中提出要求。",
      .rejects("《关于为稳定就业提供司法服务和保障的意见》")),
    RuleExample(
      .bareTitleUncited, "学习行政法规制定程序条例和有关文件。", .rejects("行政法规制定程序条例")),
    RuleExample(
      .employerRules, "超市制订的《商品盘点损耗处理办法》中规定，损耗超标可解除合同。",
      .rejects("《商品盘点损耗处理办法》")),
    RuleExample(
      .announcedLocalRules, "今年上半年，我市出台《某市欠薪企业信用公示暂行办法》。",
      .rejects("《某市欠薪企业信用公示暂行办法》")),
    RuleExample(
      .uncitedLocalRules, "依据《山东省生态环境行政处罚裁量基准》的规定，某局作出处罚。",
      .rejects("《山东省生态环境行政处罚裁量基准》")),
    RuleExample(
      .taiwanNumbering, "桥头地检署认定，被告违反《烟酒管理法》第45条第2项规定。",
      .makes("《烟酒管理法》第45条第2项")),
  ]

  @Test(arguments: examples)
  func rule(_ example: RuleExample<StatuteRule>) { example.verify(stages: ["statutes"]) }

  @Test func everyRuleHasAnExample() { #expect(RuleExample.uncovered(Self.examples).isEmpty) }

  /// Every citation is a named candidate kept by the stage's `Selection`:
  /// the explanation lists one named entry per mention, none `unnamed`,
  /// in text order, and the JSON mentions are exactly the kept candidates.
  @Test func everyMentionComesFromANamedCandidate() {
    let text =
      "依照《中华人民共和国刑法》第二百六十四条、第六十七条第三款，以及民法典第一千一百六十五条，"
      + "该法第十条另有规定；《最高人民法院关于审理某甲案件的规定》（以下简称《规定》）公布，《规定》第三条明确。"
    let e = explain(text, stages: ["statutes"])
    let kept = e.entries.filter { $0.isAccepted && $0.stage == .statutes }
    let mentions = Extractor(onlyStages: ["statutes"]).extract(text).statutes
    #expect(kept.map(\.span) == mentions.map(\.span))
    #expect(kept.count >= 5)
    for entry in kept {
      #expect(entry.madeBy.map { StatuteRule(rawValue: $0.rawValue) != nil } == true, "\(entry)")
    }
    #expect(zip(kept, kept.dropFirst()).allSatisfy { $0.span.end <= $1.span.start })
  }
}
