/// The cues that show an article tells a case (somebody takes part in it),
/// as opposed to statistics or commentary that only count cases. One of them
/// must hold, beside two words of procedure (CaseRules.caseEvidence), for
/// the whole article to read as one case (`case.split.single`). The reader
/// is Stages/CaseToldCues.swift.
enum CaseToldRule: String, NamedRule {
  /// Hashed by case tag, not by name (`NamedRule.caseTag`).
  func hash(into hasher: inout Hasher) { hasher.combine(caseTag) }

  /// A party word with a name, not a count: 被执行人邢某, 原告张三.
  case participant = "case.told.participant"
  /// An anonymised name: 金某, 王某某.
  case anonymisedName = "case.told.anonymised-name"
  /// A title in the lead that names a party: 欧阳明受贿一案, a heading
  /// 南京市人民政府诉某化工有限公司…案.
  case titleNamesParty = "case.told.title-names-party"
  /// A person named by surname and form of address: 倪先生, 陈女士, 張姓船長.
  case addressedPerson = "case.told.addressed-person"
  /// Names listed before a counted role: 彭发荣、李英等91名被告人.
  case namesBeforeCount = "case.told.names-before-count"
  /// One case counted as one: 偵破一宗…走私案, 这起赔偿纠纷案件.
  case oneCaseCounted = "case.told.one-case-counted"
  /// A named person sentenced: 戴某廷、陈某民各被判刑十六个月, also after
  /// the post that introduces the name (退休牧师朱耀明各被判刑).
  case sentencedPerson = "case.told.sentenced-person"
  /// A named person a sentence or penalty is passed on, the name after 对
  /// or 判处 and named again elsewhere (对刘某明数罪并罚，决定执行有期徒刑
  /// 20年 / 以诈骗罪判处王建国有期徒刑三年 / 对张大伟罚款500元).
  case sentenceOnPerson = "case.told.sentence-on-person"
  /// A person the text names again, opening a clause of a sentence that
  /// ends in a penalty or step taken on them (周某恒拒不履行，最终被公安机关
  /// 行政拘留 / 刘大军因殴打他人被行政拘留10日 / 张建华随后被检察机关批准逮捕).
  case personPenalised = "case.told.person-penalised"
  /// A list of named people opening a clause that passes judgment on them:
  /// 陆某、黄某杰、万某雪以及某体育公司受到不同程度的判罚.
  case namesJudged = "case.told.names-judged"
  /// People or a vessel taken in and handed on for investigation, as coast
  /// guard and police news tell one seizure: 将人船押回高雄侦办, 带回渔港侦办.
  case takenIn = "case.told.taken-in"
  /// An unnamed defendant's bail or remand, as court news tells one hearing:
  /// 拒绝被告保释申请，被告须继续还押.
  case defendantInCustody = "case.told.defendant-in-custody"
  /// A penalty decided on the party of one case, with its amount:
  /// 对当事人作出没收违法所得和罚款合计0.54万元的行政处罚.
  case penaltyOnParty = "case.told.penalty-on-party"
  /// A penalty decided on firms the text points at, not a class of them: a
  /// determiner or a count of one to three before the firm, a decision
  /// right after (对上述2家企业作出行政处罚决定, 对该公司处以罚款5万元,
  /// 对涉事药店作出警告并罚款的处罚).
  case penaltyOnBody = "case.told.penalty-on-body"
  /// The text speaks of one case as "this case" at a clause's head:
  /// 本案系…引发的仲裁司法审查案件, 该案经审理.
  case thisCase = "case.told.this-case"
  /// A person the text names under a pseudonym: 张成（化名）等农民工.
  case pseudonym = "case.told.pseudonym"
  /// An anonymised body that acts or is acted on, outside a case title:
  /// 近百名消费者投诉某健身房, 在山海关某机械厂打工.
  case anonymisedBody = "case.told.anonymised-body"
  /// One unnamed party counted as one and judged or charged in the same
  /// sentence, as government press releases and wire items tell one case
  /// (一名僱主因…被勞工處檢控，…被判監禁三個月 / 一家公司因…被检控).
  case onePartyJudged = "case.told.one-party-judged"
  /// A named party taking another to court (朱某将某局告上法庭, 甲公司将乙公司
  /// 诉至法院, 李某向法院起诉): the subject a name or a body, 将 or 向 after it.
  case suitBrought = "case.told.suit-brought"
  /// A conviction told as Hong Kong news tells it: 被裁定谋杀罪成, 裁定…罪名成立.
  case convicted = "case.told.convicted"
  /// A few defendants counted, as a story of one trial counts its accused:
  /// 两名被告早前分别判囚, 法院裁定5名被告均无羁押必要 (two to nine; a weak
  /// cue, no case against a round-up of counts).
  case countedDefendants = "case.told.counted-defendants"
}

/// Word tables of CaseToldRule.
enum CaseToldRules {
  /// Forms of address after a surname (倪先生, 陈女士).
  static let addressForms = ["先生", "女士", "小姐", "老汉", "老太", "大爷", "大妈", "阿姨", "师傅"]
  /// What a 某姓 form names (張姓船長, 賴姓男子, 林姓司机).
  static let surnamedNouns = [
    "男子", "女子", "男", "女", "船长", "司机", "老板", "商人", "店主", "车主", "妇人", "少年", "青年", "老人", "嫌犯",
    "被告", "员工", "工人", "职员", "律师", "医生", "教师", "村民", "居民", "官员", "警员", "负责人", "业主", "房东",
  ]
  /// Posts that introduce an official by name and form of address (副主任王某
  /// 先生, 新闻发言人李某女士, 副厅长罗某东先生): such a person speaks for a
  /// body and is no party; the name may hold up to `givenNameAfterPost`
  /// characters before the surname the address follows.
  static let officialPosts = [
    "主任", "局长", "厅长", "处长", "科长", "庭长", "院长", "检察长", "部长", "司长", "书记", "主席", "发言人", "负责人",
    "委员", "秘书长", "审判员", "检察官", "法官",
  ]
  static let givenNameAfterPost = 2
  /// Counts of one case (偵破一宗…案, 这起…纠纷): the count, and the nouns
  /// that close it within `oneCaseReach` characters without punctuation.
  /// Counted defendants (case.told.counted-defendants): the role after 名
  /// (被告 and 被告人 both start so), and the counts of two to nine.
  static let countedDefendantRole = "被告".scalarArray
  static let fewDefendantCounts: ScalarBitmap = [
    "2", "3", "4", "5", "6", "7", "8", "9", "两", "二", "三", "四", "五", "六", "七", "八", "九",
  ]
  static let oneCaseCounts = ["一宗", "一起", "这起", "该起", "此起", "这宗", "该宗"]
  static let oneCaseNouns = ["案", "纠纷", "官司"]
  static let oneCaseReach = 14
  /// Words between a sentenced person's name and 被判 (各被判, 分别被判).
  static let beforeSentence = ["分别", "各", "均"]
  /// Posts and descriptions that introduce a sentenced person's name
  /// (退休牧师朱耀明, 民主党前主席李永达): the name after them is closed.
  static let postsBeforeName = [
    "教授", "牧师", "主席", "议员", "领袖", "院长", "局长", "书记", "主任", "经理", "董事长", "厂长", "村长", "老板", "司机",
    "律师", "医生", "教师", "男子", "女子", "商人", "官员", "委员", "秘书", "代表", "会长", "校长", "队长", "站长",
  ]
  /// What leads a person a sentence is passed on (case.told.sentence-on-person),
  /// the lengths the name may have, and the sentences and penalties that
  /// must follow in the same sentence.
  static let sentenceLeads = ["判处", "对"]
  static let sentencedNameLengths = [3, 2]
  /// Words of two or more characters that open no name though a surname
  /// leads them (对单位判处罚金): CasePartyFinder.notNames without its
  /// one-character entries, which are surnames too (方某, 于某).
  static let wordsNotNames: [[Unicode.Scalar]] = CasePartyFinder.notNames.filter {
    $0.unicodeScalars.count >= 2
  }.map(\.scalarArray)
  static let sentenceTerms = [
    "有期徒刑", "无期徒刑", "拘役", "死刑", "管制", "罚金", "数罪并罚", "罚款", "拘留", "判处", "缓刑",
  ]
  /// What is done to a person after 被 (case.told.person-penalised), how
  /// far after 被 it stands, and how far back the person's clause may open.
  static let personOutcomes = [
    "拘留", "逮捕", "判处", "判刑", "罚款", "处罚", "起诉", "移送", "查处", "处分", "开除", "羁押", "追究",
  ]
  static let penalisedTermReach = 14
  static let penalisedClauseReach = 40
  /// Words of judgment passed on the people a clause opens with
  /// (case.told.names-judged), how far back the clause's start is looked
  /// for, and how long one listed name may be.
  static let judgedWords: [[Unicode.Scalar]] = [
    "判罚", "判处", "判决", "获刑", "宣判", "被判", "定罪", "受审", "服刑",
  ].map(\.scalarArray)
  static let judgedClauseReach = 80
  static let listedNameLength = 2...4
  /// Verbs that take people or a vessel in (押回, 带回), and the handing
  /// on for investigation that must follow within `takenInReach` characters.
  static let takeInVerbs = ["押回", "押返", "带回", "押解"]
  static let investigationWords = ["侦办", "送办", "侦查", "移送"]
  static let takenInReach = 16
  /// Bail and remand words, and how far before them the defendant stands
  /// (拒绝被告保释申请, 被告须继续还押).
  static let custodyWords = ["保释", "还押"]
  static let defendantWords = ["被告人", "被告"]
  static let custodyReach = 6
  /// 对当事人 and the decisions a penalty on it takes (作出, 处以, 给予, 罚款).
  static let penaltyTarget = "对当事人"
  static let penaltyVerbs = ["作出", "处以", "给予", "罚款", "没收", "责令"]
  /// A dated decision on the party without an amount: the decision verbs
  /// after the conduct (对当事人…的行为作出…的处罚), a penalty word after them.
  static let partyDecisionVerbs = ["作出", "给予", "处以"]
  /// A penalty on firms the text points at (case.told.penalty-on-body): the
  /// determiners that point (上述, 该, 涉事), the nouns the firm ends in, the
  /// decisions that follow it, how far the noun phrase reaches, and the
  /// largest count of firms that is still a particular matter (两家).
  static let pointingDeterminers = ["上述", "以上", "该", "涉事", "涉案", "这", "此"]
  static let penalisedBodyNouns = [
    "企业", "公司", "单位", "商户", "经营者", "门店", "药店", "药房", "医院", "诊所", "机构", "超市", "酒店", "餐馆",
    "餐厅", "工厂", "厂家", "网店", "店铺", "商家",
  ]
  static let bodyDecisionVerbs = ["作出", "处以", "给予", "予以", "罚款", "分别处以", "分别作出", "依法作出", "责令", "吊销"]
  static let penaltyWords = ["处罚", "罚款", "警告", "吊销", "没收"]
  static let penalisedPhraseReach = 14
  static let particularCountLimit = 3
  static let firmClassifiers: ScalarBitmap = ["家", "个", "所"]
  /// 本案, 该案, 此案 at a clause's head, and what follows it as a subject
  /// or a topic (本案系, 该案经, 此案中).
  static let thisCaseWords = ["本案", "该案", "此案"]
  /// A procedural step may follow as well (该案侦查终结, 此案一审宣判, 本案审理中).
  static let thisCaseFollowers: ScalarBitmap = [
    "系", "是", "经", "中", "于", "已", "由", "在", "的", "侦", "审", "移", "一", "二", "判", "现", "尚", "仍", "涉",
  ]

  /// Words that make a sentence a plan (下一步将…), and how far back the
  /// sentence's start is looked for.
  static let planWords = ["下一步", "下步", "今后", "将要"]
  static let sentenceEnds: ScalarBitmap = ["。", "！", "？", "\n", "；"]
  static let planReach = 120
  /// Notes that mark a pseudonym after a name: 张成（化名）.
  static let pseudonymNotes = ["(化名)", "（化名）"]

  /// Places of business an anonymised body may end in besides
  /// CaseRules.bodySuffixes (某健身房, 某水产部, 某工地).
  static let businessSuffixes = [
    "健身房", "药房", "诊所", "餐厅", "餐馆", "工地", "门店", "水产部", "培训机构", "美容院", "养殖场", "加工厂", "作坊",
  ]
  static let businessSuffixTrie: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for s in CaseRules.bodySuffixes + businessSuffixes { trie.insert(s, value: true) }
    return trie
  }()
  /// Characters after 某 that make it "some" (某些, 某种, 某个, 某一).
  static let notAnonymisingAfterMou: ScalarBitmap = [
    "些", "种", "个", "一", "项", "类", "方", "次", "段", "天", "日", "时", "处", "位", "家",
  ]
  /// How many characters may stand between 某 and the body's suffix.
  static let anonymisedBodyReach = 6

  /// Procedure words of Hong Kong, Taiwan and agency news (押回…侦办,
  /// 被控, 还押, 行政处罚): evidence of a case beside CaseRules.caseEvidence.
  static let newsProcedureWords = [
    "侦办", "送办", "押回", "押返", "登检", "被控", "保释", "还押", "提讯", "再讯", "控方", "辩方", "行政处罚", "违法所得",
    // Wage claims told without role words (讨薪, 追索劳动报酬).
    "讨薪", "劳动报酬",
    // An agency's penalty case told by its finding and its lenient decision
    // (经查，当事人…；决定对当事人不予处罚), as market-regulation releases do.
    "经查", "不予处罚", "从轻处罚", "减轻处罚",
    // Hong Kong prosecutions (被劳工处检控, 被定罪).
    "检控", "定罪",
    // Public-interest steps told without party words (启动行政公益诉讼程序,
    // 收到…的书面回复).
    "公益诉讼程序", "书面回复",
  ]

  /// case.told.one-party-judged: one of a kind (一名, 一家), how long the
  /// kind's noun phrase may be, what before the count makes it part of
  /// another (每一名, 其中一名 still tells one), and the judgments and
  /// charges that must follow in the same sentence.
  static let onePartyCounts: [[Unicode.Scalar]] = ["一名", "一家"].map(\.scalarArray)
  static let notOnePartyBefore: ScalarBitmap = ["每", "第", "另", "同", "任", "逐", "哪"]
  static let onePartyNounReach = 12
  static let judgedOrCharged: [[Unicode.Scalar]] = [
    "被判", "被检控", "被控", "被定罪", "被起诉", "被提起公诉", "被判处", "罪成", "被裁定",
  ].map(\.scalarArray)
  static let onePartySentenceReach = 120

  /// case.told.suit-brought: what must end the subject (甲将乙…, 甲向法院…).
  static let suitSubjectEnds: ScalarBitmap = ["将", "向"]
  /// case.told.convicted: the ruling, how far the charge may run, and the
  /// words that close a conviction (谋杀罪成, 罪名成立), not an acquittal.
  static let convictionLead = "裁定".scalarArray
  static let convictionReach = 14
  static let convictionCloses: [[Unicode.Scalar]] = ["罪成", "罪名成立"].map(\.scalarArray)

  /// Characters before 一起 that make it part of another count (每一起, 第一起
  /// is an ordinal of several).
  static let notOneCaseBefore: ScalarBitmap = ["每", "第", "另", "同"]
  /// Characters before 某 that make it no person's name: particles and
  /// verbs (在某, 诉某), and the last character of a place (杭州某公司,
  /// 某市某区).
  static let notBeforeMou: ScalarBitmap = [
    "有", "在", "是", "的", "于", "对", "与", "诉", "告", "州", "市", "县", "区", "省", "镇", "乡", "村", "港", "街",
  ]
  /// The last characters of a place before an anonymised body (江苏省某化工有限公司).
  /// (CasePartyFinder and CaseSplitter+Passing read them too.)
  static let placeEnds: ScalarBitmap = ["州", "市", "县", "区", "省", "镇", "乡", "村", "港", "街"]
}
