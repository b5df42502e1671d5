import ChineseText
import Testing

@testable import LegalExtract

/// Tables that stand in for a call on a hot path must accept exactly what
/// the call accepts.
@Suite struct SpeedTablesTests {
  @Test func numeralBitmapIsNumeralScalar() {
    let bitmap = FigureScanner.numeralScalars
    for v in UInt32(0)...0x10FFFF {
      guard let s = Unicode.Scalar(v) else { continue }
      #expect(bitmap.contains(s) == ChineseNumeral.isNumeralScalar(s), "U+\(String(v, radix: 16))")
    }
  }

  @Test func jsonIntegersAreSpeltAsStringDoes() {
    for i in [0, 7, 9, 10, 11, 99, 100, 12345, -1, -10, -987, Int.max, Int.min] {
      var out = JSONOutput(pretty: false)
      out.int(i)
      #expect(out.bytes == Array(String(i).utf8))
    }
  }
}
