import CICU

/// ICU's Chinese number spell-out (RuleBasedNumberFormat, zh) as a formatter:
/// the oracle the numeral property tests read back. Slow; tests only.
extension ICU {
  /// The zh spell-out rule sets ICU publishes (UNUM_PUBLIC_RULESETS), e.g.
  /// "%spellout-cardinal", "%spellout-cardinal-financial".
  public static var spelloutRuleSets: [String] {
    guard let names = callGrowing(capacity: 256, { cicu_spellout_rulesets($0, $1) }) else {
      return []
    }
    return names.split(separator: ";").map(String.init)
  }

  /// `decimal` ("36417.25", "20508003") spelled out with the zh rule set
  /// `ruleSet`: ("20508003", "%spellout-cardinal-financial") → 贰仟零伍拾万捌仟零叁.
  /// Nil for an unknown rule set or a number ICU rejects.
  public static func spellout(_ decimal: String, ruleSet: String) -> String? {
    callGrowing(capacity: 64) { out, capacity in
      cicu_spellout_format(ruleSet, decimal, out, capacity)
    }
  }
}
