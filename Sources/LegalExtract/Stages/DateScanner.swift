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

  /// - Complexity: O(n), with bounded look-ahead at each anchor.
  func scan() -> [ScannedDate] {
    var out: [ScannedDate] = []
    var i = 0
    let n = text.count
    while i < n {
      let c = text[i]
      if c == "《", let close = titleEnd(from: i) {
        i = close
        continue
      }
      if let found = date(at: i, previous: out.last) {
        let extended = extend(found)
        out.append(extended)
        i = extended.range.upperBound
        continue
      }
      i += 1
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
      case "》": return versionNoteEnd(from: j + 1) ?? j + 1
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
    while j < min(text.count, i + 24) {
      switch text[j] {
      case ")": return versioned ? j + 1 : nil
      case "\n", "(": return nil
      case "修", "版", "施", "试", "公", "颁", "通": versioned = true
      default: break
      }
      j += 1
    }
    return nil
  }

  /// A date starting exactly at `i`, before ranges and times are added.
  func date(at i: Int, previous: ScannedDate?) -> ScannedDate? {
    let c = text[i]
    let before: Unicode.Scalar? = i > 0 ? text[i - 1] : nil
    if ChineseNumeral.isArabicDigit(c) {
      if let b = before, ChineseNumeral.isArabicDigit(b) || isLatinLetter(b) { return nil }
      if let d = separatedDate(at: i) { return d }
    } else if DateNumbers.isChineseDigit(c) {
      if let b = before, DateNumbers.isChineseDigit(b) || b == "第" { return nil }
    } else if DateRules.mayStartWord(c) {
      // 第 starts only 第二年/第二天: skip runs of 第 cheaply.
      if c == "第", i + 1 < text.count, text[i + 1] != "二" { return nil }
      if let b = before, DateRules.blocksWord(startingWith: c, after: b) { return nil }
      if let v = vague(at: i) { return v }
      if let d = parenthesizedDay(at: i) { return d }
    } else {
      return nil
    }
    guard let m = point(at: i) else { return nil }
    guard var d = accept(m.point, range: i..<m.end, part: m.part, previous: previous) else {
      return nil
    }
    d.end = m.sharedEnd
    return d
  }

  /// Applies the rules for dates without a year: a bare month-day is a date,
  /// a bare month or day only continuing a list or with a month part.
  private func accept(
    _ point: DatePoint, range: Range<Int>, part: MonthPart?, previous: ScannedDate?
  ) -> ScannedDate? {
    var d = ScannedDate(range: range, start: point, part: part)
    if point.year != nil { return d }
    let continuing = continuesList(at: range.lowerBound, previous: previous, unit: point.coarsest)
    switch (point.month, point.day) {
    case (.some(.absolute), .some):
      d.continuesList = continuing
      return d
    case (.some(.absolute), nil):
      if part != nil || continuing || followsMonthCue(range.lowerBound)
        || text[range.upperBound - 1] == "份" || isSharedRange(range)
        || isBareArabicMonth(range)
      {
        d.continuesList = continuing
        return d
      }
      return nil
    case (nil, .some(.absolute)):
      if hasDurationTail(at: range.upperBound) { return nil }
      if continuing {
        d.continuesList = true
        return d
      }
      return isBareNewsDay(range) ? d : nil
    default:
      return d  // words: 同月, 当日, 今天
    }
  }

  /// ，5月作出判决: an Arabic month standing alone after a break is a
  /// calendar month (a duration would say 5个月); Chinese 六月 is not taken
  /// alone, since judgments write terms as 一年六月.
  private func isBareArabicMonth(_ range: Range<Int>) -> Bool {
    let i = range.lowerBound
    guard ChineseNumeral.isArabicDigit(text[i]) else { return false }
    if i > 0 {
      switch text[i - 1] {
      case ",", "、", "。", ";", ":", "\n", " ", "(", "!", "?": break
      default: return false
      }
    }
    for tail in DateRules.monthDurationTails where matches(tail, at: range.upperBound) {
      return false
    }
    return true
  }

  /// 记者8日获悉, ，10日晚, 于15日: an Arabic day alone after a break or a
  /// word that introduces a time is a day of the current month. Chinese
  /// 十日 alone is left out: it is usually a length (拘留十日).
  private func isBareNewsDay(_ range: Range<Int>) -> Bool {
    let i = range.lowerBound
    guard ChineseNumeral.isArabicDigit(text[i]), text[range.upperBound - 1] == "日" else {
      return false
    }
    guard i > 0 else { return true }
    switch text[i - 1] {
    case ",", "。", ";", ":", "\n", " ", "于", "在", "至", "到", "自", "从", "者", "即", "并":
      return true
    default:
      return false
    }
  }

  /// 昨(26)日, 今(27)日: a news day written with its number.
  func parenthesizedDay(at i: Int) -> ScannedDate? {
    guard i + 4 < text.count, text[i + 1] == "(" else { return nil }
    switch text[i] {
    case "今", "昨", "明", "前": break
    default: return nil
    }
    guard let (v, e) = DateNumbers.small(text, at: i + 2), (1...31).contains(v),
      e + 1 < text.count, text[e] == ")", text[e + 1] == "日"
    else { return nil }
    var d = ScannedDate(range: i..<e + 2, start: DatePoint(day: .absolute(v)))
    d.onPublished = true
    return d
  }

  /// 6—8月: a bare month range written with one unit.
  private func isSharedRange(_ range: Range<Int>) -> Bool {
    range.lowerBound + 1 < range.upperBound
      && text[range.lowerBound..<range.upperBound].contains(where: DateRules.isRangeConnector)
  }

  /// 7月19日及26日, 5月18日、25日, 2023年6月、8月: the previous date ends one
  /// list connector before `i`, at the precision of what follows.
  private func continuesList(at i: Int, previous: ScannedDate?, unit: DateRules.Unit?) -> Bool {
    guard let p = previous, i >= 1, p.range.upperBound == i - 1, p.end == nil,
      DateRules.isListConnector(text[i - 1]), text[i - 1] != ",",
      let unit, p.start.finest == unit
    else { return false }
    return true
  }

  /// 于6月, 自6月, 至6月: a bare month after a word that introduces a time.
  private func followsMonthCue(_ i: Int) -> Bool {
    guard i > 0 else { return false }
    switch text[i - 1] {
    case "于", "自", "从", "在", "至", "到", "迄": return true
    default: return false
    }
  }

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

  private func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
    (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
  }

  // MARK: - Vague words

  /// 近日, 日前, 近年来 … (not 节日前, 此前提).
  private func vague(at i: Int) -> ScannedDate? {
    guard let (end, word) = DateRules.words.longestMatch(in: text, from: i), word == .vague
    else { return nil }
    if text[i] == "日", i > 0, DateRules.blocksVagueDay(text[i - 1]) { return nil }
    if end < text.count, DateRules.blocksWord(endingAt: text[end], unit: nil) { return nil }
    return ScannedDate(range: i..<end, start: DatePoint(), vague: true)
  }

  // MARK: - Points: [year] [month] [day]

  /// What `point(at:)` read: the fields, where they end, a month part, and
  /// the end of a range that shares its unit (2019—2021年, 6—8月, 1至3日).
  struct PointMatch {
    var point = DatePoint()
    var end: Int
    var part: MonthPart?
    var sharedEnd: DatePoint?
  }

  /// Reads year, month and day fields from `i`, each a number with its unit
  /// or a date word. Returns nil when nothing that is a date starts here.
  func point(at i: Int) -> PointMatch? {
    var m = PointMatch(end: i)
    if let (y, e, upTo) = year(at: m.end) {
      m.point.year = y
      m.end = e
      if let upTo {
        m.sharedEnd = DatePoint(year: .absolute(upTo))
        return m
      }
    }
    if let (month, e, upTo) = self.month(at: fieldStart(m.end, after: m.point.year), wordAllowed: m.point.year == nil) {
      m.point.month = month
      m.end = e
      if m.end < text.count, text[m.end] == "份" { m.end += 1 }
      if let upTo {
        m.sharedEnd = DatePoint(month: .absolute(upTo))
        return m
      }
    }
    if m.point.month != nil || m.point.year == nil,
      let (d, e, upTo) = day(
        at: fieldStart(m.end, after: m.point.month), wordAllowed: m.point.year == nil && m.point.month == nil,
        month: m.point.month, year: m.point.year)
    {
      m.point.day = d
      m.end = e
      if let upTo {
        m.sharedEnd = DatePoint(day: .absolute(upTo))
        return m
      }
    }
    guard m.point.finest != nil else { return nil }
    // 2月30日: a day number that does not fit the month voids the date.
    if m.point.day == nil, m.point.month != nil, let (_, e) = DateNumbers.small(text, at: m.end),
      after("日", at: e) != nil || after("号", at: e) != nil
    {
      return nil
    }
    if m.point.day == nil, let (q, e) = self.part(at: m.end, afterMonth: m.point.month != nil) {
      m.part = q
      m.end = e
    }
    return m
  }

  /// 2023 年 6 月: one space may sit between a number and its unit or
  /// between two written fields (text converted from PDFs).
  private func fieldStart(_ j: Int, after previous: DateField?) -> Int {
    guard previous != nil, j + 1 < text.count, text[j] == " " else { return j }
    return ChineseNumeral.isArabicDigit(text[j + 1]) ? j + 1 : j
  }

  /// The offset after `unit` at `e`, allowing one space before it.
  private func after(_ unit: Unicode.Scalar, at e: Int) -> Int? {
    guard e < text.count else { return nil }
    if text[e] == unit { return e + 1 }
    if text[e] == " ", e + 1 < text.count, text[e + 1] == unit { return e + 2 }
    return nil
  }

  /// A number at `e` followed by a range connector and a second number with
  /// `unit`: 2019—2021年 reads 2019 as a year too. Returns the second value
  /// and the end of its unit.
  private func sharedUnitEnd(
    at e: Int, unit: Unicode.Scalar, read: (Int) -> (Int, Int)?
  ) -> (Int, Int)? {
    guard e + 1 < text.count, DateRules.isRangeConnector(text[e]),
      let (v, e2) = read(e + 1), let end = after(unit, at: e2)
    else { return nil }
    return (v, end)
  }

  private func year(at i: Int) -> (DateField, Int, Int?)? {
    if let (value, e) = DateNumbers.fourDigitYear(text, at: i) {
      guard (1900...2099).contains(value) else { return nil }
      if let end = after("年", at: e) { return (.absolute(value), end, nil) }
      if let (upTo, end) = sharedUnitEnd(at: e, unit: "年", read: { DateNumbers.fourDigitYear(text, at: $0) }),
        (value + 1...2099).contains(upTo)
      {
        return (.absolute(value), end, upTo)
      }
      return nil
    }
    return word(at: i, unit: .year).map { ($0.0, $0.1, nil) }
  }

  private func month(at i: Int, wordAllowed: Bool) -> (DateField, Int, Int?)? {
    if let (value, e) = DateNumbers.small(text, at: i) {
      guard (1...12).contains(value) else { return nil }
      if let end = after("月", at: e) { return (.absolute(value), end, nil) }
      if let (upTo, end) = sharedUnitEnd(at: e, unit: "月", read: { DateNumbers.small(text, at: $0) }),
        (value + 1...12).contains(upTo)
      {
        return (.absolute(value), end, upTo)
      }
      return nil
    }
    return wordAllowed ? word(at: i, unit: .month).map { ($0.0, $0.1, nil) } : nil
  }

  private func day(at i: Int, wordAllowed: Bool, month: DateField?, year: DateField?)
    -> (DateField, Int, Int?)?
  {
    if let (value, e) = DateNumbers.small(text, at: i) {
      var limit = 31
      if case .absolute(let m)? = month {
        var y = 2000  // a leap year: 2月29日 stands when the year is unknown
        if case .absolute(let yy)? = year { y = yy }
        limit = CalendarMath.daysIn(month: m, year: y)
      }
      guard (1...limit).contains(value) else { return nil }
      if let end = after("日", at: e) ?? (month != nil ? after("号", at: e) : nil) {
        return (.absolute(value), end, nil)
      }
      // A shared-unit day range needs its month: 6月1—3日, not 1—3日.
      if month != nil,
        let (upTo, end) = sharedUnitEnd(at: e, unit: "日", read: { DateNumbers.small(text, at: $0) }),
        (value + 1...limit).contains(upTo)
      {
        return (.absolute(value), end, upTo)
      }
      return nil
    }
    return wordAllowed ? word(at: i, unit: .day).map { ($0.0, $0.1, nil) } : nil
  }

  /// A date word of `unit` at `i` (同年, 次日, 今年), unless the next
  /// character makes it another word (同年龄, 同日而语).
  private func word(at i: Int, unit: DateRules.Unit) -> (DateField, Int)? {
    guard i < text.count, DateRules.mayStartWord(text[i]),
      let (end, w) = DateRules.words.longestMatch(in: text, from: i),
      case .shift(let shift) = w, shift.unit == unit
    else { return nil }
    if end < text.count, DateRules.blocksWord(endingAt: text[end], unit: unit) { return nil }
    return (shift.deictic ? .deictic(shift.offset) : .contextual(shift.offset), end)
  }

  private func part(at i: Int, afterMonth: Bool) -> (MonthPart, Int)? {
    let table = afterMonth ? DateRules.monthParts : DateRules.yearParts
    for (word, part) in table where matches(word, at: i) {
      let end = i + word.unicodeScalars.count
      // 6月中 but not 6月中国: 中 alone only before punctuation or a verb-ish break.
      if word == "中", end < text.count, !isBreak(text[end]) { continue }
      return (part, end)
    }
    return nil
  }

  func isBreak(_ s: Unicode.Scalar) -> Bool {
    s.properties.generalCategory.isPunctuationLike || s == " " || s == "\n"
  }
}

extension Unicode.GeneralCategory {
  fileprivate var isPunctuationLike: Bool {
    switch self {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      return true
    default: return false
    }
  }
}
