/// A set of scalars tested without hashing: one bit per BMP scalar (8 KB),
/// a plain Set for the rare scalars beyond it. Scanners test every offset of
/// an article against their anchor scalars; a Set there costs a hash each.
/// A rule table of scalars written as a literal can be one directly:
/// `static let stops: ScalarBitmap = ["。", "；"]`.
struct ScalarBitmap: Sendable, ExpressibleByArrayLiteral {
  private var words = [UInt64](repeating: 0, count: 1024)
  private var astral: Set<Unicode.Scalar> = []

  init() {}

  init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
    for s in scalars { insert(s) }
  }

  init(arrayLiteral scalars: Unicode.Scalar...) { self.init(scalars) }

  /// The scalars of a string literal: ScalarBitmap(scalarsOf: "的在向").
  init(scalarsOf text: String) { self.init(text.unicodeScalars) }

  /// The first scalars of a table's phrases: a prefilter derived from the
  /// table, so the two cannot drift apart.
  init(firstScalarsOf phrases: [[Unicode.Scalar]]) { self.init(phrases.compactMap(\.first)) }

  mutating func insert(_ s: Unicode.Scalar) {
    let v = Int(s.value)
    if v < 65536 { words[v >> 6] |= 1 << UInt64(v & 63) } else { astral.insert(s) }
  }

  /// Adds every scalar of `other`: a prefilter made of several tables'.
  mutating func formUnion(_ other: ScalarBitmap) {
    for k in words.indices { words[k] |= other.words[k] }
    astral.formUnion(other.astral)
  }

  @inline(__always)
  func contains(_ s: Unicode.Scalar) -> Bool {
    let v = Int(s.value)
    if v < 65536 { return words[v >> 6] & (1 << UInt64(v & 63)) != 0 }
    return !astral.isEmpty && astral.contains(s)
  }
}
