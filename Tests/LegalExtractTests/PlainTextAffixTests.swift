import Testing

@testable import LegalExtract

/// `String.isPlainText` and the affix tests that compare bytes between plain
/// strings (`hasSuffix(_:plain:)`, `hasPrefix(_:plain:)`) must answer as
/// String's Character tests do, whether the strings are plain or not.
@Suite struct PlainTextAffixTests {
  /// Plain scalars, and scalars that compose, extend a Character or are
  /// canonically another: combining acute, a CJK tone mark, the compatibility
  /// ideograph of 律 and 律, か and its dakuten, an Arabic prepended sign, ZWJ
  /// and VS16, CR and LF, Hangul jamo and a syllable, a full-width letter, é.
  static let pool: [Unicode.Scalar] = [
    "中", "国", "法", "院", "案", "关", "于", "决", "定", "《", "》", "（", "）", "、", "。",
    "a", "B", "1", " ", "\u{0301}", "\u{302A}", "\u{F9D9}", "\u{5F8B}", "\u{304B}", "\u{3099}",
    "\u{0600}", "😀", "\u{200D}", "\u{FE0F}", "\n", "\r", "\u{1100}", "\u{1161}", "\u{AC00}",
    "\u{FF21}", "A", "\u{00E9}", "e", "\u{2F800}", "\u{4E3D}",
  ]

  @Test func plainTextIsTheListedRanges() {
    #expect("中华人民共和国刑法（2020年修正）".isPlainText)
    #expect("ABC 123《》、。".isPlainText)
    #expect("".isPlainText)
    #expect(!"律\u{0301}".isPlainText)
    #expect(!"\u{F9D9}".isPlainText)
    #expect(!"案\u{302A}".isPlainText)
    #expect(!"😀".isPlainText)
    #expect(!"a\nb".isPlainText)
  }

  @Test func byteTestsAgreeWithStringTests() {
    // A fixed linear congruential draw: the same strings on every run.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    func draw() -> String {
      var v = String.UnicodeScalarView()
      for _ in 0..<next(6) { v.append(Self.pool[next(Self.pool.count)]) }
      return String(v)
    }
    var disagreements: [String] = []
    for _ in 0..<20_000 {
      let a = draw()
      let b = draw()
      let joined = a + b
      let pairs = [(a, b), (joined, b), (joined, a)]
      for (whole, part) in pairs {
        let plain = whole.isPlainText
        if whole.hasSuffix(part, plain: plain) != whole.hasSuffix(part)
          || whole.hasPrefix(part, plain: plain) != whole.hasPrefix(part)
        {
          disagreements.append(whole + " | " + part)
        }
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
  }
}
