/// The caller's identifier for an article, kept as the caller wrote it: a
/// JSON string stays a string and a JSON number stays a number, so results
/// join back to their inputs without conversions.
public enum DocumentID: Hashable, Sendable, Codable, CustomStringConvertible,
  ExpressibleByStringLiteral, ExpressibleByIntegerLiteral
{
  case string(String)
  case integer(Int)
  /// A number with a fraction or beyond `Int`'s range.
  case number(Double)

  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .integer(value) }

  public init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let s = try? c.decode(String.self) {
      self = .string(s)
    } else if let i = try? c.decode(Int.self) {
      self = .integer(i)
    } else {
      self = .number(try c.decode(Double.self))
    }
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .string(let s): try c.encode(s)
    case .integer(let i): try c.encode(i)
    case .number(let d): try c.encode(d)
    }
  }

  /// The identifier as text (a number in its shortest decimal form).
  public var description: String {
    switch self {
    case .string(let s): return s
    case .integer(let i): return String(i)
    case .number(let d): return String(d)
    }
  }
}
