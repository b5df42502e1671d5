import ChineseText

/// Forms around a found date: digit-separated dates (2023.6.15), ranges
/// (2023年6月至8月) and times of day after a date (上午9时许).
extension DateScanner {
  /// 2023.6.15, 2023-06-15, 2023/6/15: only a valid calendar date with the
  /// same separator twice, not a version number, phone number or decimal.
  func separatedDate(at i: Int) -> ScannedDate? {
    let (year, yearDigits) = DateNumbers.digits(text, at: i)
    guard yearDigits == 4, (1900...2099).contains(year), i + 4 < text.count else { return nil }
    if DateGuards.isBracketedYear(text, at: i) {
      // Worth a trace line only when a separated date seemed to follow: (2023)-05-06.
      if i + 5 < text.count, "./-".unicodeScalars.contains(text[i + 5]) {
        log?.reject(i..<i + 4, by: .docketYear, proposedBy: .separated)
      }
      return nil
    }
    let sep = text[i + 4]
    guard sep == "." || sep == "-" || sep == "/" else { return nil }
    if i > 0, text[i - 1] == sep || text[i - 1] == "." { return nil }
    let (month, monthDigits) = DateNumbers.digits(text, at: i + 5)
    guard (1...2).contains(monthDigits), (1...12).contains(month) else { return nil }
    let second = i + 5 + monthDigits
    guard second < text.count, text[second] == sep else { return nil }
    let (day, dayDigits) = DateNumbers.digits(text, at: second + 1)
    guard (1...2).contains(dayDigits),
      (1...CalendarMath.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    let end = second + 1 + dayDigits
    if end < text.count {
      let next = text[end]
      if next == sep || next == "." || ChineseNumeral.isArabicDigit(next) {
        log?.reject(i..<end, by: .versionNumber, proposedBy: .separated)
        return nil
      }
    }
    let point = DatePoint(year: .absolute(year), month: .absolute(month), day: .absolute(day))
    return ScannedDate(range: i..<end, start: point, rule: .separated)
  }

  /// Adds a range end (至8月, 起至2012年2月28日) and a time of day to `d`;
  /// the end may follow the start's time (12月9日零时至12月16日24时).
  func extend(_ d: ScannedDate) -> ScannedDate {
    guard !d.vague else { return d }
    var out = d
    let isDay = d.start.finest == .day
    let timeEnd = isDay ? timeOfDayEnd(from: d.range.upperBound) : d.range.upperBound
    if d.end == nil,
      let (endPoint, endOffset) = rangeEnd(after: d, from: d.range.upperBound)
        ?? (timeEnd > d.range.upperBound ? rangeEnd(after: d, from: timeEnd) : nil)
    {
      out.end = endPoint
      out.range = d.range.lowerBound..<endOffset
    } else if d.rule == .yearSpan, d.part == nil, d.end?.year == nil,
      let (endPoint, endOffset) = rangeEnd(after: d, from: d.range.upperBound),
      isWrittenYear(endPoint.year)
    {
      // 2015年下半年至2021年: the year part's own month span gives way to the
      // range its connector opens (`DateRule.rangeFromYearSpan`).
      out.end = endPoint
      out.range = d.range.lowerBound..<endOffset
      out.rule = .rangeFromYearSpan
    }
    if (out.end ?? out.start).finest == .day {
      if case .absolute? = (out.end ?? out.start).day,
        let w = DateRules.sameDayWords.first(where: { matches($0, at: out.range.upperBound) })
      {
        out.range = out.range.lowerBound..<out.range.upperBound + w.unicodeScalars.count
      }
      if case .absolute? = (out.end ?? out.start).day,
        let e = restatedWeekdayEnd(from: out.range.upperBound)
      {
        out.range = out.range.lowerBound..<e
      }
      let e = timeOfDayEnd(from: out.range.upperBound)
      if e > out.range.upperBound { out.range = out.range.lowerBound..<e }
    }
    return out
  }

  /// 2019年10月30日(星期三), 3月12日（周二）, 2024年5月6日 星期一: a weekday
  /// written right after a day restates it and belongs to its mention (no
  /// date of its own, ANNOTATION.md: the date's shortest whole span).
  /// Returns the offset after it (and its closing bracket).
  func restatedWeekdayEnd(from i: Int) -> Int? {
    var j = i
    if j < text.count, text[j] == " " { j += 1 }
    let bracketed = j < text.count && text[j] == "("
    if bracketed { j += 1 }
    guard let (e, phrase) = DateCalendarRules.weekdayTrie.longestMatch(in: text, from: j),
      case .bare = phrase
    else { return nil }
    if bracketed {
      guard e < text.count, text[e] == ")" else { return nil }
      return e + 1
    }
    return e
  }

  /// The end of a range after `d`, looked for at `from`: a connector (至,
  /// 到, —, ~; optionally after 起) and a date of the same precision that may
  /// omit the fields the start gives (2023年6月1日至3日).
  private func rangeEnd(after d: ScannedDate, from start: Int) -> (DatePoint, Int)? {
    var k = start
    guard let startUnit = d.start.finest else { return nil }
    if k < text.count, text[k] == "起" { k += 1 }
    // 2021年2月12日到 2月15日: spaces may stand around the connector.
    while k < text.count, text[k] == " " { k += 1 }
    guard k + 1 < text.count, DateRules.isRangeConnector(text[k]) else { return nil }
    let startText = text[d.range]
    let separated = startText.last.map(ChineseNumeral.isArabicDigit) ?? false
    if text[k] == "-", separated {
      // A dashed start takes no dashed end (2023-06-15-2023-06-20 reads like
      // an identifier); a slashed or dotted one does: 2019/3/2-2019/9/30,
      // 2022.9.4-10.
      guard startText.contains("/") || startText.contains(".") else { return nil }
      if let sep = separatedDate(at: k + 1), startUnit == .day {
        return (sep.start, sep.range.upperBound)
      }
      return compactDayEnd(after: d, at: k + 1)
    }
    guard var from = connectorEnd(at: k) else { return nil }
    while from < text.count, text[from] == " ", from - k <= 2 { from += 1 }
    if let sep = separatedDate(at: from), startUnit == .day {
      return (sep.start, sep.range.upperBound)
    }
    // 二月十三到十五: a day number alone ends a range of days.
    if startUnit == .day, d.start.month != nil, point(at: from) == nil,
      let (v, e) = DateNumbers.small(text, at: from), case .absolute(let first)? = d.start.day,
      v > first, v <= 31
    {
      if let end = after("日", at: e) ?? after("号", at: e) {
        return (DatePoint(day: .absolute(v)), end)
      }
      if endsBareDay(at: e) { return (DatePoint(day: .absolute(v)), e) }
    }
    // 今年8月至年底, 3月到年末: a month range ending with its year's end part.
    if startUnit == .month, let e = yearEndPartEnd(at: from) {
      return (DatePoint(month: .absolute(12)), e)
    }
    // 1998年到99年: a two-digit year alone ends a range of years.
    if startUnit == .year, point(at: from) == nil, let (yy, e) = twoDigitYear(at: from) {
      return (DatePoint(year: .shortYear(yy)), e)
    }
    // The end shares the start's precision, or names its own year in full
    // (2008年至2009年6月: from a year to a month; 2015年3月至2016年年底: from a
    // month to a year's end).
    guard let m = point(at: from), m.sharedEnd == nil,
      m.point.finest == startUnit || isWrittenYear(m.point.year)
    else { return nil }
    let p = m.point
    let e = m.end
    // The end must not start finer than the start's coarsest field would
    // allow: 2023年6月至8月 (month), 6月1日至3日 (day), 2019年至2021年 (year).
    if case .absolute = p.day, p.month == nil, p.year == nil {
      // 13日至26日期间 is the span itself; 至15日内 is a time limit.
      if hasDurationTail(at: e) && !matches("期间", at: e) { return nil }
    }
    return (p, e)
  }

  /// 年底, 年末, 年尾 at `i` (the late part of the start's year): the offset
  /// after it.
  private func yearEndPartEnd(at i: Int) -> Int? {
    for (word, part) in DateCalendarRules.bareYearParts where part == .late && matches(word, at: i)
    {
      return i + word.unicodeScalars.count
    }
    return nil
  }

  private func isWrittenYear(_ field: DateField?) -> Bool {
    switch field {
    case .absolute?, .shortYear?: return true
    default: return false
    }
  }

  /// 2022.9.4-10: a later day of the same month after a dotted date.
  private func compactDayEnd(after d: ScannedDate, at i: Int) -> (DatePoint, Int)? {
    let (v, count) = DateNumbers.digits(text, at: i)
    guard (1...2).contains(count), case .absolute(let first)? = d.start.day,
      case .absolute(let m)? = d.start.month, case .absolute(let y)? = d.start.year,
      v > first, v <= CalendarMath.daysIn(month: m, year: y)
    else { return nil }
    let end = i + count
    if end < text.count, text[end] == "." || text[end] == "/" || text[end] == "-" { return nil }
    return (DatePoint(day: .absolute(v)), end)
  }

  /// 1999.08-2002.02, 2008.03-2009: a range of dotted or slashed
  /// year-months (a year-month alone reads like a decimal or a version).
  func separatedMonthRange(at i: Int) -> ScannedDate? {
    guard let (start, e) = separatedYearMonth(at: i), e < text.count,
      text[e] == "-" || text[e] == "至"
        || text[e] == "~" || text[e] == "—"
    else { return nil }
    let from = e + 1
    if let (endPoint, e2) = separatedYearMonth(at: from) {
      return ScannedDate(range: i..<e2, start: start, end: endPoint, rule: .rangeSeparatedMonths)
    }
    let (year, digits) = DateNumbers.digits(text, at: from)
    guard digits == 4, (1900...2099).contains(year) else { return nil }
    var end = from + 4
    if end < text.count, text[end] == "." || text[end] == "/" { return nil }
    if end < text.count, text[end] == "年" { end += 1 }
    return ScannedDate(
      range: i..<end, start: start, end: DatePoint(year: .absolute(year)),
      rule: .rangeSeparatedMonths)
  }

  /// 成立于2004，始建于1998。: four digits of a year without 年, right after
  /// 于 closing a verb of founding or starting (`DateRules.bareYearVerbs`)
  /// and before a break. An amount would carry its unit (于2004元).
  func bareYearAfterPreposition(at i: Int) -> ScannedDate? {
    let (year, digits) = DateNumbers.digits(text, at: i)
    guard digits == 4, (1900...2099).contains(year), i + 4 < text.count,
      DateRules.yearMonthClosers.contains(text[i + 4])
        || DateCalendarRules.clauseBreaks.contains(text[i + 4]),
      DateRules.bareYearVerbs.contains(where: { verb in
        let count = verb.unicodeScalars.count
        return i >= count && matches(verb, at: i - count)
      })
    else { return nil }
    return ScannedDate(
      range: i..<i + 4, start: DatePoint(year: .absolute(year)), rule: .bareYearAfterVerb)
  }

  /// (辽宁凤城,2025.4), （2025.4）: a dotted or slashed year-month between
  /// a bracket or list break and a closing bracket is a date (a decimal or a
  /// version number would not stand there alone).
  func bracketedYearMonth(at i: Int) -> ScannedDate? {
    guard i > 0, DateRules.yearMonthOpeners.contains(text[i - 1]),
      let (point, e) = separatedYearMonth(at: i), e < text.count,
      DateRules.yearMonthClosers.contains(text[e])
    else { return nil }
    return ScannedDate(range: i..<e, start: point, rule: .bracketedYearMonth)
  }

  private func separatedYearMonth(at i: Int) -> (DatePoint, Int)? {
    let (year, yearDigits) = DateNumbers.digits(text, at: i)
    guard yearDigits == 4, (1900...2099).contains(year), i + 5 < text.count,
      text[i + 4] == "." || text[i + 4] == "/"
    else { return nil }
    let (month, monthDigits) = DateNumbers.digits(text, at: i + 5)
    guard (1...2).contains(monthDigits), (1...12).contains(month) else { return nil }
    let end = i + 5 + monthDigits
    if end < text.count,
      text[end] == "." || text[end] == "/" || ChineseNumeral.isArabicDigit(text[end])
    {
      return nil
    }
    return (DatePoint(year: .absolute(year), month: .absolute(month)), end)
  }

  /// After a day: 上午, 凌晨, 当晚-like words and a clock time (9时许,
  /// 21时30分许, 14点28分). Returns `i` when nothing follows.
  func timeOfDayEnd(from i: Int) -> Int {
    var j = i
    if let e = clockEnd(from: j) ?? (j < text.count && text[j] == " " ? clockEnd(from: j + 1) : nil)
    {
      return e
    }
    if let (e, _) = DateRules.timeOfDayTrie.longestMatch(in: text, from: j) { j = e }
    if let (hour, e) = DateNumbers.small(text, at: j), hour <= 24, e < text.count,
      text[e] == "时" || text[e] == "点"
    {
      j = e + 1
      if let (minute, e2) = DateNumbers.small(text, at: j), minute < 60, e2 < text.count,
        text[e2] == "分"
      {
        j = e2 + 1
      }
      if j < text.count, text[j] == "许" { j += 1 } else if matches("左右", at: j) { j += 2 }
    }
    return j
  }
}

extension DateScanner {
  /// 18:42 or 9:05:30 right after a date (a page's dateline).
  func clockEnd(from i: Int) -> Int? {
    guard let (hour, e) = DateNumbers.small(text, at: i), hour <= 24, e + 2 < text.count,
      text[e] == ":", ChineseNumeral.isArabicDigit(text[i])
    else { return nil }
    let (minute, digits) = DateNumbers.digits(text, at: e + 1)
    guard digits == 2, minute < 60 else { return nil }
    var end = e + 3
    if end + 2 < text.count, text[end] == ":" {
      let (second, d2) = DateNumbers.digits(text, at: end + 1)
      if d2 == 2, second < 60 { end += 3 }
    }
    return end
  }
}

/// Contexts where a number is not a date.
enum DateGuards {
  /// （2023）鄂01民初1号, 〔2025〕225号: a year in brackets is part of a
  /// docket or document number.
  static func isBracketedYear(_ text: [Unicode.Scalar], at i: Int) -> Bool {
    guard i > 0, i + 4 < text.count else { return false }
    switch (text[i - 1], text[i + 4]) {
    case ("(", ")"), ("〔", "〕"), ("[", "]"), ("【", "】"), ("［", "］"), ("﹝", "﹞"):
      return true
    default:
      return false
    }
  }
}
