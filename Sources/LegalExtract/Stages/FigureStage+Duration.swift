import ChineseText

/// Durations as ISO 8601 (有期徒刑三年六个月 → "P3Y6M", 三小时 → "PT3H"), and
/// the penalties without a term (无期徒刑, 死刑).
extension FigureScanner {
  /// The value given to 无期徒刑 and 死刑, with `penalty` saying which (see the
  /// report): not a length of time, so not an ISO duration.
  static let lifeImprisonment = (value: "life", penalty: "life-imprisonment")
  static let death = (value: "death", penalty: "death")

  /// The offset of 每 when it stands one to `FigureGuardRules.perVerbReach`
  /// Han scalars before `start` (每逾期一日, 每迟延一天): a rate's period.
  /// 每 right before the number (每一年) is a point in time, read elsewhere.
  func perPeriodStart(before start: Int) -> Int? {
    var k = start - 2
    while k >= 0, start - k <= FigureGuardRules.perVerbReach + 1 {
      let s = text[k + 1]
      guard s.properties.isIdeographic, !ChineseNumeral.isNumeralScalar(s) else { return nil }
      if text[k] == "每" { return k }
      k -= 1
    }
    return nil
  }

  func duration(
    phrase: NumeralPhrase, start: Int, unit: FigureUnit, part: DurationPart,
    unitStart: Int, unitEnd: Int
  ) -> FigureCandidate? {
    let n = text.count
    let next: Unicode.Scalar? = unitEnd < n ? text[unitEnd] : nil
    func date() -> FigureCandidate? {
      reject(.yearIsDate, start, unitEnd, proposedBy: .durationUnit)
    }
    func day() -> FigureCandidate? { reject(.dayIsDate, start, unitEnd, proposedBy: .durationUnit) }
    func term() -> FigureCandidate? {
      reject(.termAdjective, start, unitEnd + 1, proposedBy: .durationUnit)
    }
    var contractTerm = false
    switch part {
    case .year:
      // 2023年, 90年代, 三年级, 年底: dates and grades, not terms.
      if phrase.value.doubleValue > 70 { return date() }
      if let s = next, "代级度底初末".unicodeScalars.contains(s) { return date() }
      // 2023年中 is mid-year, 一年中 "in a year"; 婚姻存续的十二年中 is a span.
      if next == "中",
        phrase.arabic || phrase.value.integerValue == 1 || !isWrittenNumeral(start, phrase.end)
      {
        return date()
      }
      if isTermAdjective(unitEnd) {
        guard isContractTerm(unitEnd + 1) else { return term() }
        contractTerm = true
      }
      // 23年5月 is a date, but 有期徒刑3年6月 is an older way to write a term.
      if dateFollowsYear(unitEnd) && !followsPenaltyWord(start) { return date() }
    case .week where unit.name == "周":
      if let s = next, s == "岁" || s == "年" { return day() }  // 18周岁 is an age
      // 抽屉四周镶有…: 周 alone is "all around"; a term shows itself.
      if !weekIsDuration(start: start, unitEnd: unitEnd) { return day() }
    case .month:
      if isTermAdjective(unitEnd) {
        guard isContractTerm(unitEnd + 1) else { return term() }
        contractTerm = true
      }
    case .day where unit.name == "日":
      if !dayIsDuration(start: start, unitEnd: unitEnd) { return day() }
    default:
      break
    }
    if phrase.value.integerValue == 1, start > 0,
      FigureGuardRules.blocksDurationOfOne(text[start - 1])
    {
      return reject(.pointInTime, start - 1, unitEnd, proposedBy: .durationUnit)
    }
    // 每逾期一日应承担1000元, 每迟延一天, 每延误一个月: the period a rate is
    // counted per, not a length of the facts.
    if let per = perPeriodStart(before: start) {
      return reject(.rateBase, per, unitEnd, proposedBy: .durationUnit)
    }
    // 2016年4月的一天: "one day" of a time named before it.
    if phrase.value.integerValue == 1, part == .day, start > 0, text[start - 1] == "的",
      next != "内", next != "之", next != "以"
    {
      return reject(.pointInTime, start - 1, unitEnd, proposedBy: .durationUnit)
    }
    // 前两天，…: "the other day" opening a clause.
    if part == .day, unit.name == "天", start >= 1, text[start - 1] == "前",
      start == 1 || FigureGuardRules.isClauseBreak(text[start - 2]), next == ","
    {
      return reject(.timeAgo, start - 1, unitEnd, proposedBy: .durationUnit)
    }
    // 一天晚上, 一日下午: "one evening", a time, not a period.
    if phrase.value.integerValue == 1, part == .day,
      FigureGuardRules.timeOfDayTrie.longestMatch(
        in: text, from: unitEnd, limit: min(n, unitEnd + 2)) != nil
    {
      return reject(.pointInTime, start, unitEnd + 2, proposedBy: .durationUnit)
    }
    var parts: [(DurationPart, ExactNumber)] = [(part, phrase.value)]
    var approximate = phrase.approximate || unit.approximate
    var last = part
    if unit.half {
      let half = Self.half(of: part)
      parts.append(half)
      last = half.0
    }
    var e = unitEnd
    while e < n {
      if text[e] == "半", part == .year, parts.count == 1 {  // 一年半
        parts.append((.month, ExactNumber(6)))
        last = .month
        e += 1
        continue
      }
      if NumeralPhrase.isApproximationMark(text[e]) {  // 一年多, 十年余
        approximate = true
        e += 1
        break
      }
      // The next, smaller part: 三年|六个月, 一个月|十五日, 4年零3个月.
      let joiner =
        (text[e] == "零" || text[e] == "又") && e + 1 < n
        && ChineseNumeral.isArabicDigit(text[e + 1]) || text[e] == "又"
      let partStart = joiner ? e + 1 : e
      guard partStart < n, ChineseNumeral.isNumeralScalar(text[partStart]),
        let p = NumeralPhrase.scan(text, from: partStart, limit: min(n, partStart + 12)),
        p.upTo == nil,
        p.end < n
      else { break }
      // 108小时30分: a bare 分 after hours is minutes (not 30分之一).
      if last == .hour, text[p.end] == "分", !(p.end + 1 < n && text[p.end + 1] == "之") {
        parts.append((.minute, p.value))
        last = .minute
        e = p.end + 1
        continue
      }
      if last == .year, text[p.end] == "月", followsPenaltyWord(start) {  // 3年6月
        parts.append((.month, p.value))
        last = .month
        e = p.end + 1
        continue
      }
      guard
        let (uEnd, u) = FigureUnitRules.trie.longestMatch(
          in: text, from: p.end, limit: min(n, p.end + 6)),
        case .duration(let smaller) = u.role, smaller > last
      else { break }
      parts.append((smaller, p.value))
      last = smaller
      if u.half {
        let half = Self.half(of: smaller)
        parts.append(half)
        last = half.0
      }
      approximate = approximate || p.approximate || u.approximate
      e = uEnd
    }
    // 15年以上树龄: an age.
    if part == .year, isAge(after: e) { return reject(.age, start, e, proposedBy: .durationUnit) }
    // 三年前, 十天前: a point in time, not a period.
    if e < n, text[e] == "前" { return reject(.timeAgo, start, e + 1, proposedBy: .durationUnit) }
    if part == .year, parts.count == 1, phrase.upTo == nil, !approximate,
      phrase.value.integerValue == 1, isYearInReview(start: start, end: e)
    {
      return reject(.yearInReview, start, e, proposedBy: .durationUnit)
    }
    if isReportingPeriod(start: start, end: e) {
      return reject(.reportingPeriod, start, e, proposedBy: .durationUnit)
    }
    // 三年期固定期限劳动合同: the term's 期 belongs to the figure.
    let termEnd = contractTerm && e == unitEnd && e < n && text[e] == "期" ? e + 1 : e
    var f = FigureCandidate(
      start: start, end: termEnd, kind: .duration, value: .duration(Self.iso(parts)),
      magnitude: Self.days(parts), unit: unit.name, numberStart: start,
      rule: contractTerm && termEnd > e ? .durationContractTerm : .durationUnit)
    f.approximate = approximate
    if let high = phrase.upTo, parts.count == 1 { f.upTo = .duration(Self.iso([(part, high)])) }
    return f
  }

  /// 半年, 半个月, 半小时 standing alone (not 上半年, a date).
  func halfDuration(at i: Int) -> FigureCandidate? {
    let n = text.count
    if i > 0, "上下前后每同".unicodeScalars.contains(text[i - 1]) {
      return reject(.pointInTime, i - 1, i + 1, proposedBy: .durationHalf)
    }
    guard
      let (end, unit) = FigureUnitRules.trie.longestMatch(
        in: text, from: i + 1, limit: min(n, i + 5)),
      case .duration(let part) = unit.role, !unit.half,
      part == .year || part == .month || part == .hour
    else { return nil }
    let halfPart = Self.half(of: part)
    let parts = [halfPart]
    if end < n, part == .year, "度底初末".unicodeScalars.contains(text[end]) {
      return reject(.yearIsDate, i, end + 1, proposedBy: .durationHalf)
    }
    var f = FigureCandidate(
      start: i, end: end, kind: .duration, value: .duration(Self.iso(parts)),
      magnitude: Self.days(parts), unit: unit.name, numberStart: i, rule: .durationHalf)
    f = withApproximationPrefix(f)
    return f
  }

  /// 判处无期徒刑, 判处死刑 (not 最高刑期为死刑的): a penalty a user can find by
  /// `penalty`.
  func penalty(at i: Int) -> FigureCandidate? {
    let n = text.count
    let life = Array("无期徒刑".unicodeScalars)
    let death = Array("死刑".unicodeScalars)
    let word: [Unicode.Scalar]
    if text[i] == "无", i + life.count <= n, Array(text[i..<i + life.count]) == life {
      word = life
    } else if text[i] == "死", i + death.count <= n, Array(text[i..<i + death.count]) == death {
      word = death
    } else {
      return nil
    }
    let end = i + word.count
    let rule: FigureRule = word == life ? .lifeImprisonment : .death
    if i > 0, text[i - 1] == "为" || text[i - 1] == "或" {
      return reject(.penaltyNotImposed, i, end, proposedBy: rule)
    }
    if end < n, text[end] == "的" || text[end] == "罪" || text[end] == "或" {
      return reject(.penaltyNotImposed, i, end, proposedBy: rule)
    }
    // Must be imposed: 判 (判处, 改判, 判决), 核准 or 决定执行 earlier in the
    // sentence (判处无期徒刑…；决定执行无期徒刑: each is a penalty).
    var k = i - 1
    var imposed = false
    while k >= 0, i - k <= 20 {
      let s = text[k]
      if s == "。" || s == ";" || s == "\n" { break }
      if s == "判" || (s == "核" && k + 1 < n && text[k + 1] == "准")
        || (s == "执" && k + 1 < n && text[k + 1] == "行" && k >= 2 && text[k - 2] == "决"
          && text[k - 1] == "定")
      {
        imposed = true
        break
      }
      k -= 1
    }
    guard imposed else { return reject(.penaltyNotImposed, i, end, proposedBy: rule) }
    let p = word == life ? Self.lifeImprisonment : Self.death
    var f = FigureCandidate(
      start: i, end: end, kind: .duration, value: .duration(p.value), magnitude: 1e9,
      unit: nil, numberStart: i, rule: rule)
    f.penalty = p.penalty
    return f
  }

  /// True when an age word (树龄, 房龄) follows the years at `e`, maybe
  /// after a bound (15年以上树龄, 十年左右的房龄).
  func isAge(after e: Int) -> Bool {
    let n = text.count
    var k = e
    if let (end, _) = FigureGuardRules.ageBoundTrie.longestMatch(
      in: text, from: k, limit: min(n, k + 3))
    {
      k = end
    }
    return FigureGuardRules.ageTrie.longestMatch(in: text, from: k, limit: min(n, k + 2)) != nil
  }

  /// True when a sentence word (徒刑, 拘役, 缓刑, 管制) ends just before `start`.
  func followsPenaltyWord(_ start: Int) -> Bool {
    guard start >= 2 else { return false }
    let a = text[start - 2]
    let b = text[start - 1]
    return (a == "徒" && b == "刑") || (a == "拘" && b == "役") || (a == "缓" && b == "刑")
      || (a == "管" && b == "制") || (a == "缓" && b == "期")
  }

  /// True when a month (and maybe a day) follows 年: 23年5月 is a date.
  func dateFollowsYear(_ e: Int) -> Bool {
    let n = text.count
    guard e < n, ChineseNumeral.isNumeralScalar(text[e]),
      let p = ChineseNumeral.scan(text, from: e, limit: min(n, e + 3)), p.end < n
    else { return false }
    return text[p.end] == "月"
  }

  /// X日 is a term only with evidence: 十日内, 拘留五日, 之日起十五日; a bare
  /// 26日 (19日及26日) is a date.
  func dayIsDuration(start: Int, unitEnd: Int) -> Bool {
    let n = text.count
    if start > 0, text[start - 1] == "月" || text[start - 1] == "、" { return false }
    // 13日至26日: the day that ends a date range is a date.
    if start > 1, DateRules.isRangeConnector(text[start - 1]) || text[start - 1] == " ",
      isDayEnd(before: start - 1)
    {
      return false
    }
    if unitEnd < n {
      let s = text[unitEnd]
      if s == "内" || s == "后" || s == "左" || s == "期" { return true }
      if unitEnd + 1 < n {
        let pair = (s, text[unitEnd + 1])
        if pair == ("以", "内") || pair == ("之", "内") || pair == ("以", "上") || pair == ("为", "限")
          || pair == ("的", "期") || pair == ("时", "间")
        {
          return true
        }
      }
    }
    // Cues just before the number (same clause, a few characters back).
    var k = start - 1
    while k >= 0, start - k <= 6 {
      let s = text[k]
      if FigureGuardRules.isClauseBreak(s) { break }
      // 厅长缐杰2日在北京: 长 ends a post title (a person), it says no "long".
      if s == "长", k > 0, FigureGuardRules.postTitleLeads.contains(text[k - 1]) {
        k -= 1
        continue
      }
      if s == "起" || s == "期" || s == "续" || s == "达" || s == "过" || s == "长" || s == "共"
        || s == "前"
        || s == "留" || s == "役" || s == "押" || s == "时" || s == "停" || s == "延"
      {
        return true
      }
      k -= 1
    }
    return false
  }

  /// True when 日/号 ends a day shortly before `k` (13日至, 13日 到).
  func isDayEnd(before k: Int) -> Bool {
    var j = k - 1
    while j >= 0, k - j <= 2, text[j] == " " || DateRules.isRangeConnector(text[j]) { j -= 1 }
    return j >= 1 && (text[j] == "日" || text[j] == "号")
      && ChineseNumeral.isNumeralScalar(text[j - 1])
  }

  /// 一年期贷款利率, 三年期国债: X年期 names a product, not a term
  /// (期满, 期间, 期限, 期内 stay terms).
  func isTermAdjective(_ unitEnd: Int) -> Bool {
    let n = text.count
    guard unitEnd < n, text[unitEnd] == "期" else { return false }
    guard unitEnd + 1 < n else { return true }
    return !"满间限内".unicodeScalars.contains(text[unitEnd + 1])
  }

  /// True when a contract noun (合同, 协议) follows `from` within
  /// `FigureGuardRules.contractTermReach` scalars of the same clause, before
  /// any rate or price word: X年期 at `from - 1` is that contract's term.
  func isContractTerm(_ from: Int) -> Bool {
    let n = text.count
    var j = from
    while j < n, j - from < FigureGuardRules.contractTermReach {
      let s = text[j]
      if FigureGuardRules.isClauseBreak(s) || FigureGuardRules.contractTermStops.contains(s) {
        return false
      }
      if FigureGuardRules.contractNounFirsts.contains(s),
        let (end, _) = FigureGuardRules.contractNounTrie.longestMatch(
          in: text, from: j, limit: min(n, j + 2)), end > j
      {
        return true
      }
      j += 1
    }
    return false
  }

  /// X周 is a length of time only with evidence: 两周内, 四周后, 为期三周,
  /// 持续两周; else 四周 is "all around", 一周 a lap.
  func weekIsDuration(start: Int, unitEnd: Int) -> Bool {
    let n = text.count
    if unitEnd < n, "内后以之左时多余前来".unicodeScalars.contains(text[unitEnd]) { return true }
    var k = start - 1
    while k >= 0, start - k <= 5 {
      let s = text[k]
      if FigureGuardRules.isClauseBreak(s) { break }
      if "期续达过长共历隔用休住近约逾满内前仅每".unicodeScalars.contains(s) { return true }
      k -= 1
    }
    return false
  }

  static func half(of part: DurationPart) -> (DurationPart, ExactNumber) {
    switch part {
    case .year: return (.month, ExactNumber(6))
    case .month: return (.day, ExactNumber(15))
    case .week: return (.day, ExactNumber(mantissa: 35, decimals: 1))
    case .day: return (.hour, ExactNumber(12))
    case .hour: return (.minute, ExactNumber(30))
    case .minute: return (.second, ExactNumber(30))
    case .second: return (.second, ExactNumber(mantissa: 5, decimals: 1))
    }
  }

  /// ISO 8601: "P3Y6M", "P1M15D", "PT3H", "P1DT12H".
  static func iso(_ parts: [(DurationPart, ExactNumber)]) -> String {
    var date = "P"
    var time = ""
    for (part, value) in parts.sorted(by: { $0.0 < $1.0 }) {
      if part.isTime {
        time += value.description + part.designator
      } else {
        date += value.description + part.designator
      }
    }
    return time.isEmpty ? date : date + "T" + time
  }

  static func days(_ parts: [(DurationPart, ExactNumber)]) -> Double {
    parts.reduce(0) { $0 + $1.1.doubleValue * $1.0.days }
  }

  /// 幫助洗錢罪判6月, 處有期徒刑3月, 判囚 7 月: a count of months with a bare
  /// 月, right after a sentencing word (`DateCalendarRules.termWordEnds`,
  /// which keeps the dates stage from reading it as a calendar month).
  func termMonths(phrase: NumeralPhrase, start: Int) -> FigureCandidate? {
    let e = phrase.end
    guard e < text.count, text[e] == "月", let v = phrase.value.integerValue, (1...120).contains(v),
      phrase.upTo == nil
    else { return nil }
    var k = start - 1
    while k >= 0, text[k] == " " { k -= 1 }
    // 年 is the 1年6月 form, read with its years by the duration rule.
    guard k >= 0, text[k] != "年", DateCalendarRules.closesTermWord(text[k]) else { return nil }
    var f = FigureCandidate(
      start: start, end: e + 1, kind: .duration, value: .duration("P\(v)M"),
      magnitude: Double(v) * DurationPart.month.days, unit: "月", numberStart: start,
      rule: .durationTermMonths)
    f.approximate = phrase.approximate
    return f
  }
}
