import ChineseText

/// Statutory time limits restated from a law are not figures (ANNOTATION.md):
///
///     法律规定的六个月、一年的起诉期限            → no figure
///     应当自知道之日起一年内提出，该一年期间即除斥期间 → no figure
///     责令其于收到之日起十日内改正              → P10D, imposed on a party
extension FigureScanner {
  /// True when the duration `f` states a legal time limit in a sentence that
  /// states a rule, and no one imposes it on a party.
  func isStatutoryTimeLimit(_ f: FigureCandidate) -> Bool {
    guard f.kind == .duration, f.penalty == nil else { return false }
    let n = text.count
    // 二年内曾因酒驾受过处罚, 属于3年内首次违反: a rule's look-back window,
    // read against the facts.
    if f.end + 1 < n, text[f.end] == "内",
      FigureTimeLimitRules.lookBackStarts.contains(text[f.end + 1])
    {
      return true
    }
    // The clause after the number: a limit's name (…一年的起诉期限), or
    // 内 + an act it allows (…之日起六个月内提起诉讼).
    var limit = false
    var k = f.end
    let inner = k < n && text[k] == "内" ? k : k + 1
    let afterInner = inner < n && text[inner] == "内"
    // 内向人民法院提起诉讼: the act comes after the body it is brought to.
    let actReach =
      afterInner && inner + 1 < n && text[inner + 1] == "向"
      ? FigureTimeLimitRules.towardsBodyReach : 4
    while k < n, k - f.end <= 24 {
      let s = text[k]
      if s == "," || s == "。" || s == ";" || s == "\n" || s == ":" { break }
      if FigureTimeLimitRules.limitNounTrie.longestMatch(in: text, from: k, limit: min(n, k + 6))
        != nil
      {
        limit = true
        break
      }
      if afterInner, k - f.end <= actReach,
        FigureTimeLimitRules.limitedActTrie.longestMatch(in: text, from: k, limit: min(n, k + 2))
          != nil, startsFromDay(before: f.numberStart)
      {
        limit = true
        break
      }
      k += 1
    }
    // …起诉期限为六个月: the name before the number; 上诉期间应自送达翌日
    // 即…起算20日: the name is the clause's topic, the number what it counts.
    if !limit {
      var j = f.numberStart - 1
      while j >= 0, f.numberStart - j <= FigureTimeLimitRules.topicReach {
        let s = text[j]
        if s == "," || s == "。" || s == ";" || s == "\n" { break }
        if let (e, _) = FigureTimeLimitRules.limitNounTrie.longestMatch(
          in: text, from: j, limit: f.numberStart),
          f.numberStart - e <= 3 || countsFromDay(before: f.numberStart)
        {
          limit = true
          break
        }
        j -= 1
      }
    }
    guard limit else { return withinCitedRule(f) }
    // The sentence must state a rule, and the clause impose nothing.
    var ruled = false
    var j = f.numberStart - 1
    var inClause = true
    while j >= 0, f.numberStart - j <= 80 {
      let s = text[j]
      if s == "。" || s == "\n" || s == ";" { break }
      if s == "," { inClause = false }
      if inClause,
        FigureTimeLimitRules.impositionTrie.longestMatch(
          in: text, from: j, limit: f.numberStart) != nil
      {
        return false
      }
      if !ruled,
        FigureTimeLimitRules.ruleWordTrie.longestMatch(in: text, from: j, limit: f.numberStart)
          != nil
      {
        ruled = true
      }
      j -= 1
    }
    // …起诉期限为六个月，法律另有规定的除外: the rule word may come after.
    var k2 = f.end
    while !ruled, k2 < n, k2 - f.end <= 60 {
      let s = text[k2]
      if s == "。" || s == "\n" || s == ";" { break }
      if FigureTimeLimitRules.ruleWordTrie.longestMatch(in: text, from: k2, limit: min(n, k2 + 4))
        != nil
      {
        ruled = true
      }
      k2 += 1
    }
    return ruled
  }

  /// 《…法》第九十一条规定，…，五年内不得重新取得: an X内 limit in a
  /// sentence that cites an article's rule, where no one imposes anything.
  func withinCitedRule(_ f: FigureCandidate) -> Bool {
    let n = text.count
    let bounded =
      f.end >= 2 && text[f.end - 2] == "以" && (text[f.end - 1] == "上" || text[f.end - 1] == "下")
    guard
      bounded || (f.end < n && (text[f.end] == "内" || (f.end + 1 < n && text[f.end + 1] == "内")))
    else {
      return false
    }
    var cited = false
    var j = f.numberStart - 1
    while j >= 1, f.numberStart - j <= 120 {
      let s = text[j]
      if s == "。" || s == "\n" || s == ";" { break }
      if FigureTimeLimitRules.courtOrderTrie.longestMatch(
        in: text, from: j, limit: f.numberStart) != nil
      {
        return false
      }
      if s == "规", j + 1 < n, text[j + 1] == "定",
        "条款项法》例释".unicodeScalars.contains(text[j - 1])
          || (j >= 3 && text[j - 1] == "时" && text[j - 2] == "同")  // 第二款同时规定
      {
        cited = true
      }
      // 根据刑事诉讼法第二百八十三条，…考验期为六个月以上一年以下
      if s == "条", j + 1 < n, text[j + 1] == "," || text[j + 1] == "的" { cited = true }
      j -= 1
    }
    return cited
  }

  /// True when 之日起 or 起 (counting from a day) stands shortly before
  /// `start` in the same clause.
  func startsFromDay(before start: Int) -> Bool {
    var j = start - 1
    while j >= 0, start - j <= 40 {
      let s = text[j]
      if s == "。" || s == ";" || s == "\n" { return false }
      if s == "起" { return true }
      j -= 1
    }
    return false
  }

  /// 起算20日, 计算三十日: the number is what a limit counts from a day.
  func countsFromDay(before start: Int) -> Bool {
    FigureTimeLimitRules.countingVerbs.contains { verb in
      let count = verb.unicodeScalars.count
      return start >= count && text.hasLiteral(verb, at: start - count)
    }
  }
}
