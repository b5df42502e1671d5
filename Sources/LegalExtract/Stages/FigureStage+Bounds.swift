import ChineseText

/// Numbers after a comparison or a maximum (FigureBoundRules): a measured
/// fact, or a bound a rule sets.
extension FigureScanner {
  /// Where a comparison word (小于, 大于或者等于) ending at `start` begins.
  func comparisonStart(endingAt start: Int) -> Int? {
    var s = max(0, start - 6)
    while s < start {
      if let (end, _) = FigureBoundRules.comparisonTrie.longestMatch(
        in: text, from: s, limit: start),
        end == start
      {
        return s
      }
      s += 1
    }
    return nil
  }

  /// 酒精含量大于或者等于80mg/100ml的, 标准为宽度小于…: a comparison states a
  /// rule when a condition closes it (…的) or a rule word stands before it in
  /// the clause; 检票通道宽度小于900mm is a measurement.
  func isRuleComparison(_ f: FigureCandidate, comparisonStart: Int) -> Bool {
    if f.end < text.count, text[f.end] == "的" { return true }
    if endsConditionClause(after: f.end) { return true }
    var k = comparisonStart - 1
    while k >= 0, comparisonStart - k <= 20 {
      if FigureGuardRules.isClauseBreak(text[k]) { return false }
      if FigureBoundRules.ruleWordTrie.longestMatch(in: text, from: k, limit: comparisonStart)
        != nil
      {
        return true
      }
      k -= 1
    }
    return false
  }

  /// 按照每平方米100元以上进行处罚: a bounded amount per unit is a rule's rate.
  func isBoundedRatePerUnit(_ f: FigureCandidate) -> Bool {
    guard f.kind == .money, f.end >= 2, text[f.end - 2] == "以",
      text[f.end - 1] == "上" || text[f.end - 1] == "下"
    else { return false }
    let start = f.numberStart
    for length in 1...4 where start - length >= 1 {
      if let (end, _) = FigureUnitRules.trie.longestMatch(
        in: text, from: start - length, limit: start),
        end == start, text[start - length - 1] == "每"
      {
        return true
      }
    }
    return false
  }

  /// 最高可裁罚新台币240万元, 最高可处以5万元: the most a rule allows, with a
  /// currency maybe written between the verb and the number.
  func isStatutoryMaximum(_ f: FigureCandidate) -> Bool {
    guard f.kind == .money || f.kind == .duration else { return false }
    var k = f.numberStart
    while k > 0, text[k - 1] == " " { k -= 1 }
    if let prefix = currencyBefore(k) { k -= prefix.name.unicodeScalars.count }
    // 最高可处以罚款5万元: up to two penalty verbs.
    for _ in 0..<2 {
      guard let verbStart = wordStart(FigureBoundRules.penaltyVerbTrie, endingAt: k) else { break }
      k = verbStart
    }
    return wordStart(FigureBoundRules.maximumModalTrie, endingAt: k) != nil
  }
}
