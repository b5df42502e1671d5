import ChineseText

/// Money and percents: currencies before and after the number (人民币5万元,
/// 美元120万), 三成, 百分之三十五.
extension FigureScanner {
  /// The currency named right before offset `i` (人民币, 美元 …).
  func currencyBefore(_ i: Int) -> (name: String, code: String?)? {
    var k = i
    while k > 0, text[k - 1] == " " { k -= 1 }  // USD 500
    for length in [3, 2, 1] where k - length >= 0 {  // HK$ before $
      if let (end, v) = FigureUnitRules.currencyPrefixTrie.longestMatch(
        in: text, from: k - length, limit: k),
        end == k
      {
        return v
      }
    }
    return nil
  }

  func money(
    phrase: NumeralPhrase, start: Int, end: Int, currency: String?, unitName: String?,
    rule: FigureRule = .moneyUnit
  ) -> FigureCandidate? {
    var f = FigureCandidate(
      start: start, end: end, kind: .money, value: .number(phrase.value.doubleValue),
      magnitude: phrase.value.doubleValue,
      unit: unitName.map { normalizedMoneyUnit($0) } ?? "元",
      numberStart: start, rule: rule)
    f.currency = currency
    f.approximate = phrase.approximate
    if let high = phrase.upTo { f.upTo = .number(high.doubleValue) }
    return f
  }

  func normalizedMoneyUnit(_ name: String) -> String { FigureUnitSpellings.spelling(of: name) }

  /// 三成 → 30 percent (Chinese digits one to ten only: 二人成 is a verb).
  func percentCheng(phrase: NumeralPhrase, start: Int) -> FigureCandidate? {
    let e = phrase.end
    guard !phrase.arabic, phrase.upTo == nil, let v = phrase.value.integerValue,
      (1...10).contains(v)
    else { return nil }
    if e + 1 < text.count, FigureGuardRules.breaksPercentCheng(text[e + 1]) { return nil }
    var f = FigureCandidate(
      start: start, end: e + 1, kind: .percent, value: .number(Double(v * 10)),
      magnitude: Double(v * 10), unit: "成", numberStart: start, rule: .percentCheng)
    f.approximate = phrase.approximate
    return f
  }

  /// 10万方, 3000方土: 方 after a number is cubic metres when the amount
  /// ends its clause or a bulk material follows (三方协议, 双方 stay words).
  func cubicMetres(phrase: NumeralPhrase, start: Int) -> FigureCandidate? {
    let n = text.count
    let e = phrase.end
    guard let v = phrase.value.integerValue, v >= 10 || phrase.arabic else { return nil }
    let next: Unicode.Scalar? = e + 1 < n ? text[e + 1] : nil
    if let next,
      !(FigureGuardRules.isClauseBreak(next) || FigureGuardRules.bulkMaterials.contains(next)
        || "以左余多的".unicodeScalars.contains(next))
    {
      return nil
    }
    var f = FigureCandidate(
      start: start, end: e + 1, kind: .quantity, value: .number(phrase.value.doubleValue),
      magnitude: phrase.value.doubleValue, unit: "m³", numberStart: start,
      rule: .quantityCubicMetres)
    f.approximate = phrase.approximate
    if let high = phrase.upTo { f.upTo = .number(high.doubleValue) }
    return f
  }

  /// Where a full-width comma inside the number at `range` separates a list
  /// rather than digit groups, or nil when the number stands as one amount.
  ///
  /// Decision (issue 14): 12，500元 is one amount (12500) — the groups after
  /// the comma are exactly three digits, the first group 1–3 digits, and a
  /// unit follows at once. Otherwise the full-width comma separates a list
  /// (12，500 and 2，3，5名 are separate numbers). An ASCII comma before three
  /// digits always groups (1,234,567.89元).
  func listComma(in range: Range<Int>, phrase: NumeralPhrase) -> Int? {
    guard phrase.arabic else { return nil }
    var firstComma: Int?
    for k in range where text[k] == "," && document.original[k] == "\u{FF0C}" {
      firstComma = k
      break
    }
    guard let comma = firstComma else { return nil }
    let n = text.count
    var firstSeparator = range.lowerBound
    while firstSeparator < comma, ChineseNumeral.isArabicDigit(text[firstSeparator]) {
      firstSeparator += 1
    }
    let unitFollows =
      range.upperBound < n
      && FigureUnitRules.trie.longestMatch(
        in: text, from: range.upperBound, limit: min(n, range.upperBound + 6))
        != nil
    return firstSeparator - range.lowerBound <= 3 && unitFollows ? nil : comma
  }
}
