import ChineseText
import Testing

/// ICU's Chinese calendar through the C shim: the year argument names the
/// lunar year by the Gregorian year its first month begins in.
@Suite struct LunarCalendarTests {
  @Test func springFestival2023() {
    #expect(LunarCalendar.gregorian(year: 2023, month: 1, day: 1)! == (2023, 1, 22))
  }

  @Test func twelfthMonthFallsInTheNextGregorianYear() {
    #expect(LunarCalendar.gregorian(year: 2022, month: 12, day: 23)! == (2023, 1, 14))
  }

  @Test func midAutumn2024() {
    #expect(LunarCalendar.gregorian(year: 2024, month: 8, day: 15)! == (2024, 9, 17))
  }

  @Test func leapMonth() {
    // 2020 had a leap fourth month; 2021 had none.
    #expect(
      LunarCalendar.gregorian(year: 2020, month: 4, day: 1, leapMonth: true)! == (2020, 5, 23))
    #expect(LunarCalendar.gregorian(year: 2021, month: 4, day: 1, leapMonth: true) == nil)
  }

  @Test func dayThatDoesNotExist() {
    // The first month of 2023 has 29 days.
    #expect(LunarCalendar.gregorian(year: 2023, month: 1, day: 30) == nil)
    #expect(LunarCalendar.gregorian(year: 2023, month: 13, day: 1) == nil)
  }
}
