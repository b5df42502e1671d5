/// Reads numbers written in Chinese, Arabic or mixed notation.
///
///     ChineseNumeral.value(of: "二〇二三")      // 2023
///     ChineseNumeral.value(of: "一百二十万")    // 1200000
///     ChineseNumeral.value(of: "1.2万")        // 12000
///     ChineseNumeral.value(of: "叁仟伍佰")      // 3500
///     ChineseNumeral.value(of: "6万2500")      // 62500 (digits between magnitudes)
///     ChineseNumeral.value(of: "三十二万亿")    // 32000000000000 (compound magnitude)
///     ChineseNumeral.value(of: "128 500")      // 128500 (GB/T 15835 digit groups)
///
/// Input is the folded view (plain digits); Traditional financial forms
/// (貳, 萬) are folded to Simplified before they get here. The grammar itself
/// (sections, magnitudes, colloquial tails) is `ChineseNumeralReading`.
public enum ChineseNumeral {
  /// Digit characters and their values (两 = 2, 〇/零 = 0, financial forms).
  public static func digit(_ s: Unicode.Scalar) -> Int? {
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

  /// Large units that close a section, as running text uses them.
  static func largeUnit(_ s: Unicode.Scalar) -> Int? {
    switch s {
    case "万": return 10_000
    case "亿": return 100_000_000
    default: return nil
    }
  }

  /// 兆 (10^12) and 京 (10^16) as ICU and Taiwan write them (一兆 = 一万亿).
  /// Read by `value(of:)` only: in running text 兆 is also 10^6 (兆瓦) and
  /// 京 a place (北京), so the scanner never starts or extends a number on them.
  static func rareLargeUnit(_ s: Unicode.Scalar) -> Int? {
    switch s {
    case "兆": return 1_000_000_000_000
    case "京": return 10_000_000_000_000_000
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

  /// True for a unit character (十 百 千 万 亿, financial forms included).
  public static func isUnitScalar(_ s: Unicode.Scalar) -> Bool {
    smallUnit(s) != nil || largeUnit(s) != nil
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
    ChineseNumeralReading.read(s)
  }

  /// What the scanner took last, deciding what may follow: Arabic digits
  /// follow only a unit or 零 (6万2500, 2千零5), never a Chinese digit.
  private enum Taken { case nothing, arabic, chineseDigit, zero, unit }

  /// The longest numeral starting at `start` in `text`: its value and end.
  ///
  /// Arabic numbers may carry thousands separators (1,234; 128 500), a
  /// decimal part and units (3万, 1.2亿, 5千, 1 万); digits and magnitudes may
  /// alternate (6万2500, 7万3千2百, 2亿3500万). Chinese numerals run while
  /// characters are numeral characters; 两个亿 reads as 两亿.
  public static func scan(_ text: [Unicode.Scalar], from start: Int, limit: Int? = nil)
    -> (value: ExactNumber, end: Int)?
  {
    let stop = min(limit ?? text.count, text.count)
    guard start < stop else { return nil }
    var end = start
    var taken = Taken.nothing
    while end < stop {
      let c = text[end]
      if isArabicDigit(c) {
        guard taken == .nothing || taken == .unit || taken == .zero,
          let run = ChineseNumeralReading.arabicRun(text[start..<stop], from: end)
        else { break }
        end = run.end
        taken = .arabic
      } else if let d = digit(c) {
        if taken == .arabic { break }
        // 三十两, 三千两百两: a 两 after a unit that ends the run is the weight
        // unit 两, not a colloquial last digit.
        if c == "两", taken == .unit,
          end + 1 >= stop || !isNumeralScalar(text[end + 1])
        {
          break
        }
        taken = d == 0 ? .zero : .chineseDigit
        end += 1
      } else if isUnitScalar(c) || c == "廿" || c == "卅" {
        end += 1
        taken = .unit
      } else if c == " ", taken == .arabic, end + 1 < stop, largeUnit(text[end + 1]) != nil {
        end += 1  // 177.1 亿: a space before the magnitude
      } else if c == "个", taken != .nothing, taken != .unit, end + 1 < stop, text[end + 1] == "亿" {
        end += 1  // 两个亿
      } else {
        break
      }
    }
    // Back off until what we took parses (e.g. a trailing 十 of 十月 is fine,
    // but 一万万 is not).
    while end > start {
      if let v = value(of: text[start..<end]) { return (v, end) }
      end -= 1
    }
    return nil
  }

  /// True when the scalar at `i` is a middle dot (·) used as a decimal
  /// point: Arabic digits on both sides and a money unit or magnitude right
  /// after the fraction (16514·2元, 3·5万元). “3·15” and 7·23事故 name days.
  public static func isMiddleDotDecimal<C: RandomAccessCollection>(_ s: C, at i: C.Index) -> Bool
  where C.Element == Unicode.Scalar, C.Index == Int {
    guard s[i] == "\u{B7}", i > s.startIndex, isArabicDigit(s[i - 1]) else { return false }
    var k = i + 1
    while k < s.endIndex, isArabicDigit(s[k]) { k += 1 }
    guard k > i + 1 else { return false }
    // A slice that ends on the fraction was cut by a scan that saw the unit.
    guard k < s.endIndex else { return true }
    return s[k] == "元" || s[k] == "万" || s[k] == "亿"
  }

  /// True when the "." at `i` groups thousands rather than starting a
  /// fraction: exactly three digits follow, then another separator and a
  /// digit (1,520.878.40 typed for 1,520,878.40).
  static func isGroupingDot(_ s: ArraySlice<Unicode.Scalar>, at i: Int) -> Bool {
    guard i > s.startIndex, i + 5 < s.endIndex, isArabicDigit(s[i - 1]) else { return false }
    for k in 1...3 where !isArabicDigit(s[i + k]) { return false }
    return (s[i + 4] == "." || s[i + 4] == ",") && isArabicDigit(s[i + 5])
  }
}
