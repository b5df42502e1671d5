import CICU

/// The Chinese (lunar) calendar, converted with ICU's "chinese" calendar
/// rather than a hand-made table.
///
///     LunarCalendar.gregorian(year: 2023, month: 1, day: 1)   // (2023, 1, 22): 春节
///     LunarCalendar.gregorian(year: 2022, month: 12, day: 23) // (2023, 1, 14): 腊月二十三
public enum LunarCalendar {
  /// The Gregorian date of a lunar date. `year` names the Chinese year by
  /// the Gregorian year its first month begins in, so the twelfth month of
  /// lunar 2022 falls in January 2023. Nil when the date does not exist
  /// (a 30th in a short month, a leap month the year lacks).
  public static func gregorian(year: Int, month: Int, day: Int, leapMonth: Bool = false)
    -> (year: Int, month: Int, day: Int)?
  {
    guard (-5000...9999).contains(year) else { return nil }
    var y: Int32 = 0
    var m: Int32 = 0
    var d: Int32 = 0
    let ok = cicu_lunar_to_gregorian(
      Int32(year), Int32(month), leapMonth ? 1 : 0, Int32(day), &y, &m, &d)
    guard ok == 1 else { return nil }
    return (Int(y), Int(m), Int(d))
  }
}
