import ChineseText

/// Halves, fractions and minutes-with-seconds (issue 14): 两吨半 = 2.5 t,
/// 半公斤 = 0.5 kg, 万分之三 = 0.03 %, 三分之一 ≈ 33.33 %, 四分之一公升 = 0.25 L,
/// 三分半钟 = PT3M30S, 四分二十秒 = PT4M20S.
///
/// A fraction is a ratio, so it is a percent (value × 100, unit %), like
/// 百分之; with a physical unit after it, it is that quantity (四分之一公升).
extension FigureScanner {
  /// X分之Y at `i` (百分之三十五, 千分之三, 万分之三, 三分之一): the denominator
  /// is a numeral or 百/千/万.
  func fraction(at i: Int) -> FigureCandidate? {
    let n = text.count
    var k = i
    let denominator: ExactNumber
    if "百千万".unicodeScalars.contains(text[i]), i + 1 < n, text[i + 1] == "分" {
      denominator = ExactNumber(text[i] == "百" ? 100 : text[i] == "千" ? 1000 : 10_000)
      k = i + 1
    } else {
      guard let d = ChineseNumeral.scan(text, from: i, limit: min(n, i + 8)) else { return nil }
      denominator = d.value
      k = d.end
    }
    // 按日万分之五, 每日加收万分之五: a rate per period, as a rule states it (滞纳金).
    let perPeriod = isRatePerPeriod(before: i)
    if perPeriod, !isAgreedRate(before: i) {
      return reject(.ratePerPeriod, i, i + 1, proposedBy: .percentFraction)
    }
    guard k + 2 < n, text[k] == "分", text[k + 1] == "之", denominator.mantissa > 0,
      let p = NumeralPhrase.scan(text, from: k + 2, limit: min(n, k + 22))
    else { return nil }
    let ratio = p.value.doubleValue / denominator.doubleValue
    // 四分之一公升: a share of a physical unit is that quantity.
    if let (unitEnd, unit) = FigureUnitRules.trie.longestMatch(
      in: text, from: p.end, limit: min(n, p.end + 6)), unit.role == .quantity
    {
      var f = FigureCandidate(
        start: i, end: unitEnd, kind: .quantity, value: .number(ratio), magnitude: ratio,
        unit: FigureUnitSpellings.spelling(of: unit.name), numberStart: i, rule: .quantityFraction)
      f.approximate = p.approximate
      return withApproximationPrefix(withSuffix(f))
    }
    let decimal = denominator.integerValue.map { [100, 1000, 10_000].contains($0) } ?? false
    // 不能清偿部分的二分之一: a share of a whole named before 的 is a proportion.
    if !decimal, i > 0, text[i - 1] == "的" {
      return reject(.shareOfWhole, i, p.end, proposedBy: .percentFraction)
    }
    // 百分之三十五 → 35; 千分之三 → 0.3; 三分之一 → 33.33…
    let percent: Double
    if let high = denominator.integerValue, [100, 1000, 10_000].contains(high) {
      let shift = high == 100 ? 0 : high == 1000 ? 1 : 2
      percent =
        ExactNumber(mantissa: p.value.mantissa, decimals: p.value.decimals + shift).doubleValue
    } else {
      percent = ratio * 100
    }
    var f = FigureCandidate(
      start: i, end: p.end, kind: .percent, value: .number(percent), magnitude: percent, unit: "%",
      numberStart: i, rule: perPeriod ? .percentAgreedRate : .percentFraction)
    f.approximate = p.approximate
    if let high = p.upTo {
      f.upTo = .number(high.doubleValue / denominator.doubleValue * 100)
    }
    f = withSuffix(f)
    // 三分之二以上成员同意: a share bounded by 以上/以下 is a quorum or a
    // threshold, the shape of a rule (百分之 keeps its bound: 增长30%以上).
    if !["百", "千", "万"].contains(text[i]), f.approximate, f.end >= 2, text[f.end - 2] == "以" {
      return reject(.quorum, f.start, f.end, proposedBy: f.rule)
    }
    if isStatutory(f) { return reject(.statutory, f.start, f.end, proposedBy: f.rule) }
    return withApproximationPrefix(f)
  }

  /// True when 按日, 每日, 按月 or 每月 (or a bare 日/月 right before) stands
  /// shortly before `i` in the same clause.
  func isRatePerPeriod(before i: Int) -> Bool {
    if i >= 1, text[i - 1] == "日" || text[i - 1] == "月" { return true }
    var k = i - 1
    while k >= 1, i - k <= 6, !FigureGuardRules.isClauseBreak(text[k]) {
      if "日月天".unicodeScalars.contains(text[k]), text[k - 1] == "按" || text[k - 1] == "每" {
        return true
      }
      k -= 1
    }
    return false
  }

  /// True when 约定 or 违约金 stands before `i` in its sentence (within
  /// `FigureGuardRules.agreedRateReach`): the rate is the parties'.
  func isAgreedRate(before i: Int) -> Bool {
    var k = i - 1
    while k >= 0, i - k <= FigureGuardRules.agreedRateReach,
      !FigureGuardRules.agreedRateSentenceEnds.contains(text[k])
    {
      if text[k] == "约" || text[k] == "违",
        FigureGuardRules.agreedRateCues.longestMatch(in: text, from: k, limit: i) != nil
      {
        return true
      }
      k -= 1
    }
    return false
  }

  /// 半公斤, 半公升: half of a physical unit.
  func halfQuantity(at i: Int) -> FigureCandidate? {
    let n = text.count
    if i > 0, "上下前后每同多大一过减折".unicodeScalars.contains(text[i - 1]) { return nil }
    guard
      let (end, unit) = FigureUnitRules.trie.longestMatch(
        in: text, from: i + 1, limit: min(n, i + 5)),
      unit.role == .quantity, unit.name.unicodeScalars.first?.isASCII == false
    else { return nil }
    let f = FigureCandidate(
      start: i, end: end, kind: .quantity, value: .number(0.5), magnitude: 0.5,
      unit: FigureUnitSpellings.spelling(of: unit.name), numberStart: i, rule: .quantityHalf)
    return withApproximationPrefix(withSuffix(f))
  }

  /// 三分半钟, 四分二十秒: minutes written with a bare 分, which only a
  /// following 半钟 or seconds make a duration.
  func minutesAndSeconds(phrase: NumeralPhrase, start: Int) -> FigureCandidate? {
    let n = text.count
    let e = phrase.end
    guard e + 2 < n, text[e] == "分", phrase.upTo == nil, phrase.value.integerValue != nil else {
      return nil
    }
    var parts: [(DurationPart, ExactNumber)] = [(.minute, phrase.value)]
    var end: Int
    if text[e + 1] == "半", text[e + 2] == "钟" {
      parts.append((.second, ExactNumber(30)))
      end = e + 3
    } else if let s = NumeralPhrase.scan(text, from: e + 1, limit: min(n, e + 6)), s.upTo == nil,
      s.end < n, text[s.end] == "秒"
    {
      parts.append((.second, s.value))
      end = s.end + 1
      if end < n, text[end] == "钟" { end += 1 }
    } else {
      return nil
    }
    var f = FigureCandidate(
      start: start, end: end, kind: .duration, value: .duration(Self.iso(parts)),
      magnitude: Self.days(parts), unit: "分", numberStart: start, rule: .durationMinutesSeconds)
    f.approximate = phrase.approximate
    return f
  }

  /// 两吨半, 三斤半: a half after a physical unit adds half of it.
  func withTrailingHalf(_ f: FigureCandidate) -> FigureCandidate {
    guard f.kind == .quantity, f.upTo == nil, f.end < text.count, text[f.end] == "半",
      case .number(let v) = f.value, v.rounded() == v
    else { return f }
    var f = f
    f.value = .number(v + 0.5)
    f.magnitude = v + 0.5
    f.end += 1
    return f
  }

  /// 九两半, 3两, 二两, 三十两, 两万两: 两 after a number is the weight unit
  /// (50 g) when a half follows it, the number is in digits, or the numeral
  /// is 二 or ends in a unit; 一两个, 三两人 and 两年 stay numerals.
  func liangWeight(phrase: NumeralPhrase, start: Int) -> FigureCandidate? {
    let n = text.count
    let e = phrase.end
    guard e < n, text[e] == "两", phrase.upTo == nil, e > start else { return nil }
    let half = e + 1 < n && text[e + 1] == "半"
    let written =
      phrase.arabic || (e - start == 1 && text[start] == "二")
      || ChineseNumeral.isUnitScalar(text[e - 1])
    guard half || written else { return nil }
    // 两个, 两人, 两年: a unit after 两 makes it the numeral 2.
    if !half, e + 1 < n,
      FigureUnitRules.trie.longestMatch(in: text, from: e + 1, limit: min(n, e + 5)) != nil
        || ChineseNumeral.isNumeralScalar(text[e + 1])
    {
      return nil
    }
    let v = phrase.value.doubleValue + (half ? 0.5 : 0)
    var f = FigureCandidate(
      start: start, end: e + (half ? 2 : 1), kind: .quantity, value: .number(v), magnitude: v,
      unit: "两", numberStart: start, rule: .quantityLiang)
    f.approximate = phrase.approximate
    return f
  }
}
