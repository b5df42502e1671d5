/// Word tables of the administrative-suit grammar: an agency is the defendant
/// of the suit that reviews its act (Stages/CasePartyFinder+Agencies.swift).
extension CasePartyFinder {
  /// `case.party.act-held-unlawful`: 确认 + the agencies whose act is held
  /// unlawful (请求法院确认区政府、某办事处…的行为违法 / 判决确认某局…违法).
  static let unlawfulActCues = KeywordSet(["确认"])
  /// What asks for or orders the finding in the clause before 确认.
  static let unlawfulActAsks = ["请求", "要求", "诉请", "判决", "裁定"]
  /// The finding that closes the clause the agencies open.
  static let unlawfulActFindings = ["违法", "无效"]
  /// How far after 确认 the finding may stand.
  static let unlawfulActReach = 60
  /// What ends the clause between the agencies and the finding.
  static let unlawfulActBreaks: ScalarBitmap = ["，", ",", "。", "；", ";", "\n", "：", ":"]
  /// Item numbers a judgment's operative part opens 确认 with (2、确认…).
  static let itemNumerals: ScalarBitmap = [
    "1", "2", "3", "4", "5", "6", "7", "8", "9", "一", "二", "三", "四", "五", "六",
  ]
  /// Marks after such an item number.
  static let itemMarks: ScalarBitmap = ["、", ".", "．"]

  /// `case.party.head-appears`: the agency whose head appears in court for it
  /// (某局局长乔某作为行政机关负责人出庭应诉) is the defendant.
  static let appearanceCues = KeywordSet(["出庭应诉"])
  /// What after 出庭应诉 makes it a statistic or a duty, not one appearance.
  static let appearanceNotOne = ["率", "工作", "制度", "比例", "情况", "案件", "次数", "件"]
  /// Posts of an agency's head, right after the agency's name.
  static let headPosts = [
    "局长", "副局长", "县长", "副县长", "区长", "副区长", "市长", "副市长", "镇长", "副镇长", "乡长", "副乡长", "主任", "副主任",
    "厅长", "副厅长", "处长", "负责人", "党组书记", "党委书记", "主要负责人", "法定代表人",
  ]
}
