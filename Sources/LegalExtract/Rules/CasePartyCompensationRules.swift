/// Word tables of the state-compensation and finding-of-guilt
/// frames (Stages/CasePartyFinder+Compensation.swift).
extension CasePartyFinder {
  /// `case.party.compensation-obligor`: a request for state compensation, made
  /// to the bodies named between 向 and it (向某县公安局申请国家赔偿, 分别向某检察院和
  /// 某法院提出国家赔偿的请求). 国家赔偿法 has the claimant ask the obligor first.
  static let compensationCues = KeywordSet(["申请国家赔偿", "提出国家赔偿", "要求国家赔偿", "请求国家赔偿"])
  /// The role word that may stand between 向 and the bodies (向赔偿义务机关某县公安局).
  static let obligorRole = "赔偿义务机关"
  /// Adverbs between the bodies and the request (向某县公安局依法申请国家赔偿).
  static let compensationAdverbs = ["依法", "再次", "一并", "又"]
  /// Endings of a body that may owe state compensation when the organizations
  /// stage does not name it (某县公安局, 某看守所): an organ, a court, a procuratorate.
  static let obligorEndings = [
    "局", "政府", "法院", "检察院", "看守所", "监狱", "派出所", "办事处", "委员会", "大队", "支队",
  ]
  /// A body that decides on compensation owes none (…中级人民法院赔偿委员会).
  static let compensationDecider = "赔偿委员会"

  /// `case.party.found-guilty`: a finding whose names the charge (犯…罪) closes.
  static let foundGuiltyCues = KeywordSet(["认定"])
}
