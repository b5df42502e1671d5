/// A quantity: count, money, duration, percent or physical quantity
/// (docs/OUTPUT.md, FigureMention).
///
///     31个已建成小区 → kind .count, value 31, unit 个, subject 已建成小区
///     有期徒刑三年六个月 → kind .duration, value "P3Y6M"
public struct FigureMention: Hashable, Sendable, Codable {
  public var text: String
  public var span: TextSpan
  public var kind: FigureKind
  public var value: FigureValue
  public var unit: String?
  /// True for 余, 多, 近, 约, 左右, 逾, 以上.
  public var approximate: Bool?
  /// The high end of a range (3至5年 → "P5Y").
  public var upTo: FigureValue?
  /// ISO 4217 code when money is not in yuan.
  public var currency: String?
  /// What is counted (已建成小区).
  public var subject: String?
  /// The phrase that says what happened to it (立案查处, 罚款, 判处有期徒刑).
  public var context: String?

  public init(
    text: String, span: TextSpan, kind: FigureKind, value: FigureValue, unit: String? = nil,
    approximate: Bool? = nil, upTo: FigureValue? = nil, currency: String? = nil,
    subject: String? = nil, context: String? = nil
  ) {
    self.text = text
    self.span = span
    self.kind = kind
    self.value = value
    self.unit = unit
    self.approximate = approximate
    self.upTo = upTo
    self.currency = currency
    self.subject = subject
    self.context = context
  }
}

public enum FigureKind: String, Hashable, Sendable, Codable {
  case count, money, duration, percent, quantity
}

/// A figure's value: a number, or an ISO 8601 duration string ("P3Y6M").
public enum FigureValue: Hashable, Sendable, Codable, CustomStringConvertible {
  case number(Double)
  case duration(String)

  public init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let d = try? c.decode(Double.self) {
      self = .number(d)
    } else {
      self = .duration(try c.decode(String.self))
    }
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .number(let d):
      // Whole numbers print without a fraction (31, not 31.0).
      if d.rounded() == d, abs(d) < 9.0e15 { try c.encode(Int(d)) } else { try c.encode(d) }
    case .duration(let s): try c.encode(s)
    }
  }

  public var description: String {
    switch self {
    case .number(let d): return d.rounded() == d && abs(d) < 9.0e15 ? String(Int(d)) : String(d)
    case .duration(let s): return s
    }
  }
}
