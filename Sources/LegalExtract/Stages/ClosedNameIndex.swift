/// Every three-scalar run the document closes with a delimiter or particle
/// (王某海，/ 王某海在), with the offsets of its first two such places:
/// asking whether a name stands closed somewhere else is then one lookup,
/// not a scan of the document per name.
struct ClosedNameIndex: Sendable {
  private struct Places: Sendable {
    var first: Int
    var second: Int?
  }
  private let places: [UInt64: Places]

  /// `closes` tells whether a scalar right after a run closes it.
  init(_ text: [Unicode.Scalar], closes: (Unicode.Scalar) -> Bool) {
    var places: [UInt64: Places] = [:]
    var k = 0
    while k + 3 < text.count {
      if closes(text[k + 3]) {
        let key = Self.key(text[k], text[k + 1], text[k + 2])
        if var p = places[key] {
          if p.second == nil {
            p.second = k
            places[key] = p
          }
        } else {
          places[key] = Places(first: k, second: nil)
        }
      }
      k += 1
    }
    self.places = places
  }

  /// True when the three-scalar `name` stands closed at an offset other than `offset`.
  func isClosed(_ name: [Unicode.Scalar], elsewhereThan offset: Int) -> Bool {
    precondition(name.count == 3, "the index holds three-scalar runs")
    guard let p = places[Self.key(name[0], name[1], name[2])] else { return false }
    return p.first != offset || p.second != nil
  }

  /// Scalars take 21 bits each.
  private static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar) -> UInt64 {
    UInt64(a.value) << 42 | UInt64(b.value) << 21 | UInt64(c.value)
  }
}
