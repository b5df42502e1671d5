import ChineseText

/// Word tables of the told-matter evidence (Stages/CaseMatterEvidence.swift):
/// a stretch of text tells one matter when it names a particular actor and
/// gives procedure or outcome tied to it, and it is no round-up of counts.
enum CaseMatterRules {
  /// What a named firm or establishment ends in (天津某某医院, 某某药房,
  /// 某某商贸有限公司): an actor a penalty or a suit is told about. Agencies
  /// (局, 委员会, 政府, 中心) are left out: they act, they are not the
  /// matter; so is 集团 (犯罪集团 is a gang, not a firm).
  static let actorSuffixes = [
    "有限责任公司", "股份有限公司", "有限公司", "公司", "厂", "合作社", "医院", "诊所", "卫生院", "门诊部",
    "药房", "药店", "大药房", "超市", "商行", "商店", "商场", "经营部", "门市部", "酒店", "宾馆", "饭店", "餐厅",
    "餐馆", "工作室", "事务所", "网吧", "幼儿园", "养老院", "加油站", "养殖场", "加工厂", "作坊", "门店", "店",
    "俱乐部", "健身房", "美容院", "培训学校", "学校", "工地", "车行", "银行",
  ]
  static let actorSuffixTrie: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for s in actorSuffixes { trie.insert(s, value: true) }
    return trie
  }()
  /// The fewest characters of a firm's name before its suffix (大良医院).
  static let actorNameLength = 2
  /// Characters a firm's name does not run across.
  static let nameStops: ScalarBitmap = [
    "，", ",", "。", "；", ";", "：", ":", "、", "“", "”", "(", "（", ")", "）", "《", "》", " ", "\n",
  ]
  /// Words that make a firm-suffixed word a kind, not a name (各医院,
  /// 定点医疗机构, 一家公司): a name never opens with them.
  static let notActorOpenings: [[Unicode.Scalar]] = [
    "各", "一家", "多家", "该", "其", "本", "此", "这", "那", "我", "有关", "相关", "涉事", "全市", "全省", "全区",
    "辖区", "部分", "上述", "下属", "所有",
  ].map(\.scalarArray)

  /// How long a firm's name after a role word may be (被执行人四川某某建筑
  /// 工程有限公司): a role word needing a name takes a firm's.
  static let firmAfterRoleReach = 30

  /// Procedure and outcome tied to a told matter: a decision, a sentence,
  /// a step of a suit.
  static let outcomeWords = KeywordSet([
    "处以", "罚款", "判处", "判决", "责令", "没收", "吊销", "警告", "拘留", "裁决", "裁定", "立案", "起诉", "公诉",
    "行政处罚", "处罚决定", "有期徒刑", "拘役", "罚金", "被罚", "处罚", "移送", "追缴", "取消", "暂停", "解除",
  ])

  /// Words of a round-up that counts matters instead of telling one
  /// (共查处, 同比增长, 累计办理).
  static let aggregateWords = KeywordSet([
    "同比", "环比", "累计", "共查处", "共计查处", "共办理", "共受理", "共立案", "共处理", "共检查", "共实施", "总数",
  ])
  /// Classifiers of a counted case (392起, 1000多起案件, 5件案件): a number
  /// right before 起 or 宗 counts cases, before 件 only when 案 follows
  /// (查扣商品120件 counts goods).
  static let caseCountClassifiers: ScalarBitmap = ["起", "件", "宗"]
  /// How far after N件 the case noun may close its noun phrase (21件涉黑涉恶
  /// 案件), and the classifiers of the people a count of cases is paired
  /// with (50件313人).
  static let caseNounReach = 10
  static let peopleClassifiers: ScalarBitmap = ["人", "名"]
  /// How many counts of cases and round-up words make a text a round-up,
  /// against which a weak told cue tells no case.
  static let roundUpMarks = 4
  /// Told cues too weak to stand against a round-up of counts
  /// (查处一起企业非法排污案件 given as an example among totals).
  static let weakToldRules: Set<CaseToldRule> = [.oneCaseCounted, .countedDefendants]

  /// Penalties on named actors (case.split.penalised-actors): the passive
  /// words after the actor (某店因…被罚20万元), the active words right after
  /// it (对叶先生罚款1.5万元), and how far the actor may stand from them.
  static let passivePenaltyWords = ["被罚", "被处以", "被处罚款", "被行政处罚"]
  static let activePenaltyWords = ["罚款", "处以", "处罚款", "作出", "并处罚款", "给予"]
  static let penalisedActorReach = 30
  /// 被 + a body + a penalty verb (被区市场监管局罚款): the verbs, and how
  /// long the body's name may be.
  /// 被 + a body + 责令 (被市环保部门责令停止建设，处15万元罚款): an order with
  /// a fine after it in the sentence.
  static let passiveBodyPenalties = ["罚款", "处以", "处罚", "责令"]
  /// A firm named in full (…有限公司, …股份有限公司, …厂): at least this
  /// many characters with such a suffix; two such names are two actors.
  static let fullFirmNameLength = 6
  static let fullFirmSuffixes: [[Unicode.Scalar]] = ["有限公司", "有限责任公司", "集团", "厂", "合作社"].map(
    \.scalarArray)
  /// Marks that join names in a list (甲公司、乙公司): a listed firm is summed up, not told.
  static let actorListMarks: ScalarBitmap = ["、"]
  static let passiveBodyReach = 16

  /// Numbered items (case.split.told-items): the marks after a number
  /// (1、 / 2. / 一、 / 第三，) and the brackets around one ((1) / （一）).
  static let itemNumberEnds: ScalarBitmap = ["、", ".", "．", "，", ",", "：", ":"]
  /// A space closes the number of a heading item (1 商品虚假宣传，商家被判赔偿).
  static let headingItemNumberEnds: ScalarBitmap = [" ", "　"]
  /// Closers that make a number with a digit after it a decimal or a
  /// thousands group (1.5万元, 1,200元), not an item.
  static let decimalPoints: ScalarBitmap = [".", "．", ",", "，"]
  static let itemOpenBrackets: ScalarBitmap = ["(", "（"]
  static let itemCloseBrackets: ScalarBitmap = [")", "）"]
  /// An item's own title (（一）某某商行销售过期食品案。): how long, and the
  /// marks that close it.
  static let itemTitleLength = 60
  static let itemTitleClosers: ScalarBitmap = ["。", "：", ":"]
  /// Circled numbers ①…⑳ read as 1…20.
  static let circledNumbers: ClosedRange<UInt32> = 0x2460...0x2473
  /// The longest number an item opens with, in characters (十二, 12), the
  /// Chinese numerals it may be written in, and the largest item number.
  static let itemNumberLength = 3
  static let itemNumerals: ScalarBitmap = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
  static let itemLimit = 40
  /// How far into an item its actor may first stand: the item opens with
  /// the matter it tells (1、某某医院存在… / 2、2023年5月，某某公司…).
  static let actorReach = 40
}
