import ChineseText

/// Characters that are numerals only in some company: the financial forms
/// that are also words (陸船 "mainland boat", 大陆, 队伍, 收拾), and 双 as
/// two vessels (双艇).
extension FigureScanner {
  /// True when the financial numeral character at `i` (陆, 拾, 伍, 参, 肆)
  /// stands as a word: no financial digit, numeral unit or 元 beside it
  /// (陆佰元, 壹拾陆, 伍元 stay numerals).
  func isFinancialWord(at i: Int) -> Bool {
    guard FigureGuardRules.financialWordCharacters.contains(text[i]) else { return false }
    if i + 1 < text.count {
      let next = text[i + 1]
      if FigureGuardRules.financialNumerals.contains(next) || ChineseNumeral.isUnitScalar(next) {
        return false
      }
    }
    if i > 0 {
      let prev = text[i - 1]
      if FigureGuardRules.financialNumerals.contains(prev) || ChineseNumeral.isUnitScalar(prev) {
        return false
      }
    }
    return true
  }

  /// 在海巡队双艇戒护下: 双 before a vessel counts two of them.
  func pairCount(at i: Int) -> FigureCandidate? {
    let n = text.count
    guard i + 1 < n,
      let (end, _) = FigureUnitRules.pairNounTrie.longestMatch(
        in: text, from: i + 1, limit: min(n, i + 3))
    else { return nil }
    var f = FigureCandidate(
      start: i, end: end, kind: .count, value: .number(2), magnitude: 2,
      unit: document.foldedText(i + 1..<end), numberStart: i, rule: .countPair)
    f.subject = f.unit
    return f
  }
}
