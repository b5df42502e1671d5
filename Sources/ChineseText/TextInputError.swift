/// Why bytes could not be read as a text document.
public enum TextInputError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The bytes are not UTF-8; `byteOffset` is where the first bad sequence starts.
  case invalidUTF8(byteOffset: Int)
  /// The bytes hold a NUL, the mark of binary content.
  case binaryContent(byteOffset: Int)
  /// The input is larger than the caller allows.
  case tooLarge(bytes: Int, limit: Int)

  public var description: String {
    switch self {
    case .invalidUTF8(let offset): return "not valid UTF-8 (first bad byte at offset \(offset))"
    case .binaryContent(let offset): return "binary content (NUL byte at offset \(offset))"
    case .tooLarge(let bytes, let limit): return "too large (\(bytes) bytes; the limit is \(limit))"
    }
  }
}
