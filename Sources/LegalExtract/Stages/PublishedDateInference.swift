import ChineseText

/// Finds the article's own date when the caller does not give it.
///
/// - Stated: a label in the first lines (发布时间：2025年9月28日) followed by a
///   full date: `inferred` false, the text says it.
/// - Lead: a date in the first paragraphs next to a dateline word
///   (12月30日，记者采访… / 北京12月30日电). A full date is taken as is; a bare
///   month-day takes the year `DocumentYearEvidence` reads from the article's
///   dates (looked back on, reported from the next year, or compared with the
///   same period); when they leave it uncertain, the month and day alone.
/// - Opening: a full date opening the lead (2024年3月8日，…) or standing in
///   its first sentence before a news verb (国务院新闻办公室于2019年10月30日
///   上午10时举行…), when no date of the article comes after it.
/// - Compared year: no dateline, but 去年…较2012年同期增长: the year alone.
/// - Stated day: 今日(8月30日) in the lead, as a dateline's month and day.
/// - Dateline day: a bare day before 电 (台中17日电) and nothing better: the
///   day alone, so that 今天, 昨天 keep their day (XXXX-XX-17).
enum PublishedDateInference {
  /// How far into the article a dateline or label may sit, in scalars.
  static let leadWindow = 400

  static func infer(_ doc: TextDocument, dates: [ScannedDate]) -> (CalendarValue, inferred: Bool)? {
    let text = doc.folded
    // (中央社记者…台中17日电): a dateline that gives its day alone.
    var datelineDay: Int?
    for d in dates where d.range.lowerBound < leadWindow && !d.vague && d.end == nil {
      if datelineDay == nil, d.start.year == nil, d.start.month == nil,
        case .absolute(let day)? = d.start.day, d.range.upperBound < text.count,
        text[d.range.upperBound] == "电", isDatelineDian(text, d.range.upperBound)
      {
        datelineDay = day
      }
      guard case .absolute(let m)? = d.start.month, case .absolute(let day)? = d.start.day else {
        continue
      }
      if case .absolute(let y)? = d.start.year {
        let atLineStart = d.range.lowerBound == 0 || text[d.range.lowerBound - 1] == "\n"
        let withClock = text[d.range].contains(":")
        // 2020-12-09 法律FAQ 来源:新华网: a page's own date line.
        let pageDate =
          atLineStart && text[d.range].contains("-")
          && (d.range.upperBound == text.count || text[d.range.upperBound] == " "
            || text[d.range.upperBound] == "\n")
        if hasLabel(text, before: d.range.lowerBound) || (atLineStart && withClock) || pageDate {
          return (CalendarValue(year: y, month: m, day: day), false)
        }
        if hasLeadMarker(text, around: d.range) {
          return (CalendarValue(year: y, month: m, day: day), true)
        }
      } else if d.start.year == nil,
        d.rule == .bracketedMonthDay || hasLeadMarker(text, around: d.range)
      {
        // 今日(8月30日): the text states its own day.
        // The dates leave the year open: the month and day alone (a guessed
        // year would move every word counted from it), so that 今天, 当天,
        // 昨日 keep the dateline's day (北京3月5日电 今日，… → XXXX-03-05).
        guard let y = DocumentYearEvidence.year(dates, month: m, day: day, text: text) else {
          return (CalendarValue(year: nil, month: m, day: day), true)
        }
        // 北京2月20日电 今天，… 2018年…: a word counted from the article's
        // date before the text first writes the year must not take a later
        // year; the reference keeps its month and day only.
        if let firstYear = dates.first(where: { $0.writesYear(y) }),
          dates.contains(where: {
            $0.range.lowerBound < firstYear.range.lowerBound && $0.countsFromPublication
          })
        {
          return (CalendarValue(year: nil, month: m, day: day), true)
        }
        return (CalendarValue(year: y, month: m, day: day), true)
      }
    }
    // The day alone anchors 今天, 昨天 (XXXX-XX-17, XXXX-XX-16); nothing else.
    if let opening = openingLeadDate(text, dates: dates) { return opening }
    if let y = DocumentYearEvidence.comparedYear(dates, text: text) {
      return (CalendarValue(year: y, month: nil, day: nil), true)
    }
    if datelineDay == nil, let y = DocumentYearEvidence.restatedYear(dates) {
      return (CalendarValue(year: y, month: nil, day: nil), true)
    }
    return datelineDay.map { (CalendarValue(year: nil, month: nil, day: $0), true) }
  }

  /// 二〇二四年三月八日，某检察院提起公诉。 A full date opening a paragraph of
  /// the lead, when no date in the article comes after it: the news is of
  /// that day, so 去年, 上月 count back from it (inferred).
  static func openingLeadDate(_ text: [Unicode.Scalar], dates: [ScannedDate])
    -> (CalendarValue, inferred: Bool)?
  {
    guard
      let d = dates.first(where: { d in
        d.range.lowerBound < leadWindow && !d.vague && d.end == nil
          && ((d.range.lowerBound == 0 || text[d.range.lowerBound - 1] == "\n")
            && d.range.upperBound < text.count && text[d.range.upperBound] == ","
            || inFirstSentence(text, d.range) && newsVerbFollows(text, d.range))
      }),
      case .absolute(let y)? = d.start.year, case .absolute(let m)? = d.start.month,
      case .absolute(let day)? = d.start.day
    else { return nil }
    // 昨日上午，… \n 2013年8月7日，…: a lead that already counts from its
    // own date (昨日, 今年, 上周) before this one is not dated by it: the
    // words before would be resolved against a later date.
    if dates.contains(where: {
      $0.range.lowerBound < d.range.lowerBound && $0.countsFromPublication
    }) {
      return nil
    }
    let key = (y * 100 + m) * 100 + day
    for other in dates {
      for p in [other.start, other.end].compactMap({ $0 }) {
        guard case .absolute(let oy)? = p.year else { continue }
        var om = 0
        var od = 0
        if case .absolute(let x)? = p.month { om = x }
        if case .absolute(let x)? = p.day { od = x }
        if (oy * 100 + om) * 100 + od > key { return nil }
      }
    }
    return (CalendarValue(year: y, month: m, day: day), true)
  }

  /// True when no sentence of the text ends before `r`: the article's first
  /// sentence (a title line has no sentence end).
  static func inFirstSentence(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    !text[..<r.lowerBound].contains { $0 == "。" || $0 == "!" || $0 == "?" }
  }

  /// 于2019年10月30日上午10时举行新闻发布会: a news or reporting verb later in
  /// the date's clause.
  static func newsVerbFollows(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    var k = r.upperBound
    while k < min(text.count, r.upperBound + DateNewsRules.venueReach) {
      if DateCalendarRules.clauseBreaks.contains(text[k]) { return false }
      if DateNewsRules.reportingVerbTrie.longestMatch(in: text, from: k) != nil { return true }
      k += 1
    }
    return false
  }

  /// 发布时间：, 发布日期 just before `i` on the same line.
  static func hasLabel(_ text: [Unicode.Scalar], before i: Int) -> Bool {
    let from = max(0, i - 12)
    var k = i - 1
    while k >= from, text[k] != "\n" { k -= 1 }
    let lineStart = max(from, k + 1)
    for label in DateRules.publishedLabels {
      let n = label.unicodeScalars.count
      var s = lineStart
      while s + n <= i {
        if matches(text, label, at: s) { return true }
        s += 1
      }
    }
    return false
  }

  /// 记者, 电, 讯 within a few scalars of the date, on its line.
  static func hasLeadMarker(_ text: [Unicode.Scalar], around r: Range<Int>) -> Bool {
    var lo = r.lowerBound
    while lo > max(0, r.lowerBound - 20), text[lo - 1] != "\n" { lo -= 1 }
    var hi = r.upperBound
    while hi < min(text.count, r.upperBound + 12), text[hi] != "\n", text[hi] != "。" { hi += 1 }
    for marker in leadMarkers {
      let n = marker.count
      let dian = marker == dianMarker
      var s = lo
      while s + n <= hi {
        if text.hasLiteral(marker, at: s), !dian || isDatelineDian(text, s) { return true }
        s += 1
      }
    }
    return false
  }

  /// `DateRules.leadMarkers` as scalars, split once (a String's scalars
  /// walked at every offset of the window were the test's cost).
  private static let leadMarkers = DateRules.leadMarkers.map { Array($0.unicodeScalars) }
  private static let dianMarker: [Unicode.Scalar] = ["电"]

  /// 北京12月30日电 (dateline), not 电话, 电视: 电 right after the date,
  /// followed by no other Han character.
  private static func isDatelineDian(_ text: [Unicode.Scalar], _ i: Int) -> Bool {
    guard i > 0, text[i - 1] == "日" else { return false }
    guard i + 1 < text.count else { return true }
    return !text[i + 1].properties.isIdeographic
  }

  private static func matches(_ text: [Unicode.Scalar], _ word: String, at i: Int) -> Bool {
    text.hasLiteral(word, at: i)
  }
}

extension CalendarValue {
  /// Parses a caller's YYYY, YYYY-MM or YYYY-MM-DD.
  init?(iso: String) {
    let parts = iso.split(separator: "-").map { Int($0) }
    guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ $0 != nil }) else { return nil }
    self.init(
      year: parts[0], month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil
    )
  }
}

extension ScannedDate {
  /// True when the start or end writes `year` as a number.
  func writesYear(_ year: Int) -> Bool {
    for p in [start, end].compactMap({ $0 }) {
      if case .absolute(year)? = p.year { return true }
    }
    return false
  }

  /// 昨日, 今年3月, 上周四: a date counted from the article's own date.
  var countsFromPublication: Bool {
    for f in [start.year, start.month, start.day] {
      if case .deictic? = f { return true }
    }
    if case .week? = start.weekday?.anchor { return true }
    if case .nearest? = start.weekday?.anchor { return true }
    return onPublished
  }
}
