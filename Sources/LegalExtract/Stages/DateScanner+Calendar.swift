import ChineseText

/// Weekdays, offsets, holidays and lunar dates (issue 13): each form reads
/// its words from `DateCalendarRules` and yields fields for the one
/// resolver; nothing here does calendar arithmetic.
extension DateScanner {
  // MARK: - Weekdays: 上周四, 星期一, 周三(7日)

  /// A weekday phrase at `i`: 上周四, 下个星期一, 这礼拜三, bare 星期一.
  func weekdayDate(at i: Int) -> ScannedDate? {
    guard let (end, phrase) = DateCalendarRules.weekdayTrie.longestMatch(in: text, from: i)
    else { return nil }
    let field: WeekdayField
    let rule: DateRule
    switch phrase {
    case .bare(let wd):
      if i > 0, DateCalendarRules.blocksBareWeekday(after: text[i - 1]) {
        log?.reject(i..<end, by: .repeatedWeekday, proposedBy: .bareWeekday)
        return nil
      }
      // 每周一至周五: the end of a weekday span whose start was a repetition.
      if i >= 2, DateRules.isRangeConnector(text[i - 1]),
        DateCalendarRules.weekdayNames.contains(where: { $0.0.unicodeScalars.first == text[i - 2] })
      {
        log?.reject(i..<end, by: .repeatedWeekday, proposedBy: .bareWeekday)
        return nil
      }
      if text[i] == "周", end < text.count, !DateCalendarRules.mayFollowBareWeekday(text[end]) {
        log?.reject(i..<end, by: .weekdaySurname, proposedBy: .bareWeekday)
        return nil
      }
      field = WeekdayField(weekday: wd, anchor: .nearest)
      rule = .bareWeekday
    case .inWeek(let wd, let week):
      field = WeekdayField(weekday: wd, anchor: .week(week))
      rule = .weekdayInWeek
    case .week(let week), .weekend(let week):
      // 上周期, 本周年: the week word begins another word.
      if end < text.count, DateCalendarRules.weekWordBreakers.contains(text[end]) {
        log?.reject(i..<end, by: .wordBoundary, proposedBy: .week)
        return nil
      }
      let weekend = phrase != .week(week: week)
      let first = WeekdayField(weekday: weekend ? 6 : 1, anchor: .week(week))
      let last = WeekdayField(weekday: 7, anchor: .week(week))
      return ScannedDate(
        range: i..<end, start: DatePoint(weekday: first), end: DatePoint(weekday: last),
        rule: weekend ? .weekend : .week)
    case .bareWeekend:
      log?.reject(i..<end, by: .unanchoredWeekend, proposedBy: .weekend)
      return nil
    }
    var d = ScannedDate(range: i..<end, start: DatePoint(weekday: field), rule: rule)
    // 周三(7日), 周六中秋节(10 日): the day number in brackets restates the
    // date; a holiday name between them belongs to the same mention.
    var k = end
    if let (e, _) = DateCalendarRules.holidayTrie.longestMatch(in: text, from: k) { k = e }
    if let (day, e) = bracketedDay(at: k) {
      d.start = DatePoint(day: .absolute(day))
      d.onPublished = true
      d.range = i..<e
      d.rule = .bracketedDay
    }
    return d
  }

  /// (7日), ( 10 日 ): a day number in brackets; its value and end.
  func bracketedDay(at i: Int) -> (Int, Int)? {
    guard i < text.count, text[i] == "(" else { return nil }
    var j = i + 1
    if j < text.count, text[j] == " " { j += 1 }
    guard let (v, e) = DateNumbers.small(text, at: j), (1...31).contains(v),
      let afterUnit = after("日", at: e) ?? after("号", at: e)
    else { return nil }
    var k = afterUnit
    if k < text.count, text[k] == " " { k += 1 }
    guard k < text.count, text[k] == ")" else { return nil }
    return (v, k + 1)
  }

  /// 十月第一个星期一, 6月的第3个周日: the n-th weekday of a month, read
  /// after the month; its field and end.
  func ordinalWeekday(at i: Int) -> (WeekdayField, Int)? {
    var j = i
    if j < text.count, text[j] == "的" { j += 1 }
    guard j < text.count, text[j] == "第", let (n, e) = DateNumbers.small(text, at: j + 1),
      (1...5).contains(n), e < text.count, text[e] == "个",
      let (end, phrase) = DateCalendarRules.weekdayTrie.longestMatch(in: text, from: e + 1),
      case .bare(let wd) = phrase
    else { return nil }
    return (WeekdayField(weekday: wd, anchor: .ordinal(n)), end)
  }

  // MARK: - Offsets: 8天前, 三个月后, 半年后, 三年多前

  /// A number of days, weeks, months or years and a direction. 前 counts
  /// back from the reference date; 后 forward from the date the text gave
  /// before (else the reference date). Week counts become days.
  func offset(at i: Int) -> ScannedDate? {
    guard let (amount, half, numberEnd, arabic) = offsetNumber(at: i) else { return nil }
    var j = numberEnd
    if j < text.count, text[j] == "多" || text[j] == "余" { j += 1 }
    guard
      let (unitWord, unitScalars, unit) = DateCalendarRules.offsetUnitScalars.first(where: {
        text.hasLiteral($0.1, at: j)
      })
    else { return nil }
    // 15日前 is "before the 15th", 6月前 "before June": 日 and bare 月 count
    // only with numbers no calendar day or month could be (or with 两).
    let twoOrMore = text[i] == "两"
    let unitEnd = j + unitScalars.count
    switch unitWord {
    case "日" where arabic && amount <= 31 && !twoOrMore, "月" where amount <= 12 && !twoOrMore:
      if DateCalendarRules.offsetDirectionScalars.contains(where: {
        text.hasLiteral($0.0, at: unitEnd)
      }) {
        log?.reject(i..<unitEnd, by: .calendarBeforeAfter, proposedBy: .offset)
      }
      return nil
    default: break
    }
    j = unitEnd
    // 一年半前: half a unit more.
    var halfMore = false
    if j < text.count, text[j] == "半" {
      halfMore = true
      j += 1
    }
    if j < text.count, text[j] == "多" || text[j] == "余" { j += 1 }
    guard
      let (dirWord, sign) = DateCalendarRules.offsetDirectionScalars.first(where: {
        text.hasLiteral($0.0, at: j)
      })
    else { return nil }
    let end = j + dirWord.count
    if i > 0, DateCalendarRules.makesOffsetALength(text[i - 1]) {
      log?.reject(i..<end, by: .offsetLength, proposedBy: .offset)
      return nil
    }
    if sign > 0 {
      // 辛苦半年后, 服刑两年后: a verb's length, counted from its event.
      if i > 0, text[i - 1].properties.isIdeographic,
        !DateCalendarRules.forwardOffsetIntroducers.contains(text[i - 1])
      {
        log?.reject(i..<end, by: .offsetAfterVerb, proposedBy: .offset)
        return nil
      }
      // 判决生效6年，…而6年后: the sentence gave the same length before; the
      // offset counts from that event, not from a date.
      if echoesLength(i..<unitEnd) {
        log?.reject(i..<end, by: .echoedLength, proposedBy: .offset)
        return nil
      }
    }
    let point: DatePoint
    switch unit {
    case .days(let k):
      if half {  // 半天前 is hours, not a date
        log?.reject(i..<end, by: .halfDay, proposedBy: .offset)
        return nil
      }
      let n = amount * k + (halfMore ? k / 2 : 0)
      point = DatePoint(day: sign < 0 ? .deictic(-n) : .contextual(n))
    case .months(let k):
      if halfMore { return nil }  // 两个月半 is not written
      let n = half ? k / 2 : amount * k
      guard n > 0 || half else { return nil }
      point =
        half
        ? DatePoint(day: sign < 0 ? .deictic(-15) : .contextual(15))
        : DatePoint(month: sign < 0 ? .deictic(-n) : .contextual(n))
    case .years(let k):
      if half || halfMore {
        let months = half ? 6 : amount * 12 * k + 6
        point = DatePoint(month: sign < 0 ? .deictic(-months) : .contextual(months))
      } else {
        point = DatePoint(year: sign < 0 ? .deictic(-amount * k) : .contextual(amount * k))
      }
    }
    return ScannedDate(range: i..<end, start: point, rule: .offset)
  }

  /// True when the count and unit at `r` (6年) stand earlier in the same
  /// sentence as a length (not as another offset): 生效6年，…6年后.
  func echoesLength(_ r: Range<Int>) -> Bool {
    let n = r.count
    var k = r.lowerBound - 1
    while k >= 0, r.lowerBound - k <= DateCalendarRules.echoWindow,
      !DateCalendarRules.sentenceEnds.contains(text[k])
    {
      if k + n <= r.lowerBound, text[k] == text[r.lowerBound],
        text[k..<k + n].elementsEqual(text[r]),
        k == 0 || !ChineseNumeral.isNumeralScalar(text[k - 1]),
        k + n < r.lowerBound,
        !DateCalendarRules.offsetDirections.contains(where: { matches($0.0, at: k + n) })
      {
        return true
      }
      k -= 1
    }
    return false
  }

  /// The count of an offset: digits, a Chinese numeral (with 两), or 半.
  /// Returns the value, whether it was 半, its end, and whether it was Arabic.
  private func offsetNumber(at i: Int) -> (Int, Bool, Int, Bool)? {
    if text[i] == "半" {
      return (0, true, i + 1, false)
    }
    if ChineseNumeral.isArabicDigit(text[i]) {
      let (v, count) = DateNumbers.digits(text, at: i)
      // Four digits are a year (2019年前 is "before 2019"), not a count.
      guard count <= 3, v > 0 else { return nil }
      return (v, false, i + count, true)
    }
    var j = i
    while j < text.count, j - i < 7,
      DateNumbers.isChineseDigit(text[j]) || text[j] == "两" || text[j] == "百"
    {
      j += 1
    }
    // 七八年前, 两三天后: neighbouring digits without 十 or 百 are a rough count
    // (and 二〇一九 a year), not a number of units.
    if j - i >= 2, !text[i..<j].contains("十"), !text[i..<j].contains("百") {
      if j < text.count, DateCalendarRules.offsetUnits.contains(where: { matches($0.0, at: j) }) {
        log?.reject(i..<j, by: .roughCount, proposedBy: .offset)
      }
      return nil
    }
    guard j > i, let v = ChineseNumeral.value(of: text[i..<j])?.integerValue, v > 0, v < 1000
    else { return nil }
    return (v, false, j, false)
  }

  // MARK: - Holidays and lunar dates

  /// A holiday name at `i` (春节, 国庆节, “五一”): its fields and end. Short
  /// names need a cue (期间, 节, quotes) and no name around them.
  func holiday(at i: Int, afterYear: Bool = false) -> (DatePoint, Int)? {
    guard i < text.count,
      let (end, h) = DateCalendarRules.holidayTrie.longestMatch(in: text, from: i)
    else { return nil }
    // 第24个世界知识产权日, 第十届宪法日: a numbered occasion, not a date
    // (那个春节 is the festival).
    if i > 1, text[i - 1] == "个" || text[i - 1] == "届", ChineseNumeral.isNumeralScalar(text[i - 2])
    {
      log?.reject(i..<end, by: .numberedOccasion, proposedBy: .holiday)
      return nil
    }
    if h.nameLike {
      let quoted = i > 0 && end < text.count && isOpenQuote(text[i - 1]) && isCloseQuote(text[end])
      // 2024年过年: a year before the name is cue enough.
      let cued =
        afterYear || DateCalendarRules.holidayCues.contains(where: { matches($0, at: end) })
      if h.needsCue && !quoted && !cued {
        log?.reject(i..<end, by: .holidayWithoutCue, proposedBy: .holiday)
        return nil
      }
      if !quoted, i > 0, DateCalendarRules.blocksShortHoliday(after: text[i - 1]) {
        log?.reject(i..<end, by: .holidayInName, proposedBy: .holiday)
        return nil
      }
      if DateCalendarRules.placeTails.contains(where: { matches($0, at: end) }) {
        log?.reject(i..<end, by: .holidayInName, proposedBy: .holiday)
        return nil
      }
    }
    var p = DatePoint(month: .absolute(h.month), day: .absolute(h.day))
    p.lunar = h.lunar
    p.named = true
    p.dayShift = h.shift
    return (p, end)
  }

  private func isOpenQuote(_ s: Unicode.Scalar) -> Bool {
    s == "“" || s == "\"" || s == "「" || s == "『" || s == "‘"
  }

  private func isCloseQuote(_ s: Unicode.Scalar) -> Bool {
    s == "”" || s == "\"" || s == "」" || s == "』" || s == "’"
  }

  /// A lunar month and day at `i`: 农历八月十五, 腊月二十三, 正月初八, 五月初五,
  /// 九月廿二, 闰四月初一. A month without a lunar marker is lunar only when
  /// a lunar day (初五, 廿二) follows. After a year, a lunar month ending in
  /// 月 may stand without its day (2018年腊月, 2020年农历五月).
  func lunarMonthDay(at i: Int, afterYear: Bool = false) -> (DatePoint, Int)? {
    var j = i
    var marked = false
    if j < text.count, DateCalendarRules.lunarMarkerFirsts.contains(text[j]),
      let m = DateCalendarRules.lunarMarkerScalars.first(where: { text.hasLiteral($0, at: j) })
    {
      j += m.count
      marked = true
    }
    var leap = false
    if j < text.count, text[j] == DateCalendarRules.leapMarker {
      leap = true
      marked = true
      j += 1
    }
    var month: Int
    if j < text.count, DateCalendarRules.lunarMonthNameFirsts.contains(text[j]),
      let (w, m) = DateCalendarRules.lunarMonthNameScalars.first(where: {
        text.hasLiteral($0.0, at: j)
      })
    {
      month = m
      j += w.count
      marked = true
    } else if let (v, e) = DateNumbers.small(text, at: j), (1...12).contains(v),
      let end = after("月", at: e)
    {
      month = v
      j = end
    } else {
      return nil
    }
    guard let (day, end) = lunarDay(at: j, marked: marked) else {
      // 2018年腊月一次性还清, 农历五月: a named or marked lunar month alone.
      guard marked, afterYear, j > 0, text[j - 1] == "月" else { return nil }
      var p = DatePoint(month: .absolute(month), day: .absolute(1))
      p.lunar = true
      p.named = true
      p.leapMonth = leap
      p.lunarMonthOnly = true
      return (p, j)
    }
    var p = DatePoint(month: .absolute(month), day: .absolute(day))
    p.lunar = true
    p.named = true
    p.leapMonth = leap
    return (p, end)
  }

  /// 初八, 初8, 廿二, 卅, and after a marked lunar month any day number
  /// (十五, 15日).
  private func lunarDay(at j: Int, marked: Bool) -> (Int, Int)? {
    guard j < text.count else { return nil }
    if text[j] == DateCalendarRules.lunarDayPrefix, let (v, e) = DateNumbers.small(text, at: j + 1),
      (1...10).contains(v)
    {
      if after("日", at: e) != nil || after("号", at: e) != nil { return nil }
      return (v, e)
    }
    guard let (v, e) = DateNumbers.small(text, at: j), (1...30).contains(v) else { return nil }
    if text[j] == "廿" || text[j] == "卅" {
      return (v, after("日", at: e) ?? e)
    }
    guard marked else { return nil }
    let suffixed = after("日", at: e) ?? after("号", at: e)
    // Lunar days one to ten are written 初一…初十: a bare 一 after 腊月
    // (腊月一次性还清) begins another word.
    if suffixed == nil, v <= 10, !ChineseNumeral.isArabicDigit(text[j]) { return nil }
    return (v, suffixed ?? e)
  }

  // MARK: - Bare parts: 年底, 月初

  /// 年底, 月初 with no year or month before them: the context's year or
  /// month, with its part.
  func barePart(at i: Int) -> ScannedDate? {
    guard text[i] == "年" || text[i] == "月" else { return nil }
    if i > 0, !DateCalendarRules.introducesBarePart(text[i - 1]) { return nil }
    let year = text[i] == "年"
    let table = year ? DateCalendarRules.bareYearParts : DateCalendarRules.bareMonthParts
    guard let (word, part) = table.first(where: { matches($0.0, at: i) }) else { return nil }
    let end = i + word.unicodeScalars.count
    // 月中 only before a break (岁月中, 年中无休 are words).
    if part == .mid, end < text.count, !isBreak(text[end]) { return nil }
    let point = year ? DatePoint(year: .contextual(0)) : DatePoint(month: .contextual(0))
    return ScannedDate(range: i..<end, start: point, part: part, rule: .barePart)
  }

  // MARK: - Tense

  /// True when the clause around `range` looks ahead (将于, 拟, 计划) and
  /// says nothing of the past (已, 了, 曾).
  func looksAhead(_ range: Range<Int>) -> Bool {
    var lo = range.lowerBound
    while lo > 0, range.lowerBound - lo < 16, !isClauseBreak(text[lo - 1]) { lo -= 1 }
    var hi = range.upperBound
    while hi < text.count, hi - range.upperBound < 10, !isClauseBreak(text[hi]) { hi += 1 }
    var future = false
    let firsts = DateCalendarRules.cueFirsts
    for k in lo..<hi
    where (k < range.lowerBound || k >= range.upperBound) && firsts.contains(text[k]) {
      if DateCalendarRules.pastCueScalars.contains(where: { text.hasLiteral($0, at: k) }) {
        return false
      }
      if DateCalendarRules.futureCueScalars.contains(where: { text.hasLiteral($0, at: k) }) {
        future = true
      }
    }
    return future
  }

  private func isClauseBreak(_ s: Unicode.Scalar) -> Bool {
    DateCalendarRules.clauseBreaks.contains(s)
  }
}
