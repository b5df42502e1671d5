/// Character and word tables that bound party names; the engine that uses
/// them is Stages/CasePartyFinder*.swift.
extension CasePartyFinder {
  /// Characters that never end a given name (王某的, 王某在).
  static let functionCharacters = ScalarBitmap(FunctionCharacters.scalars(.partyName))
  /// Prepositions and clause words that follow a person's masked name (曾某向…,
  /// 曾某在…) and never go on with a masked body's name after 某.
  static let clauseWordsAfterMask: ScalarBitmap = [
    "向", "在", "对", "于", "将", "被", "与", "和", "及", "因", "以", "从", "由", "把", "诉", "称", "等", "的",
  ]

  /// Characters that end a name for certain.
  static let strongStops: ScalarBitmap = [
    ",", "，", "、", "。", "(", "（", ")", "）", ":", "：", ";", "；", "\n", " ", "“", "”", "\"",
  ]
  /// Marks that end a sentence: a name standing before one has ended.
  static let sentenceEnds: ScalarBitmap = ["。", "；", ";", "！", "？", "!", "?"]
  /// Particles after which a three-character masked name has ended (雷某军为达到…, 王某海在).
  static let maskedNameClosers: ScalarBitmap = ["为", "在", "被", "对", "从"]
  /// Modal and auxiliary verbs that open the predicate after a masked name
  /// (被执行人黄某应向…, 王某须在…, 李某需支付, 张某要向…, 刘某拒不…, 陈某亦…):
  /// never a masked name's third character. The particles of
  /// `functionCharacters` (已, 于, 向, 将, 系, 在, 等) bound it already.
  static let modalsAfterMask: ScalarBitmap = ["应", "须", "需", "要", "拒", "未", "亦", "必", "务"]
  /// Copulas between a role word and its names (此案原告为甲, 被告是乙).
  static let roleCopulas: ScalarBitmap = ["为", "是"]
  /// Marks that stay inside a clause read across a list (、, brackets).
  static let listMarks: ScalarBitmap = ["、", "(", ")", "（", "）"]
  /// Words that may follow a name directly (与, 犯, 诉称, 辩称).
  static let nameFollowers: ScalarBitmap = [
    "与", "和", "及", "等", "犯", "诉", "辩", "系", "因", "于", "将", "以", "向",
  ]
  /// Particles that close a three-character name standing before them
  /// elsewhere in the article (王某海在庭上).
  static let closingParticles: Set<Unicode.Scalar> = [
    "在", "的", "被", "因", "于", "与", "和", "等", "犯", "称",
  ]
  /// Numeral characters that are surnames as well (万某, 陆某甲, 伍某某): a name
  /// may open with one where a count may not (两公司, 三被告).
  static let numeralSurnames: ScalarBitmap = ["万", "陆", "伍"]
  /// Starts that are words, not names.
  static let notNames = [
    "诉称", "辩称", "单位", "该", "其", "上述", "相关", "一方", "双方", "人民", "机关", "法院", "公司", "不服", "认为",
    "提出", "主张", "未", "均", "对", "向", "就", "所", "称", "方面", "方式", "方法", "方案", "方可", "方能", "方才",
    "方便", "方向", "的", "在", "人", "一审", "二审", "再审", "要求",
    "请求", "同意", "随后", "后", "经", "并", "遂", "于", "当", "此", "本", "今", "去年", "同年", "次日", "近日",
    "检察", "部门", "公安", "买受", "出卖", "应", "被告", "原告", "获刑", "费用", "控制", "开发", "单位", "指控", "预谋", "分别",
    "均", "各", "表示",
    // 责令项目停止建设: a project, not a person surnamed 项.
    "项目",
  ]

  /// Characters a company or body name does not hold: the verbs and
  /// particles that glue a name to the clause around it (因与被告…, 拟注册成立…).
  static let notInBodyNames: ScalarBitmap = [
    "因", "与", "被", "以", "将", "在", "对", "向", "要", "判", "令", "拟", "后", "的", "了", "是", "等", "或",
    "为", "于", "把", "让", "使", "请", "认", "称", "其", "该", "应", "已", "并", "经", "由",
  ]

  /// Last characters of things, not people (交通费, 赔偿金, 所有权, 判决书).
  static let thingEndings: ScalarBitmap = [
    "费", "款", "金", "权", "书", "案", "罪", "额", "证", "据", "单", "表", "物", "品", "车", "房", "地", "期",
    "法", "部", "局", "院", "厅", "所", "处", "科", "庭", "会", "组", "队", "协", "议", "同", "率", "量",
  ]
}

/// Verb and word tables of the party rules in CasePartyRule.
extension CasePartyFinder {
  /// Acts whose subject (X向…VERB) is a plaintiff: it applies or sues.
  static let applyOrSueVerbs = [
    "申请劳动仲裁", "申请仲裁", "提起仲裁",
    // 向仲裁委提出仲裁申请 / 提出了劳动仲裁申请 (`case.party.arbitration-applied`).
    "提出仲裁申请", "提出了仲裁申请", "提出劳动仲裁申请", "提出了劳动仲裁申请", "提出劳动争议仲裁申请", "提请仲裁",
    "提请劳动仲裁",
    "提起行政诉讼", "提起民事诉讼", "提起诉讼", "申请强制执行", "申请执行",
    "申请支持起诉", "提出支持起诉申请", "起诉",
    // 提起 + a qualifier + 诉讼 (提起土地资源行政公益诉讼), read by `suitPhraseEnd`.
    "提起",
  ]
  /// Characters before 起诉 that make it no party's suit: 支持起诉, 不起诉, 审查起诉,
  /// 提起公诉, 公诉, 的起诉, and 移送起诉 (the police hand a case to the procuratorate).
  static let notASuitBefore: ScalarBitmap = ["持", "不", "查", "提", "公", "的", "送"]
  /// Applications for the procuratorate's support: no suit of the applicant's by themselves.
  static let supportApplications: Set<String> = ["申请支持起诉", "提出支持起诉申请"]
  /// Words between a suer and 起诉 (A公司也起诉, 两次起诉, 再次起诉).
  static let suerAdverbs = ["两次", "多次", "再次", "又", "也", "还", "遂", "即", "便", "随即"]

  /// Words that ask for something from the parties named after them.
  static let claimOpenings = ["请求裁决", "请求判令", "请求判决", "请求责令", "要求"]
  /// What the named parties are asked to do (…支付, …连带赔偿, …向其支付).
  static let claimVerbs = [
    "支付", "赔偿", "返还", "承担", "给付", "连带", "共同", "向其", "继续", "履行", "退还", "停止", "恢复", "赔礼", "对",
    "依法", "补缴", "补足", "偿还",
    // 要求唐某某、刘某某在承担刑事责任的同时…: a time or condition, then the duty.
    "在",
  ]
  /// Counts and plural marks between a name list and its role word (三位原告, 两名被告人, 等).
  static let listCountTails: ScalarBitmap = ["位", "名", "个", "等"]
  /// Units a count of parties takes before a role word besides those (等5家被告单位).
  /// Phrases by which a procuratorate sues (提起公诉, 起诉至…).
  static let prosecutionPhrases = [
    "提起公诉", "提起诉讼", "提起公益诉讼", "提起行政公益诉讼", "提起民事公益诉讼", "向法院起诉", "起诉至",
  ]
  /// Words that tell a Hong Kong criminal charge or conviction (被控, 罪成, 判囚).
  static let hongKongChargeWords = ["被控", "罪成", "罪名成立", "定罪", "控罪", "判囚", "检控"]
  /// Hong Kong bodies that prosecute in their own name (律政司; 廉政公署 and
  /// 劳工处 when the verb follows them).
  static let hongKongProsecutingBodies: Set<String> = ["律政司", "廉政公署", "劳工处"]
  /// The verbs of a Hong Kong prosecution right after its body (廉政公署起诉).
  static let hongKongProsecutionVerbs = ["起诉", "检控", "提出检控", "落案起诉"]
  /// Words that tell the prosecuting side declined to prosecute (不检控).
  static let declinedProsecutionWords = ["不检控", "不予检控", "不提出检控", "不起诉", "不予起诉"]
  /// What joins the names of a list before an inline 诉 (王某、周某诉…).
  static let inlineListMarks: ScalarBitmap = ["、", "和"]
  static let roleCountUnits: ScalarBitmap = ["家", "户"]
  /// What a list of parties counted before their role opens after: a
  /// preposition or copula (对, 将, 的是), or the 、 closing another role's list.
  static let listOpeners = ScalarBitmap(
    FunctionCharacters.scalars(.partyName).subtracting(["某", "等"]).union(["、"]))
  /// Phrases that mark a defaulter (纳入失信被执行人名单).
  static let defaulterPhrases = ["纳入失信被执行人", "列为失信被执行人", "列入失信被执行人"]
  /// Posts that make a body somebody's employer, not an actor in the case
  /// (江西省高级人民法院原副院长, …院长的职务便利).
  static let postWords = [
    "原院长", "原副院长", "院长", "副院长", "原庭长", "庭长", "审判员", "原检察长", "检察长", "副检察长", "党组书记",
    "原局长", "局长", "厅长", "原厅长", "主任", "工作人员",
  ]
  /// Particles that never end a name, even before a list's 、 (王某等、).
  static let particles: ScalarBitmap = [
    "的", "在", "向", "和", "与", "及", "对", "将", "被", "于", "为", "是", "从", "等", "以", "已", "了", "某",
  ]
  /// Words a name opening with 小/老/阿 must not be (小区, 老板).
  static let familiarWords = [
    "小区", "小组", "小时", "小孩", "小学", "小额", "小型", "小微", "小店", "小吃", "老人", "老板", "老师", "老家", "老年", "老旧",
    "老赖",
    "老区", "阿姨",
  ]
  /// Nouns for a kind of party, not a party's name (劳动者, 申请人).
  static let genericPartyNouns: Set<String> = [
    "劳动者", "消费者", "经营者", "当事人", "申请人", "被申请人", "原告", "被告", "行为人", "被害人", "受害人", "债权人",
    "债务人", "农民工", "投保人", "保险人", "出借人", "借款人", "承包人", "发包人", "出租人", "承租人", "雇主", "员工", "职工", "包工头",
    "老板", "发包方", "承包方", "分包方", "用工方", "甲方", "乙方", "买方", "卖方", "担保人", "保证人",
  ]
  /// Words for a unit that close a masked body (某单位, 某村五组, 某社区).
  static let placeholderUnits = ["单位", "组", "村委会", "村民委员会", "社区", "居委会"]
  /// Familiar prefixes of a name (小胡, 老金, 阿明).
  static let familiarPrefixes: ScalarBitmap = ["小", "老", "阿"]
  /// Prepositions that may open an inline title's clause (在某局申请执行…一案).
  static let titleOpeningPrepositions: ScalarBitmap = ["在", "对", "因", "经", "由"]
  /// What joins the accused a criminal title lists (甲、乙和丙盗窃案).
  static let titleAccusedJoiners: ScalarBitmap = ["、", "和", "及"]
  /// Words joining a title's list of defendants (谭伟豪、冯浩贤及律政司司长).
  static let titleListJoiners: ScalarBitmap = ["、", "及", "和", "与"]
  /// Openings of a list item that counts the rest (另二人, 等人).
  static let countedRestOpenings: ScalarBitmap = ["另", "等"]
  /// Offices named as a party (律政司司长, 某局局长).
  static let officeHolderEndings = ["司长", "局长", "部长", "署长", "处长", "厅长", "主任", "专员", "行政长官"]
  /// Last characters of an office held before a name in a title (原副省长欧阳明, 原市长黄兴国, 原书记).
  static let officeEndings: ScalarBitmap = ["长", "记", "任", "席", "员", "理", "官", "部"]
  /// Openings of words that point back at a party (涉案医院, 该公司, 上述单位).
  static let anaphorOpenings = ["涉案", "涉事", "该", "上述", "此", "本案", "其"]
  /// A case that says its suspect was not charged…
  static let noChargePhrases = ["不起诉", "未立案", "不予立案", "未予立案", "撤销案件"]
  /// …unless it was tried or prosecuted after all.
  static let trialPhrases = ["判处", "判决", "宣判", "提起公诉", "撤回起诉", "审理"]
  /// Words before a trial phrase that deny it (不需要判处刑罚).
  static let negations = ["不需要", "不需", "无需", "免予", "不予", "不"]
  /// Words of a title that grants aid to the people it names (司法救助案).
  static let aidWords = ["救助", "救济", "抚恤"]
  /// Tails of a title's party list that count the rest (鲁建平等353人诉…).
  static let countedRestUnits: ScalarBitmap = ["人", "名", "户", "家"]

  /// Verbs that take the one after 将 / 把 to court (将金某告上法庭).
  static let takeToCourtVerbs = ["告上", "告到", "告至", "起诉到"]
  /// Words between the one who sues and 将 (老金一纸诉状将…, 张某遂将…).
  static let suitAdverbials = ["一纸诉状", "随即", "再次", "于是", "遂", "便", "又", "也"]
  /// Adverbs between the ones taken to court and the verb (一并告上法庭).
  static let jointAdverbs = ["一并", "一起", "一同", "共同"]
  /// Words of withdrawing a suit, said by the one who brought it.
  static let withdrawVerbs = ["提出撤诉", "申请撤诉", "撤回起诉", "撤回诉讼", "撤诉"]
  /// Words that tell a suit was filed or tried after support was asked for.
  static let filedSuitWords = [
    "支持起诉意见书", "提起诉讼", "提起民事诉讼", "向法院起诉", "向人民法院起诉", "诉至", "开庭", "判决", "庭审", "立案受理",
  ]
  /// Words that tell an administrative penalty…
  static let penaltyCaseWords = ["罚款", "行政处罚", "处罚决定", "移送公安机关"]
  /// How far after a body a list of issuers may run before its 《 (最高人民法院、最高人民检察院《…》).
  static let issuerListReach = 12
  /// …and words that tell a suit, prosecution or trial (a penalised party sued after all).
  static let suitOrTrialWords = ["起诉", "诉讼", "公诉", "判决", "判处", "法院", "裁定", "仲裁", "复议"]
  /// Words after a body name that close a case title (宁夏某公司合同纠纷一案).
  static let disputeWords = ["纠纷", "争议", "一案"]
  /// Suffixes of organs whose acts a court reviews (区住建局, 源潭镇政府).
  static let organSuffixes = ["局", "政府", "委员会", "办事处", "街道办", "管理处", "中心"]

  /// What a coreferring noun may point back at.
  enum Referent { case company, body, procuratorate }
  /// Nouns that stand for a party named before them (商家 for 某健身公司).
  static let coreferringNouns: [String: Referent] = [
    "商家": .company, "店家": .company, "卖家": .company, "经营者": .company, "该公司": .company,
    "涉案公司": .company, "其公司": .company, "用人单位": .company, "该单位": .body, "被告单位": .body,
    "大队": .body, "该大队": .body, "检察机关": .procuratorate,
  ]
  /// `case.party.sibling-pseudonym`: the series of marks that mask people
  /// sharing a surname (唐一、唐二; 欧阳甲、欧阳乙; 张某甲 is the 某 form).
  static let pseudonymSeries: [[Unicode.Scalar]] = [
    ["甲", "乙", "丙", "丁", "戊"], ["一", "二", "三", "四", "五"],
  ]
  static let pseudonymMarks: ScalarBitmap = ["甲", "乙", "丙", "丁", "戊", "一", "二", "三", "四", "五"]
  /// Surnames whose marks make common words (周一 a weekday, 高一 a school year).
  static let pseudonymSurnameExclusions: ScalarBitmap = ["周", "高", "初", "单", "万", "第"]
  /// `case.party.company-pointer`: words that point back at the one company
  /// the case named, read where a party's name stands: bare 公司 after 将 / 把
  /// (周某将公司告上法庭), or an anaphor opening + the company's core + a firm
  /// word (该建筑公司 for 宁国某建筑有限公司, 涉案物流企业). The core must be
  /// the named company's (its characters in order), else nothing is resolved.
  static let companyPointerOpenings = ["该", "涉案", "涉事", "上述"]
  static let companyPointerSuffixes = ["公司", "企业"]
  /// How many characters a pointer's core may have (该建筑工程公司).
  static let companyPointerCoreReach = 6
  /// Pointers at a body that may open an applicant's sentence (大队…申请人民法院强制执行).
  static let bodyPointers = ["该大队", "大队", "该单位"]

  /// Applications for arbitration (`case.party.arbitration-then-suit`).
  static let arbitrationVerbs: Set<String> = [
    "申请劳动仲裁", "申请仲裁", "提起仲裁", "提出仲裁申请", "提出了仲裁申请", "提出劳动仲裁申请", "提出了劳动仲裁申请",
    "提出劳动争议仲裁申请", "提请仲裁", "提请劳动仲裁",
  ]
  /// Connectives that open a clause before its subject (后王某向…).
  static let clauseConnectives = ["随后", "此后", "之后", "后来", "于是", "为此", "后", "遂"]
  /// Pronouns that stand for a person party (`case.party.pronoun`).
  static let personalPronouns: ScalarBitmap = ["他", "她"]
  /// Titles of the officials of a case: a name after one is no party's.
  static let officialTitles = [
    "法官", "审判长", "审判员", "陪审员", "检察官", "检察长", "院长", "庭长", "书记员", "记者", "律师", "警官", "民警", "干警",
    "仲裁员", "通讯员",
  ]
  /// Characters after 他 / 她 that make another word (他们, 他人, 她的, 他乡).
  static let notAPronounAfter: ScalarBitmap = [
    "们", "人", "的", "俩", "方", "处", "乡", "国", "日", "年",
  ]
  /// A court deciding claims (`case.party.claims-decided`): 驳回 / 支持 + name + 的 + claims.
  static let decideVerbs = ["驳回", "支持"]
  static let claimQualifiers = ["全部", "部分", "其他", "其余", "大部分"]
  static let claimWords = ["诉讼请求", "诉请", "起诉", "仲裁请求"]
  /// Owing, for `case.party.owes`.
  static let owingWords = ["拖欠", "欠付", "拒付", "克扣"]
  /// Adverbs between a debtor and 拖欠 (却一直拖欠).
  static let owingAdverbs = ["一直", "长期", "仍然", "却", "仍", "还", "均", "累计", "共"]
  /// What is owed, within a few characters after 拖欠.
  static let owedThings = ["工资", "报酬", "劳务费", "工程款", "货款", "薪", "租金", "款项"]
  /// Words that give a debtor its side in the case.
  static let debtorSideWords = [
    "被申请人", "被执行人", "被告", "申请人民法院强制执行", "申请法院强制执行", "申请强制执行",
  ]
  /// A filed support suit (提起支持起诉, 支持起诉意见书): it gives the debtor its
  /// side only where the one owed is named (拖欠田某等10人工资), not for 32名农民工
  /// who settled.
  static let supportSuitWords = ["提起支持起诉", "支持起诉意见书", "支持起诉书"]
  /// Title words between a co-debtor's joiner and the debtor (以及包工头肖某).
  static let debtorTitles = ["劳务班组长", "班组长", "包工头", "实际控制人", "法定代表人", "负责人", "承包人", "老板"]
  /// Joiners of two debtors (某公司以及包工头肖某, 某公司和王某).
  static let debtorJoiners = ["以及", "及其", "及", "和", "与", "、"]
  /// Words by which the one owed claims in the case.
  static let owedClaimWords = [
    "提起支持起诉", "支持起诉意见书", "支持起诉书", "申请仲裁", "劳动仲裁", "提起诉讼", "向法院起诉", "诉至法院",
  ]
  /// Words a debtor's name may follow (投诉某公司拖欠, 老板杨某某).
  static let debtorOpeners = [
    "投诉", "举报", "反映", "老板", "雇主", "包工头", "发现", "因", "系", "班组长", "负责人", "承包人", "实际控制人",
  ]
  /// Applications to a court named without 向 (遂申请人民法院强制执行).
  static let applyToCourtPhrases = ["申请人民法院强制执行", "申请法院强制执行", "申请人民法院执行", "申请法院执行"]
  /// A sentence told in the passive after the one sentenced (黎强被判处…).
  /// 获刑 says the same actively (最终叶某龙获刑10年6个月, 原总裁沈颢获刑4年).
  static let passiveSentences = ["被判处", "被判", "被定罪", "获刑"]
  /// How long a charge between the sentenced and 被 may be (以开设赌场罪、赌博罪).
  static let chargeReach = 24
  /// A unit's posts, after which a person's name opens (法人代表蒋某辉, 实际控制人王某).
  static let unitPosts = ["法人代表", "法定代表人", "实际控制人", "负责人", "董事长", "总经理", "经理", "老板", "股东"]
  /// Descriptors before a party's name at a clause's opening (消费者郭某将…告上法庭).
  static let personDescriptors = [
    "消费者", "劳动者", "农民工", "村民", "市民", "居民", "业主", "员工", "职工", "男子", "女子", "患者", "乘客", "租户",
    "房东", "网友", "储户", "投资人", "买家", "卖家", "司机", "店主", "老人",
  ]
  /// Characters after which a name may open (“黑老大”黎强, 、王某).
  static let nameOpeners: ScalarBitmap = ["、", "”", "\"", ",", "。", ";", ":", "\n"]

  /// How far a charged list (甲、乙、丙犯…) may run after its role word.
  static let chargedListReach = 40
  /// Verbs a court sentences with, after 被 and the court (被法院判处).
  static let courtSentenceVerbs = ["判处", "判决"]
  /// How long a court's name before 判处 may be when no stage read it (被某县人民法院判处).
  static let courtNameReach = 16
  /// How long a reason between the one sentenced and 被 may be (因犯…罪).
  static let reasonReach = 30

  /// `case.party.employer`: a word before the employer, and the words one
  /// of which must follow it within `employmentReach` (none: the opening is enough).
  static let employmentOpenings: [(opening: String, closers: [String])] = [
    ("入职", []),
    ("受雇于", []),
    ("为", ["提供劳务", "务工", "打工", "工作", "做工"]),
    ("在", ["务工", "打工", "工作", "做工", "上班"]),
    ("与", ["签订", "订立"]),
    // 刘某系某外贸公司女员工: the claimant is the company's staff.
    ("系", ["员工", "职工", "工作人员"]),
  ]
  static let employmentReach = 12
  /// Words of a claim for pay.
  static let payWords = ["工资", "劳动报酬", "薪", "劳务费", "加班费"]
  /// Words of a labour dispute that make the employer the other side whatever is
  /// claimed (经济补偿金, 赔偿金, 竞业限制补偿: `case.party.employer` in arbitration).
  static let labourDisputeWords = ["劳动仲裁", "仲裁委", "劳动争议", "劳动人事争议", "解除劳动合同"]
  /// Suffixes of an employing company.
  /// 系某超市员工: an employer named by the kind of business.
  static let companyEndings = ["公司", "厂", "店", "工作室", "合作社", "超市"]

  /// `case.party.counted-surnamed`: the mark of a surname form (張姓船長)…
  static let surnameMarkCue = KeywordSet(["姓"])
  /// …the short forms that name the same person (陳男, 蔡女)…
  static let sexMarks = ["男", "女"]
  /// …unless another word goes on (陳男子 is the long form, 蔡女士 an address)…
  static let notAfterSexMark: ScalarBitmap = ["子", "士", "性", "友", "生", "童", "孩"]
  /// …and the counts of the accused: 等5人, 5名被告.
  static let accusedCountCues = KeywordSet(["等", "名被告"])
  static let countedPersonUnits: ScalarBitmap = ["人", "名"]

  /// Words right before a procuratorate the case goes to (`case.party.guard.receives-case`).
  static let receivingWords = ["移送", "移交", "报送", "提请", "向"]

  /// Trades that with 公司 name a kind of company, not one (建筑公司, 保险公司).
  static let tradeWords: Set<String> = [
    "建筑", "装修", "装饰", "物流", "运输", "保险", "房地产", "地产", "贸易", "餐饮", "劳务", "建设", "工程", "物业",
    "快递", "网络", "科技", "担保", "投资", "置业", "开发", "施工", "中介", "租赁", "劳务派遣", "外卖", "电商",
  ]

  /// Words between a list's 及 / 和 and its next name (及其关联Q公司, 和其子李某某,
  /// 及其妻子王某): a relation, not a name. Longest first.
  static let listFillers = [
    "其关联", "其妻子", "其丈夫", "其儿子", "其女儿", "其弟弟", "其哥哥", "其妹妹", "其姐姐", "其父亲", "其母亲",
    "其侄子", "其外甥", "其女婿", "其同学", "其朋友", "其同乡", "其子", "其女", "其妻", "其夫", "其弟", "其兄",
    "其妹", "其姐", "其父", "其母", "其", "关联",
  ]

  /// A title with these words and one side only names a civil dispute
  /// (…追索劳动报酬纠纷案, …劳动争议案): no defendant stands in it.
  static let disputeTitleWords = ["纠纷", "争议"]
  /// Claims in such a title: the name opening it is the one who claims.
  static let claimTitleWords = ["追索", "讨要", "索要", "请求", "主张"]

  /// `case.party.sentenced-after-dui`: the verb a court sentences by, and how
  /// far back its 对 may stand.
  static let duiSentenceCues = KeywordSet(["判处"])
  static let duiListReach = 40

  /// What closes a later item of a role's name list (甲、乙等人, 甲和乙, 甲犯…).
  static let listItemClosers: ScalarBitmap = ["、", "等", "和", "及", "犯"]

  /// `case.party.tier-role`: the tiers a criminal judgment gives its
  /// defendants (…系主犯, …为积极参加者), and the copulas before them.
  static let tierWords = [
    "首要分子", "积极参加者", "一般参加者", "骨干成员", "主犯", "从犯", "积极参加人员", "一般参加人员",
  ]
  static let tierCopulas = ["均系", "均为", "均是", "系", "为", "是"]
  /// What follows the names in 王某在共同犯罪中起主要作用 / 李某、赵某起次要作用.
  static let tierClauseVerbs: ScalarBitmap = ["在", "起", "均"]
  /// 以张某为首(要分子)…: the head of a group named by 以…为首.
  static let tierHeadCue = KeywordSet(["为首"])
  static let tierCues = KeywordSet(tierWords)
  /// How far back from 为首 its 以 may stand.
  static let tierHeadReach = 30

  /// Words between a list of the sentenced and 被判 (各被判, 均被判处, 分别被判).
  static let distributives = ["分别", "各", "均"]
  /// Adverbs of a sentence between the one sentenced and 判处 (依法判处, 从重判处).
  static let sentenceAdverbs = ["依法从重", "依法", "从重", "从轻"]
  /// How long one item of such a list (a description and a name) may be.
  static let listItemReach = 24

  /// How far a list a later 甲等人 recalls may run.
  static let recalledListReach = 60

  /// The tables above as cue sets, read by `forEachCue`.
  static let employmentCues = KeywordSet(employmentOpenings.map(\.opening))
  static let courtSentenceCues = KeywordSet(courtSentenceVerbs)
  static let passiveSentenceCues = KeywordSet(passiveSentences)
  static let applyToCourtCues = KeywordSet(applyToCourtPhrases)
  static let owesCues = KeywordSet(owingWords)
  static let decideCues = KeywordSet(decideVerbs)
  static let takeToCourtCues = KeywordSet(takeToCourtVerbs)
  static let withdrawCues = KeywordSet(withdrawVerbs)
  static let applyOrSueCues = KeywordSet(applyOrSueVerbs)
  static let claimCues = KeywordSet(claimOpenings)
  static let defaulterCues = KeywordSet(defaulterPhrases)
  static let suitCue = KeywordSet(["起诉"])
  static let supportCue = KeywordSet(["支持"])
  static let partyVerbCues = KeywordSet(CaseRules.partyVerbs.map(\.verb))
  static let penaltyCues = KeywordSet(CaseRules.penaltyWords)

  /// Company-like suffixes a short name keeps (某环保协会 for 某市某环保志愿者协会).
  static let shortNameSuffixes = ["公司", "协会", "集团", "合作社", "中心"]
  /// How the name of a firm that sues ends (某物流公司, 某农业合作社, 某便利店).
  static let firmSuffixes = ["公司", "集团", "合作社", "厂", "店", "银行", "支行", "分行", "超市", "酒店", "医院"]

  /// `maskedEstablishment`: words for a shop or small firm that end a party's
  /// name only where the name is masked with 某 (某便利店, 某二手车店, 禹州市某加油站)
  /// or the article writes the short form masked elsewhere (便利店 for 某便利店).
  /// Unmasked they are common nouns (店铺, 加油站), so they are no body suffixes.
  static let establishmentSuffixes = [
    "店", "门店", "加油站", "诊所", "药房", "餐馆", "餐厅", "车行", "作坊", "养殖场", "健身房", "美容院", "门诊部",
  ]
  static let establishmentTrie: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for s in establishmentSuffixes { trie.insert(s, value: true) }
    return trie
  }()
  /// How long a masked establishment's name may be (禹州市某加油站, 某二手车店).
  static let establishmentReach = 12
  /// Suffixes a short name the article also writes masked may end in (信息公司, 食品店).
  static let maskedShortSuffixes = shortNameSuffixes + establishmentSuffixes

  /// `case.party.charged-by-yi`: the acts that charge or sentence the names
  /// after 以 (提起公诉, 移送审查起诉, 判处)…
  static let yiChargeCues = KeywordSet(["提起公诉", "审查起诉", "判处"])
  /// …and the kinds of the accused a count names (等5名犯罪嫌疑人, 等3名被告人).
  static let accusedKinds = ["犯罪嫌疑人", "被告人", "嫌疑人"]
  /// `case.party.guard.title-victim`: after 被 in a title, the words that
  /// still make the name before it the accused (被控受贿案, 被诉, 被执行人).
  static let accusedAfterBei = ["控", "诉", "判", "指控", "告", "执行", "申请", "起诉", "公诉", "查", "抓"]
  /// `case.party.tried-case-of`: the case word after the offence…
  static let caseOfCues = KeywordSet(["一案"])
  /// …the offences that open after the accused (the case splitter's openings and
  /// the charges that open with another word: 合同诈骗, 职务侵占, 拐卖儿童…)…
  static let triedOffenceOpenings: [String] =
    CaseSegmentRules.offenceOpenings + [
      "合同诈骗", "集资诈骗", "信用卡诈骗", "保险诈骗", "贷款诈骗", "票据诈骗", "职务侵占", "侵占", "过失", "强制猥亵",
      "虚开", "容留", "窝藏", "包庇", "生产", "销售", "拐卖", "收买", "绑架", "骗取", "逃税", "假冒", "传播", "制作",
      "引诱", "介绍", "重婚", "失火", "串通投标", "虚假诉讼", "利用影响力受贿", "单位行贿", "非国家工作人员受贿",
      "重大责任事故", "冒充", "持有", "诬告", "伪证",
    ]
  /// …and the court's acts on it, within `trialActReach` after (作出二审宣判, 依法公开宣判).
  static let trialActs = ["宣判", "判决", "审理", "开庭", "裁定", "作出"]
  static let trialActReach = 10
  /// `case.party.lone-surnamed`: words that tell a prosecution or sentence…
  static let loneTrialWords = ["判刑", "判处", "起诉", "公诉", "判决", "判囚", "徒刑"]
  /// …and the words that make the surnamed person the one who suffered.
  static let victimWords = ["被害人", "受害人", "被害", "害人"]
  static let sufferingWords = ["遭", "被骗", "被害", "受骗", "受伤", "死亡", "身亡"]
}
