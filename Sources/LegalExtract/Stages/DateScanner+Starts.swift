import ChineseText

extension DateScanner {
  /// The scalars a date can start with: the branches of `date(at:previous:)`
  /// (a digit, a Chinese numeral, 两/半, a date word's or calendar form's
  /// first scalar), which returns nil for any other. `scan()` skips the rest
  /// before calling it: each call copies the last date found, and most
  /// offsets of an article start none. A new kind of start goes in both.
  @inline(__always)
  static func mayStartDate(_ c: Unicode.Scalar) -> Bool {
    ChineseNumeral.isArabicDigit(c) || DateNumbers.isChineseDigit(c) || c == "两" || c == "半"
      || DateRules.mayStartWord(c) || DateCalendarRules.formStarts.contains(c)
  }
}
