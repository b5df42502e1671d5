import ChineseText

/// Numbers that take their unit from a neighbour: list items sharing the
/// unit of the last item (`figure.list.shared-unit`), and 度 counting times
/// (`figure.count.times-du`).
extension FigureScanner {
  /// The offset after a list joiner at `k` (、 及 和 与 或 以及), or nil.
  func listJoinerEnd(at k: Int) -> Int? {
    guard k < text.count else { return nil }
    switch text[k] {
    case "、", "及", "和", "与", "或": return k + 1
    case "以" where k + 1 < text.count && text[k + 1] == "及": return k + 2
    default: return nil
    }
  }

  /// 分别有3084及2269张, 分别下降4.01、3.35个百分点, 罚款3000、5000万元: an
  /// Arabic number joined by a list joiner to more numbers, the last of which
  /// makes a figure with a unit, is a figure of the same kind and unit (a 万
  /// or 亿 on the last number scales the bare ones). Small whole numbers
  /// (3、4名) read as an approximation unless 分别 says the items are
  /// separate. Durations are left out (3、5年 is mostly a pair of years).
  func sharedUnitListItem(at i: Int) -> FigureCandidate? {
    let n = text.count
    guard ChineseNumeral.isArabicDigit(text[i]),
      let first = NumeralPhrase.scan(text, from: i, limit: min(n, i + 24)), first.arabic,
      first.upTo == nil, var k = listJoinerEnd(at: first.end), k < n,
      ChineseNumeral.isArabicDigit(text[k])
    else { return nil }
    var phrases = [first]
    var lastStart = i
    while true {
      guard phrases.count < 8,
        let p = NumeralPhrase.scan(text, from: k, limit: min(n, k + 24)), p.arabic, p.upTo == nil
      else { return nil }
      phrases.append(p)
      lastStart = k
      guard let j = listJoinerEnd(at: p.end), j < n, ChineseNumeral.isArabicDigit(text[j]) else {
        break
      }
      k = j
    }
    let lastPhrase = phrases[phrases.count - 1]
    guard let tail = figure(at: lastStart, joinRange: true), tail.start == lastStart,
      tail.upTo == nil, tail.kind != .duration, case .number(let tailValue) = tail.value,
      lastPhrase.value.doubleValue > 0
    else { return nil }
    let small = phrases.allSatisfy { $0.value.decimals == 0 && $0.value.mantissa < 10 }
    guard !small || saysRespectively(before: i) else { return nil }
    var scale = tailValue / lastPhrase.value.doubleValue
    if let mark = magnitudeMark(endingAt: lastPhrase.end), magnitudeMark(endingAt: first.end) == nil
    {
      scale *= mark
    }
    let value = first.value.doubleValue * scale
    var f = FigureCandidate(
      start: i, end: first.end, kind: tail.kind, value: .number(value), magnitude: value,
      unit: tail.unit, numberStart: i, rule: .listSharedUnit)
    f.approximate = first.approximate
    f.currency = tail.currency
    return f
  }

  /// 10 000 for a number ending in 万, 10^8 for 亿.
  func magnitudeMark(endingAt end: Int) -> Double? {
    guard end > 0 else { return nil }
    switch text[end - 1] {
    case "万": return 10_000
    case "亿": return 100_000_000
    default: return nil
    }
  }

  /// True when 分别 comes earlier in the clause that holds `i`.
  func saysRespectively(before i: Int) -> Bool {
    var k = i - 1
    while k > 0, i - k <= 24 {
      let s = text[k]
      if s == "，" || s == "," || s == "。" || s == "；" || s == ";" || s == "：" || s == ":"
        || s == "\n"
      {
        return false
      }
      if s == "别" && text[k - 1] == "分" { return true }
      k -= 1
    }
    return false
  }

  /// 兩度到同一所超級市場, 三度提出: 两–九 + 度 counts times. Not 二度 (a
  /// second degree), not before a degree's noun (三度烧伤, 两度电, 两度以上)
  /// and not after a temperature word (零下两度, 气温三度).
  func timesCount(phrase: NumeralPhrase, start: Int) -> FigureCandidate? {
    let e = phrase.end
    guard !phrase.arabic, e - start == 1, text[start] != "二", let v = phrase.value.integerValue,
      (2...9).contains(v), e + 1 < text.count
    else { return nil }
    let next = text[e + 1]
    guard next.properties.isIdeographic, !Self.degreeNouns.contains(next) else { return nil }
    if start > 0, Self.temperatureWords.contains(text[start - 1]) { return nil }
    return FigureCandidate(
      start: start, end: e + 1, kind: .count, value: .number(Double(v)), magnitude: Double(v),
      unit: "度", numberStart: start, rule: .countTimesDu)
  }

  /// Scalars after N度 that make it a degree: burns and frostbite, electricity,
  /// space, bounds, angles, heights.
  static let degreeNouns = ScalarBitmap(scalarsOf: "烧烫冻伤以左上下的电空数角高低半")
  /// Scalars before N度 that make it a temperature or a measured degree.
  static let temperatureWords = ScalarBitmap(scalarsOf: "下氏温达至到高低约近")
}
