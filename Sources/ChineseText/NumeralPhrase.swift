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
    guard var low = stacked(text, from: start, stop: stop) ?? single(text, from: start, stop: stop)
    else { return nil }
    guard low.upTo == nil, let mark = rangeMarkEnd(text, after: low.end, stop: stop),
      mark < stop, ChineseNumeral.isNumeralScalar(text[mark]),
      let high = single(text, from: mark, stop: stop),
      let lowValue = rangeLow(text, low: low, lowStart: start, high: high, highStart: mark)
    else { return low }
    // A range: 3至5, 5-10万, 三到五千 (the high end's units carry to a bare low end).
    low.value = lowValue
    low.upTo = high.value
    low.approximate = low.approximate || high.approximate
    low.end = high.end
    low.arabic = low.arabic && high.arabic
    return low
  }

  /// Where the high end of a range starts after `end`: past a range mark
  /// (至, 到, -, ~, —; doubled dashes -- and —— too) and an optional (含).
  public static func rangeMarkEnd(_ text: [Unicode.Scalar], after end: Int, stop: Int) -> Int? {
    var k = end
    // 1万(含)-5万元: the low end is included.
    if k + 2 < stop, text[k] == "(", text[k + 1] == "含", text[k + 2] == ")" { k += 3 }
    guard k < stop, isRangeMark(text[k]) else { return nil }
    k += 1
    if k < stop, text[k] == text[k - 1], text[k] == "-" || text[k] == "—" { k += 1 }
    return k
  }

  /// The low end of a range, with the high end's units carried over when
  /// the low end is bare: 三到五千 → 3000, 5-10万 → 50000, 二十到三十万 → 200000,
  /// but 8500到3万 stays 8500. Nil when the ends do not rise.
  static func rangeLow(
    _ text: [Unicode.Scalar], low: NumeralPhrase, lowStart: Int, high: NumeralPhrase,
    highStart: Int
  ) -> ExactNumber? {
    var lowHasUnit = false
    var lowHasLargeUnit = false
    for k in lowStart..<low.end where ChineseNumeral.isUnitScalar(text[k]) {
      lowHasUnit = true
      if ChineseNumeral.largeUnit(text[k]) != nil { lowHasLargeUnit = true }
    }
    var all = 1
    var large = 1
    var k = high.end - 1
    while k > highStart, ChineseNumeral.isUnitScalar(text[k]) {
      let u = ChineseNumeral.smallUnit(text[k]) ?? ChineseNumeral.largeUnit(text[k]) ?? 1
      all = all.multipliedReportingOverflow(by: u).overflow ? all : all * u
      if ChineseNumeral.largeUnit(text[k]) != nil { large *= u }
      k -= 1
    }
    var scaled: ExactNumber?
    if !lowHasUnit, low.value.doubleValue < 10, all > 1 {
      scaled = low.value.scaled(by: all)
    } else if !lowHasLargeUnit, large > 1 {
      scaled = low.value.scaled(by: large)
    }
    if let s = scaled, s.doubleValue < high.value.doubleValue { return s }
    return low.value.doubleValue < high.value.doubleValue ? low.value : nil
  }

  /// Two neighbouring digits for an approximate amount: 六七亿 (6–7亿), 三四十
  /// (30–40), 七八千, 两三个, 三五百 (300–500), 一两万 (10000–20000). The second
  /// digit and the units after it give the high end; the first takes the
  /// same units. 一两 stacks only before a numeral unit: 一两黄金 is one liang.
  static func stacked(_ text: [Unicode.Scalar], from start: Int, stop: Int) -> NumeralPhrase? {
    guard start + 1 < stop, let first = ChineseNumeral.digit(text[start]),
      let second = ChineseNumeral.digit(text[start + 1]),
      text[start + 1] != "两"
        || (first == 1 && start + 2 < stop && ChineseNumeral.isUnitScalar(text[start + 2])),
      first > 0, second == first + 1 || (first == 3 && second == 5)
    else { return nil }
    var e = start + 2
    var scale = 1
    while e < stop, let u = ChineseNumeral.smallUnit(text[e]) ?? ChineseNumeral.largeUnit(text[e]),
      !scale.multipliedReportingOverflow(by: u).overflow
    {
      scale *= u
      e += 1
    }
    // 三四十五 is not a stacked amount; 十 must come before 万 (三四十万), not after.
    if e < stop, ChineseNumeral.digit(text[e]) != nil || ChineseNumeral.isArabicDigit(text[e]) {
      return nil
    }
    guard let high = ChineseNumeral.value(of: text[start + 1..<e]),
      high.doubleValue == Double(second * scale),
      let low = ExactNumber(first).scaled(by: scale)
    else { return nil }
    return NumeralPhrase(value: low, upTo: high, approximate: true, end: e, arabic: false)
  }

  /// 十来个, 100来平米, 二十来天, 十来万: 来 after a round number (one that
  /// ends in a unit or an Arabic 0) means "about". After any other number
  /// it is the verb (3来 is no amount).
  static func isRoughLai(_ text: [Unicode.Scalar], start: Int, end: Int) -> Bool {
    guard end > start, end < text.count, text[end] == "来" else { return false }
    let last = text[end - 1]
    return last == "0" || last == "十" || last == "百" || last == "千" || last == "万"
      || last == "拾" || last == "佰" || last == "仟"
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
    // 十几, 二十几万, 一百零几万: 几 after a unit (or 零) leaves the last places open.
    let vagueTail =
      phrase.end < stop && text[phrase.end] == "几" && phrase.end > start
      && (ChineseNumeral.isUnitScalar(text[phrase.end - 1]) || text[phrase.end - 1] == "零")
    guard
      phrase.end < stop,
      isApproximationMark(text[phrase.end]) || vagueTail
        || isRoughLai(text, start: start, end: phrase.end)
    else {
      return phrase
    }
    // 余/多/来 then a large unit multiplies the rounded number: 一百余万 = 100 × 10000.
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

  /// 三点五, 十二点五亿, 三万六千四百一十七点二五, 一万点一, 百分之三点五: a
  /// decimal written in words, as ICU spells it. At least one plain digit
  /// must follow 点 (三点 alone is a time of day).
  static func decimalInWords(
    _ text: [Unicode.Scalar], integer: (value: ExactNumber, end: Int), stop: Int
  )
    -> (value: ExactNumber, end: Int)?
  {
    var e = integer.end
    guard e + 1 < stop, text[e] == "点", let whole = integer.value.integerValue else { return nil }
    e += 1
    var fraction = 0
    var decimals = 0
    while e < stop, decimals < 12, let d = ChineseNumeral.digit(text[e]), text[e] != "两" {
      fraction = fraction * 10 + d
      decimals += 1
      e += 1
    }
    guard decimals > 0 else { return nil }
    // 三点五十分 is a time (3:50), not 3.5.
    if e < stop, ChineseNumeral.smallUnit(text[e]) != nil { return nil }
    guard var value = ExactNumber(whole).adding(ExactNumber(mantissa: fraction, decimals: decimals))
    else { return nil }
    while e < stop, text[e] == "万" || text[e] == "亿",
      let scaled = value.scaled(by: text[e] == "万" ? 10_000 : 100_000_000)
    {
      value = scaled
      e += 1
    }
    return (value, e)
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
