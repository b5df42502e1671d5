/// Reporting periods (blind batches B2, B4, B7, B8; ANNOTATION.md counts
/// quantities of the facts): a span the article looks back over to report
/// a body's work or a statistic is not a figure, the time a party spent
/// doing something is.
///
///     近5年来，民事案件的调撤率…    → no figure (近 … 年来)
///     过去五年，全市法院共受理…    → no figure (过去)
///     30年来，宁波海事法院…        → no figure (a body reports)
///     两年来，两家人断断续续…      → P2Y (the parties' own time)
///     9年来该公司非法占用土地      → P9Y
///     铁路检察机关4年办理案件370件  → no figure (body, period, work verb)
enum FigurePeriodRules {
  /// Words before the number that look back from now (过去五年, 过去的一年).
  static let lookBackPrefixes: [String] = ["过去的", "过去", "過去", "这", "这些"]

  static let lookBackTrie = PhraseTrie.words(lookBackPrefixes)

  /// Bodies whose work a period reports (30年来，宁波海事法院…; 五年来，全市法院…):
  /// found at the head of the clause after the period.
  static let reportingBodies: [String] = [
    "法院", "检察院", "检察机关", "人民法院", "人民检察院", "该院", "本院", "我院", "全院",
    "海关", "公安机关", "法庭", "仲裁委", "司法机关", "政法机关", "我们",
  ]

  static let reportingBodyTrie = PhraseTrie.words(reportingBodies)

  /// How far into the next clause the reporting body may stand (宁波海事法院,
  /// 全市两级法院).
  static let bodyReach = 10

  /// Verbs of a body's work after a period it reports, headline style
  /// (检察机关4年办理公益诉讼案件370件, 全市法院五年审结案件…).
  static let reportingVerbs: [String] = [
    "办理", "受理", "审结", "审理", "办结", "查办", "查处", "起诉", "立案", "共", "累计", "提起", "发出",
  ]

  static let reportingVerbTrie = PhraseTrie.words(reportingVerbs)

  /// Last scalars of an organ's name (新闻办, 社保局, 人社厅, 市监委): the
  /// head of a clause ending so before its work is a body reporting.
  static let organSuffixes = ScalarBitmap(scalarsOf: "办局厅委署院庭所站队部")

  /// Words that open a body's account of its work (围绕…, 聚焦…, 以…为重点,
  /// 坚持…, 共办理…): a period before them is a reporting period.
  static let workOpeners: [String] = [
    "围绕", "紧紧围绕", "聚焦", "紧扣", "立足", "坚持", "按照", "以", "始终", "持续", "不断", "积极",
    "共", "累计", "先后", "全面", "深入",
  ]

  static let workOpenerTrie = PhraseTrie.words(workOpeners)
}
