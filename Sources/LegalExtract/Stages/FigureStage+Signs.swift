import ChineseText

/// Negative amounts (issue 14): 负15%, -8.6%, 负1200000元, 净利润为-120万元.
/// Counts and durations never take a sign. A minus after a digit or a
/// letter is a range or an identifier (2-3, A-5), not a sign.
extension FigureScanner {
  func withSign(_ f: FigureCandidate) -> FigureCandidate {
    let s = f.numberStart
    guard f.kind == .money || f.kind == .percent || f.kind == .quantity, s > 0 else { return f }
    let mark = text[s - 1]
    if mark == "负" {
      // 胜负, 自负, 抱负: 负 ends a word there.
      if s >= 2, "胜自抱欺辜担肩正".unicodeScalars.contains(text[s - 2]) { return f }
    } else if mark == "-" || mark == "−" {
      if s >= 2, text[s - 2].isASCII,
        text[s - 2].properties.isAlphabetic
          || ChineseNumeral.isArabicDigit(text[s - 2]) || text[s - 2] == "-"
      {
        return f
      }
      if s >= 2, ChineseNumeral.isNumeralScalar(text[s - 2]) || text[s - 2] == "元" { return f }
    } else {
      return f
    }
    var f = f
    if case .number(let v) = f.value { f.value = .number(-v) }
    if case .number(let v)? = f.upTo { f.upTo = .number(-v) }
    if f.start == s, !claimed.overlaps(TextSpan(s - 1, s)) { f.start = s - 1 }
    return f
  }
}
