/// Every rule of the dockets stage (`DocketStage`), by its stable name.
///
/// A mainland candidate exists once a bracketed year is read (`（2023）`);
/// from there one of the four mainland forms proposes it, or a guard rejects
/// it. A Hong Kong candidate exists once a court and case type are followed
/// by a year (终院刑事上诉2014年) or an English prefix by a number (FACC 8);
/// a Taiwan one once an ROC year, a case-type word and 字第 are read
/// (110年度台上字第). When both
/// forms fail, a foreign marker is reported first, then the modern form's
/// guard when a court code was read, then the legacy form's.
enum DocketRule: String, NamedRule {
  /// Hashed by case tag, not by name (`NamedRule.caseTag`).
  func hash(into hasher: inout Hasher) { hasher.combine(caseTag) }

  /// （2023）鄂1181行初12号: province, court digits, type code, number.
  case modern = "docket.modern"
  /// （2020）最高法民申1234号: the Supreme People's Court's code 最高法.
  case modernSupreme = "docket.modern.supreme"
  /// (2015)麻行初字第00012号: pre-2016 court short name, code, 字.
  case legacy = "docket.legacy"
  /// (2015)民申字第853号: a pre-2016 code with no court, the Supreme
  /// People's Court's form unless first instance.
  case legacyCourtless = "docket.legacy.courtless"
  /// 終院刑事上訴2014年第8號: a Hong Kong court, case type, year and number
  /// (`DocketRulesHongKong`).
  case hongKongChinese = "docket.hong-kong.chinese"
  /// FACC 8/2014, HCCC No. 123/2019: a Hong Kong action number.
  case hongKongEnglish = "docket.hong-kong.english"
  /// 最高法院110年度台上字第5678號: a Taiwan number with an ROC year
  /// (`DocketRulesTaiwan`).
  case taiwanRocYear = "docket.taiwan.roc-year"

  /// 〔1900〕…: the year is outside 1949–2099 (an ROC year outside 1–150).
  case yearRange = "docket.guard.year-range"
  /// 鄂118行初: a province with 1 or 3 court digits (courts have 0, 2 or 4).
  case courtCodeDigits = "docket.guard.court-code-digits"
  /// 鄂1181某初: a modern court code followed by no known type code.
  case unknownTypeCode = "docket.guard.unknown-type-code"
  /// (2023)鄂劳人仲字: an arbitration, penalty, police or document number
  /// (`DocketRules.foreignMarkers`).
  case foreignMarker = "docket.guard.foreign-marker"
  /// 法〔2025〕225号: the number comes before any type code.
  case numberBeforeCode = "docket.guard.number-before-code"
  /// No 字 within 16 characters, a character that is neither Han nor a
  /// digit, or unbalanced tribunal brackets.
  case legacyShape = "docket.guard.legacy-shape"
  /// A 字-terminated segment whose end is no known legacy code.
  case unknownLegacyCode = "docket.guard.unknown-legacy-code"
  /// A code with no sequence number after it.
  case noNumber = "docket.guard.no-number"
  /// A number not closed by 号.
  case noHao = "docket.guard.no-hao"
  /// HCCC 123 with no /2019 after it: an action number needs its year.
  case noYear = "docket.guard.no-year"
  /// 地檢署110年度偵字第1234號: a prosecutors' office number (偵, 他),
  /// not a court's.
  case prosecutionNumber = "docket.guard.prosecution-number"
}
