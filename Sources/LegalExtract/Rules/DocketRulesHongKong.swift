/// Rule tables for Hong Kong case numbers: the Chinese form
/// 終院刑事上訴2014年第8號 (court, case type, year, number) and the English
/// action number FACC 8/2014 (court letters, type letters, number, year).
///
/// Source: the Judiciary's published list of courts and case types with
/// their Chinese names and prefixes ("Hong Kong Special Administrative Region
/// Judiciary — Courts and Cases Types": 終院刑事上訴 FACC, 高院憲法及行政訴訟
/// HCAL, 高院破產案件 HCB …), with the seven magistrates' courts' two-letter
/// codes (ES, KC, KT, WK, ST, FL, TM) and their CC / S case types. Tables are
/// Simplified: the text is folded before it is read.
enum DocketRulesHongKong {
  /// The jurisdiction every Hong Kong number names (the `province` field).
  static let jurisdiction = "香港特别行政区"

  /// A court as a Chinese number names it: 终院 → 终审法院.
  struct Court: Sendable {
    let name: String
    /// The Court of Final Appeal: an appeal there is no second instance.
    let isFinal: Bool
  }

  /// A case type's meaning. An appeal is `secondInstance`, except at the
  /// Court of Final Appeal, a third tier the stage enum has no name for
  /// (the parser leaves the stage out there).
  struct CaseType: Sendable {
    let category: DocketCategory?
    let stage: ProceedingStage?
  }

  /// Court names and short names that open a Chinese number.
  static let chineseCourts: [(written: String, court: Court)] = {
    var rows: [(String, Court)] = [
      ("终院", Court(name: "终审法院", isFinal: true)),
      ("终审法院", Court(name: "终审法院", isFinal: true)),
      ("高院", Court(name: "高等法院", isFinal: false)),
      ("高等法院", Court(name: "高等法院", isFinal: false)),
      ("高等法院原讼法庭", Court(name: "高等法院原讼法庭", isFinal: false)),
      ("高等法院上诉法庭", Court(name: "高等法院上诉法庭", isFinal: false)),
      ("原讼法庭", Court(name: "高等法院原讼法庭", isFinal: false)),
      ("上诉法庭", Court(name: "高等法院上诉法庭", isFinal: false)),
      ("区院", Court(name: "区域法院", isFinal: false)),
      ("区域法院", Court(name: "区域法院", isFinal: false)),
      ("家事法庭", Court(name: "家事法庭", isFinal: false)),
      ("裁判法院", Court(name: "裁判法院", isFinal: false)),
      ("土地审裁处", Court(name: "土地审裁处", isFinal: false)),
      ("劳资审裁处", Court(name: "劳资审裁处", isFinal: false)),
      ("小额钱债审裁处", Court(name: "小额钱债审裁处", isFinal: false)),
      ("竞争事务审裁处", Court(name: "竞争事务审裁处", isFinal: false)),
    ]
    for m in magistracies { rows.append((m.name, Court(name: m.name, isFinal: false))) }
    return rows
  }()

  /// Case types as Chinese numbers write them after the court.
  static let chineseCaseTypes: [(written: String, type: CaseType)] = [
    ("刑事上诉", CaseType(category: .criminal, stage: .secondInstance)),
    ("民事上诉", CaseType(category: .civil, stage: .secondInstance)),
    ("裁判法院上诉", CaseType(category: .criminal, stage: .secondInstance)),
    ("刑事杂项案件", CaseType(category: .criminal, stage: .other)),
    ("民事杂项案件", CaseType(category: .civil, stage: .other)),
    ("杂项刑事", CaseType(category: .criminal, stage: .other)),
    ("杂项民事", CaseType(category: .civil, stage: .other)),
    ("杂项程序", CaseType(category: nil, stage: .other)),
    ("杂项案件", CaseType(category: nil, stage: .other)),
    ("覆核申请", CaseType(category: .criminal, stage: .other)),
    ("刑事案件", CaseType(category: .criminal, stage: .firstInstance)),
    ("传票", CaseType(category: .criminal, stage: .firstInstance)),
    ("民事诉讼", CaseType(category: .civil, stage: .firstInstance)),
    ("宪法及行政诉讼", CaseType(category: .administrative, stage: .firstInstance)),
    ("海事诉讼", CaseType(category: .civil, stage: .firstInstance)),
    ("商业诉讼", CaseType(category: .civil, stage: .firstInstance)),
    ("建筑及仲裁诉讼", CaseType(category: .civil, stage: .firstInstance)),
    ("人身伤害诉讼", CaseType(category: .civil, stage: .firstInstance)),
    ("人身伤亡诉讼", CaseType(category: .civil, stage: .firstInstance)),
    ("雇员补偿案件", CaseType(category: .civil, stage: .firstInstance)),
    ("婚姻诉讼", CaseType(category: .civil, stage: .firstInstance)),
    ("建筑物管理案件", CaseType(category: .civil, stage: .firstInstance)),
    ("破产案件", CaseType(category: .bankruptcy, stage: .special)),
    ("公司清盘案件", CaseType(category: .bankruptcy, stage: .special)),
    ("收养申请", CaseType(category: .civil, stage: .special)),
  ]

  /// The seven magistrates' courts: two-letter code and Chinese name.
  static let magistracies: [(code: String, name: String)] = [
    ("ES", "东区裁判法院"), ("KC", "九龙城裁判法院"), ("KT", "观塘裁判法院"),
    ("WK", "西九龙裁判法院"), ("ST", "沙田裁判法院"), ("FL", "粉岭裁判法院"),
    ("TM", "屯门裁判法院"),
  ]

  /// Courts by their letters in an English prefix: FA in FACC.
  static let englishCourts: [String: Court] = {
    var courts: [String: Court] = [
      "FA": Court(name: "终审法院", isFinal: true),
      "CA": Court(name: "高等法院上诉法庭", isFinal: false),
      "HC": Court(name: "高等法院原讼法庭", isFinal: false),
      "DC": Court(name: "区域法院", isFinal: false),
      "FC": Court(name: "家事法庭", isFinal: false),
      "LD": Court(name: "土地审裁处", isFinal: false),
      "LB": Court(name: "劳资审裁处", isFinal: false),
      "SC": Court(name: "小额钱债审裁处", isFinal: false),
    ]
    for m in magistracies { courts[m.code] = Court(name: m.name, isFinal: false) }
    return courts
  }()

  /// Every English prefix the list gives, split into court and type letters.
  static let englishPrefixes: [(court: String, type: String, meaning: CaseType)] = {
    var rows: [(String, String, CaseType)] = [
      ("FA", "CV", CaseType(category: .civil, stage: .secondInstance)),
      ("FA", "CC", CaseType(category: .criminal, stage: .secondInstance)),
      ("FA", "MV", CaseType(category: .civil, stage: .other)),
      ("FA", "MC", CaseType(category: .criminal, stage: .other)),
      ("FA", "MP", CaseType(category: nil, stage: .other)),
      ("CA", "CV", CaseType(category: .civil, stage: .secondInstance)),
      ("CA", "CC", CaseType(category: .criminal, stage: .secondInstance)),
      ("CA", "AR", CaseType(category: .criminal, stage: .other)),
      ("CA", "SJ", CaseType(category: .criminal, stage: .other)),
      ("CA", "QL", CaseType(category: .criminal, stage: .other)),
      ("CA", "MP", CaseType(category: nil, stage: .other)),
      ("HC", "A", CaseType(category: .civil, stage: .firstInstance)),
      ("HC", "AL", CaseType(category: .administrative, stage: .firstInstance)),
      ("HC", "AJ", CaseType(category: .civil, stage: .firstInstance)),
      ("HC", "AP", CaseType(category: .civil, stage: .firstInstance)),
      ("HC", "AD", CaseType(category: .civil, stage: .special)),
      ("HC", "B", CaseType(category: .bankruptcy, stage: .special)),
      ("HC", "BI", CaseType(category: .bankruptcy, stage: .special)),
      ("HC", "SD", CaseType(category: .bankruptcy, stage: .special)),
      ("HC", "CW", CaseType(category: .bankruptcy, stage: .special)),
      ("HC", "CL", CaseType(category: .civil, stage: .firstInstance)),
      ("HC", "CT", CaseType(category: .civil, stage: .firstInstance)),
      ("HC", "MC", CaseType(category: .civil, stage: .firstInstance)),
      ("HC", "PI", CaseType(category: .civil, stage: .firstInstance)),
      ("HC", "MP", CaseType(category: nil, stage: .other)),
      ("HC", "CC", CaseType(category: .criminal, stage: .firstInstance)),
      ("HC", "MA", CaseType(category: .criminal, stage: .secondInstance)),
      ("HC", "LA", CaseType(category: .civil, stage: .secondInstance)),
      ("HC", "SA", CaseType(category: .civil, stage: .secondInstance)),
      ("DC", "CC", CaseType(category: .criminal, stage: .firstInstance)),
      ("DC", "CJ", CaseType(category: .civil, stage: .firstInstance)),
      ("DC", "EC", CaseType(category: .civil, stage: .firstInstance)),
      ("DC", "PI", CaseType(category: .civil, stage: .firstInstance)),
      ("DC", "TC", CaseType(category: .civil, stage: .firstInstance)),
      ("DC", "EO", CaseType(category: .civil, stage: .firstInstance)),
      ("DC", "MP", CaseType(category: nil, stage: .other)),
      ("FC", "MC", CaseType(category: .civil, stage: .firstInstance)),
      ("FC", "JA", CaseType(category: .civil, stage: .special)),
      ("LD", "BM", CaseType(category: .civil, stage: .firstInstance)),
      ("LD", "CS", CaseType(category: .civil, stage: .firstInstance)),
      ("LB", "TC", CaseType(category: .civil, stage: .firstInstance)),
      ("SC", "TC", CaseType(category: .civil, stage: .firstInstance)),
    ]
    for m in magistracies {
      rows.append((m.code, "CC", CaseType(category: .criminal, stage: .firstInstance)))
      rows.append((m.code, "S", CaseType(category: .criminal, stage: .firstInstance)))
    }
    return rows
  }()

  /// Words for "case" a type may carry before the year (刑事上訴案 2019 年,
  /// 刑事上訴案件2019年); a type that already ends in 案件 takes none.
  static let caseWords = ["案件", "案"]

  /// One past a case word at `i`, else `i`.
  static func afterCaseWord(_ text: [Unicode.Scalar], _ i: Int) -> Int {
    guard i > 0, text[i - 1] != "件" else { return i }
    for word in caseWords {
      if let e = ProvisionParser.match(word, in: text, at: i) { return e }
    }
    return i
  }

  /// What may stand between an English prefix and its number: FACC No. 8/2014,
  /// FACC 第8/2014号.
  static let englishNumberMarks = ["No.", "NO.", "No", "NO", "no.", "第"]
}
