import ChineseText

/// Gives each scanned date its calendar value, in text order.
///
/// Relative words (同年, 次日, 当月) count from the last date the text gave,
/// preferring one in the same case section; 今年, 昨日 count from the
/// published date; a bare 12月30日 takes the year of its section, else of
/// the text before (unless its own section gives years of its own), else the
/// published year; a year written only after it anchors nothing, so anything
/// left open is X (XXXX-12-30).
struct DateResolver {
  struct Resolved: Equatable {
    var value: CalendarValue?
    var end: CalendarValue?
    var relative: Bool
    /// A contextual word (次日, 当月) whose section gave dates, none
    /// giving the field it counts from: no date.
    var unanchored = false
    /// The guard that refused an unanchored date.
    var refusedBy: DateRule = .unanchored
  }

  let published: CalendarValue?
  let sections: DateSections
  /// The text the dates were scanned from (a compared period is read from it).
  var text: [Unicode.Scalar] = []

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
    // The story's last day before a flashback paragraph, and that paragraph.
    var story: (value: CalendarValue, section: Int)?
    var flashback: Range<Int>?
    var anchors = RelativeDateAnchors()
    for d in dates {
      if d.vague {
        out.append(Resolved(value: nil, end: nil, relative: false))
        continue
      }
      if let f = flashback, d.range.lowerBound >= f.upperBound {
        flashback = nil
        // 当天 after a flashback paragraph is the story's day, not the last
        // day the flashback wrote (its days are written out in full).
        if case .contextual? = d.start.day, d.start.weekday == nil, let s = story {
          last = s
          previousValue = s.value
          anchors.note(s.value, section: s.section)
        }
      }
      if flashback == nil, let f = sections.flashback(containing: d.range.lowerBound) {
        flashback = f
        story = last.flatMap { $0.value.day == nil ? nil : $0 }
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
        yearSource = sameMonth ?? publishedMonth(forDay: day, future: d.future)
      } else {
        yearSource = local ?? (ownYearsLater ? nil : last?.value)
      }
      var anchor = d.continuesList ? previousValue : ref
      // 次日, 当月: the nearest date before giving the day (the month) the word counts from.
      if !d.continuesList, let need = Self.anchorNeed(d) {
        switch anchors.anchor(needing: need, section: section) {
        case .date(let v): anchor = v
        case .none:
          // 同月29日 keeps its own day with the month unknown; 次日 alone is no date.
          if need == .day || d.start.day == nil {
            out.append(Resolved(value: nil, end: nil, relative: true, unanchored: true))
            continue
          }
        case .nothingBefore: break
        }
      }
      // A year written only later (12月19日，…补植复绿 in a lead, then 2017年…, 2018年…) does not
      // anchor a bare month-day: the lead's day is often the news, the years after it the
      // background, so its year stays open (XXXX-12-19), as ANNOTATION.md asks.
      let (value, startRelative) = resolve(
        d.start, ref: anchor, bareYear: yearSource, future: d.future)
      // 自办理退休的次月起 with no date told before and no article date: a
      // month or year counted from nothing is a rule's timing, not a date.
      if d.rule == .contextualWord, d.end == nil, d.start.day == nil, d.start.isOnlyContextual,
        value.year == nil, value.month == nil
      {
        out.append(
          Resolved(
            value: nil, end: nil, relative: true, unanchored: true, refusedBy: .noAntecedent))
        continue
      }
      var relative = startRelative
      var endValue: CalendarValue?
      if let e = d.end {
        // A week's last day counts from the same reference as its first.
        var (v, r) =
          e.weekday == nil
          ? resolve(e, ref: value, bareYear: value) : resolve(e, ref: anchor, bareYear: yearSource)
        // 2023年12月30日至1月2日: an end without a year that falls before its
        // start is in the next year.
        if e.year == nil, let y = v.year, Self.key(v) < Self.key(value) {
          v.year = y + 1
        }
        // 1998年到02年, 1985到89年9月: a two-digit end year is the first
        // such year on or after the start.
        if case .shortYear(let yy)? = e.year, let from = value.year {
          v.year = from + ((yy - from % 100) % 100 + 100) % 100
        }
        endValue = v
        relative = relative || r
      }
      out.append(Resolved(value: value, end: endValue, relative: relative))
      let latest = endValue ?? value
      // 与2016年1~4月相比: the period a comparison looks back to is not the
      // story's time, so the bare 4月份 after it keeps the story's year.
      if latest.year != nil || latest.month != nil, !Self.isComparisonBase(d, text: text) {
        last = (latest, section)
        anchors.note(latest, section: section)
      }
      previousValue = latest
    }
    return out
  }

  /// 与2016年1~4月相比, 较2016年同期: a date right after a word of comparison
  /// and closed, within a few scalars of the same clause, by a comparison tail.
  static func isComparisonBase(_ d: ScannedDate, text: [Unicode.Scalar]) -> Bool {
    let lo = d.range.lowerBound
    let hi = d.range.upperBound
    guard lo > 0, hi <= text.count, DateRules.comparisonWords.contains(text[lo - 1]) else {
      return false
    }
    let limit = min(text.count, hi + DateRules.comparedPeriodReach)
    var i = hi
    while i < limit {
      if DateRules.comparedPeriodTails.contains(where: { text.hasLiteral($0, at: i) }) {
        return true
      }
      if DateRules.clauseEnds.contains(text[i]) { return false }
      i += 1
    }
    return false
  }

  /// The field a contextual date word counts from (次日: a day, 当月: a
  /// month), nil for every other date (同年 takes any year before it; an
  /// offset 3天后 keeps its reference).
  static func anchorNeed(_ d: ScannedDate) -> DateRules.Unit? {
    guard d.rule == .contextualWord || d.rule == .speechDay, d.start.weekday == nil,
      !d.start.named
    else { return nil }
    if case .contextual? = d.start.day { return .day }
    if case .contextual? = d.start.month { return .month }
    return nil
  }

  /// The value of one point: `ref` anchors relative words, `bareYear` gives
  /// the year a bare month-day takes.
  func resolve(
    _ p: DatePoint, ref: CalendarValue?, bareYear: CalendarValue?, future: Bool = false
  )
    -> (CalendarValue, Bool)
  {
    if let w = p.weekday {
      return (weekdayDate(w, p, ref: ref, bareYear: bareYear, future: future), true)
    }
    if p.named {
      return (namedDate(p, ref: ref, bareYear: bareYear), true)
    }
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
    case .shortYear?, .beforeCommonEra?, nil:
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
    case .shortYear(let yy)?:
      v.year = fullYear(yy, ref: ref)
      relative = true
    case .beforeCommonEra?:
      v.year = nil
    case nil:
      if case .absolute? = p.month {
        v.year =
          bareYear?.year ?? publishedYear(forMonth: v.month, day: p.day, future: future)
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
    // A reference without its year (XXXX-02-20): count in a leap year, keep
    // the year unknown.
    if b.year == nil, b.month != nil {
      var shifted = CalendarValue(year: 2000, month: b.month, day: b.day).addingDays(k)
      shifted.year = nil
      return shifted
    }
    // A reference day alone (台中17日电): a shift that stays inside any
    // month keeps the day; one that may cross a month end knows nothing.
    if b.month == nil, let d = b.day {
      return (1...28).contains(d + k)
        ? CalendarValue(year: nil, month: nil, day: d + k) : CalendarValue()
    }
    return b.addingDays(k)
  }

  /// The month a bare day falls in: the published month, or the one before
  /// when the day is still to come in it.
  private func publishedMonth(forDay day: Int, future: Bool = false) -> CalendarValue? {
    guard let p = published, p.year != nil, p.month != nil else { return nil }
    let month = CalendarValue(year: p.year, month: p.month, day: nil)
    // 请于15日前提交: a clause that looks ahead takes the next such day.
    if future, let pd = p.day { return day < pd ? month.addingMonths(1) : month }
    if let pd = p.day, day > pd { return month.addingMonths(-1) }
    return month
  }

  /// The year of a bare month-day from the published date. News looks
  /// back: the latest one not much after it (a report of 12月30日 published
  /// in January is last year's; up to two months ahead stays in the year,
  /// for dates announced in advance). A clause that looks ahead (将于) takes
  /// the next one on or after the published date.
  private func publishedYear(forMonth month: Int?, day: DateField?, future: Bool = false) -> Int? {
    guard let p = published, let y = p.year else { return nil }
    guard let m = month, let pm = p.month else { return y }
    if future {
      var d = 0
      if case .absolute(let x)? = day { d = x }
      return m * 100 + d < pm * 100 + (d == 0 ? 0 : p.day ?? 0) ? y + 1 : y
    }
    return m > pm + 2 ? y - 1 : y
  }

  /// 09年, 三三年: the century that keeps a two-digit year at or before the
  /// reference year (the published date, else the text's last year; else
  /// the 2000s up to 30 and the 1900s after).
  func fullYear(_ yy: Int, ref: CalendarValue?) -> Int {
    guard let base = published?.year ?? ref?.year else { return yy <= 30 ? 2000 + yy : 1900 + yy }
    let century = base - ((base % 100) + 100) % 100
    let y = century + yy
    return y > base ? y - 100 : y
  }

  /// The reference day for weekdays and day offsets: the published date,
  /// else the last full date of the text.
  private func referenceDay(_ ref: CalendarValue?) -> Int? {
    for v in [published, ref] {
      if let y = v?.year, let m = v?.month, let d = v?.day {
        return CalendarMath.dayNumber(year: y, month: m, day: d)
      }
    }
    return nil
  }

  /// 上周四 (a week counted from the reference week, Monday-first), bare
  /// 星期一 (the latest one on or before the reference day; the next one
  /// after it when the clause looks ahead), 十月第一个星期一 (the n-th of
  /// the month).
  private func weekdayDate(
    _ w: WeekdayField, _ p: DatePoint, ref: CalendarValue?, bareYear: CalendarValue?, future: Bool
  ) -> CalendarValue {
    let target: Int
    switch w.anchor {
    case .week(let k):
      guard let today = referenceDay(ref) else { return CalendarValue() }
      let monday = today - (CalendarMath.weekday(dayNumber: today) - 1)
      target = monday + 7 * k + (w.weekday - 1)
    case .nearest:
      guard let today = referenceDay(ref) else { return CalendarValue() }
      let wd = CalendarMath.weekday(dayNumber: today)
      if future {
        let ahead = (w.weekday - wd + 7) % 7
        target = today + (ahead == 0 ? 7 : ahead)
      } else {
        target = today - (wd - w.weekday + 7) % 7
      }
    case .ordinal(let n):
      // The month names a day of its year, like a holiday: a bare 十月 takes
      // the year of its context, not the past-leaning year of a bare month.
      var q = p
      q.weekday = nil
      var (month, _) = resolve(q, ref: ref, bareYear: bareYear, future: future)
      if p.year == nil, let y = bareYear?.year ?? published?.year ?? ref?.year { month.year = y }
      guard let y = month.year, let m = month.month else {
        return CalendarValue(year: month.year, month: month.month, day: nil)
      }
      let first = CalendarMath.dayNumber(year: y, month: m, day: 1)
      let offset = (w.weekday - CalendarMath.weekday(dayNumber: first) + 7) % 7
      let day = 1 + offset + 7 * (n - 1)
      guard day <= CalendarMath.daysIn(month: m, year: y) else {
        return CalendarValue(year: y, month: m, day: nil)
      }
      return CalendarValue(year: y, month: m, day: day)
    }
    let (y, m, d) = CalendarMath.date(dayNumber: target)
    return CalendarValue(year: y, month: m, day: d)
  }

  /// A holiday or a lunar date: the year written (2023年春节, 去年元宵节),
  /// else the year of its context (the text before, the published year);
  /// lunar dates convert through ICU's Chinese calendar with the year naming
  /// the lunar year (2022年腊月二十三 → 2023-01-14).
  private func namedDate(_ p: DatePoint, ref: CalendarValue?, bareYear: CalendarValue?)
    -> CalendarValue
  {
    guard case .absolute(let month)? = p.month, case .absolute(let day)? = p.day else {
      return CalendarValue()
    }
    var year: Int?
    switch p.year {
    case .absolute(let y)?: year = y
    case .contextual(let k)?: year = ref?.year.map { $0 + k }
    case .deictic(let k)?: year = published?.year.map { $0 + k }
    case .shortYear(let yy)?: year = fullYear(yy, ref: ref)
    case .beforeCommonEra?: year = nil
    case nil: year = bareYear?.year ?? published?.year ?? ref?.year
    }
    guard let y = year else {
      return p.lunar ? CalendarValue() : CalendarValue(year: nil, month: month, day: day)
    }
    var v: CalendarValue
    if p.lunar {
      guard let g = LunarCalendar.gregorian(year: y, month: month, day: day, leapMonth: p.leapMonth)
      else { return CalendarValue(year: nil, month: nil, day: nil) }
      v = CalendarValue(year: g.year, month: g.month, day: g.day)
    } else {
      v = CalendarValue(year: y, month: month, day: day)
    }
    return p.dayShift == 0 ? v : v.addingDays(p.dayShift)
  }
}
