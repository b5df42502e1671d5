import ChineseText

/// Reading the fields of one date: [year] [month] [day], each a number with
/// its unit or a date word, then a month or year part.
extension DateScanner {
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
    if let (month, e, upTo) = self.month(
      at: fieldStart(m.end, after: m.point.year), wordAllowed: m.point.year == nil)
    {
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
        at: fieldStart(m.end, after: m.point.month),
        wordAllowed: m.point.year == nil && m.point.month == nil,
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
  func fieldStart(_ j: Int, after previous: DateField?) -> Int {
    guard previous != nil, j + 1 < text.count, text[j] == " " else { return j }
    return ChineseNumeral.isArabicDigit(text[j + 1]) ? j + 1 : j
  }

  /// The offset after `unit` at `e`, allowing one space before it.
  func after(_ unit: Unicode.Scalar, at e: Int) -> Int? {
    guard e < text.count else { return nil }
    if text[e] == unit { return e + 1 }
    if text[e] == " ", e + 1 < text.count, text[e + 1] == unit { return e + 2 }
    return nil
  }

  /// A number at `e` followed by a range connector and a second number with
  /// `unit`: 2019—2021年 reads 2019 as a year too. Returns the second value
  /// and the end of its unit.
  func sharedUnitEnd(
    at e: Int, unit: Unicode.Scalar, read: (Int) -> (Int, Int)?
  ) -> (Int, Int)? {
    guard e + 1 < text.count, DateRules.isRangeConnector(text[e]),
      let (v, e2) = read(e + 1), let end = after(unit, at: e2)
    else { return nil }
    return (v, end)
  }

  func year(at i: Int) -> (DateField, Int, Int?)? {
    if let (value, e) = DateNumbers.fourDigitYear(text, at: i) {
      guard (1900...2099).contains(value) else { return nil }
      if let end = after("年", at: e) { return (.absolute(value), end, nil) }
      if let (upTo, end) = sharedUnitEnd(
        at: e, unit: "年", read: { DateNumbers.fourDigitYear(text, at: $0) }),
        (value + 1...2099).contains(upTo)
      {
        return (.absolute(value), end, upTo)
      }
      return nil
    }
    if let roc = republicYear(at: i) { return roc }
    return word(at: i, unit: .year).map { ($0.0, $0.1, nil) }
  }

  /// 民国112年 (Taiwan's calendar, 民國 folded to 民国): year 1911 + n.
  func republicYear(at i: Int) -> (DateField, Int, Int?)? {
    guard i >= 2, text[i - 2] == "民", text[i - 1] == "国" else { return nil }
    var j = i
    while j < text.count, j - i < 6, ChineseNumeral.isNumeralScalar(text[j]) { j += 1 }
    guard j > i, let n = ChineseNumeral.value(of: text[i..<j])?.integerValue, (1...188).contains(n),
      let end = after("年", at: j)
    else { return nil }
    return (.absolute(1911 + n), end, nil)
  }

  func month(at i: Int, wordAllowed: Bool) -> (DateField, Int, Int?)? {
    if let (value, e) = DateNumbers.small(text, at: i) {
      guard (1...12).contains(value) else { return nil }
      if let end = after("月", at: e) { return (.absolute(value), end, nil) }
      if let (upTo, end) = sharedUnitEnd(
        at: e, unit: "月", read: { DateNumbers.small(text, at: $0) }),
        (value + 1...12).contains(upTo)
      {
        return (.absolute(value), end, upTo)
      }
      return nil
    }
    return wordAllowed ? word(at: i, unit: .month).map { ($0.0, $0.1, nil) } : nil
  }

  func day(at i: Int, wordAllowed: Bool, month: DateField?, year: DateField?)
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
        let (upTo, end) = sharedUnitEnd(
          at: e, unit: "日", read: { DateNumbers.small(text, at: $0) }),
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
  func word(at i: Int, unit: DateRules.Unit) -> (DateField, Int)? {
    guard i < text.count, DateRules.mayStartWord(text[i]),
      let (end, w) = DateRules.words.longestMatch(in: text, from: i),
      case .shift(let shift) = w, shift.unit == unit
    else { return nil }
    if end < text.count, DateRules.blocksWord(endingAt: text[end], unit: unit) { return nil }
    if unit == .year, statesAnAge(after: end) { return nil }
    return (shift.deictic ? .deictic(shift.offset) : .contextual(shift.offset), end)
  }

  /// 今年66岁, 今年已六十六岁: the year word introduces an age, not a date.
  func statesAnAge(after end: Int) -> Bool {
    var k = end
    if let adverb = ["已满", "刚满", "已", "刚", "才", "满"].first(where: { matches($0, at: k) }) {
      k += adverb.unicodeScalars.count
    }
    let digits = k
    while k < text.count, ChineseNumeral.isNumeralScalar(text[k]) { k += 1 }
    return k > digits && k < text.count && (text[k] == "岁" || matches("周岁", at: k))
  }

  func part(at i: Int, afterMonth: Bool) -> (MonthPart, Int)? {
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
