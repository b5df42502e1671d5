import ChineseText

/// The year of an article's own date, read from what its dates say when the
/// dateline or lead gives only a month and day (北京1月22日电). Used by
/// `PublishedDateInference`; each reading is one kind of evidence:
///
/// - Looked back on: the latest year the article writes (a range's end after
///   a start with no year, such as 12月中旬起至2018年春节, is a plan and not
///   counted) when every date of that year falls on or before the dateline's
///   day: the news reports them.
/// - Reported from the next year: every date of that latest year lies more
///   than `DateRules.lookAheadMonths` after the dateline's day (1月22日电 …
///   2015年第四季度): news looks back, so the article is of the year after.
/// - Compared with the same period: 与2016年同期相比, 较2012年同期增长 compare
///   the nearest period before them with the one a year earlier: that period
///   is of the next year, and dates the article when it is counted from it
///   (去年…较2012年同期 → 去年 is 2013, the article 2014) or has no year; a
///   period written with its year dates nothing. The compared year is never
///   the article's own (it is left out of the other two readings).
/// - Restated: 去年6月，一消费者买回… and later 2014年6月，市民廖先生在便利店购买…:
///   a month counted from the article's year and the same month written
///   with its year (and the same day, when both give one) tell the same
///   event, so the article is of that year minus the step. Every such pair
///   must agree.
enum DocumentYearEvidence {
  /// The article's year given its dateline's `month` and `day`, or nil when
  /// the dates leave it uncertain.
  static func year(_ dates: [ScannedDate], month: Int, day: Int, text: [Unicode.Scalar]) -> Int? {
    let compared = comparedYear(dates, text: text)
    let latest = latestWrittenYear(dates, text: text)
    if let compared, compared >= latest ?? compared { return compared }
    guard let latest else { return nil }
    let key = month * 100 + day
    var allOnOrBefore = true
    var allFarAfter = true
    var monthsWritten = 0
    for p in writtenPoints(dates, text: text) {
      guard case .absolute(latest)? = p.year else { continue }
      var m = 0
      var d = 0
      if case .absolute(let x)? = p.month { m = x }
      if case .absolute(let x)? = p.day { d = x }
      // A year alone (2015年查处…) fits any day of its year.
      guard m > 0 else { continue }
      monthsWritten += 1
      if m * 100 + d > key { allOnOrBefore = false }
      if m <= month + DateRules.lookAheadMonths { allFarAfter = false }
    }
    if allOnOrBefore { return latest }
    if allFarAfter, monthsWritten > 0 { return latest + 1 }
    return nil
  }

  /// The article's year from a same-period comparison: the period compared
  /// is the nearest one the text gives before it. Counted from the article
  /// (今年1月至5月 … 与2016年同期相比 → 2017; 去年…较2012年同期 → 2014) or
  /// with no year (1至5月…比2020年同期) it dates the article; written with
  /// its year (2023年第四季度…与2022年同期相比) it says nothing of it.
  static func comparedYear(_ dates: [ScannedDate], text: [Unicode.Scalar]) -> Int? {
    for (index, d) in dates.enumerated() {
      guard case .absolute(let y)? = d.start.year, isComparedPeriod(d, text: text) else { continue }
      guard let period = dates[..<index].last(where: { !$0.vague }) else { return y + 1 }
      switch period.start.year {
      case .deictic(let shift)?: return y + 1 - shift
      case .absolute?, .shortYear?, .beforeCommonEra?: continue
      case .contextual?, nil: return y + 1
      }
    }
    return nil
  }

  /// The article's year from a month told twice, once counted from the
  /// article (去年6月) and once with its year (2014年6月): nil when no pair
  /// or pairs that disagree.
  static func restatedYear(_ dates: [ScannedDate]) -> Int? {
    // Years written per month, per month and day, and per month without a
    // day: built once, so each counted month looks its pairs up.
    var byMonth: [Int: Set<Int>] = [:]
    var byMonthDay: [Int: Set<Int>] = [:]
    var byMonthNoDay: [Int: Set<Int>] = [:]
    for w in dates where !w.vague && w.end == nil {
      guard case .absolute(let y)? = w.start.year, case .absolute(let m)? = w.start.month else {
        continue
      }
      byMonth[m, default: []].insert(y)
      if case .absolute(let day)? = w.start.day {
        byMonthDay[m * 100 + day, default: []].insert(y)
      } else {
        byMonthNoDay[m, default: []].insert(y)
      }
    }
    guard !byMonth.isEmpty else { return nil }
    var found: Int?
    for d in dates where !d.vague && d.end == nil {
      guard case .deictic(let shift)? = d.start.year, case .absolute(let m)? = d.start.month else {
        continue
      }
      let years: Set<Int>
      if case .absolute(let day)? = d.start.day {
        years = (byMonthDay[m * 100 + day] ?? []).union(byMonthNoDay[m] ?? [])
      } else {
        years = byMonth[m] ?? []
      }
      guard !years.isEmpty else { continue }
      guard years.count == 1, let y = years.first else { return nil }
      if let f = found, f != y - shift { return nil }
      found = y - shift
    }
    return found
  }

  /// 与2016年同期: a year naming the same period a year back, so the
  /// article's year is the next (与2016年相比 alone says nothing of it; the
  /// resolver's `isComparisonBase` is the wider test).
  static func isComparedPeriod(_ d: ScannedDate, text: [Unicode.Scalar]) -> Bool {
    d.start.month == nil && d.end == nil && d.range.lowerBound > 0
      && text.hasLiteral(DateRules.samePeriodWord, at: d.range.upperBound)
      && DateRules.comparisonWords.contains(text[d.range.lowerBound - 1])
  }

  /// The latest year written in a start, or in an end whose start writes one.
  private static func latestWrittenYear(_ dates: [ScannedDate], text: [Unicode.Scalar]) -> Int? {
    var latest: Int?
    for p in writtenPoints(dates, text: text) {
      if case .absolute(let y)? = p.year { latest = max(latest ?? y, y) }
    }
    return latest
  }

  /// Starts, and ends of ranges whose start has its year: 12月中旬起至2018年春节
  /// looks ahead from a day of the news and says nothing of its year. The
  /// year of a compared period is not the news's either.
  private static func writtenPoints(_ dates: [ScannedDate], text: [Unicode.Scalar]) -> [DatePoint] {
    var out: [DatePoint] = []
    for d in dates where !d.vague && !isComparedPeriod(d, text: text) {
      out.append(d.start)
      if let e = d.end, d.start.year != nil { out.append(e) }
    }
    return out
  }

}
