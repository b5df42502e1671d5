/// Guards that keep a court or procuratorate the case only names off the
/// case's bodies (the engine is Stages/CaseBodyFilter.swift).
enum CaseBodyRule: String, NamedRule {
  /// 依法报请最高人民法院核准: a body the case is sent up to has not acted in it
  /// (经层报某省人民检察院同意 tells it has).
  case referredTo = "case.body.guard.referred-to"
  /// 最高人民检察院、农业农村部联合开展…专项活动, 最高法院组织拍摄…: a national
  /// body named without a step of the case it takes (提审, 审理, 受理, 向最高人民法院
  /// 申请再审) does not act in the case.
  case nationalNotActing = "case.body.guard.national-not-acting"
}

extension CaseBodyFilter {
  /// Words before a body the case is sent up to (报请…核准).
  static let referralWords = ["报请", "层报", "提请", "报送"]
  /// The national bodies that act in a case only by a step of it.
  static let nationalBodies: Set<String> = ["最高人民法院", "最高人民检察院"]
  /// Steps a national body takes in a case, right after its name.
  static let nationalSteps = [
    "提审", "审理", "判决", "裁定", "再审", "受理", "立案", "作出", "指定", "抗诉", "审查", "知识产权法庭", "巡回法庭", "第",
  ]
  /// Words right before a national body that make it the one the case goes to
  /// (向最高人民法院申请再审, 由最高人民检察院…).
  static let toNationalBody: [Unicode.Scalar] = ["向", "由", "经", "至"]
}
