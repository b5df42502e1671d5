import ChineseText

/// News forms read from `DateNewsRules`: a bare day before a news verb, a
/// range of bare days, a dotted named day (“3·15”), a day word in quoted
/// speech, and forward offsets with nothing to count from.
extension DateScanner {
  /// 收割小麦，这本是正常的事。半年后，村主任被刑拘: a forward offset with
  /// no date before it, after a sentence of its paragraph that told an
  /// event, counts from that event: no date (its span is claimed, so 半年
  /// is no duration figure either). Alone (三周后，他到案) it counts from the
  /// reference date; backward offsets always do.
  func anchored(_ d: ScannedDate, previous: ScannedDate?) -> ScannedDate? {
    guard previous == nil, d.start.countsForward, followsToldSentence(d.range.lowerBound) else {
      return d
    }
    log?.reject(d.range, by: .unanchoredOffset, proposedBy: .offset)
    var claimed = d
    claimed.claimOnly = true
    return claimed
  }

  /// True when a sentence of the paragraph ends before `i`.
  private func followsToldSentence(_ i: Int) -> Bool {
    var k = i - 1
    while k >= 0, text[k] != "\n" {
      if DateCalendarRules.sentenceEnds.contains(text[k]) { return true }
      k -= 1
    }
    return false
  }

  /// “3·15”国际消费者权益日, “3.15”期间: a quoted month·day followed by the
  /// name of a day (…日, …节) or a holiday cue. “3·10”特大诈骗案 names a case.
  ///
  /// Unquoted, with a middle dot (not a decimal point), the day's name must
  /// follow at once: 3·15国际消费者权益日当天, 12·4国家宪法日.
  func namedDottedDay(at i: Int) -> ScannedDate? {
    guard let (month, e) = DateNumbers.small(text, at: i), (1...12).contains(month),
      e < text.count, DateNewsRules.namedDaySeparators.contains(text[e]),
      ChineseNumeral.isArabicDigit(text[i]),
      let (day, end) = DateNumbers.small(text, at: e + 1),
      ChineseNumeral.isArabicDigit(text[e + 1]),
      (1...CalendarMath.daysIn(month: month, year: 2000)).contains(day),
      end < text.count
    else { return nil }
    let quoted =
      i > 0 && DateNewsRules.speechOpeners.contains(text[i - 1])
      && (DateNewsRules.speechClosers.contains(text[end]) || text[end] == "\"")
    if quoted {
      guard namesADay(after: end + 1) else { return nil }
    } else {
      guard text[e] != ".", i == 0 || !DateNewsRules.namedDayBlockers.contains(text[i - 1]),
        text[end].properties.isIdeographic, namesADay(after: end)
      else { return nil }
    }
    var p = DatePoint(month: .absolute(month), day: .absolute(day))
    p.named = true
    return ScannedDate(range: i..<end, start: p, rule: .namedDayDotted)
  }

  /// A day's name ending in 日 or 节 within reach of `i`, or a holiday cue
  /// right at `i`, before any word that names a case or an event.
  private func namesADay(after i: Int) -> Bool {
    if DateCalendarRules.holidayCues.contains(where: { matches($0, at: i) }) { return true }
    var k = i
    while k < min(text.count, i + DateNewsRules.namedDayReach), text[k].properties.isIdeographic {
      if DateNewsRules.namedEventWords.contains(text[k]) { return false }
      if DateNewsRules.namedDayNameEnds.contains(text[k]) { return true }
      k += 1
    }
    return false
  }

  /// True when `i` is inside a quotation opened after `previous`, a day of
  /// the same paragraph: 3月19日约谈…表示：“我今天…”, 法院二十四日宣判…说：“今天…”.
  func isSpokenAfter(_ previous: ScannedDate?, at i: Int) -> Bool {
    guard let p = previous, p.end == nil, case .absolute? = p.start.day else { return false }
    var k = i - 1
    let stop = max(p.range.upperBound, i - DateNewsRules.speechReach)
    while k >= stop {
      let s = text[k]
      if s == "\n" || DateNewsRules.speechClosers.contains(s) { return false }
      if DateNewsRules.speechOpeners.contains(s) {
        return !text[p.range.upperBound..<k].contains("\n")
      }
      k -= 1
    }
    return false
  }

  /// 19日至21日, 19日-21日: a bare day (with 日) followed by a connector and a
  /// later bare day with 日, not after a word of length (拘留15日至20日).
  func startsBareDayRange(_ range: Range<Int>) -> Bool {
    guard text[range.upperBound - 1] == "日",
      case let (first, _)? = DateNumbers.small(text, at: range.lowerBound),
      let from = connectorEnd(at: range.upperBound),
      let (second, e) = DateNumbers.small(text, at: from), second > first, second <= 31,
      let end = after("日", at: e), !hasDurationTail(at: end)
    else { return false }
    return !followsLengthWord(range.lowerBound)
  }

  /// 法院二十四日宣判, 检方9日起诉: a bare day with 日 right before a news verb
  /// (or a time of day), not after a word of length.
  func standsBeforeNewsVerb(_ range: Range<Int>) -> Bool {
    let i = range.lowerBound
    // 2月30日: a day left over from a month-day that was voided.
    // 2024年1月31—2日: the end of a broken range.
    if i > 0, text[i - 1] == "月" || text[i - 1] == "年" || DateRules.isRangeConnector(text[i - 1]) {
      return false
    }
    guard text[range.upperBound - 1] == "日", !followsLengthWord(i) else { return false }
    return precedesNewsVerb(range.upperBound) || precedesVenueAndNewsVerb(range)
  }

  /// 秦某20日在国务院政策例行吹风会上介绍, 26日从省人社厅获悉: an Arabic day,
  /// a preposition and, within the clause, a news or reporting verb.
  func precedesVenueAndNewsVerb(_ range: Range<Int>) -> Bool {
    let i = range.lowerBound
    let e = range.upperBound
    guard ChineseNumeral.isArabicDigit(text[i]), e < text.count,
      DateNewsRules.venuePrepositions.contains(text[e]),
      i == 0 || !DateNewsRules.offsetWords.contains(text[i - 1])
    else { return false }
    var k = e + 1
    while k < min(text.count, e + 1 + DateNewsRules.venueReach) {
      if DateCalendarRules.clauseBreaks.contains(text[k]) { return false }
      if DateNewsRules.reportingVerbTrie.longestMatch(in: text, from: k) != nil { return true }
      k += 1
    }
    return false
  }

  /// 历时3日至5日: a day after a connector that closes a bare day is the end
  /// of a length, not a day of the news.
  func endsBareDayLength(at i: Int) -> Bool {
    i >= 2 && (text[i - 1] == "至" || text[i - 1] == "到") && text[i - 2] == "日"
  }

  /// True when the scalar before `i` makes a number there a length or a
  /// count (拘留, 历时, 每, 约, 第) or continues a number.
  private func followsLengthWord(_ i: Int) -> Bool {
    guard i > 0 else { return false }
    let b = text[i - 1]
    return DateNewsRules.lengthWords.contains(b) || ChineseNumeral.isNumeralScalar(b)
  }
}

extension DatePoint {
  /// An offset counted forward (三天后, 半年后): its finest field counts
  /// from the text's last date.
  var countsForward: Bool {
    for f in [year, month, day] {
      if case .contextual(let k)? = f, k > 0 { return true }
    }
    return false
  }
}
