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
  static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> TextInputError? {
    var offset = 0
    var need = 0  // continuation bytes still expected
    var start = 0
    var lowerBound: UInt8 = 0x80  // tighter bounds for the first continuation
    var upperBound: UInt8 = 0xBF
    for b in bytes {
      if need > 0 {
        guard b >= lowerBound && b <= upperBound else { return .invalidUTF8(byteOffset: start) }
        lowerBound = 0x80
        upperBound = 0xBF
        need -= 1
      } else if b == 0 {
        return .binaryContent(byteOffset: offset)
      } else if b < 0x80 {
        // ASCII
      } else {
        start = offset
        switch b {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lowerBound = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED: need = 2; upperBound = 0x9F  // no UTF-16 surrogates
        case 0xF0: need = 3; lowerBound = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; upperBound = 0x8F
        default: return .invalidUTF8(byteOffset: offset)
        }
      }
      offset += 1
    }
    return need > 0 ? .invalidUTF8(byteOffset: start) : nil
  }
}
