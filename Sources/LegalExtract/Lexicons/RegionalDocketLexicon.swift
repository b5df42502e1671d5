/// Tries for Hong Kong and Taiwan case numbers, built once from
/// `DocketRulesHongKong` and `DocketRulesTaiwan`.
struct RegionalDocketLexicon: Sendable {
  /// Chinese court names and short names: 终院, 高等法院, 东区裁判法院.
  let hongKongCourts: PhraseTrie<DocketRulesHongKong.Court>
  /// Chinese case types: 刑事上诉, 宪法及行政诉讼.
  let hongKongCaseTypes: PhraseTrie<DocketRulesHongKong.CaseType>
  /// English prefixes, court and type letters together: FACC, HCAL, KTCC.
  let hongKongPrefixes: PhraseTrie<HongKongPrefix>
  /// Taiwan case-type words read right to left: reversed word → meaning.
  let taiwanCaseTypes: PhraseTrie<DocketRules.CodeInfo>
  /// Taiwan court names read right to left: reversed name → name.
  let taiwanCourts: PhraseTrie<String>

  struct HongKongPrefix: Sendable {
    let court: String
    let type: String
    let meaning: DocketRulesHongKong.CaseType
  }

  static let shared = RegionalDocketLexicon()

  private init() {
    var courts = PhraseTrie<DocketRulesHongKong.Court>()
    for row in DocketRulesHongKong.chineseCourts { courts.insert(row.written, value: row.court) }
    hongKongCourts = courts

    var types = PhraseTrie<DocketRulesHongKong.CaseType>()
    for row in DocketRulesHongKong.chineseCaseTypes { types.insert(row.written, value: row.type) }
    hongKongCaseTypes = types

    var prefixes = PhraseTrie<HongKongPrefix>()
    for row in DocketRulesHongKong.englishPrefixes {
      prefixes.insert(
        row.court + row.type,
        value: HongKongPrefix(court: row.court, type: row.type, meaning: row.meaning))
    }
    hongKongPrefixes = prefixes

    var twTypes = PhraseTrie<DocketRules.CodeInfo>()
    for row in DocketRulesTaiwan.caseTypes {
      twTypes.insert(
        String(row.code.reversed()),
        value: DocketRules.CodeInfo(category: row.category, stage: row.stage))
    }
    taiwanCaseTypes = twTypes

    var twCourts = PhraseTrie<String>()
    for name in DocketRulesTaiwan.courtNames {
      twCourts.insert(String(name.reversed()), value: name)
    }
    taiwanCourts = twCourts
  }
}
