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
      rule: .roleCopula,
      text: "本报讯 近日，某市中级人民法院开庭审理一起民事公益诉讼案。此案原告为湖南省人民检察院第一分院，被告是某县某化工有限公司，诉讼原因为污染环境。",
      plaintiffs: ["湖南省人民检察院第一分院"], defendants: ["某县某化工有限公司"]),
    CasePartyExample(
      rule: .inlineSuit,
      text:
        "劳动者讨薪胜诉\n\n本报讯 2024年5月8日，张某诉某物流公司劳动争议一案在杭州市西湖区人民法院审结。法院审理认为，某物流公司拖欠工资，判决某物流公司支付张某工资2万元。",
      plaintiffs: ["张某"], defendants: ["某物流公司"]),
    CasePartyExample(
      rule: .recommendationAddressee,
      text:
        "案例二：湖南省安乡县人民检察院督促保护饮用水水源地行政公益诉讼案\n2023年7月，安乡县人民检察院发现饮用水水源保护区内有3处养殖场直排废水。同年7月25日，安乡县人民检察院向负有监管职责的安乡县水利局（以下简称县水利局）发出检察建议。县水利局逾期未整改，安乡县人民检察院于2023年11月2日向安乡县人民法院提起行政公益诉讼。",
      plaintiffs: ["湖南省安乡县人民检察院"], defendants: ["安乡县水利局"]),
    CasePartyExample(
      rule: .noPartyRole,
      text: "本报讯 原告李某某诉被告某市人民政府、第三人某市自然资源局行政撤销纠纷一案，某市中级人民法院公开开庭审理。",
      plaintiffs: ["李某某"], rejects: "第三人"),
    CasePartyExample(
      rule: .formerName,
      text:
        "本报讯 北京市东城区人民检察院（原北京市崇文区人民检察院）以盗窃罪对被告人王某某提起公诉。北京市东城区人民法院判处王某某有期徒刑一年。",
      plaintiffs: ["北京市东城区人民检察院"], defendants: ["王某某"],
      notPlaintiffs: ["北京市崇文区人民检察院"], rejects: "北京市崇文区人民检察院"),
    CasePartyExample(
      rule: .nearerProsecutor,
      text:
        "新华社杭州5月8日电 记者从杭州市人民检察院获悉，由临安区人民检察院提起公诉的被告人王某某盗窃一案，在临安区人民法院公开开庭审理。法院判处王某某有期徒刑一年。",
      plaintiffs: ["临安区人民检察院"], defendants: ["王某某"], notPlaintiffs: ["杭州市人民检察院"],
      rejects: "杭州市人民检察院"),
    CasePartyExample(
      rule: .appellantProcuratorate,
      text:
        "南京市中级人民法院刑事裁定书\n抗诉机关江苏省南京市鼓楼区人民检察院。\n原审被告人朱某某，男。\n鼓楼区人民法院以盗窃罪判处朱某某有期徒刑一年。鼓楼区人民检察院提出抗诉。本院依法组成合议庭审理。\n",
      plaintiffs: ["江苏省南京市鼓楼区人民检察院"], defendants: ["朱某某"]),
    CasePartyExample(
      rule: .suedPassive,
      text: "本报讯 2023年5月，孙某被某物流公司起诉至某区人民法院，要求返还借款。法院判决驳回诉讼请求。",
      plaintiffs: ["某物流公司"], defendants: ["孙某"]),
    CasePartyExample(
      rule: .subjectCarried,
      text: "本报讯 工程结束后，吴某某多次找某建筑公司讨要工钱，无果。今年3月诉至某区人民法院。法院判决某建筑公司支付吴某某工钱5000元。",
      plaintiffs: ["吴某某"], defendants: ["某建筑公司"]),
    CasePartyExample(
      rule: .countedSubject,
      text: "本报讯 周某和郑某某为某工地提供劳务，工程结束后一直未获报酬。无奈之下，2人诉至某县人民法院。法院判决支持。",
      plaintiffs: ["周某", "郑某某"]),
    CasePartyExample(
      rule: .courtOrders, text: "本报讯 某区人民法院审结一起借款纠纷，判决陈某某偿还借款5万元。",
      defendants: ["陈某某"]),
    CasePartyExample(
      rule: .roleAsPredicate, text: "本报讯 本案中，某物流公司作为原告，主张沈某赔偿货损。法院判决驳回。",
      plaintiffs: ["某物流公司"]),
    CasePartyExample(
      rule: .namedOnce, text: "本报讯 某县人民检察院以盗窃罪对被告人王大伟依法提起公诉。法院判处有期徒刑一年。",
      defendants: ["王大伟"]),
    CasePartyExample(
      rule: .prosecutedSuspect,
      text: "本报讯 某区人民检察院对犯罪嫌疑人李征明依法提起公诉。法院以故意伤害罪判处其有期徒刑一年。",
      defendants: ["李征明"]),
    CasePartyExample(
      rule: .hypothetical,
      text: "本报讯 某县人民检察院向某县水利局发出检察建议。检察官表示，行政机关仍不履行的，检察机关依法向人民法院提起诉讼。",
      notPlaintiffs: ["检察机关", "某县人民检察院"], rejects: "检察机关"),
    CasePartyExample(
      rule: .chargedList,
      text: "某市中级人民法院对一起玩忽职守案作出判决。判决被告人韩立新、邹雨桐、范强犯玩忽职守罪，分别判处有期徒刑二年。",
      defendants: ["韩立新", "邹雨桐", "范强"]),
    CasePartyExample(
      rule: .sentencedByCourt,
      text: "2019年5月，村民蒋某在林地内开垦种植。2020年3月，蒋某因犯非法占用农用地罪被某县人民法院判处有期徒刑一年。某县人民检察院随后发出检察建议。",
      defendants: ["蒋某"]),
    CasePartyExample(
      rule: .pronoun,
      text: "本报讯 钱某某说，去年他向孙某催要货款时，孙某反而将他告上了法庭。法院审理后判决驳回孙某的诉讼请求。",
      plaintiffs: ["孙某"], defendants: ["钱某某"]),
    CasePartyExample(
      rule: .employer,
      text: "2023年3月，郑某入职某物流公司担任司机，公司拖欠其工资2万元。郑某向某区劳动人事争议仲裁委员会申请仲裁。仲裁委员会裁决支持郑某的请求。",
      plaintiffs: ["郑某"], defendants: ["某物流公司"]),
    CasePartyExample(
      rule: .countedSurnamed,
      text: "地检署指出，林姓男子与吴姓司机合谋运送私烟，许姓船长负责接驳。检察官侦结，认定林男等3人涉犯走私罪，依法提起公诉。",
      defendants: ["林男", "吴姓司机", "许姓船长"]),
    CasePartyExample(
      rule: .listRecalled,
      text: "2024年3月，马某某、龚某等6名农民工为某装饰公司提供劳务后被拖欠工资。马某某等人向区检察院申请支持起诉。区检察院向法院发出支持起诉意见书，法院判决支持。",
      plaintiffs: ["马某某", "龚某"]),
    CasePartyExample(
      rule: .receivesCase,
      text: "2022年5月，海关缉私局侦查终结，将案件移送广州市人民检察院审查起诉。2023年1月，法院以走私普通货物罪判处被告人马某有期徒刑三年。",
      defendants: ["马某"], notPlaintiffs: ["广州市人民检察院"], rejects: "广州市人民检察院"),
    CasePartyExample(
      rule: .unresolvedPronoun,
      text: "上诉人在机场被海关查获毒品。上诉人被控贩运危险药物罪。她不服定罪，上诉至终审法院，终审法院撤销定罪。",
      rejects: "她"),
    CasePartyExample(
      rule: .unnamedCompany,
      text: "本报讯 昨日，某区人民法院审结一起工程款纠纷案。2006年4月，建筑公司将发包方告上法庭。法院判决发包方支付工程款110万元。",
      notPlaintiffs: ["建筑公司"], rejects: "建筑公司"),
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
      rule: .hongKongProsecutor,
      text: "【香港法庭】男子陈某明被控一项盗窃罪，在西九龙裁判法院被裁定罪名成立，判囚六个月。律政司不满刑期太轻，申请覆核。",
      plaintiffs: ["律政司"]),
    CasePartyExample(
      rule: .hongKongProsecutor,
      text: "一名装修公司东主因违反《雇佣条例》欠薪，被劳工处检控，今日在观塘裁判法院被判罚款三万元。劳工处发言人表示会严格执法。",
      plaintiffs: ["劳工处"]),
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
      rule: .takesToCourt,
      text: "2024年3月，钱某一纸诉状将某装修公司告上法庭，要求退还装修款。法院判决某装修公司退还钱某装修款2万元。",
      plaintiffs: ["钱某"], defendants: ["某装修公司"]),
    CasePartyExample(
      rule: .withdraws,
      text: "某县人民法院审理一起房屋征收纠纷案件，原告周某诉某县人民政府。审理过程中，吴建国等3人提出撤诉申请，法院依法裁定准许撤诉。",
      plaintiffs: ["周某", "吴建国"]),
    CasePartyExample(
      rule: .reviewedOrgan,
      text: "2024年5月，某县人民检察院以某县住房和城乡建设局为被告向某县人民法院提起行政公益诉讼。8月8日，法院判决确认县住建局怠于履行监督管理职责的行为违法。",
      defendants: ["某县住房和城乡建设局"]),
    CasePartyExample(
      rule: .sentencedAfterModifier,
      text: "案例一\n某市中级人民法院2023年审结刑事案件1200件。依法严惩暴力犯罪，对公交车上故意杀人的颜某志依法判处死刑。",
      defendants: ["颜某志"]),
    CasePartyExample(
      rule: .compensationObligor,
      text: "案例一\n张某某被判无罪后，向杭州市公安局西湖分局申请国家赔偿。杭州市公安局西湖分局作出不予赔偿决定，张某某不服，向杭州市中级人民法院赔偿委员会申请作出赔偿决定。",
      defendants: ["杭州市公安局西湖分局"]),
    CasePartyExample(
      rule: .foundGuilty,
      text: "案例一\n2022年3月，欧阳甲等人驾船走私冻品。某市人民检察院以走私普通货物罪提起公诉。法院认定欧阳甲、莫某某、孙某某犯走私普通货物罪，分别判处有期徒刑五年至三年不等。",
      defendants: ["欧阳甲", "莫某某", "孙某某"]),
    CasePartyExample(
      rule: .acquitted,
      text: "案例一\n张某某被判无罪后，向杭州市公安局西湖分局申请国家赔偿。法院赔偿委员会决定由杭州市公安局西湖分局支付赔偿金。",
      defendants: ["杭州市公安局西湖分局"], rejects: "被判无罪"),
    CasePartyExample(
      rule: .actHeldUnlawful,
      text: "2023年3月，李某的房屋被强制拆除。李某不服，诉至某市中级人民法院，请求法院确认某县人民政府、某街道办事处强制拆除其房屋的行为违法。法院经审理作出判决。",
      defendants: ["某县人民政府", "某街道办事处"]),
    CasePartyExample(
      rule: .headAppears,
      text: "近日，某县人民法院公开开庭审理一起政府信息公开行政案件，某县自然资源局局长王某某作为行政机关负责人出庭应诉。原告冯某当庭陈述了诉讼请求。",
      defendants: ["某县自然资源局"]),
    CasePartyExample(
      rule: .coreference,
      text:
        "家住某区的陈某在某健身公司购买了年卡，按约定打卡满39次即可返现。陈某完成打卡后，商家仅返现部分款项。协商不成，原告陈某将商家告到法院。法院判决商家退还陈某剩余款项1925元。",
      plaintiffs: ["陈某"], defendants: ["某健身公司"]),
    CasePartyExample(
      rule: .possessor,
      text: "去年8月，金某与兄长玩耍时砸伤老李。老李一纸诉状将金某的监护人告上了法庭，要求赔偿医疗费等共计18万余元。法院组织调解，双方达成协议。",
      plaintiffs: ["老李"], rejects: "金某"),
    CasePartyExample(
      rule: .roleStated,
      text:
        "【案情】原告(上诉人)：某肉类加工有限公司。被告(被上诉人)：罗某。\n罗某于2014年7月向某区劳动人事争议仲裁委员会申请仲裁，要求某肉类加工有限公司支付赔偿金。仲裁委员会裁决支持。某肉类加工有限公司不服，诉至法院。",
      plaintiffs: ["某肉类加工有限公司"], defendants: ["罗某"], notPlaintiffs: ["罗某"], rejects: "罗某"),
    CasePartyExample(
      rule: .supportOnlyApplied,
      text:
        "2023年，某施工单位招募高某某等农民工务工，一直未支付劳务报酬。高某某等农民工多次索要无果后，向某区人民检察院申请支持起诉。检察机关组织诉前调解，促成双方签订调解协议，工资已支付到位。",
      notPlaintiffs: ["高某某"], rejects: "高某某"),
    CasePartyExample(
      rule: .penalisedNotSued,
      text:
        "案例二 广州某鼎科技有限公司发布违法广告案\n当事人在其网站发布“全国首家”等广告，无法提供证明材料。某区市场监管局依据《中华人民共和国广告法》第五十五条第一款的规定，责令当事人停止发布违法广告，并处罚款21万元。",
      rejects: "广州某鼎科技有限公司"),
    CasePartyExample(
      rule: .otherClause,
      text:
        "魏某不服社保局的认定，向检察机关申请监督。某市人民检察院于2024年10月向某市中级人民法院提出再审检察建议，认为魏某起诉系对社保局不作为不服。法院裁定再审，判决撤销原判。",
      notPlaintiffs: ["某市人民检察院"], rejects: "向某市中级人民法院提出再审检察建议，认为魏某"),
    CasePartyExample(
      rule: .titleListBeforeBracket,
      text: "香港特别行政区 诉 陈大文、李小明及另一人(终院刑事上诉2020年第3号)案中，终审法院裁定上诉得直，撤销原判。",
      plaintiffs: ["香港特别行政区"], defendants: ["陈大文", "李小明"]),
    CasePartyExample(
      rule: .titleEnforcedAgainst,
      text: "执行干警来到张某家中。在某市某局申请执行张某行政处罚一案中，张某百般抵赖，拒不执行。执行干警找到张某后，张某被司法拘留十五日。",
      plaintiffs: ["某市某局"], defendants: ["张某"]),
    CasePartyExample(
      rule: .sentencedByName,
      text: "本报讯 台湾高等法院今日宣判一起受贿案，一审、二审均判王建国有期徒刑6年，王建国不服提起上诉，法院更一审改判王建国有期徒刑5年。",
      defendants: ["王建国"]),
    CasePartyExample(
      rule: .appliesToCourt,
      text: "湖北省武汉市江夏区人力资源和社会保障局依法作出责令支付决定，因某公司仅支付部分工资，遂申请人民法院强制执行。武汉市江夏区人民法院裁定准予强制执行。",
      plaintiffs: ["湖北省武汉市江夏区人力资源和社会保障局"]),
    CasePartyExample(
      rule: .fullerName,
      text:
        "某区人民检察院发布知识产权典型案例。案例一中的张某、王某已另案处理。\n案例三\n赵某年、张某燕假冒专利案\n被告人赵某年、张某燕开设化妆品厂。张某燕销售假冒专利产品，张某燕还负责进货。法院判处赵某年有期徒刑一年，对张某燕判处有期徒刑十个月。",
      defendants: ["赵某年", "张某燕"]),
    CasePartyExample(
      rule: .listShape,
      text: "法院认为，被告人符某华、古某警、羊某洋结伙故意伤害他人致人轻伤，其行为均已构成故意伤害罪。法院判处符某华有期徒刑一年。",
      defendants: ["符某华", "古某警", "羊某洋"]),
    CasePartyExample(
      rule: .owes,
      text:
        "2023年，左某某等18名农民工为老板杨某某务工，杨某某却一直拖欠左某某等人工资共计10万元。左某某等人多次讨要无果后，向某县人民检察院提出支持起诉申请。听证会上，检察官听取了申请人的诉求及被申请人的困难，双方当场达成和解。",
      plaintiffs: ["左某某"], defendants: ["杨某某"]),
    CasePartyExample(
      rule: .dissatisfiedSues,
      text: "2022年，王某入职某运输公司任司机。后王某向区劳动人事争议仲裁委员会申请仲裁，要求公司支付工资，某运输公司对仲裁裁决不服，诉至法院。法院判决驳回某运输公司的诉讼请求。",
      plaintiffs: ["某运输公司"], defendants: ["王某"], notPlaintiffs: ["王某"]),
    CasePartyExample(
      rule: .arbitrationThenSuit,
      text: "2022年，王某入职某运输公司任司机。后王某向区劳动人事争议仲裁委员会申请仲裁，要求公司支付工资，该公司对仲裁裁决不服，诉至法院。法院判决驳回某运输公司的诉讼请求。",
      plaintiffs: ["某运输公司"], defendants: ["王某"], notPlaintiffs: ["王某"]),
    CasePartyExample(
      rule: .claimsDecided,
      text:
        "案例二\n俞某与邵某甲、邵某乙房屋买卖合同纠纷案\n2015年，俞某与邵某甲签订房屋买卖合同。2024年4月23日，某市中级人民法院再审认定合同无效，判决撤销原判决，驳回俞某的诉讼请求。",
      plaintiffs: ["俞某"], defendants: ["邵某甲", "邵某乙"]),
    CasePartyExample(
      rule: .nonLitigation,
      text: "案例五\n江西某公司欠薪行政非诉执行检察监督案\n某县人力资源和社会保障局作出责令支付工资决定后申请法院强制执行，法院裁定准予执行。某县人民检察院向法院提出检察建议。",
      notPlaintiffs: ["江西某公司欠薪行政非"], rejects: "非诉"),
    CasePartyExample(
      rule: .noSurname,
      text: "本报讯 某区人民法院审理被告人李某盗窃一案。庭审中，法官与被告沟通、与被告家属沟通，李某当庭认罪。法院判处李某有期徒刑一年。",
      defendants: ["李某"], rejects: "沟通"),
    CasePartyExample(
      rule: .notProsecuted,
      text:
        "案例一\n李某乙涉嫌非法经营罪行刑反向衔接案\n2024年4月3日，某县人民检察院对李某甲以非法经营罪依法提起公诉，某县人民法院依法判处其有期徒刑一年。某县人民检察院审查认为，李某乙犯罪情节轻微，不需要判处刑罚，于2024年4月1日对其作出不起诉决定。",
      defendants: ["李某甲"], rejects: "李某乙"),
    CasePartyExample(
      rule: .genericNoun,
      text:
        "案例一\n姜某与某建筑公司社会保险纠纷案\n姜某申请仲裁，仲裁委员会不予受理。姜某不服，诉至法院。法院认为，劳动者要求用人单位补缴社会保险费的，应向行政部门主张，裁定驳回起诉。劳动者可以另行投诉。",
      plaintiffs: ["姜某"], notPlaintiffs: ["劳动者"], rejects: "劳动者"),
    CasePartyExample(
      rule: .neverCharged,
      text: "案例一：孙某某醉驾挪车案\n案情：孙某某酒后将车辆挪动五米，被民警查获。检察院经审查作出不起诉决定。",
      rejects: "孙某某"),
    CasePartyExample(
      rule: .owed,
      text:
        "本报讯 2023年，尹某某等6人在某装饰公司承接的工地务工，完工后某装饰公司以及包工头邵某拖欠尹某某等6人工资5万元。某县人民检察院受理后，向某县人民法院发出支持起诉意见书，支持尹某某等6人向法院起诉。法院判决某装饰公司支付尹某某等6人工资5万元。",
      plaintiffs: ["尹某某"], defendants: ["某装饰公司", "邵某"]),
    CasePartyExample(
      rule: .titleClaimant,
      text:
        "案例三\n钱某某等9名农民工追索劳动报酬纠纷案\n钱某某等9人在某劳务公司承包的工地务工，工程完工后被拖欠工资。某区人民检察院支持钱某某等9人向法院起诉，法院判决某劳务公司支付工资。",
      plaintiffs: ["钱某某"]),
    CasePartyExample(
      rule: .disputeTitle,
      text:
        "案例二\n某物业公司物业服务合同纠纷案\n业主孔某长期拖欠物业费。某物业公司向某区人民法院提起诉讼，法院判决孔某支付物业费。",
      rejects: "某物业公司物业服务合同纠纷案"),
    CasePartyExample(
      rule: .sentencedAfterDui,
      text:
        "本报讯 日前，某市中级人民法院审结一起开设赌场案。一审法院对主犯祁建华判处有期徒刑七年，对阮海涛、甘卫东分别判处有期徒刑五年、四年，对其余9名被告人判处一年至三年不等的有期徒刑。",
      defendants: ["祁建华", "阮海涛", "甘卫东"]),
    CasePartyExample(
      rule: .chargedByYi,
      text:
        "本报讯 2024年3月，某县公安局侦破一起盗窃案。2024年5月10日，某县人民检察院以韦某某等3人涉嫌盗窃罪依法提起公诉。法院经审理后作出判决。",
      defendants: ["韦某某"]),
    CasePartyExample(
      rule: .triedCaseOf,
      text:
        "本报讯 5月11日上午，某市高级人民法院对黎建波、叶文尘故意杀人一案作出二审宣判：驳回上诉，维持原判。",
      defendants: ["黎建波", "叶文尘"]),
    CasePartyExample(
      rule: .titleVictim,
      text:
        "案例二\n林某某被猥亵案\n2024年某日，王某某趁机对林某某实施猥亵。2025年1月20日，某区人民检察院以王某某涉嫌猥亵儿童罪提起公诉。2月17日，法院以王某某犯猥亵儿童罪判处其有期徒刑一年九个月。",
      defendants: ["王某某"], rejects: "林某某"),
    CasePartyExample(
      rule: .loneSurnamed,
      text:
        "台南一名林姓男子9月間酒後駕車肇事，被依公共危險罪起訴。台南地方法院審理後，判處林姓男子有期徒刑6個月。",
      defendants: ["林姓男子"]),
    CasePartyExample(
      rule: .tierRole,
      text:
        "本报讯 近日，某市某区人民法院审理一起恶势力犯罪集团案。经审理查明，周某某纠集吴某、郑某多次强迫交易。周某某系首要分子，吴某、郑某均系积极参加者。法院以强迫交易罪判处周某某有期徒刑五年。",
      defendants: ["周某某", "吴某", "郑某"]),
    CasePartyExample(
      rule: .firstInstanceBracket,
      text:
        "本报讯 上诉人某物流有限公司（原审被告）与被上诉人刘某某（原审原告）劳动争议纠纷一案，成都市中级人民法院二审判决驳回上诉，维持原判。",
      plaintiffs: ["刘某某"], defendants: ["某物流有限公司"]),
    CasePartyExample(
      rule: .companySues,
      text:
        "某某物流公司与某某公司建设工程施工合同纠纷一案，某某物流公司起诉要求某某公司返还借款。上海市浦东新区人民法院经审理支持了原告的诉讼请求。",
      plaintiffs: ["某某物流公司"], defendants: ["某某公司"]),
    CasePartyExample(
      rule: .namedAsDefendantTopic,
      text:
        "案例一\n薛某对某县自然资源局作出的行政处罚决定不服，以某县自然资源局为被告向北京市朝阳区人民法院提起行政诉讼。法院判决撤销被诉处罚决定。",
      plaintiffs: ["薛某"], defendants: ["某县自然资源局"]),
    CasePartyExample(
      rule: .takenAfterModifier,
      text:
        "案例一\n2019年，某贸易公司将其关联公司某科技公司诉至法院，称对方共向其借款200多万元。法院经审理驳回了某贸易公司的诉讼请求。",
      plaintiffs: ["某贸易公司"], defendants: ["某科技公司"]),
    CasePartyExample(
      rule: .companyPointer,
      text:
        "2023年5月，钱某入职某物流有限公司担任司机。因公司多月拖欠工资，钱某将公司诉至法院，要求支付工资2万元。北京市朝阳区人民法院判决支持了钱某的诉讼请求。",
      plaintiffs: ["钱某"], defendants: ["某物流有限公司"]),
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

  @Test func hongKongJusticeDepartmentDecliningToProsecuteIsNoPlaintiff() {
    let c = Extractor().extract(
      "【香港法庭】男子陈某明涉嫌盗窃被捕，律政司经考虑后决定不检控，陈某明获释。其后陈某明入禀区域法院，要求警务处赔偿。法院判警务处赔偿二万元。"
    ).cases
    #expect(c.allSatisfy { !$0.plaintiffs.contains("律政司") }, "\(c.map(\.plaintiffs))")
  }

  @Test func hongKongJusticeDepartmentOutsideACriminalCaseIsNoPlaintiff() {
    let c = Extractor().extract(
      "【香港法庭】市民李某明入禀高等法院，就律政司拒绝公开文件申请司法复核。法官裁定李某明胜诉，判律政司须公开有关文件。"
    ).cases
    #expect(c.allSatisfy { !$0.plaintiffs.contains("律政司") }, "\(c.map(\.plaintiffs))")
  }

  @Test func claimsInCriminalCasesNameNoDefendant() {
    let c = Extractor().extract("被告人赵某某盗窃财物。检察院要求其退赔。法院判处赵某某有期徒刑一年。").cases
    #expect(c.first?.defendants == ["赵某某"])
  }

  @Test func theOnePaidRightAfterTheActClaimed() {
    // 判决，甲偿还乙借款 / 裁决，某公司应支付乙工资款 (`case.party.court-orders`).
    let a = Extractor().extract(
      "案例一\n2019年，黄某向喻某借款150万元。喻某诉至法院。法院判决，黄某偿还喻某借款114万元及利息。"
    ).cases
    #expect(a.first?.plaintiffs.contains("喻某") == true, "\(a.map(\.plaintiffs))")
    #expect(a.first?.defendants.contains("黄某") == true, "\(a.map(\.defendants))")
    let b = Extractor().extract(
      "案例二\n谭某在江西某科技公司工作。仲裁委裁决，江西某科技公司应支付谭某工资款3万元。"
    ).cases
    #expect(b.first?.defendants.contains("江西某科技公司") == true, "\(b.map(\.defendants))")
    #expect(b.first?.plaintiffs.contains("谭某") == true, "\(b.map(\.plaintiffs))")
  }

  @Test func aNameAfterThePaymentWithoutWhatIsPaidIsNoPlaintiff() {
    let c = Extractor().extract(
      "案例一\n某物流公司拖欠货款。法院判决某物流公司支付张某所在公司货款3万元。"
    ).cases
    #expect(c.allSatisfy { !$0.plaintiffs.contains("张某") }, "\(c.map(\.plaintiffs))")
  }

  @Test func theOneAcquittedIsNoDefendant() {
    let c = Extractor().extract(
      "案例一\n张某某被判无罪后，向杭州市公安局西湖分局申请国家赔偿。杭州市中级人民法院赔偿委员会作出决定。"
    ).cases
    #expect(c.allSatisfy { !$0.defendants.contains("张某某") }, "\(c.map(\.defendants))")
  }

  @Test func aCompensationCommitteeOwesNoCompensation() {
    let c = Extractor().extract(
      "案例一\n赔偿请求人张某某不服，向杭州市中级人民法院赔偿委员会申请国家赔偿。赔偿委员会作出决定。"
    ).cases
    #expect(c.allSatisfy { $0.defendants.isEmpty }, "\(c.map(\.defendants))")
  }

  @Test func aFindingWithoutACrimeNamesNoDefendant() {
    let c = Extractor().extract(
      "案例一\n被告人王某某驾车撞伤行人。法院认定李某某负事故次要责任，以交通肇事罪判处王某某有期徒刑一年。"
    ).cases
    #expect(c.allSatisfy { !$0.defendants.contains("李某某") }, "\(c.map(\.defendants))")
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

  // Name shapes and name lists (positive and negative), read by the rules above.

  @Test func aMaskedNameTheDocumentRepeatsKeepsItsThirdCharacter() {
    // 曾某琴经… / 曾某琴联系…: never closed by a delimiter, but fixed before varying words.
    let c = Extractor().extract(
      "2021年12月，被告人龙某、曾某琴经预谋后生产假冒防护服。曾某琴联系民房用于生产。法院以假冒注册商标罪判处龙某有期徒刑三年。"
    ).cases
    #expect(c.first?.defendants.contains("曾某琴") == true, "\(c.first?.defendants ?? [])")
    #expect(c.first?.defendants.contains("曾某") == false)
  }

  @Test func aMaskedNameBeforeAVerbItRepeatsIsNoThreeCharacterName() {
    // 何某侵犯…何某侵犯: the same word follows each time, so 侵 is not the name's.
    #expect(!CasePartyFinder.confirmedMaskedNames("何某侵犯他人权益。何某侵犯隐私。".scalarArray).contains("何某侵"))
    // 张某表示 / 张某认为: X某 stands before different characters, so no Y is the name's.
    #expect(
      !CasePartyFinder.confirmedMaskedNames("张某表示认可。张某认为不妥。张某表态。".scalarArray).contains("张某表"))
    #expect(CasePartyFinder.confirmedMaskedNames("判处被告人秦某兵有期徒刑四年。".scalarArray).contains("秦某兵"))
  }

  @Test func aBodyBeforeADisputeWordEndsThere() {
    let c = Extractor().extract(
      "申请执行人湖南某工程公司与被执行人黄某、宁夏某公司合同纠纷一案，被执行人虽与申请人达成执行和解，但一直未履行。执行法官决定对黄某拘留十五日。"
    ).cases
    #expect(c.first?.defendants.contains("宁夏某公司") == true, "\(c.first?.defendants ?? [])")
    #expect(c.first?.defendants.contains("宁夏") == false)
  }

  @Test func aQualifiedSuitIsASuit() {
    // 提起土地资源行政公益诉讼: 提起 + a qualifier + 诉讼.
    let c = Extractor().extract(
      "湖北省兴山县人民检察院发现某县自然资源局未依法履职。2023年10月25日，兴山县人民检察院向兴山县人民法院提起土地资源行政公益诉讼，请求判令被告某县自然资源局依法履职。法院判决支持检察机关的诉讼请求。"
    ).cases
    #expect(c.first?.plaintiffs.contains("湖北省兴山县人民检察院") == true, "\(c.first?.plaintiffs ?? [])")
  }

  @Test func takingToCourtNeedsTheOneTaken() {
    // 被告上诉: 告上 inside 被告上诉 takes nobody to court.
    let c = Extractor().extract("原告张某诉被告李某借款纠纷一案，一审判决后，被告上诉至市中级人民法院，二审维持原判。").cases
    #expect(c.first?.plaintiffs == ["张某"])
  }

  @Test func anOrganShortFormIsNoSecondDefendant() {
    #expect(CasePartyFinder.isOrganShortForm("人社局", of: "武汉市人力资源和社会保障局"))
    #expect(CasePartyFinder.isOrganShortForm("街道办", of: "浙江省某县某街道办事处"))
    // Another organ is not a short form: 县林业局 is not in 某县农业农村局.
    #expect(!CasePartyFinder.isOrganShortForm("县林业局", of: "某县农业农村局"))
    #expect(!CasePartyFinder.isOrganShortForm("某局", of: "某县农业农村局"))
  }

  @Test func aDefinedShortNameStandsForItsBody() {
    let c = Extractor().extract(
      "案例一 某区人民检察院督促规范公园无障碍设施建设行政公益诉讼案\n某区人民检察院发现，工程建设单位为临沂市罗庄区住房和城乡建设局（以下简称区住建局）。2024年7月11日，某区人民检察院向某区人民法院提起行政公益诉讼。8月23日，法院判决确认区住建局怠于履行职责的行为违法。"
    ).cases
    #expect(c.first?.defendants == ["临沂市罗庄区住房和城乡建设局"], "\(c.first?.defendants ?? [])")
  }

  @Test func anAppliedForSupportThatWasFiledSues() {
    // 申请支持起诉, then 支持起诉意见书 filed: the applicant sued.
    let c = Extractor().extract(
      "张某某向某县人民检察院申请支持起诉。某县人民检察院受理后，于2025年6月26日向法院提交支持起诉意见书。法院判决某鞋业公司支付张某某工伤保险待遇。"
    ).cases
    #expect(c.first?.plaintiffs.contains("张某某") == true, "\(c.first?.plaintiffs ?? [])")
  }

  @Test func aPenalisedPartyThatSuedIsStillAParty() {
    // A penalty, then a suit against it: the title's party stays.
    let c = Extractor().extract(
      "案例一 某某科技公司诉某区市场监督管理局行政处罚案\n某区市场监督管理局对某某科技公司处以罚款5万元。某某科技公司不服，向法院提起行政诉讼。法院判决驳回诉讼请求。"
    ).cases
    #expect(c.first?.plaintiffs.contains("某某科技公司") == true, "\(c.first?.plaintiffs ?? [])")
  }

  @Test func aChargeWithNoNameBeforeItNamesNobody() {
    // 被告人犯罪情节较轻: 犯 right after the role word, no name in between.
    let c = Extractor().extract("法院审理认为，被告人犯罪情节较轻，依法判处被告人赵某某拘役三个月。").cases
    #expect(c.first?.defendants == ["赵某某"], "\(c.first?.defendants ?? [])")
  }

  @Test func aPluralPronounIsNoParty() {
    // 他们 is no 他: no party is read from it.
    let c = Extractor().extract("村民们说，他们将某公司告上了法庭，法院判决某公司赔偿损失。").cases
    #expect(c.allSatisfy { !$0.plaintiffs.contains("他") && !$0.plaintiffs.contains("他们") })
  }

  @Test func aPronounNeverPointsAtAnOfficial() {
    // 法官司徒某 heads the hearing; 她 points at nobody the case names as a party.
    let c = Extractor().extract("主审法官司徒某某。上诉人在机场被查获毒品。她不服定罪，上诉至终审法院，终审法院撤销定罪。").cases
    #expect(c.allSatisfy { !$0.plaintiffs.contains("司徒某某") }, "\(c.map(\.plaintiffs))")
  }

  @Test func anEmployerNeedsAClaimForPay() {
    // No wages claimed: the company the claimant joined is not made a party.
    let c = Extractor().extract("2023年3月，郑某入职某物流公司。郑某在送货途中受伤，向某区人民法院提起诉讼，要求保险公司赔偿医疗费。法院判决支持。").cases
    #expect(c.allSatisfy { !$0.defendants.contains("某物流公司") }, "\(c.map(\.defendants))")
  }

  @Test func aCountOtherThanTheSurnamedPersonsNamesNobody() {
    // Two persons by surname, but five accused: the rule does not guess.
    let c = Extractor().extract("地检署指出，林姓男子与吴姓司机合谋运送私烟。检察官侦结，认定被告等5人涉犯走私罪，依法提起公诉。").cases
    #expect(c.allSatisfy { !$0.defendants.contains("吴姓司机") }, "\(c.map(\.defendants))")
  }

  @Test func aListOfTheSentencedByDescriptionAndName() {
    // 各被判刑: each item a description, then a surname-led name.
    let c = Extractor().extract(
      "本报讯 某地裁判法院昨日宣判，前议员邱志文、退休教师庞立新各被判刑十个月，法院认为二人罪名成立。"
    ).cases
    #expect(c.first?.defendants.contains("邱志文") == true, "\(c.first?.defendants ?? [])")
    #expect(c.first?.defendants.contains("庞立新") == true)
  }

  @Test func aSideNamedByItsPlaceInTheDealIsNoParty() {
    // 发包方 is the kind of party, not its name.
    let c = Extractor().extract("本报讯 昨日，某区人民法院审结一起工程款纠纷案。2006年4月，某建筑公司将发包方告上法庭。法院判决发包方支付工程款110万元。")
      .cases
    #expect(c.first?.defendants.contains("发包方") == false, "\(c.first?.defendants ?? [])")
  }

  @Test func aCaseHandedToThePoliceSuesNobody() {
    // An administrative case handed to the police; the court named is only an issuer.
    let c = Extractor().extract(
      "案例一\n何某某非法处置危险废物案\n2023年6月9日，某市综合行政执法局执法人员检查发现何某某非法处置废矿物油。根据最高人民法院、最高人民检察院《关于办理环境污染刑事案件适用法律若干问题的解释》的规定，该行为涉嫌污染环境犯罪。2023年8月2日，某市综合行政执法局将该案件移送公安机关侦办。"
    ).cases
    #expect(c.allSatisfy { $0.defendants.isEmpty }, "\(c.map(\.defendants))")
  }

  @Test func anUnresolvedPointerIsNoParty() {
    // 商家 with two companies before it: no one referent, so no party.
    let c = Extractor().extract(
      "陈某先后在某健身公司和某瑜伽公司购买年卡。陈某完成打卡后，商家拒绝返现。协商不成，原告陈某将商家告到法院。法院判决支持陈某的诉讼请求。"
    ).cases
    #expect(c.first?.defendants.contains("商家") == false)
  }
}
