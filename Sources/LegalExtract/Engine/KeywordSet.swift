/// A fixed list of keywords found in one pass over a text, instead of one
/// search per keyword.
///
///     let set = KeywordSet(["判决", "起诉"])
///     set.present(in: text, range: 0..<text.count)   // [true, false]
///
/// A class, not a struct: rules pass their tables to the cue loops by the
/// dozen per case, and a struct copy retained each of its arrays and the
/// trie's tables (one retain now).
final class KeywordSet: Sendable {
  let keywords: [String]
  /// Each keyword's length in scalars (counted once, not per occurrence).
  let lengths: [Int]
  private let trie: PhraseTrie<[Int]>

  init(_ keywords: [String]) {
    self.keywords = keywords
    self.lengths = keywords.map(\.unicodeScalars.count)
    var trie = PhraseTrie<[Int]>()
    var indices: [String: [Int]] = [:]
    for (i, k) in keywords.enumerated() { indices[k, default: []].append(i) }
    for (k, list) in indices { trie.insert(k, value: list) }
    self.trie = trie
  }

  /// For each keyword, whether it occurs in `range` of `text`.
  func present(in text: [Unicode.Scalar], range: Range<Int>) -> [Bool] {
    var found = [Bool](repeating: false, count: keywords.count)
    var distinct = 0
    mark(in: text, range: range, found: &found, distinct: &distinct, enough: keywords.count)
    return found
  }

  /// True when at least `needed` distinct keywords occur in `ranges` taken
  /// together: the walk of `present` over each range in turn, with one list
  /// of found keywords for all of them, stopping at the `needed`-th.
  func hasDistinct<R: Sequence<Range<Int>>>(
    _ needed: Int, in text: [Unicode.Scalar], ranges: R
  ) -> Bool {
    guard needed > 0 else { return true }
    var found = [Bool](repeating: false, count: keywords.count)
    var distinct = 0
    for range in ranges {
      mark(in: text, range: range, found: &found, distinct: &distinct, enough: needed)
      if distinct >= needed { return true }
    }
    return false
  }

  /// The walk `present` and `hasDistinct` share: marks in `found` each keyword
  /// that occurs in `range`, counts the newly marked in `distinct`, and stops
  /// once `distinct` reaches `enough`.
  private func mark(
    in text: [Unicode.Scalar], range: Range<Int>, found: inout [Bool], distinct: inout Int,
    enough: Int
  ) {
    var i = range.lowerBound
    // Offsets whose scalar starts no keyword are passed over here, not in a call.
    let firsts = trie.firsts
    while i < range.upperBound && distinct < enough {
      guard i < text.count, firsts.contains(text[i]) else {
        i += 1
        continue
      }
      trie.visitMatches(in: text, from: i, limit: range.upperBound) { _, list in
        for k in list where !found[k] {
          found[k] = true
          distinct += 1
        }
      }
      i += 1
    }
  }

  /// The number of distinct keywords that occur in `range`. The walk of
  /// `present`, with the keywords found kept in a 64-bit mask instead of an
  /// array allocated per question (`hasOutcome` asks this of every run and item).
  func count(in text: [Unicode.Scalar], range: Range<Int>) -> Int {
    guard keywords.count <= 64 else { return present(in: text, range: range).filter { $0 }.count }
    var found: UInt64 = 0
    var remaining = keywords.count
    var i = range.lowerBound
    let firsts = trie.firsts
    while i < range.upperBound && remaining > 0 {
      guard i < text.count, firsts.contains(text[i]) else {
        i += 1
        continue
      }
      trie.visitMatches(in: text, from: i, limit: range.upperBound) { _, list in
        for k in list where found & (1 << UInt64(k)) == 0 {
          found |= 1 << UInt64(k)
          remaining -= 1
        }
      }
      i += 1
    }
    return found.nonzeroBitCount
  }

  /// Calls `visit` with (keyword index, offset) for every occurrence in
  /// `range`, keyword by keyword in list order and each keyword's occurrences
  /// in text order: one pass over the text, then the order rules read a
  /// table in (a longer keyword listed first is read before a shorter one
  /// inside it).
  func forEachOccurrence(
    in text: [Unicode.Scalar], range: Range<Int>, _ visit: (_ keyword: Int, _ at: Int) -> Void
  ) {
    var found: [(keyword: Int, at: Int)] = []
    // Offsets whose scalar starts no keyword are passed over here, not in a call.
    let firsts = trie.firsts
    for i in range where i < text.count && firsts.contains(text[i]) {
      trie.visitMatches(in: text, from: i, limit: range.upperBound) { _, list in
        for k in list { found.append((k, i)) }
      }
    }
    Self.visitSorted(&found, visit)
  }

  /// `forEachOccurrence` that reads only the offsets where a keyword's first
  /// scalar may stand, from `index` (built over `text`): a case asks a dozen
  /// tables over the same span, and most offsets start no phrase of any.
  func forEachOccurrence(
    in text: [Unicode.Scalar], index: ScalarOccurrences, range: Range<Int>,
    _ visit: (_ keyword: Int, _ at: Int) -> Void
  ) {
    var found: [(keyword: Int, at: Int)] = []
    index.forEachCandidate(of: trie.firstScalars, in: range) { i in
      trie.visitMatches(in: text, from: i, limit: range.upperBound) { _, list in
        // Room for a case's hits at the first one: growing from one slot
        // reallocated the list three or four times per table and span.
        if found.capacity == 0 { found.reserveCapacity(16) }
        for k in list { found.append((k, i)) }
      }
    }
    Self.visitSorted(&found, visit)
  }

  /// Occurrences keyword by keyword in list order, each keyword's in text
  /// order (the order no matter how they were found).
  private static func visitSorted(
    _ found: inout [(keyword: Int, at: Int)], _ visit: (_ keyword: Int, _ at: Int) -> Void
  ) {
    found.sort { ($0.keyword, $0.at) < ($1.keyword, $1.at) }
    for f in found { visit(f.keyword, f.at) }
  }

  /// The index of the first keyword in list order that occurs in `range`.
  func firstListed(in text: [Unicode.Scalar], range: Range<Int>) -> Int? {
    present(in: text, range: range).firstIndex(of: true)
  }
}
