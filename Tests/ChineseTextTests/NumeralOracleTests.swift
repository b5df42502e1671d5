import PropertyBased
import Testing

@testable import ChineseText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Property tests against ICU's zh spell-out rules (issue 14): random
/// integers from 0 to 10^16 and decimals, zeros in every position, rendered
/// by ICU in every form Chinese text uses, must read back to the same value.
///
/// `swift test` runs a bounded count; a longer run is one command:
///
///     NUMERAL_ORACLE_COUNT=100000 swift test --filter Oracle
@Suite struct NumeralOracleTests {
  /// Cases per property (NUMERAL_ORACLE_COUNT overrides the default).
  static let count = OracleCount.value(default: 1500)

  /// Digits 0–9 with zeros drawn about half the time, so every position sees
  /// zeros (10020, 100010001, 2000000002).
  static let digit = Gen.int(in: 0...17).map { $0 > 9 ? 0 : $0 }

  /// Integers below 10^16 as digit strings (leading zeros dropped).
  static let integers = digit.array(of: 1...16).map { OracleCount.number(from: $0) }

  /// Decimals: an integer part below 10^10 and one to four decimal places
  /// (ICU's rule-based formatter goes through a double: past 15 significant
  /// digits it rounds, 550000000000.4007 → …点四〇〇八).
  static let decimals = zip(digit.array(of: 1...10), digit.array(of: 1...4)).map {
    OracleCount.decimal(integer: $0, fraction: $1)
  }

  @Test func icuPublishesBothChineseRuleSets() {
    let sets = ICU.spelloutRuleSets
    #expect(sets.contains(NumeralOracle.cardinal))
    #expect(sets.contains(NumeralOracle.financial))
  }

  @Test func oracleRendersKnownForms() {
    #expect(NumeralOracle.render("20508003", .financial) == "贰仟零伍拾万捌仟零叁")
    #expect(NumeralOracle.render("2000", .liang) == "两千")
    #expect(NumeralOracle.render("120000", .liang) == "十二万")
    #expect(NumeralOracle.render("3500000000000000", .mainland) == "三千五百万亿")
    #expect(NumeralOracle.render("1000000050000", .mainland) == "一万亿零五万")
    #expect(NumeralOracle.render("235000000", .mixed) == "2亿3500万")
    #expect(NumeralOracle.render("60005", .mixed) == "6万零5")
  }

  /// Integers in every form read back through ChineseNumeral.
  @Test(arguments: NumeralOracle.Form.allCases)
  func integersReadBack(form: NumeralOracle.Form) async {
    await propertyCheck(count: Self.count, input: Self.integers) { decimal in
      let text = NumeralOracle.render(decimal, form)
      #expect(text != nil, "ICU rendered nothing for \(decimal)")
      guard let text else { return }
      #expect(ChineseNumeral.value(of: text)?.description == decimal, "\(form) \(decimal): \(text)")
      // The scanner takes the whole numeral (mainland and mixed forms only:
      // the scanner never reads 兆, which is also 10^6 in 兆瓦).
      if !text.unicodeScalars.contains("兆") && !text.unicodeScalars.contains("京") {
        let scalars = Array(text.unicodeScalars)
        let scanned = ChineseNumeral.scan(scalars, from: 0)
        #expect(scanned?.end == scalars.count, "\(form) \(decimal): \(text) scanned short")
      }
    }
  }

  /// Decimals (三万六千四百一十七点二五) read back through NumeralPhrase.
  @Test(arguments: [NumeralOracle.Form.plain, .financial, .mainland])
  func decimalsReadBack(form: NumeralOracle.Form) async {
    await propertyCheck(count: Self.count, input: Self.decimals) { decimal in
      guard let text = NumeralOracle.render(decimal, form), !text.unicodeScalars.contains("兆")
      else { return }
      let scalars = Array(text.unicodeScalars)
      let phrase = NumeralPhrase.scan(scalars, from: 0)
      #expect(phrase?.value.description == decimal, "\(form) \(decimal): \(text)")
      #expect(phrase?.end == scalars.count, "\(form) \(decimal): \(text)")
    }
  }

  /// The edges: zero, ten-thousands of zeros, and 10^16 itself.
  @Test(arguments: [
    "0", "10", "100010001", "1000000000000", "1000000000001", "10000000000000000",
    "9999999999999999", "2000000002", "100000000010000",
  ])
  func edges(decimal: String) {
    for form in NumeralOracle.Form.allCases {
      guard let text = NumeralOracle.render(decimal, form) else { continue }
      #expect(ChineseNumeral.value(of: text)?.description == decimal, "\(form) \(decimal): \(text)")
    }
  }
}

/// The count knob and the number builders the oracle properties share.
enum OracleCount {
  /// NUMERAL_ORACLE_COUNT from the environment, else `fallback`.
  static func value(default fallback: Int) -> Int {
    guard let raw = getenv("NUMERAL_ORACLE_COUNT"), let n = Int(String(cString: raw)), n > 0 else {
      return fallback
    }
    return n
  }

  static func number(from digits: [Int]) -> String {
    let text = digits.drop { $0 == 0 }.map(String.init).joined()
    return text.isEmpty ? "0" : text
  }

  static func decimal(integer: [Int], fraction: [Int]) -> String {
    var tail = fraction
    while tail.last == 0 { tail.removeLast() }
    let whole = number(from: integer)
    return tail.isEmpty ? whole : whole + "." + tail.map(String.init).joined()
  }
}
