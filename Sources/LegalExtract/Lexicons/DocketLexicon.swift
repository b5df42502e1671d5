/// Tables for parsing docket numbers, built once from the generated TSVs:
/// province abbreviations, courts by docket code, divisions by code, and the
/// case-type codes (official, IP and legacy) as tries.
struct DocketLexicon: Sendable {
  struct Province: Sendable {
    let code: String
    let name: String
  }

  struct Division: Sendable {
    let name: String
    let parent: String
  }

  let provinces: [Unicode.Scalar: Province]
  let courts: [String: String]
  let divisions: [String: Division]
  /// Official and IP codes (民初, 知民初) → meaning.
  let typeCodes: PhraseTrie<DocketRules.CodeInfo>
  /// Legacy codes read right to left: reversed code → (code, meaning).
  let legacyCodes: PhraseTrie<(code: String, info: DocketRules.CodeInfo)>

  static let shared = DocketLexicon()

  private init() {
    var provinces: [Unicode.Scalar: Province] = [:]
    let p = TSVTable(provinceAbbreviationsTSV)
    for row in p.rows {
      guard let s = row[p.column("abbreviation")].unicodeScalars.first else { continue }
      provinces[s] = Province(code: row[p.column("code")], name: row[p.column("name")])
    }
    self.provinces = provinces

    // Sized up front and filled one hash a row: growing them rehashed every
    // key (6M instructions of start-up), and a nil test then a store hashed
    // each court code twice.
    var courts: [String: String] = [:]
    let c = TSVTable.courts
    courts.reserveCapacity(c.rows.count)
    let docketCode = c.column("docket_code")
    let courtName = c.column("name")
    for row in c.rows {
      courts.keepFirst(row[courtName], forKey: row[docketCode])
    }
    self.courts = courts

    var divisions: [String: Division] = [:]
    let d = TSVTable.divisions
    divisions.reserveCapacity(d.rows.count)
    for row in d.rows {
      divisions[row[d.column("code")]] = Division(
        name: row[d.column("name")], parent: row[d.column("parent")])
    }
    self.divisions = divisions

    var types = PhraseTrie<DocketRules.CodeInfo>()
    let t = TSVTable(caseTypeCodesTSV)
    for row in t.rows {
      // A value no enum case names is a table error: DocketLexiconTests reads every row.
      types.insert(
        row[t.column("code")],
        value: DocketRules.CodeInfo(
          category: DocketCategory(rawValue: row[t.column("category")]),
          stage: ProceedingStage(rawValue: row[t.column("stage")])))
    }
    for (code, category, stage) in DocketRules.ipCodes {
      types.insert(code, value: DocketRules.CodeInfo(category: category, stage: stage))
    }
    self.typeCodes = types

    var legacy = PhraseTrie<(code: String, info: DocketRules.CodeInfo)>()
    for (code, category, stage) in DocketRules.legacyCodes {
      let shown = DocketRules.legacyRenames[code] ?? code
      legacy.insert(
        String(code.reversed()),
        value: (shown, DocketRules.CodeInfo(category: category, stage: stage)))
    }
    self.legacyCodes = legacy
  }

  /// The full region a docket court code points at: 鄂1181 → 湖北省黄冈市麻城市.
  func region(provinceCode: String, digits: String) -> String? {
    let code: String
    switch digits.count {
    case 0: code = provinceCode + "0000"
    case 2: code = provinceCode + digits + "00"
    case 4: code = provinceCode + digits
    default: return nil
    }
    guard var d = divisions[code] else { return nil }
    var name = d.name
    while !d.parent.isEmpty, let up = divisions[d.parent] {
      name = up.name + name
      d = up
    }
    return name
  }
}
