import Testing

@testable import LegalExtract

/// The one trie type (`Engine/PhraseTrie.swift`) every lexicon and rule table uses.
@Suite struct PhraseTrieTests {
  @Test func emptyTrieAndEmptyText() {
    let trie = PhraseTrie<Int>()
    #expect(trie.count == 0)
    #expect(trie.longestMatch(in: Array("法院".unicodeScalars), from: 0) == nil)
    var filled = PhraseTrie<Int>()
    filled.insert("法院", value: 1)
    #expect(filled.longestMatch(in: [], from: 0) == nil)
    #expect(filled.longestMatch(in: Array("法院".unicodeScalars), from: 2) == nil)
    #expect(!filled.hasMatch(in: Array("法院".unicodeScalars), from: 5))
  }

  @Test func oneScalarPhraseAndPrefixThatIsNoPhrase() {
    var trie = PhraseTrie<String>()
    trie.insert("执", value: "enforcement")
    trie.insert("执行异议", value: "objection")
    let text = Array("执行".unicodeScalars)
    #expect(trie.longestMatch(in: text, from: 0)?.end == 1, "执行 is a prefix, not a phrase")
    #expect(trie.value(for: "执行") == nil)
  }

  @Test func supplementaryPlaneScalars() {
    var trie = PhraseTrie<Int>()
    trie.insert("𠮷野", value: 1)
    let text = Array("见𠮷野家".unicodeScalars)
    #expect(trie.longestMatch(in: text, from: 1)?.end == 3)
    #expect(trie.longestMatch(in: text, from: 0) == nil)
  }

  @Test func modifyStartsFromTheInitialValue() {
    var trie = PhraseTrie<[Int]>()
    trie.modify("法院", initial: []) { $0.append(1) }
    trie.modify("法院", initial: []) { $0.append(2) }
    #expect(trie.value(for: "法院") == [1, 2])
    trie.modifyAll { $0.reverse() }
    #expect(trie.value(for: "法院") == [2, 1])
  }

  @Test func longestAndAllMatches() {
    var trie = PhraseTrie<Int>()
    trie.insert("麻城", value: 1)
    trie.insert("麻城市", value: 2)
    trie.insert("十堰", value: 3)
    let text = Array("麻城市人民法院".unicodeScalars)
    #expect(trie.longestMatch(in: text, from: 0)?.end == 3)
    #expect(trie.longestMatch(in: text, from: 0)?.value == 2)
    #expect(trie.longestMatch(in: text, from: 0, limit: 2)?.value == 1)
    var ends: [Int] = []
    trie.visitMatches(in: text, from: 0) { end, _ in ends.append(end) }
    #expect(ends == [2, 3])
    #expect(trie.longestMatch(in: text, from: 1) == nil)
    #expect(trie.value(for: "十堰") == 3)
    #expect(trie.value(for: "十") == nil)
    #expect(trie.count == 3)
    #expect(trie.hasMatch(in: text, from: 0))
    #expect(!trie.hasMatch(in: text, from: 3))
  }

  @Test func manyPhrasesSurviveGrowth() {
    var trie = PhraseTrie<Int>()
    let names = (0..<2_000).map { "名\($0)号" }
    for (k, n) in names.enumerated() { trie.insert(n, value: k) }
    #expect(names.enumerated().allSatisfy { trie.value(for: $0.element) == $0.offset })
    trie.insert("名7号", value: -1)
    #expect(trie.value(for: "名7号") == 7)
    trie.insert("名7号", value: -1, replacing: true)
    #expect(trie.value(for: "名7号") == -1)
  }

  /// The walk's filters (first scalar, first two scalars) refuse no phrase:
  /// every answer equals a brute-force search over the phrase list, for
  /// random phrases of one to four scalars over a small alphabet (many
  /// shared prefixes, one-scalar phrases, phrases inserted after the table
  /// grew) at every offset and limit of random texts.
  @Test func filtersAgreeWithBruteForce() {
    let alphabet = Array("法院检察人民中国省市县区案一".unicodeScalars)
    var rng = SplitMix(seed: 20_261_207)
    for round in 0..<6 {
      var trie = round.isMultiple(of: 2) ? PhraseTrie<Int>() : PhraseTrie<Int>(capacity: 40)
      var phrases: [[Unicode.Scalar]: Int] = [:]
      let count = [5, 40, 300][round % 3]
      for k in 0..<count {
        let length = 1 + Int(rng.next() % 4)
        let phrase = (0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
        if phrases[phrase] == nil { phrases[phrase] = k }
        trie.insert(scalars: phrase, value: k)
      }
      let text = (0..<200).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
      for start in 0...text.count {
        let limits = [start, start + 1, start + 2, start + 3, text.count]
        for limit in limits where limit <= text.count {
          var ends: [(Int, Int)] = []
          if start < limit {
            for end in (start + 1)...min(limit, start + 4) {
              if let v = phrases[Array(text[start..<end])] { ends.append((end, v)) }
            }
          }
          let longest = trie.longestMatch(in: text, from: start, limit: limit)
          #expect(longest?.end == ends.last?.0 && longest?.value == ends.last?.1)
          var visited: [(Int, Int)] = []
          trie.visitMatches(in: text, from: start, limit: limit) { visited.append(($0, $1)) }
          #expect(visited.map(\.0) == ends.map(\.0) && visited.map(\.1) == ends.map(\.1))
        }
        let any =
          start < text.count
          && ((start + 1)...min(text.count, start + 4)).contains {
            phrases[Array(text[start..<$0])] != nil
          }
        #expect(trie.hasMatch(in: text, from: start) == any)
      }
    }
  }
}

/// A small deterministic generator for the brute-force tests.
private struct SplitMix {
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

/// The shared character and word tables (`Rules/FunctionCharacters.swift`,
/// `Rules/TimeOfDayWords.swift`): subsets are read from one table.
@Suite struct SharedTableTests {
  @Test func everySubsetHoldsTheCoreParticles() {
    for subset: FunctionCharacters.Subsets in [
      .companyLead, .regionName, .regionStemLead, .partyName, .roleNameStop,
    ] {
      #expect(FunctionCharacters.scalars(subset).isSuperset(of: Set("的在向与和".unicodeScalars)))
    }
  }

  @Test func subsetsDifferWhereTheirReadersNeed() {
    // 某 ends a masked party name but never sits inside a place name; a
    // company name read backwards does not stop at it (某某公司).
    #expect(FunctionCharacters.scalars(.partyName).contains("某"))
    #expect(FunctionCharacters.scalars(.regionName).contains("某"))
    #expect(!FunctionCharacters.scalars(.companyLead).contains("某"))
    #expect(FunctionCharacters.bitmap(.roleNameStop).contains("饮"))
    #expect(!FunctionCharacters.bitmap(.partyName).contains("饮"))
  }

  @Test func noCharacterIsListedTwice() {
    let all = FunctionCharacters.table.flatMap { Array($0.scalars.unicodeScalars) }
    #expect(Set(all).count == all.count)
    let words = TimeOfDayWords.table.map(\.word)
    #expect(Set(words).count == words.count)
  }

  @Test func timesOfDayAfterOneDayAreATwoScalarSubsetOfThoseAfterADate() {
    let afterDate = Set(TimeOfDayWords.words(.afterDate))
    for w in TimeOfDayWords.words(.afterOneDay) {
      #expect(afterDate.contains(w))
      #expect(w.unicodeScalars.count == 2)
    }
    #expect(TimeOfDayWords.trie(.afterOneDay).value(for: "当晚") == nil)
    #expect(TimeOfDayWords.trie(.afterDate).value(for: "当晚") == true)
  }
}

@Suite struct DerivedPrefilterTests {
  @Test func firstScalarsComeFromTheTable() {
    let table: [[Unicode.Scalar]] = ["开发区", "新区", "保税区"].map { Array($0.unicodeScalars) } + [[]]
    let firsts = ScalarBitmap(firstScalarsOf: table)
    #expect(firsts.contains("开") && firsts.contains("新") && firsts.contains("保"))
    #expect(!firsts.contains("区"))
    for suffix in RegionChain.zoneSuffixes { #expect(RegionChain.zoneFirsts.contains(suffix[0])) }
  }
}
