/// A numeral as amounts are written in running text: with an approximation
/// mark (3万余, 一百余万, 400多万, 十余) or as a range (3至5, 5-10万).
///
///     NumeralPhrase.scan(Array("一百余万元".unicodeScalars), from: 0)
///     // value 1000000, approximate, end 4
///     NumeralPhrase.scan(Array("5-10万元".unicodeScalars), from: 0)
///     // value 50000, upTo 100000, end 5
///
/// Marks that stand before the number (约, 近, 逾) or after a unit (左右,
/// 以上) belong to the caller, which knows where the unit ends.
public struct NumeralPhrase: Hashable, Sendable {
  public var value: ExactNumber
  /// The high end of a range.
  public var upTo: ExactNumber?
  /// True for 余 and 多 inside or right after the number.
  public var approximate: Bool
  /// Offset just past the phrase.
  public var end: Int
  /// True when the number is written with Arabic digits.
  public var arabic: Bool

  public init(
    value: ExactNumber, upTo: ExactNumber? = nil, approximate: Bool = false,
    end: Int, arabic: Bool
  ) {
    self.value = value
    self.upTo = upTo
    self.approximate = approximate
    self.end = end
    self.arabic = arabic
  }

  /// True for the approximation marks read inside a numeral (余, 多).
  @inline(__always)
  public static func isApproximationMark(_ s: Unicode.Scalar) -> Bool { s == "余" || s == "多" }

  /// True for the marks that join the ends of a range (至, 到, -, ~, 〜, —).
  @inline(__always)
  public static func isRangeMark(_ s: Unicode.Scalar) -> Bool {
    s == "至" || s == "到" || s == "-" || s == "~" || s == "〜" || s == "～" || s == "—"
      || s == "–"
  }

  /// The numeral phrase starting at `start`, or nil when none starts there.
  public static func scan(_ text: [Unicode.Scalar], from start: Int, limit: Int? = nil)
    -> NumeralPhrase?
  {
    let stop = min(limit ?? text.count, text.count)
    guard var low = single(text, from: start, stop: stop) else { return nil }
    // A range: 3至5, 5-10万 (the high end's unit applies to a bare low end).
    let mark = low.end
    if mark + 1 < stop, isRangeMark(text[mark]),
      ChineseNumeral.isNumeralScalar(text[mark + 1]),
      ChineseNumeral.isArabicDigit(text[mark + 1]) == low.arabic,
      let high = single(text, from: mark + 1, stop: stop)
    {
      var lowValue = low.value
      let lowUnit = trailingUnit(text, start, low.end)
      let highUnit = trailingUnit(text, mark + 1, high.end)
      if lowUnit == 1, highUnit > 1, let scaled = lowValue.scaled(by: highUnit) {
        lowValue = scaled
      }
      if lowValue.doubleValue < high.value.doubleValue {
        low.value = lowValue
        low.upTo = high.value
        low.approximate = low.approximate || high.approximate
        low.end = high.end
      }
    }
    return low
  }

  /// One number with its 余/多 marks: 3万余, 一百余万, 400多万, 十余.
  static func single(_ text: [Unicode.Scalar], from start: Int, stop: Int) -> NumeralPhrase? {
    guard start < stop, let head = ChineseNumeral.scan(text, from: start, limit: stop) else {
      return nil
    }
    let arabic = ChineseNumeral.isArabicDigit(text[start])
    var phrase = NumeralPhrase(value: head.value, end: head.end, arabic: arabic)
    if !arabic, let decimal = decimalInWords(text, integer: head, stop: stop) {
      phrase.value = decimal.value
      phrase.end = decimal.end
    }
    guard phrase.end < stop, isApproximationMark(text[phrase.end]) else { return phrase }
    // 余/多 then a large unit multiplies the rounded number: 一百余万 = 100 × 10000.
    phrase.approximate = true
    phrase.end += 1
    var e = phrase.end
    var v = phrase.value
    while e < stop, let unit = unitMultiplier(text[e]), let scaled = v.scaled(by: unit) {
      v = scaled
      e += 1
    }
    if e > phrase.end {
      phrase.value = v
      phrase.end = e
    }
    return phrase
  }

  /// 三点五, 十二点五亿, 百分之三点五: a decimal written in words. The integer
  /// part must carry no large unit (三万点五 is not a number), and at least
  /// one plain digit must follow 点 (三点 alone is a time of day).
  static func decimalInWords(
    _ text: [Unicode.Scalar], integer: (value: ExactNumber, end: Int), stop: Int
  )
    -> (value: ExactNumber, end: Int)?
  {
    var e = integer.end
    guard e + 1 < stop, text[e] == "点", let whole = integer.value.integerValue, whole < 10_000
    else { return nil }
    e += 1
    var mantissa = whole
    var decimals = 0
    while e < stop, decimals < 12, let d = ChineseNumeral.digit(text[e]), text[e] != "两" {
      mantissa = mantissa * 10 + d
      decimals += 1
      e += 1
    }
    guard decimals > 0 else { return nil }
    // 三点五十分 is a time (3:50), not 3.5.
    if e < stop, ChineseNumeral.smallUnit(text[e]) != nil { return nil }
    var value = ExactNumber(mantissa: mantissa, decimals: decimals)
    while e < stop, text[e] == "万" || text[e] == "亿",
      let scaled = value.scaled(by: text[e] == "万" ? 10_000 : 100_000_000)
    {
      value = scaled
      e += 1
    }
    return (value, e)
  }

  /// The product of the large units (万, 亿) ending a numeral, 1 when none.
  static func trailingUnit(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
    var product = 1
    var i = end - 1
    while i > start, text[i] == "万" || text[i] == "亿" {
      product *= text[i] == "万" ? 10_000 : 100_000_000
      i -= 1
    }
    return product
  }

  @inline(__always)
  static func unitMultiplier(_ s: Unicode.Scalar) -> Int? {
    switch s {
    case "万": return 10_000
    case "亿": return 100_000_000
    case "千", "仟": return 1000
    default: return nil
    }
  }
}
