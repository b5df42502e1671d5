import ChineseText

/// What surrounds a figure: approximation marks, ranges, statutory bounds,
/// idioms, and the phrase that gives its context.
extension FigureScanner {
  /// True when an idiom or numeral name (千家万户, 七台河) covers offset `i`.
  func coveredByIdiom(_ i: Int) -> Bool {
    let n = text.count
    var s = max(0, i - 4)
    while s <= i {
      if let (end, _) = FigureGuardRules.idiomTrie.longestMatch(
        in: text, from: s, limit: min(n, s + 8)),
        end > i, !isSpeltNumberPart(s..<end)
      {
        return true
      }
      s += 1
    }
    return false
  }

  /// `figure.guard.idiom` yields to a number spelt digit by digit: an idiom
  /// made only of numerals (七七八八, 一五一十) with another numeral right
  /// before or after it (七七八八零零零零元) is part of that number.
  private func isSpeltNumberPart(_ idiom: Range<Int>) -> Bool {
    guard text[idiom].allSatisfy(ChineseNumeral.isNumeralScalar) else { return false }
    let start = idiom.lowerBound
    let end = idiom.upperBound
    let before = start > 0 && ChineseNumeral.isNumeralScalar(text[start - 1])
    let after = end < text.count && ChineseNumeral.isNumeralScalar(text[end])
    return before || after
  }

  /// 左右, 以上, 以下, 余 after the unit: part of the figure, approximate.
  func withSuffix(_ f: FigureCandidate) -> FigureCandidate {
    let n = text.count
    var f = f
    guard f.end < n else { return f }
    // 50万元(含)以上: the bound includes the amount.
    var at = f.end
    if at + 4 < n, text[at] == "(", text[at + 1] == "含", text[at + 2] == ")", text[at + 3] == "以" {
      at += 3
    }
    let a = text[at]
    let b: Unicode.Scalar? = at + 1 < n ? text[at + 1] : nil
    if (a == "左" && b == "右") || (a == "以" && (b == "上" || b == "下")) || (a == "上" && b == "下") {
      f.end = at + 2
      f.approximate = true
    } else if f.kind != .count, a == "余" || a == "许" {
      f.approximate = true
      f.end += 1
    }
    return f
  }

  /// Statutory numbers (ANNOTATION.md): 处三年以上十年以下有期徒刑, 数额在十五万元
  /// 以上, 每日不得超过三小时. A court's own 涉案2500张以上 stays a figure.
  func isStatutory(_ f: FigureCandidate) -> Bool {
    // 刑罚执行完毕后五年内再犯…, 五年以内再犯: the window of recidivism the
    // criminal law sets (累犯), not a period of the facts.
    if f.kind == .duration, isRecidivismWindow(after: f.end) { return true }
    // A norm word just before the number, or before the low end of the
    // range whose high end this is (可能判处3至5年: 5年 is the law's too).
    let cueEnd = rangeLowStart(before: f.numberStart) ?? f.numberStart
    var s = max(0, cueEnd - 6)
    while s < cueEnd {
      if let (end, _) = FigureGuardRules.normCueTrie.longestMatch(
        in: text, from: s, limit: cueEnd), end == cueEnd
      {
        // 约定每月直播不少于26天, 要求其参加不少于40小时的公益服务: a
        // bound the parties agreed or a body ordered is a fact.
        let bound = text[s] == "不" && text[s + 1] != "满"
        return !(bound && isAgreedOrOrdered(before: s))
      }
      s += 1
    }
    // 大于或者等于80mg/100ml的: a comparison is a rule's only with a condition.
    if let c = comparisonStart(endingAt: f.numberStart) {
      return isRuleComparison(f, comparisonStart: c)
    }
    // 每平方米100元以上: a bounded rate per unit.
    if isBoundedRatePerUnit(f) { return true }
    // A condition clause, the shape of a rule: …没有十五种情节的，可以…
    if endsConditionClause(after: f.end) { return true }
    // Quoted from a rule: 第5条规定的"单位达30万元".
    if isQuotedFromRule(f.numberStart) { return true }
    // 数额较大的标准：(1)…(2)拒不支付十名以上劳动者…: a rule's items.
    if isInQuotedStandard(f.numberStart) { return true }
    // A 以上/以下 bound in a clause that states a rule.
    guard f.end >= 2, text[f.end - 2] == "以", text[f.end - 1] == "上" || text[f.end - 1] == "下"
    else { return false }
    // …以上的，属于…, 三次以上的行为: a condition, the shape of a rule; 拖欠
    // 多人一年以上的工资 dates a thing of the facts (的 before its noun).
    if f.end < text.count, text[f.end] == "的", closesCondition(after: f.end + 1) { return true }
    var k = f.numberStart - 1
    while k >= 0, f.numberStart - k <= 24 {
      let c = text[k]
      if c == "。" || c == ";" || c == "\n" || c == "," { break }
      if let (end, _) = FigureGuardRules.statuteClauseTrie.longestMatch(
        in: text, from: k, limit: f.numberStart)
      {
        // 处 as in 判处, 查处 is a fact, not a rule; so is 处置, 处理 (非法处置
        // 危险废物达三吨以上 applies the number to the facts).
        let word = end - k == 1 && text[k] == "处"
        let factVerb =
          word && k + 1 < text.count && FigureGuardRules.factVerbAfterChu.contains(text[k + 1])
        if !factVerb
          && (!word || k == 0 || !"判查惩论相到之住办出".unicodeScalars.contains(text[k - 1]))
        {
          return true
        }
      }
      k -= 1
    }
    return false
  }

  /// Where the low end of a range starts when `start` is its high end
  /// (3至|5年, 3年到|5年, 十至|十五年): the numerals and a duration unit
  /// before a range mark. Nil when no range mark stands before `start`.
  func rangeLowStart(before start: Int) -> Int? {
    guard start >= 2, DateRules.isRangeConnector(text[start - 1]) else { return nil }
    var k = start - 1
    var numerals = 0
    while k > 0, start - k <= 6 {
      let c = text[k - 1]
      if ChineseNumeral.isNumeralScalar(c) {
        numerals += 1
      } else if !(numerals == 0 && "年月天日个".unicodeScalars.contains(c)) {
        break
      }
      k -= 1
    }
    return numerals > 0 ? k : nil
  }

  /// 五年内再犯, 五年以内再犯, 五年之内再犯: 再犯 right after the period's 内.
  func isRecidivismWindow(after e: Int) -> Bool {
    var k = e
    if k < text.count, text[k] == "以" || text[k] == "之" { k += 1 }
    guard k < text.count, text[k] == "内" else { return false }
    return text.hasLiteral(FigureGuardRules.reoffending, at: k + 1)
  }

  /// `figure.guard.term-bound`: 处三年以下有期徒刑, 升格为判处五年以上有期徒刑的
  /// 加重处罚情形, 判处10年以上有期徒刑93人. A term bounded by 以上/以下 right
  /// before 有期徒刑 (or 的有期徒刑) is a statutory range or a statistic's tier:
  /// a court imposes a definite term (拖欠一年以上的工资 stays a figure).
  func isTermBound(_ f: FigureCandidate) -> Bool {
    guard f.kind == .duration, f.upTo == nil, f.end >= 2, text[f.end - 2] == "以",
      text[f.end - 1] == "上" || text[f.end - 1] == "下"
    else { return false }
    var k = f.end
    if k < text.count, text[k] == "的" { k += 1 }
    return FigureGuardRules.boundedTermPenalties.contains { text.hasLiteral($0, at: k) }
  }

  /// `figure.guard.rank`: 排名前五名的省份, 位列前十名. 前 before a count of
  /// 名 after a ranking word is a place in a ranking, not people counted.
  func isRank(_ f: FigureCandidate) -> Bool {
    guard f.kind == .count, f.unit == "名", f.start == f.numberStart, f.start >= 2,
      text[f.start - 1] == "前"
    else { return false }
    return FigureGuardRules.rankLeads.contains(text[f.start - 2])
  }

  /// True when the number stands in the items a rule's standard lists after
  /// its colon, in the same sentence (…的标准：(1)…三个月以上…;(2)…十名以上
  /// 劳动者…; 具有下列情形之一：…; 立案追诉标准：…): every number there is the
  /// rule's (`FigureGuardRules.standardNouns`).
  func isInQuotedStandard(_ start: Int) -> Bool {
    var k = start - 1
    while k > 0, start - k <= FigureGuardRules.standardReach {
      let s = text[k]
      if s == "。" || s == "\n" { return false }
      if s == ":" {
        for noun in FigureGuardRules.standardNouns {
          let count = noun.unicodeScalars.count
          if k >= count, text.hasLiteral(noun, at: k - count) { return true }
        }
        return false
      }
      k -= 1
    }
    return false
  }

  /// True when what follows a bound's 的 at `k` ends a condition: a break,
  /// the text's end or a condition's head (行为, 情形).
  func closesCondition(after k: Int) -> Bool {
    guard k < text.count else { return true }
    if FigureGuardRules.isClauseBreak(text[k]) || text[k] == "、" || text[k] == ")" { return true }
    return FigureGuardRules.conditionHeadTrie.longestMatch(in: text, from: k) != nil
  }

  /// True when the sentence before `k` says the parties agreed (约定, 协议)
  /// or someone was ordered (要求其, 责令).
  func isAgreedOrOrdered(before k: Int) -> Bool {
    var j = k - 1
    while j >= 0, k - j <= 60 {
      let s = text[j]
      if s == "。" || s == "\n" || s == ";" { return false }
      if FigureGuardRules.agreementTrie.longestMatch(in: text, from: j, limit: k) != nil {
        return true
      }
      j -= 1
    }
    return false
  }

  /// True when the clause running on from `end` closes with 的 before its
  /// comma (数额较大的，处…; 二年内三次盗窃、扒窃的，…), or speaks of a
  /// sentencing range (在三个月拘役至六个月有期徒刑幅度内).
  func endsConditionClause(after end: Int) -> Bool {
    var k = end
    while k < text.count, k - end <= 30 {
      let s = text[k]
      if s == "," || s == ";" || s == ":" {
        // …以营利为目的，: a purpose, not a condition.
        return k > end && text[k - 1] == "的" && text[k - 2] != "目"
      }
      if s == "。" || s == "\n" || s == "(" { return false }
      // 幅度内: a sentencing range (大幅度缓解 is no range).
      if s == "幅", k + 2 < text.count, text[k + 1] == "度", text[k + 2] == "内" { return true }
      k += 1
    }
    return false
  }

  /// True when the number sits in a quotation opened right after 规定 or
  /// 规定的 (…第5条规定的"单位达30万元"), or closed on 的限制 / 的规定.
  func isQuotedFromRule(_ start: Int) -> Bool {
    var k = start - 1
    while k >= 2, start - k <= 40 {
      let s = text[k]
      if s == "”" || s == "。" || s == "\n" { return false }
      if s == "“" || s == "\"" {
        let before = text[max(0, k - 3)..<k]
        let afterRule = start - k <= 16 && before.contains("规") && before.contains("定")
        return afterRule || quoteClosesOnRule(after: start)
      }
      k -= 1
    }
    return false
  }

  /// True when the quotation running on from `start` closes on 的限制 or
  /// 的规定 (不受“…之日起一年”的限制): the quoted words are a rule's.
  func quoteClosesOnRule(after start: Int) -> Bool {
    let n = text.count
    var k = start
    while k < n, k - start <= 40 {
      let s = text[k]
      if s == "。" || s == "\n" || s == "“" { return false }
      if s == "”" {
        guard k + 3 < n, text[k + 1] == "的" else { return false }
        let (a, b) = (text[k + 2], text[k + 3])
        return (a == "限" && b == "制") || (a == "规" && b == "定") || (a == "要" && b == "求")
      }
      k += 1
    }
    return false
  }

  /// 约1公里, 近6万元, 逾百人: marks before the number (not 最近, 附近, 违约).
  func withApproximationPrefix(_ f: FigureCandidate) -> FigureCandidate {
    var f = f
    for length in [2, 1] where f.numberStart - length >= 0 {
      let s = f.numberStart - length
      guard
        let (end, _) = FigureGuardRules.approximationPrefixTrie.longestMatch(
          in: text, from: s, limit: f.numberStart), end == f.numberStart
      else { continue }
      if length == 1, s > 0, FigureGuardRules.endsApproximationWord(text[s - 1], text[s]) { break }
      f.approximate = true
      // The mark belongs to the figure's text (近百名, 约1.2公里), when no
      // earlier stage claimed it.
      if !claimed.overlaps(TextSpan(s, f.numberStart)) { f.start = min(f.start, s) }
      break
    }
    return f
  }

  /// 5万元至2万元, 六年六个月至三年二个月: one figure, value the low end and
  /// `upTo` the high end.
  /// 有期徒刑20年至拘役4个月: a range of terms may name the penalty of its
  /// other end (`FigureRangeRules.termPenalties`) after the range mark.
  func joinedRange(_ f: FigureCandidate) -> FigureCandidate {
    let n = text.count
    guard f.upTo == nil, var highStart = NumeralPhrase.rangeMarkEnd(text, after: f.end, stop: n)
    else { return f }
    if f.kind == .duration,
      let (e, _) = FigureRangeRules.termPenaltyTrie.longestMatch(in: text, from: highStart)
    {
      highStart = e
    }
    guard highStart < n, ChineseNumeral.isNumeralScalar(text[highStart]),
      var g = figure(at: highStart, joinRange: false), g.upTo == nil,
      g.currency == f.currency
    else { return f }
    // 两块到三块: after a money end, 块 on the high end is money too.
    if f.kind == .money, g.kind == .count, g.unit == "块", g.subject == nil {
      g.kind = .money
      g.unit = "元"
      g.subject = nil
    }
    guard g.kind == f.kind else { return f }
    if f.kind == .count && f.unit != g.unit { return f }
    var joined = f.magnitude <= g.magnitude ? f : g
    let high = f.magnitude <= g.magnitude ? g : f
    joined.start = f.start
    joined.numberStart = f.numberStart
    joined.end = g.end
    joined.upTo = high.value
    joined.approximate = f.approximate || g.approximate
    joined.subject = g.subject ?? f.subject
    return joined
  }

  /// The nearest context phrase before the number in the same clause
  /// (立案查处8起 → 立案查处; 判处拘役五个月，并处罚金人民币九千元 → 罚金).
  func context(before start: Int) -> String? {
    var best: (end: Int, start: Int)?
    var k = start - 1
    while k >= 0, start - k <= 20 {
      let c = text[k]
      if c == "。" || c == ";" || c == "\n" || c == "!" || c == "?" { break }
      if let (end, _) = FigureContextRules.trie.longestMatch(in: text, from: k, limit: start) {
        if end >= (best?.end ?? Int.min) { best = (end, k) }
      }
      if best != nil && c == "," { break }
      k -= 1
    }
    guard let b = best else { return nil }
    return document.foldedText(b.start..<b.end)
  }
}
