/// Guards that keep a figure or a law inside a case's span off the case's
/// own facts (ANNOTATION.md: a case lists what its own part of the text
/// counts and cites). The engine is Stages/CaseFactAttribution.swift.
enum CaseFactRule: String, NamedRule {
  /// Hashed by case tag, not by name (`NamedRule.caseTag`).
  func hash(into hasher: inout Hasher) { hasher.combine(caseTag) }

  /// 9个地市法院14日公开宣判21件涉黑涉恶案件，共涉及159名被告人… / 全市法院受理各类案件
  /// 26155件 / 会上发布典型案例共26件: a sentence before the case is first named
  /// (its title or a party) that counts several cases is the lead's
  /// statistics; its figures count the batch, not this case.
  case statisticsLead = "case.figure.guard.statistics-lead"
  /// 全市两级法院…开展集中宣判活动…共计1400余人到场旁听。本次活动共对43起案件
  /// 80名被告人进行宣判…其中…14件39人…。\n集中宣判案件中，盐都法院审理的张某诈骗
  /// 一案中…: when the lead before the case counts cases, everything from the
  /// span's start to the last such sentence is the event's lead; and when the
  /// case is first named by its title in a later paragraph (禹州市某加油站申请执行
  /// 张某合同一案，…), the counts of the paragraphs before it (二十余名执行干警,
  /// 三个执行小组) are the event's, not the case's.
  case eventLead = "case.figure.guard.event-lead"
  /// 刑法修正案（八）将恶意欠薪入罪 / 修订后的刑事诉讼法把…写入总则 / 2012年修订民事诉讼法时:
  /// a law told as the act that changed the law is the law's history, not a
  /// law the case cites.
  case legislativeHistory = "case.law.guard.legislative-history"
}

/// What marks a count of cases and where a sentence ends (CaseFactAttribution).
enum CaseFactRules {
  /// Measure words cases are counted by (21件, 4起, 3宗, 10个…案例, 11篇案例, 一批).
  static let caseMeasures: Set<String> = ["件", "起", "宗", "个", "篇", "批"]
  /// The scalar that names a case in the noun after the count (案件, 案例, 欠薪案).
  static let caseScalar: Unicode.Scalar = "案"
  /// How far after a count its noun may name a case (3件黑社会性质组织犯罪案件,
  /// 50件313人涉黑涉恶犯罪案件: a count of people may stand between).
  static let caseNounReach = 12
  /// Words just before a count that say it counts cases (受理各类案件26155件,
  /// 发布典型案例共26件).
  static let casesBefore = ["案件", "案例"]
  /// How far before the count those words may end (案例共26件).
  static let casesBeforeReach = 4
  /// How far into its paragraph a title may start and still introduce the
  /// case there (集中宣判案件中，盐都法院审理的张某诈骗一案中).
  static let titleOpensParagraphReach = 24
  /// Measure words of people right after a count of cases (14件39人: cases
  /// and the people in them, a statistic).
  static let peopleAfterCaseCount: ScalarBitmap = ["人", "名"]
  /// What ends a sentence.
  static let sentenceEnds: ScalarBitmap = ["。", "！", "？", "；", "!", "?", ";", "\n"]
  /// What ends the clause a count's noun lies in.
  static let clauseEnds: ScalarBitmap = [
    "，", ",", "。", "；", ";", "、", "（", "(", "：", ":", "\n", "！", "？",
  ]

  /// Words after a law (and its article) that open the change it made: 将, 把.
  static let changeOpeners: [String] = ["将", "把"]
  /// Verbs of a legislative change (入罪, 写入总则, 确定为…罪, 纳入, 列为).
  static let changeVerbs: [String] = [
    "入罪", "写进", "写入", "纳入", "列入", "列为", "确定为", "规定为", "上升为", "确立",
  ]
  /// How far after the law the change's verb may stand, inside its sentence.
  static let changeReach = 30
  /// Words before a law that say it was being made or amended (2012年修订民事诉讼法时).
  static let makingWords: [String] = ["修订", "修正", "修改", "制定"]
  /// What closes a 修订…时 clause right after the law.
  static let makingTime: Unicode.Scalar = "时"
}
