/// Numbers written the ways Chinese text writes them, rendered by ICU's zh
/// spell-out rules: the reference the numeral property tests read back
/// (issue 14). Slow (ICU's rule-based formatter); tests only.
///
///     NumeralOracle.render("20508003", .financial)  // 贰仟零伍拾万捌仟零叁
///     NumeralOracle.render("2000", .liang)          // 两千
///     NumeralOracle.render("3500000000000000", .mainland)  // 三千五百万亿
///     NumeralOracle.render("235000000", .mixed)     // 2亿3500万
public enum NumeralOracle {
  /// ICU's rule set for ordinary numerals.
  public static let cardinal = "%spellout-cardinal"
  /// ICU's rule set for 大写 (financial) numerals.
  public static let financial = "%spellout-cardinal-financial"

  public enum Form: String, CaseIterable, Sendable {
    /// ICU's %spellout-cardinal as is (一兆 for 10^12).
    case plain
    /// ICU's %spellout-cardinal-financial (壹仟零伍拾).
    case financial
    /// Plain, with 两 for 2 before 百, 千, 万, 亿 where Chinese says it (两千, 两万).
    case liang
    /// Plain, with the Mainland compound magnitude 万亿 for ICU's 兆.
    case mainland
    /// Arabic digits per magnitude section (2亿3500万, 6万零5), built from
    /// the parts as news writes amounts.
    case mixed
  }

  /// `decimal` ("36417.25", "20508003") written in `form`; nil when ICU
  /// cannot render it. The mixed form takes integers only.
  public static func render(_ decimal: String, _ form: Form) -> String? {
    switch form {
    case .plain: return ICU.spellout(decimal, ruleSet: cardinal)
    case .financial: return ICU.spellout(decimal, ruleSet: financial)
    case .liang: return ICU.spellout(decimal, ruleSet: cardinal).map(withLiang)
    case .mainland: return ICU.spellout(decimal, ruleSet: cardinal).map(mainlandMagnitudes)
    case .mixed: return Int(decimal).flatMap(mixed)
    }
  }

  /// 二 before 百/千/万/亿/兆 becomes 两, except after 十 (十二万 stays).
  static func withLiang(_ s: String) -> String {
    var out = Array(s.unicodeScalars)
    for i in out.indices where out[i] == "二" && i + 1 < out.count {
      let next = out[i + 1]
      let afterTen = i > 0 && out[i - 1] == "十"
      if !afterTen, "百千万亿兆".unicodeScalars.contains(next) { out[i] = "两" }
    }
    return String(String.UnicodeScalarView(out))
  }

  /// ICU's 兆 (10^12) as Mainland text writes it: 三兆二千亿 → 三万二千亿,
  /// 一兆 → 一万亿, 一兆零五万 → 一万亿零五万. 京 is left alone.
  static func mainlandMagnitudes(_ s: String) -> String {
    let scalars = Array(s.unicodeScalars)
    guard let zhao = scalars.firstIndex(of: "兆") else { return s }
    let rest = scalars[(zhao + 1)...]
    var out = Array(scalars[..<zhao])
    out.append("万")
    if !rest.contains("亿") { out.append("亿") }
    out.append(contentsOf: rest)
    return String(String.UnicodeScalarView(out))
  }

  /// 235000000 → 2亿3500万; 60005 → 6万零5 (零 marks a short section, as
  /// Chinese writes 2千零5).
  static func mixed(_ n: Int) -> String? {
    guard n >= 0 else { return nil }
    let yi = n / 100_000_000
    let wan = (n / 10_000) % 10_000
    let units = n % 10_000
    var out = ""
    if yi > 0 { out += "\(yi)亿" }
    if wan > 0 { out += (yi > 0 && wan < 1000 ? "零" : "") + "\(wan)万" }
    if units > 0 || out.isEmpty {
      out += (!out.isEmpty && units < 1000 ? "零" : "") + "\(units)"
    }
    return out
  }
}
