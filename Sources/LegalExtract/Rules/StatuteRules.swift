/// Rule tables for statute citations (issue 5). The engine that applies them
/// is `StatuteStage`; nothing here knows about scanning.
enum StatuteRules {
  /// Endings of a 《》 title that make it a normative document (checked after
  /// a trailing version note or （试行） is removed).
  static let normativeSuffixes: [String] = [
    "法", "法典", "条例", "规定", "办法", "解释", "决定", "规则", "细则", "批复",
    "名录", "公约", "条约", "答复", "准则",
  ]

  /// Endings that look normative but name books, methods or documents of a case
  /// (《孙子兵法》, 《决定书》 never reaches here because it ends in 书).
  static let nonNormativeSuffixes: [String] = [
    "兵法", "方法", "算法", "语法", "手法", "做法", "想法", "看法", "说法", "写法", "技法",
    "疗法", "心法", "战法", "魔法", "书法", "司法", "执法", "立法", "违法", "守法", "普法",
  ]

  /// Endings of a short name for an interpretation or opinion (《醉驾意见》,
  /// 《虚假恐怖信息解释》), looked up in the article and the law table.
  static let shortNameEndings: [String] = ["解释", "意见", "规定", "批复"]

  /// 《行政协议司法解释》: a short name for a judicial body's interpretation
  /// of any of its forms (最高人民法院关于审理行政协议案件若干问题的规定).
  static let judicialInterpretationEnding = "司法解释"
  static let judicialInterpretationForms: [String] = ["解释", "规定", "批复", "决定"]

  /// A 《…规定》 that abbreviates no title of the table or the article, with
  /// at least this many Han scalars before 规定, is a rule cited by its own
  /// full title (《矿山地质环境保护规定》; rule `statute.title.unlisted-rule`);
  /// a shorter one (《证据规定》) is a short name nothing resolved.
  static let ruleTitleEnding = "规定"
  static let unlistedRuleMinCore = 6

  /// The ending that keeps a short name as written when nothing resolves it
  /// (rule `short-name-as-written`): an interpretation is cited law whoever
  /// issued it; an unresolved 《…意见》 is not.
  static let interpretationEnding = "解释"

  /// Short names that stand for one law only in a text about one place
  /// (rule `regional-short-name`): 《国安法》 in a Hong Kong text.
  static let regionalShortNames: [(short: String, marker: String, title: String)] = [
    ("国安法", "香港", "中华人民共和国香港特别行政区维护国家安全法"),
    ("港区国安法", "香港", "中华人民共和国香港特别行政区维护国家安全法"),
    ("香港国安法", "香港", "中华人民共和国香港特别行政区维护国家安全法"),
    ("基本法", "香港", "中华人民共和国香港特别行政区基本法"),
    ("香港基本法", "香港", "中华人民共和国香港特别行政区基本法"),
    ("基本法", "澳门", "中华人民共和国澳门特别行政区基本法"),
    ("澳门基本法", "澳门", "中华人民共和国澳门特别行政区基本法"),
    ("两岸人民关系条例", "台湾", "台湾地区与大陆地区人民关系条例"),
    ("两岸关系条例", "台湾", "台湾地区与大陆地区人民关系条例"),
    // Taiwan's criminal code by its official title (適用之我國刑法第339條之4).
    ("刑法", "台湾", "中华民国刑法"),
  ]

  /// Words between a lead word and a Taiwan title that are no part of it
  /// (適用之我國刑法: the possessive 之, then 我國 "our country").
  static let taiwanTitleOpeners: [String] = ["之", "我国", "本国"]

  /// Endings of a Taiwan law or rule cited without 《》 (rule
  /// `unmarked-title.taiwan`): 入出国及移民法, 人民关系条例, …案件裁罚标准.
  static let taiwanTitleEndings: [String] = ["法", "条例", "标准", "办法", "规则", "细则", "准则"]
  /// What may follow such a title: a list joiner or the words after a citation.
  static let taiwanTitleFollowers: [String] = [
    "、", "及", "和", "与", "等", "规定", "第", "之", "移送", "相关", "有关", "处", "裁", "论处", "，", "。", ",", ".",
  ]
  static let taiwanTitleJoiners = ScalarBitmap(scalarsOf: "、及和与")
  static let taiwanTitleReach = 45

  /// Words after which a law table title may stand without 《》
  /// (依照劳动保障监察条例第十一条, 违反计量法实施细则).
  static let unmarkedTitleLeads: [String] = ["依照", "依据", "根据", "按照", "违反", "参照", "适用"]

  /// Joiners after which a later item of such a list is read the same way
  /// (根据立法法、行政法规制定程序条例的规定).
  static let unmarkedListJoiners = ScalarBitmap(scalarsOf: "、和及")

  /// Shortest and longest unmarked title read after such a word, in scalars.
  static let unmarkedTitleMinLength = 3
  static let unmarkedTitleReach = 30

  /// 关于实施《…》, 关于贯彻执行《…》: a department's rules for applying a cited text.
  static let implementingLeads: [String] = ["关于贯彻实施", "关于贯彻执行", "关于实施", "关于执行"]

  /// What closes such a title right after the inner 》, longest first.
  static let implementingEndings: [String] = [
    "若干问题的规定", "若干问题的意见", "若干问题的解释", "的若干规定", "若干规定", "的实施细则", "实施细则",
    "的实施办法", "实施办法", "的规定", "的办法", "的意见", "的解释", "办法", "细则", "规定",
  ]

  /// The issuer before such a title: at most this many scalars, stopping at a
  /// function word or verb (依照劳动和社会保障部关于…), ending in an organ scalar.
  static let implementingIssuerReach = 20
  static let implementingIssuerBreakers = ScalarBitmap(
    scalarsOf: "的在向经由诉和与及对将被于为是给从到把等该本各以已后至称系即据照按反")
  static let issuerEndings = ScalarBitmap(scalarsOf: "部局署院委会厅府")

  /// A bare 第N条 after the quotation of the law just cited may stand this far
  /// from it (a quoted article can run several paragraphs); the quotation must
  /// open within `quoteOpeningReach` of the citation (…第四十一条规定：“).
  static let quotedContinuationReach = 1500
  static let quoteOpeningReach = 6

  /// A title ending 修正案 followed by a numbered note: 刑法修正案（十一）.
  static let amendmentWord = "修正案"

  /// Endings accepted only when the issuer is a national organ (两高, 国务院…)
  /// or the title is in the law table: 《关于…的意见》 of a local court is not cited law.
  static let issuerDependentSuffixes: [String] = ["意见", "纪要", "安排"]

  /// An 意见 is cited law only when a judicial body issued it (alone or with
  /// others: 两高两部…意见); 国务院关于…的意见 and a ministry's 意见 are policy
  /// documents (ANNOTATION.md), whatever the law table lists (guard
  /// `statute.guard.policy-opinion`).
  static let policyOpinionEnding = "意见"
  static let judicialIssuers: [String] = ["最高人民法院", "最高人民检察院"]

  /// A notice that issues a document (rule `title.issuing-notice`):
  /// 《海关总署、某部关于印发〈某某处置办法（试行）〉的通知》第三条 cites the
  /// document it issues, whose articles the provisions are; the verbs, the
  /// inner marks and the notice's endings. A document that is no law (a
  /// 工作方案) stays out as it would quoted alone.
  static let issuingNoticeVerbs: [String] = ["印发", "发布", "颁布", "转发"]
  static let enclosureMarks: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [
    ("〈", "〉"), ("<", ">"), ("《", "》"),
  ]
  static let issuingNoticeEndings: [String] = ["的通知"]

  /// Shortest 关于… title (in scalars, 关于 included) whose issuers are looked
  /// for elsewhere in the article (rule `title.issuers-written-elsewhere`):
  /// a short 《关于…的意见》 names too little to be one document.
  static let elsewhereTitleMinLength = 8

  /// Words in a title that make it a working agreement between bodies
  /// (《关于…加强…协作配合的实施细则》 a procuratorate refines with a bureau):
  /// not cited law unless a national body issued it or the table knows it
  /// (guard `statute.guard.cooperation-agreement`).
  static let cooperationMarkers: [String] = ["协作", "衔接", "联动", "配合"]

  /// Replies (批复, 答复) issued by a government: administrative acts, not law.
  static let replySuffixes: [String] = ["批复", "答复"]
  static let governmentIssuerMarkers: [String] = ["人民政府关于", "政府关于", "政府办公厅关于", "政府办公室关于"]

  /// Words inside a title that mark a draft or a non-normative text.
  static let nonNormativeMarkers: [String] = ["草案", "征求意见稿", "白皮书", "通知", "报告"]

  /// Notes closing a draft's title (《…条例（草案）》): rule `title.draft`.
  /// A 征求意见稿 stays out (a consultation text, `nonNormativeMarkers`).
  static let draftNotes: [String] = ["草案", "修订草案", "修正草案", "草案修改稿"]

  /// Words that make a body's rules its own housekeeping (guard
  /// `internal-working-rule`): its meetings, events, awards and staff
  /// (《某院新闻发布会实施办法》, 《例会制度实施细则》, 《表彰奖励办法》).
  /// Titles that are only a kind word (rule `guard.generic-short-title`):
  /// a short name of some title, never a title of their own.
  static let genericShortTitles: Set<String> = [
    "办法", "实施办法", "管理办法", "暂行办法", "规定", "若干规定", "暂行规定", "细则", "实施细则", "规则",
    "工作规则", "工作规定",
  ]

  static let internalWorkingMarkers: [String] = [
    "新闻发布会", "发布会", "新闻发言人", "例会", "座谈会", "联席会议", "评选", "表彰", "竞赛", "培训",
    "考勤", "值班", "接待日", "文明创建",
  ]

  /// Instruments between jurisdictions (rule `title.judicial-assistance`):
  /// a 协议, 协定 or 安排 whose title names two sides or judicial assistance.
  static let assistanceEndings: [String] = ["协议", "协定", "安排"]
  static let assistanceMarkers: [String] = [
    "两岸", "司法互助", "司法协助", "刑事司法协助", "内地与香港", "内地与澳门", "内地与台湾", "移管", "引渡",
  ]

  /// Words after which an opinion's subject is the application of law, not
  /// a mechanism to build (guard `co-issued-policy-opinion` spares them):
  /// …有关问题的意见, 关于办理…案件…的意见, 适用法律.
  static let lawApplicationMarkers: [String] = ["问题", "适用法律", "办理", "审理", "案件", "适用"]
  /// Subjects that make a judicial body's opinion a policy of service or of
  /// building its own work (guard `judicial-policy-opinion`), read in the
  /// title after 关于: 为…提供司法服务和保障的意见, …工作机制的意见.
  static let judicialPolicySubjects: [String] = ["司法服务", "司法保障", "服务和保障", "服务保障", "工作机制"]
  /// How far before 《 a citing word (`unmarkedTitleLeads`) keeps such an
  /// opinion cited, within its clause (适用《…的意见》, 依据最高人民法院《…》).
  static let judicialPolicyLeadReach = 24

  /// Words before the issuers that make them part of a longer list led by
  /// another body: 人社部会同…, …等八部门, …等部门.
  static let coSignerMarkers: [String] = ["会同", "牵头"]
  static let listTailMarker: Unicode.Scalar = "等"
  static let listTailNouns: [String] = ["部门", "部委", "单位", "机关"]
  /// How far before 《 such markers are looked for, in scalars (one clause).
  static let coSignerReach = 60

  /// Verbs by which a national issuer puts out a title written without 《》
  /// (rule `unmarked-title.issued`), and words that may stand between the
  /// verb and the title.
  static let unmarkedIssuingVerbs: [String] = [
    "发布", "印发", "出台", "公布", "颁布", "制定", "下发",
  ]
  static let unmarkedIssuedGlue: [String] = [
    "了新修订的", "了修订后的", "了修改后的", "了新修改的", "了新的", "新修订的", "修订后的", "修改后的", "了",
  ]
  /// Heads such a title ends with; shortest core before the head.
  static let unmarkedIssuedHeads: [String] = ["规定", "办法", "细则", "规则", "条例", "解释"]
  static let unmarkedIssuedMinCore = 4
  /// Words that open a generic phrase, not a title (相关规定, 一系列办法).
  static let unmarkedIssuedGenericStarts: [String] = [
    "相关", "有关", "一系列", "系列", "多项", "若干", "一批", "这些", "该", "此", "新", "上述", "各项", "配套",
  ]
  /// Issuers whose own rules carry their name in the official title
  /// (最高人民检察院司法解释工作规定).
  static let namedRuleIssuers: [String] = ["最高人民法院", "最高人民检察院"]
  /// Openings of a title that already names its issuer or the whole system
  /// (人民法院审判人员违法审判责任追究办法): no issuer is put before them.
  static let systemRulePrefixes: [String] = ["最高人民法院", "最高人民检察院", "人民法院", "人民检察院"]

  /// Verbs right before 《 that make the title an agreement between bodies,
  /// not cited law (会签了《…协作工作办法》).
  static let agreementVerbs: [String] = ["会签", "签订", "签署", "签订了", "签署了", "会签了"]

  /// Guard `employer-rules`: an employer right before an unknown 《》 title
  /// (公司《…办法》), or before a making verb and 的 (超市制订的《…》): the
  /// employer's own rules. Titles ending in 法 or 条例 are never an employer's.
  static let employerNouns: [String] = [
    "公司", "超市", "企业", "用人单位", "单位", "集团", "工厂", "酒店", "商场", "门店", "餐厅", "医院",
  ]
  static let employerRuleVerbs: [String] = [
    "制订的", "制定的", "出台的", "发布的", "印发的", "修订的", "实行的", "施行的", "内部的", "内部", "的",
  ]
  static let employerExemptEndings: [String] = ["法", "条例"]
  /// Guard `announced-local-rules`: the kinds of title, the making verbs
  /// right before 《 (了/的 allowed after them), and how far back in the clause
  /// a national body's name makes the title a ministry's rules instead.
  static let announcedRuleEndings: [String] = ["办法", "细则"]
  /// Guard `uncited-local-rules`: the kinds of local normative document
  /// (a 办法, 细则, discretion 基准 or 标准) a title opening with a place's
  /// full name names; 条例 and 规定 stay (local regulations are law).
  static let localDocumentEndings: [String] = ["办法", "细则", "基准", "标准"]
  static let announcingVerbs: [String] = [
    "出台了", "出台的", "出台", "制定了", "制定的", "制定", "制订了", "制订的", "制订", "印发了", "印发的", "印发",
    "发布了", "发布的", "发布", "通过了", "通过的", "通过", "颁布了", "颁布的", "颁布",
  ]
  static let announcingIssuerReach = 24
  static let announcingClauseBreaks = ScalarBitmap(scalarsOf: "。；;！？!?\n")

  /// …办法 ends in 法 but is an employer's kind of rules.
  static let employerRuleEnding = "办法"

  /// Notes in brackets after or inside a title: （2017年修正）, （2016年版）, （试行）.
  static let versionWords: [String] = ["修正", "修订", "修改", "施行", "公布", "版", "试行", "暂行", "通过", "实施"]

  /// Notes that mark a trial or interim text: （试行）, （暂行）. They go to
  /// `version`; the law keeps them when the table does (a trial rule and the
  /// later formal one are different texts).
  static let trialNotes: [String] = ["试行", "暂行"]

  /// The verb after an article number (第十条规定), which alone marks 第N as an
  /// article when a source drops 条 right after a title.
  static let provisionVerb = "规定"

  /// What parts a bracket after a title into a document number and an alias
  /// （劳社部函〔2004〕256号，以下简称《意见》） (folded and full-width forms).
  static let bracketPartBreaks = ScalarBitmap(scalarsOf: ",，;；")

  /// Alias definitions after a title: （以下简称《意见》）, （以下简称海商法）.
  static let aliasMarkers: [String] = ["以下简称", "以下称", "下称", "简称"]

  /// Back-references and the shape of law they point at: the last cited law
  /// whose title ends with `shape` (该条例 → the last …条例); an empty shape
  /// takes the last law of any shape (该法第十条), and so does a shape no cited
  /// law has. `司法解释` takes the last judicial interpretation.
  static let backReferences: [(word: String, shape: String)] = [
    ("该法", ""), ("本法", ""), ("同法", ""), ("上述法律", ""), ("前述法律", ""), ("该法律", ""),
    ("新法", ""), ("新修订的该法", ""),
    ("该条例", "条例"), ("本条例", "条例"), ("上述条例", "条例"), ("前述条例", "条例"),
    ("该司法解释", "司法解释"), ("上述司法解释", "司法解释"), ("前述司法解释", "司法解释"),
    ("该解释", "解释"), ("本解释", "解释"), ("上述解释", "解释"), ("前述解释", "解释"),
    ("该规定", "规定"), ("本规定", "规定"), ("上述规定", "规定"), ("前述规定", "规定"),
    ("该办法", "办法"), ("本办法", "办法"), ("上述办法", "办法"), ("前述办法", "办法"),
    ("该决定", "决定"), ("上述决定", "决定"),
    ("该协议", "协议"), ("上述协议", "协议"), ("该协定", "协定"), ("该安排", "安排"),
  ]

  /// Shapes a back-reference names only when a law of that shape was cited
  /// (该协议 in a contract dispute is the parties' agreement).
  static let strictShapes: Set<String> = ["协议", "协定", "安排"]

  /// The shape that names a judicial interpretation by kind, whatever its ending.
  static let judicialInterpretationShape = "司法解释"

  /// The shape 该解释 names; with no …解释 cited it takes the last judicial
  /// interpretation of any title.
  static let interpretationShape = "解释"

  /// References to the article last cited, before a paragraph (该条第三款).
  static let articleReferences: [String] = ["该条", "本条", "同条"]

  /// Words in a bracket after provisions that restate them under a newer
  /// version: （现为2021年修正后的第五十八条第二款）.
  static let renumberMarkers: [String] = ["现为", "修正后的", "修订后的", "即"]

  /// Phrases after a law that cite its implementing rules too
  /// (《道路交通安全法》及其实施条例 → 道路交通安全法实施条例).
  static let implementingPhrases: [(phrase: String, suffix: String)] = [
    ("及其实施条例", "实施条例"), ("及其实施细则", "实施细则"), ("及其实施办法", "实施办法"),
    ("和实施条例", "实施条例"), ("及实施条例", "实施条例"),
  ]

  /// Separators inside a provision list.
  static let listSeparators: [String] = ["、", ",", "和", "及", "以及", "或者", "或", "与"]

  /// Range words between two articles (第二十五条至第二十七条).
  static let rangeWords: [String] = ["至", "到", "-", "—", "~", "～"]
  /// First scalars of `rangeWords`: a cheap refusal before matching them.
  static let rangeStarts = ScalarBitmap(rangeWords.compactMap { $0.unicodeScalars.first })

  /// Words after a bare name that make a set phrase for "the law" rather than
  /// a citation (履行宪法法律赋予的职责, 维护宪法和法律权威): guard
  /// `statute.guard.set-phrase`.
  static let setPhraseFollowers: [String] = ["法律", "和法律", "与法律", "、法律", "及法律", "和国家法律"]

  /// Words that begin with a stopper scalar yet leave the bare name a
  /// citation: 刑法规定 (规 stops 法规, not 规定).
  static let bareNameStopperExceptions: [String] = ["规定"]

  /// Verbs that begin with a stopper scalar yet leave the bare name a
  /// citation (民法典实施以来, 新环境保护法实施以来, 安全生产法修改后): rule
  /// `statute.bare-name.before-verb`, unless a title head follows the verb
  /// (…法实施条例, …法实施细则, …法修订草案: another text, or a draft).
  static let verbsAfterBareName: [String] = ["实施", "修改", "修订"]
  static let titleHeadsAfterVerb: [String] = [
    "条例", "细则", "办法", "规定", "规则", "意见", "方案", "纲要", "计划", "决定", "草案", "稿",
  ]

  /// Endings of a full rule title that no short name has (…管理规定,
  /// …暂行规定): such a title is cited as written, not resolved as a short
  /// name (《证据规定》 still is one).
  static let fullTitleEndings: [String] = ["管理规定", "暂行规定", "实施规定", "补充规定", "具体规定", "基本规定", "工作规定"]

  /// Endings of a normative 规范 or 标准 (《某某书写基本规范》, 《某省行政处罚
  /// 裁量标准》); technical norms (设计规范, 诊疗规范) stay out.
  static let normativeNormEndings: [String] = ["基本规范", "管理规范", "行为规范", "裁量标准", "裁量基准"]

  /// A 98年解释-style short name: a year, 年, and a short-name ending. Nothing
  /// resolves it without the law table's dates: guard
  /// `statute.guard.unresolved-year-short-name`.
  static let yearShortNameMark: Unicode.Scalar = "年"

  /// An unmarked 关于… title after its issuers (最高人民法院、最高人民检察院
  /// 联合发布关于办理…的解释，): the endings it may have, and where it stops.
  static let aboutTitleEndings: [String] = [
    "的解释", "的意见", "的规定", "的决定", "的批复", "若干规定", "的办法", "的规则", "的细则",
  ]
  static let aboutTitleBreaks = ScalarBitmap(scalarsOf: "。，,；;：:！？!?\n《》（）()“”、")
  static let aboutTitleReach = 80
  /// Words after such a title that close it as well as a clause break does
  /// (…的解释规定, …的解释（一）的规定, …之规定).
  static let aboutTitleFollowers: [String] = ["规定", "的规定", "之规定", "的有关规定", "的相关规定"]
  /// Numerals of a numbered part after a title: （一）, （二）…
  static let numberedPartDigits = ScalarBitmap(scalarsOf: "一二三四五六七八九十")

  /// Back-reference words the law's own text uses (本条第一款, 本法第十条):
  /// inside the quotation of a cited article they are its words, not a
  /// citation (guard `statute.guard.self-reference-in-quote`).
  static let selfReferencePrefix: Unicode.Scalar = "本"
  static let selfReferenceQuoteReach = 600

  /// Scalars that, right after a bare name, show it is part of another word
  /// (刑法学, 民法典 is its own entry, 公司法务, 劳动法律).
  static let bareNameStoppers: ScalarBitmap = [
    "学", "律", "院", "官", "人", "规", "治", "务", "庭", "制", "理", "益", "系",
    "修", "实", "家", "界", "条", "定", "医", "警", "网", "纪", "援", "盲", "外", "宣", "日",
  ]

  /// Scalars that, right before a bare name, make it part of a longer name
  /// (湖北省消防条例, 某市安全生产法 is never national).
  static let bareNameBlockers: ScalarBitmap = [
    "省", "市", "县", "州", "区", "旗", "执", "违", "立", "司", "守", "普",
  ]

  /// Scalars allowed right before a bare 第N条 that continues the last cited
  /// law (依照…第十条, ”第四十八条, 吸纳进第三十四条); any other Han scalar
  /// there means an uncited name (公司章程第五条).
  static let continuationPredecessors: ScalarBitmap = [
    "照", "据", "及", "和", "与", "进", "入", "见", "按", "依", "反", "犯", "背", "合", "用", "引",
    "如", "即", "在", "的", "是", "或", "并", "被", "于", "至", "到", "了", "为", "由", "对", "以",
    "述", "列", "而", "但", "又", "还", "也", "其", "且",
  ]

  /// Two-scalar words that may stand right before such a continuation though
  /// their last scalar may not: 其中 (修改了《某某登记办法》，其中第35条…,
  /// a part of the text just cited; 中 alone would let 文中第五条 through).
  static let continuationLeadWords: [[Unicode.Scalar]] = ["其中"].map { Array($0.unicodeScalars) }

  /// Scalars allowed right after such a continuation (第十条规定, 第十条的, 第十条。);
  /// 第三条路, 第一条建议 are not provisions.
  /// Rule `continuation.heading-line`: how far 第N条 may stand from the
  /// citation heading it (a heading word and a line break), how long a label
  /// before the citation on its line may be, and the scalars that end such
  /// a label or list marker (【法律依据】, (一), 1.).
  static let headingGapReach = 12
  /// Line breaks allowed between a heading line and the article it heads:
  /// one, or two where web copies print a blank line between paragraphs.
  static let headingLineBreaks = 1...2
  /// Rule `continuation.heading-block`: how long the quoted article before
  /// the next one of its block may be (one paragraph of statute text).
  static let headingBlockReach = 600
  static let headingLabelReach = 12
  static let headingLabelEnds: ScalarBitmap = ["】", ")", "）", "、", ".", "．", "：", ":"]
  /// Words that may close a heading line after its citation (刑法规定).
  static let headingLineClosers: [String] = ["规定：", "规定:", "规定", "：", ":"]

  static let continuationSuccessors: ScalarBitmap = [
    "规", "之", "的", "中", "明", "所", "关", "等", "也", "亦", "及", "和", "与", "对", "作", "即",
    "内", "确", "已", "将", "被", "是", "为", "并", "还", "又", "就", "指", "以", "有", "列", "应",
    "载", "要", "设", "提", "强", "第", "判", "裁", "处", "追", "予", "认", "定", "可", "不", "构",
    "属", "作", "进", "适",
  ]

  /// Scalars before a bare 第二款 that opens a clause and continues the
  /// article just cited (…第一百八十八条第一款规定…。第二款规定…).
  static let clauseOpeners: Set<Unicode.Scalar> = ["。", ";", ",", "\n"]

  /// How far such a paragraph may stand from the article it continues.
  static let paragraphContinuationReach = 160

  /// Rule `statute.bare-title`: the shortest table title read bare (工伤保险条例),
  /// and the ending that is read bare with no provisions after it; a bare
  /// …办法 or …规定 cites only with its provisions (最低工资规定第五条).
  static let bareTitleMinLength = 5
  static let bareTitleFreeEnding = "条例"
  /// Guard `bare-title-uncited`: words right after a bare 条例 that make it
  /// the subject of a citation (工伤保险条例规定, …明确规定, …的有关规定).
  static let bareTitleCitingFollowers: [String] = [
    "规定", "明确规定", "的规定", "之规定", "的有关规定", "的相关规定", "有关规定", "相关规定",
  ]
  /// A particle between the lead word and the title (违反了工伤保险条例).
  static let bareTitleLeadParticles: [String] = ["了"]
  /// List joiners after a citation that a bare 条例 may continue (依照劳动法和…条例).
  static let bareTitleListJoiners: [String] = ["、", "和", "及", "与", "以及"]

  /// The state name before a bare law name that makes it Taiwan's code
  /// (中華民國刑法): rule `statute.bare-name.republic`.
  static let republicName = "中华民国"

  /// Two-character short names safe to match bare (水法 is not: 排水法).
  static let shortBareNames: Set<String> = ["刑法", "宪法"]

  /// Foreign states whose laws are cited bare (巴拿马海商法): the law is the
  /// name as written, not the Chinese law with the same short name.
  static let foreignStates: [String] = [
    "巴拿马", "美国", "英国", "日本", "德国", "法国", "韩国", "新加坡", "俄罗斯", "意大利",
    "加拿大", "澳大利亚", "荷兰", "瑞士", "印度", "越南", "泰国", "马来西亚", "希腊",
    "挪威", "瑞典", "丹麦", "西班牙", "葡萄牙", "巴西", "阿根廷", "墨西哥", "利比里亚",
    "马耳他", "塞浦路斯", "新西兰", "比利时", "奥地利", "芬兰", "爱尔兰", "菲律宾",
    "印度尼西亚", "缅甸", "老挝", "柬埔寨", "蒙古", "哈萨克斯坦", "以色列", "土耳其", "埃及", "南非",
  ]
}
