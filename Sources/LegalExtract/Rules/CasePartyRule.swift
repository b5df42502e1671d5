/// The rules that name a case's parties (the engine is
/// Stages/CasePartyFinder*.swift; word tables are in CasePartyRules.swift).
enum CasePartyRule: String, NamedRule {
  /// Hashed by case tag, not by name (`NamedRule.caseTag`).
  func hash(into hasher: inout Hasher) { hasher.combine(caseTag) }

  /// 甲诉乙…案 / 某某遗弃案: parties from the title.
  case title = "case.party.title"
  /// 欧阳明受贿一案, 李某案, 某省人民政府原副省长欧阳明受贿一案: the person a title
  /// names before its offence is the defendant (the office before the name is not).
  case titleOffender = "case.party.title-offender"
  /// 孙某与某物流公司劳动争议案 plus 孙某…申请仲裁: the one who acts is the
  /// plaintiff, the other the defendant.
  case titlePairWithActor = "case.party.title-pair-with-actor"
  /// Role word + name list: 被告人甲、乙、丙; 原告张三和李四; 被申请人某公司.
  case roleList = "case.party.role-list"
  /// Role word + copula + names: 此案原告为某县检察院，被告是某公司 / 被申请人为张某.
  case roleCopula = "case.party.role-copula"
  /// 某区检察院诉某区林业局怠于履职行政公益诉讼案在…开庭 / 张某诉某物流公司劳动争议一案已审结:
  /// 甲诉乙 inside a sentence, closed by 案, names both sides.
  case inlineSuit = "case.party.inline-suit"
  /// 某区院向某区城市管理局制发检察建议 in a 行政公益诉讼 case the procuratorate
  /// brings: the organ the recommendation goes to is the defendant.
  case recommendationAddressee = "case.party.recommendation-addressee"
  /// Name list + count + role word: 周明、吴芳、郑强三位原告.
  case listBeforeRole = "case.party.list-before-role"
  /// 以某县农业农村局、某县林业局为被告: every name in the list is a defendant.
  case namedAsDefendant = "case.party.named-as-defendant"
  /// 甲对乙作出的处罚决定不服，以乙为被告向法院提起行政诉讼: a clause that opens
  /// with 以…为被告 has no subject; the sentence's topic (甲) sues.
  case namedAsDefendantTopic = "case.party.named-as-defendant-topic"
  /// 将作出决定的甲局、乙局一并告上法庭 / 将其关联公司某科技公司诉至法院: the names
  /// taken to court stand after a modifier and before an adverb.
  case takenAfterModifier = "case.party.taken-after-modifier"
  /// 冯某向…仲裁委员会申请仲裁 / 张某某向…法院提起诉讼 / 某公司向法院起诉 /
  /// 县人社局…向…法院申请强制执行: the one who applies or sues is a plaintiff.
  case appliesOrSues = "case.party.applies-or-sues"
  /// 请求裁决某餐饮公司支付… / 要求某食品公司、某贸易公司、陈某连带支付… /
  /// 甲某要求乙某、丙某向其支付…: those asked to pay are defendants (and the
  /// one asking, when named, a plaintiff).
  case claimAgainst = "case.party.claim-against"
  /// A公司起诉H公司 / H公司也起诉A公司 / 王女士起诉陈女士: the one who sues
  /// opens the clause, the one sued follows 起诉.
  case suesWhom = "case.party.sues-whom"
  /// 支持何某、钱某等5名农民工…起诉 / 由…支持起诉的何某、钱某 / 甲某…申请支持
  /// 起诉: the supported party sues.
  case supported = "case.party.supported"
  /// 将刘小军纳入失信被执行人名单: a defaulter is the defendant.
  case defaulter = "case.party.defaulter"
  /// 判处乙…, 判令乙…, 甲将乙诉至法院: parties named by the verbs of the procedure.
  case procedureVerb = "case.party.procedure-verb"
  /// A procuratorate that prosecutes or sues (公诉机关).
  case prosecutor = "case.party.prosecutor"
  /// 廉政公署起诉两名…人员 / 被劳工处检控 / 林某被控…罪成…律政司一方: in a Hong Kong
  /// criminal case the body that prosecutes (else 律政司) is the plaintiff
  /// when no other is named.
  case hongKongProsecutor = "case.party.hk-prosecutor"
  /// 老金一纸诉状将金某告上了法庭 / 陈涛将商家告到法院 / 把某公司告上法庭:
  /// the one who takes somebody to court opens the clause, the one taken
  /// follows 将 or 把.
  case takesToCourt = "case.party.takes-to-court"
  /// 谢兴汉等14人提出撤诉申请 / 张某申请撤诉: who withdraws a suit brought it.
  case withdraws = "case.party.withdraws"
  /// 法院判决确认区住建局…的行为违法 / 判决撤销某局作出的…: the organ whose act the
  /// court reviews is the defendant.
  case reviewedOrgan = "case.party.reviewed-organ"
  /// 请求法院确认区政府、某办事处强制拆除…的行为违法 / 2、确认某局…违法: the agencies
  /// whose act the suit asks the court to hold unlawful (or the court holds so)
  /// are defendants.
  case actHeldUnlawful = "case.party.act-held-unlawful"
  /// 某县司法局局长乔某作为行政机关负责人出庭应诉: the agency whose head appears in
  /// court for it is the defendant.
  case headAppears = "case.party.head-appears"

  /// 香港特别行政区 诉 黄得强(终院刑事上诉2014年第8号)案 / 莫乃光 诉 谭伟豪、冯浩贤及律政司司长(…)案:
  /// a list closed by a bracketed docket names every defendant, plain names
  /// and office holders included (另二人 counts the rest, it is no name).
  case titleListBeforeBracket = "case.party.title-list-before-bracket"
  /// 某银行申请执行某公司…案 / 平顶山市某局申请执行其公司…一案: the one a title's
  /// applicant enforces against is the defendant.
  case titleEnforcedAgainst = "case.party.title-enforced-against"
  /// 一、二审均判廖正良有期徒刑6年 / 改判王建国有期徒刑五年 / 黎强被判处有期徒刑14年:
  /// a surname-led name sentenced with no role word is a defendant.
  case sentencedByName = "case.party.sentenced-by-name"
  /// X依法作出…决定，…遂申请人民法院强制执行: the body that opens the sentence
  /// applies to the court (非诉执行), no 向 before the court.
  case appliesToCourt = "case.party.applies-to-court"
  /// 被告人赵某年、张某燕 read as 张某 where the case names 张某燕: the masked
  /// name is completed by the character the text gives after it.
  case fullerName = "case.party.fuller-name"
  /// 被告人符某华、古某警、符某海、羊某洋结伙…: the last name of a list of
  /// three-character masked names is read with three characters too.
  case listShape = "case.party.list-shape"
  /// 杨某某却一直拖欠左某某等人工资 / 投诉某控股集团有限公司（以下简称某公司）拖欠工资:
  /// the one who owes wages or a payment is the defendant.
  case owes = "case.party.owes"
  /// 判决驳回俞某的诉讼请求 / 支持王某的全部诉讼请求: the one whose claims the court
  /// decides is the one who sued.
  case claimsDecided = "case.party.claims-decided"
  /// …，该公司对仲裁裁决不服，诉至法院: the one dissatisfied with the award or
  /// judgment opens its clause and sues.
  case dissatisfiedSues = "case.party.dissatisfied-sues"
  /// 王某向仲裁委申请仲裁…，该公司不服，诉至法院: the court roles stand, so the
  /// arbitration's applicant is the defendant.
  case arbitrationThenSuit = "case.party.arbitration-then-suit"
  /// 某物流公司起诉要求某公司支付货款: a company named right before 起诉要求 sues.
  case companySues = "case.party.company-sues"
  /// 上诉人甲（原审被告）与被上诉人乙（原审原告）: the first-instance role in
  /// brackets after an appeal or retrial party's name decides its side.
  case firstInstanceBracket = "case.party.first-instance-bracket"

  /// 判决被告人刘东升、王丽琼、马刚犯玩忽职守罪 / 被告人焦玲强犯抢劫罪: every
  /// surname-led name of the list a role word opens, up to the 犯 of its
  /// charge, is a defendant (the charge closes the names, no recurrence needed).
  case chargedList = "case.party.charged-list"
  /// 李某因犯…罪被某中级人民法院判处刑罚 / 张某被法院判处缓刑: the one a court
  /// sentenced, opening the clause, is a defendant.
  case sentencedByCourt = "case.party.sentenced-by-court"
  /// 祝某将他告上了法庭 / 为此他提起行政诉讼: 他 / 她 where a party stands is the
  /// person opening the sentence, else the nearest person named before (never
  /// the party on the other side).
  case pronoun = "case.party.pronoun"
  /// 孙某某等21位农民工在为某建筑公司提供劳务后…诉诸法院 / 张某入职某装修公司…申请仲裁:
  /// in a wage claim, the company the claimant worked for is the defendant.
  case employer = "case.party.employer"
  /// 張姓船長…陳姓船長…認定張姓被告等5人 / 起訴陳男等3人: the persons a case names
  /// by surname and role (X姓船长, X男), as many as the count of the accused,
  /// are the defendants.
  case countedSurnamed = "case.party.counted-surnamed"
  /// 台東一名李姓男子酒駕…檢方提起公訴 / 蔡姓男子…判刑4年: the one person a case names
  /// by surname and role, in a case that tells a prosecution or sentence, is the
  /// defendant (李男 where the story writes the short form).
  case loneSurnamed = "case.party.lone-surnamed"

  /// 蒋某某、韦某等9名农民工… / 蒋某某等人向该院申请: 甲等人 recalls the list 甲
  /// opened before, so every name of that list is on 甲's side.
  case listRecalled = "case.party.list-recalled"

  /// 商家, 该公司, 被告单位 where a party's name stands: the one body the case
  /// named before (在某健身公司购买… 将商家告到法院 → 某健身公司).
  case coreference = "case.party.coreference"
  /// 周某将公司告上法庭 / 银行将该建筑公司…诉至法院: bare 公司 after 将 / 把,
  /// or 该 / 涉案 / 上述 + the core of a company + 公司 / 企业, where a party's
  /// name stands, is the one company the case named before whose core it is.
  case companyPointer = "case.party.company-pointer"

  /// 田某被某信息公司起诉 / 李某被邻居王某告上法庭 / 某公司被张某以违约为由诉至法院:
  /// in a passive suit clause the one after 被 sues the one before it.
  case suedPassive = "case.party.sued-passive"
  /// 李某多次讨要无果。今年3月诉至法院 / 高先生认为…，后诉至法院: a suit clause
  /// with no subject of its own continues the topic of its sentence (else of
  /// the sentence before): that party sues.
  case subjectCarried = "case.party.subject-carried"
  /// 李某和王某…。2人诉至法院 / 三人遂向法院起诉: a count standing as the suer
  /// recalls the nearest list of as many names told before.
  case countedSubject = "case.party.counted-subject"
  /// 法院判决刘某支付… / 判令某公司赔偿… / 仲裁委裁决某公司支付…: the one the court
  /// (or the award) orders to pay, return or perform is a defendant; in
  /// 判决甲向乙返还… / 判决，甲偿还乙借款 the one paid (乙) is the plaintiff.
  case courtOrders = "case.party.court-orders"
  /// 某物流公司作为原告 / 张某系本案被告 / 李某作为被申请人: a name list made the
  /// subject of a role word takes that role.
  case roleAsPredicate = "case.party.role-as-predicate"
  /// 犯罪嫌疑人李征琴依法… / 被告人王大伟因…: after a role word, a surname-led
  /// name of two or three characters that a clause word closes, named once.
  case namedOnce = "case.party.named-once"
  /// 犯罪嫌疑人李征琴… + 又被检察机关提起公诉 / 犯罪嫌疑人张某某 + 法院以…罪判处: a
  /// suspect of a case that tells its prosecution or trial is a defendant.
  case prosecutedSuspect = "case.party.prosecuted-suspect"
  /// 上 訴 人 臺灣高雄地方檢察署檢察官 / 上诉人（原公诉机关）某县人民检察院 /
  /// 抗诉机关某市人民检察院: a procuratorate that appeals or protests is the
  /// plaintiff side.
  case appellantProcuratorate = "case.party.appellant-procuratorate"
  /// 王某某为首要分子，李某、赵某为积极参加者 / 刘某、陈某系从犯 / 以张某为首的恶势力
  /// 犯罪集团: in a criminal case, the names a tier of the offence (首要分子,
  /// 积极参加者, 主犯, 从犯…) is said of, by a copula or 以…为首, are defendants.
  case tierRole = "case.party.tier-role"
  /// 对主犯雷某判处有期徒刑七年 / 对季某、蓝某分别判处… / 对被告人张某以诈骗罪判处…: in a
  /// criminal case, the names a court sentences after 对 are defendants.
  case sentencedAfterDui = "case.party.sentenced-after-dui"
  /// 对公交车上故意杀人的颜某志依法判处死刑 / 对醉酒后袭警的被告人蔡某判处…: after 对, what the
  /// accused did and 的, then the names (a role word may stand before them) the
  /// court sentences are defendants.
  case sentencedAfterModifier = "case.party.sentenced-after-modifier"
  /// 检察院以李某某等人涉嫌诈骗罪提起公诉 / 以李某等5名犯罪嫌疑人涉嫌诈骗罪移送审查起诉 /
  /// 法院以王某某犯猥亵儿童罪判处其…: the names after 以 that a charge (涉嫌 / 犯 …罪)
  /// follows, in the clause of a prosecution or sentence, are defendants.
  case chargedByYi = "case.party.charged-by-yi"
  /// 法院对张某、李某故意杀人一案作出二审宣判 / 对被告人王某某盗窃一案依法公开宣判: the
  /// names after 对 whose offence the tried 一案 is are defendants.
  case triedCaseOf = "case.party.tried-case-of"
  /// 王某某等十二人追索劳动报酬纠纷案 / 刘某某等8名农民工追索劳动报酬纠纷案: a
  /// dispute title with one side and a claim names the claimant.
  case titleClaimant = "case.party.title-claimant"
  /// 某建筑公司拖欠田某等10人工资 + 支持起诉 / 申请仲裁: the one owed, named right
  /// after 拖欠, is the one who claims.
  case owed = "case.party.owed"

  /// 张某某向某县公安局申请国家赔偿 / 分别向某县人民检察院和某县人民法院提出国家赔偿的请求 /
  /// 向赔偿义务机关某县人民法院申请国家赔偿: the bodies asked for state compensation
  /// owe it and are defendants; the one asking, opening the clause, the plaintiff.
  case compensationObligor = "case.party.compensation-obligor"
  /// 法院认定欧阳甲、莫某某、孙某某犯走私…罪 / 认定李某等人犯…罪: in a criminal case, the
  /// names a finding of guilt lists before 犯 are defendants.
  case foundGuilty = "case.party.found-guilty"

  /// A procuratorate that supports a suit (支持起诉) is not the plaintiff.
  case supportsNotSues = "case.party.guard.supports-not-sues"
  /// Sued at first instance (以X为被告), never the plaintiff on appeal:
  /// X上诉 does not make X the one who sues.
  case firstInstanceDefendant = "case.party.guard.first-instance-defendant"
  /// 不起诉 / 审查起诉 / 提起公诉 / 支持起诉: 起诉 that is no party's suit.
  case notASuit = "case.party.guard.not-a-suit"
  /// A court (or, when supported, a procuratorate) is no party: 法院向…申请,
  /// 法院支持检察院的意见.
  case courtDoesNotSue = "case.party.guard.court-does-not-sue"
  /// 支持起诉的某公司违法采矿…一案: the name opens a case title, it is not the
  /// supported party.
  case namesACase = "case.party.guard.names-a-case"
  /// 涉案医院, 该公司, 上述三人: a word that points back at a party is not
  /// another party.
  case anaphor = "case.party.guard.anaphor"
  /// A suspect the case says was never charged (作出不起诉决定, 未以…罪立案)
  /// and never tried is no defendant, though a title names him.
  case neverCharged = "case.party.guard.never-charged"
  /// 马某平、王某琴等12人国家司法救助案: the people an aid title names
  /// receive the aid; they are not defendants.
  case beneficiary = "case.party.guard.beneficiary"
  /// 金某的监护人: a name 的 follows owns the party, it is not the party.
  case possessor = "case.party.guard.possessor"
  /// 被告(被上诉人)：罗永刚: a name a role word puts on one side is not put on
  /// the other by a verb (罗永刚…申请仲裁 before the employer sued him).
  case roleStated = "case.party.guard.role-stated"
  /// 向检察院申请支持起诉 and no suit told after it (settled before): the
  /// applicant sued nobody.
  case supportOnlyApplied = "case.party.guard.support-only-applied"
  /// A title's party in a case told as an administrative penalty, or handed
  /// to the police, with no suit, prosecution or trial (…公司发布违法广告案 +
  /// 罚款; 刘某某非法处置危险废物案 + 移送公安机关): nobody sued it.
  case penalisedNotSued = "case.party.guard.penalised-not-sued"
  /// 江西某公司欠薪行政非诉执行检察监督案: the 诉 of 非诉 (non-litigation
  /// enforcement) is no 甲诉乙.
  case nonLitigation = "case.party.guard.non-litigation"
  /// 与被告沟通、…沟通: a word after a role that no surname opens and no title
  /// names is a verb, not a person.
  case noSurname = "case.party.guard.no-surname"
  /// 李某乙涉嫌非法经营罪…案 + 对李某乙作出不起诉决定, while 李某甲 was tried:
  /// the title's suspect the case says was not prosecuted is no defendant.
  case notProsecuted = "case.party.guard.not-prosecuted"
  /// 劳动者要求用人单位…, 申请人向法院申请强制执行: a noun for a kind of party
  /// (劳动者, 申请人, 雇主) is no party's name.
  case genericNoun = "case.party.guard.generic-noun"
  /// 移送某市人民检察院审查起诉 / 向某市人民检察院发函: a procuratorate the case is
  /// sent to, or the court writes to, has not prosecuted it by that.
  case receivesCase = "case.party.guard.receives-case"
  /// 她不服定罪向上诉法庭提出上诉 and no person named before: a pronoun that points
  /// at nobody the case names is no party.
  case unresolvedPronoun = "case.party.guard.unresolved-pronoun"
  /// 建筑公司将3位发包方告上法庭: a kind of company (trade word + 公司) with no
  /// name, no 某 and no region is no party's name.
  case unnamedCompany = "case.party.guard.unnamed-company"
  /// 行政机关仍不履行的，检察机关依法向人民法院提起诉讼: a suit told as what the law
  /// provides (its clause follows a condition closed by 的) is nobody's act in the case.
  case hypothetical = "case.party.guard.hypothetical"
  /// X向Y…，…起诉: 向 and the verb stand in different clauses, so X did not
  /// make that suit (检察院向法院提出再审检察建议，认为魏某起诉…).
  case otherClause = "case.party.guard.other-clause"
  /// 原告甲诉被告乙、第三人丙…案 / 第三人丙: a role of somebody who is no party
  /// (第三人, 被害人, 辩护人; 上诉人 outside a criminal case) names nobody's side.
  case noPartyRole = "case.party.guard.no-party-role"
  /// 某区人民检察院（原某县人民检察院）…提起公诉: the former name in brackets is not
  /// the one that acts; the current name before it is.
  case formerName = "case.party.guard.former-name"
  /// 记者从某市人民检察院获悉，由某县人民检察院提起公诉的…案: another procuratorate
  /// stands between this one and the suit it would make; that one sues.
  case nearerProsecutor = "case.party.guard.nearer-prosecutor"
  /// 张某某劳动争议案 / 某小区物业服务合同纠纷案: a dispute title with one side
  /// only names no defendant (its name, if any, is rather the claimant's).
  case disputeTitle = "case.party.guard.dispute-title"
  /// 林某某被猥亵案 / 张某被诈骗案: the name a title puts before 被 and a deed
  /// suffered is the victim's, not a defendant's (被控, 被诉, 被执行 excepted).
  case titleVictim = "case.party.guard.title-victim"
  /// 张某某被判无罪: the one acquitted was tried, but 被判 + 无罪 sentences nobody.
  case acquitted = "case.party.guard.acquitted"
}
