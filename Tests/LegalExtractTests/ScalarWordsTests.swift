import Testing

@testable import LegalExtract

/// The speed helpers of the twelfth round answer exactly as what they replace.
@Suite struct ScalarWordsTests {
  @Test func lastScalarMatchesTheView() {
    for s in ["", "A", "é", "法院", "某公司a", "𠀋", "甲𠀋", "x\u{0301}", "有限公司"] {
      #expect(s.lastScalar == s.unicodeScalars.last, "\(s)")
    }
  }

  @Test func lastScalarOfASubstringCopy() {
    let s = String("上海某某有限公司（分公司）".dropLast(1))
    #expect(s.lastScalar == "司")
  }

  @Test func scalarWordsAnswerAsTheirList() {
    let list = ["检察院", "法院", "公安局", "A", "仲裁"].map(\.scalarArray)
    let words = ScalarWords(list)
    let text = "某区人民检察院受理A公司一案，法院开庭".scalarArray
    for lower in 0...text.count {
      for upper in lower...(text.count + 2) {
        #expect(
          text.containsAny(of: words, in: lower..<upper)
            == text.containsAny(of: list, in: lower..<upper), "\(lower)..<\(upper)")
      }
    }
  }

  @Test func scalarWordsRefuseTextWithoutTheirWords() {
    let words: ScalarWords = ["受理".scalarArray, "移送".scalarArray]
    let text = "某公司拖欠工资".scalarArray
    #expect(!text.containsAny(of: words, in: 0..<text.count))
    #expect(!text.containsAny(of: ScalarWords([]), in: 0..<text.count))
    #expect((words + ["欠".scalarArray]).count == 3)
    #expect(text.containsAny(of: words + ["欠".scalarArray], in: 0..<text.count))
  }
}
