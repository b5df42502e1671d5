/// Turns raw bytes into text, rejecting what is not a text document.
public enum UTF8Input {
  /// Decodes `bytes` as UTF-8 text.
  ///
  /// A byte-order mark is kept (it is scalar 0 of the document, per the
  /// output contract); NUL bytes mark binary content; the first malformed
  /// sequence is reported with its byte offset.
  ///
  /// - Complexity: O(n)
  public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes, limit: Int = .max)
    throws(TextInputError) -> String
  {
    if bytes.count > limit { throw .tooLarge(bytes: bytes.count, limit: limit) }
    // Check a contiguous buffer: the generic loop, unspecialised across
    // modules, cost more than the date rules.
    let bad =
      bytes.withContiguousStorageIfAvailable { firstInvalidOffset($0) }
      ?? Array(bytes).withUnsafeBufferPointer { firstInvalidOffset($0) }
    if let bad { throw bad }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The first problem in `bytes`, or nil when they are clean UTF-8 text.
  /// One step per sequence, not per byte: a lead byte sets how many
  /// continuation bytes follow and the bounds of the first, and they are
  /// read there (a per-byte state machine cost twice as much on Han text).
  static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> TextInputError? {
    let n = bytes.count
    var k = 0
    while k < n {
      let b = bytes[k]
      if b < 0x80 {
        if b == 0 { return .binaryContent(byteOffset: k) }
        k += 1
        continue
      }
      let need: Int
      var lowerBound: UInt8 = 0x80  // tighter bounds for the first continuation
      var upperBound: UInt8 = 0xBF
      switch b {
      case 0xC2...0xDF: need = 1
      case 0xE0: need = 2; lowerBound = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: need = 2
      case 0xED: need = 2; upperBound = 0x9F  // no UTF-16 surrogates
      case 0xF0: need = 3; lowerBound = 0x90
      case 0xF1...0xF3: need = 3
      case 0xF4: need = 3; upperBound = 0x8F
      default: return .invalidUTF8(byteOffset: k)
      }
      // A sequence cut short by the end, or broken by any byte outside the
      // bounds (a NUL too), is malformed at its lead byte.
      var j = 1
      while j <= need {
        guard k + j < n else { return .invalidUTF8(byteOffset: k) }
        let c = bytes[k + j]
        guard c >= lowerBound && c <= upperBound else { return .invalidUTF8(byteOffset: k) }
        lowerBound = 0x80
        upperBound = 0xBF
        j += 1
      }
      k += need + 1
    }
    return nil
  }
}
