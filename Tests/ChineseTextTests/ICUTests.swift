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

  /// TraditionalRules applies generated rules (skipping ICU's registry):
  /// they must be the system ICU's, or the output could drift.
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

  /// TextDocument simplifies with `TraditionalRules` (ICU's rules applied in
  /// Swift): it must give ICU's own output. Every BMP scalar (in runs, so
  /// neighbours meet too), then random mixes of whole keys, key scalars,
  /// ASCII and Simplified text.
  @Test func swiftTraditionalTransformMatchesICU() {
    #expect(TraditionalRules.readsEveryRule)
    let all = (UInt32(0x20)...0xFFFF).compactMap(Unicode.Scalar.init)
    for start in stride(from: 0, to: all.count, by: 4096) {
      let run = Array(all[start..<min(start + 4096, all.count)])
      #expect(TraditionalRules.apply(run) == ICU.traditionalToSimplified(run), "run at \(start)")
    }
    let keys: [[Unicode.Scalar]] = traditionalSimplifiedRules.split(separator: "\n").compactMap {
      line in
      let parts = Array(line.unicodeScalars)
      guard let arrow = parts.firstIndex(of: ">"), arrow >= 2 else { return nil }
      return Array(parts[..<(arrow - 1)])
    }
    let keyScalars = Array(Set(keys.joined())).sorted { $0.value < $1.value }
    let others = Array("法院判决a1，。的了是在".unicodeScalars)
    var rng = SplitMix64(seed: 0x7AD5)
    for _ in 0..<3000 {
      var text: [Unicode.Scalar] = []
      for _ in 0..<Int.random(in: 1...24, using: &rng) {
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: text += keys.randomElement(using: &rng)!
        case 1: text.append(keyScalars.randomElement(using: &rng)!)
        default: text.append(others.randomElement(using: &rng)!)
        }
      }
      let mine = TraditionalRules.apply(text)
      let icu = ICU.traditionalToSimplified(text)
      #expect(mine == icu, "\(String(String.UnicodeScalarView(text)))")
      if mine != icu { return }
    }
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
