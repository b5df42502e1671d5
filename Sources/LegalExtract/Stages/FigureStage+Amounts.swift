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

  func money(phrase: NumeralPhrase, start: Int, end: Int, currency: String?, unitName: String?)
    -> FigureCandidate?
  {
    var f = FigureCandidate(
      start: start, end: end, kind: .money, value: .number(phrase.value.doubleValue),
      magnitude: phrase.value.doubleValue,
      unit: unitName == nil ? "元" : normalizedMoneyUnit(unitName!),
      numberStart: start)
    f.currency = currency
    f.approximate = phrase.approximate
    if let high = phrase.upTo { f.upTo = .number(high.doubleValue) }
    return f
  }

  func normalizedMoneyUnit(_ name: String) -> String {
    name == "块钱" || name == "元人民币" || name == "人民币" ? "元" : name
  }

  /// 三成 → 30 percent (Chinese digits one to ten only: 二人成 is a verb).
  func percentCheng(phrase: NumeralPhrase, start: Int) -> FigureCandidate? {
    let e = phrase.end
    guard !phrase.arabic, phrase.upTo == nil, let v = phrase.value.integerValue,
      (1...10).contains(v)
    else { return nil }
    if e + 1 < text.count, FigureGuardRules.breaksPercentCheng(text[e + 1]) { return nil }
    var f = FigureCandidate(
      start: start, end: e + 1, kind: .percent, value: .number(Double(v * 10)),
      magnitude: Double(v * 10), unit: "成", numberStart: start)
    f.approximate = phrase.approximate
    return f
  }

  /// 百分之三十五 → 35.
  func percentInWords(at i: Int) -> FigureCandidate? {
    let s = i + 3
    guard let p = NumeralPhrase.scan(text, from: s, limit: min(text.count, s + 20)) else {
      return nil
    }
    var f = FigureCandidate(
      start: i, end: p.end, kind: .percent, value: .number(p.value.doubleValue),
      magnitude: p.value.doubleValue, unit: "%", numberStart: i)
    f.approximate = p.approximate
    if let high = p.upTo { f.upTo = .number(high.doubleValue) }
    return withApproximationPrefix(withSuffix(f))
  }
}
