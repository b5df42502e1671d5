/// Gives each scanned date its calendar value, in text order.
///
/// Relative words (同年, 次日, 当月) count from the last date the text gave,
/// preferring one in the same case section; 今年, 昨日 count from the
/// published date; a bare 12月30日 takes the year of its section, else of
/// the text before (unless its own section gives years of its own), else the
/// published year, else the first year its section writes later; anything
/// left open is X (XXXX-12-30).
struct DateResolver {
  struct Resolved: Equatable {
    var value: CalendarValue?
    var end: CalendarValue?
    var relative: Bool
  }

  let published: CalendarValue?
  let sections: DateSections

  func resolve(_ dates: [ScannedDate]) -> [Resolved] {
    // The first offset of a written year in each section.
    var firstYear: [Int: (offset: Int, year: Int)] = [:]
    for d in dates {
      if case .absolute(let y)? = d.start.year {
        let s = sections.section(of: d.range.lowerBound)
        if firstYear[s] == nil { firstYear[s] = (d.range.lowerBound, y) }
      }
    }
    var out: [Resolved] = []
    out.reserveCapacity(dates.count)
    var last: (value: CalendarValue, section: Int)?
    var previousValue: CalendarValue?
    for d in dates {
      if d.vague {
        out.append(Resolved(value: nil, end: nil, relative: false))
        continue
      }
      let section = sections.section(of: d.range.lowerBound)
      let local = last.flatMap { $0.section == section ? $0.value : nil }
      // 当天, 本月 with nothing before them count from the article's own date.
      let ref = local ?? last?.value ?? published
      // A bare month-day does not borrow a year across a case heading when
      // its own case writes years.
      let ownYearsLater = firstYear[section].map { $0.offset > d.range.lowerBound } ?? false
      let yearSource: CalendarValue?
      if d.continuesList {
        yearSource = previousValue
      } else if d.start.year == nil, d.start.month == nil, case .absolute(let day)? = d.start.day {
        // A bare day (记者8日获悉) is in the month of its case, else of the article.
        let sameMonth = d.onPublished ? nil : local.flatMap { $0.month == nil ? nil : $0 }
        yearSource = sameMonth ?? publishedMonth(forDay: day)
      } else {
        yearSource = local ?? (ownYearsLater ? nil : last?.value)
      }
      let anchor = d.continuesList ? previousValue : ref
      // Failing all else (and the published date), the section's own first year.
      let lookAhead = ownYearsLater ? firstYear[section]?.year : nil
      let (value, startRelative) = resolve(
        d.start, ref: anchor, bareYear: yearSource, fallbackYear: lookAhead)
      var relative = startRelative
      var endValue: CalendarValue?
      if let e = d.end {
        var (v, r) = resolve(e, ref: value, bareYear: value)
        // 2023年12月30日至1月2日: an end without a year that falls before its
        // start is in the next year.
        if e.year == nil, let y = v.year, Self.key(v) < Self.key(value) {
          v.year = y + 1
        }
        endValue = v
        relative = relative || r
      }
      out.append(Resolved(value: value, end: endValue, relative: relative))
      let latest = endValue ?? value
      if latest.year != nil || latest.month != nil {
        last = (latest, section)
      }
      previousValue = latest
    }
    return out
  }

  /// The value of one point: `ref` anchors relative words, `bareYear` gives
  /// the year a bare month-day takes.
  func resolve(
    _ p: DatePoint, ref: CalendarValue?, bareYear: CalendarValue?, fallbackYear: Int? = nil
  )
    -> (CalendarValue, Bool)
  {
    var relative = false
    // Day words carry the whole date: 次日 = the anchor plus one day.
    switch p.day {
    case .contextual(let k)?:
      return (shiftDays(ref, k), true)
    case .deictic(let k)?:
      return (shiftDays(published, k), true)
    default: break
    }
    var v = CalendarValue()
    switch p.month {
    case .contextual(let k)?:
      let base = CalendarValue(year: ref?.year, month: ref?.month, day: nil)
      v = base.month == nil ? base : base.addingMonths(k)
      relative = true
    case .deictic(let k)?:
      // 上月 counts from the article's date; from the text's last date when
      // that is unknown or the story is years older.
      var base = CalendarValue(year: published?.year, month: published?.month, day: nil)
      if base.month == nil
        || (ref?.year).map({ y in base.year.map { y < $0 - 1 } ?? true }) == true
      {
        base = CalendarValue(year: ref?.year, month: ref?.month, day: nil)
      }
      v = base.month == nil ? base : base.addingMonths(k)
      relative = true
    case .absolute(let m)?:
      v.month = m
    case nil:
      break
    }
    switch p.year {
    case .absolute(let y)?:
      v.year = y
    case .contextual(let k)?:
      v.year = ref?.year.map { $0 + k }
      relative = true
    case .deictic(let k)?:
      v.year = published?.year.map { $0 + k }
      relative = true
    case nil:
      if case .absolute? = p.month {
        v.year = bareYear?.year ?? publishedYear(forMonth: v.month, day: p.day) ?? fallbackYear
        relative = true
      } else if p.month == nil, case .absolute? = p.day {
        // A bare day continuing a list or range: 7月19日及26日.
        v.year = bareYear?.year
        v.month = bareYear?.month
        relative = true
      }
    }
    if case .absolute(let d)? = p.day {
      v.day = d
      // 30日 borrowed into February: the borrowed month cannot be right.
      if p.month == nil, let m = v.month, d > CalendarMath.daysIn(month: m, year: v.year ?? 2000) {
        v.year = nil
        v.month = nil
      }
    }
    return (v, relative)
  }

  private static func key(_ v: CalendarValue) -> Int {
    ((v.year ?? 0) * 100 + (v.month ?? 0)) * 100 + (v.day ?? 0)
  }

  private func shiftDays(_ base: CalendarValue?, _ k: Int) -> CalendarValue {
    guard let b = base else { return CalendarValue() }
    if b.day == nil { return CalendarValue(year: b.year, month: b.month, day: nil) }
    return b.addingDays(k)
  }

  /// The month a bare day falls in: the published month, or the one before
  /// when the day is still to come in it.
  private func publishedMonth(forDay day: Int) -> CalendarValue? {
    guard let p = published, p.year != nil, p.month != nil else { return nil }
    let month = CalendarValue(year: p.year, month: p.month, day: nil)
    if let pd = p.day, day > pd { return month.addingMonths(-1) }
    return month
  }

  /// The year of a bare month-day from the published date: the latest one
  /// not much after it (a report of 12月30日 published in January is last year's).
  private func publishedYear(forMonth month: Int?, day: DateField?) -> Int? {
    guard let p = published, let y = p.year else { return nil }
    guard let m = month, let pm = p.month else { return y }
    return m > pm + 2 ? y - 1 : y
  }
}
