import CICU

/// Finds one scalar in a run of text with the C library's `wmemchr`
/// (CICU's `cicu_first_scalar`): rules look for the first scalar of a
/// literal across whole cases, and that search was the largest single cost
/// of the literal helpers; the C search compares many scalars at a time.
public enum ScalarSearch {
  /// The first offset in `range` (clamped to `text`) holding `scalar`, or nil.
  public static func firstOffset(
    of scalar: Unicode.Scalar, in text: [Unicode.Scalar], range: Range<Int>
  ) -> Int? {
    let lower = max(range.lowerBound, 0)
    let upper = min(range.upperBound, text.count)
    guard lower < upper else { return nil }
    let found = text.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: UInt32.self) { values -> Int in
        guard let base = values.baseAddress else { return -1 }
        return cicu_first_scalar(base + lower, upper - lower, scalar.value)
      }
    }
    return found < 0 ? nil : lower + found
  }
}
