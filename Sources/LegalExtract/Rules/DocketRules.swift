/// Rule tables for docket numbers (案号) beyond the generated case-type table.
enum DocketRules {
  /// One type code's meaning.
  struct CodeInfo: Sendable {
    let category: DocketCategory?
    let stage: ProceedingStage?
  }

  /// IP codes used since 2017 that `caseTypeCodesTSV` lacks (知民初: IP civil first instance).
  static let ipCodes: [(code: String, category: DocketCategory, stage: ProceedingStage)] = [
    ("知民初", .civil, .firstInstance), ("知民终", .civil, .secondInstance),
    ("知民申", .civil, .retrialReview), ("知民再", .civil, .retrial),
    ("知民特", .civil, .special), ("知行初", .administrative, .firstInstance),
    ("知行终", .administrative, .secondInstance), ("知行申", .administrative, .retrialReview),
    ("知行再", .administrative, .retrial), ("知刑初", .criminal, .firstInstance),
    ("知刑终", .criminal, .secondInstance), ("知民辖终", .civil, .secondInstance),
    ("知行辖终", .administrative, .secondInstance), ("知终", .civil, .secondInstance),
  ]

  /// Pre-2016 type codes, as they read once the court prefix, bracketed
  /// tribunal marks and tribunal numbers are taken out: 闵民一(民)初 → 民初,
  /// 沪一中民三(民)终 → 民终, 大海法商初 → 商初, 浦执 → 执, 交提 → 提.
  static let legacyCodes: [(code: String, category: DocketCategory?, stage: ProceedingStage?)] = [
    ("民初", .civil, .firstInstance), ("民终", .civil, .secondInstance),
    ("民再", .civil, .retrial), ("民申", .civil, .retrialReview),
    ("民监", .civil, .retrialReview), ("民提", .civil, .retrial),
    ("民抗", .civil, .protest), ("民特", .civil, .special), ("民督", .civil, .special),
    ("民催", .civil, .special), ("民破", .bankruptcy, .special),
    ("商初", .civil, .firstInstance), ("商终", .civil, .secondInstance),
    ("商再", .civil, .retrial), ("商外初", .civil, .firstInstance),
    ("经初", .civil, .firstInstance), ("经终", .civil, .secondInstance),
    ("经再", .civil, .retrial), ("知初", .civil, .firstInstance),
    ("知终", .civil, .secondInstance),
    ("海事初", .civil, .firstInstance), ("海商终", .civil, .secondInstance),
    ("刑初", .criminal, .firstInstance), ("刑终", .criminal, .secondInstance),
    ("刑再", .criminal, .retrial), ("刑监", .criminal, .retrialReview),
    ("刑申", .criminal, .retrialReview), ("刑提", .criminal, .retrial),
    ("刑复", .criminal, .other), ("刑核", .criminal, .special),
    ("刑更", .criminal, .enforcement), ("刑抗", .criminal, .protest),
    ("行初", .administrative, .firstInstance), ("行终", .administrative, .secondInstance),
    ("行再", .administrative, .retrial), ("行监", .administrative, .retrialReview),
    ("行申", .administrative, .retrialReview), ("行提", .administrative, .retrial),
    ("行审", .administrative, .special), ("行他", .administrative, .other),
    ("执", .enforcement, .enforcement), ("执恢", .enforcement, .enforcement),
    ("执异", .enforcement, .enforcement), ("执复", .enforcement, .enforcement),
    ("执监", .enforcement, .enforcement), ("执保", .enforcement, .enforcement),
    ("执他", .enforcement, .enforcement), ("执行", .enforcement, .enforcement),
    ("执申", .enforcement, .retrialReview), ("民他", .civil, .other), ("刑他", .criminal, .other),
    ("赔初", .stateCompensation, .firstInstance), ("赔终", .stateCompensation, .secondInstance),
    ("委赔", .stateCompensation, .other), ("法赔", .stateCompensation, .other),
    ("赔", .stateCompensation, .other), ("破", .bankruptcy, .special),
    ("交提", .civil, .retrial), ("交终", .civil, .secondInstance), ("交申", .civil, .retrialReview),
    ("海商初", .civil, .firstInstance), ("限", .civil, .special),
    ("提", nil, .retrial), ("监", nil, .retrialReview), ("申", nil, .retrialReview),
    ("再", nil, .retrial), ("终", nil, .secondInstance), ("初", nil, .firstInstance),
  ]

  /// Old codes whose current form differs: 提审 cases are now 再审 (民提 → 民再).
  /// Codes not listed keep their written form.
  static let legacyRenames: [String: String] = ["民提": "民再", "刑提": "刑再", "行提": "行再"]

  /// A pre-2016 maritime court's short name ends in 海法 (津海法, 大海法); its
  /// court is the province's maritime court, docket code ＋72.
  static let maritimeCourtMark = "海法"
  static let maritimeCourtCode = "72"

  /// Characters that mark the number of an arbitration award, a police or
  /// administrative decision, or a document, not of a court case.
  static let foreignMarkers: Set<Unicode.Scalar> = [
    "仲", "罚", "决", "劳", "检", "政", "函", "令", "公", "告", "鉴", "税", "发", "办",
  ]

  /// Tribunal numbers after a category character (民一, 刑二, 民三): dropped
  /// when reading a legacy code.
  static let tribunalNumerals: ScalarBitmap = [
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
  ]

  /// Category characters of legacy codes; tribunal numerals follow only these.
  static let legacyCategoryScalars: ScalarBitmap = [
    "民", "刑", "行", "商", "经", "知", "执", "赔", "海",
  ]

  /// Opening and closing brackets around the year.
  static let openBrackets: Set<Unicode.Scalar> = ["(", "〔", "[", "【", "﹝"]
  static let closeBrackets: ScalarBitmap = [")", "〕", "]", "】", "﹞"]
}
