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

  /// The old event finder's search: each word forward to its last start in the range.
  private func lastByWord(_ text: [Unicode.Scalar], _ words: ScalarWords, _ range: Range<Int>)
    -> Int?
  {
    var last: Int?
    for w in words {
      var from = last.map { $0 + 1 } ?? range.lowerBound
      while let at = text.firstOffset(of: w, in: from..<range.upperBound) {
        last = at
        from = at + 1
      }
    }
    return last
  }

  @Test func lastOffsetOfAnyMatchesTheSearchPerWord() {
    let words: ScalarWords = [
      "从".scalarArray, "自".scalarArray, "从立案".scalarArray, "案到".scalarArray,
    ]
    let text = "从立案到宣判，自受理之日起，从从立案到".scalarArray
    for lower in -1...text.count {
      for upper in lower...(text.count + 2) {
        #expect(
          text.lastOffset(ofAny: words, in: lower..<upper)
            == lastByWord(text, words, lower..<upper),
          "\(lower)..<\(upper)")
      }
    }
    #expect(text.lastOffset(ofAny: ScalarWords([]), in: 0..<text.count) == nil)
    #expect("".scalarArray.lastOffset(ofAny: words, in: 0..<0) == nil)
  }

  @Test func keywordCountMatchesPresent() {
    let set = KeywordSet(["判决", "判处", "罚款", "判", "起诉", "判决"])
    let text = "法院判决被告罚款，判处其有期徒刑，原告起诉".scalarArray
    for lower in 0...text.count {
      for upper in lower...text.count {
        #expect(
          set.count(in: text, range: lower..<upper)
            == set.present(in: text, range: lower..<upper).filter { $0 }.count,
          "\(lower)..<\(upper)")
      }
    }
    let many = KeywordSet((0..<70).map { "词\($0)" })
    #expect(many.count(in: "词1和词69".scalarArray, range: 0..<8) == 3)
  }
}
