import ChineseText

/// Numbers that name a class or a base, not a quantity of the facts
/// (ANNOTATION.md; blind batch B4): 偷逃税额千万元以上重特大走私犯罪案件80起
/// counts cases of a class; 每10万美元收取300元 states a rate's base; 今年前10
/// 个月 is a reporting period; 创下十年来新高 a comparison.
extension FigureScanner {
  /// An amount marked as a bound (以上, 过, 超过) that qualifies a kind of case
  /// the text then counts: 千万元以上重特大走私犯罪案件80起, 案值过千万元“水客”
  /// 团伙走私案件23起.
  func isCategoryThreshold(_ f: FigureCandidate) -> Bool {
    guard f.kind == .money || f.kind == .quantity else { return false }
    let n = text.count
    let bound =
      (f.end >= 2 && text[f.end - 2] == "以" && text[f.end - 1] == "上")
      || wordStart(FigureGuardRules.boundPrefixTrie, endingAt: f.start) != nil
    guard bound else { return false }
    var k = f.end
    if k < n, text[k] == "的" { k += 1 }
    let limit = min(n, k + 18)
    while k < limit {
      let s = text[k]
      if s == "“" || s == "”" || s == "\"" {
        k += 1
        continue
      }
      guard s.properties.isIdeographic, !ChineseNumeral.isNumeralScalar(s) else { return false }
      if let (end, _) = FigureGuardRules.caseClassTrie.longestMatch(
        in: text, from: k, limit: min(n, k + 3)),
        end < n, ChineseNumeral.isNumeralScalar(text[end])
      {
        return true  // …案件80起: the class is counted next
      }
      k += 1
    }
    return false
  }

  /// 每10万美元收取300元: an amount right after 每 is the base of a rate.
  func isRateBase(_ f: FigureCandidate) -> Bool {
    (f.kind == .money || f.kind == .quantity) && f.numberStart > 0 && text[f.numberStart - 1] == "每"
  }

  /// 今年前10个月, 2023年前三季度: a part of a year named by its length is a
  /// reporting period; 创下十年来新高 is a comparison, not a term. Looking
  /// back (FigurePeriodRules): 近5年来, 过去五年, and X年来 before a body's
  /// report (30年来，宁波海事法院…) are reporting periods too.
  func isReportingPeriod(start: Int, end: Int) -> Bool {
    let n = text.count
    if start >= 2, text[start - 1] == "前", text[start - 2] == "年" { return true }
    if wordStart(FigurePeriodRules.lookBackTrie, endingAt: start) != nil { return true }
    // 检察机关4年办理…: the body stands before the period, its work after it.
    if wordStart(FigurePeriodRules.reportingBodyTrie, endingAt: start) != nil,
      FigurePeriodRules.reportingVerbTrie.longestMatch(in: text, from: end, limit: min(n, end + 2))
        != nil
    {
      return true
    }
    // 年来, 年以来: since then.
    var since = end
    if since + 1 < n, text[since] == "以", text[since + 1] == "来" { since += 1 }
    guard since < n, text[since] == "来" else { return false }
    since += 1
    if FigureGuardRules.comparisonTrie.longestMatch(in: text, from: since, limit: min(n, since + 3))
      != nil
    {
      return true
    }
    if start > 0, text[start - 1] == "近" { return true }
    return since < n && text[since] == "," && reportingBodyLeads(clauseAt: since + 1)
  }

  /// True when a reporting body (法院, 检察机关, 该院) stands near the head of
  /// the clause starting at `start`.
  func reportingBodyLeads(clauseAt start: Int) -> Bool {
    let n = text.count
    var k = start
    while k < n, k - start < FigurePeriodRules.bodyReach {
      if FigureGuardRules.isClauseBreak(text[k]) { return false }
      if FigurePeriodRules.reportingBodyTrie.longestMatch(in: text, from: k, limit: min(n, k + 6))
        != nil
      {
        return true
      }
      k += 1
    }
    return false
  }
}
