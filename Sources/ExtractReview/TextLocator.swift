import LegalExtract

/// Finds where a case's entries (parties, courts, timeline clauses) stand
/// in the text, so that the side panel can link to them.
struct TextLocator {
  let scalars: [Unicode.Scalar]

  /// The first offset in `range` where `needle` occurs, scalar for scalar.
  func find(_ needle: String, in range: Range<Int>) -> Int? {
    let n = Array(needle.unicodeScalars)
    guard !n.isEmpty, range.count >= n.count else { return nil }
    let lower = max(range.lowerBound, 0)
    let upper = min(range.upperBound, scalars.count)
    guard upper - lower >= n.count else { return nil }
    outer: for start in lower...(upper - n.count) {
      for k in 0..<n.count where scalars[start + k] != n[k] { continue outer }
      return start
    }
    return nil
  }
}
