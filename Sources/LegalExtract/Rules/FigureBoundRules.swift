/// Comparisons and maxima before a number (ANNOTATION.md: thresholds quoted
/// from a rule are not figures; facts measured against a bound are).
///
///     检票通道宽度小于900mm；         → 900 mm (a measured fact)
///     酒精含量大于或者等于80mg/100ml的 → no figure (a rule's condition)
///     最高可裁罚新台币240万元          → no figure (the most a rule allows)
enum FigureBoundRules {
  /// Comparison words: a rule's threshold only when a condition (…的) or a
  /// rule word (标准, 规定, 应当) goes with them; else a measurement.
  static let comparisons: [String] = [
    "大于或者等于", "大于或等于", "大于等于", "小于或者等于", "小于或等于", "小于等于", "大于",
    "小于", "等于", "高于", "低于",
  ]

  static let comparisonTrie = PhraseTrie.words(comparisons)

  /// Words in the clause before a comparison that make it a rule's
  /// (设置标准为宽度不小于…, 规定…大于).
  static let ruleWords: [String] = ["标准", "规定", "应当", "应", "不得", "须", "必须", "要求"]

  static let ruleWordTrie = PhraseTrie.words(ruleWords)

  /// The modal of a maximum or minimum (最高可, 最多可以, 最低): the amount
  /// after the penalty verb is what a rule allows.
  static let maximumModals: [String] = [
    "最高可以", "最高可", "最多可以", "最多可", "最低可", "最高将", "最高得", "最高",
  ]

  static let maximumModalTrie = PhraseTrie.words(maximumModals)

  /// Penalty verbs between the modal and the amount (最高可裁罚, 最高可处以).
  static let penaltyVerbs: [String] = [
    "裁罚", "罚款", "罚锾", "处罚", "处以", "并处", "判处", "判", "处", "罚", "科处", "没收",
  ]

  static let penaltyVerbTrie = PhraseTrie.words(penaltyVerbs)
}
