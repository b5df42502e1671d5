/// A fixed list of keywords found in one pass over a text, instead of one
/// search per keyword.
///
///     let set = KeywordSet(["判决", "起诉"])
///     set.present(in: text, range: 0..<text.count)   // [true, false]
struct KeywordSet: Sendable {
  let keywords: [String]
  private let trie: PhraseTrie<[Int]>

  init(_ keywords: [String]) {
    self.keywords = keywords
    var trie = PhraseTrie<[Int]>()
    var indices: [String: [Int]] = [:]
    for (i, k) in keywords.enumerated() { indices[k, default: []].append(i) }
    for (k, list) in indices { trie.insert(k, value: list) }
    self.trie = trie
  }

  /// For each keyword, whether it occurs in `range` of `text`.
  func present(in text: [Unicode.Scalar], range: Range<Int>) -> [Bool] {
    var found = [Bool](repeating: false, count: keywords.count)
    var remaining = keywords.count
    var i = range.lowerBound
    while i < range.upperBound && remaining > 0 {
      trie.visitMatches(in: text, from: i, limit: range.upperBound) { _, list in
        for k in list where !found[k] {
          found[k] = true
          remaining -= 1
        }
      }
      i += 1
    }
    return found
  }

  /// The number of distinct keywords that occur in `range`.
  func count(in text: [Unicode.Scalar], range: Range<Int>) -> Int {
    present(in: text, range: range).filter { $0 }.count
  }

  /// The index of the first keyword in list order that occurs in `range`.
  func firstListed(in text: [Unicode.Scalar], range: Range<Int>) -> Int? {
    present(in: text, range: range).firstIndex(of: true)
  }
}
