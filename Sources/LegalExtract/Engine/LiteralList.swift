/// A rule table's word list compiled once for "does one of these words start
/// at this offset": the words as scalar arrays behind a bitmap of their first
/// scalars. Rules that ask this at every offset of a clause pay one bit test
/// where no word can start, instead of a String comparison per word (a
/// String's scalars are decoded anew on every comparison). An empty word
/// never matches.
///
///     static let acts = LiteralList(["支付", "赔偿"])
///     acts.contains(in: text, at: 3)
struct LiteralList: Sendable {
  /// The words, in the table's order.
  let words: [String]
  private let scalars: [[Unicode.Scalar]]
  private let firsts: ScalarBitmap

  init(_ words: [String]) {
    self.words = words
    self.scalars = words.map { Array($0.unicodeScalars) }
    self.firsts = ScalarBitmap(firstScalarsOf: scalars)
  }

  /// The index of the first word in list order that occurs at `offset`.
  @inline(__always)
  func firstIndex(in text: [Unicode.Scalar], at offset: Int) -> Int? {
    guard offset >= 0, offset < text.count, firsts.contains(text[offset]) else { return nil }
    return scalars.firstIndex { text.hasLiteral($0, at: offset) }
  }

  /// True when one of the words occurs at `offset`.
  @inline(__always)
  func contains(in text: [Unicode.Scalar], at offset: Int) -> Bool {
    firstIndex(in: text, at: offset) != nil
  }
}
