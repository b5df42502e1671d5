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
    } else {
      return nil
    }
    guard let (point, end, part) = point(at: i) else { return nil }
    return accept(point, range: i..<end, part: part, previous: previous)
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
      if part != nil || continuing || followsMonthCue(range.lowerBound) {
        d.continuesList = continuing
        return d
      }
      return nil
    case (nil, .some(.absolute)):
      guard continuing, !hasDurationTail(at: range.upperBound) else { return nil }
      d.continuesList = true
      return d
    default:
      return d  // words: 同月, 当日, 今天
    }
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

  /// Reads year, month and day fields from `i`, each a number with its unit
  /// or a date word. Returns nil when nothing that is a date starts here.
  func point(at i: Int) -> (DatePoint, Int, MonthPart?)? {
    var p = DatePoint()
    var j = i
    if let (y, e) = year(at: j) {
      p.year = y
      j = e
    }
    if let (m, e) = month(at: j, wordAllowed: p.year == nil) {
      p.month = m
      j = e
      if j < text.count, text[j] == "份" { j += 1 }
    }
    if p.month != nil || p.year == nil, let (d, e) = day(at: j, wordAllowed: p.year == nil && p.month == nil, month: p.month, year: p.year) {
      p.day = d
      j = e
    }
    guard p.finest != nil else { return nil }
    var part: MonthPart?
    if p.day == nil, let (q, e) = self.part(at: j, afterMonth: p.month != nil) {
      part = q
      j = e
    }
    return (p, j, part)
  }

  private func year(at i: Int) -> (DateField, Int)? {
    if let (value, e) = DateNumbers.fourDigitYear(text, at: i), e < text.count, text[e] == "年" {
      guard (1900...2099).contains(value) else { return nil }
      return (.absolute(value), e + 1)
    }
    return word(at: i, unit: .year)
  }

  private func month(at i: Int, wordAllowed: Bool) -> (DateField, Int)? {
    if let (value, e) = DateNumbers.small(text, at: i), e < text.count, text[e] == "月" {
      guard (1...12).contains(value) else { return nil }
      return (.absolute(value), e + 1)
    }
    return wordAllowed ? word(at: i, unit: .month) : nil
  }

  private func day(at i: Int, wordAllowed: Bool, month: DateField?, year: DateField?)
    -> (DateField, Int)?
  {
    if let (value, e) = DateNumbers.small(text, at: i), e < text.count,
      text[e] == "日" || (text[e] == "号" && month != nil)
    {
      var limit = 31
      if case .absolute(let m)? = month {
        var y = 2000  // a leap year: 2月29日 stands when the year is unknown
        if case .absolute(let yy)? = year { y = yy }
        limit = CalendarMath.daysIn(month: m, year: y)
      }
      guard (1...limit).contains(value) else { return nil }
      return (.absolute(value), e + 1)
    }
    return wordAllowed ? word(at: i, unit: .day) : nil
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
