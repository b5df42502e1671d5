extension Dictionary {
  /// Stores `value` under `key` only when `key` is new, with one hash: a nil
  /// test then a store hashes the key twice, which at start-up was most of
  /// building the lexicons' indexes.
  @inline(__always)
  mutating func keepFirst(_ value: Value, forKey key: Key) {
    Self.leave(&self[key, default: value])
  }

  /// Touching the default subscript inserts its default; nothing else is done.
  @inline(__always)
  private static func leave(_ value: inout Value) {}
}
