/// The role grammar: every role word of the procedures a news article tells
/// (criminal, civil, administrative, arbitration, enforcement, appeal, state
/// compensation), each with the side it gives the names after it. The engine
/// that reads it is `CasePartyFinder.forEachRole`.
enum CasePartyRoles {
  /// The side a role word gives.
  enum Side: Equatable {
    case plaintiff
    case defendant
    /// 上诉人 / 原审上诉人: in a criminal case only the convicted appeal (the
    /// first-instance 被告人); in a civil one either side may, so no side.
    case defendantWhenCriminal
    /// 第三人, 被害人, 证人, 辩护人: somebody in the case who is no party. The
    /// word is still read, so the role inside it (第三人 holds no 被告, but
    /// 被害人 would otherwise leave 害人…) does not fire.
    case notAParty
  }

  /// Role words and their sides. Longest match wins (原审被告人 before 被告人,
  /// 被上诉人 before 上诉人), so a longer word only needs listing when its side
  /// differs from the one inside it or the inner one would cut the name.
  static let table: [(word: String, side: Side)] = [
    // Plaintiff side: who sues, prosecutes, applies.
    ("公益诉讼起诉人", .plaintiff), ("申请执行人", .plaintiff), ("原审原告", .plaintiff), ("一审原告", .plaintiff),
    ("公诉机关", .plaintiff), ("原告", .plaintiff), ("自诉人", .plaintiff), ("申请人", .plaintiff),
    ("再审申请人", .plaintiff), ("复议申请人", .plaintiff), ("赔偿请求人", .plaintiff), ("仲裁申请人", .plaintiff),
    ("附带民事诉讼原告人", .plaintiff),
    // Defendant side: who is sued, charged, enforced against.
    ("被告单位", .defendant), ("原审被告", .defendant), ("原审被告人", .defendant), ("原审被告单位", .defendant),
    ("一审被告", .defendant), ("一审被告人", .defendant), ("被申请人", .defendant), ("再审被申请人", .defendant),
    ("被申请执行人", .defendant), ("被执行人", .defendant), ("被执行单位", .defendant), ("被告人", .defendant),
    ("被告", .defendant), ("主犯", .defendant), ("从犯", .defendant), ("同案犯", .defendant),
    ("赔偿义务机关", .defendant),
    // Appeal roles: the first-instance side decides (ANNOTATION.md).
    ("上诉人", .defendantWhenCriminal), ("原审上诉人", .defendantWhenCriminal),
    ("被上诉人", .notAParty),
    // In the case, no party.
    ("第三人", .notAParty), ("原审第三人", .notAParty), ("被害人", .notAParty), ("被害单位", .notAParty),
    ("证人", .notAParty), ("辩护人", .notAParty), ("诉讼代理人", .notAParty), ("委托代理人", .notAParty),
    ("法定代理人", .notAParty),
  ]

  /// First-instance roles that decide an appeal or retrial party's side when
  /// they follow its name in brackets (`case.party.first-instance-bracket`).
  static let firstInstanceWords = [
    "原审原告", "一审原告", "原审被告", "一审被告", "原审被告人", "一审被告人", "原审被告单位",
  ]
  /// Where the look for that bracket stops: the clause ends.
  static let firstInstanceStops: ScalarBitmap = ["，", ",", "。", "；", ";", "：", ":", "\n"]

  /// The table as a trie, for one leftmost-longest pass.
  static let trie: PhraseTrie<Side> = {
    var trie = PhraseTrie<Side>()
    for (word, side) in table { trie.insert(word, value: side) }
    return trie
  }()

  /// The side `side` gives in a case that is criminal or not; nil for none.
  static func partySide(_ side: Side, criminal: Bool) -> Bool? {
    switch side {
    case .plaintiff: return true
    case .defendant: return false
    case .defendantWhenCriminal: return criminal ? false : nil
    case .notAParty: return nil
    }
  }
}
