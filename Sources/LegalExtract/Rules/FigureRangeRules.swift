/// Words that may stand inside a range of figures.
enum FigureRangeRules {
  /// Penalties whose terms a range may join across (有期徒刑20年至拘役4个月,
  /// 有期徒刑十五年至管制六个月): the high end's penalty is written again
  /// after the range mark; the range is one figure (ANNOTATION.md).
  static let termPenalties = ["有期徒刑", "拘役", "管制", "判处拘役", "判处管制"]

  static let termPenaltyTrie = PhraseTrie.words(termPenalties)
}
