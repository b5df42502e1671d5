import Testing

@testable import ExtractReview

/// Nesting and splitting: every scalar ends up inside exactly the marks
/// whose spans cover it, and the tags always nest.
@Suite struct MarkLayoutTests {
  /// Replays the tokens: which marks cover each scalar, and whether the tags nest.
  func coverage(_ tokens: [MarkLayout.Token], length: Int) -> (cover: [Set<Int>], nests: Bool) {
    var cover = [Set<Int>](repeating: [], count: length)
    var stack: [Int] = []
    var nests = true
    for token in tokens {
      switch token {
      case .open(let mark, _): stack.append(mark)
      case .close(let mark):
        if stack.last == mark { stack.removeLast() } else { nests = false }
      case .text(let range): for i in range { cover[i].formUnion(stack) }
      case .anchor: break
      }
    }
    return (cover, nests && stack.isEmpty)
  }

  func expected(_ spans: [Range<Int>], length: Int) -> [Set<Int>] {
    (0..<length).map { i in Set(spans.indices.filter { spans[$0].contains(i) }) }
  }

  @Test func nestedSpansNestWithoutSplitting() {
    let spans = [0..<10, 2..<5, 2..<4]
    let tokens = MarkLayout.tokens(length: 12, spans: spans)
    let (cover, nests) = coverage(tokens, length: 12)
    #expect(nests)
    #expect(cover == expected(spans, length: 12))
    #expect(
      !tokens.contains { if case .open(_, let part) = $0 { return part > 0 } else { return false } }
    )
  }

  @Test func crossingSpansSplitIntoParts() {
    let spans = [0..<6, 4..<9]
    let tokens = MarkLayout.tokens(length: 10, spans: spans)
    let (cover, nests) = coverage(tokens, length: 10)
    #expect(nests)
    #expect(cover == expected(spans, length: 10))
    let parts = tokens.filter {
      if case .open(_, let part) = $0 { return part > 0 } else { return false }
    }
    #expect(parts.count == 1, "one of the two is split once")
  }

  @Test func identicalAndAdjacentSpans() {
    let spans = [3..<5, 3..<5, 5..<7, 0..<0]
    let tokens = MarkLayout.tokens(length: 8, spans: spans)
    let (cover, nests) = coverage(tokens, length: 8)
    #expect(nests)
    #expect(cover == expected(spans, length: 8))
    #expect(
      tokens.filter { $0 == .open(mark: 3, part: 0) }.count == 1,
      "an empty span still has its element")
  }

  @Test func manyRandomOverlapsStayNestedAndExact() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<300 {
      let length = Int.random(in: 1...40, using: &generator)
      let spans = (0..<Int.random(in: 0...12, using: &generator)).map { _ -> Range<Int> in
        let a = Int.random(in: 0...length, using: &generator)
        let b = Int.random(in: 0...length, using: &generator)
        return min(a, b)..<max(a, b)
      }
      let anchors = [(offset: Int.random(in: 0...length, using: &generator), id: "a")]
      let tokens = MarkLayout.tokens(length: length, spans: spans, anchors: anchors)
      let (cover, nests) = coverage(tokens, length: length)
      #expect(nests, "\(spans)")
      #expect(cover == expected(spans, length: length), "\(spans)")
      let text = tokens.compactMap { if case .text(let r) = $0 { return r } else { return nil } }
      #expect(text.map(\.count).reduce(0, +) == length, "every scalar written once")
    }
  }
}
