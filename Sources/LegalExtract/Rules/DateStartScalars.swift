import ChineseText

/// The scalars a date mention can start with, built once from the tables
/// that the forms of `DateScanner.date(at:previous:)` read. The scan skips
/// every other offset, so a phrase added to any of these tables is found
/// without touching a hand-kept list (`DateStartScalarTests` checks that
/// no start is skipped).
enum DateStartScalars {
  /// Scalars that start a number of a date: Arabic and Chinese digits
  /// (2023年, 二〇二三年, 廿二), 两 (两千零八年, 两年前) and 半 (半年后).
  static let numbers: ScalarBitmap = {
    var b = ScalarBitmap(scalarsOf: "0123456789" + DateNumbers.chineseDigits)
    b.formUnion(offsetCountWords)
    return b
  }()

  /// Counts that start only an offset or a spelled year: 两, 半.
  static let offsetCountWords = ScalarBitmap(scalarsOf: "两半")

  /// First scalars of every word or phrase form: date words (今年, 次日,
  /// 近日), weekdays and weeks (上周四, 星期一), holidays (春节), lunar
  /// markers and month names (农历, 腊月, 闰), parts of a year (上半年,
  /// 第二季度), bare year and month parts (年底, 月初), and the day words
  /// before a bracketed day (今(22日)).
  static let words: ScalarBitmap = {
    var b = ScalarBitmap()
    b.formUnion(DateRules.words.firsts)
    b.formUnion(DateCalendarRules.weekdayTrie.firsts)
    b.formUnion(DateCalendarRules.holidayTrie.firsts)
    b.formUnion(DateCalendarRules.yearSpanTrie.firsts)
    b.formUnion(ScalarBitmap(firstScalarsOf: DateCalendarRules.lunarMarkers.map(\.scalarArray)))
    b.formUnion(
      ScalarBitmap(firstScalarsOf: DateCalendarRules.lunarMonthNames.map(\.0.scalarArray)))
    b.insert(DateCalendarRules.leapMarker)
    b.formUnion(
      ScalarBitmap(firstScalarsOf: DateCalendarRules.writtenMonthNames.map(\.0.scalarArray)))
    let parts = DateCalendarRules.bareYearParts + DateCalendarRules.bareMonthParts
    b.formUnion(ScalarBitmap(firstScalarsOf: parts.map(\.0.scalarArray)))
    b.formUnion(DateRules.bracketedDayWords)
    return b
  }()

  /// Every scalar a date can start with.
  static let all: ScalarBitmap = {
    var b = numbers
    b.formUnion(words)
    return b
  }()
}
