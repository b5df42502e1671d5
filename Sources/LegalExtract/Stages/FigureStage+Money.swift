import ChineseText

/// Money as people say it (issue 14): 86元5角2分, 七元八毛, 二十块五毛, 一块二,
/// 两毛五, 赔偿五分, 罚5万, 赔偿肆佰叁拾萬, 贰仟零伍拾圆整.
extension FigureScanner {
  /// True when a money cue (赔偿, 罚, 花了) ends just before `start`, maybe
  /// with a filler between (赔偿最多一块二, 罚了其5万).
  func hasMoneyCue(before start: Int) -> Bool {
    var end = start
    for _ in 0..<3 {
      if cueEnds(at: end) { return true }
      guard let fillerStart = wordStart(FigureMoneyRules.fillerTrie, endingAt: end) else {
        return false
      }
      end = fillerStart
    }
    return false
  }

  private func cueEnds(at end: Int) -> Bool {
    wordStart(FigureMoneyRules.cueTrie, endingAt: end) != nil
  }

  /// Where a word of `trie` ending exactly at `end` starts (longest first).
  func wordStart(_ trie: PhraseTrie<Bool>, endingAt end: Int) -> Int? {
    for length in [4, 3, 2, 1] where end - length >= 0 {
      if let (e, _) = trie.longestMatch(in: text, from: end - length, limit: end), e == end {
        return end - length
      }
    }
    return nil
  }

  /// 块 is money, not a classifier, when the amount goes on in 角/毛/分 or a
  /// bare digit (十块三毛, 一块二), the number is a decimal (3.04块), or a money
  /// cue stands before it and no counted noun follows (赔偿三五百块。).
  func blockIsMoney(phrase: NumeralPhrase, start: Int, unitEnd: Int) -> Bool {
    let n = text.count
    if phrase.value.decimals > 0 { return true }
    if unitEnd < n, moneyTail(from: unitEnd, afterBlock: true) != nil { return true }
    guard hasMoneyCue(before: start) else { return false }
    return unitEnd >= n || !text[unitEnd].properties.isIdeographic
      || "以左上余多钱的".unicodeScalars.contains(text[unitEnd])
      || NumeralPhrase.isRangeMark(text[unitEnd])  // 两块到三块
  }

  /// The jiao and fen after a yuan amount: 5角2分, 八毛, 六角七分, 零四 (after
  /// 块), 二 (一块二), and a closing 钱. Returns the hundredths and the end.
  func moneyTail(from start: Int, afterBlock: Bool) -> (hundredths: Int, end: Int)? {
    let n = text.count
    var k = start
    var hundredths = 0
    var zero = false
    if k < n, text[k] == "零" {
      zero = true
      k += 1
    }
    guard k < n, let d = smallDigit(at: k) else { return nil }
    if k + 1 < n, let sub = FigureMoneyRules.subunit(text[k + 1]) {
      if sub == 100, !fenEnds(at: k + 2) { return nil }  // 1分钟
      hundredths = d * (sub == 10 ? 10 : 1)
      k += 2
      // 五角二分, 七毛八: fen after the jiao.
      if sub == 10, k < n {
        var j = k
        if text[j] == "零" { j += 1 }
        if j < n, let f = smallDigit(at: j) {
          if j + 1 < n, text[j + 1] == "分", fenEnds(at: j + 2) {
            hundredths += f
            k = j + 2
          } else if j + 1 >= n || !continuesAmount(text[j + 1]) {
            hundredths += f
            k = j + 1
          }
        }
      }
    } else if afterBlock, k + 1 >= n || !continuesAmount(text[k + 1]) {
      // 一块二 = 1.2, 三块零四 = 3.04.
      hundredths = zero ? d : d * 10
      k += 1
    } else {
      return nil
    }
    if k < n, text[k] == "钱" { k += 1 }
    return (hundredths, k)
  }

  /// True when the amount may end at `k` after 分 (not 分钟, 分之, 分局).
  private func fenEnds(at k: Int) -> Bool {
    k >= text.count || !text[k].properties.isIdeographic
      || "钱以左的余多".unicodeScalars.contains(text[k])
  }

  /// A single digit 0–9 at `k` (Chinese or Arabic) that stands alone.
  private func smallDigit(at k: Int) -> Int? {
    let s = text[k]
    if ChineseNumeral.isArabicDigit(s) {
      if k + 1 < text.count, ChineseNumeral.isArabicDigit(text[k + 1]) || text[k + 1] == "." {
        return nil
      }
      return Int(s.value - 0x30)
    }
    return ChineseNumeral.value(of: text[k...k])?.integerValue.flatMap { $0 < 10 ? $0 : nil }
  }

  /// True when `s` after a trailing digit means the digit starts something else.
  private func continuesAmount(_ s: Unicode.Scalar) -> Bool {
    ChineseNumeral.isNumeralScalar(s) || FigureUnitRules.measureWordSet.contains(s)
      || s == "元" || s == "块" || s == "年" || s == "月" || s == "日" || s == "个"
  }

  /// A yuan amount with its jiao and fen: 86元5角2分 = 86.52, 十块三毛 = 10.3.
  func withMoneyTail(_ f: FigureCandidate, afterBlock: Bool) -> FigureCandidate {
    guard f.kind == .money, f.upTo == nil, case .number(let base) = f.value,
      let tail = moneyTail(from: f.end, afterBlock: afterBlock)
    else { return f }
    var f = f
    let v = base + Double(tail.hundredths) / 100
    f.value = .number((v * 100).rounded() / 100)
    f.magnitude = v
    f.end = tail.end
    return f
  }

  /// Jiao or fen with no yuan before them (两毛五, 2角, 赔偿五分): money only
  /// after a money cue or before 钱, since 三角 and 十分 are other words.
  func smallMoney(phrase: NumeralPhrase, start: Int, unitStart e: Int) -> FigureCandidate? {
    let n = text.count
    guard let sub = FigureMoneyRules.subunit(text[e]), phrase.upTo == nil,
      let v = phrase.value.integerValue, v > 0, v < 100
    else { return nil }
    var end = e + 1
    var hundredths = v * (sub == 10 ? 10 : 1)
    if sub == 10, let tail = moneyTail(from: end, afterBlock: false), tail.hundredths < 10 {
      hundredths += tail.hundredths  // 两角五分
      end = tail.end
    } else if sub == 10, end < n, let f = ChineseNumeral.digit(text[end]), f > 0,
      end + 1 >= n || !continuesAmount(text[end + 1])
    {
      hundredths += f  // 两毛五
      end += 1
    }
    if end < n, text[end] == "钱" { end += 1 }
    let said = end > 0 && text[end - 1] == "钱"
    guard said || hasMoneyCue(before: start) else { return nil }
    // 十分严重: 分 must end the amount.
    if sub == 100, !fenEnds(at: end) { return nil }
    let value = Double(hundredths) / 100
    var f = FigureCandidate(
      start: start, end: end, kind: .money, value: .number(value), magnitude: value, unit: "元",
      numberStart: start, rule: .moneySubunit)
    f.approximate = phrase.approximate
    return f
  }

  /// An amount with no unit that a money cue or money noun makes money:
  /// 罚5万, 赔偿三百万, 赔偿一万五, 赔偿肆佰叁拾萬. A magnitude (万, 亿) or a
  /// financial numeral is required: 赔偿3 alone says nothing.
  func bareAmount(phrase: NumeralPhrase, start: Int) -> FigureCandidate? {
    let n = text.count
    let e = phrase.end
    guard e - start >= 2 || !phrase.arabic else { return nil }
    // 赔偿三百万, 赔偿一万五 (colloquial 15000): a magnitude inside the number.
    let magnitude = text[start..<e].contains { $0 == "万" || $0 == "亿" || $0 == "萬" || $0 == "億" }
    let financial = text[start..<e].contains { "壹贰叁肆伍陆柒捌玖拾佰仟".unicodeScalars.contains($0) }
    guard magnitude || financial else { return nil }
    let ends =
      e >= n || FigureGuardRules.isClauseBreak(text[e]) || text[e] == "的"
      || FigureMoneyRules.bareAmountBlanks.contains(text[e])
      || (e + 1 < n && (text[e] == "以" || text[e] == "左"))
    guard ends, hasMoneyCue(before: start) else { return nil }
    return money(
      phrase: phrase, start: start, end: e, currency: nil, unitName: "元", rule: .moneyAfterCue)
  }

  /// 元整, 圆整: 整 closes an amount written for a cheque or a judgment.
  func withWholeMark(_ f: FigureCandidate) -> FigureCandidate {
    guard f.kind == .money, f.end < text.count, text[f.end] == "整", f.end > 0,
      text[f.end - 1] == "元" || text[f.end - 1] == "圆"
    else { return f }
    var f = f
    f.end += 1
    return f
  }
}

extension FigureScanner {
  /// A number ending in 万 or 亿 with no unit, standing before a break or
  /// an exclamation (5.2亿！, 索赔500万，): a money candidate that only a
  /// restatement with its unit elsewhere confirms (`FigureStage.restatedAmounts`).
  func unitlessMagnitude(at i: Int) -> FigureCandidate? {
    let n = text.count
    guard ChineseNumeral.isArabicDigit(text[i]),
      let phrase = NumeralPhrase.scan(text, from: i, limit: min(n, i + 24)), phrase.upTo == nil,
      phrase.end - i >= 2, text[phrase.end - 1] == "万" || text[phrase.end - 1] == "亿",
      phrase.end == n || FigureMoneyRules.unitlessAmountEnds.contains(text[phrase.end])
    else { return nil }
    var f = FigureCandidate(
      start: i, end: phrase.end, kind: .money, value: .number(phrase.value.doubleValue),
      magnitude: phrase.value.doubleValue, unit: "元", numberStart: i, rule: .moneyRestated)
    f.approximate = phrase.approximate
    return f
  }
}
