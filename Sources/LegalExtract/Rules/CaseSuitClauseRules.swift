/// Word tables of the suit-clause grammar (Stages/CasePartyFinder+SuitClauses.swift).
extension CasePartyFinder {
  /// Verbs of a suit a passive clause tells (乙被甲起诉 / 告上法庭 / 诉至法院).
  static let passiveSuitCues = KeywordSet(["起诉", "诉至", "诉到", "诉诸", "告上", "告到", "告至"])
  /// What after 被 makes no passive suit: a role (被告, 被申请人, 被执行人), a
  /// sentence (被判), a victim (被害人).
  static let notPassiveAfterBei = ["告", "判", "执行", "申请", "上诉", "害", "抗诉", "起诉", "诉"]
  /// What may stand between the one who sues and the verb in a passive clause
  /// (被甲以违约为由起诉, 被甲向法院起诉, 被甲一纸诉状告上法庭).
  static let passiveAgentFollowers: ScalarBitmap = [
    "以", "向", "于", "在", "一", "再", "又", "依", "诉", "告", "起", "提", "上", "也", "多",
  ]

  /// Verbs of a suit that may stand with no subject of their own (后诉至法院).
  static let subjectlessSuitCues = KeywordSet([
    "诉至", "诉到", "起诉", "提起诉讼", "提起民事诉讼", "提起行政诉讼", "申请劳动仲裁", "申请仲裁", "告上", "告到",
    "提出仲裁申请", "提出了仲裁申请", "提出劳动仲裁申请", "提出了劳动仲裁申请",
  ])
  /// Modals between the ones a court orders and the act (判决李某应偿还…).
  static let modalsBeforeActs = ["应当", "应", "须", "需"]
  /// Suit verbs that name the court they reach (诉至某法院): anything may follow.
  static let suitsReachingCourt: Set<String> = ["诉至", "诉到", "告上", "告到"]
  /// What follows a told suit verb in its clause (起诉至, 起诉要求, 申请仲裁称).
  static let suitContinuations = ["要求", "请求", "了", "至", "到", "称", "后", "时"]
  /// First characters of a clause that goes straight on to the suit verb.
  static let suitVerbOpeners: ScalarBitmap = ["向", "于", "将", "把", "诉", "起", "提", "申", "告"]
  /// Words that open a clause before its subject or verb (后, 随后, 今年, 无奈之下),
  /// longest first where one opens another.
  static let clauseOpeners = [
    "无奈之下", "一纸诉状", "于法定期限内", "在法定期限内", "随后", "此后", "之后", "后来", "于是", "为此", "因此",
    "今年", "去年", "前年", "同年", "次年", "当年", "当月", "次月", "同月", "当日", "次日", "近日", "日前", "近期",
    "再次", "依法", "多次", "最终", "只好", "只得", "后", "遂", "便", "即", "又", "也", "还", "并", "均", "故", "终",
  ]
  /// Units closing a date an opener may be (三月一七日, 2020年).
  static let dateUnits: ScalarBitmap = ["年", "月", "日", "号"]
  /// Ends of a temporal clause, which has no topic of its own (工程结束后).
  static let temporalClauseEnds = ["之后", "以后", "期间", "以来", "之际", "之时", "当天", "后", "时", "前"]
  /// Classifiers of a count of people (28位劳动者, 5名农民工).
  static let countedPersonClassifiers: ScalarBitmap = ["位", "名", "个", "人"]
  /// Openings of a clause with no subject of its own (要求对方赔偿, 无果).
  static let subjectlessOpenings = ["要求", "请求", "无果", "未果", "但", "却", "仍", "可", "然而", "并且", "而且"]
  /// Verbs closing a clause whose content the clauses after it tell (高先生认为，…).
  static let speechVerbs = ["认为", "表示", "主张", "诉称", "称", "说"]
  /// What breaks a sentence into clauses for its topic.
  static let clauseBreaks: ScalarBitmap = ["，", ",", "；", ";", "：", ":"]

  /// Words by which a court or an award orders a party (判决乙支付…).
  static let orderCues = KeywordSet(["判决", "判令", "裁决", "责令"])
  /// Words between the order and the ones ordered (判令被告…, 判决由…).
  static let orderFillers = ["被告人", "被告", "被申请人", "被执行人", "由"]
  /// What the ones ordered must do, right after their names.
  static let orderedActs = [
    "支付", "赔偿", "返还", "承担", "给付", "偿还", "退还", "履行", "继续履行", "连带", "共同", "向原告", "向申请人", "向其",
    "赔礼", "恢复", "停止", "拆除", "补缴", "补发", "归还", "交付",
    // 判决某二手车店向田某返还…: the one paid follows 向 (`courtOrders` reads it).
    "向",
  ]

  /// Acts that pay the one named right after them (判决黄某偿还喻某借款)…
  static let paidActs = ["偿还", "支付", "返还", "给付", "退还", "归还", "赔偿"]
  /// …when what is paid follows that name (借款, 工资款, 货款, 损失).
  static let paidThings = [
    "借款", "欠款", "货款", "工资", "工程款", "租金", "报酬", "赔偿款", "购车款", "本金", "损失", "经济损失", "医疗费",
    "劳务费", "加班费",
  ]

  /// Words of a predicate that may follow a topic's name directly (李业克多次找…).
  static let subjectFollowers = [
    "多次", "先后", "再次", "一直", "曾", "于", "因", "遂", "便", "又", "也", "随即", "认为", "表示", "称", "不服", "对",
  ]
  /// How far a name list read up to a predicate word may run.
  static let nameListReach = 40

  /// Words that make a role the predicate of the names before them (甲作为原告).
  static let roleLinkers = ["作为", "成为", "系", "是", "为"]
}

/// Word tables of the name shapes (Stages/CasePartyFinder+NameShapes.swift).
extension CasePartyFinder {
  /// Roles only a person holds, after which a full name told once is read
  /// (原告 / 被告 are followed by verbs as often: 原告与…, 被告解除…).
  static let personRoles = [
    "被告人", "犯罪嫌疑人", "原审被告人", "一审被告人", "申请执行人", "被执行人", "上诉人", "自诉人", "主犯", "从犯", "同案犯",
  ]
  /// Roles firms hold too, after which a full name told once is read only
  /// when the party's statement closes it (申请人顾玉静称, 原告张伟诉称).
  static let statingRoles = ["原告", "被告", "申请人", "被申请人"]
  /// The statement verbs that close such a name.
  static let statementVerbs = ["诉称", "辩称", "称", "认为", "主张"]
  /// Words that go on with a clause right after a full name (李征琴依法…, 王五因…).
  static let onceNameClosers = [
    "依法", "涉嫌", "辩称", "诉称", "认为", "不服", "提出", "作出", "多次", "先后", "伙同", "到案", "归案", "驾驶", "携带",
    "酒后", "利用", "明知", "因", "于", "被", "在", "犯", "等", "向", "将", "以", "对", "与", "和", "及", "称", "曾",
    "经",
  ]
  /// Words after a surname-like first character that make a title or a
  /// kind of party, not a given name (方律师, 原告方代理人).
  static let notGivenNames = ["律师", "法官", "检察官", "警官", "民警", "代理", "辩护", "记者", "公司", "单位", "方面"]
  /// Surname-led adverbs and kin words that can fill a suit verb's subject
  /// slot alone (曾多次向法院起诉, 马上向…申请, 家属向…): no full name told once
  /// (`case.party.slot-named-once`).
  static let slotNotNames = [
    "曾经", "曾多次", "曾于", "马上", "尚未", "尚且", "连续", "连日", "毕竟", "从此", "从而", "从未", "终究", "时隔", "家属",
    "家人", "父亲", "父母", "万般", "相继", "申请", "公开",
  ]
  /// Nouns for those who act for or beside a party (律师王某向法院申请…): the
  /// name after them fills no suer's slot when told once.
  static let slotNonPartyNouns = [
    "律师", "代理人", "法官", "证人", "调解员", "检察官", "书记员", "亲属", "家属", "记者", "民警",
  ]
  /// The suspect's role word (`case.party.prosecuted-suspect`)…
  static let suspectCues = KeywordSet(["犯罪嫌疑人"])
  /// …and the words that tell the case was prosecuted or tried.
  static let prosecutionWords = ["提起公诉", "公诉", "起诉书", "判处", "宣判", "审理", "被告人"]
  /// Spaces a judgment header puts between a role's characters.
  static let blanks: ScalarBitmap = [" ", "\u{3000}", "\t"]
  /// The most characters a spaced role is read over.
  static let spacedPhraseLength = 6
  /// Roles of appeal and protest a procuratorate may hold.
  static let appealRoleTrie: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for r in ["上诉人", "抗诉机关"] { trie.insert(r, value: true) }
    return trie
  }()
  static let appealRoleFirsts: [Unicode.Scalar] = ["上", "抗"]
}
