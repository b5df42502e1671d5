/// Character and word tables that bound party names; the engine that uses
/// them is Stages/CasePartyFinder*.swift.
extension CasePartyFinder {
  /// Characters that never end a given name (王某的, 王某在).
  static let functionCharacters: Set<Unicode.Scalar> = FunctionCharacters.scalars(.partyName)

  /// Characters that end a name for certain.
  static let strongStops: Set<Unicode.Scalar> = [
    ",", "，", "、", "。", "(", "（", ")", "）", ":", "：", ";", "；", "\n", " ", "“", "”", "\"",
  ]
  /// Words that may follow a name directly (与, 犯, 诉称, 辩称).
  static let nameFollowers: Set<Unicode.Scalar> = ["与", "和", "及", "等", "犯", "诉", "辩", "系", "因", "于", "将", "以", "向"]
  /// Particles that close a three-character name standing before them
  /// elsewhere in the article (王某海在庭上).
  static let closingParticles: Set<Unicode.Scalar> = ["在", "的", "被", "因", "于", "与", "和", "等", "犯", "称"]
  /// Starts that are words, not names.
  static let notNames = [
    "诉称", "辩称", "单位", "该", "其", "上述", "相关", "一方", "双方", "人民", "机关", "法院", "公司", "不服", "认为",
    "提出", "主张", "未", "均", "对", "向", "就", "所", "称", "方", "的", "在", "人", "一审", "二审", "再审", "要求",
    "请求", "同意", "随后", "后", "经", "并", "遂", "于", "当", "此", "本", "今", "去年", "同年", "次日", "近日",
    "检察", "部门", "公安", "买受", "出卖", "应", "被告", "原告", "获刑", "费用", "控制", "开发", "单位", "指控", "预谋", "分别", "均", "各", "表示",
  ]

  /// Characters a company or body name does not hold: the verbs and
  /// particles that glue a name to the clause around it (因与被告…, 拟注册成立…).
  static let notInBodyNames: Set<Unicode.Scalar> = [
    "因", "与", "被", "以", "将", "在", "对", "向", "要", "判", "令", "拟", "后", "的", "了", "是", "等", "或",
    "为", "于", "把", "让", "使", "请", "认", "称", "其", "该", "应", "已", "并", "经", "由",
  ]

  /// Last characters of things, not people (交通费, 赔偿金, 所有权, 判决书).
  static let thingEndings: Set<Unicode.Scalar> = [
    "费", "款", "金", "权", "书", "案", "罪", "额", "证", "据", "单", "表", "物", "品", "车", "房", "地", "期",
    "法", "部", "局", "院", "厅", "所", "处", "科", "庭", "会", "组", "队", "协", "议", "同", "率", "量",
  ]
}
