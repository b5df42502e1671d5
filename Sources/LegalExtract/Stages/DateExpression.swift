/// One field of a date as written, before resolution.
enum DateField: Sendable, Equatable {
  /// A number the text gives (2023年, 六月, 15日).
  case absolute(Int)
  /// A step from the date the text gave before (同年 0, 次日 +1).
  case contextual(Int)
  /// A step from the article's published date (今年 0, 昨日 -1).
  case deictic(Int)
  /// A year written with two digits (09年, 零七年): the century that keeps
  /// it in the past of the reference date.
  case shortYear(Int)
  /// 公元前221年: a year before the common era, which the contract's values
  /// (four or more digits) cannot write: it resolves to an unknown year.
  case beforeCommonEra(Int)
}

/// A weekday inside a date: 上周四, 星期一, 十月第一个星期一.
struct WeekdayField: Sendable, Equatable {
  enum Anchor: Sendable, Equatable {
    /// A week counted from the reference date's week (上周 -1, 这周 0).
    case week(Int)
    /// The nearest such day in the direction the tense implies.
    case nearest
    /// The n-th such weekday of the point's month.
    case ordinal(Int)
  }

  /// ISO weekday: 1 = Monday … 7 = Sunday.
  var weekday: Int
  var anchor: Anchor
}

/// A date as written: each field absent, given, or relative. A field given
/// as a word (同月) implies the coarser fields from the same anchor.
struct DatePoint: Sendable, Equatable {
  var year: DateField?
  var month: DateField?
  var day: DateField?
  /// A weekday that gives the day (上周四; 十月第一个星期一 with the month).
  var weekday: WeekdayField?
  /// Month and day are lunar (农历八月十五, 春节): converted after the year.
  var lunar = false
  /// Month and day name a holiday or a lunar date: without a year they take
  /// the year of their context (the reference year), not the past-leaning
  /// year of a bare month-day.
  var named = false
  /// Days added after conversion (除夕: the day before 春节).
  var dayShift = 0
  /// A lunar leap month (闰四月).
  var leapMonth = false
  /// A lunar month told without its day (2018年腊月): converted from its
  /// first day, reported as a month.
  var lunarMonthOnly = false

  /// True when every field given is counted from the text's last date
  /// (次月, 同年, 当月): nothing is written or counted from the published day.
  var isOnlyContextual: Bool {
    func contextualOrAbsent(_ f: DateField?) -> Bool {
      if case .contextual? = f { return true }
      return f == nil
    }
    let any = year != nil || month != nil || day != nil
    return any && weekday == nil && contextualOrAbsent(year) && contextualOrAbsent(month)
      && contextualOrAbsent(day)
  }

  var finest: DateRules.Unit? {
    if lunarMonthOnly { return .month }
    if day != nil || weekday != nil { return .day }
    if month != nil { return .month }
    if year != nil { return .year }
    return nil
  }

  /// The coarsest field written: a range's end may omit what its start gives.
  var coarsest: DateRules.Unit? {
    if year != nil { return .year }
    if month != nil { return .month }
    if day != nil || weekday != nil { return .day }
    return nil
  }
}

/// A date expression the scanner found: its span in the document, what it
/// says, and how it relates to its neighbours.
struct ScannedDate: Sendable, Equatable {
  var range: Range<Int>
  var start: DatePoint
  /// The end of a range (2023年6月至8月).
  var end: DatePoint?
  var part: MonthPart?
  /// A vague word (近日): no value.
  var vague = false
  /// A bare day or month continuing a list (7月19日及26日): its missing
  /// fields come from the date just before, whatever the section.
  var continuesList = false
  /// A day that counts in the published month (昨(26)日).
  var onPublished = false
  /// The clause looks ahead (将于周五开庭): a bare weekday or month-day is
  /// the next one, not the last.
  var future = false
  /// The rule that made this date (docs/RULES.md).
  var rule: DateRule = .fields
  /// Read but no date (半年后 counted from an untold event): the stage
  /// claims its span so that no figure takes it, and outputs nothing.
  var claimOnly = false
}

/// A resolved calendar value; nil fields are unknown (X in the output).
struct CalendarValue: Sendable, Equatable {
  var year: Int?
  var month: Int?
  var day: Int?

  /// ISO text at `precision`: 2023, 2023-06, XXXX-12-30.
  func iso(_ precision: DateRules.Unit) -> String {
    let y = year.map { pad($0, 4) } ?? "XXXX"
    if precision == .year { return y }
    let m = month.map { pad($0, 2) } ?? "XX"
    if precision == .month { return y + "-" + m }
    return y + "-" + m + "-" + (day.map { pad($0, 2) } ?? "XX")
  }

  private func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }

  /// Adds whole days (Gregorian), for 次日 and 前一日.
  func addingDays(_ n: Int) -> CalendarValue {
    guard var y = year, var m = month, var d = day else { return self }
    d += n
    while d > CalendarMath.daysIn(month: m, year: y) {
      d -= CalendarMath.daysIn(month: m, year: y)
      m += 1
      if m > 12 {
        m = 1
        y += 1
      }
    }
    while d < 1 {
      m -= 1
      if m < 1 {
        m = 12
        y -= 1
      }
      d += CalendarMath.daysIn(month: m, year: y)
    }
    return CalendarValue(year: y, month: m, day: d)
  }

  /// Adds whole months, for 次月 and 上月 (the day is dropped).
  func addingMonths(_ n: Int) -> CalendarValue {
    guard let m = month else { return CalendarValue(year: year, month: nil, day: nil) }
    let index = m - 1 + n
    let carry = index >= 0 ? index / 12 : -((11 - index) / 12)
    let newMonth = index - carry * 12 + 1
    return CalendarValue(year: year.map { $0 + carry }, month: newMonth, day: nil)
  }

  /// Month-day order within a year, for "is this before that".
  func monthDayKey() -> Int { (month ?? 0) * 100 + (day ?? 0) }
}
