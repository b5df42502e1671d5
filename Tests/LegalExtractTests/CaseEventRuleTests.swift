import ChineseText
import Testing

@testable import LegalExtract

/// One example per timeline rule (Rules/CaseEventRules.swift), by name: the
/// rule makes the (date, kind) given, or rejects a candidate and the kind
/// given does not come out.
struct EventExample: Sendable, CustomTestStringConvertible {
  enum Expectation: Sendable {
    /// The rule makes an event with this date and kind.
    case makes(String, CaseEventKind)
    /// The rule rejects a candidate, and no event of this kind comes out.
    case rejects(CaseEventKind)
    /// The rule merges a repeat: exactly one event of this date and kind comes out.
    case merges(String, CaseEventKind)
    /// The whole extraction splits the text into several cases, each with this event (a step
    /// the lead tells of all of them).
    case leads(String, CaseEventKind)
    /// Exactly these events ("DATE kind", in date order) come out: nothing the rule's phrase
    /// holds makes another.
    case makesOnly([String])
  }

  let rule: CaseEventRule
  let text: String
  let expected: Expectation

  init(_ rule: CaseEventRule, _ text: String, _ expected: Expectation) {
    self.rule = rule
    self.text = text
    self.expected = expected
  }

  var testDescription: String { rule.rawValue + ": " + text }

  static func findings(_ text: String) -> [CaseEventFinder.Finding] {
    let doc = TextDocument(text)
    let dates = Extractor(onlyStages: ["dates"]).extract(doc).dates
    return CaseEventFinder(doc: doc).findings(for: dates)
  }

  func verify() {
    let found = Self.findings(text)
    switch expected {
    case .makes(let date, let kind):
      #expect(
        found.contains { $0.rule == rule && $0.event?.date == date && $0.event?.kind == kind },
        "\(found.map { "\($0.rule.rawValue) \($0.event.map { "\($0.date ?? "-") \($0.kind)" } ?? "rejected")" })"
      )
    case .rejects(let kind):
      #expect(
        found.contains { $0.rule == rule && $0.event == nil }, "\(found.map(\.rule.rawValue))")
      #expect(!found.contains { $0.event?.kind == kind }, "\(found.compactMap(\.event))")
    case .merges(let date, let kind):
      #expect(
        found.contains { $0.rule == rule && $0.event == nil }, "\(found.map(\.rule.rawValue))")
      #expect(found.filter { $0.event?.date == date && $0.event?.kind == kind }.count == 1)
    case .makesOnly(let events):
      #expect(
        found.compactMap(\.event).map { ($0.date ?? "-") + " " + $0.kind.rawValue } == events,
        "\(found.map { "\($0.rule.rawValue) \($0.event.map { "\($0.date ?? "-") \($0.kind)" } ?? "rejected")" })"
      )
    case .leads(let date, let kind):
      let cases = Extractor().extract(text).cases
      #expect(cases.count >= 2, "\(cases.count) cases")
      #expect(
        cases.allSatisfy { $0.events.contains { $0.date == date && $0.kind == kind } },
        "\(cases.map(\.events))")
    }
  }
}

@Suite("Case event rules")
struct CaseEventRuleTests {
  static let examples: [EventExample] =
    tableExamples + enforcementAndHistoryExamples + sittingAndHandOverExamples
    + vagueAndPeriodExamples + session9Examples + session10Examples
    + session11Examples + session11bExamples + session12Examples
    + session12bExamples + session13Examples + session13bExamples + session14Examples
    + session15Examples + session16Examples + session17Examples + session18Examples
    + session17bExamples

  static let tableExamples: [EventExample] = [
    // Steps, one family per kind.
    EventExample(.clue, "2024年6月，某市消委会收到相关部门移送的本案线索。", .makes("2024-06", .clue)),
    EventExample(.clue, "2022年8月，某县人民检察院在履职中发现某公司非法排污。", .makes("2022-08", .clue)),
    EventExample(.transfer, "2024年9月13日，公安分局将王某某移送检察机关审查起诉。", .makes("2024-09-13", .transfer)),
    EventExample(.filing, "该院于2023年3月20日立案。", .makes("2023-03-20", .filing)),
    EventExample(.filing, "2019年10月11日决定立案审查。", .makes("2019-10-11", .filing)),
    EventExample(.investigation, "2025年8月12日，该院召开专家论证会。", .makes("2025-08-12", .investigation)),
    EventExample(.investigation, "2024年4月，经检察机关跟进监督，河段水质已达标。", .makes("2024-04", .investigation)),
    EventExample(.detention, "2023年8月18日，陈某同日经公安机关电话传唤到案。", .makes("2023-08-18", .detention)),
    EventExample(.detention, "2023年5月10日，三人被公安机关抓获。", .makes("2023-05-10", .detention)),
    EventExample(
      .detentionCaught, "2023年4月21日凌晨，二人在上岸时被巡查人员当场查获。", .makes("2023-04-21", .detention)),
    EventExample(.arrest, "2022年2月20日，四人被批准逮捕。", .makes("2022-02-20", .arrest)),
    EventExample(.recommendation, "2023年4月6日，该院向该局发出检察建议。", .makes("2023-04-06", .recommendation)),
    EventExample(
      .recommendation, "区总工会于2024年5月15日向某公司发出《工会劳动法律监督提示函》。", .makes("2024-05-15", .recommendation)),
    EventExample(.reply, "2025年7月21日，某局书面回复称已完成整改。", .makes("2025-07-21", .reply)),
    EventExample(
      .rectification, "2024年6月5日，某公司将拖欠的工资全部支付到位。", .makes("2024-06-05", .rectification)),
    EventExample(.rectification, "2023年9月，某公司拆除违法建筑并恢复植被。", .makes("2023-09", .rectification)),
    EventExample(.notice, "该院于2023年6月依法发布公告。", .makes("2023-06", .notice)),
    EventExample(
      .consultation, "2025年1月8日，某区人民检察院与某区农业农村局进行磋商。", .makes("2025-01-08", .consultation)),
    EventExample(.lawsuit, "2023年2月，某餐饮公司再次起诉。", .makes("2023-02", .lawsuit)),
    EventExample(.lawsuit, "2020年6月1日，某检察分院向某中级人民法院提交了《支持起诉意见书》。", .makes("2020-06-01", .lawsuit)),
    EventExample(.lawsuitRaised, "2023年8月9日，该院向法院提起刑事附带民事公益诉讼。", .makes("2023-08-09", .lawsuit)),
    EventExample(.lawsuitRaised, "2024年3月，某检察院提起环境行政公益诉讼。", .makes("2024-03", .lawsuit)),
    EventExample(.withdrawal, "2023年10月，原告申请撤回起诉。", .makes("2023-10", .withdrawal)),
    EventExample(.withdrawal, "2023年5月12日，原告变更诉讼请求。", .makes("2023-05-12", .withdrawal)),
    EventExample(.hearing, "2024年11月12日，某中级法院对本案公开开庭审理。", .makes("2024-11-12", .hearing)),
    EventExample(.hearing, "2020年12月11日，某市人民检察院派员出庭支持起诉。", .makes("2020-12-11", .hearing)),
    EventExample(.judgment, "2025年2月6日，某中级法院作出一审判决。", .makes("2025-02-06", .judgment)),
    EventExample(.judgment, "2026年3月4日，某铁路运输法院裁定终结诉讼。", .makes("2026-03-04", .judgment)),
    EventExample(.appeal, "2021年11月，该院向省高级人民法院提出抗诉。", .makes("2021-11", .appeal)),
    EventExample(.retrial, "2022年1月，省高级人民法院裁定提审本案。", .makes("2022-01", .retrial)),
    EventExample(.settlement, "2018年12月，某传媒公司与李某近亲属签订赔偿协议。", .makes("2018-12", .settlement)),
    EventExample(.settlement, "2023年6月，双方在法院主持下达成调解协议。", .makes("2023-06", .settlement)),
    EventExample(.arbitration, "2023年11月，程某等人向某市劳动人事争议仲裁委员会申请仲裁。", .makes("2023-11", .arbitration)),
    EventExample(.reconsideration, "2022年3月，张某申请行政复议。", .makes("2022-03", .reconsideration)),
    EventExample(.enforcement, "2025年5月7日，某消委会向法院申请强制执行。", .makes("2025-05-07", .enforcement)),
    EventExample(
      .enforcementEntrusted, "2013年2月，某法院执行局将此案件委托某县法院执行。", .makes("2013-02", .enforcement)),
    EventExample(.decision, "2025年5月30日，检察机关依法对其作出不起诉决定。", .makes("2025-05-30", .decision)),
    EventExample(.decision, "某局于2023年11月27日下达责令停止违法行为通知书。", .makes("2023-11-27", .decision)),
    EventExample(.decision, "某县检察院于2025年6月26日作出支持起诉决定。", .makes("2025-06-26", .decision)),
    EventExample(
      .decisionWorkInjury, "2024年11月11日，某县人社局认定该事故伤害属于工伤。", .makes("2024-11-11", .decision)),
    EventExample(.other, "2025年2月12日，经某市劳动能力鉴定委员会鉴定，张某构成十级伤残。", .makes("2025-02-12", .other)),

    // A step's kind read from its clause.
    EventExample(.clueHandedOver, "2024年6月，某消委会经相关部门移送本案线索。", .makes("2024-06", .clue)),
    EventExample(.decisionByAgency, "2018年12月，国家知识产权局作出裁定，维持该商标注册。", .makes("2018-12", .decision)),
    EventExample(
      .arbitrationRuling, "张某向某仲裁委员会申请仲裁，该委于2025年5月19日以主体不适格为由驳回申请。",
      .makes("2025-05-19", .arbitration)),

    EventExample(
      .arbitrationRuling, "2023年11月20日，该委以双方之间不存在劳动关系为由驳回仲裁申请。", .makes("2023-11-20", .arbitration)),
    // Dates.
    EventExample(.dateList, "2024年11月、2025年2月，某中级人民法院两次公开开庭审理。", .makes("2024-11", .hearing)),
    EventExample(.dateList, "2025年3月18日、3月20日，行政机关分别回复称已整改。", .makes("2025-03-18", .reply)),

    // Wrong phrases.
    EventExample(.refusedFiling, "2023年5月，某法院裁定不予受理。", .rejects(.filing)),
    EventExample(.requestedRuling, "2021年2月，某公司提起诉讼，请求判决撤销该决定。", .rejects(.judgment)),
    EventExample(.triedCase, "2023年7月，某法院经审理作出判决。", .rejects(.hearing)),
    EventExample(.supportedSuit, "2021年11月22日，由某检察分院支持起诉的某公司一案开庭审理。", .rejects(.lawsuit)),
    EventExample(.notAStep, "2023年5月，上诉人张某向法院提交材料。", .rejects(.appeal)),
    EventExample(.judgmentReferred, "二〇二二年八月十九日，判决生效。", .rejects(.judgment)),
    EventExample(.offence, "2022年3月起，冯某拒不执行判决。", .rejects(.enforcement)),

    // Clause rejections.
    EventExample(.orderedRectification, "2023年4月6日，该院建议该局责令某公司整改。", .rejects(.rectification)),
    EventExample(.checkedRectification, "2023年1月，检察机关开展“回头看”，确认整改到位。", .rejects(.rectification)),
    EventExample(.requestedStep, "2019年10月12日，某检察分院发布诉前公告，督促适格主体提起民事公益诉讼。", .rejects(.lawsuit)),
    EventExample(.checkedRectification, "2023年1月，检察机关开展“回头看”，确认整改到位。", .rejects(.rectification)),
    EventExample(.requestedStep, "同年12月27日，仲裁委员会告知程某等人可以提起诉讼。", .rejects(.lawsuit)),
    EventExample(.rulingObject, "县法院于2025年3月7日裁定准予强制执行。", .rejects(.enforcement)),
    EventExample(.demandObject, "2025年7月11日，某局针对检察建议作出回复。", .rejects(.recommendation)),
    EventExample(.orderInsideStep, "2023年10月，法院判决撤销该决定，责令被告重新作出行政行为。", .rejects(.decision)),
    EventExample(.plan, "2024年6月，某消委会拟提起民事公益诉讼。", .rejects(.lawsuit)),
    EventExample(.reasoning, "法院认为，检察机关于2023年6月发出检察建议后，被告仍未履职。", .rejects(.recommendation)),
    EventExample(.issuedDocument, "该批复于2019年5月印发并要求各院据此立案审查。", .rejects(.filing)),

    EventExample(.reportedInReply, "2023年6月2日，该局书面回复称，已整改完毕。", .rejects(.rectification)),
    EventExample(.means, "同年4月27日，市检察院以行政公益诉讼立案，通过调取书证并实地走访调查。", .rejects(.investigation)),
    EventExample(.attributive, "2025年3月24日，某消委会发布申报公告，执行到位的赔偿金按程序退还。", .rejects(.enforcement)),
    EventExample(.statutoryRange, "2024年1月16日起，该情形升格为判处五年以上有期徒刑的加重处罚情形。", .rejects(.judgment)),
    EventExample(.priorRecord, "被告人邱某2023年6月22日曾因饮酒后驾驶机动车被处以罚款1500元的行政处罚。", .rejects(.decision)),
    EventExample(.chargeName, "2024年7月2日，检察机关以伏某构成故意伤害罪、拒不执行裁定罪向人民法院提起公诉。", .rejects(.judgment)),
    EventExample(.quoted, "2022年3月，刘某冒充某机构工作人员，以办理“养老保险补缴”为由骗取现金。", .rejects(.rectification)),
    EventExample(.negated, "2023年5月，法院作出一审判决，合作商未上诉。", .rejects(.appeal)),
    EventExample(.negated, "同年7月，该院依法发布公告，公告期满后没有法律规定的机关和组织提起诉讼。", .rejects(.lawsuit)),
    EventExample(.circumstance, "2022年10月，该院结合被告人退赃退赔等情况提出量刑建议。", .rejects(.rectification)),

    // Date rejections.
    EventExample(.reportDate, "本报武汉8月18日电 骑手摔伤，人社部门不予认定工伤。", .rejects(.decision)),
    EventExample(.reportDate, "记者2024年4月26日从最高人民法院获悉，该庭对一起上诉案作出终审判决。", .rejects(.judgment)),
    EventExample(.periodStart, "2023年以来，该院共审理此类案件17件，其中判决撤销的有9件。", .rejects(.judgment)),
    EventExample(.deadline, "张某应于2021年9月30日前起诉。", .rejects(.lawsuit)),
    EventExample(.period, "2020年1月至2021年6月期间，某公司拖欠张某工资，张某起诉。", .rejects(.lawsuit)),
    EventExample(.period, "2022年8月至10月的社保，某公司全部补缴。", .rejects(.rectification)),
    EventExample(.unresolvedDate, "今天上午，某法院公开宣判一起盗窃案。", .rejects(.judgment)),
    EventExample(.undated, "某检察院随即提起公诉，2023年5月法院判决。", .rejects(.lawsuit)),
    EventExample(.afterMarker, "2022年3月，张某盗窃手机一部，后被公安机关抓获。", .rejects(.detention)),
    EventExample(
      .sameStep, "2023年6月12日，张某被抓获；2023年6月12日，李某、王某亦被抓获。", .merges("2023-06-12", .detention)),
    EventExample(.docketYear, "香港特别行政区 诉 李某(终院刑事上诉2016年第7宗)案中，原审法官判处上诉人监禁。", .rejects(.judgment)),

    // Issue 19's families on held-out articles (B5, B6), in invented words.
    EventExample(
      .clueObjectHandedOver, "2022年4月，某市人大常委会将一件关于河道污染的代表建议移送某区人民检察院。", .makes("2022-04", .clue)),
    EventExample(
      .consultation, "2021年9月，某区检察院召开由某局、街道和企业代表参加的圆桌会议。", .makes("2021-09", .consultation)),
    EventExample(.decision, "2022年11月3日，某区检察院依法作出终结案件决定。", .makes("2022-11-03", .decision)),
    EventExample(
      .recommendation, "2023年2月8日，某检察院与某中院联合向某诊所发出建议书。", .makes("2023-02-08", .recommendation)),
    EventExample(
      .investigation, "2022年5月9日，某检察院商请某局委托专业机构对抽查病历进行评估。", .makes("2022-05-09", .investigation)),
    EventExample(
      .investigation, "2019年6月3日，某海关缉私局与某警区展开联合行动。", .makes("2019-06-03", .investigation)),
    EventExample(.settlement, "2018年5月3日上午，某镇司法所组织召开了三方协调会。", .makes("2018-05-03", .settlement)),
    EventExample(.settlement, "2021年6月，某法庭成功化解了这起邻里纠纷。", .makes("2021-06", .settlement)),
    EventExample(.enforcement, "2021年9月2日清晨，某县法院执行小组在村口集结。", .makes("2021-09-02", .enforcement)),
    EventExample(.other, "2022年3月1日，刘某将欠薪问题反映至某区人社局。", .makes("2022-03-01", .other)),
    EventExample(.other, "2023年初，12名员工向某区法院申请诉前财产保全。", .makes("2023", .other)),
    EventExample(.lawsuit, "2021年5月中旬，赵某将邻居钱某告上了某法庭。", .makes("2021-05", .lawsuit)),
    EventExample(.lawsuitRaised, "2019年7月，某公司向该法院提起执行异议之诉。", .makes("2019-07", .lawsuit)),
    EventExample(.detention, "2022年9月3日凌晨，海巡人员持搜索票将人船一并缉获。", .makes("2022-09-03", .detention)),
    EventExample(
      .enforcementCustody, "2010年，法官欲将孙某拘留时，孙某的亲戚向法院提供担保。", .makes("2010", .enforcement)),
    EventExample(.rangeStart, "2022年8-10月，某区检察院跟进监督，发现该局仍未处罚。", .makes("2022-08", .investigation)),
    EventExample(
      .atOnce, "2020年3月2日晚，张某在超市盗窃。店员报案后张某留在原地，后被民警当场抓获。", .makes("2020-03-02", .detention)),
    EventExample(
      .signatureDate, "某镇人民政府：\n本院现公告督促你单位依法履行监管职责。\n2019年7月9日", .makes("2019-07-09", .notice)),
    EventExample(
      .demandContent, "2022年8月，某检察院向某局发出检察建议，建议其履行监管职责，加强监督检查。", .rejects(.investigation)),
    EventExample(.caseName, "2024年2月，某院发布典型案例，李某不起诉案便是其中之一。", .rejects(.decision)),
    EventExample(.stepReport, "2022年7月5日，某局将整改情况回复检察机关。", .rejects(.rectification)),
    EventExample(.nearMiss, "2024年1月20日，股东王某说自己差点就被判刑了。", .rejects(.judgment)),
    EventExample(.negated, "某院发布公告，2022年9月公告期满后无其他适格主体提起民事公益诉讼。", .rejects(.lawsuit)),
    EventExample(.setting, "2023年3月，某区检察院在工作走访中发现该案线索。", .rejects(.investigation)),
    EventExample(.foundHistory, "某检察院调取执法卷宗，查明某公司多次被查处。2020年5月，对该公司作出行政处罚。", .rejects(.decision)),
    EventExample(
      .afterClosure, "2022年7月31日，某检察院作出终结案件决定。2022年12月，某检察院对整改成效开展“回头看”。", .rejects(.investigation)),
    EventExample(.quoted, "2014年8月7日，某区政府作出《关于某街区保护与整治项目房屋征收决定》。", .rejects(.rectification)),
    EventExample(.orderInsideStep, "昨日，法院确认该征收决定违法，责令某区政府采取补救措施。", .rejects(.decision)),

    // Issue 19's rectification and demand forms.
    EventExample(.rectification, "2023年3月2日，某公司补缴了拖欠的社会保险费。", .makes("2023-03-02", .rectification)),
    EventExample(.rectification, "2022年5月，被告人退赔到位。", .makes("2022-05", .rectification)),
    EventExample(.rectification, "2023年10月，涉案河道完成修复。", .makes("2023-10", .rectification)),
    EventExample(
      .recommendation, "2024年4月8日，某县总工会向某公司发出督促函。", .makes("2024-04-08", .recommendation)),
    EventExample(.settlement, "2023年9月，某检察院与某公司达成磋商协议。", .makes("2023-09", .settlement)),

    // A negative for every kind (the positives are above).
    EventExample(.plan, "2023年5月，某检察院拟将线索移送公安机关。", .rejects(.clue)),
    EventExample(.negated, "2023年5月，公安机关未将该案移送审查起诉。", .rejects(.transfer)),
    EventExample(.quoted, "2023年5月，骗子以“警方要逮捕你”为由索要钱款。", .rejects(.arrest)),
    EventExample(.requestedStep, "2023年5月6日，某检察院发出检察建议，要求该局书面回复。", .rejects(.reply)),
    EventExample(.notAStep, "2023年8月29日，公告期满。", .rejects(.notice)),
    EventExample(.plan, "2023年6月，某检察院拟与该局进行磋商。", .rejects(.consultation)),
    EventExample(.negated, "2023年6月，原告未撤诉。", .rejects(.withdrawal)),
    EventExample(.notAStep, "2023年6月，再审申请人张某提交新证据。", .rejects(.retrial)),
    EventExample(.negated, "2023年6月，双方未能达成和解协议。", .rejects(.settlement)),
    EventExample(.notAStep, "2023年6月，张某的仲裁时效已经届满。", .rejects(.arbitration)),
    EventExample(.notAStep, "2023年6月，复议期间该局仍在施工。", .rejects(.reconsideration)),
    EventExample(.notAStep, "2023年6月，法院采纳了鉴定意见。", .rejects(.other)),
    EventExample(.attributive, "2023年6月，拘留的时间已满十五日。", .rejects(.detention)),

    // Issue 19's families on B7 and B8, in invented words.
    EventExample(.paymentReceived, "2024年12月，62名工人终于拿到了被拖欠的工资。", .makes("2024-12", .rectification)),
    EventExample(.clueReported, "2024年4月，一名人大代表向某区人民检察院反映某路段护栏缺失。", .makes("2024-04", .clue)),
    EventExample(.clueReported, "2022年3月，张某向某区人社局反映欠薪问题。", .makes("2022-03", .other)),
    EventExample(.unaddressed, "2023年5月，该报道充分反映了群众诉求。", .rejects(.clue)),
    EventExample(
      .sceneDate, "2019年3月11日是一个晴天，某区法院审判大楼里格外忙碌。两起民间借贷纠纷在该院依次公开开庭审理。",
      .makes("2019-03-11", .hearing)),
    EventExample(.opinion, "2021年3月25日，某区人民检察院认为一审判决量刑畸轻，提出抗诉。", .rejects(.judgment)),
    EventExample(.appeal, "2021年3月25日，某区人民检察院认为一审判决量刑畸轻，提出抗诉。", .makes("2021-03-25", .appeal)),
    EventExample(
      .opinion, "2024年5月，某省检察院提出抗诉，认为二审法院仅凭张贴的公告推定其知情依据不足；且认定起诉超期错误。",
      .rejects(.notice)),
    EventExample(
      .background, "某村于2014年6月14日拆除了张某的房屋。2021年3月15日，张某提起行政诉讼。", .rejects(.rectification)),
    EventExample(.deliveredStep, "2024年6月13日，某检察院向某局送达检察建议书。", .rejects(.other)),
    EventExample(.delivery, "2009年3月5日上午，某高院将终审判决书送达张某。", .makes("2009-03-05", .other)),
    EventExample(.nounModifier, "2024年8月16日，邬某领取了清理补助款。", .rejects(.rectification)),
    EventExample(.filingPart, "某市院于2024年1月19日立案并进行调查取证。", .rejects(.investigation)),
    EventExample(
      .valueDate, "2024年11月12日，某局认定其参加工作时间为1976年3月，同时调取了户籍底册。", .rejects(.investigation)),
    EventExample(.sequenced, "张某于2022年9月提起诉讼，已超过起诉期限，遂裁定驳回其起诉。", .rejects(.judgment)),
    EventExample(
      .rangeStart, "2020年9月5日至10日，某市人民法院公开开庭审理了一起电信诈骗案。", .makes("2020-09-05", .hearing)),
    EventExample(.period, "2014年到2018年担任某区议员，当时，某公司的铁皮屋被列为优先拆除违建。", .rejects(.rectification)),
    EventExample(.quoted, "某村于2014年6月14日制作了《“一户多宅”清理工作公示》。", .rejects(.rectification)),
    EventExample(.rulingObject, "某高级人民法院于2024年9月14日裁定准许其撤回起诉。", .rejects(.withdrawal)),
    EventExample(.retrial, "2021年8月4日，某市中级人民法院裁定发回重审。", .makes("2021-08-04", .retrial)),
    EventExample(.retrial, "2024年6月，某高级人民法院作出提审裁定。", .makes("2024-06", .retrial)),
    EventExample(.requestedStep, "2024年5月，某检察院提出抗诉，故请依法再审本案。", .rejects(.retrial)),
    EventExample(.hearing, "2009年2月27日，省高院在市中院对该案进行二审。", .makes("2009-02-27", .hearing)),
    EventExample(.detention, "2023年5月5日，民警到现场后将朱某某带走。", .makes("2023-05-05", .detention)),
    EventExample(.other, "2019年3月18日，罗某被取保候审。", .makes("2019-03-18", .other)),
    EventExample(.decision, "某检察院于2023年9月6日依法作出中止审查决定。", .makes("2023-09-06", .decision)),
    EventExample(.other, "2024年4月8日，某检察院依法恢复审查。", .makes("2024-04-08", .other)),
    EventExample(.notAStep, "2009年3月5日，某高院作出终审裁定，驳回张某的上诉请求。", .rejects(.appeal)),
    EventExample(.plan, "2019年4月17日，律师称罗某表示要提起上诉。", .rejects(.appeal)),
    EventExample(.requestedStep, "2009年2月12日，张某提出上诉，谋求改判。", .rejects(.judgment)),
    EventExample(.setting, "2024年5月13日，某区院在现场勘验基础上向某局送达检察建议书。", .rejects(.investigation)),
    EventExample(
      .checkedRectification, "2025年3月，某检察院开展“回头看”，对无障碍设施整改提升进行专业指导。", .rejects(.rectification)),
    EventExample(
      .afterClosure, "2024年8月23日，法院判决确认某局行为违法。2025年3月，某检察院开展“回头看”。", .rejects(.investigation)),
    EventExample(.rectification, "2024年12月17日，补差的退休金发放到位。", .makes("2024-12-17", .rectification)),
    EventExample(.rectification, "2024年5月31日，相关线路改造完成。", .makes("2024-05-31", .rectification)),
    EventExample(
      .enforcementAction, "2021年3月19日，某县人民法院执行干警来到某县人民法院，约谈双方当事人。",
      .makes("2021-03-19", .enforcement)),
    EventExample(.detention, "2021年3月19日，执行干警决定对黄某拘留十五日。", .makes("2021-03-19", .detention)),
    EventExample(
      .agencyCorrection, "2024年11月12日，某县人社局变更魏某参加工作时间。", .makes("2024-11-12", .decision)),
    EventExample(.notByAgency, "2023年10月，某市中级人民法院判决撤销原判。", .rejects(.decision)),
    EventExample(
      .applicationReceived, "2018年初，某市人民检察院在收到游某某等人申请后发现一起欠薪案件。", .makes("2018", .other)),
    // Session 4 families (B9–B11): each rule with a step it makes and a candidate it rejects.
    EventExample(
      .clueReceived, "2024年1月，某区人民检察院收到区人大代表反映。", .makes("2024-01", .clue)),
    EventExample(
      .clueReceived, "2023年，某区人民检察院陆续接到学校老师和家长关于“儿童彩票”的反映。", .makes("2023", .clue)),
    EventExample(
      .clueFound, "2024年2月，某市人民检察院根据人大代表建议和热线平台信息，发现部分电梯存在安全风险。",
      .makes("2024-02", .clue)),
    EventExample(.foundByOther, "2025年3月，某市人民检察院跟进监督发现企业仍在排污。", .rejects(.clue)),
    EventExample(.foundByOther, "今年2月，执行干警通过网络查控发现刘某名下的一笔存款。", .rejects(.clue)),
    EventExample(
      .boarding, "2023年4月16日，海巡队人员在某岛外海强靠登检一艘越界渔船，押回1船11人。", .makes("2023-04-16", .detention)),
    EventExample(.negated, "2019年3月19日，某籍渔船闯入限制水域，还一度拒绝海巡登船检查。", .rejects(.investigation)),
    EventExample(
      .clueReceived, "2023年4月16日清晨，某海巡队接获指挥部转渔民通报。", .makes("2023-04-16", .clue)),
    EventExample(
      .escortedForInvestigation, "2019年3月21日晚，海巡队将人船押回高雄侦办。", .makes("2019-03-21", .transfer)),
    EventExample(
      .other, "2019年11月27日，某环保志愿者协会发函，要求提起民事公益诉讼，请求检察机关支持起诉。",
      .makes("2019-11-27", .other)),
    EventExample(
      .clueLearned, "2023年10月10日，某区法院获悉被执行人何某某出现在某市某小区。", .makes("2023-10-10", .clue)),
    EventExample(.reporterLearned, "2024年6月1日，记者从某区人民检察院获悉，该院已制发检察建议。", .rejects(.clue)),
    EventExample(
      .courseSummary, "2018年7月，H公司向该法院提起执行异议之诉，此诉经过一审、二审发回重审、一审重审、二审终审。",
      .rejects(.retrial)),
    EventExample(.detention, "2023年10月11日8时，执行干警成功控制被执行人。", .makes("2023-10-11", .detention)),
    EventExample(
      .judgment, "2019年4月1日上午，某县人民法院举行公开宣判大会，对某犯罪团伙依法进行一审公开宣判。",
      .makes("2019-04-01", .judgment)),
    EventExample(.complaint, "2024年2月，肖某等农民工陆续投诉某公司拖欠工资。", .makes("2024-02", .clue)),
    EventExample(.complaint, "2023年11月，张某向某区人社局投诉。", .makes("2023-11", .clue)),
    EventExample(
      .investigationCommissioned, "2024年6月14日，某县检察院委托鉴定机构对相关地块土壤进行鉴定。",
      .makes("2024-06-14", .investigation)),
    EventExample(.findingsReceived, "2024年8月3日，某县检察院收到鉴定意见。", .makes("2024-08-03", .investigation)),
    EventExample(
      .judgmentFinding, "2015年10月14日，某市中级人民法院经审理后，对此行政强制拆除行为认定为违法。",
      .makes("2015-10-14", .judgment)),
    EventExample(
      .nounModifier, "2015年10月14日，某市中级人民法院经审理后，对此行政强制拆除行为认定为违法。",
      .rejects(.rectification)),
    EventExample(
      .leaveToAppeal, "2012年1月6日，呈请人获上诉委员会给予向终审法院提出上诉的许可。", .makes("2012-01-06", .judgment)),
    EventExample(.notAStep, "2012年1月6日，呈请人获上诉委员会给予向终审法院提出上诉的许可。", .rejects(.appeal)),
    EventExample(.notAStep, "2012年5月24日，终审法院驳回上诉（终院民事上诉2012年第2号）。", .rejects(.appeal)),
    EventExample(
      .orderWithDeadline, "某劳动监察大队于2017年5月、6月分别责令方某、廖某限期支付劳动报酬。",
      .makes("2017-06", .recommendation)),
    EventExample(
      .orderInsideStep, "2023年10月，法院判决撤销该决定，责令被告限期重新作出行政行为。", .rejects(.recommendation)),
    EventExample(.basis, "2022年1月11日，根据举报，某市市场监管局执法人员对某药房进行执法检查。", .rejects(.clue)),
    EventExample(.basis, "今年3月，被执行人按照和解协议如期履行完毕现金给付义务。", .rejects(.settlement)),
    EventExample(
      .rectification, "2021年3月，被执行人按照和解协议如期履行完毕现金给付义务。", .makes("2021-03", .rectification)),
    EventExample(
      .trialOutcome, "该案于2019年12月2日开始在某县法院公开开庭，涉案21名被告人分别被判处一年到十四年不等的有期徒刑。",
      .rejects(.judgment)),
    EventExample(
      .hearing, "该案于2019年12月2日开始在某县法院公开开庭，涉案21名被告人分别被判处一年到十四年不等的有期徒刑。",
      .makes("2019-12-02", .hearing)),
    EventExample(
      .judgment, "2023年11月7日，某区人民法院公开开庭审理并当庭宣判一起交通肇事案。", .makes("2023-11-07", .judgment)),
    EventExample(
      .pushedResult, "2023年10月9日，某市人民检察院联合某市公安局赴某县指导该案，推动案件侦查工作取得突破。",
      .rejects(.investigation)),
    EventExample(
      .other, "2023年10月9日，某市人民检察院联合某市公安局赴某县指导该案，推动案件侦查工作取得突破。",
      .makes("2023-10-09", .other)),
    EventExample(
      .thanked, "3月21日，农民工王某等人将锦旗送到某公安局，感谢民警帮助他们追回被拖欠的工资。",
      .rejects(.rectification)),
    EventExample(
      .investigation, "2023年7月21日，某市院通过现场勘验、调取转运记录、走访询问等方式跟进监督发现设备仍在使用。",
      .makes("2023-07-21", .investigation)),
    EventExample(
      .demandContent, "2023年6月，某区人民检察院向某局制发检察建议，建议依法查处违法行为；畅通举报渠道，公布举报电话。",
      .rejects(.clue)),
    EventExample(
      .demandContent, "2025年7月8日，某区检察院向某区法院提出检察建议：一是及时进入执行程序；二是完善案件移送机制。",
      .rejects(.transfer)),
    EventExample(
      .recommendation, "2024年6月19日，某州检察院向某分局制发检察意见。", .makes("2024-06-19", .recommendation)),
    EventExample(
      .consultation, "2024年6月3日，某省检察院与某分局围绕案件管辖问题进行会商座谈。", .makes("2024-06-03", .consultation)),
    EventExample(.other, "2024年8月20日，某市人民检察院组织召开整改推进会。", .makes("2024-08-20", .other)),
    EventExample(
      .filing, "2023年2月14日，某市院决定立案调查。", .makes("2023-02-14", .filing)),
    EventExample(
      .enforcement, "2025年7月18日，该案进入执行实施程序，某区法院向某公司送达《执行通知书》。",
      .makes("2025-07-18", .enforcement)),
    EventExample(
      .deliveredStep, "2025年7月18日，该案进入执行实施程序，某区法院向某公司送达《执行通知书》。", .rejects(.other)),
    EventExample(.refusedFiling, "2019年4月4日，某仲裁委员会以不具备受理条件为由，作出不予受理的决定。", .rejects(.filing)),
    EventExample(.rectification, "2024年2月，涉案起重设备已拆解淘汰。", .makes("2024-02", .rectification)),
    EventExample(
      .reply, "2022年8月底，某分局将检察建议整改落实情况书面回复某区检察院。", .makes("2022-08", .reply)),
    // Issue 19, session 6 (more phrasings and negatives in CaseEventTimelineFamilyTests).
    EventExample(.complaintToProcuratorate, "2023年11月，张某向某区人民检察院控告。", .makes("2023-11", .clue)),
    EventExample(
      .wagesHandedOver, "2014年1月6日，工地负责人将工资发放到每个农民工手中。", .makes("2014-01-06", .rectification)),
    EventExample(
      .enforcementPayment, "2016年1月17日上午，4名民工代表在某法院执行局法官处领取了工资款。",
      .makes("2016-01-17", .enforcement)),
    EventExample(
      .statistic, "2013年，区人社系统及时受理投诉举报。全年受理各类投诉案件121件。", .rejects(.filing)),
    EventExample(
      .dismissedObject, "某市中级人民法院于2015年11月27日作出行政裁定，驳回王某的起诉。", .rejects(.lawsuit)),
    EventExample(
      .objection, "2018年6月15日，某区法院作出行政判决，王某、某县人民政府均不服，向本院提起上诉。",
      .rejects(.appeal)),
    EventExample(
      .precondition, "12月15日，经某县检察院提起公诉，周某被法院以拒不支付劳动报酬罪判处拘役5个月。",
      .rejects(.lawsuit)),
    EventExample(
      .mediationOutcome, "通过政府部门调解，2011年11月某公司愿再承担八十万元。", .makes("2011-11", .settlement)),
    EventExample(
      .remandOrdered, "2017年11月17日，本院作出行政裁定，撤销原审裁定，指令某中级法院继续审理。",
      .makes("2017-11-17", .retrial)),
    EventExample(
      .trialAssigned, "2016年12月1日，本院作出行政裁定，将该案指令某铁路运输中级法院审理。",
      .makes("2016-12-01", .transfer)),
    EventExample(
      .remandRuling, "2017年11月17日，本院作出行政裁定，撤销原审裁定，指令某中级法院继续审理。",
      .rejects(.judgment)),
    EventExample(
      .objectPeriod, "该局依法对拖欠2017年9月份、10月份工资的某公司下发责令改正决定书。", .rejects(.decision)),
    EventExample(
      .enforcedTitle, "2005年1月13日，民工代表向某法院申请强制执行仲裁裁决书。", .rejects(.arbitration)),
    EventExample(
      .rangeEnd, "2019年8月28日至30日，某县法院对胡某等19人涉黑案进行了公开审理，并当庭宣告判决。",
      .makes("2019-08-30", .judgment)),
    EventExample(
      .ground, "2019年5月6日，包某某以某局作出的不予认定工伤决定违法为由，向某区法院提起行政诉讼。",
      .rejects(.decision)),
    EventExample(
      .institution, "2014年，有关决定明确要求探索建立检察机关提起公益诉讼制度。", .rejects(.lawsuit)),
    EventExample(
      .rightOrNotice, "2019年12月5日，某局向王某送达告知书，告知其享有陈述、申辩及听证等权利。",
      .rejects(.hearing)),
    EventExample(
      .rightOrNotice, "2020年5月8日，某局向王某送达开庭告知书。", .rejects(.hearing)),
    EventExample(
      .rightOrNotice, "2021年3月2日，法院当庭告知被告人享有上诉权。", .rejects(.appeal)),
    // A notice that is itself the step (an investigation, a penalty) still counts.
    EventExample(
      .rightOrNotice, "2019年10月，某区规划局向张某发出接受调查通知书。", .makesOnly(["2019-10 investigation"])),
    // The step itself still counts when no right or notice follows.
    EventExample(
      .hearing, "2020年6月1日，某局举行听证，听取王某的陈述和申辩。", .makes("2020-06-01", .hearing)),
  ]

  @Test(arguments: examples)
  func rule(_ example: EventExample) { example.verify() }

  /// Every kind of the table (docs/OUTPUT.md) has a step it makes and a candidate of it rejected.
  @Test func everyKindHasAPositiveAndANegative() {
    var made = Set<CaseEventKind>()
    var rejected = Set<CaseEventKind>()
    for e in Self.examples {
      switch e.expected {
      case .makes(_, let kind), .merges(_, let kind), .leads(_, let kind): made.insert(kind)
      case .rejects(let kind): rejected.insert(kind)
      case .makesOnly: break
      }
    }
    #expect(CaseEventKind.allCases.filter { !made.contains($0) } == [])
    #expect(CaseEventKind.allCases.filter { !rejected.contains($0) } == [])
  }

  @Test func everyRuleHasAnExample() {
    let covered = Set(Self.examples.map(\.rule))
    #expect(CaseEventRule.allCases.filter { !covered.contains($0) }.map(\.rawValue) == [])
  }

  /// `extract --explain` names the timeline rules.
  @Test func explanationsNameTheRules() {
    let e = explain("2023年5月10日，被告人张某被公安机关抓获。2023年6月，某区人民检察院以盗窃罪对张某提起公诉，某区人民法院当日裁定不予受理。")
    #expect(e.mention(ruleNamed: CaseEventRule.detention.name)?.text == "抓获")
    #expect(e.mention(ruleNamed: CaseEventRule.lawsuit.name)?.text == "提起公诉")
    #expect(e.rejection(ruleNamed: CaseEventRule.refusedFiling.name)?.text == "不予受理")
  }

  /// A longer phrase decides over the step words inside it: 整改推进会 is a meeting (other), not
  /// rectification; 决定立案调查 is a filing, not also an investigation; 法庭调查 is the hearing's.
  @Test func longerPhrasesDecide() {
    let meeting = EventExample.findings("2024年8月20日，某市人民检察院组织召开整改推进会。").compactMap(\.event)
    #expect(meeting.map(\.kind) == [.other])
    let filing = EventExample.findings("2023年2月14日，某市院决定立案调查。").compactMap(\.event)
    #expect(filing.map(\.kind) == [.filing])
    let hearing = EventExample.findings(
      "2019年8月26日，某市中级人民法院开庭审理本案，双方围绕争议焦点展开法庭调查、法庭辩论。"
    ).compactMap(\.event)
    #expect(hearing.map(\.kind) == [.hearing])
    let sentence = EventExample.findings(
      "2019年4月1日上午，某县人民法院举行公开宣判大会，对某犯罪团伙依法进行一审公开宣判。"
    ).compactMap(\.event)
    #expect(sentence.map(\.kind) == [.judgment], "进行一审公开宣判 is no hearing")
  }

  /// 三名被告人同日被抓获: one step, one event, its text the clause where it is first told.
  @Test func oneStepOneEvent() {
    let text = "2023年6月12日，张某被抓获。2023年6月12日，李某、王某亦被抓获。"
    let found = EventExample.findings(text)
    let events = found.compactMap(\.event)
    #expect(events.count == 1)
    #expect(events.first?.text == "2023年6月12日，张某被抓获")
    #expect(found.contains { $0.rule == .sameStep })
  }

  /// 2021年3月15日提起行政诉讼 … 于2021年起诉: the coarser restatement is the same step.
  /// A month's part the day is outside of (12月19日 … 12月初) tells another step.
  @Test func aMonthPartOutsideTheDayIsAnotherStep() {
    let found = EventExample.findings(
      "2018年12月19日，李某补植复绿林地。2018年12月初，仓库已全部拆除。"
    ).compactMap(\.event)
    #expect(
      found.filter { $0.kind == .rectification }.compactMap(\.date).sorted() == [
        "2018-12", "2018-12-19",
      ])
    #expect(CaseEventFinder.day(of: "2018-12-05", isIn: .early))
    #expect(!CaseEventFinder.day(of: "2018-12-19", isIn: .early))
    #expect(CaseEventFinder.day(of: "2018-12-19", isIn: nil))
  }

  @Test func coarserRestatementIsTheSameStep() {
    let text = "2021年3月15日，张某提起行政诉讼。张某称，其于2021年起诉时已向该局反映。"
    let found = EventExample.findings(text)
    #expect(found.compactMap(\.event).filter { $0.kind == .lawsuit }.map(\.date) == ["2021-03-15"])
    #expect(found.contains { $0.rule == .sameStep })
  }

  /// 春节,1月19日上午: a comma does not join a scene's date and the day into a list.
  @Test func aCommaMakesNoDateList() {
    let text = "为了让工人过好2015年春节，1月19日上午，某调解中心成功调解了一起欠薪纠纷。"
    let events = EventExample.findings(text).compactMap(\.event)
    #expect(events.map(\.date) == ["2015-01-19"])
  }

  /// Dates out of text order come out in date order; equal dates keep text order;
  /// a month is not ordered against the days inside it (text order).
  @Test func dateOrder() {
    let text = "2023年5月，法院作出判决。2023年3月1日，某检察院提起公诉。2023年3月1日，某法院立案。同月下旬，被告人被逮捕。"
    let events = EventExample.findings(text).compactMap(\.event)
    #expect(events.map(\.date) == ["2023-03-01", "2023-03-01", "2023-03", "2023-05"])
    #expect(events.map(\.kind) == [.lawsuit, .filing, .arrest, .judgment])
    // A month between two days of it does not keep the later day before the earlier one.
    let around = "2024年3月14日，法院公开宣判。2024年3月，双方达成赔偿协议。2024年3月7日，某检察院提起公诉。"
    let ordered = EventExample.findings(around).compactMap(\.event)
    #expect(ordered.map(\.date) == ["2024-03-07", "2024-03-14", "2024-03"])
  }

  /// The text of an event is the clause it is told in, from its date's clause.
  @Test func eventTextIsTheClause() {
    let events = EventExample.findings("2023年4月6日，某县人民检察院向该局发出检察建议，建议其依法查处。").compactMap(\.event)
    #expect(events.map(\.text) == ["2023年4月6日，某县人民检察院向该局发出检察建议"])
    let dated = EventExample.findings("本报讯（记者 李文）2024年3月12日，某区人民法院公开宣判一起盗窃案。").compactMap(\.event)
    #expect(dated.map(\.text) == ["2024年3月12日，某区人民法院公开宣判一起盗窃案"], "the byline stays out")
  }
}
