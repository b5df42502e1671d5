import Testing

@testable import LegalExtract

@Suite struct SpanSetTests {
  @Test func overlapQueries() {
    var set = SpanSet()
    set.insert(TextSpan(10, 20))
    set.insert(TextSpan(30, 35))
    set.insert(TextSpan(0, 2))  // out of order
    set.insert(TextSpan(11, 12))  // nested
    #expect(set.overlaps(TextSpan(19, 25)))
    #expect(!set.overlaps(TextSpan(20, 30)))
    #expect(set.overlaps(TextSpan(1, 3)))
    #expect(!set.overlaps(TextSpan(2, 10)))
    #expect(set.contains(offset: 34))
    #expect(!set.contains(offset: 35))
    #expect(set.spans.map(\.start) == [0, 10, 11, 30])
  }

  /// Against a brute-force check on random spans.
  @Test func agreesWithBruteForce() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<50 {
      var set = SpanSet()
      var all: [TextSpan] = []
      for _ in 0..<30 {
        let s = Int.random(in: 0..<100, using: &generator)
        let span = TextSpan(s, s + Int.random(in: 0..<15, using: &generator))
        set.insert(span)
        all.append(span)
      }
      for q in 0..<110 {
        let query = TextSpan(q, q + 3)
        #expect(set.overlaps(query) == all.contains { $0.overlaps(query) })
      }
    }
  }
}

/// The batch claim and the filtered overlap query against brute force.
@Suite struct SpanSetBatchTests {
  @Test func batchInsertAndFilteredOverlapAgreeWithBruteForce() {
    var generator = SeededGenerator(seed: 17)
    for _ in 0..<50 {
      var set = SpanSet()
      var all: [TextSpan] = []
      for _ in 0..<4 {
        // A stage's claims, in any order, after another stage's.
        let batch = (0..<10).map { _ -> TextSpan in
          let s = Int(generator.next() % 100)
          return TextSpan(s, s + Int(generator.next() % 15))
        }
        set.insert(contentsOf: batch)
        all += batch
      }
      #expect(set.spans.map(\.start) == all.map(\.start).sorted())
      for q in 0..<110 {
        let query = TextSpan(q, q + 3)
        #expect(set.overlaps(query) == all.contains { $0.overlaps(query) })
        let long: (TextSpan) -> Bool = { $0.length > 5 }
        #expect(
          set.containsOverlap(of: query, where: long)
            == all.contains { $0.overlaps(query) && long($0) })
      }
    }
  }
}
