import ChineseText

/// Finds date expressions in the folded text with one left-to-right pass.
///
/// Anchors: a digit or Chinese numeral that starts a number (then 年/月/日/号
/// or a dotted/dashed date must follow), and the first scalar of a date word
/// (同年, 次日, 今年, 近日 …). Text inside 《》 is skipped: a version note
/// (2021年修正) belongs to the title.
///
///     DateScanner(text: folded("2023年6月至8月")).scan()
///     // [ScannedDate(range: 0..<10, start: 2023-06, end: 08)]
struct DateScanner {
  let text: [Unicode.Scalar]
  /// Receives named rejections when an explanation is asked for.
  var log: DateRejectionLog? = nil
  /// Whether the document counts years in the ROC era (`RepublicEraEvidence`),
  /// asked only when a bare year of that range stands before a month.
  var republicEra: LazyIndex<Bool>? = nil

  /// - Complexity: O(n), with bounded look-ahead at each anchor.
  /// Dates marked `claimOnly` are read but are no dates: the stage claims
  /// their spans and drops them; no later date counts from them.
  func scan() -> [ScannedDate] {
    var out: [ScannedDate] = []
    // The last date found, which relative forms count from.
    var last: Int?
    // The lead's dateline (北京9月12日电), whose day a bare day of the lead repeats.
    var dateline: ScannedDate?
    var i = 0
    let n = text.count
    // Read once: a static read at every offset is a once-check and a retain.
    let starts = DateStartScalars.all
    while i < n {
      // What the next date may count from, bound once until it is found:
      // passing copies at every anchor was the scan's largest cost.
      let previous = last.map { out[$0] }
      let datelineSoFar = dateline
      var next: ScannedDate?
      while i < n {
        let c = text[i]
        if c == "《", let close = titleEnd(from: i) {
          i = close
          continue
        }
        if starts.contains(c),
          let found = date(at: i, previous: previous, dateline: datelineSoFar)
        {
          next = found
          break
        }
        i += 1
      }
      guard let found = next else { break }
      if found.claimOnly {
        out.append(found)
        i = found.range.upperBound
        continue
      }
      if dateline == nil, isDateline(found) { dateline = found }
      var extended = extend(found)
      if extended.start.year == nil, extended.end == nil {
        extended.future = looksAhead(extended.range)
      }
      if let l = last, l == out.count - 1, let merged = yearsBetween(out[l], extended) {
        out[l] = merged
      } else {
        out.append(extended)
        last = out.count - 1
      }
      i = extended.range.upperBound
    }
    return out
  }

  /// The offset after the 》 closing a title opened at `i`, when it closes
  /// within a line and 100 scalars.
  func titleEnd(from i: Int) -> Int? {
    var j = i + 1
    let stop = min(text.count, i + 100)
    while j < stop {
      switch text[j] {
      case "》":
        guard let noteEnd = versionNoteEnd(from: j + 1) else { return j + 1 }
        log?.reject(j + 1..<noteEnd, by: .titleVersion)
        return noteEnd
      case "\n", "\r", "《": return nil
      default: j += 1
      }
    }
    return nil
  }

  /// 《…》（2014年修订）: a version note right after a title belongs to it;
  /// returns the offset after its closing bracket.
  func versionNoteEnd(from i: Int) -> Int? {
    guard i < text.count, text[i] == "(" else { return nil }
    var j = i + 1
    var versioned = false
    // 《…》（2017年）: a bare year right after the title names its version.
    var yearOnly = true
    while j < min(text.count, i + 24) {
      if !ChineseNumeral.isArabicDigit(text[j]) && !DateNumbers.isChineseDigit(text[j])
        && text[j] != "年" && text[j] != ")"
      {
        yearOnly = false
      }
      switch text[j] {
      case ")": return versioned || (yearOnly && j - i >= 5) ? j + 1 : nil
      case "\n", "(": return nil
      case "修", "版", "施", "试", "公", "颁", "通": versioned = true
      default: break
      }
      j += 1
    }
    return nil
  }

  /// A date starting exactly at `i`, before ranges and times are added.
  /// Every form is tried, whatever the scalar: the scan's prefilter
  /// (`mayStartDate`) is what skips offsets that start none.
  func date(at i: Int, previous: ScannedDate?, dateline: ScannedDate? = nil) -> ScannedDate? {
    let c = text[i]
    let before: Unicode.Scalar? = i > 0 ? text[i - 1] : nil
    if ChineseNumeral.isArabicDigit(c) {
      if let b = before, ChineseNumeral.isArabicDigit(b) || isLatinLetter(b) { return nil }
      if let d = separatedDate(at: i) ?? separatedMonthRange(at: i) ?? bracketedYearMonth(at: i)
        ?? namedDottedDay(at: i) ?? bareYearAfterPreposition(at: i)
      {
        return d
      }
      if eraStart(before: i) == nil, let d = offset(at: i) {
        return anchored(d, previous: previous)
      }
    } else if DateNumbers.isChineseDigit(c) || c == "两" || c == "半" {
      if let b = before, DateNumbers.isChineseDigit(b) || b == "第" || b == "两" { return nil }
      if eraStart(before: i) == nil, let d = offset(at: i) {
        return anchored(d, previous: previous)
      }
      // 两 starts a date only as 两千零八年.
      if c == "半" || (c == "两" && (i + 1 >= text.count || text[i + 1] != "千")) { return nil }
    } else {
      // Any other scalar: the word and phrase forms. `scan()` reaches here
      // only for `DateStartScalars.words`; tried at every scalar, no form
      // may find a date outside it (DateStartScalarTests).
      // 第 starts only 第二年/第二天: skip runs of 第 cheaply.
      if c == "第", i + 1 < text.count, text[i + 1] != "二", yearSpan(at: i, afterYear: false) == nil
      {
        return nil
      }
      if let b = before, DateRules.blocksWord(startingWith: c, after: b) {
        // 如今, 至今: 今 alone is no candidate there, not worth a trace line.
        if let log, let (end, _) = DateRules.words.longestMatch(in: text, from: i), end - i > 1 {
          log.reject(i..<end, by: .wordBoundary)
        }
        return nil
      }
      if let v = vague(at: i) { return v }
      if let d = parenthesizedDay(at: i) { return d }
      if let d = weekdayDate(at: i) { return d }
      if let d = barePart(at: i) { return d }
    }
    guard let m = point(at: i) else { return nil }
    guard
      var d = accept(
        m.point, range: i..<m.end, part: m.part, previous: previous, dateline: dateline)
    else {
      return nil
    }
    // 案发当日 with no date before it in its paragraph: an untold event's day.
    if case .contextual? = m.point.day, m.point.month == nil, m.point.year == nil,
      DateCalendarRules.eventNouns.contains(where: { i >= 2 && matches($0, at: i - 2) }),
      !paragraphHasDate(before: i, previous: previous)
    {
      log?.reject(i..<m.end, by: .eventDay, proposedBy: .contextualWord)
      return nil
    }
    if previous == nil, DateRules.anchoredDayWords.contains(where: { matches($0, at: i) }) {
      log?.reject(i..<m.end, by: .eventDay, proposedBy: .contextualWord)
      return nil
    }
    // 3·15国际消费者权益日当天, 春节当天: the day word restates the named
    // day just before it (one mention); its span stays no figure.
    if case .contextual(0)? = m.point.day, m.point.month == nil, let p = previous,
      p.start.named, restatesNamedDay(p, at: i)
    {
      log?.reject(i..<m.end, by: .restatedNamedDay, proposedBy: .contextualWord)
      var claimed = ScannedDate(range: i..<m.end, start: m.point)
      claimed.claimOnly = true
      return claimed
    }
    if case .contextual? = m.point.day, m.point.month == nil, isRepeatedInList(i..<m.end) {
      log?.reject(i..<m.end, by: .slogan, proposedBy: .contextualWord)
      return nil
    }
    d.end = m.sharedEnd
    if d.rule == .fields { d.rule = m.rule ?? Self.rule(of: m.point) }
    if m.end - i == 1, c == DateNewsRules.todayAlone { d.rule = .todayBeforeVerb }
    // “我今天只能凑够一两万” after 3月19日 in its paragraph: the speaker's day.
    if case .deictic(let k)? = d.start.day, d.start.month == nil, isSpokenAfter(previous, at: i) {
      d.start.day = .contextual(k)
      d.rule = .speechDay
    }
    // 公元832年, 公元前221年: the era word belongs to the mention.
    if let era = eraStart(before: i) { d.range = era..<d.range.upperBound }
    // 民國114年10月份: so does the ROC era word (民國114年10月 as annotators write it).
    if let era = republicEraWordStart(before: i) { d.range = era..<d.range.upperBound }
    return d
  }

  /// True when only the named day's name (…权益日, …节) stands between the
  /// named date `p` and `i`, ending in 日 or 节.
  func restatesNamedDay(_ p: ScannedDate, at i: Int) -> Bool {
    guard i > 0, p.range.upperBound <= i, i - p.range.upperBound <= DateNewsRules.namedDayReach,
      DateNewsRules.namedDayNameEnds.contains(text[i - 1]) || p.range.upperBound == i
    else { return false }
    return text[p.range.upperBound..<i].allSatisfy { $0.properties.isIdeographic }
  }

  /// True when the word at `r` stands again after or before the nearest 、
  /// of its clause (当日受理、当日审批、当日指派).
  func isRepeatedInList(_ r: Range<Int>) -> Bool {
    let word = text[r]
    let reach = 8
    var k = r.upperBound
    while k < text.count, k - r.upperBound < reach, !DateRules.listClauseStops.contains(text[k]) {
      if text[k] == "、" { return text[(k + 1)...].starts(with: word) }
      k += 1
    }
    k = r.lowerBound - 1
    while k >= 0, r.lowerBound - k < reach, !DateRules.listClauseStops.contains(text[k]) {
      if text[k] == "、" {
        var j = k - 1
        while j >= 0, k - j < reach, !DateRules.listClauseStops.contains(text[j]), text[j] != "、" {
          j -= 1
        }
        let segment = text[(j + 1)..<k]
        return segment.indices.contains { segment[$0...].starts(with: word) }
      }
      k -= 1
    }
    return false
  }

  /// The form of a date read field by field: a two-digit year, a word
  /// counted from the reference or from the text, or written fields.
  static func rule(of p: DatePoint) -> DateRule {
    if case .shortYear? = p.year { return .shortYear }
    if case .beforeCommonEra? = p.year { return .beforeCommonEra }
    var deictic = false
    var contextual = false
    for f in [p.year, p.month, p.day] {
      switch f {
      case .deictic?: deictic = true
      case .contextual?: contextual = true
      default: break
      }
    }
    return deictic ? .deicticWord : contextual ? .contextualWord : .fields
  }

  /// True when `previous` (the last date found) ends in the paragraph of `i`.
  func paragraphHasDate(before i: Int, previous: ScannedDate?) -> Bool {
    guard let p = previous else { return false }
    return !text[p.range.upperBound..<i].contains("\n")
  }

  /// 2010年与2013年之间, 2011年和2014年间: two years joined by a list word
  /// and closed by 之间/间 are one range.
  func yearsBetween(_ a: ScannedDate, _ b: ScannedDate) -> ScannedDate? {
    guard a.end == nil, b.end == nil, a.start.finest == .year, b.start.finest == .year,
      a.part == nil, b.part == nil,
      a.range.upperBound + 1 == b.range.lowerBound,
      "与和及至到".unicodeScalars.contains(text[a.range.upperBound]),
      matches("之间", at: b.range.upperBound) || matches("间", at: b.range.upperBound)
    else { return nil }
    var m = a
    m.end = b.start
    m.range = a.range.lowerBound..<b.range.upperBound
    m.rule = .rangeBetween
    return m
  }

  /// 15日内, 十日以内: a day count that is a time limit.
  func hasDurationTail(at i: Int) -> Bool {
    for tail in DateRules.durationTails where matches(tail, at: i) { return true }
    return false
  }

  func matches(_ word: String, at i: Int) -> Bool {
    var j = i
    for s in word.unicodeScalars {
      guard j < text.count, text[j] == s else { return false }
      j += 1
    }
    return true
  }

  func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
    (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
  }

  // MARK: - Vague words

  /// 近日, 日前, 近年来 … (not 节日前, 此前提).
  func vague(at i: Int) -> ScannedDate? {
    guard let (end, word) = DateRules.words.longestMatch(in: text, from: i), word == .vague
    else { return nil }
    if text[i] == "日", i > 0, DateRules.blocksVagueDay(text[i - 1]) { return nil }
    if end < text.count, DateRules.blocksWord(endingAt: text[end], last: text[end - 1], unit: nil) {
      log?.reject(i..<end, by: .wordBoundary, proposedBy: .vague)
      return nil
    }
    return ScannedDate(range: i..<end, start: DatePoint(), vague: true, rule: .vague)
  }
}
