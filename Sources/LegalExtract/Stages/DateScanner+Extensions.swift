import ChineseText

/// Forms around a found date: digit-separated dates (2023.6.15), ranges
/// (2023年6月至8月) and times of day after a date (上午9时许).
extension DateScanner {
  /// 2023.6.15, 2023-06-15, 2023/6/15: only a valid calendar date with the
  /// same separator twice, not a version number, phone number or decimal.
  func separatedDate(at i: Int) -> ScannedDate? {
    let (year, yearDigits) = DateNumbers.digits(text, at: i)
    guard yearDigits == 4, (1900...2099).contains(year), i + 4 < text.count else { return nil }
    if DateGuards.isBracketedYear(text, at: i) { return nil }
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
      if next == sep || next == "." || ChineseNumeral.isArabicDigit(next) { return nil }
    }
    let point = DatePoint(year: .absolute(year), month: .absolute(month), day: .absolute(day))
    return ScannedDate(range: i..<end, start: point)
  }

  /// Adds a range end (至8月, 起至2012年2月28日) and a time of day to `d`.
  func extend(_ d: ScannedDate) -> ScannedDate {
    guard !d.vague else { return d }
    var out = d
    if d.end == nil, let (endPoint, endOffset) = rangeEnd(after: d) {
      out.end = endPoint
      out.range = d.range.lowerBound..<endOffset
    }
    if (out.end ?? out.start).finest == .day {
      let e = timeOfDayEnd(from: out.range.upperBound)
      if e > out.range.upperBound { out.range = out.range.lowerBound..<e }
    }
    return out
  }

  /// The end of a range after `d`: a connector (至, 到, —, ~; optionally
  /// after 起) and a date of the same precision that may omit the fields the
  /// start gives (2023年6月1日至3日).
  private func rangeEnd(after d: ScannedDate) -> (DatePoint, Int)? {
    var k = d.range.upperBound
    guard let startUnit = d.start.finest else { return nil }
    if k < text.count, text[k] == "起" { k += 1 }
    // 2021年2月12日到 2月15日: spaces may stand around the connector.
    while k < text.count, text[k] == " " { k += 1 }
    guard k + 1 < text.count, DateRules.isRangeConnector(text[k]) else { return nil }
    // A digit-separated start takes no dashed end: 2023-06-15-2023-06-20 is rare
    // and ambiguous with identifiers.
    if text[k] == "-", d.range.upperBound > 0,
      ChineseNumeral.isArabicDigit(text[d.range.upperBound - 1])
    {
      return nil
    }
    var from = k + 1
    while from < text.count, text[from] == " ", from - k <= 2 { from += 1 }
    if let sep = separatedDate(at: from), startUnit == .day {
      return (sep.start, sep.range.upperBound)
    }
    // The end shares the start's precision, or names its own year in full
    // (2008年至2009年6月: from a year to a month).
    guard let m = point(at: from), m.sharedEnd == nil,
      m.point.finest == startUnit || (startUnit == .year && isWrittenYear(m.point.year))
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

  private func isWrittenYear(_ field: DateField?) -> Bool {
    if case .absolute? = field { return true }
    return false
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
