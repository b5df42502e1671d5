/// What a contextual date word (次日, 当日, 同日, 当月, 同月) counts from: the
/// nearest preceding date of the text that gives the field the word needs,
/// in the word's own case section.
///
/// A day word needs a day: a month or a year told in between is no anchor
/// for it; when it holds the last full date (a closing statistic's 2013年
/// after 2013年12月31日) or goes back before it (a flashback) that date still
/// anchors, when it moves the story on (2023年2月 after 2023年1月9日) nothing
/// does. A word whose section gave dates but none fine
/// enough stays unanchored: the step it dates is undated, not dated by a
/// coarser time (年关将至……次日报案 is no day of 2011年11月).
struct RelativeDateAnchors {
  /// What a word's anchor is.
  enum Anchor: Equatable {
    /// The date to count from.
    case date(CalendarValue)
    /// The text gave dates before the word, none fine enough.
    case none
    /// No date before the word at all: the caller may count from the
    /// article's own date.
    case nothingBefore
  }

  /// Per section: the last value giving a day, a month.
  private var lastDay: [Int: CalendarValue] = [:]
  private var lastMonth: [Int: CalendarValue] = [:]
  /// The last of each across sections, for a section with no date yet.
  private var anyDay: CalendarValue?
  private var anyMonth: CalendarValue?
  private var sectionsWithDates = Set<Int>()
  private var anyDate = false

  /// Notes a resolved date (a range's end) told in `section`. A coarser date
  /// after the last finer one (2023年2月 after 2023年1月9日) moves the story
  /// on: the finer one anchors nothing after it. One that holds it (a
  /// statistic's 2023年, a year left unknown) or goes back before it (a
  /// flashback's 2019年6月, then 当天 is the story's day again) does not.
  mutating func note(_ value: CalendarValue, section: Int) {
    anyDate = true
    sectionsWithDates.insert(section)
    if value.day != nil {
      lastDay[section] = value
      anyDay = value
    } else if let day = lastDay[section], Self.value(value, isAfter: day) {
      lastDay[section] = nil
      anyDay = nil
    }
    if value.month != nil {
      lastMonth[section] = value
      anyMonth = value
    } else if let month = lastMonth[section], Self.value(value, isAfter: month) {
      lastMonth[section] = nil
      anyMonth = nil
    }
  }

  /// True when the coarser `later` is after `earlier` on the fields both give (2023-02 after
  /// 2023-01-09); one that holds it (2023) or goes back before it (a flashback's 2019-06) is not.
  static func value(_ later: CalendarValue, isAfter earlier: CalendarValue) -> Bool {
    if let a = later.year, let b = earlier.year, a != b { return a > b }
    if let a = later.month, let b = earlier.month, a != b { return a > b }
    return false
  }

  /// The anchor of a word needing `unit` (`.day` or `.month`) in `section`.
  func anchor(needing unit: DateRules.Unit, section: Int) -> Anchor {
    guard anyDate else { return .nothingBefore }
    let own = unit == .day ? lastDay[section] : lastMonth[section]
    if let own { return .date(own) }
    // A section with no date of its own yet continues the text before it.
    if !sectionsWithDates.contains(section), let earlier = unit == .day ? anyDay : anyMonth {
      return .date(earlier)
    }
    return .none
  }
}
