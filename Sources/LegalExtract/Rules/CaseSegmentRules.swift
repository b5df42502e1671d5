/// Word tables for the case-structure cues (CaseSplitRule); the readers
/// that use them are Stages/CaseSplitter*.swift.
enum CaseSegmentRules {
  /// Headings that open a case's section template (基本案情 / 简要案情 / 案情简介);
  /// the other headings of a template (仲裁请求, 处理结果, 裁判结果, 评析,
  /// 典型意义, 检察履职) follow inside the case.
  static let templateOpenings = [
    "基本案情", "简要案情", "案情简介", "案情概要", "案情摘要", "案件事实", "案情回顾", "基本事实", "案件基本情况", "案情",
  ]

  /// Template labels that open the paragraph telling a case, before a colon
  /// (案情简介：汪某于…入职… / 【基本案情】某公司… / 案例：张某系…), and the
  /// shortest such paragraph: a template written inline.
  static let inlineTemplateLabels = templateOpenings + ["案例"]
  static let inlineTemplateBodyLength = 20
  /// Dashes that open a ——subtitle line (em dash, hyphen, full-width hyphen,
  /// and the en dash and bar a case library writes: ––职工工亡后…).
  static let subtitleDashes: ScalarBitmap = ["—", "-", "－", "–", "―"]

  /// A case heading's title (CaseSplitter+HeadingTitles): its longest
  /// line, the marks that make a line a sentence and no heading, how far
  /// down a one-case release its heading stands (headline, lead, marker),
  /// and the section labels a heading is not (三、典型意义).
  static let headingTitleLength = 60
  static let headingSentenceMarks: ScalarBitmap = ["。", "；", "！", ";", "!"]
  static let headingTitleReach = 4
  static let headingDateUnits: ScalarBitmap = ["年", "月", "日"]
  static let sectionLabels: [[Unicode.Scalar]] =
    (templateOpenings + [
      "裁判结果", "处理结果", "判决结果", "办理结果", "处理情况", "典型意义", "评析", "案例评析", "法官说法", "法官提示",
      "检察履职", "履职过程", "裁判要旨", "裁判理由", "要旨", "关键词", "仲裁请求", "争议焦点", "专家点评", "案件评析",
      "典型案例", "案例", "案例分析", "案例简介", "基本情况",
    ]).map(\.scalarArray)

  /// A template opened inside a line after the case's title (…纠纷案 【基本案情】,
  /// …案 基本案情：): the marks around the opening, and the longest title.
  static let inlineTemplateMarks: [(String, String)] = [
    ("【", "】"), (" ", "："), (" ", ":"), ("〔", "〕"),
  ]
  static let inlineTemplateTitleLength = 60

  /// Kinds a section label names before 案例 (刑事案例：title / 民事案例： /
  /// 行政审判案例): one label per told case, as a case marker.
  static let caseKindLabels = [
    "刑事", "民事", "商事", "行政", "执行", "家事", "劳动争议", "劳动", "知识产权", "公益诉讼", "环境资源", "金融",
    "未成年人", "消费",
  ].map(\.scalarArray)
  static let trialWord = "审判".scalarArray
  static let caseWord = "案例".scalarArray

  /// Words that introduce a title told inside a sentence (审理了…一案, 对…一案, …的…一案).
  static let inlineTitleLeads = ["审理了", "宣判了", "审结了", "审理", "宣判", "审结", "对", "的"]
  /// Leads of a title that a follower word closes (以…案为例).
  static let followedTitleLeads = inlineTitleLeads + ["以"]
  /// Characters a title inside a sentence does not run across.
  /// (A dash introduces the title it stands before: 最受关注的一件——柴某案.)
  static let inlineTitleStops: ScalarBitmap = [
    ",", "，", "。", ":", "：", ";", "；", "“", "”", "\n", "(", "（", ")", "）", "▲", "】", "—",
  ]
  /// Role words before a defendant's name that are not part of the title.
  static let inlineTitleRoles = ["被告人", "被告单位", "被告", "犯罪嫌疑人"]

  /// Words that open an offence or dispute right after a person's name in
  /// a title (王某某盗窃案, 欧阳明受贿一案, 陶某彬涉黑案).
  static let offenceOpenings = [
    "受贿", "行贿", "贪污", "挪用", "涉黑", "涉恶", "编造", "组织", "领导", "参加", "非法", "故意", "盗窃", "诈骗",
    "抢劫", "抢夺", "走私", "贩卖", "运输", "危险驾驶", "交通肇事", "拒不", "侵犯", "妨害", "寻衅", "聚众", "开设",
    "帮助", "掩饰", "滥用", "玩忽", "敲诈", "强迫", "虐待", "遗弃", "污染", "破坏", "猥亵", "强奸", "伪造", "洗钱",
    "恶势力", "黑社会", "犯", "违法",
    // 审理王某社涉嫌盗窃案: a charge not yet decided.
    "涉嫌",
  ]

  /// Party words that name somebody only when a name follows them
  /// (被执行人王某 names a party; 被执行人与申请执行人达成和解 names nobody).
  static let roleWordsNeedingAName: Set<String> = [
    "原告", "被告", "申请人", "被执行人", "犯罪嫌疑人", "当事人", "上诉人",
  ]
  /// What may stand between such a word and the name (被告人王某, 被告单位某公司, 原告：张三).
  static let roleWordTails = ["人", "单位", "：", ":"]
  /// 起诉 read as evidence of a suit brought (CaseSplitter.isNoSuitBrought):
  /// what before it undoes it (不起诉, 被起诉, 撤回起诉, 应当起诉), what after it makes
  /// a noun of it (起诉书, 起诉状, 起诉期限, 起诉材料, 起诉条件, 起诉权), and a
  /// clause that closes in a count of the charged within `countedSuitReach`
  /// characters (起诉…犯罪3.6万人): the classifiers and the magnitudes
  /// between the digits and the classifier.
  static let suitWord = "起诉"
  static let suitWordLength = 2
  static let notSuitBroughtBefore: ScalarBitmap = ["不", "被", "撤", "回", "当", "应"]
  /// Modal words right before 起诉 that state what a party may do, as a
  /// rule or a reply explains the law (出租人可起诉到人民法院, 可以起诉,
  /// 有权起诉, 能否起诉): no suit brought.
  static let modalsBeforeSuit = ["可以", "可", "有权", "能否", "能", "得以"]
  static let suitNounTails: ScalarBitmap = ["书", "状", "期", "材", "条", "权", "的"]
  static let countedSuitReach = 40
  static let countedSuitClassifiers: ScalarBitmap = ["人", "件", "起", "名", "宗"]
  static let countMagnitudes: ScalarBitmap = ["万", "余", "多", "亿", "千", "百"]
  /// Characters right before a party word that make it a group, not a person (各申请执行人, 等被告人).
  static let collectiveMarks: ScalarBitmap = ["各", "众", "多", "诸"]
  /// Classifiers of a count before a party word (5名被执行人, 4289名犯罪嫌疑人).
  static let countClassifiers: ScalarBitmap = ["名", "个", "位", "件", "起", "批", "人"]
  /// Words around a party word that make it a category of cases, as
  /// statistics count them (支持起诉案件3.25万件, 起诉办案力度), not somebody.
  /// (审查起诉 is a stage of procedure, as work news lists them.)
  static let categoryHeads = ["支持", "审查"]
  /// How far before a party word a count may open its noun phrase
  /// (3名…的被执行人), and the words of a sentence that compares periods.
  static let describedCountReach = 24
  static let changeWords: [[Unicode.Scalar]] = ["同比", "环比", "比上年", "比去年"].map(\.scalarArray)
  static let categoryTails = ["案件", "办案", "工作"]
  /// Stock phrases after a party word that name nobody (当事人的合法权益).
  static let stockPhraseTails = ["的合法", "合法", "权益", "的权益"]

  /// Words that open a sentence giving an example case (如天津市检察院…, 又如…).
  static let exampleOpenings = ["又如", "再如", "比如", "例如", "譬如", "如"]
  /// Bodies that handle an example case when the organization stage has
  /// no name for them (某市检察机关督促整治…).
  static let genericActingBodies = ["检察机关", "检察院", "法院", "人民法院"]
  /// Words after 如 that make it a conjunction, not an example (如果, 如何, 如实).
  static let notExampleAfterRu: ScalarBitmap = [
    "果", "何", "实", "下", "此", "今", "期", "约", "同", "若",
  ]

  /// A party list opening a title (刘某某等31人…案): the lengths of the
  /// first name, and what follows 等 and its count (人, 名).
  static let partyListNameLengths = [3, 2, 4]
  static let partyListCountTails: ScalarBitmap = ["人", "名"]
  /// A party list's title named in passing may end in 案件 (办理刘某等人涉恶案件，…).
  static let partyListTitleTail: Unicode.Scalar = "件"
  /// Characters after 案 that make a word of it, not a title's end (案发,
  /// 案值, 案卷, 案犯): a title without a comma after it may not end there.
  static let caseWordOpenings: ScalarBitmap = [
    "件", "例", "情", "由", "发", "值", "子", "底", "卷", "犯", "款", "源", "涉", "头", "板", "号", "宗", "中",
  ]

  /// The lengths of a name opening a person-led title (王某社涉嫌盗窃案), and
  /// the marks that close a title told in a lead's sentence.
  static let personTitleNameLengths = [3, 2]
  static let passingTitleClosers: ScalarBitmap = ["，", ",", "。", "、", "；", "中"]

  /// Words that open a title named in passing and are not part of it.
  static let passingOpeners = [
    "本次选编的案例中", "本批案例中的", "本批案例中", "此次发布的", "本次发布的", "其中", "包括", "如", "又如", "在",
  ]

  /// Characters before a placed anonymised body that are not its place
  /// (在杭州某公司…案: 在 opens the clause).
  static let beforePlacedBody: ScalarBitmap = [
    "在", "的", "对", "如", "中", "了", "和", "与", "及", "是", "将",
  ]

  /// Words after a title told inside a sentence (对被告人吴某非法占用农用地
  /// 案进行一审宣判, 以辱骂公交车司机案为例, …不起诉案便是其中之一).
  static let titleFollowers = ["进行", "一审", "二审", "宣判", "开庭", "为例", "便是", "作出", "公开审理", "依法"]
  /// A title that is the subject of its hearing (…受贿案在某市中级人民法院
  /// 开庭审理): 在 or 于 after it, and a hearing word within `hearingReach`
  /// characters in the same clause.
  static let hearingPlaceLeads: ScalarBitmap = ["在", "于"]
  static let hearingWords: [[Unicode.Scalar]] = ["开庭", "审理", "宣判", "审结"].map(\.scalarArray)
  static let hearingReach = 40
  /// The longest note in brackets between a title and its follower
  /// (…案(本报曾作报道)作出终审判决).
  static let titleNoteLength = 16

  /// Titles in marks (case.split.quoted-titles): the mark pairs (《…案》,
  /// “…案”), the longest title between them, what stops the walk back to
  /// the opening mark, the shortest title, what after a closing mark makes
  /// the title a list item (《甲案》、《乙案》 / 《甲案》等5件), and the Han
  /// characters the sentence must go on for after it to tell the case.
  static let quotedTitleMarks: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [
    ("《", "》"), ("“", "”"),
  ]
  static let quotedTitleLength = 90
  static let quotedTitleStops: ScalarBitmap = ["。", "；", ";", "《", "》", "“", "”", "\n"]
  static let quotedTitleShortest = 5
  static let quotedTitleListJoins: ScalarBitmap = ["、", "和", "及", "与", "等", "《", "“", "；", ";"]
  static let quotedTitleToldLength = 4
  /// Names of documents ending in 案 that a title in marks may be (《…方案》,
  /// 《关于…的提案》): no case. Other words ending in 案 end a title there
  /// (《…工伤认定案》: the mark closes it).
  static let quotedDocumentEnds = ["方案", "草案", "提案", "议案", "预案", "档案", "教案", "文案", "答案", "图案"]
    .map(\.scalarArray)
  /// Words ending in 案 that are no title's end (归案, 立案, 涉案, 另案, 方案).
  static let notTitleEnds = [
    "归案", "结案", "立案", "办案", "报案", "破案", "犯案", "作案", "翻案", "备案", "审案", "定案", "涉案", "本案", "此案",
    "该案", "全案", "个案", "专案", "积案", "串案", "旧案", "要案", "大案", "命案", "方案", "草案", "提案", "档案", "预案",
    "图案", "教案", "文案", "答案", "在案", "到案", "投案", "销案", "撤案", "移案", "并案", "分案", "另案", "同案", "前案",
    "类案", "错案", "冤案", "悬案", "血案", "惨案",
  ]
  /// Words ending in 作 that 作案 may overlap (从事…工作案, 合作案): the 案
  /// after them ends a title.
  static let wordsEndingInZuo = ["工作", "合作", "操作", "制作", "协作", "创作", "运作"]
  /// Words ending in 销 that 销案 may overlap (组织、领导传销活动案 aside,
  /// …的网络传销案, 虚假营销案): the 案 ends a title.
  static let wordsEndingInXiao = ["传销", "营销", "推销", "经销", "直销", "促销", "代销"]
  /// Words that make a line a question, as case titles in labour and
  /// consumer releases often are (…，劳动者能否主张补足差额).
  static let questionWords = ["能否", "是否", "如何", "何时", "从何", "怎样", "怎么", "吗", "？", "?", "可否", "应否"]

  /// Characters before 诉 that make it no verb between parties (起诉, 上诉,
  /// 公诉, 申诉, 抗诉, 告诉, 反诉, 应诉, 败诉, 胜诉, 撤诉).
  static let notBeforeSuitSu: ScalarBitmap = [
    "起", "上", "公", "申", "抗", "告", "反", "应", "败", "胜", "撤", "投", "控", "诉", "追", "自",
  ]

  /// Defendant-side role words that bring a party into a story
  /// (被执行人姚某, 被告人王某某, 犯罪嫌疑人李某).
  static let introducingRoles = ["被执行人", "被告人", "被告", "被申请人", "犯罪嫌疑人"]
  /// The third character of an anonymised name (王某某, 王某甲).
  static let anonymisedNameTails: ScalarBitmap = ["某", "甲", "乙", "丙", "丁"]
  /// More party paragraphs than this are a list of parties, not a few stories.
  static let partyParagraphLimit = 12

  /// Example items told in a list (case.split.told-examples): the acting
  /// verbs of an item (甲市查处…的…案), the shortest item and title, the
  /// units that close an amount after its digits (3.66亿元, 500吨, 12人),
  /// and how far the unit may stand from the first digit.
  static let toldExampleVerbs = ["查处", "查办", "办理", "侦破", "破获", "审结", "审理", "起诉", "判处"]
  static let toldExampleShortest = 4
  static let toldExampleUnits: ScalarBitmap = ["元", "吨", "斤", "克", "人", "名", "件", "箱", "瓶", "亩"]
  static let toldExampleUnitReach = 6

  /// Applications a party brings to a body (case.split.applicant-paragraphs):
  /// 谭某遂向法院申请强制执行, 胡某申请劳动仲裁. Suits (起诉, 提起诉讼, 诉至法院)
  /// are read by `CaseSplitter.suitVerbLength`. 申请执行人 is a role, not an
  /// application: `applicationNotBefore` after the verb undoes it.
  static let applicationVerbs = ["申请强制执行", "申请执行", "申请仲裁", "申请劳动仲裁"]
  static let applicationNotBefore: ScalarBitmap = ["人", "书", "费", "的", "标", "案", "期"]
  /// How far back from an application verb its clause may open.
  static let applicationClauseReach = 40

  /// What brings in a claimant by name in a story that tells two cases
  /// together (法院判令该单位赔偿张某损失…，赔偿吕某损失…。两案立案后…):
  /// only two different claimants make 两案 two cases; one claimant's two
  /// suits against the same party are one story (申请执行人呼某…纠纷二案).
  static let claimantLeads = ["赔偿", "支付", "偿还", "给付", "返还", "原告", "申请执行人", "申请人"]
  /// Two-character words a surname opens right after a party word, that name
  /// nobody (保护各方当事人利益, 允许当事人通过非诉程序…, 当事人双方).
  static let wordsAfterRoleNotNames = [
    "利益", "利用", "通过", "双方", "支付", "经营", "经济", "宣传", "宣告", "全部", "相关", "平台", "明知", "申请", "陆续",
    "经常", "权利", "权益", "有权", "有关", "有利", "自愿", "自行", "之间", "协商", "意思", "合法", "和解", "约定", "应当",
  ]

  /// Decision paragraphs of a repeated template (case.split.repeated-decisions):
  /// how many opening characters must agree, the words that give the rule
  /// a decision rests on, and the decisions themselves.
  static let decisionOpeningLength = 5
  static let decisionGrounds = ["依据", "根据", "依照"]
  static let decisionWords = ["处罚款", "罚款", "责令", "没收", "吊销", "判处", "警告"]

  /// Subheadings over parts handled by different bodies
  /// (case.split.body-subheadings): their length, and the words that make
  /// a subheading a stage of one case rather than a case of its own.
  static let bodySubheadingLength = 6...30
  /// More such subheadings than this are a long report's sections.
  static let bodySubheadingLimit = 12
  static let stageHeadingWords = [
    "一审", "二审", "再审", "上诉", "判决", "宣判", "裁定", "执行", "审理", "庭审", "说法", "提示", "提醒", "回顾", "点评",
    "评析", "意义", "案情", "经过", "结果", "背景", "链接", "延伸", "调解", "处理", "办案", "检察官", "法官", "记者",
  ]

  /// A defendant charged on their own (case.split.defendant-clauses): the
  /// role word, the lengths a name may have, and the character that opens
  /// the charge right after it (被告人焦某强犯抢劫罪).
  static let chargedDefendantRole: [Unicode.Scalar] = Array("被告人".unicodeScalars)
  static let chargedNameLengths = [3, 2, 4]
  static let chargeOpening: Unicode.Scalar = "犯"

  /// The longest title wrapped over two heading lines (case.split.marker).
  static let wrappedTitleLength = 60

  /// A paragraph that tells a suit to its judgment (case.split.judged-suits):
  /// the judgments, the court that gives them within a few characters before
  /// (法院依法判决), and what before a suit verb makes it an appeal (上诉至).
  static let courtJudgments: [[Unicode.Scalar]] = ["判决", "判令"].map(\.scalarArray)
  static let courtWord: [Unicode.Scalar] = Array("法院".unicodeScalars)
  static let courtBeforeJudgmentReach = 6
  static let judgedSuitVerbs: [[Unicode.Scalar]] = [
    "诉至", "起诉至", "告上法庭", "告上了法庭", "提起诉讼", "告到法院",
  ].map(\.scalarArray)
  static let notSuitBefore: ScalarBitmap = ["上", "申", "抗", "不", "被"]
  static let notRulingAfter: ScalarBitmap = ["书", "生"]
  /// Spaces a copied page leaves between paragraphs it joined (。  李某说).
  static let paragraphSpaces: ScalarBitmap = [" ", "　", "\u{00A0}"]

  /// Case markers opening sentences inside prose (case.split.inline-markers):
  /// the case words a number follows (案例一, 案件1), the lead of the longer
  /// marker (典型案例二), what may stand right before a marker for it to open
  /// a sentence, the longest number and the largest value, and what right
  /// after the number makes it a list or a count, not a case's opening
  /// (案例一至案例三, 案例一和案例二, 案件3起, 案例1号).
  static let inlineMarkerWords: [[Unicode.Scalar]] = ["案例", "案件"].map(\.scalarArray)
  static let typicalMarkerLead = "典型".scalarArray
  static let inlineMarkerOpeners: ScalarBitmap = [
    "。", "：", ":", "；", ";", "！", "？", "\n", "\r", " ", "　", "}", "】", ")", "）",
  ]
  static let inlineMarkerNumberLength = 3
  static let inlineMarkerLimit = 30
  static let notAfterInlineMarker: ScalarBitmap = [
    "、", "和", "与", "及", "至", "到", "—", "-", "~", "～", "的", "所", "也", "都", "起", "件", "名", "人",
    "宗", "个", "号", "则", "%", "％",
  ]
  /// Marks after a marker before its text (案例一，/ 案例二：), the words
  /// that introduce its title (案例四涉及某局申请执行行政处罚案), and how far
  /// the title may reach.
  static let inlineMarkerSeparators: ScalarBitmap = [
    "，", ",", "：", ":", "、", ".", "．", " ", "　", "】", ")", "）",
  ]
  static let inlineMarkerTitleLeads: [[Unicode.Scalar]] = ["涉及", "中的", "是", "为", "系"].map(
    \.scalarArray)
  static let inlineTitleLength = 60

  /// Marks that join titles in a list right after a title's 案
  /// (包括：甲公司…案、乙公司…案和丙公司…案): a sentence of such titles only
  /// tells none of them.
  static let titleListJoins: ScalarBitmap = ["、", "和", "及"]
  /// Openings of a paragraph about another person than the one before,
  /// though the name is the same (另一…被告人张某): a new case
  /// (case.split.defendant-paragraphs).
  /// How many numeral characters a lead's count of cases may have (11起…案).
  static let leadCaseCountDigits = 3
  /// Where a clause opens: a defendant brought in right after one of these
  /// stands at its clause's head (case.split.defendant-clauses).
  static let clauseHeadBoundaries: ScalarBitmap = ["，", ",", "；", ";", "。", "：", ":"]
  static let anotherPartyOpenings: [[Unicode.Scalar]] = ["另一", "另外一", "另有一"].map(\.scalarArray)
  /// The outcome that makes titles listed before 等 told, not only listed
  /// (甲某运输毒品案、乙某抢劫案等均经法院再审改判): the sentence's predicate
  /// after 等 passes judgment on every title, so each is a case
  /// (case.split.named-in-passing). A count or a noun after 等 (等5个案例,
  /// 等典型案例) tells nothing and keeps the sentence a list.
  static let listedTitlesOutcomes = KeywordSet([
    "改判", "宣判", "审结", "判决", "判处", "判刑", "获刑", "定罪", "裁定", "追究刑事责任", "提起公诉", "抗诉",
  ])

  /// Two cases told in one sentence (case.split.inline-ordinals): 一起…；另一起…,
  /// each opening a clause (其中一起 may open the first).
  static let firstOrdinal = "一起".scalarArray
  static let otherOrdinal = "另一起".scalarArray
  static let amongWord = "其中".scalarArray
  static let ordinalClauseStops: ScalarBitmap = ["，", ",", "；", ";", "。", "：", ":"]

  /// Matters told one after another, each in a sentence opening with its
  /// date and actor (case.split.dated-matters): what ends a sentence, the
  /// comma after the date, how far into the clause the actor may stand
  /// (村民刘某, 被告人王某), how much of the actor's name tells actors apart,
  /// and the most such matters a story tells (more is a chronicle).
  static let matterSentenceEnds: ScalarBitmap = ["。", "！", "？", "；", ";"]
  static let datedOpeningCommas: ScalarBitmap = ["，", ","]
  static let datedActorReach = 14
  static let datedActorOffset = 5
  static let actorKeyLength = 2
  /// A procuratorate's written demand: a step as good as an outcome here.
  static let recommendationWord = "检察建议".scalarArray
  static let datedMatterLimit = 6
  /// A matter's sentence may open with the words that say it is another
  /// case before its date (另一起案件中，2021年3月，陈某…): the case-paragraph
  /// openings (CaseRules.caseParagraphOpenings), then 中 and a comma.
  static let datedMatterLeadInTail: Unicode.Scalar = "中"
  /// A dated sentence whose subject is the court that heard one case
  /// (2017年，某区人民法院审理了一起劳务合同纠纷案件。/ 还有，2019年该院审理的
  /// 甲诉乙…一案中，…): the case is what is new, so the court may repeat.
  /// The words that end the court's name (法院, 该院), how far after the
  /// date they may end, the verbs, and what after a verb names one case
  /// (了一起 …) or opens the case's title (的 … 案中). The sentence may open
  /// with a connector of `partyRunConnectors` and a comma (还有，).
  static let datedCourtWords = ["法院", "法庭", "该院", "本院"].map(\.scalarArray)
  static let datedCourtReach = 16
  static let datedCourtVerbs = ["审理", "受理", "审结", "办理", "执行", "审判"].map(\.scalarArray)
  static let datedCourtOneCase = ["了一起", "一起", "了一宗", "了一件", "了这样一起"].map(\.scalarArray)
  static let datedCourtTitleLead: Unicode.Scalar = "的"
  /// The title before 案中 holds at least `datedCourtTitleMinimum` scalars
  /// (审理的案件中 is a share of statistics, no title).
  static let datedCourtTitleEnds = ["一案中", "案中"].map(\.scalarArray)
  static let datedCourtTitleMinimum = 4

  /// A table of contents before the cases (目录 / 1.甲案 / 2.乙案, then each
  /// title again over its case): a run of at least `contentsRunMinimum`
  /// short lines (at most `contentsLineLimit` scalars, no full stop inside)
  /// each of whose titles heads a later line, in order. The title of a line
  /// is what is left after the enumerator marks below (1. / 一、 / （一） /
  /// 【案例一】 / 案例1 / 第一起); the list's own heading (目录) goes with it.
  static let contentsRunMinimum = 2
  /// A line that holds only an ordinal of cases (第一起, 第二起案件, 第三起案例)
  /// marks a case as 案例一 does (ArticleLine.isCaseMarker).
  /// A release's case number after its name on a line of its own
  /// (2017年北京市十大劳动争议仲裁典型案例之一——): what the name ends with before
  /// 之, the marks that may close the line, and the longest such line.
  static let seriesMarkerHeads = ["案例"].map(\.scalarArray)
  static let seriesMarkerTrailers: ScalarBitmap = ["—", "-", "－", "–", ":", "：", " ", "\u{3000}"]
  static let seriesMarkerLength = 40
  /// Decorations a heading may open with (▶案例一, ◆案例1, ■基本案情): skipped
  /// like blanks at a line's start (ArticleLine).
  static let lineDecorations: ScalarBitmap = [
    "▶", "►", "▷", "◆", "◇", "■", "□", "●", "○", "▲", "△", "★", "☆", "◎", "▌", "▍", "※", "➤", "✦",
  ]
  /// Case words that head every case of a release without a number, the
  /// title after a colon on the same short line (案例：甲公司拒不落实…预警 /
  /// 案例：张某露天喷刷油漆…; 【案例】…): a marker as 案例一： is
  /// (case.split.marker; ArticleLine.markerTitleOffset). A paragraph that
  /// tells the case after 案例： is the inline template label instead.
  static let unnumberedMarkerWords = ["典型案例", "案例"].map(\.scalarArray)
  /// A clause that names a case by its title inside a paragraph and tells
  /// it (在甲诉乙…纠纷一案中，…; case.split.named-in-passing takes …一案
  /// only there): its opening, its close before the comma, its longest
  /// reach and the marks that end the clause before it.
  static let caseClauseOpening: Unicode.Scalar = "在"
  static let caseClauseClose: Unicode.Scalar = "中"
  static let caseClauseLength = 60
  static let caseClauseStops: ScalarBitmap = ["，", ",", "。", "；", ";", "：", ":", "\n"]
  /// What may stand before a case number alone on a line (NO.1, No.2).
  static let numberMarkerPrefixes = ["NO.", "No.", "NO", "No", "no."].map(\.scalarArray)
  /// What separates such a number from the title on its line (01 社保折现无效…).
  static let numberMarkerSeparators: ScalarBitmap = [" ", "\u{3000}", "、", "：", ":", "|", "｜"]
  /// The longest title line with a ——subtitle (ArticleLine.subtitledTitleRange).
  static let subtitledTitleLineLength = 60
  static let ordinalMarkerHead: Unicode.Scalar = "第"
  static let ordinalMarkerTails = ["起案件", "起案例", "起"].map(\.scalarArray)
  static let contentsLineLimit = 80
  static let contentsEnumeratorMarks: ScalarBitmap = [
    "第", "案", "例", "起", "件", "、", ".", "．", "：", ":", "(", ")", "（", "）", "【", "】", "〔", "〕", " ",
    "\u{3000}",
  ]
  static let contentsHeadings = ["目录", "目 录", "案例目录"].map(\.scalarArray)

  /// Cases told one after another, each opened by a sentence that brings in
  /// a new named party near its start (case.split.party-runs): how far into
  /// the sentence the name may start (此外，被执行人王某), the role words before
  /// a full name, what may stand before the name (a connector, then a word
  /// for what the party is), and the most runs a story
  /// tells (more is a list or a chronicle).
  static let partyRunNameOffset = 8
  static let partyRunRoles = [
    "被告人", "被执行人", "罪犯", "犯罪嫌疑人", "被告", "被申请人", "申请执行人", "当事人",
  ].map(\.scalarArray)
  static let partyRunConnectors = [
    "此外", "另外", "另一起案件中", "另一起案件", "另一起", "另案中", "还有", "同时", "同日", "当天", "随后",
    "其中", "另", "还有一起案件中", "还有一起案件", "还有一起", "另有一起案件中", "另有一起案件", "另有一起",
  ].map(\.scalarArray).sorted { $0.count > $1.count }
  static let partyRunDescriptors = [
    "被告人", "被执行人", "罪犯", "犯罪嫌疑人", "被告", "被申请人", "申请执行人", "当事人", "原告",
    "申请人", "上诉人", "村民", "男子", "女子", "居民", "失信被执行人", "被告单位", "执行人",
    "市民", "网民", "司机", "商户", "嫌疑人",
  ].map(\.scalarArray).sorted { $0.count > $1.count }
  static let partyRunNotInFirm = ["法院", "检察院", "判决", "驳回", "裁定"].map(\.scalarArray)
  /// Enforcement steps that close a debtor's run as an outcome does.
  static let partyRunSteps = KeywordSet([
    "查封", "冻结", "扣押", "执行款", "执结", "履行完毕", "宣判", "被判", "判令", "强制执行",
  ])
  static let partyRunLimit = 6
  /// What follows a bare full name that opens a run (张晓明因…, 李强犯…).
  static let bareNameFollowers: ScalarBitmap = ["因", "犯", "以", "在", "于", "被", "系"]
  /// The longest run: a round-up tells each case in a sentence or a paragraph.
  static let partyRunLength = 700
  /// How many paragraphs after its opening the last run may take to reach its outcome.
  static let partyRunLastParagraphs = 2

  /// Cases a work report names as the objects of sentences passed
  /// (case.split.sentenced-objects: 对…的被告人肖某从重判处刑罚): the role
  /// words after 的, what joins names, the adverbs before the verb, the
  /// verbs, how far back 对 may open the clause, the marks that end a
  /// clause, and the most such sentences (more is a list of statistics).
  static let sentencedObjectRoles = ["被告人", "罪犯", "被告"].map(\.scalarArray)
  static let sentencedObjectJoiners: ScalarBitmap = ["、", "和", "及"]
  static let sentencedObjectAdverbs = ["均", "依法", "从重", "从严", "分别", "一并", "各"].map(\.scalarArray)
  static let sentencedObjectVerbs = ["判处", "判决"].map(\.scalarArray)
  static let sentencedObjectReach = 50
  static let sentencedObjectClauseMarks: ScalarBitmap = ["，", ",", "。", "；", ";", "：", ":", "\n"]
  static let sentencedObjectLimit = 8

  /// Question headings (case.split.question-headings): how long the line
  /// may be, the marks that end it, the marks that make it more than one
  /// sentence, and the openings of a press Q&A's lines (问：…？), no headings.
  static let questionHeadingLength = 6...40
  /// A statement heading (case.split.statement-headings): its length, and the
  /// marks that make a line a sentence, a question or a label.
  static let statementHeadingLength = 4...30
  /// Labels that close each case of a release (法官说法：… / 评析：…): the same
  /// label in every part under statement headings is a repeated template.
  static let closingLabels = [
    "法官说法", "法官提示", "法官提醒", "检察官说法", "律师说法", "评析", "案例评析", "典型意义", "专家点评", "以案说法",
  ]
  /// A suit or a claim brought, which a part under a statement heading may
  /// tell instead of an outcome (某公司将对方诉至法院 / 向仲裁委申请仲裁).
  static let statementHeadingSuits = KeywordSet([
    "诉至", "告上法庭", "提起诉讼", "申请仲裁", "仲裁申请", "申请执行", "诉讼请求",
  ])
  static let statementHeadingStops: ScalarBitmap = [
    "。", "？", "?", "！", "!", "；", ";", "：", ":", "《", "(", "（",
  ]
  static let questionMarks: ScalarBitmap = ["？", "?"]
  static let questionHeadingStops: ScalarBitmap = ["。", "？", "?", "！", "!", "；", ";"]
  static let notQuestionHeadingOpenings = ["问", "答", "记者", "Q", "提问"].map(\.scalarArray)

  /// Two cases told together in one story (两案立案后, 两案的执行).
  static let toldTogetherWords = ["两案", "二案", "兩案"]

  /// Case counts in a lead (发布3件典型案例, 此次公布的3个典型案例, 3起…案):
  /// classifiers after the number, and the case words that close the count.
  static let leadCountClassifiers: ScalarBitmap = ["件", "个", "起", "例", "则"]
  static let leadCountNouns = ["案例", "案件", "案"]
}

/// Word tables for the successive-suits cue (`case.split.successive-suits`):
/// a story that tells several lawsuits one after another, each dated and
/// each brought by somebody (2018年3月，甲公司起诉乙公司…；2022年2月，乙公司也起诉甲公司).
enum CaseSuitRules {
  /// Verbs that bring a suit. 提起…诉讼 / 提起…之诉 are read apart (a kind
  /// may stand between: 提起执行异议之诉).
  static let suitVerbs = ["起诉", "告上法庭", "告上了法庭", "诉至法院", "告到法院", "诉诸法院"]
  /// `suitVerbs` as scalars, built once: the cue tries them at every scalar.
  static let suitVerbScalars: [[Unicode.Scalar]] = suitVerbs.map { Array($0.unicodeScalars) }
  /// The scalars a suit verb (or 提起) can start with, to skip other positions cheaply.
  /// Marks that end the clause a suit's subject stands in (tables built once:
  /// the cue reads them at every suit verb).
  static let clauseStops: ScalarBitmap = [
    "，", ",", "。", "；", ";", "：", ":", "！", "？", "“", "”",
  ]
  /// Characters of a leading date the subject search steps over (2018年3月, 今年3月中旬).
  static let dateCharacters: ScalarBitmap = [
    "年", "月", "日", "号", "底", "初", "末", "中", "旬", "上", "下", "份",
  ]
  /// 起诉, the one suit verb with neighbours that undo it (`notBeforeQisu`, `notAfterQisu`).
  static let qisu: [Unicode.Scalar] = Array("起诉".unicodeScalars)
  static let suitVerbStarts = ScalarBitmap(suitVerbScalars.compactMap(\.first) + ["提"])
  /// Characters right before 起诉 that make it no new suit by the subject
  /// (不起诉, 撤回起诉, 被起诉, 支持起诉 by a procuratorate, 上诉).
  static let notBeforeQisu: ScalarBitmap = ["不", "撤", "回", "被", "持", "的", "上", "申"]
  /// Characters right after 起诉 that make it a document or a noun
  /// (起诉书, 起诉状, 起诉期限, 其起诉系…, 起诉时).
  static let notAfterQisu: ScalarBitmap = [
    "书", "状", "期", "前", "后", "系", "是", "的", "时", "超", "已", "材", "理", "权", "条",
  ]
  /// Words that make a subject no plaintiff: the bodies that rule on suits.
  static let notPlaintiffWords = ["法院", "法庭", "仲裁", "法官", "审判"]
  /// Words that end the plaintiff before the verb (甲公司向法院, 祝某将他, 乙公司也).
  static let subjectEnds = [
    "向", "将", "也", "又", "再", "两次", "二次", "三次", "先后", "分别", "均", "遂", "便", "就", "于", "在", "以", "即",
    "把", "一纸",
  ]
  /// Subjects that name nobody new (他, 双方, 对方).
  static let pronounSubjects = ["他", "她", "其", "该", "双方", "对方", "本人", "自己", "法院", "记者", "有人"]
  /// Relative years (今年3月, 同年7月) that date a suit.
  static let relativeYears: ScalarBitmap = ["今", "去", "前", "同", "次", "当", "翌", "本"]
  /// What after N年 makes it a span of time, not a date (6年后, 3年来).
  static let notDateAfterNian: ScalarBitmap = [
    "后", "前", "来", "内", "间", "多", "之", "以", "余", "左",
  ]
  /// The longest plaintiff read before a verb, and the shortest.
  static let subjectLength = 2...14
}
