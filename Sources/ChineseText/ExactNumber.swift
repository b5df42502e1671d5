/// A decimal number kept exactly: `mantissa / 10^decimals`.
///
/// Chinese amounts mix decimals and large units (1.2万, 12.5亿); keeping them as
/// integers scaled by a power of ten avoids 1.2万 → 11999.999….
///
///     ExactNumber(mantissa: 12, decimals: 1).scaled(by: 10_000)  // 12000
public struct ExactNumber: Hashable, Sendable, CustomStringConvertible {
  public var mantissa: Int
  public var decimals: Int

  public init(mantissa: Int, decimals: Int = 0) {
    self.mantissa = mantissa
    self.decimals = decimals
    normalize()
  }

  public init(_ integer: Int) { self.init(mantissa: integer) }

  /// The value as a Double (exact for integers up to 2^53).
  public var doubleValue: Double {
    // One division by an exact power of ten rounds correctly (2853665.56,
    // not 2853665.5600000005); dividing by 10 repeatedly does not.
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    return Double(mantissa) / scale
  }

  /// The value as an Int when it has no fractional part.
  public var integerValue: Int? { decimals == 0 ? mantissa : nil }

  /// Multiplies by an integer unit (万 = 10_000), or nil on overflow.
  public func scaled(by unit: Int) -> ExactNumber? {
    let (m, overflow) = mantissa.multipliedReportingOverflow(by: unit)
    return overflow ? nil : ExactNumber(mantissa: m, decimals: decimals)
  }

  /// The sum, exact, or nil on overflow.
  public func adding(_ other: ExactNumber) -> ExactNumber? {
    let d = max(decimals, other.decimals)
    guard let a = raised(to: d), let b = other.raised(to: d) else { return nil }
    let (m, overflow) = a.addingReportingOverflow(b)
    return overflow ? nil : ExactNumber(mantissa: m, decimals: d)
  }

  /// The product, exact, or nil on overflow (1.5 × 千 = 1500).
  public func multiplied(by other: ExactNumber) -> ExactNumber? {
    let (m, overflow) = mantissa.multipliedReportingOverflow(by: other.mantissa)
    return overflow ? nil : ExactNumber(mantissa: m, decimals: decimals + other.decimals)
  }

  /// The same magnitude with the sign flipped (负15% → -15).
  public var negated: ExactNumber { ExactNumber(mantissa: -mantissa, decimals: decimals) }

  /// The mantissa written with `d` ≥ `decimals` decimal places.
  private func raised(to d: Int) -> Int? {
    var m = mantissa
    for _ in decimals..<d {
      let (next, overflow) = m.multipliedReportingOverflow(by: 10)
      if overflow { return nil }
      m = next
    }
    return m
  }

  public var description: String {
    if decimals == 0 { return String(mantissa) }
    var digits = String(abs(mantissa))
    while digits.count <= decimals { digits = "0" + digits }
    let cut = digits.index(digits.endIndex, offsetBy: -decimals)
    return (mantissa < 0 ? "-" : "") + digits[..<cut] + "." + digits[cut...]
  }

  private mutating func normalize() {
    while decimals > 0 && mantissa % 10 == 0 {
      mantissa /= 10
      decimals -= 1
    }
  }
}
