/// Reads numbers written in Chinese, Arabic or mixed notation.
///
///     ChineseNumeral.value(of: "二〇二三")      // 2023
///     ChineseNumeral.value(of: "一百二十万")    // 1200000
///     ChineseNumeral.value(of: "1.2万")        // 12000
///     ChineseNumeral.value(of: "叁仟伍佰")      // 3500
///
/// Input is the folded view (plain digits); Traditional financial forms
/// (貳, 萬) are folded to Simplified before they get here.
public enum ChineseNumeral {
  /// Digit characters and their values (两 = 2, 〇/零 = 0, financial forms).
  static func digit(_ s: Unicode.Scalar) -> Int? {
    switch s {
    case "〇", "零": return 0
    case "一", "壹", "幺": return 1
    case "二", "两", "贰": return 2
    case "三", "叁", "参": return 3
    case "四", "肆": return 4
    case "五", "伍": return 5
    case "六", "陆": return 6
    case "七", "柒": return 7
    case "八", "捌": return 8
    case "九", "玖": return 9
    default: return nil
    }
  }

  /// Small units inside a section (十 百 千), with financial forms.
  static func smallUnit(_ s: Unicode.Scalar) -> Int? {
    switch s {
    case "十", "拾": return 10
    case "百", "佰": return 100
    case "千", "仟": return 1000
    default: return nil
    }
  }

  /// Large units that close a section.
  static func largeUnit(_ s: Unicode.Scalar) -> Int? {
    switch s {
    case "万": return 10_000
    case "亿": return 100_000_000
    default: return nil
    }
  }

  /// True for any scalar that can be part of a numeral.
  public static func isNumeralScalar(_ s: Unicode.Scalar) -> Bool {
    isArabicDigit(s) || digit(s) != nil || smallUnit(s) != nil || largeUnit(s) != nil
      || s == "廿" || s == "卅"
  }

  /// True for a Chinese numeral character (not Arabic digits).
  public static func isChineseNumeralScalar(_ s: Unicode.Scalar) -> Bool {
    digit(s) != nil || smallUnit(s) != nil || largeUnit(s) != nil || s == "廿" || s == "卅"
  }

  @inline(__always)
  public static func isArabicDigit(_ s: Unicode.Scalar) -> Bool {
    s.value >= 0x30 && s.value <= 0x39
  }

  /// The value of a whole numeral, or nil when `text` is not one.
  public static func value(of text: String) -> ExactNumber? {
    value(of: Array(text.unicodeScalars)[...])
  }

  /// The value of a whole numeral, or nil when the scalars are not one.
  public static func value(of s: ArraySlice<Unicode.Scalar>) -> ExactNumber? {
    guard let first = s.first else { return nil }
    if isArabicDigit(first) { return arabicWithUnits(s) }
    return chinese(s).map { ExactNumber($0) }
  }

  /// The longest numeral starting at `start` in `text`: its value and end.
  ///
  /// Arabic numbers may carry thousands separators (1,234), a decimal part and
  /// trailing units (3万, 1.2亿, 5千). Chinese numerals run while characters
  /// are numeral characters.
  public static func scan(_ text: [Unicode.Scalar], from start: Int, limit: Int? = nil)
    -> (value: ExactNumber, end: Int)?
  {
    let stop = min(limit ?? text.count, text.count)
    guard start < stop else { return nil }
    var end = start
    if isArabicDigit(text[start]) {
      var sawPoint = false
      while end < stop {
        let c = text[end]
        if isArabicDigit(c) {
          end += 1
        } else if c == "," && end + 3 < stop && end > start
          && (end + 1..<min(end + 4, stop)).allSatisfy({ isArabicDigit(text[$0]) })
          && (end + 4 >= stop || !isArabicDigit(text[end + 4]))
        {
          end += 1  // 1,234 separator: exactly three digits follow
        } else if c == "." && !sawPoint && isGroupingDot(text[..<stop], at: end) {
          end += 1  // 1,520.878.40: a mistyped group separator, not the decimal point
        } else if c == "." && !sawPoint && end + 1 < stop && isArabicDigit(text[end + 1]) {
          sawPoint = true
          end += 1
        } else {
          break
        }
      }
      // Units after Arabic digits: 3万, 1.2亿, 5千, 3千万.
      while end < stop, smallUnit(text[end]) != nil || largeUnit(text[end]) != nil { end += 1 }
    } else {
      while end < stop, isChineseNumeralScalar(text[end]) { end += 1 }
    }
    // Back off until what we took parses (e.g. a trailing 十 of 十月 is fine,
    // but 一万万 is not).
    while end > start {
      if let v = value(of: text[start..<end]) { return (v, end) }
      end -= 1
    }
    return nil
  }

  // MARK: - Arabic

  /// True when the "." at `i` groups thousands rather than starting a
  /// fraction: exactly three digits follow, then another separator and a
  /// digit (1,520.878.40 typed for 1,520,878.40).
  static func isGroupingDot(_ s: ArraySlice<Unicode.Scalar>, at i: Int) -> Bool {
    guard i > s.startIndex, i + 5 < s.endIndex, isArabicDigit(s[i - 1]) else { return false }
    for k in 1...3 where !isArabicDigit(s[i + k]) { return false }
    return (s[i + 4] == "." || s[i + 4] == ",") && isArabicDigit(s[i + 5])
  }

  static func arabicWithUnits(_ s: ArraySlice<Unicode.Scalar>) -> ExactNumber? {
    var mantissa = 0
    var decimals = 0
    var inFraction = false
    var i = s.startIndex
    var digits = 0
    while i < s.endIndex {
      let c = s[i]
      if isArabicDigit(c) {
        let (m1, o1) = mantissa.multipliedReportingOverflow(by: 10)
        let (m2, o2) = m1.addingReportingOverflow(Int(c.value - 0x30))
        if o1 || o2 { return nil }
        mantissa = m2
        digits += 1
        if inFraction { decimals += 1 }
      } else if c == "," && !inFraction {
        // separators are validated by scan; accept here
      } else if c == "." && !inFraction && isGroupingDot(s, at: i) {
        // a mistyped group separator (1,520.878.40): skip it
      } else if c == "." && !inFraction {
        inFraction = true
      } else {
        break
      }
      i += 1
    }
    guard digits > 0 else { return nil }
    var number = ExactNumber(mantissa: mantissa, decimals: decimals)
    // Trailing units multiply: 3千万 = 3 × 1000 × 10000.
    while i < s.endIndex {
      guard let unit = smallUnit(s[i]) ?? largeUnit(s[i]), let n = number.scaled(by: unit)
      else { return nil }
      number = n
      i += 1
    }
    return number
  }

  // MARK: - Chinese

  static func chinese(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
    guard !s.isEmpty else { return nil }
    // Positional digit strings: 二〇二三, 一九九八 (no unit characters).
    if s.count >= 2 && s.allSatisfy({ digit($0) != nil && $0 != "两" }) {
      var v = 0
      for c in s {
        let (m, o) = v.multipliedReportingOverflow(by: 10)
        if o { return nil }
        v = m + digit(c)!
      }
      return v
    }
    var total = 0  // completed 亿 and 万 sections
    var section = 0  // current section below 万
    var pending: Int?  // a digit waiting for its unit
    var lastSmallUnit = Int.max
    var lastLargeUnit = Int.max
    var sawZero = false
    var any = false
    for c in s {
      any = true
      if let d = digit(c) {
        if d == 0 {
          sawZero = true
          if pending != nil { return nil }
          continue
        }
        if pending != nil { return nil }  // 二三 inside a unit numeral
        pending = d
      } else if c == "廿" || c == "卅" {
        if pending != nil { return nil }
        section += c == "廿" ? 20 : 30
        lastSmallUnit = 10
      } else if let u = smallUnit(c) {
        guard u < lastSmallUnit || sawZero else { return nil }
        section += (pending ?? 1) * u
        pending = nil
        lastSmallUnit = u
        sawZero = false
      } else if let u = largeUnit(c) {
        // 万万 and 亿亿 are not numerals here.
        guard u < lastLargeUnit else { return nil }
        let sectionValue = section + (pending ?? 0)
        if sectionValue == 0 && total == 0 { return nil }
        if u == 100_000_000 {
          total = (total + sectionValue) * u
        } else {
          total += sectionValue * u
        }
        section = 0
        pending = nil
        lastSmallUnit = Int.max
        lastLargeUnit = u
        sawZero = false
      } else {
        return nil
      }
    }
    guard any else { return nil }
    // A trailing digit after a unit is one step below it: 三万五 = 35000,
    // 一百五 = 150 (colloquial). After 零 it is a plain digit: 一百零五.
    if let p = pending {
      if !sawZero, lastSmallUnit != Int.max, lastSmallUnit >= 100 {
        section += p * (lastSmallUnit / 10)
      } else if !sawZero, lastSmallUnit == Int.max, lastLargeUnit != Int.max {
        section += p * (lastLargeUnit / 10)
      } else {
        section += p
      }
    }
    return total + section
  }
}
