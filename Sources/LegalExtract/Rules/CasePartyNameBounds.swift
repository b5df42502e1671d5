/// Where a party's name ends: a closed set of the words that follow names in
/// case news (the crime nouns of a charge, the verbs a party does), so that a
/// name is bounded by what comes after it rather than by its length
/// (吴英集资诈骗案 → 吴英, 王某上诉 → 王某, 汪逸峰认为 → 汪逸峰).
enum CasePartyNameBounds {
  /// Words that open right after a party's name.
  static let followingWords: [String] = [
    // Crime nouns a charge opens with (集资诈骗, 强制猥亵, 虚开增值税发票…).
    "集资诈骗", "集资", "合同诈骗", "诈骗", "盗窃", "抢劫", "抢夺", "受贿", "行贿", "贪污", "挪用", "职务侵占", "侵占",
    "故意", "过失", "非法", "涉嫌", "强制猥亵", "猥亵", "强奸", "寻衅", "聚众", "组织", "开设", "污染", "走私", "贩卖",
    "运输", "敲诈", "虚开", "伪造", "危险驾驶", "交通肇事", "拒不", "侵犯", "妨害", "掩饰", "帮助", "滥用", "玩忽",
    "生产", "销售", "容留", "窝藏", "包庇", "洗钱", "破坏", "虐待", "遗弃",
    // Acts of a party in the procedure (上诉, 辩称, 不服, 认为…).
    "上诉", "申诉", "起诉", "投诉", "上告", "提出", "提起", "供述", "到案", "自首", "认罪", "辩称", "诉称", "认为", "表示",
    "不服", "申请", "同意", "拒绝", "承认", "否认", "作为", "成为", "称为", "身为",
    // What a court does to a party named before it (将张某纳入失信被执行人名单).
    "纳入", "列入",
  ]

  /// Verbs that stand before a party's name, never inside a body's name
  /// (判决驳回某物流有限公司的诉讼请求, 受理了某制砖有限公司…一案).
  static let verbsBeforeNames: [String] = [
    "驳回", "支持", "判令", "责令", "要求", "撤销", "确认", "受理", "起诉", "申请", "判处", "认定", "裁定", "决定", "依法",
    "联系", "通知", "找到", "督促", "建议",
  ]
  static let verbsBeforeNamesTrie: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for w in verbsBeforeNames { trie.insert(w, value: true) }
    return trie
  }()

  /// True when a verb of `verbsBeforeNames` opens at `offset` of `t`.
  static func verbOpens(_ t: [Unicode.Scalar], at offset: Int) -> Bool {
    guard offset >= 0, offset < t.count else { return false }
    return verbsBeforeNamesTrie.longestMatch(in: t, from: offset, limit: min(t.count, offset + 4))
      != nil
  }

  /// The words as a trie, for one look at the scalars after a name.
  static let trie: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for w in followingWords { trie.insert(w, value: true) }
    return trie
  }()

  /// True when a word of the table opens at `offset` of `t`.
  static func wordOpens(_ t: [Unicode.Scalar], at offset: Int) -> Bool {
    guard offset >= 0, offset < t.count else { return false }
    return trie.longestMatch(in: t, from: offset, limit: min(t.count, offset + 6)) != nil
  }

  /// Words after a company or body that show its name has ended (某公司的,
  /// 某厂被处以, 某公司已支付, 某公司工作人员).
  static let afterBodyWords: [String] = [
    "的", "被", "已", "不", "仍", "拒", "作", "也", "还", "均", "系", "认为", "表示", "称", "工作人员", "负责人",
    "法定代表人", "法人代表", "员工", "职工", "股东", "经理", "老板", "代理", "委托",
  ]
  static let afterBodyTrie: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for w in afterBodyWords { trie.insert(w, value: true) }
    return trie
  }()

  /// The 诉 of 甲诉乙 is no other word's: characters before 诉 that make a
  /// compound (起诉, 上诉, 追诉, 投诉, 胜诉…), and after it (诉讼, 诉称, 诉求…).
  static let notSuBefore: ScalarBitmap = [
    "抗", "起", "上", "申", "公", "告", "反", "非", "可", "追", "投", "控", "胜", "败", "撤", "应", "自", "复",
  ]
  static let notSuAfter: ScalarBitmap = ["讼", "称", "请", "求", "状"]
}
