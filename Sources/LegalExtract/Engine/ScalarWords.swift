/// A word list as scalar arrays with the 256-bit first-scalar filter that
/// `containsAny` builds, computed once. Rules that ask the same list over
/// many clauses (the event finder's step tests) spent more building the
/// filter per question than walking the clause.
struct ScalarWords: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
  let list: [[Unicode.Scalar]]
  let filter: FirstScalarFilter

  init(_ list: [[Unicode.Scalar]]) {
    self.list = list
    self.filter = FirstScalarFilter(list)
  }

  init(arrayLiteral elements: [Unicode.Scalar]...) { self.init(elements) }

  var startIndex: Int { list.startIndex }
  var endIndex: Int { list.endIndex }
  subscript(i: Int) -> [Unicode.Scalar] { list[i] }

  static func + (a: ScalarWords, b: ScalarWords) -> ScalarWords { ScalarWords(a.list + b.list) }
}

/// The literals' first scalars by their low byte, 256 bits.
struct FirstScalarFilter: Sendable {
  var f0: UInt64 = 0
  var f1: UInt64 = 0
  var f2: UInt64 = 0
  var f3: UInt64 = 0

  /// Whether `s`'s low byte is the low byte of some literal's first scalar.
  @inline(__always)
  func admits(_ s: Unicode.Scalar) -> Bool {
    let v = s.value & 255
    let word: UInt64
    switch v >> 6 {
    case 0: word = f0
    case 1: word = f1
    case 2: word = f2
    default: word = f3
    }
    return word & (1 << UInt64(v & 63)) != 0
  }

  /// Whether one of `literals` starts at `i` of `text` and ends by `upper`.
  @inline(__always)
  static func anyLiteral(
    _ literals: [[Unicode.Scalar]], in text: UnsafeBufferPointer<Unicode.Scalar>,
    at i: Int, upper: Int
  ) -> Bool {
    let s = text[i]
    for literal in literals {
      let n = literal.count
      guard n > 0, n <= upper - i, literal[0] == s else { continue }
      var k = 1
      while k < n, text[i + k] == literal[k] { k += 1 }
      if k == n { return true }
    }
    return false
  }

  init(_ literals: [[Unicode.Scalar]]) {
    for literal in literals {
      guard let first = literal.first else { continue }
      let v = first.value & 255
      let bit: UInt64 = 1 << UInt64(v & 63)
      switch v >> 6 {
      case 0: f0 |= bit
      case 1: f1 |= bit
      case 2: f2 |= bit
      default: f3 |= bit
      }
    }
  }
}

extension Array where Element == Unicode.Scalar {
  /// `containsAny(of:in:)` with the list's filter built once.
  @inline(__always)
  func containsAny(of words: ScalarWords, in range: Range<Int>) -> Bool {
    containsAny(of: words.list, in: range, filter: words.filter)
  }

  /// The latest offset in `range` where one of `words` starts and ends
  /// inside the range, or nil: one walk back from the range's end, each
  /// offset tested against the list's first-scalar filter, instead of a
  /// forward search per word to its last occurrence.
  func lastOffset(ofAny words: ScalarWords, in range: Range<Int>) -> Int? {
    let lower = Swift.max(range.lowerBound, 0)
    let upper = Swift.min(range.upperBound, count)
    guard lower < upper else { return nil }
    let filter = words.filter
    let literals = words.list
    return withUnsafeBufferPointer { text in
      var i = upper
      while i > lower {
        i -= 1
        if filter.admits(text[i]),
          FirstScalarFilter.anyLiteral(literals, in: text, at: i, upper: upper)
        {
          return i
        }
      }
      return nil
    }
  }
}
