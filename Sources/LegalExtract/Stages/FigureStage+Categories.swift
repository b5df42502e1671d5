import ChineseText

/// Numbers that name a class or a base, not a quantity of the facts
/// (ANNOTATION.md; blind batch B4): 偷逃税额千万元以上重特大走私犯罪案件80起
/// counts cases of a class; 每10万美元收取300元 states a rate's base; 今年前10
/// 个月 is a reporting period; 创下十年来新高 a comparison.
extension FigureScanner {
  /// An amount marked as a bound (以上, 过, 超过) that qualifies a kind of case
  /// the text then counts: 千万元以上重特大走私犯罪案件80起, 案值过千万元“水客”
  /// 团伙走私案件23起; a term bounding the people then counted: 判处有期徒刑
  /// 五年以上重刑的罪犯共计257人.
  func isCategoryThreshold(_ f: FigureCandidate) -> Bool {
    guard f.kind == .money || f.kind == .quantity || f.kind == .duration else { return false }
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
      if let (classEnd, _) = FigureGuardRules.caseClassTrie.longestMatch(
        in: text, from: k, limit: min(n, k + 4))
      {
        // 罪犯共计257人: a total word may stand between class and count.
        let end =
          FigureGuardRules.totalWordTrie.longestMatch(
            in: text, from: classEnd, limit: min(n, classEnd + 2))?.0 ?? classEnd
        if end < n, ChineseNumeral.isNumeralScalar(text[end]) {
          return true  // …案件80起: the class is counted next
        }
      }
      k += 1
    }
    return false
  }

  /// 每10万美元收取300元: an amount right after 每 is the base of a rate.
  func isRateBase(_ f: FigureCandidate) -> Bool {
    (f.kind == .money || f.kind == .quantity) && f.numberStart > 0 && text[f.numberStart - 1] == "每"
  }

  /// 标准150 mg/m3, 排放限值为200mg/m3: a quantity right after a limit word
  /// (`FigureGuardRules.standardLimitWords`) is what a standard allows.
  func isStandardLimit(_ f: FigureCandidate) -> Bool {
    guard f.kind == .quantity else { return false }
    var k = f.numberStart
    while k > 0, f.numberStart - k < 2, FigureGuardRules.standardLimitJoiners.contains(text[k - 1])
    {
      k -= 1
    }
    return wordStart(FigureGuardRules.standardLimitTrie, endingAt: k) != nil
  }

  /// 今年前10个月, 2023年前三季度: a part of a year named by its length is a
  /// reporting period; 创下十年来新高 is a comparison, not a term. A period
  /// looked back over (近三年来, 过去三年, 三年来，某法院共审结…) is a duration
  /// like any other (ANNOTATION.md: durations of periods; blind B33-02,
  /// B35-05, B39-08).
  /// 一年来, 一年以来, 过去(的)一年, 是…的一年。/ 的一年里: one year as the year
  /// under review (`FigureRule.yearInReview`); `start..<end` spans 一年.
  func isYearInReview(start: Int, end: Int) -> Bool {
    let n = text.count
    if end < n, text[end] == "来" { return true }
    if end + 1 < n, text[end] == "以", text[end + 1] == "来" { return true }
    var k = start
    if k >= 1, text[k - 1] == "的" { k -= 1 }
    if k >= 2, text[k - 2] == "过", text[k - 1] == "去" { return true }
    guard start >= 1, text[start - 1] == "的" else { return false }
    return end >= n || FigureGuardRules.isClauseBreak(text[end])
      || FigureGuardRules.yearInReviewFollowers.contains(text[end])
  }

  func isReportingPeriod(start: Int, end: Int) -> Bool {
    let n = text.count
    if start >= 2, text[start - 1] == "前", text[start - 2] == "年" { return true }
    // 最高法：前九个月全国法院新收案…: 前 opening a clause counts the
    // year's first months, a reporting period.
    if start >= 1, text[start - 1] == "前", end > start, text[end - 1] == "月",
      start == 1 || FigureGuardRules.isClauseBreak(text[start - 2])
    {
      return true
    }
    // 年来, 年以来 before a comparison: 创下十年来新高.
    var since = end
    if since + 1 < n, text[since] == "以", text[since + 1] == "来" { since += 1 }
    guard since < n, text[since] == "来" else { return false }
    since += 1
    return FigureGuardRules.comparisonTrie.longestMatch(
      in: text, from: since, limit: min(n, since + 3))
      != nil
  }
}
