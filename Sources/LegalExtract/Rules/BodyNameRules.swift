/// The body-name grammar (issue 16): offices, committees, leading groups and
/// inspection groups that no organ table can list, because every government
/// names new ones. A name is
///
///     [anchor] [core words] [body-type suffix]
///
/// and the anchor decides: a place (璜田乡综治办, 北京市缓解交通拥堵工作推进小组),
/// a national parent (国家环保督察办公室, 国家标准化管理委员会, 国务院扶贫办,
/// 中央第六环保督察组), an ordinal (第三督导组), or a parent body that sets the
/// group up (国务院成立环境保护督察工作领导小组: the group, named as written).
/// Free words before 小组 / 组 with no anchor are not names (成立专项工作小组).
/// Read by `BodyNameScanner`; rules `org.body-name.*` in `OrganizationRule`.
enum BodyNameRules {
  /// A body-type suffix and the anchors it takes.
  struct Suffix: Sendable {
    let word: String
    /// True for group words (小组, 督察组, 专班): a place or a parent must be
    /// written with them, or an ordinal before the core.
    let isGroup: Bool
    /// The one-scalar short form 办 (综治办, 扫黑办): the core is a short form of two
    /// to four scalars and the next scalar must end the name.
    let isShortForm: Bool
  }

  static let suffixes: [Suffix] = [
    Suffix(word: "办公室", isGroup: false, isShortForm: false),
    Suffix(word: "委员会", isGroup: false, isShortForm: false),
    Suffix(word: "指挥部", isGroup: false, isShortForm: false),
    Suffix(word: "领导小组", isGroup: true, isShortForm: false),
    Suffix(word: "工作小组", isGroup: true, isShortForm: false),
    Suffix(word: "小组", isGroup: true, isShortForm: false),
    Suffix(word: "工作组", isGroup: true, isShortForm: false),
    Suffix(word: "督察组", isGroup: true, isShortForm: false),
    Suffix(word: "督导组", isGroup: true, isShortForm: false),
    Suffix(word: "巡视组", isGroup: true, isShortForm: false),
    Suffix(word: "检查组", isGroup: true, isShortForm: false),
    Suffix(word: "调查组", isGroup: true, isShortForm: false),
    Suffix(word: "专案组", isGroup: true, isShortForm: false),
    Suffix(word: "专班", isGroup: true, isShortForm: false),
    Suffix(word: "办", isGroup: false, isShortForm: true),
    // Public-service units and enforcement squads (甘肃省社会保险事业中心,
    // 某区劳动保障监察大队, 榕城区劳动监察队, 某县城市管理综合执法大队).
    Suffix(word: "事业中心", isGroup: false, isShortForm: false),
    Suffix(word: "服务中心", isGroup: false, isShortForm: false),
    Suffix(word: "管理中心", isGroup: false, isShortForm: false),
    Suffix(word: "援助中心", isGroup: false, isShortForm: false),
    Suffix(word: "监察队", isGroup: false, isShortForm: false),
    Suffix(word: "稽查队", isGroup: false, isShortForm: false),
    Suffix(word: "执法队", isGroup: false, isShortForm: false),
    Suffix(word: "监察大队", isGroup: false, isShortForm: false),
    Suffix(word: "稽查大队", isGroup: false, isShortForm: false),
    Suffix(word: "执法大队", isGroup: false, isShortForm: false),
    Suffix(word: "消防大队", isGroup: false, isShortForm: false),
    Suffix(word: "监察支队", isGroup: false, isShortForm: false),
    Suffix(word: "执法支队", isGroup: false, isShortForm: false),
    Suffix(word: "监察总队", isGroup: false, isShortForm: false),
    Suffix(word: "执法总队", isGroup: false, isShortForm: false),
    // The work-safety committee by its everyday name (国务院安委会, 某市安委会):
    // 安全生产委员会 is the one committee every level of government keeps.
    Suffix(word: "安委会", isGroup: false, isShortForm: false),
    // Fire brigades by their pre-2018 names (淮北市消防支队, 某省消防总队).
    Suffix(word: "消防支队", isGroup: false, isShortForm: false),
    Suffix(word: "消防总队", isGroup: false, isShortForm: false),
  ]

  /// Unit suffixes (the squads and centres above) whose core may not hold a
  /// body of its own: 某县城管局执法大队 is an office inside the bureau.
  static let unitSuffixes: Set<String> = [
    "事业中心", "服务中心", "管理中心", "援助中心", "监察队", "稽查队", "执法队", "监察大队", "稽查大队",
    "执法大队", "消防大队", "监察支队", "执法支队", "监察总队", "执法总队", "消防支队", "消防总队",
  ]
  static let parentBodyEnds = ScalarBitmap(scalarsOf: "局院厅所部委")

  /// A squad's short word and the full one it stands for when the text
  /// writes both (某县劳动保障监察队 … 某县劳动保障监察大队: one body).
  static let squadShortForms: [(short: String, full: String)] = [
    ("监察队", "监察大队"), ("稽查队", "稽查大队"), ("执法队", "执法大队"),
  ]

  /// Suffixes that need no core: the squad word names the function
  /// (遂溪县消防大队, 某区执法大队).
  static let corelessSuffixes: Set<String> = [
    "消防大队", "执法大队", "监察大队", "稽查大队", "执法支队", "安委会", "消防支队", "消防总队",
  ]

  /// National parents that open a name (国家禁毒委员会, 中央第六环保督察组,
  /// 国务院安委会). 中央's committees and leading groups are the party's
  /// (kind other); its inspection groups act on governments (agency).
  /// 全国 opens the State Council's nationwide committees and groups
  /// (全国绿化委员会, 全国打击侵权假冒工作领导小组办公室; issue 16, session 18:
  /// h48-05); the legislature and the CPPCC written in full are parents of
  /// their own (全国人民代表大会常务委员会 is no 全国 + core).
  static let nationalParents: [String] = [
    "国务院", "国家", "中央", "全国人大", "全国政协", "全国", "全国人民代表大会", "全国人民政治协商会议",
  ]
  /// Parents whose committees are no state organs (kind other): the party
  /// centre, the legislature (全国人大环境与资源保护委员会), the CPPCC.
  static let otherParents: Set<String> = ["中央", "全国人大", "全国政协", "全国人民代表大会", "全国人民政治协商会议"]
  /// The rules of a national agency that may found a group (国务院成立…).
  static let nationalParentRules: Set<OrganizationRule> = [
    .national, .stateCouncilShortName, .nationalOffice,
  ]
  /// Scalars before a parent word that make it part of another word
  /// (中国家庭…, 全国家…, 党中央).
  static let parentBlockers = ScalarBitmap(scalarsOf: "中全本该各我外友邻党正")
  /// Group words that make a 中央 body a state inspection (agency) rather
  /// than a party organ.
  static let inspectionGroups: Set<String> = ["督察组", "督导组", "检查组", "工作组"]
  /// Group words that name a group after an ordinal alone (第三督导组,
  /// 中央第一巡视组); 第二小组, 第一工作组 name no body.
  static let namedGroups: Set<String> = ["督察组", "督导组", "巡视组", "检查组"]

  /// Verbs by which a parent body sets a group up (国务院成立…领导小组,
  /// 省政府设立…专班, 公安部组建…工作组): the group is named after the verb.
  static let foundingVerbs: [String] = ["成立", "设立", "组建", "组成"]
  /// Adverbs between the parent and the verb (国务院专门成立).
  static let foundingAdverbs: [String] = ["专门", "正式", "牵头", "联合", "还", "也", "又", "已", "先后"]
  /// The shortest core of a founded group: 成立专班 / 成立工作小组 name nothing.
  static let foundedCoreMinimum = 4

  /// Words that make an office part of the body before it (下设的凤翔镇征收办,
  /// 内设…办公室): not a body of its own (ANNOTATION.md, offices inside a body).
  static let officeLeads: [String] = ["下设", "内设", "所属", "下属", "其"]
  /// 崂山区森林防火指挥机构办公室设在崂山区应急管理局: an office the text puts
  /// inside a body, named right after it.
  static let officeTrails: [String] = ["设在", "设于", "挂靠"]

  /// Cores that say what kind of group without naming one (联合调查组,
  /// 专项工作小组, 临时工作专班, 专项治理工作领导小组): every word of the core
  /// is generic.
  static let genericWords: [String] = [
    "专项", "工作", "联合", "调查", "专案", "有关", "相关", "领导", "临时", "专门", "协调", "指导",
    "督导", "督察", "检查", "巡视", "各", "该", "本", "上述", "此", "这个", "那个",
    // A task, not a named function (专项治理工作领导小组, 整改工作专班).
    "治理", "整治", "整改", "排查", "清理", "攻坚", "处置", "推进", "落实", "保障", "应对", "善后",
  ]

  /// Scalars that never stand inside a core: punctuation is not Han, and
  /// these bound a name (的, 在, 向 …; `FunctionCharacters`); 第 opens an
  /// ordinal, read by the anchor (杭州市第一小组 is no name).
  static let coreBreakers = ScalarBitmap(
    scalarsOf: "第的在向及对将被于为是从等以已经由诉到把后称给该各至即系自某了并又也均因所据曾还却便遂仍则就但其个名")

  /// The longest core, in scalars.
  static let maxCore = 12
  /// The longest span looked back from a suffix for an anchor.
  static let window = 20

  /// Scalars after 办 that make it a verb or another word (办理, 办案, 办事):
  /// the name must end at 办.
  static let shortFormBlockers = ScalarBitmap(scalarsOf: "理案事法学好成完妥结")
  /// Last scalars of a short core that make 办 a verb's end (查办, 督办,
  /// 举办, 承办, 交办, 主办): 某纪委查办 is no office.
  static let shortFormVerbEnds = ScalarBitmap(scalarsOf: "查督举承交主协代包创开兴直帮合转批报待难要来去再快怎照不没停包首")
  /// The short core's length (综治, 扫黑, 扶贫).
  static let shortCore = 2...4

  /// Words that make a committee or office the party's (政法委员会, 宣传
  /// 办公室; kind other, not a state organ), self-governing (居民委员会) or
  /// social (消费者权益保护委员会).
  static let partyCoreWords: [String] = [
    "政法", "宣传", "组织", "统一战线", "统战", "机构编制", "编制", "全面深化改革", "深化改革", "依法治",
    "国家安全", "网络安全和信息化", "财经", "外事工作", "党", "居民", "村民", "军事",
    // Social bodies: 无锡市消费者权益保护委员会 is a consumer association.
    "消费者",
  ]

  /// Scalars after a group word that make it another word (小组赛, 小组长).
  static let groupBlockers = ScalarBitmap(scalarsOf: "赛长员")

  static let ordinalDigits = ScalarBitmap(scalarsOf: "一二三四五六七八九十")

  static let suffixTrie: PhraseTrie<Int> = {
    var trie = PhraseTrie<Int>()
    for (k, s) in suffixes.enumerated() { trie.insert(s.word, value: k) }
    return trie
  }()

  static let parentTrie: PhraseTrie<Int> = {
    var trie = PhraseTrie<Int>()
    for (k, p) in nationalParents.enumerated() { trie.insert(p, value: k) }
    return trie
  }()

  static let genericTrie: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for w in genericWords { trie.insert(w, value: true) }
    return trie
  }()

  static let partyTrie: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for w in partyCoreWords { trie.insert(w, value: true) }
    return trie
  }()

  /// 领导小组办公室, 领导小组办: the office of a group, a body of its own.
  static let groupOffices: [[Unicode.Scalar]] = ["办公室", "办"].map { Array($0.unicodeScalars) }
  /// 国家防灾减灾救灾委员会办公室会同…, 国务院食品安全委员会办公室: a committee's
  /// standing office acts in its own name and is the body the text names, as
  /// a group's office is (the blind golds list the office: h72-05, and h48-05
  /// and h54-02 for groups; issue 16, session 18). Only the full word: 委员会办
  /// is no office (委员会办理).
  static let committeeWord = "委员会"
  static let committeeOffice: [Unicode.Scalar] = Array("办公室".unicodeScalars)

  static let foundingVerbScalars: [[Unicode.Scalar]] = foundingVerbs.map {
    Array($0.unicodeScalars)
  }
  static let foundingAdverbScalars: [[Unicode.Scalar]] = foundingAdverbs.map {
    Array($0.unicodeScalars)
  }
  static let officeLeadScalars: [[Unicode.Scalar]] = officeLeads.map { Array($0.unicodeScalars) }
  static let officeTrailScalars: [[Unicode.Scalar]] = officeTrails.map {
    Array($0.unicodeScalars)
  }
  /// Founding verbs never stand inside a core: 国务院成立…小组 is the founded
  /// group, not 国务院 + 成立… .
  static let foundingVerbTrie: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for v in foundingVerbs { trie.insert(v, value: true) }
    return trie
  }()
}
