import CICU

/// ICU's Chinese number spell-out (RuleBasedNumberFormat, zh) as a formatter:
/// the oracle the numeral property tests read back. Slow; tests only.
extension ICU {
  /// The zh spell-out rule sets ICU publishes (UNUM_PUBLIC_RULESETS), e.g.
  /// "%spellout-cardinal", "%spellout-cardinal-financial".
  public static var spelloutRuleSets: [String] {
    guard let names = growing(capacity: 256, { cicu_spellout_rulesets($0, $1) }) else { return [] }
    return names.split(separator: ";").map(String.init)
  }

  /// `decimal` ("36417.25", "20508003") spelled out with the zh rule set
  /// `ruleSet`: ("20508003", "%spellout-cardinal-financial") → 贰仟零伍拾万捌仟零叁.
  /// Nil for an unknown rule set or a number ICU rejects.
  public static func spellout(_ decimal: String, ruleSet: String) -> String? {
    growing(capacity: 64) { out, capacity in
      cicu_spellout_format(ruleSet, decimal, out, capacity)
    }
  }

  private static func growing(
    capacity: Int, _ body: (UnsafeMutablePointer<UInt16>, Int32) -> Int32
  ) -> String? {
    var cap = capacity
    for _ in 0..<2 {
      var out = [UInt16](repeating: 0, count: cap)
      let n = out.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32(cap)) }
      if n >= 0 { return String(decoding: out[0..<Int(n)], as: UTF16.self) }
      if n == Int32.min { return nil }
      cap = Int(-n)
    }
    return nil
  }
}
