/// Rule tables for docket numbers (案号) beyond the generated case-type table.
enum DocketRules {
  /// One type code's meaning.
  struct CodeInfo: Sendable {
    let category: String?
    let stage: String?
  }

  /// IP codes used since 2017 that `caseTypeCodesTSV` lacks (知民初: IP civil first instance).
  static let ipCodes: [(code: String, category: String, stage: String)] = [
    ("知民初", "civil", "first-instance"), ("知民终", "civil", "second-instance"),
    ("知民申", "civil", "retrial-review"), ("知民再", "civil", "retrial"),
    ("知民特", "civil", "special"), ("知行初", "administrative", "first-instance"),
    ("知行终", "administrative", "second-instance"), ("知行申", "administrative", "retrial-review"),
    ("知行再", "administrative", "retrial"), ("知刑初", "criminal", "first-instance"),
    ("知刑终", "criminal", "second-instance"), ("知民辖终", "civil", "second-instance"),
    ("知行辖终", "administrative", "second-instance"), ("知终", "civil", "second-instance"),
  ]

  /// Pre-2016 type codes, as they read once the court prefix, bracketed
  /// tribunal marks and tribunal numbers are taken out: 闵民一(民)初 → 民初,
  /// 沪一中民三(民)终 → 民终, 大海法商初 → 商初, 浦执 → 执, 交提 → 提.
  static let legacyCodes: [(code: String, category: String?, stage: String?)] = [
    ("民初", "civil", "first-instance"), ("民终", "civil", "second-instance"),
    ("民再", "civil", "retrial"), ("民申", "civil", "retrial-review"),
    ("民监", "civil", "retrial-review"), ("民提", "civil", "retrial"),
    ("民抗", "civil", "protest"), ("民特", "civil", "special"), ("民督", "civil", "special"),
    ("民催", "civil", "special"), ("民破", "bankruptcy", "special"),
    ("商初", "civil", "first-instance"), ("商终", "civil", "second-instance"),
    ("商再", "civil", "retrial"), ("商外初", "civil", "first-instance"),
    ("经初", "civil", "first-instance"), ("经终", "civil", "second-instance"),
    ("经再", "civil", "retrial"), ("知初", "civil", "first-instance"),
    ("知终", "civil", "second-instance"),
    ("海事初", "civil", "first-instance"), ("海商终", "civil", "second-instance"),
    ("刑初", "criminal", "first-instance"), ("刑终", "criminal", "second-instance"),
    ("刑再", "criminal", "retrial"), ("刑监", "criminal", "retrial-review"),
    ("刑申", "criminal", "retrial-review"), ("刑提", "criminal", "retrial"),
    ("刑复", "criminal", "other"), ("刑核", "criminal", "special"),
    ("刑更", "criminal", "enforcement"), ("刑抗", "criminal", "protest"),
    ("行初", "administrative", "first-instance"), ("行终", "administrative", "second-instance"),
    ("行再", "administrative", "retrial"), ("行监", "administrative", "retrial-review"),
    ("行申", "administrative", "retrial-review"), ("行提", "administrative", "retrial"),
    ("行审", "administrative", "special"), ("行他", "administrative", "other"),
    ("执", "enforcement", "enforcement"), ("执恢", "enforcement", "enforcement"),
    ("执异", "enforcement", "enforcement"), ("执复", "enforcement", "enforcement"),
    ("执监", "enforcement", "enforcement"), ("执保", "enforcement", "enforcement"),
    ("执他", "enforcement", "enforcement"), ("执行", "enforcement", "enforcement"),
    ("执申", "enforcement", "retrial-review"), ("民他", "civil", "other"), ("刑他", "criminal", "other"),
    ("赔初", "state-compensation", "first-instance"), ("赔终", "state-compensation", "second-instance"),
    ("委赔", "state-compensation", "other"), ("法赔", "state-compensation", "other"),
    ("赔", "state-compensation", "other"), ("破", "bankruptcy", "special"),
    ("交提", "civil", "retrial"), ("交终", "civil", "second-instance"), ("交申", "civil", "retrial-review"),
    ("海商初", "civil", "first-instance"), ("限", "civil", "special"),
    ("提", nil, "retrial"), ("监", nil, "retrial-review"), ("申", nil, "retrial-review"),
    ("再", nil, "retrial"), ("终", nil, "second-instance"), ("初", nil, "first-instance"),
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
  static let tribunalNumerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

  /// Category characters of legacy codes; tribunal numerals follow only these.
  static let legacyCategoryScalars: Set<Unicode.Scalar> = ["民", "刑", "行", "商", "经", "知", "执", "赔", "海"]

  /// Opening and closing brackets around the year.
  static let openBrackets: Set<Unicode.Scalar> = ["(", "〔", "[", "【", "﹝"]
  static let closeBrackets: Set<Unicode.Scalar> = [")", "〕", "]", "】", "﹞"]
}
