/// A date expression (docs/OUTPUT.md, DateMention).
///
///     同年9月 → value "2019-09", granularity .month, relative true
public struct DateMention: Hashable, Sendable, Codable {
  public var text: String
  public var span: TextSpan
  /// ISO 8601 at the precision the text gives (YYYY, YYYY-MM, YYYY-MM-DD),
  /// with X for unknown parts (XXXX-12-30); nil for vague expressions.
  public var value: String?
  public var granularity: DateGranularity
  /// True when the value was resolved from context (同年, 次日, 今年, …).
  public var relative: Bool
  /// The end of a range (2023年6月至8月 → "2023-08").
  public var end: String?
  /// Part of a month (上旬, 月中, 月底); the value keeps the month.
  public var part: MonthPart?

  public init(
    text: String, span: TextSpan, value: String?, granularity: DateGranularity,
    relative: Bool = false, end: String? = nil, part: MonthPart? = nil
  ) {
    self.text = text
    self.span = span
    self.value = value
    self.granularity = granularity
    self.relative = relative
    self.end = end
    self.part = part
  }

  private enum CodingKeys: String, CodingKey {
    case text, span, value, granularity, relative, end, part
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(text, forKey: .text)
    try c.encode(span, forKey: .span)
    try c.encode(value, forKey: .value)  // null for vague dates: the key stays
    try c.encode(granularity, forKey: .granularity)
    try c.encode(relative, forKey: .relative)
    try c.encodeIfPresent(end, forKey: .end)
    try c.encodeIfPresent(part, forKey: .part)
  }
}

/// The precision of a date value.
public enum DateGranularity: String, Hashable, Sendable, Codable {
  case year, month, day, vague
}

/// A part of a month: 月初/上旬 early, 月中/中旬 mid, 月底/下旬 late.
public enum MonthPart: String, Hashable, Sendable, Codable {
  case early, mid, late
}
