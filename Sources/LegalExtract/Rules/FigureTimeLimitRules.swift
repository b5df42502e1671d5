/// Words that mark a duration as a statutory time limit restated from a law
/// (ANNOTATION.md: statutory time limits are not figures): 六个月的起诉期限,
/// 之日起一年内提出, 该一年期间即除斥期间.
enum FigureTimeLimitRules {
  /// Names of legal time limits; one in the same clause as the duration.
  static let limitNouns: [String] = [
    "起诉期限", "除斥期间", "诉讼时效", "申请期限", "上诉期限", "复议期限", "申诉期限",
    "法定期限", "时效期间", "申请执行期限", "审理期限", "审限", "举证期限", "答辩期",
    "保证期间", "追诉时效", "追诉期限", "过渡期", "仲裁时效", "仲裁期限", "申请仲裁期限",
    // Taiwan's and Hong Kong's 期間 for a 期限: 上訴期間, 抗告期間.
    "上诉期间", "抗告期间", "再审期间", "答辩期间", "举证期间",
  ]

  static let limitNounTrie = PhraseTrie.words(limitNouns)

  /// How far back in its clause a limit's name may stand when the number is
  /// what it counts (上诉期间应自…起算20日).
  static let topicReach = 48

  /// Scalars after X年内 that make it a rule's look-back window (二年内曾因…,
  /// 3年内首次违反, 五年内初次…).
  static let lookBackStarts = ScalarBitmap(scalarsOf: "曾首初")

  /// Verbs right before a number that count a limit from a day: 起算20日.
  static let countingVerbs = ["起算", "计算", "起计"]

  /// Acts a time limit allows (…之日起六个月内提起诉讼).
  static let limitedActs: [String] = [
    "提起", "提出", "申请", "起诉", "上诉", "申诉", "行使", "主张",
  ]

  static let limitedActTrie = PhraseTrie.words(limitedActs)

  /// How far after X内 an allowed act may stand when a 向 phrase names the
  /// body it is brought to (之日起十五日内向人民法院提起诉讼, h39-10;
  /// 之日起15日内向法院提起诉讼, h70-10).
  static let towardsBodyReach = 12

  /// Words of a sentence that states a rule (规定, 应当, 可以).
  static let ruleWords: [String] = [
    "规定", "应当", "应", "可以", "有权", "不得", "法律", "司法解释",
    // 如不服复议决定，可在接到决定书之日起15日内…: a notice of a right.
    "可在",
  ]

  static let ruleWordTrie = PhraseTrie.words(ruleWords)

  /// Words in the duration's clause that impose it on a party: the term is
  /// a fact (责令其十日内提出, 判令…).
  static let impositionWords: [String] = [
    "责令", "判处", "判令", "限其", "限令", "要求其", "通知其", "告知其",
    // 被告应于本判决生效之日起十日内提出…: a judgment's order
    "本判决", "本裁定", "判决生效", "裁定生效", "发生法律效力",
  ]

  static let impositionTrie = PhraseTrie.words(impositionWords)

  /// Words of a court or an agency ordering something: a sentence with one
  /// imposes its X内 terms (判决被告十日内支付, 责令限期三十日内改正).
  static let courtOrders: [String] = [
    "判决", "判令", "判处", "裁定", "决定", "责令", "要求", "限期", "责成", "通知", "告知",
  ]

  static let courtOrderTrie = PhraseTrie.words(courtOrders)
}
