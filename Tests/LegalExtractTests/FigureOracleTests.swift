import ChineseText
import PropertyBased
import Testing

@testable import LegalExtract

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The figure stage against ICU's zh spell-out (issue 14): amounts rendered
/// by ICU in each form Chinese text uses, put in a sentence, come back as one
/// figure with the same value.
///
///     NUMERAL_ORACLE_COUNT=20000 swift test --filter Oracle
@Suite struct FigureOracleTests {
  static let count: Int = {
    guard let raw = getenv("NUMERAL_ORACLE_COUNT"), let n = Int(String(cString: raw)), n > 0 else {
      return 300
    }
    return n
  }()

  /// Digits with zeros about half the time.
  static let digit = Gen.int(in: 0...17).map { $0 > 9 ? 0 : $0 }

  /// Integers below 10^15 (exact as a JSON double), as digit strings.
  static let amounts = digit.array(of: 1...15).map { digits -> String in
    let text = digits.drop { $0 == 0 }.map(String.init).joined()
    return text.isEmpty ? "0" : text
  }

  /// Amounts in words or digits that the stage must read as money.
  @Test(arguments: [NumeralOracle.Form.mainland, .financial, .liang, .mixed])
  func moneyReadsBack(form: NumeralOracle.Form) async {
    await propertyCheck(count: Self.count, input: Self.amounts) { decimal in
      guard let expr = NumeralOracle.render(decimal, form), !expr.unicodeScalars.contains("兆"),
        decimal != "0"
      else { return }
      let figures = FigureProbe.figures(in: "法院判令被告赔偿\(expr)元。")
      #expect(
        figures.count == 1, "\(form) \(decimal): \(expr) → \(figures.map(FigureProbe.describe))")
      #expect(figures.first?.kind == .money, "\(form) \(decimal): \(expr)")
      #expect(figures.first?.value == .number(Double(decimal)!), "\(form) \(decimal): \(expr)")
      #expect(figures.first?.text == expr + "元", "\(form) \(decimal): \(expr)")
    }
  }

  /// Counts of people written every way (two and up: a count of one is an
  /// article, not a figure).
  @Test(arguments: [NumeralOracle.Form.mainland, .liang, .mixed])
  func countsReadBack(form: NumeralOracle.Form) async {
    let people = Gen.int(in: 2...99_999_999).map { String($0) }
    await propertyCheck(count: Self.count, input: people) { decimal in
      guard let expr = NumeralOracle.render(decimal, form) else { return }
      let figures = FigureProbe.figures(in: "公安机关抓获犯罪嫌疑人\(expr)名。")
      #expect(figures.count == 1, "\(form) \(decimal): \(expr)")
      #expect(figures.first?.kind == .count, "\(form) \(decimal): \(expr)")
      #expect(figures.first?.value == .number(Double(decimal)!), "\(form) \(decimal): \(expr)")
    }
  }

  /// Decimal amounts in words (三万六千四百一十七点二五元).
  @Test func decimalMoneyReadsBack() async {
    let decimals = zip(Self.digit.array(of: 1...9), Self.digit.array(of: 1...2)).map {
      whole, fraction -> String in
      var tail = fraction
      while tail.last == 0 { tail.removeLast() }
      let w = whole.drop { $0 == 0 }.map(String.init).joined()
      let head = w.isEmpty ? "0" : w
      return tail.isEmpty ? head : head + "." + tail.map(String.init).joined()
    }
    await propertyCheck(count: Self.count, input: decimals) { decimal in
      guard decimal != "0", let expr = NumeralOracle.render(decimal, .mainland) else { return }
      let figures = FigureProbe.figures(in: "法院判令被告赔偿\(expr)元。")
      #expect(figures.count == 1, "\(decimal): \(expr)")
      #expect(figures.first?.value == .number(Double(decimal)!), "\(decimal): \(expr)")
    }
  }
}
