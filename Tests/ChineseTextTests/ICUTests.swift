import Testing

@testable import ChineseText

@Suite struct ICUTests {
  @Test func versionIsReported() { #expect(!ICU.version.isEmpty) }

  @Test func wordBreakUsesScalarOffsets() {
    let scalars = Array("𠀀北京市人民法院".unicodeScalars)
    let b = ICU.boundaries(.word, in: scalars)
    #expect(b.first == 0 && b.last == scalars.count)
    #expect(b.count >= 3)
  }

  @Test func nfkcFoldsFullWidth() {
    #expect(ICU.nfkc("２０２３年６月（２０２３）") == "2023年6月(2023)")
  }

  /// The shim compiles the transform from embedded rules (skipping ICU's
  /// registry): they must be the system ICU's, or the output could drift.
  @Test func embeddedTraditionalRulesMatchSystemICU() {
    #expect(ICU.embeddedTraditionalRulesMatchSystem)
  }

  /// Phrase rules of the transform hold (not only one character at a time),
  /// and text it has no rule for is left alone.
  @Test func traditionalPhraseRules() {
    #expect(ICU.traditionalToSimplified("甚麼關係") == "什么关系")
    #expect(ICU.traditionalToSimplified("「複雜」") == "“复杂”")
    #expect(ICU.traditionalToSimplified("abc 123") == "abc 123")
  }

  @Test func traditionalToSimplified() {
    #expect(ICU.traditionalToSimplified("檢察院") == "检察院")
  }

  @Test func spellout() {
    #expect(ICU.spelloutValue("三十一") == 31)
    #expect(ICU.spelloutValue("二〇二三") == 2023)
  }

  /// The committed 1:1 table agrees with ICU's transform today, and the
  /// 1:1 fold agrees with NFKC wherever NFKC yields one scalar.
  @Test func generatedTableMatchesICU() {
    var checked = 0
    for v in stride(from: TraditionalChinese.lowestScalar, through: 0x9FFF, by: 7) {
      guard let s = Unicode.Scalar(v), let simplified = TraditionalChinese.simplifiedForm(s) else {
        continue
      }
      #expect(ICU.traditionalToSimplified(String(s)) == String(simplified))
      checked += 1
    }
    #expect(checked > 300)
    for v in 0xFF01...0xFF5E {
      let s = Unicode.Scalar(UInt32(v))!
      #expect(ICU.nfkc(String(s)) == String(ScalarFolding.fold(s)))
    }
  }
}
