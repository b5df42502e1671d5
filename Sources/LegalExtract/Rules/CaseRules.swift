/// Rule tables for splitting articles into cases and describing each case.
/// The engine that applies them is in Stages/Case*.swift.
enum CaseRules {
  /// Case types, tried in order against the title, then the case's text:
  /// the first keyword found decides (longer, more specific ones first).
  static let types: [(keyword: String, type: String)] = [
    ("刑事附带民事公益诉讼", "刑事附带民事公益诉讼"),
    ("行政公益诉讼", "行政公益诉讼"),
    ("民事公益诉讼", "民事公益诉讼"),
    ("侵害商标权", "知识产权"), ("侵害专利权", "知识产权"), ("侵害著作权", "知识产权"),
    ("侵害计算机软件著作权", "知识产权"), ("不正当竞争", "知识产权"), ("商业秘密", "知识产权"),
    ("知识产权", "知识产权"),
    // Charges named in titles make a case criminal.
    ("危险驾驶", "刑事"), ("盗窃", "刑事"), ("诈骗", "刑事"), ("故意伤害", "刑事"), ("故意杀人", "刑事"),
    ("遗弃", "刑事"), ("虐待", "刑事"), ("拒不执行判决", "刑事"), ("拒不执行裁定", "刑事"),
    ("交通肇事", "刑事"), ("以危险方法", "刑事"), ("贪污", "刑事"), ("受贿", "刑事"), ("走私", "刑事"),
    ("侵犯公民个人信息", "刑事"), ("非法吸收公众存款", "刑事"), ("集资诈骗", "刑事"), ("污染环境罪", "刑事"),
    ("执行异议", "执行"), ("执行监督", "执行"), ("执行类案监督", "执行"),
    ("行政诉讼", "行政"), ("行政处罚", "行政"), ("行政协议", "行政"), ("行政赔偿", "行政"),
    ("罪案", "刑事"), ("被告人", "刑事"), ("公诉", "刑事"), ("有期徒刑", "刑事"), ("拘役", "刑事"),
    ("纠纷", "民事"), ("原告", "民事"), ("民事", "民事"),
  ]

  /// Words that make the plaintiff side of a role phrase (原告X, 公诉机关X): the role grammar's.
  static let plaintiffRoles = CasePartyRoles.table.filter { $0.side == .plaintiff }.map { $0.word }
  /// Words that make the defendant side (被告X, 被告人X): the role grammar's.
  static let defendantRoles = CasePartyRoles.table.filter { $0.side == .defendant }.map { $0.word }

  /// Characters that end a name after a role word (被告人郑某，男 → 郑某).
  static let nameStops: Set<Unicode.Scalar> = FunctionCharacters.scalars(.roleNameStop).union([
    ",", "，", "、", "。", "(", "（", ")", "）", ":", "：", ";", "；", " ", "\n", "”", "“", "!", "?",
  ])

  /// How a verb names a party.
  enum PartyVerbRole { case defendantAfter, agencyAfter, suit, prosecution }

  /// Verbs that name parties: the names after 判处/判令 are defendants; in
  /// 甲将乙诉至法院 甲 sues 乙.
  static let partyVerbs: [(verb: String, role: PartyVerbRole)] = [
    ("判处被告人", .defendantAfter), ("判处", .defendantAfter), ("判令", .defendantAfter),
    ("判决撤销", .agencyAfter), ("判决确认", .agencyAfter), ("判决", .defendantAfter), ("诉至", .suit),
    ("起诉至", .suit),
    ("提起公诉", .prosecution),
  ]

  /// Penalties that follow the names of those sentenced (冯某、韩某有期徒刑十个月).
  static let penaltyWords = ["有期徒刑", "拘役", "管制", "无期徒刑", "死刑", "罚金"]

  /// The tables above as one-pass keyword sets.
  static let typeKeywords = KeywordSet(types.map(\.keyword))
  static let evidenceKeywords = KeywordSet(caseEvidence + CaseToldRules.newsProcedureWords)
  static let concreteKeywords = KeywordSet(concreteCaseMarkers)

  /// Role words, longest match first: true for the plaintiff side.
  static let roleTrie: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for r in plaintiffRoles { trie.insert(r, value: true) }
    for r in defendantRoles { trie.insert(r, value: false) }
    return trie
  }()

  /// Body suffixes as a trie, for one pass over a candidate name.
  static let bodySuffixTrie: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for s in bodySuffixes { trie.insert(s, value: true) }
    return trie
  }()

  /// Branch units named after a company or bank (江宁店, 朝阳支行).
  static let branchSuffixes = ["分公司", "分店", "店", "支行", "分行", "营业部", "分理处", "门店"]

  /// Suffixes that end a company or body named as a party.
  static let bodySuffixes = [
    "有限责任公司", "股份有限公司", "有限公司", "集团公司", "公司", "集团", "人民政府", "政府", "委员会", "管理局",
    "局", "厂", "合作社", "医院", "学校", "银行", "商行", "超市", "酒店", "街道办事处", "办事处",
    "销售中心", "经营部", "商店", "门市部", "工作室", "事务所", "俱乐部", "宾馆", "饭店", "商场", "网吧",
    "幼儿园", "养老院", "敬老院", "村民委员会", "居民委员会", "中心", "协会", "研究所",
  ]

  /// Line openings of closing notes and bylines that stay outside every case.
  static let closingOpenings = [
    "(注", "（注", "注:", "注：", "来源", "责任编辑", "编辑", "(作者", "（作者", "作者单位", "文/", "(生效裁判",
    "（生效裁判", "本文", "图片", "原标题", "记者", "通讯员",
  ]

  /// Closing openings that are bylines, and the longest byline line: a
  /// longer paragraph opening with them (记者从…获悉，…) is no byline.
  static let bylineOpenings = ["记者", "通讯员"]
  static let bylineLength = 30

  /// Words that show a concrete case with people in it (statistics and
  /// commentary use the evidence words too, but not these).
  static let concreteCaseMarkers = [
    "原告", "被告", "申请人", "被执行人", "犯罪嫌疑人", "当事人", "诉至", "起诉", "检察建议", "上诉人", "公益诉讼起诉人",
  ]

  /// Openings of paragraphs that each tell one case of a story reporting
  /// several without headings (第一起案件中, 另一起案件中): the ordinals run
  /// as far as a story counts (第四起，…, 其五，…), not only to 三.
  static let caseParagraphOrdinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
  static let caseParagraphOpenings =
    caseParagraphOrdinals.flatMap { ["第\($0)起案件", "第\($0)起案例"] }
    + ["另一起案件", "另一案件", "另一起案例"] + caseParagraphOrdinals.map { "第\($0)起" } + ["另一起"]
    + argumentOrdinals + caseParagraphOrdinals.prefix(6).map { "案件\($0)" }
  static let caseParagraphOpeningScalars = caseParagraphOpenings.map(\.scalarArray)

  /// Openings among `caseParagraphOpenings` that also number reasons or
  /// arguments (其一，在法律法规没有明确规定的情况下…): a case only where the
  /// paragraph tells a matter.
  static let argumentOrdinals = caseParagraphOrdinals.prefix(6).map { "其\($0)" }

  /// Openings of closing remarks after the cases of a story.
  static let closingRemarkOpenings = [
    "法官提示", "法官提醒", "法官表示", "法官说", "检察官提示", "检察官提醒", "检察官表示", "据悉", "据了解", "记者了解",
    "近年来", "此外", "下一步", "据介绍",
  ]

  /// Words that mark text as telling a concrete case (not commentary).
  static let caseEvidence = [
    "被告", "原告", "判决", "判处", "裁定", "提起公诉", "提起诉讼", "起诉", "检察建议", "立案", "审理",
    "上诉", "宣判", "申请人", "犯罪嫌疑人", "诉至", "法院认为", "案情", "一审", "二审",
    "强制执行", "处罚决定", "责令", "整改", "检察官", "庭审", "有期徒刑", "罚金",
    // Police and court news tell a case by its arrest or trial.
    "犯罪嫌疑人", "嫌疑人", "嫌犯", "抓获", "告破", "侦破", "破获", "落网", "提审", "开庭", "命案", "判令", "执结",
    // Labour arbitration tells a case by its application and award.
    "申请仲裁", "裁决",
    // Stories without role words: enforcement (被执行人, 执行法官), civil
    // suits and mediation (诉状, 官司, 纠纷, 调解), labour disputes
    // (仲裁, 欠薪, 工伤), seizures (走私, 查获, 截获, 检获), and police steps.
    "被执行人", "申请执行", "执行法官", "诉状", "官司", "纠纷", "调解", "达成协议", "仲裁", "欠薪", "工伤",
    "走私", "查获", "截获", "检获", "扣押", "传唤", "拘留", "移交",
  ]
}
