import ChineseText

/// The numbers inside dates: four-digit years (2023, 二〇二三) and small
/// month or day numbers (6, 06, 十二, 三十一). Money-like or longer numbers
/// are refused here, so 20190元 or 123月 never reach the date rules.
enum DateNumbers {
  /// Chinese digits that may write a date number (not 两, 万, 百: 两月 is a
  /// duration, 百日 a count).
  static let chineseDigits = "〇零一二三四五六七八九十廿卅"

  private static let chineseDigitSet = ScalarBitmap(scalarsOf: chineseDigits)

  @inline(__always)
  static func isChineseDigit(_ s: Unicode.Scalar) -> Bool { chineseDigitSet.contains(s) }

  /// Exactly four Arabic digits, or four positional Chinese digits (二〇二三).
  static func fourDigitYear(_ text: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
    guard i + 4 <= text.count else { return nil }
    if ChineseNumeral.isArabicDigit(text[i]) {
      var v = 0
      for k in i..<i + 4 {
        guard ChineseNumeral.isArabicDigit(text[k]) else { return nil }
        v = v * 10 + Int(text[k].value - 0x30)
      }
      if i + 4 < text.count, ChineseNumeral.isArabicDigit(text[i + 4]) { return nil }
      return (v, i + 4)
    }
    var v = 0
    for k in i..<i + 4 {
      guard let d = positionalDigit(text[k]) else { return nil }
      v = v * 10 + d
    }
    if i + 4 < text.count, isChineseDigit(text[i + 4]) { return nil }
    return (v, i + 4)
  }

  static func positionalDigit(_ s: Unicode.Scalar) -> Int? {
    switch s {
    case "〇", "零": return 0
    case "一": return 1
    case "二": return 2
    case "三": return 3
    case "四": return 4
    case "五": return 5
    case "六": return 6
    case "七": return 7
    case "八": return 8
    case "九": return 9
    default: return nil
    }
  }

  /// One or two Arabic digits (6, 06, 31), or a Chinese numeral of up to
  /// three scalars (六, 十二, 三十一); its value and end.
  static func small(_ text: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
    guard i < text.count else { return nil }
    var j = i
    if ChineseNumeral.isArabicDigit(text[i]) {
      var v = 0
      while j < text.count, ChineseNumeral.isArabicDigit(text[j]), j - i < 3 {
        v = v * 10 + Int(text[j].value - 0x30)
        j += 1
      }
      return j - i <= 2 ? (v, j) : nil
    }
    while j < text.count, isChineseDigit(text[j]), j - i < 4 { j += 1 }
    guard j > i, j - i <= 3, let n = ChineseNumeral.value(of: text[i..<j]),
      let v = n.integerValue
    else { return nil }
    return (v, j)
  }

  /// Digits from `i` to the first non-digit: the value and count (at most 4).
  static func digits(_ text: [Unicode.Scalar], at i: Int) -> (value: Int, count: Int) {
    var v = 0
    var j = i
    while j < text.count, ChineseNumeral.isArabicDigit(text[j]), j - i < 5 {
      v = v * 10 + Int(text[j].value - 0x30)
      j += 1
    }
    return (v, j - i)
  }
}
