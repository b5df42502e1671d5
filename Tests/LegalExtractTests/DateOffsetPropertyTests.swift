import Foundation
import PropertyBased
import Testing

@testable import LegalExtract

/// Property test (issue 13): for random reference dates and offsets rendered
/// from parts (number form × unit × direction), the extracted date equals
/// Foundation's Gregorian Calendar arithmetic for days (weeks Monday-first)
/// and month counting for months and years.
@Suite struct DateOffsetPropertyTests {
  enum NumberForm: Int, CaseIterable { case digits, chinese, liang }

  /// Unit words, what one of them counts, and the counts the grammar reads
  /// as an offset: 日 with Arabic digits and bare 月 take only numbers no
  /// calendar day or month could be (15日前 is "before the 15th").
  static let units: [(word: String, component: Calendar.Component, factor: Int)] = [
    ("天", .day, 1), ("日", .day, 1), ("周", .day, 7), ("星期", .day, 7), ("个星期", .day, 7),
    ("个月", .month, 1), ("月", .month, 1), ("年", .year, 1),
  ]

  static let directions: [(word: String, sign: Int)] = [
    ("前", -1), ("后", 1), ("以前", -1), ("以后", 1), ("之前", -1), ("之后", 1),
  ]

  /// A fresh calendar per use: one Calendar shared by the two tests running
  /// concurrently gave wrong month arithmetic on Linux now and then.
  static var calendar: Calendar {
    var c = Calendar(identifier: .gregorian)
    c.timeZone = TimeZone(identifier: "UTC") ?? TimeZone.gmt
    c.firstWeekday = 2  // Monday, as in China
    return c
  }

  /// 1…999 in Chinese numerals (十二, 二十, 一百零五).
  static func chinese(_ n: Int) -> String {
    let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    var s = ""
    let h = n / 100
    let t = (n / 10) % 10
    let u = n % 10
    if h > 0 { s += digits[h] + "百" }
    if t > 0 {
      s += (h == 0 && t == 1 ? "" : digits[t]) + "十"
    } else if h > 0 && u > 0 {
      s += "零"
    }
    if u > 0 { s += digits[u] }
    return s
  }

  /// The count actually rendered: within what the grammar reads for this
  /// unit and form.
  static func count(_ raw: Int, unit: String, form: NumberForm) -> Int {
    if form == .liang { return 2 }
    if unit == "日" && form == .digits { return 32 + raw % 300 }
    if unit == "月" { return 13 + raw % 100 }
    return 1 + raw % (unit == "年" ? 99 : 300)
  }

  @Test func offsetsMatchFoundationCalendar() async {
    await propertyCheck(
      count: 300,
      input: Gen.int(in: 1950...2040), Gen.int(in: 0...366), Gen.int(in: 1...999),
      Gen.int(in: 0...(Self.units.count * Self.directions.count * NumberForm.allCases.count - 1))
    ) { year, dayOfYear, raw, combo in
      let unit = Self.units[combo % Self.units.count]
      let direction = Self.directions[(combo / Self.units.count) % Self.directions.count]
      let form = NumberForm(rawValue: combo / (Self.units.count * Self.directions.count))!
      let start = Self.calendar.date(from: DateComponents(year: year, month: 1, day: 1))!
      let reference = Self.calendar.date(byAdding: .day, value: dayOfYear % 365, to: start)!
      let r = Self.calendar.dateComponents([.year, .month, .day], from: reference)
      let n = Self.count(raw, unit: unit.word, form: form)
      let number: String
      switch form {
      case .digits: number = String(n)
      case .chinese: number = Self.chinese(n)
      case .liang: number = "两"
      }
      let phrase = number + unit.word + direction.word
      let value: String
      switch unit.component {
      case .day:
        let expected = Self.calendar.date(
          byAdding: .day, value: direction.sign * n * unit.factor, to: reference)!
        let e = Self.calendar.dateComponents([.year, .month, .day], from: expected)
        value = String(format: "%04d-%02d-%02d", e.year!, e.month!, e.day!)
      case .month:
        // Month and year offsets are kept at month and year precision, so
        // plain month counting is the exact oracle. (Foundation's month
        // arithmetic on Linux put 1950-09-29 minus 103 months in 1942-03,
        // not 1942-02, and failed this test on that draw.)
        let months = r.year! * 12 + (r.month! - 1) + direction.sign * n
        value = String(format: "%04d-%02d", months / 12, months % 12 + 1)
      default: value = String(format: "%04d", r.year! + direction.sign * n)
      }
      let published = String(format: "%04d-%02d-%02d", r.year!, r.month!, r.day!)
      let result = DateTestSupport.run(DateCase("他说：\(phrase)，事情有了变化。", published: published))
      #expect(
        result.dates.map(DateTestSupport.render) == ["\(phrase)=\(value)"],
        "\(phrase) from \(published)")
    }
  }

  /// Weeks are Monday-first: 上周一 … 下周日 against Foundation's week of
  /// the reference day.
  @Test func weekdaysMatchFoundationCalendar() async {
    let names = ["一", "二", "三", "四", "五", "六", "日"]
    let prefixes = [("上", -1), ("这", 0), ("下", 1)]
    await propertyCheck(
      count: 200, input: Gen.int(in: 1950...2040), Gen.int(in: 0...364), Gen.int(in: 0...20)
    ) { year, dayOfYear, combo in
      let (prefix, week) = prefixes[combo % 3]
      let wd = combo / 3  // 0 = Monday
      let start = Self.calendar.date(from: DateComponents(year: year, month: 1, day: 1))!
      let reference = Self.calendar.date(byAdding: .day, value: dayOfYear, to: start)!
      let interval = Self.calendar.dateInterval(of: .weekOfYear, for: reference)!
      let target = Self.calendar.date(byAdding: .day, value: 7 * week + wd, to: interval.start)!
      let e = Self.calendar.dateComponents([.year, .month, .day], from: target)
      let r = Self.calendar.dateComponents([.year, .month, .day], from: reference)
      let phrase = prefix + "周" + names[wd]
      let published = String(format: "%04d-%02d-%02d", r.year!, r.month!, r.day!)
      let result = DateTestSupport.run(DateCase("他说：\(phrase)。", published: published))
      let value = String(format: "%04d-%02d-%02d", e.year!, e.month!, e.day!)
      #expect(result.dates.map(DateTestSupport.render) == ["\(phrase)=\(value)"], "\(published)")
    }
  }
}
