/// Proleptic Gregorian arithmetic for resolving dates (no Foundation
/// Calendar: it is slow and its time zones play no part here).
enum CalendarMath {
  static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

extension CalendarMath {
  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
  /// days-from-civil): week and offset arithmetic runs on this count.
  static func dayNumber(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The Gregorian date of a day number (inverse of `dayNumber`).
  static func date(dayNumber z0: Int) -> (year: Int, month: Int, day: Int) {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// ISO weekday of a day number: 1 = Monday … 7 = Sunday (weeks are
  /// Monday-first, as in China). 1970-01-01 was a Thursday.
  static func weekday(dayNumber z: Int) -> Int {
    let r = (z + 3) % 7
    return (r < 0 ? r + 7 : r) + 1
  }
}
