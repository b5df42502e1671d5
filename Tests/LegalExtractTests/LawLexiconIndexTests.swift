import Foundation
import Testing

@testable import LegalExtract

/// The law index compares keys by bytes when their scalars are inert
/// (`LawLexicon.isInert`) and by String equality otherwise: both must answer
/// alike, and the byte search helpers must agree with Foundation's.
@Suite struct LawLexiconIndexTests {
  let lexicon = LawLexicon.shared

  @Test func looksUpTitlesWithAndWithoutPrefixAndBrackets() {
    let id = lexicon.lookup("中华人民共和国行政处罚法")
    #expect(id != nil)
    #expect(lexicon.lookup("《行政处罚法》") == id)
    #expect(lexicon.lookup("行政处罚法") == id)
    #expect(lexicon.lookup("行政处罚法法法法") == nil)
  }

  /// 行 written as the compatibility ideograph U+FA08 (canonically 行), and
  /// 劳 as U+2F992: a key that is not inert goes to the String index, which
  /// finds the same title as the byte index does for the usual form.
  @Test func canonicallyEquivalentTitleFindsTheSameEntry() {
    let id = lexicon.lookup("中华人民共和国行政处罚法")
    #expect(id != nil)
    #expect(lexicon.lookup("中华人民共和国\u{FA08}政处罚法") == id)
    let labour = lexicon.lookup("中华人民共和国劳动合同法")
    #expect(labour != nil)
    #expect(lexicon.lookup("中华人民共和国\u{2F992}动合同法") == labour)
  }

  @Test func inertScalars() {
    for s in ["a", "Z", "é", "中", "〇", "，", "（", "—", "“", "\u{3000}"] {
      #expect(LawLexicon.isInert(s.unicodeScalars.first!), "\(s)")
    }
    // Combining marks, tone marks, compatibility ideographs, Hangul jamo.
    for v: UInt32 in [0x301, 0x302A, 0xFA08, 0x1161, 0x3099, 0x2000] {
      #expect(!LawLexicon.isInert(Unicode.Scalar(v)!), "\(v)")
    }
  }

  /// Every inert scalar is its own NFC form and has combining class 0, so a
  /// string of them is in NFC and equals (as a String) exactly the strings
  /// with the same bytes. (None of the ranges holds the second scalar of a
  /// composition: those are combining marks, Hangul jamo and a few Indic and
  /// kana signs.)
  @Test func inertScalarsAreNormalisationStable() {
    var checked = 0
    for v in stride(from: UInt32(0), through: 0xFFFF, by: 1) {
      guard let s = Unicode.Scalar(v), LawLexicon.isInert(s) else { continue }
      #expect(s.properties.canonicalCombiningClass == .notReordered, "\(v)")
      let nfc = String(s).precomposedStringWithCanonicalMapping
      #expect(nfc.unicodeScalars.elementsEqual([s]), "\(v)")
      checked += 1
    }
    #expect(checked > 20_000)
  }

  @Test func scalarRangeAgreesWithFoundation() {
    for (text, part) in [
      ("最高人民法院关于审理案件的解释", "关于"), ("关于", "关于"), ("无此词", "关于"),
      ("甲关于乙关于丙", "关于"), ("", "关于"), ("ab关于", "关于"),
    ] {
      let offsets = { (r: Range<String.Index>?) in
        r.map {
          text.utf8.distance(
            from: text.startIndex, to: $0.lowerBound)..<text.utf8.distance(
              from: text.startIndex, to: $0.upperBound)
        }
      }
      #expect(offsets(text.scalarRange(of: part)) == offsets(text.range(of: part)), "\(text)")
    }
  }
}
