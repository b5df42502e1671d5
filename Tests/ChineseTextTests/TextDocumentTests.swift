import Testing

@testable import ChineseText

@Suite struct TextDocumentTests {
  @Test func foldsFullWidthAndVariants() {
    let doc = TextDocument("２０２３年６月（二○二三）")
    #expect(doc.foldedText(0..<doc.count) == "2023年6月(二〇二三)")
    #expect(doc.originalText(0..<4) == "２０２３")
  }

  @Test func displayTextKeepsFullWidthPunctuation() {
    let doc = TextDocument("歐文斯（上海）有限公司２號")
    #expect(doc.displayText(0..<doc.count) == "欧文斯（上海）有限公司2号")
  }

  @Test func foldsTraditionalWithICU() {
    let doc = TextDocument("麻城市人民檢察院於2023年起訴，著作權法")
    #expect(doc.hadTraditional)
    #expect(doc.foldedText(0..<doc.count) == "麻城市人民检察院于2023年起诉,著作权法")
  }

  @Test func simplifiedTextIsNotTransliterated() {
    let doc = TextDocument("著作权法与乾隆年间，俱乐部的姊妹")
    #expect(!doc.hadTraditional)
    #expect(doc.foldedText(0..<doc.count) == "著作权法与乾隆年间,俱乐部的姊妹")
  }

  @Test func keepsBOMAndCRLFAsScalars() {
    let doc = TextDocument("\u{FEFF}第一段\r\n第二段")
    #expect(doc.count == 9)
    #expect(doc.original[0] == "\u{FEFF}")
    #expect(doc.paragraphs.map { doc.originalText($0) } == ["\u{FEFF}第一段", "第二段"])
  }

  @Test func supplementaryPlaneOffsets() {
    let doc = TextDocument("𠮷某诉𠀀公司案。😀次日判决。")
    #expect(doc.count == 14)
    #expect(doc.sentences.count == 2)
    #expect(doc.originalText(doc.sentences[1]) == "😀次日判决。")
    #expect(doc.wordBoundaries.first == 0 && doc.wordBoundaries.last == 14)
  }

  @Test func sentenceLookup() {
    let doc = TextDocument("一审判决。二审维持。")
    #expect(doc.sentenceIndex(containing: 0) == 0)
    #expect(doc.sentenceIndex(containing: 6) == 1)
    #expect(doc.sentenceIndex(containing: 99) == nil)
  }

  @Test func emptyDocument() {
    let doc = TextDocument("")
    #expect(doc.count == 0 && doc.sentences.isEmpty && doc.paragraphs.isEmpty)
    #expect(doc.wordBoundaries == [0])
  }

  /// For random mixes of scripts, folding keeps one scalar per scalar and
  /// every range of the folded view cuts the original at the same text.
  @Test func offsetsSurviveFoldingForRandomText() {
    let pieces: [String] = [
      "abc", "２０２３", "（", "）", "，", "檢察院", "於", "著作", "𠀀", "😀", "e\u{301}", "\r\n",
      "\u{FEFF}", "人民法院", "○", "　", "第十条", "Ａ", "①", "\u{200D}", "👩‍⚖️",
    ]
    var generator = SplitMix64(seed: 2024)
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<Int(generator.next() % 12) {
        text += pieces[Int(generator.next() % UInt64(pieces.count))]
      }
      let doc = TextDocument(text)
      let scalars = Array(text.unicodeScalars)
      #expect(doc.folded.count == scalars.count, "\(text.debugDescription)")
      #expect(doc.original == scalars)
      for _ in 0..<5 where !scalars.isEmpty {
        let a = Int(generator.next() % UInt64(scalars.count + 1))
        let b = Int(generator.next() % UInt64(scalars.count + 1))
        let range = min(a, b)..<max(a, b)
        var expected = String.UnicodeScalarView()
        expected.append(contentsOf: scalars[range])
        #expect(doc.originalText(range) == String(expected))
        // Each folded scalar is the fold of the original at the same index
        // (or its Simplified form when the text was Traditional).
        for i in range {
          let f = ScalarFolding.fold(scalars[i])
          #expect(doc.folded[i] == f || doc.hadTraditional)
        }
      }
      // Boundaries are valid scalar offsets, ascending, spanning the text.
      let words = doc.wordBoundaries
      #expect(words.first == 0 && words.last == scalars.count)
      #expect(zip(words, words.dropFirst()).allSatisfy { $0 < $1 })
    }
  }
}

/// A small deterministic generator, so failures reproduce.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
