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
}
