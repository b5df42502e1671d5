/// A trie over Unicode scalars for finding lexicon phrases in running text.
///
/// Matching walks the folded view from a start offset and reports the
/// longest phrase (or every phrase) that begins there.
///
///     var trie = PhraseTrie<Int>()
///     trie.insert("麻城市", value: 421181)
///     trie.longestMatch(in: text, from: 0)   // (end: 3, value: 421181)
struct PhraseTrie<Value: Sendable>: Sendable {
  private struct Node: Sendable {
    var children: [UInt32: Int32] = [:]
    var value: Value?
  }

  private var nodes: [Node] = [Node()]
  /// The first scalars of the stored phrases: most offsets of a text start
  /// no phrase, and a bit test is far cheaper than the root's hash lookup.
  private var starts = ScalarBitmap()

  init() {}

  /// Number of stored phrases.
  private(set) var count = 0

  /// Adds `phrase`; a phrase already present keeps its first value unless
  /// `replacing` is true.
  mutating func insert(_ phrase: String, value: Value, replacing: Bool = false) {
    if let first = phrase.unicodeScalars.first { starts.insert(first) }
    var node = 0
    for s in phrase.unicodeScalars {
      if let next = nodes[node].children[s.value] {
        node = Int(next)
      } else {
        nodes.append(Node())
        let id = nodes.count - 1
        nodes[node].children[s.value] = Int32(id)
        node = id
      }
    }
    if nodes[node].value == nil { count += 1 }
    if nodes[node].value == nil || replacing { nodes[node].value = value }
  }

  /// The value stored for exactly `phrase`.
  func value(for phrase: String) -> Value? {
    var node = 0
    for s in phrase.unicodeScalars {
      guard let next = nodes[node].children[s.value] else { return nil }
      node = Int(next)
    }
    return nodes[node].value
  }

  /// The longest phrase starting at `start`, as its end offset and value.
  func longestMatch(in text: [Unicode.Scalar], from start: Int, limit: Int? = nil)
    -> (end: Int, value: Value)?
  {
    var best: (end: Int, value: Value)?
    visitMatches(in: text, from: start, limit: limit) { end, value in best = (end, value) }
    return best
  }

  /// Calls `body` for every phrase starting at `start`, shortest first.
  func visitMatches(
    in text: [Unicode.Scalar], from start: Int, limit: Int? = nil,
    _ body: (Int, Value) -> Void
  ) {
    let stop = min(limit ?? text.count, text.count)
    guard start < stop, starts.contains(text[start]) else { return }
    var node = 0
    var i = start
    while i < stop, let next = nodes[node].children[text[i].value] {
      node = Int(next)
      i += 1
      if let v = nodes[node].value { body(i, v) }
    }
  }
}
