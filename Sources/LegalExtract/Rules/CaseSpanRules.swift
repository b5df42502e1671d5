/// Word tables of the case-span rules (CaseSpanRule): what makes a paragraph
/// at a case's edge a round-up or a work report. The reader is
/// Stages/CaseSpanBounds.swift.
enum CaseSpanRules {
  /// Words of a round-up that counts the office's cases or totals, beside
  /// CaseMatterRules.aggregateWords and counted cases (392起, 5件案件).
  static let roundUpWords = KeywordSet([
    "截至目前", "截至今年", "截至当前", "截止目前", "据统计", "统计显示", "数据显示", "统计数据", "这组数据",
    "共受理", "共审结", "共办结", "共执结", "共审理", "共发放", "共组织", "共开展", "结案率", "执结率",
  ])

  /// Openings of a paragraph about the office's work over a period or its
  /// plans (近年来, 今年以来, 下一步, 今后); a first clause that ends in 以来
  /// (自扫黑除恶专项斗争开展以来，) opens one too.
  static let workOpenings = [
    "近年来", "近年以来", "今年以来", "去年以来", "多年来", "长期以来", "下一步", "今后", "接下来", "未来",
  ].map(\.scalarArray)
  /// The word that closes a first clause giving a period of work (…以来，).
  static let periodClose = "以来".scalarArray
  /// How far into a paragraph its first clause may close.
  static let firstClauseReach = 40
  /// Phrases of a plan (某法院将继续…, 将进一步…): the office's work to come.
  static let planWords = KeywordSet(["将继续", "将进一步", "将持续", "将不断", "下一步", "今后将", "将坚持"])
}

extension CaseSpanRules {
  /// Headings of a case's commentary (典型意义, 评析, 法官说法): what follows
  /// them belongs to the case (ANNOTATION.md), round-up words or not.
  static let commentaryHeadings = [
    "典型意义", "案例评析", "案件评析", "评析", "法官说法", "检察官说法", "律师说法", "法官提示", "检察官提示", "裁判要旨",
    "办案启示", "指导意义", "以案说法", "专家点评", "案例点评", "点评", "裁判要点", "要旨",
  ].map(\.scalarArray)
  /// Marks a commentary heading may open with (【典型意义】, 〔评析〕).
  static let headingOpeners: ScalarBitmap = ["【", "〔", "[", "（", "(", "■", "●", "◆", "▲"]
}
