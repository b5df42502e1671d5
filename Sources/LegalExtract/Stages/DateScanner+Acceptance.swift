import ChineseText

/// When a date without a year stands: a bare month-day always, a bare month
/// or day only in a list, a range, after a cue word or a break.
extension DateScanner {
  /// Applies the rules for dates without a year: a bare month-day is a date,
  /// a bare month or day needs a list, a range, a part, 份 or a cue before it.
  func accept(
    _ point: DatePoint, range: Range<Int>, part: MonthPart?, previous: ScannedDate?,
    dateline: ScannedDate? = nil
  ) -> ScannedDate? {
    var d = ScannedDate(range: range, start: point, part: part)
    if point.year != nil || point.weekday != nil || point.named { return d }
    // 判囚 1 年 7 月, 判感化 12 月: a month count after a sentencing word.
    if point.day == nil, followsTermWord(range.lowerBound) {
      log?.reject(range, by: .termCount, proposedBy: .fields)
      return nil
    }
    let continuing = continuesList(at: range.lowerBound, previous: previous, unit: point.coarsest)
    switch (point.month, point.day) {
    case (.some(.absolute), .some):
      d.continuesList = continuing
      return d
    case (.some(.absolute), nil):
      if beginsPlaceName(range) {
        log?.reject(range, by: .monthInName, proposedBy: .fields)
        return nil
      }
      if part != nil || continuing || followsMonthCue(range.lowerBound)
        || text[range.upperBound - 1] == "份" || isSharedRange(range)
        || isBareArabicMonth(range) || isArabicMonthOfNoun(range)
        || startsMonthRange(after: range.upperBound)
        || standsAlone(range)
      {
        d.continuesList = continuing
        if continuing { d.rule = .listItem }
        return d
      }
      log?.reject(range, by: .bareNumber, proposedBy: .fields)
      return nil
    case (nil, .some(.absolute)):
      if text[range.upperBound - 1] == "号", numbersThings(after: range.upperBound) {
        log?.reject(range, by: .numberedThing, proposedBy: continuing ? .listItem : .bareHaoDay)
        return nil
      }
      if hasDurationTail(at: range.upperBound) {
        log?.reject(range, by: .bareNumber, proposedBy: .newsDay)
        return nil
      }
      if continuing {
        d.continuesList = true
        d.rule = .listItem
        return d
      }
      // 十二号 alone (day(at:) took 号 only between breaks).
      if text[range.upperBound - 1] == "号" {
        d.rule = .bareHaoDay
        return d
      }
      // 北京8月9日电 …最高人民法院、最高人民检察院9日联合发布: the lead
      // repeats the dateline's day.
      if repeatsDatelineDay(range, previous: previous) {
        d.rule = .datelineDay
        return d
      }
      // 北京9月12日电 …自2017年1月1日起实施。负责人12日说: later in the lead,
      // past other dates, the bare day still repeats the dateline's, in its month.
      if let line = dateline, repeatsDatelineDay(range, inLeadOf: line) {
        d.start.month = line.start.month
        d.start.year = line.start.year
        d.rule = .datelineDay
        return d
      }
      d.rule = .newsDay
      // 18日记者全程跟随, 记者8日获悉: the reporter's day is of the article's month.
      d.onPublished = isReportersDay(range)
      if isBareNewsDay(range) { return d }
      // 原班人马19日至21日出击: the range end is read by `extend`.
      if startsBareDayRange(range) {
        d.rule = .bareDayRange
        return d
      }
      // 3日上午, 8日晚上: an Arabic day with a time of day is a calendar day
      // wherever it stands (a length is not told by the hour).
      if ChineseNumeral.isArabicDigit(text[range.lowerBound]), text[range.upperBound - 1] == "日",
        DateRules.dayTimeTrie.longestMatch(in: text, from: range.upperBound) != nil
      {
        d.rule = .dayWithTime
        return d
      }
      if standsBeforeNewsVerb(range) {
        d.rule = .newsDayBeforeVerb
        return d
      }
      if standsAfterAgent(range), !isAfterDatelineDay(range, dateline: dateline) {
        d.rule = .newsDayAfterAgent
        return d
      }
      log?.reject(range, by: .bareNumber, proposedBy: .newsDay)
      return nil
    default:
      return d  // words: 同月, 当日, 今天
    }
  }

  /// 十月田镇, 六月村: a Chinese-numeral month followed by up to two more
  /// characters and a place's tail names the place.
  func beginsPlaceName(_ range: Range<Int>) -> Bool {
    guard !ChineseNumeral.isArabicDigit(text[range.lowerBound]), text[range.upperBound - 1] == "月"
    else { return false }
    for length in 0...2 {
      let tail = range.upperBound + length
      guard tail < text.count else { return false }
      if length > 0 {
        let s = text[tail - 1]
        guard s.isHan, !ChineseNumeral.isNumeralScalar(s), !DateRules.monthDateTails.contains(s)
        else { return false }
      }
      if DateRules.monthPlaceTails.contains(where: { matches($0, at: tail) }) { return true }
    }
    return false
  }

  /// ，5月作出判决: an Arabic month standing alone after a break is a
  /// calendar month (a duration would say 5个月); Chinese 六月 is not taken
  /// alone, since judgments write terms as 一年六月.
  func isBareArabicMonth(_ range: Range<Int>) -> Bool {
    let i = range.lowerBound
    guard ChineseNumeral.isArabicDigit(text[i]) else { return false }
    if i > 0, !DateRules.monthBreaks.contains(text[i - 1]) { return false }
    for tail in DateRules.monthDurationTails where matches(tail, at: range.upperBound) {
      return false
    }
    return true
  }

  /// 发放职工11月的工资, 公司5月的营业额: an Arabic month before 的 is the
  /// month a noun belongs to (a length would say 11个月的), unless a word of
  /// length or a sentencing word comes before it (工作满3月的, 拘役6月的).
  func isArabicMonthOfNoun(_ range: Range<Int>) -> Bool {
    let i = range.lowerBound
    guard ChineseNumeral.isArabicDigit(text[i]), range.upperBound < text.count,
      text[range.upperBound] == DateRules.monthOfNounMarker
    else { return false }
    guard i > 0 else { return true }
    let b = text[i - 1]
    return !DateNewsRules.lengthWords.contains(b) && !ChineseNumeral.isNumeralScalar(b)
  }

  /// 该局14日发现, 警方5日抓获, 公司12日退还: an Arabic day between the end
  /// of a body or person's name (`DateNewsRules.agentEnds`) and the verb of
  /// its act. A length stands after its verb (拘留15日) or before 的, 之, 内.
  func standsAfterAgent(_ range: Range<Int>) -> Bool {
    let i = range.lowerBound
    let e = range.upperBound
    guard i > 0, ChineseNumeral.isArabicDigit(text[i]), text[e - 1] == "日", e < text.count,
      DateNewsRules.agentEnds.contains(text[i - 1]), text[e].properties.isIdeographic,
      !DateNewsRules.lengthFollowers.contains(text[e])
    else { return false }
    return true
  }

  /// 北京8月9日电 …10日联合印发: a day after the dateline's own is no day of
  /// the news told (a news item looks back).
  func isAfterDatelineDay(_ range: Range<Int>, dateline: ScannedDate?) -> Bool {
    guard let line = dateline, case .absolute(let lineDay)? = line.start.day,
      let (v, _) = DateNumbers.small(text, at: range.lowerBound)
    else { return false }
    return v > lineDay
  }

  /// 记者8日获悉, ，10日晚, 于15日: an Arabic day alone after a break or a
  /// word that introduces a time is a day of the current month. Chinese
  /// 十日 alone is left out: it is usually a length (拘留十日).
  func isBareNewsDay(_ range: Range<Int>) -> Bool {
    let i = range.lowerBound
    guard ChineseNumeral.isArabicDigit(text[i]), text[range.upperBound - 1] == "日" else {
      return false
    }
    guard i > 0 else { return true }
    if endsBareDayLength(at: i) { return false }
    // 上海5日电: a dateline day.
    let e = range.upperBound
    if e < text.count, text[e] == "电", e + 1 == text.count || !text[e + 1].properties.isIdeographic
    {
      return true
    }
    return DateRules.newsDayIntroducers.contains(text[i - 1]) || closesByline(before: i)
  }

  /// True when a byline's bracket closes right before `i`: 长江日报讯（记者
  /// 某某 通讯员某某）8日，…; 本报讯(记者 某某)12日…. The bracket opens after
  /// 讯 or 电, or holds 记者 or 通讯员.
  func closesByline(before i: Int) -> Bool {
    guard i > 1, DateNewsRules.bylineClosers.contains(text[i - 1]) else { return false }
    var k = i - 2
    while k >= 0, i - k <= DateNewsRules.bylineReach {
      let s = text[k]
      if s == "\n" { return false }
      if DateNewsRules.bylineOpeners.contains(s) {
        if k > 0, text[k - 1] == "讯" || text[k - 1] == "电" { return true }
        let inside = text[(k + 1)..<(i - 1)]
        return DateNewsRules.bylineWords.contains { w in
          let ws = Array(w.unicodeScalars)
          return inside.indices.contains { inside[$0...].starts(with: ws) }
        }
      }
      k -= 1
    }
    return false
  }

  /// True when `previous` is a dateline (8月9日电) with the day at `range`,
  /// no further than the lead's first sentence before it.
  func repeatsDatelineDay(_ range: Range<Int>, previous: ScannedDate?) -> Bool {
    guard let p = previous, case .absolute(let day)? = p.start.day, p.end == nil,
      p.range.upperBound < text.count, text[p.range.upperBound] == "电",
      range.lowerBound - p.range.upperBound <= DateRules.datelineReach,
      let (v, _) = DateNumbers.small(text, at: range.lowerBound), v == day
    else { return false }
    return !text[p.range.upperBound..<range.lowerBound].contains("。")
  }

  /// True when `line` (the dateline) gives the day at `range` and `range`
  /// stands in the dateline's paragraph or the next one, within
  /// `DateRules.datelineLeadReach` scalars of it.
  func repeatsDatelineDay(_ range: Range<Int>, inLeadOf line: ScannedDate) -> Bool {
    guard case .absolute(let day)? = line.start.day, line.start.month != nil,
      line.range.upperBound <= range.lowerBound,
      range.lowerBound - line.range.upperBound <= DateRules.datelineLeadReach,
      let (v, _) = DateNumbers.small(text, at: range.lowerBound), v == day
    else { return false }
    var paragraphs = 0
    var k = line.range.upperBound
    while k < range.lowerBound {
      // A blank line between paragraphs counts once.
      if text[k] == "\n", k + 1 < range.lowerBound, text[k + 1] != "\n" { paragraphs += 1 }
      k += 1
    }
    return paragraphs <= 1
  }

  /// 2号、3号、6号楼: true when the 号 list going on at `e` (items joined
  /// by list words, each a number and 号) ends on a noun a number names.
  func numbersThings(after e: Int) -> Bool {
    var j = e
    for _ in 0..<DateRules.numberedListReach {
      guard j < text.count else { return false }
      if DateRules.numberedThingNouns.contains(text[j]) { return true }
      guard DateRules.isListConnector(text[j]), j + 1 < text.count,
        let (_, numberEnd) = DateNumbers.small(text, at: j + 1), numberEnd < text.count,
        text[numberEnd] == "号"
      else { return false }
      j = numberEnd + 1
    }
    return false
  }

  /// 北京9月12日电: a month-day with 电 right after it, opening the text.
  func isDateline(_ d: ScannedDate) -> Bool {
    guard d.end == nil, d.start.year == nil || d.start.month != nil, d.start.month != nil,
      case .absolute? = d.start.day, d.range.lowerBound <= DateRules.datelineStartReach,
      d.range.upperBound < text.count, text[d.range.upperBound] == "电"
    else { return false }
    return true
  }

  /// 记者8日获悉, 18日记者跟随: 记者 right before or after a bare day.
  func isReportersDay(_ range: Range<Int>) -> Bool {
    matches("记者", at: range.upperBound)
      || (range.lowerBound >= 2 && matches("记者", at: range.lowerBound - 2))
  }

  /// 昨(26)日, 今(27)日: a news day written with its number.
  func parenthesizedDay(at i: Int) -> ScannedDate? {
    if let d = bracketedMonthDay(at: i) { return d }
    guard i + 4 < text.count, text[i + 1] == "(", DateRules.bracketedDayWords.contains(text[i])
    else { return nil }
    guard let (v, e) = DateNumbers.small(text, at: i + 2), (1...31).contains(v), e + 1 < text.count
    else { return nil }
    let end: Int
    if text[e] == ")", text[e + 1] == "日" {
      end = e + 2
    } else if text[e] == "日" || text[e] == "号", text[e + 1] == ")" {
      end = e + 2  // 今(22日), the Taiwan style
    } else {
      return nil
    }
    var d = ScannedDate(range: i..<end, start: DatePoint(day: .absolute(v)), rule: .bracketedDay)
    d.onPublished = true
    return d
  }

  /// 今日(一月九日), 今天(8月30日): a day word of two scalars, then a month
  /// and a day (no year) closed by a bracket, read as one date.
  func bracketedMonthDay(at i: Int) -> ScannedDate? {
    guard i + 6 < text.count, text[i + 2] == "(", DateRules.bracketedDayWords.contains(text[i]),
      DateRules.bracketedMonthDayTails.contains(text[i + 1]),
      let m = point(at: i + 3), m.rule == nil, m.part == nil, m.sharedEnd == nil,
      m.point.year == nil, case .absolute? = m.point.month, case .absolute? = m.point.day,
      m.end < text.count, text[m.end] == ")"
    else { return nil }
    var d = ScannedDate(range: i..<(m.end + 1), start: m.point, rule: .bracketedMonthDay)
    d.onPublished = true
    return d
  }

  /// 四月到六月, 6月-9月: a bare month that opens a range of months.
  func startsMonthRange(after e: Int) -> Bool {
    guard let from = connectorEnd(at: e), let (v, e2) = DateNumbers.small(text, at: from),
      (1...12).contains(v)
    else { return false }
    return after("月", at: e2) != nil
  }

  /// 他说：三月。 A bare Chinese month that is the whole clause (between
  /// breaks) is a calendar month: a length would say 三个月.
  func standsAlone(_ range: Range<Int>) -> Bool {
    let before = range.lowerBound == 0 || isBreak(text[range.lowerBound - 1])
    let after = range.upperBound == text.count || isBreak(text[range.upperBound])
    return before && after
  }

  /// 6—8月: a bare month range written with one unit.
  func isSharedRange(_ range: Range<Int>) -> Bool {
    range.lowerBound + 1 < range.upperBound
      && text[range.lowerBound..<range.upperBound].contains(where: DateRules.isRangeConnector)
  }

  /// 7月19日及26日, 5月18日、25日, 2023年6月、8月: the previous date ends one
  /// list connector before `i`, at the precision of what follows.
  func continuesList(at i: Int, previous: ScannedDate?, unit: DateRules.Unit?) -> Bool {
    guard let p = previous, i >= 1, p.range.upperBound == i - 1, p.end == nil,
      DateRules.isListConnector(text[i - 1]), text[i - 1] != ",",
      let unit, p.start.finest == unit
    else { return false }
    return true
  }

  /// 于6月, 自6月, 至6月: a bare month after a word that introduces a time.
  func followsMonthCue(_ i: Int) -> Bool {
    return i > 0 && DateRules.monthCues.contains(text[i - 1])
  }
}
