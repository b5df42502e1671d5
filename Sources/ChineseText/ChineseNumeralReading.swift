/// The grammar of one numeral, read left to right over its tokens: Arabic
/// runs, Chinese digits, small units (十百千) and magnitudes (万亿, and 兆京
/// as ICU writes them).
///
///     section   := (digit? small-unit)* digit?      三千五百, 十二, 2千零5
///     numeral   := (section magnitude)* section?    2亿3500万, 七万三千二百
///
/// A magnitude larger than every one before it multiplies all that came
/// before (六万亿 = 6 × 10^4 × 10^8, 3千万亿); a smaller one adds its section
/// (一亿二千万). A digit left after a unit is one step below it when written
/// in Chinese (三万五 = 35000, 一百五 = 150), or an Arabic group of its own
/// (6万2500 = 62500); after 零 it is plain (一百零五).
enum ChineseNumeralReading {
  static func read(_ s: ArraySlice<Unicode.Scalar>) -> ExactNumber? {
    guard !s.isEmpty else { return nil }
    if let positional = positionalDigits(s) { return positional }
    var state = State()
    var i = s.startIndex
    while i < s.endIndex {
      let c = s[i]
      if ChineseNumeral.isArabicDigit(c) {
        guard state.pending == nil, let run = arabicRun(s, from: i) else { return nil }
        state.pending = run.value
        state.pendingIsArabic = true
        state.pendingIsSingleDigit = run.end - i == 1
        i = run.end
        continue
      }
      if let d = ChineseNumeral.digit(c) {
        guard state.pending == nil else { return nil }  // 二三 inside a unit numeral
        if d == 0 {
          state.sawZero = true
        } else {
          state.pending = ExactNumber(d)
          state.pendingIsArabic = false
        }
      } else if c == "廿" || c == "卅" {
        guard state.pending == nil, let v = state.section.adding(ExactNumber(c == "廿" ? 20 : 30))
        else { return nil }
        state.section = v
        state.lastSmallUnit = 10
      } else if let u = ChineseNumeral.smallUnit(c) {
        guard state.addSmallUnit(u) else { return nil }
      } else if let u = ChineseNumeral.largeUnit(c) ?? ChineseNumeral.rareLargeUnit(c) {
        guard state.addLargeUnit(u) else { return nil }
      } else if c == " " {
        // 177.1 亿: only a space between a number and its magnitude.
        guard state.pendingIsArabic, state.pending != nil, i + 1 < s.endIndex,
          ChineseNumeral.largeUnit(s[i + 1]) != nil
        else { return nil }
      } else if c == "个" {
        // 两个亿: 个 between a number and 亿.
        guard state.pending != nil, i + 1 < s.endIndex, s[i + 1] == "亿" else { return nil }
      } else {
        return nil
      }
      i += 1
    }
    return state.finish()
  }

  /// 二〇二三, 一九九八: digits read one by one (no units; 两 never counts here).
  static func positionalDigits(_ s: ArraySlice<Unicode.Scalar>) -> ExactNumber? {
    guard s.count >= 2 else { return nil }
    var v = 0
    for c in s {
      guard c != "两", let d = ChineseNumeral.digit(c) else { return nil }
      let (m, o) = v.multipliedReportingOverflow(by: 10)
      if o { return nil }
      v = m + d
    }
    return ExactNumber(v)
  }

  /// The Arabic number starting at `i`: digits with thousands separators
  /// (1,234 — exactly three digits after each; 128 500 — a space before each
  /// three-digit group when the groups before it are 1–3 digits) and one
  /// decimal part. Nil when no digit starts there.
  static func arabicRun(_ s: ArraySlice<Unicode.Scalar>, from start: Int)
    -> (value: ExactNumber, end: Int)?
  {
    var mantissa = 0
    var decimals = 0
    var inFraction = false
    var groupDigits = 0  // digits since the start or the last separator
    var spaced = false  // the number is grouped with spaces
    var i = start
    func threeDigitsAt(_ k: Int) -> Bool {
      k + 3 <= s.endIndex && (k..<k + 3).allSatisfy { ChineseNumeral.isArabicDigit(s[$0]) }
        && (k + 3 == s.endIndex || !ChineseNumeral.isArabicDigit(s[k + 3]))
    }
    while i < s.endIndex {
      let c = s[i]
      if ChineseNumeral.isArabicDigit(c) {
        let (m1, o1) = mantissa.multipliedReportingOverflow(by: 10)
        let (m2, o2) = m1.addingReportingOverflow(Int(c.value - 0x30))
        if o1 || o2 { return nil }
        mantissa = m2
        groupDigits += 1
        if inFraction { decimals += 1 }
      } else if c == ",", !inFraction, !spaced, i > start, threeDigitsAt(i + 1) {
        groupDigits = 0  // 1,234
      } else if c == " ", !inFraction, i > start, groupDigits <= 3,
        spaced || mantissa < 1000, threeDigitsAt(i + 1)
      {
        spaced = true  // 128 500, 36 417.25
        groupDigits = 0
      } else if c == ".", !inFraction, ChineseNumeral.isGroupingDot(s, at: i) {
        groupDigits = 0  // 1,520.878.40: a mistyped group separator
      } else if c == ".", !inFraction, i + 1 < s.endIndex, ChineseNumeral.isArabicDigit(s[i + 1]) {
        inFraction = true
      } else if !inFraction, i > start, ChineseNumeral.isMiddleDotDecimal(s, at: i) {
        inFraction = true  // 16514·2元: a decimal point typed as a middle dot
      } else {
        break
      }
      i += 1
    }
    guard i > start else { return nil }
    return (ExactNumber(mantissa: mantissa, decimals: decimals), i)
  }

  /// The reading so far.
  struct State {
    var total = ExactNumber(0)  // completed magnitude sections
    var section = ExactNumber(0)  // the current section below the last magnitude
    var pending: ExactNumber?  // a digit or Arabic group waiting for its unit
    var pendingIsArabic = false
    var pendingIsSingleDigit = false
    var lastSmallUnit = Int.max
    var lastLargeUnit = Int.max
    var largestUnit = 1
    var sawZero = false

    mutating func addSmallUnit(_ u: Int) -> Bool {
      guard u < lastSmallUnit || sawZero else { return false }
      let p = pending ?? ExactNumber(1)
      // 5千, 1.5千 but not 35百.
      guard p.doubleValue < 10, let part = p.scaled(by: u), let s = section.adding(part) else {
        return false
      }
      section = s
      pending = nil
      lastSmallUnit = u
      sawZero = false
      return true
    }

    mutating func addLargeUnit(_ u: Int) -> Bool {
      guard let group = pending.map({ section.adding($0) }) ?? section else { return false }
      if group.mantissa == 0 && total.mantissa == 0 { return false }
      if u > largestUnit {
        // 六万亿, 3千万亿: the larger magnitude multiplies everything before it.
        guard let sum = total.adding(group), let t = sum.scaled(by: u) else { return false }
        total = t
        largestUnit = u
      } else if u < lastLargeUnit {
        guard let part = group.scaled(by: u), let t = total.adding(part) else { return false }
        total = t
      } else {
        return false  // 万万, 亿…亿
      }
      section = ExactNumber(0)
      pending = nil
      lastSmallUnit = Int.max
      lastLargeUnit = u
      sawZero = false
      return true
    }

    func finish() -> ExactNumber? {
      var section = self.section
      if let p = pending {
        var tail = p
        // A lone digit after a unit is one step below it: 三万五, 一百五, 1万2.
        let colloquial = !sawZero && (!pendingIsArabic || pendingIsSingleDigit)
        if colloquial, lastSmallUnit != Int.max, lastSmallUnit >= 100 {
          tail = p.scaled(by: lastSmallUnit / 10) ?? p
        } else if colloquial, lastSmallUnit == Int.max, lastLargeUnit != Int.max {
          tail = p.scaled(by: lastLargeUnit / 10) ?? p
        }
        guard let s = section.adding(tail) else { return nil }
        section = s
      }
      return total.adding(section)
    }
  }
}
