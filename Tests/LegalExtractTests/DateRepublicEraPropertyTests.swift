import Foundation
import PropertyBased
import Testing

@testable import LegalExtract

/// Property test: an ROC date written with 民國 once and then without it (as
/// Taiwan rulings do), with 翌日 after it, resolves to the Gregorian date
/// Foundation's Republic of China calendar gives, and the day after it. A
/// weekday written after the date (星期X, the calendar's own) stays inside
/// its mention.
@Suite struct DateRepublicEraPropertyTests {
  /// Fresh calendars per use (a shared Calendar misbehaved under concurrency
  /// on Linux, DateOffsetPropertyTests).
  static func calendar(_ id: Calendar.Identifier) -> Calendar {
    var c = Calendar(identifier: id)
    c.timeZone = TimeZone(identifier: "UTC") ?? TimeZone.gmt
    return c
  }

  static let weekdayNames = ["日", "一", "二", "三", "四", "五", "六"]

  static func iso(_ c: DateComponents) -> String {
    String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
  }

  @Test func republicYearsMatchFoundationCalendar() async {
    await propertyCheck(
      count: 300,
      input: Gen.int(in: DateEraRules.unmarkedRepublicYears), Gen.int(in: 0...364),
      Gen.int(in: 0...1)
    ) { rocYear, dayOfYear, spaced in
      let roc = Self.calendar(.republicOfChina)
      let gregorian = Self.calendar(.gregorian)
      guard let first = roc.date(from: DateComponents(era: 1, year: rocYear, month: 1, day: 1)),
        let date = roc.date(byAdding: .day, value: dayOfYear, to: first),
        let next = gregorian.date(byAdding: .day, value: 1, to: date)
      else {
        Issue.record("calendar could not build ROC \(rocYear) day \(dayOfYear) \(spaced)")
        return
      }
      let r = roc.dateComponents([.year, .month, .day], from: date)
      guard r.year == rocYear, let month = r.month, let day = r.day else { return }
      let g = gregorian.dateComponents([.year, .month, .day, .weekday], from: date)
      let weekday = Self.weekdayNames[((g.weekday ?? 1) - 1) % 7]
      let gap = spaced == 1 ? " " : ""
      let written = "\(rocYear)\(gap)年\(month)月\(day)日"
      let text = "本院於民國\(rocYear)年1月2日判決。判決於\(written)(星期\(weekday))送達，翌日起算。"
      let result = DateTestSupport.run(DateCase(text))
      let mention = result.dates.last { $0.text.hasPrefix(written) }
      #expect(mention?.text == written + "(星期\(weekday))", "\(text)")
      #expect(mention?.value == Self.iso(g), "\(text)")
      let following = result.dates.first { $0.text == "翌日" }
      #expect(
        following?.value == Self.iso(gregorian.dateComponents([.year, .month, .day], from: next)),
        "\(text)")
    }
  }

  /// The same dates in a text without the era's evidence keep their year.
  @Test func withoutEvidenceTheYearStays() async {
    await propertyCheck(count: 100, input: Gen.int(in: 100...199), Gen.int(in: 1...12)) {
      year, month in
      let text = "据记载，\(year)年\(month)月发生此事。"
      let value = DateTestSupport.run(DateCase(text)).dates.first?.value
      #expect(value == String(format: "%04d-%02d", year, month), "\(text)")
    }
  }
}
