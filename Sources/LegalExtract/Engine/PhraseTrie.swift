/// The one trie over Unicode scalars, for finding lexicon and rule-table
/// phrases in running text: from a start offset it reports the longest
/// phrase (or every phrase) that begins there.
///
/// Built for the hot loop: the children of every node live in one open-addressed table keyed by
/// (node, scalar) with a multiplicative hash (Swift's `Dictionary` hashes
/// with SipHash, which was the largest cost of the stage), and a bitmap of
/// first scalars rejects most positions before any lookup. A second, hashed
/// bitmap of the phrases' first two scalars rejects most of the rest before
/// the table is read: the table of a lexicon is megabytes, each probe a cache
/// miss (nearly all of the walk's time), and most positions whose first
/// scalar opens some phrase go on with a second scalar that opens none.
///
///     var trie = PhraseTrie<Int>()
///     trie.insert("麻城市", value: 1)
///     trie.longestMatch(in: Array("麻城市人民法院".unicodeScalars), from: 0)  // (3, 1)
struct PhraseTrie<Value: Sendable>: Sendable {
  private typealias Slot = PhraseTrieSlot
  private var slots: [Slot] = Array(repeating: .empty, count: 64)
  private var used = 0
  private var nodeValue: [Int32] = [-1]  // per node: index into `values`, or -1
  private var values: [Value] = []
  /// Scalars that begin some phrase.
  private(set) var firsts = ScalarBitmap()
  /// The same scalars as a list, each once, for looking them up in a
  /// document's index instead of testing every offset.
  private(set) var firstScalars: [Unicode.Scalar] = []
  /// A hashed bitmap of (first scalar, second scalar) of every phrase of two
  /// or more scalars, and of (scalar, 0) for every one-scalar phrase: a pair
  /// not set starts no phrase (a pair set may start none: the walk decides).
  /// Four bits per slot of the table, rebuilt when the table grows.
  private var pairs: [UInt64] = Array(repeating: 0, count: 4)
  private var pairShift: UInt64 = 56  // 64 - log2(bits)

  init() {}

  /// A trie sized for about `capacity` nodes, so that building it never rehashes.
  init(capacity: Int) {
    var slots = 64
    while slots < capacity * 2 { slots *= 2 }
    self.slots = Array(repeating: .empty, count: slots)
    nodeValue.reserveCapacity(capacity)
    resizePairs()
  }

  /// Number of stored phrases.
  var count: Int { values.count }

  @inline(__always) private static func key(_ node: Int, _ scalar: UInt32) -> UInt64 {
    (UInt64(node) << 21 | UInt64(scalar)) &+ 1
  }

  @inline(__always) private func slot(of key: UInt64) -> Int {
    let mask = slots.count - 1
    var s = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    while slots[s].key != 0 && slots[s].key != key { s = (s + 1) & mask }
    return s
  }

  @inline(__always) func child(_ node: Int, _ scalar: UInt32) -> Int? {
    let s = slot(of: Self.key(node, scalar))
    return slots[s].key == 0 ? nil : Int(slots[s].target)
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: .empty, count: old.count * 2)
    for slot in old where slot.key != 0 { slots[self.slot(of: slot.key)] = slot }
    resizePairs()
    rebuildPairs()
  }

  /// The bit of the pair (a, b) in `pairs`.
  @inline(__always) private static func pairBit(_ a: UInt32, _ b: UInt32, shift: UInt64) -> Int {
    Int(truncatingIfNeeded: ((UInt64(a) << 21 | UInt64(b)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  private mutating func addPair(_ a: UInt32, _ b: UInt32) {
    let bit = Self.pairBit(a, b, shift: pairShift)
    pairs[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  /// Whether some phrase may start with the pair (a, b).
  @inline(__always) private static func admits(
    _ pairs: UnsafeBufferPointer<UInt64>, _ a: UInt32, _ b: UInt32, shift: UInt64
  ) -> Bool {
    let bit = pairBit(a, b, shift: shift)
    return pairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// Sizes `pairs` at four bits a slot of the table (at least 256 bits), cleared.
  private mutating func resizePairs() {
    var bits = 256
    var log = 8
    while bits < slots.count * 4 {
      bits *= 2
      log += 1
    }
    pairs = Array(repeating: 0, count: bits / 64)
    pairShift = UInt64(64 - log)
  }

  /// Sets every pair of the phrases in the table, read from its slots: a
  /// root slot gives a first scalar (and a one-scalar phrase when its node
  /// has a value), a slot under a first scalar's node the second scalar.
  private mutating func rebuildPairs() {
    var firstOf = [UInt32](repeating: .max, count: nodeValue.count)
    for slot in slots where slot.key != 0 && (slot.key &- 1) >> 21 == 0 {
      let scalar = UInt32(truncatingIfNeeded: (slot.key &- 1) & 0x1F_FFFF)
      firstOf[Int(slot.target)] = scalar
      if slot.value >= 0 { addPair(scalar, 0) }
    }
    for slot in slots where slot.key != 0 {
      let parent = Int((slot.key &- 1) >> 21)
      guard parent != 0, firstOf[parent] != .max else { continue }
      addPair(firstOf[parent], UInt32(truncatingIfNeeded: (slot.key &- 1) & 0x1F_FFFF))
    }
  }

  /// Records that the phrase of `node` (reached through `slot`, or the root
  /// when `slot` is nil) has the value at `index`, in both tables.
  private mutating func setValue(_ index: Int, of node: Int, slot: Int?) {
    nodeValue[node] = Int32(index)
    guard let slot else { return }
    slots[slot].value = Int32(index)
    // A phrase of one scalar (its slot hangs from the root): the pair (scalar, 0).
    let key = slots[slot].key &- 1
    if key >> 21 == 0 { addPair(UInt32(truncatingIfNeeded: key & 0x1F_FFFF), 0) }
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
    let (node, slot) = makeNode(phrase)
    if nodeValue[node] < 0 {
      values.append(value)
      setValue(values.count - 1, of: node, slot: slot)
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
    let (node, slot) = makeNode(phrase)
    if nodeValue[node] < 0 {
      values.append(initial)
      setValue(values.count - 1, of: node, slot: slot)
    }
    change(&values[Int(nodeValue[node])])
  }

  /// Applies `change` to every stored value.
  mutating func modifyAll(_ change: (inout Value) -> Void) {
    for k in values.indices { change(&values[k]) }
  }

  /// The node of `phrase`, made if missing, and the slot of its last step
  /// (nil for the empty phrase, the root). The slot stays valid until the
  /// next node is made (growing the table moves slots).
  private mutating func makeNode<S: Sequence<Unicode.Scalar>>(_ phrase: S) -> (
    node: Int, slot: Int?
  ) {
    var node = 0
    var last: Int?
    var depth = 0
    var first: UInt32 = 0
    for s in phrase {
      if node == 0, !firsts.contains(s) {
        firsts.insert(s)
        firstScalars.append(s)
      }
      // The pair of the first two scalars, set once the step's slot is in the
      // table (growing it rebuilds the pairs from the slots).
      defer {
        if depth == 0 { first = s.value } else if depth == 1 { addPair(first, s.value) }
        depth += 1
      }
      let k = Self.key(node, s.value)
      let found = slot(of: k)
      if slots[found].key != 0 {
        node = Int(slots[found].target)
        last = found
        continue
      }
      if (used + 1) * 2 > slots.count { grow() }
      nodeValue.append(-1)
      let id = nodeValue.count - 1
      let slot = slot(of: k)
      slots[slot] = Slot(key: k, target: Int32(id), value: -1)
      used += 1
      node = id
      last = slot
    }
    return (node, last)
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
    guard mayStart(text, at: start), pairsAdmit(text, from: start, stop: text.count) else {
      return false
    }
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

  /// False when no phrase can start at `start` (which `mayStart` admitted)
  /// and end by `stop`: the pair of its first two scalars is none of a
  /// phrase's, and its first scalar is no phrase alone.
  @inline(__always) private func pairsAdmit(
    _ text: [Unicode.Scalar], from start: Int, stop: Int
  ) -> Bool {
    guard start + 1 < stop else { return true }
    let shift = pairShift
    return pairs.withUnsafeBufferPointer { pairs in
      text.withUnsafeBufferPointer { text in
        let a = text[start].value
        return Self.admits(pairs, a, text[start + 1].value, shift: shift)
          || Self.admits(pairs, a, 0, shift: shift)
      }
    }
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
    guard pairsAdmit(text, from: start, stop: stop) else { return }
    slots.withUnsafeBufferPointer { slots in
      text.withUnsafeBufferPointer { text in
        let mask = slots.count - 1
        var node = 0
        var i = start
        walk: while i < stop {
          let key = Self.key(node, text[i].value)
          var s = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
          while true {
            let k = slots[s].key
            if k == key { break }
            if k == 0 { break walk }
            s = (s + 1) & mask
          }
          node = Int(slots[s].target)
          i += 1
          let v = slots[s].value
          if v >= 0 { found(i, v) }
        }
      }
    }
  }
}

/// One slot of a `PhraseTrie`'s child table: the (node, scalar) key (0 =
/// empty), the child node, and the child's value index (-1 = no phrase ends
/// there), side by side so that a step of the walk reads one cache line, not
/// three arrays.
private struct PhraseTrieSlot: Sendable {
  var key: UInt64
  var target: Int32
  var value: Int32
  static let empty = PhraseTrieSlot(key: 0, target: 0, value: -1)
}
