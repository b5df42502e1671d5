/// The one trie over Unicode scalars, for finding lexicon and rule-table
/// phrases in running text: from a start offset it reports the longest
/// phrase (or every phrase) that begins there.
///
/// Built for the hot loop: the children of every node live in one open-addressed table keyed by
/// (node, scalar) with a multiplicative hash (Swift's `Dictionary` hashes
/// with SipHash, which was the largest cost of the stage), and a bitmap of
/// first scalars rejects most positions before any lookup.
///
///     var trie = PhraseTrie<Int>()
///     trie.insert("麻城市", value: 1)
///     trie.longestMatch(in: Array("麻城市人民法院".unicodeScalars), from: 0)  // (3, 1)
struct PhraseTrie<Value: Sendable>: Sendable {
  private var keys: [UInt64] = Array(repeating: 0, count: 64)  // 0 = empty slot
  private var targets: [Int32] = Array(repeating: 0, count: 64)
  private var used = 0
  private var nodeValue: [Int32] = [-1]  // per node: index into `values`, or -1
  private var values: [Value] = []
  /// Scalars that begin some phrase.
  private(set) var firsts = ScalarBitmap()
  /// The same scalars as a list, each once, for looking them up in a
  /// document's index instead of testing every offset.
  private(set) var firstScalars: [Unicode.Scalar] = []

  init() {}

  /// A trie sized for about `capacity` nodes, so that building it never rehashes.
  init(capacity: Int) {
    var slots = 64
    while slots < capacity * 2 { slots *= 2 }
    keys = Array(repeating: 0, count: slots)
    targets = Array(repeating: 0, count: slots)
    nodeValue.reserveCapacity(capacity)
  }

  /// Number of stored phrases.
  var count: Int { values.count }

  @inline(__always) private static func key(_ node: Int, _ scalar: UInt32) -> UInt64 {
    (UInt64(node) << 21 | UInt64(scalar)) &+ 1
  }

  @inline(__always) private func slot(of key: UInt64) -> Int {
    let mask = keys.count - 1
    var s = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    while keys[s] != 0 && keys[s] != key { s = (s + 1) & mask }
    return s
  }

  @inline(__always) func child(_ node: Int, _ scalar: UInt32) -> Int? {
    let s = slot(of: Self.key(node, scalar))
    return keys[s] == 0 ? nil : Int(targets[s])
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldTargets = targets
    keys = Array(repeating: 0, count: oldKeys.count * 2)
    targets = Array(repeating: 0, count: oldKeys.count * 2)
    for (k, key) in oldKeys.enumerated() where key != 0 {
      let s = slot(of: key)
      keys[s] = key
      targets[s] = oldTargets[k]
    }
  }

  /// Adds `phrase`; a phrase already present keeps its first value unless
  /// `replacing` is true.
  mutating func insert(_ phrase: String, value: Value, replacing: Bool = false) {
    insert(scalars: phrase.unicodeScalars, value: value, replacing: replacing)
  }

  /// `insert` for a phrase given as scalars (no String built).
  mutating func insert<S: Sequence<Unicode.Scalar>>(
    scalars phrase: S, value: Value, replacing: Bool = false
  ) {
    let node = makeNode(phrase)
    if nodeValue[node] < 0 {
      values.append(value)
      nodeValue[node] = Int32(values.count - 1)
    } else if replacing {
      values[Int(nodeValue[node])] = value
    }
  }

  /// Changes the value of `phrase` in place, starting from `initial` when absent.
  mutating func modify(_ phrase: String, initial: Value, _ change: (inout Value) -> Void) {
    modify(scalars: phrase.unicodeScalars, initial: initial, change)
  }

  /// `modify` for a phrase given as scalars (no String built).
  mutating func modify<S: Sequence<Unicode.Scalar>>(
    scalars phrase: S, initial: Value, _ change: (inout Value) -> Void
  ) {
    let node = makeNode(phrase)
    if nodeValue[node] < 0 {
      values.append(initial)
      nodeValue[node] = Int32(values.count - 1)
    }
    change(&values[Int(nodeValue[node])])
  }

  /// Applies `change` to every stored value.
  mutating func modifyAll(_ change: (inout Value) -> Void) {
    for k in values.indices { change(&values[k]) }
  }

  /// The node of `phrase`, made if missing.
  private mutating func makeNode(_ phrase: String) -> Int { makeNode(phrase.unicodeScalars) }

  private mutating func makeNode<S: Sequence<Unicode.Scalar>>(_ phrase: S) -> Int {
    var node = 0
    for s in phrase {
      if node == 0, !firsts.contains(s) {
        firsts.insert(s)
        firstScalars.append(s)
      }
      if let next = child(node, s.value) {
        node = next
        continue
      }
      if (used + 1) * 2 > keys.count { grow() }
      nodeValue.append(-1)
      let id = nodeValue.count - 1
      let k = Self.key(node, s.value)
      let slot = slot(of: k)
      keys[slot] = k
      targets[slot] = Int32(id)
      used += 1
      node = id
    }
    return node
  }

  /// The value stored for exactly `phrase`.
  func value(for phrase: String) -> Value? { value(forScalars: phrase.unicodeScalars) }

  /// The value stored for exactly the phrase of these scalars.
  func value<S: Sequence<Unicode.Scalar>>(forScalars phrase: S) -> Value? {
    var node = 0
    for s in phrase {
      guard let next = child(node, s.value) else { return nil }
      node = next
    }
    return nodeValue[node] < 0 ? nil : values[Int(nodeValue[node])]
  }

  /// True when some phrase may begin with the scalar at `start`.
  @inline(__always) func mayStart(_ text: [Unicode.Scalar], at start: Int) -> Bool {
    start < text.count && firsts.contains(text[start])
  }

  /// The longest phrase starting at `start`, as its end offset and value.
  func longestMatch(in text: [Unicode.Scalar], from start: Int, limit: Int? = nil)
    -> (end: Int, value: Value)?
  {
    // Only the last phrase's node is kept: no value is copied for the
    // shorter phrases the walk passes.
    var best: (end: Int, value: Int32)?
    walkPhrases(in: text, from: start, limit: limit) { end, value in best = (end, value) }
    guard let best else { return nil }
    return (best.end, values[Int(best.value)])
  }

  /// True when some phrase starts at `start`.
  func hasMatch(in text: [Unicode.Scalar], from start: Int) -> Bool {
    guard mayStart(text, at: start) else { return false }
    var node = 0
    var i = start
    while i < text.count, let next = child(node, text[i].value) {
      node = next
      i += 1
      if nodeValue[node] >= 0 { return true }
    }
    return false
  }

  /// Calls `body` for every phrase starting at `start`, shortest first.
  func visitMatches(
    in text: [Unicode.Scalar], from start: Int, limit: Int? = nil,
    _ body: (Int, Value) -> Void
  ) {
    walkPhrases(in: text, from: start, limit: limit) { end, value in body(end, values[Int(value)]) }
  }

  /// The walk of `child` from the root along `text`, over the tables' storage
  /// in place (no bounds checks: the most called lookup of the scanners),
  /// calling `found` with the end offset and value index of every phrase on
  /// the way, shortest first.
  @inline(__always) private func walkPhrases(
    in text: [Unicode.Scalar], from start: Int, limit: Int?,
    _ found: (Int, Int32) -> Void
  ) {
    guard mayStart(text, at: start) else { return }
    let stop = min(limit ?? text.count, text.count)
    keys.withUnsafeBufferPointer { keys in
      targets.withUnsafeBufferPointer { targets in
        nodeValue.withUnsafeBufferPointer { nodeValue in
          text.withUnsafeBufferPointer { text in
            let mask = keys.count - 1
            var node = 0
            var i = start
            walk: while i < stop {
              let key = Self.key(node, text[i].value)
              var s = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
              while true {
                let k = keys[s]
                if k == key { break }
                if k == 0 { break walk }
                s = (s + 1) & mask
              }
              node = Int(targets[s])
              i += 1
              let v = nodeValue[node]
              if v >= 0 { found(i, v) }
            }
          }
        }
      }
    }
  }
}
