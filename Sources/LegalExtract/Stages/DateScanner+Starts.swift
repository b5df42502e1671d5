extension DateScanner {
  /// The scalars a date can start with (`DateStartScalars.all`, derived from
  /// the rule tables). `scan()` skips the rest before calling
  /// `date(at:previous:)`: each call copies the last date found, and most
  /// offsets of an article start none.
  @inline(__always)
  static func mayStartDate(_ c: Unicode.Scalar) -> Bool { DateStartScalars.all.contains(c) }
}
