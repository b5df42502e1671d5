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
    /// Set when a form other than plain fields read the point (春节, 农历…).
    var rule: DateRule?
  }

  /// Reads year, month and day fields from `i`, each a number with its unit
  /// or a date word. Returns nil when nothing that is a date starts here.
  func point(at i: Int) -> PointMatch? {
    var m = PointMatch(end: i)
    if let (y, e, upTo) = year(at: m.end) {
      // 终院刑事上诉2014年第8号: the year numbers a document.
      if case .absolute = y, upTo == nil, numbersADocument(at: e) {
        log?.reject(i..<e, by: .serialYear, proposedBy: .fields)
        return nil
      }
      // 与2012年解释相比: the year is part of a document's short name.
      if case .absolute = y, upTo == nil, namesADocument(yearAt: i, end: e) {
        log?.reject(i..<e, by: .documentShortName, proposedBy: .fields)
        return nil
      }
      m.point.year = y
      m.end = e
      if case .absolute = y, upTo == nil, text[e - 1] == "月" { m.rule = .misprintedYear }
      if republicEra != nil, unmarkedRepublicYear(at: i) != nil { m.rule = .republicEra }
      // 1996年的5月3日: 的 between a year and its month.
      if case .absolute = y, upTo == nil, e < text.count, text[e] == "的", monthFollows(e + 1) {
        m.end = e + 1
      }
      if let upTo {
        if case .shortYear = y {
          m.sharedEnd = DatePoint(year: .shortYear(upTo))
        } else {
          m.sharedEnd = DatePoint(year: .absolute(upTo))
        }
        return m
      }
    }
    // A holiday or a lunar date, after its year or alone: 2023年春节,
    // 去年五月初五, 农历八月十五.
    let namedStart = fieldStart(m.end, after: m.point.year)
    if let (named, e, rule) = holiday(at: namedStart, afterYear: m.point.year != nil).map({
      ($0.0, $0.1, DateRule.holiday)
    })
      ?? lunarMonthDay(at: namedStart, afterYear: m.point.year != nil).map({
        ($0.0, $0.1, DateRule.lunar)
      })
    {
      let year = m.point.year
      m.point = named
      m.point.year = year
      m.end = e
      m.rule = rule
      return m
    }
    // 2025年一季度, 上半年: a part of the year as the range of its months.
    if let (span, e, part) = yearSpan(at: namedStart, afterYear: m.point.year != nil) {
      m.point.year = m.point.year ?? .contextual(0)
      m.end = e
      m.rule = .yearSpan
      if let part {
        m.point.month = .absolute(part == .early ? span.first : span.last)
        m.part = part
      } else {
        m.point.month = .absolute(span.first)
        m.sharedEnd = DatePoint(month: .absolute(span.last))
      }
      return m
    }
    // 2010年八九月间: two adjacent Chinese digits before one 月 are a range too.
    if let (first, last, e) = monthPair(at: fieldStart(m.end, after: m.point.year)) {
      m.point.month = .absolute(first)
      m.end = e
      m.sharedEnd = DatePoint(month: .absolute(last))
      m.rule = .rangeMonthPair
      return m
    }
    // 2022年6、7月间: consecutive months listed before one 月 are one range.
    if let (first, last, e) = monthList(
      at: fieldStart(m.end, after: m.point.year), afterYear: m.point.year != nil)
    {
      m.point.month = .absolute(first)
      m.end = e
      m.sharedEnd = DatePoint(month: .absolute(last))
      m.rule = .rangeMonthList
      return m
    }
    // 这个五月: the word names a year only before its month.
    if isMonthOnlyYearWord(i..<m.end), !monthOnlyYearMonthFollows(m.end) { return nil }
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
      // 十月第一个星期一: the weekday gives the day.
      if let (weekday, e) = ordinalWeekday(at: m.end) {
        m.point.weekday = weekday
        m.end = e
        m.rule = .ordinalWeekday
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
    // 判处有期徒刑15年6月: a two-digit "year" with a month and no day after a
    // sentencing word is a term, not a date.
    if case .shortYear? = m.point.year, m.point.day == nil, m.point.month != nil,
      followsTermWord(i)
    {
      log?.reject(i..<m.end, by: .termCount, proposedBy: .shortYear)
      return nil
    }
    // 2月30日: a day number that does not fit the month voids the date.
    if m.point.day == nil, m.point.month != nil, let (_, e) = DateNumbers.small(text, at: m.end),
      after("日", at: e) != nil || after("号", at: e) != nil
    {
      log?.reject(
        i..<(after("日", at: e) ?? after("号", at: e) ?? e), by: .impossibleDay, proposedBy: .fields)
      return nil
    }
    if m.point.day == nil, let (q, e) = self.part(at: m.end, afterMonth: m.point.month != nil) {
      m.part = q
      m.end = e
    }
    return m
  }

  /// 八九月, 七八月份 at `i` (`DateRule.rangeMonthPair`): two Chinese digits
  /// naming consecutive months (一二 … 九十) right before one 月. Not after
  /// another numeral or 第 (十八九月, 第七八月), not before 个月 (七八个月 is a
  /// length: 月 must follow the digits at once) and not before a day
  /// (七八月5日). Returns the first and last month and the offset after 月
  /// (and 份).
  func monthPair(at i: Int) -> (Int, Int, Int)? {
    let n = text.count
    guard i >= 0, i + 2 < n, let a = Self.monthDigit(text[i]), let b = Self.monthDigit(text[i + 1]),
      b == a + 1, text[i + 2] == "月"
    else { return nil }
    if i > 0, ChineseNumeral.isNumeralScalar(text[i - 1]) || text[i - 1] == "第" { return nil }
    var end = i + 3
    if let (_, d) = DateNumbers.small(text, at: end),
      after("日", at: d) != nil || after("号", at: d) != nil
    {
      return nil
    }
    if end < n, text[end] == "份" { end += 1 }
    return (a, b, end)
  }

  /// 一 … 十 as the month it names alone.
  static func monthDigit(_ s: Unicode.Scalar) -> Int? {
    if s == "十" { return 10 }
    guard let d = DateNumbers.positionalDigit(s), d > 0 else { return nil }
    return d
  }

  /// 6、7月, 6、7、8月份 at `i` (`DateRule.rangeMonthList`): a month number,
  /// then 、 and the month after it, as many as follow, closed by one 月.
  /// Returns the first and last month and the offset after 月 (and 份).
  func monthList(at i: Int, afterYear: Bool) -> (Int, Int, Int)? {
    guard i < text.count, ChineseNumeral.isNumeralScalar(text[i]),
      let (first, e) = DateNumbers.small(text, at: i), (1...11).contains(first),
      e < text.count, text[e] == "、"
    else { return nil }
    // 一、2月5日, 第1、2月: a list heading's number or an ordinal, not a month.
    if !afterYear,
      i == 0 || text[i - 1] == "\n" || text[i - 1] == "第"
        || ChineseNumeral.isNumeralScalar(text[i - 1])
    {
      return nil
    }
    var last = first
    var k = e
    while k < text.count, text[k] == "、", let (v, next) = DateNumbers.small(text, at: k + 1),
      v == last + 1, v <= 12
    {
      last = v
      k = next
    }
    guard last > first, var end = after("月", at: k) else { return nil }
    // 6、7月5日: a day after the last month makes a list of dates, not a range.
    if let (_, d) = DateNumbers.small(text, at: end),
      after("日", at: d) != nil || after("号", at: d) != nil
    {
      return nil
    }
    if end < text.count, text[end] == "份" { end += 1 }
    return (first, last, end)
  }

  /// 一季度, 第二季度, 前三季度, 上半年 at `i`: the months it spans, its end,
  /// and a part after a quarter (一季度末). Alone it must not close another
  /// word (马上半年, 每一季度: `DateCalendarRules.joinsYearSpan`).
  func yearSpan(at i: Int, afterYear: Bool) -> (DateCalendarRules.YearSpan, Int, MonthPart?)? {
    guard i < text.count,
      let (end, span) = DateCalendarRules.yearSpanTrie.longestMatch(in: text, from: i),
      afterYear || !span.needsYear
    else { return nil }
    if !afterYear, i > 0, DateCalendarRules.joinsYearSpan(startingWith: text[i], after: text[i - 1])
    {
      log?.reject(i..<end, by: .wordBoundary, proposedBy: .yearSpan)
      return nil
    }
    if text[end - 1] == "度",
      let (word, part) = DateCalendarRules.yearSpanParts.first(where: { matches($0.0, at: end) })
    {
      return (span, end + word.unicodeScalars.count, part)
    }
    return (span, end, nil)
  }

  /// True when `r` is exactly a word that names a year only before its
  /// month (这个).
  func isMonthOnlyYearWord(_ r: Range<Int>) -> Bool {
    Self.monthOnlyYearWordScalars.contains {
      $0.count == r.count && text.hasLiteral($0, at: r.lowerBound)
    }
  }

  /// `DateNewsRules.monthOnlyYearWords` as scalars: every year read asks,
  /// and counting a word's scalars walked the string each time.
  private static let monthOnlyYearWordScalars =
    DateNewsRules.monthOnlyYearWords.map(\.scalarArray)

  /// 这个五月, 这个5月的: a month number and 月 at `i`, then a break or a
  /// scalar that continues a time phrase.
  func monthOnlyYearMonthFollows(_ i: Int) -> Bool {
    guard let (v, e) = DateNumbers.small(text, at: i), (1...12).contains(v),
      let end = after("月", at: e)
    else { return false }
    guard end < text.count else { return true }
    let next = text[end]
    return !next.properties.isIdeographic || DateNewsRules.monthOnlyYearFollowers.contains(next)
  }

  /// 宣判, 改判, 起诉 … or a time of day (上午, 晚间) right at `i`: what a news
  /// item's day stands before.
  func precedesNewsVerb(_ i: Int) -> Bool {
    guard i < text.count else { return false }
    return DateNewsRules.newsVerbTrie.longestMatch(in: text, from: i) != nil
      || DateRules.dayTimeTrie.longestMatch(in: text, from: i) != nil
  }

  /// 第8号, 第 12 號 right after a year: a serial number follows.
  func numbersADocument(at e: Int) -> Bool {
    guard e < text.count, text[e] == "第" else { return false }
    var j = e + 1
    while j < text.count, j - e <= 8, ChineseNumeral.isNumeralScalar(text[j]) || text[j] == " " {
      j += 1
    }
    return j > e + 1 && j < text.count && text[j] == "号"
  }

  /// 与2012年解释相比, 按照1997年刑法的规定: a year right before a document
  /// noun (`DateRules.documentNouns`) names that document's edition when a
  /// word of comparison or reference stands before the year or 相比 after
  /// the noun.
  func namesADocument(yearAt i: Int, end e: Int) -> Bool {
    // 2022年版《…裁量基准》, 2016年版本: the year names an edition (not 版权).
    if e < text.count, text[e - 1] == "年", text[e] == DateRules.editionMark,
      e + 1 >= text.count || !DateRules.editionWordTails.contains(text[e + 1])
    {
      return true
    }
    guard e < text.count, text[e - 1] == "年",
      let (nounEnd, _) = DateRules.documentNouns.longestMatch(
        in: text, from: e, limit: min(text.count, e + DateRules.documentNounReach))
    else { return false }
    if i > 0, DateRules.documentReferenceWords.contains(text[i - 1]) { return true }
    return DateRules.comparisonTails.contains { matches($0, at: nounEnd) }
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
    guard let from = connectorEnd(at: e), let (v, e2) = read(from), let end = after(unit, at: e2)
    else { return nil }
    return (v, end)
  }

  /// The offset after a range connector at `e`: spaces around it and a
  /// doubled dash are allowed (1998 – 2001年, 2018年2——4月).
  func connectorEnd(at e: Int) -> Int? {
    var k = e
    if k < text.count, text[k] == " " { k += 1 }
    guard k < text.count, DateRules.isRangeConnector(text[k]) else { return nil }
    let connector = text[k]
    k += 1
    while k < text.count, k - e < 4, text[k] == connector || text[k] == " " { k += 1 }
    return k < text.count ? k : nil
  }

  /// True when a sentencing word (判, 囚, 刑, 感化) closes just before `i`,
  /// spaces skipped: what follows is a length of time.
  func followsTermWord(_ i: Int) -> Bool {
    var k = i - 1
    while k >= 0, text[k] == " " { k -= 1 }
    return k >= 0 && DateCalendarRules.closesTermWord(text[k])
  }

  func year(at i: Int) -> (DateField, Int, Int?)? {
    if eraStart(before: i) != nil { return writtenOldYear(at: i) }
    if let (value, e) = DateNumbers.fourDigitYear(text, at: i) {
      guard (1900...2099).contains(value) else {
        // 1279年3月19日: an older year stands with its month.
        if value >= 1000, let end = after("年", at: e), monthFollows(end) {
          return (.absolute(value), end, nil)
        }
        return nil
      }
      if let end = after("年", at: e) { return (.absolute(value), end, nil) }
      // 2012月11月5日: 月 misprinted for 年 before a month.
      if let end = after("月", at: e), monthFollows(end) { return (.absolute(value), end, nil) }
      // upTo > value: 2019—2021年 (a later year; 2021—2019年 is no range).
      if let (upTo, end) = sharedUnitEnd(
        at: e, unit: "年", read: { DateNumbers.fourDigitYear(text, at: $0) }),
        upTo > value, upTo <= 2099
      {
        return (.absolute(value), end, upTo)
      }
      // 1985到89年9月: a bare year whose range end is written short; the
      // end is read by the range rule.
      if let from = connectorEnd(at: e), twoDigitYear(at: from) != nil {
        return (.absolute(value), e, nil)
      }
      // 从2012到2015: bare years joined after 从 or 自.
      if i > 0, text[i - 1] == "从" || text[i - 1] == "自", let from = connectorEnd(at: e),
        let (upTo, e2) = DateNumbers.fourDigitYear(text, at: from), upTo > value, upTo <= 2099
      {
        return (.absolute(value), after("年", at: e2) ?? e2, upTo)
      }
      return nil
    }
    if let roc = republicYear(at: i) ?? unmarkedRepublicYear(at: i) { return roc }
    if let spelled = spelledYear(at: i) { return spelled }
    if let short = shortYear(at: i) { return short }
    if let ancient = writtenOldYear(at: i) { return ancient }
    return word(at: i, unit: .year).map { ($0.0, $0.1, nil) }
  }

  /// 89年, 02年: two Arabic digits and 年, as the end of a range whose
  /// start is a full year (1985到89年); its value and end.
  func twoDigitYear(at i: Int) -> (Int, Int)? {
    guard i + 2 < text.count, ChineseNumeral.isArabicDigit(text[i]),
      ChineseNumeral.isArabicDigit(text[i + 1]), let end = after("年", at: i + 2)
    else { return nil }
    return (Int(text[i].value - 0x30) * 10 + Int(text[i + 1].value - 0x30), end)
  }

  /// 两千零八年, 二千〇八年: a year spelled with 千.
  func spelledYear(at i: Int) -> (DateField, Int, Int?)? {
    var j = i
    var thousands = false
    while j < text.count, j - i < 7,
      DateNumbers.isChineseDigit(text[j]) || text[j] == "两" || text[j] == "千" || text[j] == "百"
    {
      if text[j] == "千" { thousands = true }
      j += 1
    }
    guard thousands, let end = after("年", at: j),
      let v = ChineseNumeral.value(of: text[i..<j])?.integerValue, (1000...2099).contains(v)
    else { return nil }
    return (.absolute(v), end, nil)
  }

  /// True when a month (number and 月) starts at `i`.
  func monthFollows(_ i: Int) -> Bool {
    guard let (v, e) = DateNumbers.small(text, at: fieldStart(i, after: .absolute(0))),
      (1...12).contains(v)
    else { return false }
    return after("月", at: e) != nil
  }

  /// 09年, 16年11月2日, 19年底, 零九年, ’06年: a year written with two
  /// digits. Arabic digits need a leading zero, an apostrophe, a month or a
  /// year part after them (15年 alone is a length); Chinese ones are read
  /// digit by digit (零七, 九一) and never as a rough count (三五年, 七八年).
  func shortYear(at i: Int) -> (DateField, Int, Int?)? {
    guard i + 2 < text.count else { return nil }
    let a = text[i]
    let b = text[i + 1]
    if ChineseNumeral.isArabicDigit(a), ChineseNumeral.isArabicDigit(b) {
      guard let end = after("年", at: i + 2) else { return nil }
      if i + 2 < text.count, ChineseNumeral.isArabicDigit(text[i + 2]) { return nil }
      let value = Int(a.value - 0x30) * 10 + Int(b.value - 0x30)
      let apostrophe = i > 0 && "’'‘`".unicodeScalars.contains(text[i - 1])
      let partFollows = end < text.count && "底初末尾".unicodeScalars.contains(text[end])
      // 16年至18年: a range of two-digit years, each with its 年 (a length
      // would write 16至18年).
      if let from = connectorEnd(at: end), from + 2 < text.count,
        ChineseNumeral.isArabicDigit(text[from]), ChineseNumeral.isArabicDigit(text[from + 1]),
        let rangeEnd = after("年", at: from + 2)
      {
        let upTo = Int(text[from].value - 0x30) * 10 + Int(text[from + 1].value - 0x30)
        if upTo > value { return (.shortYear(value), rangeEnd, upTo) }
      }
      guard a == "0" || apostrophe || partFollows || monthFollows(end) else { return nil }
      return (.shortYear(value), end, nil)
    }
    guard let da = DateNumbers.positionalDigit(a), let db = DateNumbers.positionalDigit(b),
      text[i + 2] == "年"
    else { return nil }
    // 三四年, 三五年, 七八年: neighbouring digits are a rough count.
    if db == da + 1 || (da == 3 && db == 5) {
      log?.reject(i..<i + 3, by: .roughCount, proposedBy: .shortYear)
      return nil
    }
    let end = i + 3
    if end < text.count, "前后来内间以多余半的".unicodeScalars.contains(text[end]) {
      log?.reject(i..<end, by: .lengthTail, proposedBy: .shortYear)
      return nil
    }
    return (.shortYear(da * 10 + db), end, nil)
  }

  /// 公元832年, 公元前二二一年, 832年3月: a year of one to three digits
  /// after 公元 (or 公元前, an unknown year to the contract), or of three
  /// Arabic digits with its month.
  func writtenOldYear(at i: Int) -> (DateField, Int, Int?)? {
    if let era = eraStart(before: i) {
      var j = i
      while j < text.count, j - i < 6, ChineseNumeral.isNumeralScalar(text[j]) { j += 1 }
      guard j > i, let end = after("年", at: j), let value = Self.yearNumber(text[i..<j]),
        (1...9999).contains(value)
      else { return nil }
      let beforeCommonEra = era + 2 < text.count && text[era + 2] == "前"
      return (beforeCommonEra ? .beforeCommonEra(value) : .absolute(value), end, nil)
    }
    let (value, count) = DateNumbers.digits(text, at: i)
    guard count == 3, value >= 100, let end = after("年", at: i + count), monthFollows(end) else {
      return nil
    }
    return (.absolute(value), end, nil)
  }

  /// 二二一 (digit by digit) or 二百二十一 (with units): a year's number.
  static func yearNumber(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
    var positional = 0
    for c in s {
      guard
        let d = DateNumbers.positionalDigit(c)
          ?? (ChineseNumeral.isArabicDigit(c) ? Int(c.value - 0x30) : nil)
      else { return ChineseNumeral.value(of: s)?.integerValue }
      positional = positional * 10 + d
    }
    return positional
  }

  /// The offset of 公元 (or 公元前) right before `i`, when it is there.
  func eraStart(before i: Int) -> Int? {
    if i >= 3, text[i - 3] == "公", text[i - 2] == "元", text[i - 1] == "前" { return i - 3 }
    if i >= 2, text[i - 2] == "公", text[i - 1] == "元" { return i - 2 }
    return nil
  }

  /// The offset of 民国 (民國 folded) right before `i`, maybe with one
  /// space between, when a ROC year is read at `i`.
  func republicEraWordStart(before i: Int) -> Int? {
    let k = i >= 1 && text[i - 1] == " " ? i - 1 : i
    guard k >= 2, text[k - 2] == "民", text[k - 1] == "国", republicYear(at: i) != nil else {
      return nil
    }
    return k - 2
  }

  /// 民国112年 (Taiwan's calendar, 民國 folded to 民国; one space may
  /// follow the era word): year 1911 + n.
  func republicYear(at i: Int) -> (DateField, Int, Int?)? {
    let k = i >= 1 && text[i - 1] == " " ? i - 1 : i
    guard k >= 2, text[k - 2] == "民", text[k - 1] == "国" else { return nil }
    var j = i
    while j < text.count, j - i < 6, ChineseNumeral.isNumeralScalar(text[j]) { j += 1 }
    guard j > i, let n = ChineseNumeral.value(of: text[i..<j])?.integerValue, (1...188).contains(n),
      let end = after("年", at: j)
    else { return nil }
    return (.absolute(DateEraRules.gregorian(republicYear: n)), end, nil)
  }

  /// 113年2月21日, 99年3月5日, 一百一十三年二月 in a text that shows the ROC
  /// era (`RepublicEraEvidence`): a year of `DateEraRules.unmarkedRepublicYears`
  /// written without its era word, with its month after it (113年度 numbers
  /// a case, 113年 alone may be a length). Elsewhere the year stays as written.
  func unmarkedRepublicYear(at i: Int) -> (DateField, Int, Int?)? {
    guard let republicEra, eraStart(before: i) == nil else { return nil }
    if i > 0, ChineseNumeral.isNumeralScalar(text[i - 1]) { return nil }
    var j = i
    while j < text.count, j - i < 6, ChineseNumeral.isNumeralScalar(text[j]) { j += 1 }
    guard j > i, let end = after("年", at: j), let n = Self.yearNumber(text[i..<j]),
      DateEraRules.unmarkedRepublicYears.contains(n), monthFollows(end), republicEra.index
    else { return nil }
    return (.absolute(DateEraRules.gregorian(republicYear: n)), end, nil)
  }

  func month(at i: Int, wordAllowed: Bool) -> (DateField, Int, Int?)? {
    if let named = namedMonth(at: i, afterYear: !wordAllowed) { return named }
    if let (value, e) = DateNumbers.small(text, at: i) {
      guard (1...12).contains(value) else { return nil }
      if let end = after("月", at: e) { return (.absolute(value), end, nil) }
      // 6—8月; 十二至一月 crosses into the next year (the resolver moves an
      // end that falls before its start).
      if let (upTo, end) = sharedUnitEnd(
        at: e, unit: "月", read: { DateNumbers.small(text, at: $0) }),
        (1...12).contains(upTo), upTo != value
      {
        return (.absolute(value), end < text.count && text[end] == "份" ? end + 1 : end, upTo)
      }
      return nil
    }
    return wordAllowed ? word(at: i, unit: .month).map { ($0.0, $0.1, nil) } : nil
  }

  /// 2014年元月6日, 元月十五日, 元月份: a calendar month by its name
  /// (`DateRules.monthNames`). After a year it stands alone; without one it
  /// needs its day or 份, and never follows a number (3000元月薪 is money).
  func namedMonth(at i: Int, afterYear: Bool) -> (DateField, Int, Int?)? {
    guard let (name, value) = DateRules.monthNames.first(where: { matches($0.0, at: i) }) else {
      return nil
    }
    if i > 0, ChineseNumeral.isNumeralScalar(text[i - 1]) { return nil }
    let end = i + name.unicodeScalars.count
    if !afterYear, end >= text.count || text[end] != "份",
      day(
        at: fieldStart(end, after: .absolute(value)), wordAllowed: false,
        month: .absolute(value), year: nil) == nil
    {
      return nil
    }
    return (.absolute(value), end, nil)
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
      // 十二号 alone between breaks: 号 never counts a length (but 3号楼,
      // 12号线 are numbers, hence the breaks).
      if month == nil, wordAllowed, let end = after("号", at: e), isLoneDay(i..<end) {
        return (.absolute(value), end, nil)
      }
      // A shared-unit day range needs its month: 6月1—3日, not 1—3日.
      if month != nil,
        let (upTo, end) = sharedUnitEnd(
          at: e, unit: "日", read: { DateNumbers.small(text, at: $0) }),
        upTo > value, upTo <= limit
      {
        return (.absolute(value), end, upTo)
      }
      // 二月十五, 三月三: a Chinese day number without 日 right after a
      // month, closed by a break, a range word or a time of day.
      if month != nil, DateNumbers.isChineseDigit(text[i]), endsBareDay(at: e) {
        return (.absolute(value), e, nil)
      }
      return nil
    }
    return wordAllowed ? word(at: i, unit: .day).map { ($0.0, $0.1, nil) } : nil
  }

  /// 他说：十二号。, 于十二号上午: a day with 号 between clause breaks (not
  /// after a bracket: （2002）3号 is a document number).
  func isLoneDay(_ r: Range<Int>) -> Bool {
    let clause: Set<Unicode.Scalar> = [",", "。", ";", ":", "!", "?", "\n", " ", "、"]
    if r.lowerBound > 0 {
      let b = text[r.lowerBound - 1]
      guard clause.contains(b) || "于在是到至从自".unicodeScalars.contains(b) else { return false }
    }
    guard r.upperBound < text.count else { return true }
    let a = text[r.upperBound]
    return clause.contains(a)
      || DateRules.timeOfDayTrie.longestMatch(in: text, from: r.upperBound) != nil
  }

  /// True when a day number without 日 may end at `e`: the end of the text,
  /// a break, a range word or a time of day (二月十五早上).
  func endsBareDay(at e: Int) -> Bool {
    guard e < text.count else { return true }
    let s = text[e]
    if isBreak(s) || s == "至" || s == "到" || s == "起" { return true }
    return DateRules.timeOfDayTrie.longestMatch(in: text, from: e) != nil
  }

  /// A date word of `unit` at `i` (同年, 次日, 今年), unless the next
  /// character makes it another word (同年龄, 同日而语).
  func word(at i: Int, unit: DateRules.Unit) -> (DateField, Int)? {
    guard i < text.count, DateRules.mayStartWord(text[i]),
      let (end, w) = DateRules.words.longestMatch(in: text, from: i),
      case .shift(let shift) = w, shift.unit == unit
    else { return nil }
    let form: DateRule = shift.deictic ? .deicticWord : .contextualWord
    // 高院今改判: 今 alone is a day only before a news verb, and not inside
    // 至今, 如今, 当今.
    if end - i == 1, text[i] == DateNewsRules.todayAlone {
      guard i == 0 || !DateNewsRules.todayJoiners.contains(text[i - 1]), precedesNewsVerb(end)
      else { return nil }
    }
    if end < text.count, DateRules.blocksWord(endingAt: text[end], last: text[end - 1], unit: unit)
    {
      log?.reject(i..<end, by: .wordBoundary, proposedBy: form)
      return nil
    }
    if unit == .year, end - i == 2, text[i] == "当", end < text.count, text[end] == "度" {
      log?.reject(i..<end + 1, by: .currentYearAttributive, proposedBy: form)
      return nil
    }
    if unit == .year, statesAnAge(after: end) {
      log?.reject(i..<end, by: .age, proposedBy: form)
      return nil
    }
    // 明日之星, 明天系, 今日头条: the day word begins a name.
    if unit == .day, DateRules.nameTails.contains(where: { matches($0, at: end) }) {
      log?.reject(i..<end, by: .nameTail, proposedBy: form)
      return nil
    }
    if text[i] == "后" || text[i] == "後", unit == .day,
      DateRules.acquiredTails.contains(where: { matches($0, at: end) })
    {
      log?.reject(i..<end, by: .acquired, proposedBy: form)
      return nil
    }
    return (shift.deictic ? .deictic(shift.offset) : .contextual(shift.offset), end)
  }

  /// 今年66岁, 今年已六十六岁: the year word introduces an age, not a date.
  func statesAnAge(after end: Int) -> Bool {
    var k = end
    if let adverb = DateRules.ageAdverbs.first(where: { matches($0, at: k) }) {
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
