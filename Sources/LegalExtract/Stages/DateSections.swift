import ChineseText

/// Splits an article into case sections at numbered headings, so that a
/// relative date looks for its year in its own case first.
///
/// A heading is a short line without a full stop that begins 案例二, 案件三,
/// 二、, (二), 2. or 2、, or 第二部分 (a typical-case release numbers its cases
/// this way; 【基本案情】 inside a case is not a heading).
struct DateSections {
  /// Start offsets of sections after the first, ascending.
  let starts: [Int]
  /// Paragraphs that open with a background cue (据了解, 经查): a flashback
  /// whose dates do not move the story's own day. Ascending.
  let flashbacks: [Range<Int>]

  init(_ doc: TextDocument) {
    var starts: [Int] = []
    var flashbacks: [Range<Int>] = []
    for p in doc.paragraphs {
      if Self.isHeading(doc.folded, p) { starts.append(p.lowerBound) }
      if Self.opensFlashback(doc.folded, p) { flashbacks.append(p) }
    }
    self.starts = starts
    self.flashbacks = flashbacks
  }

  /// 据了解，2012年… : the paragraph starts with a background cue.
  static func opensFlashback(_ text: [Unicode.Scalar], _ p: Range<Int>) -> Bool {
    var i = p.lowerBound
    while i < p.upperBound, text[i] == " " || text[i] == "\t" || text[i] == "\u{3000}" { i += 1 }
    return DateRules.flashbackCues.contains { text.hasLiteral($0, at: i) }
  }

  /// The flashback paragraph holding `offset`, if any.
  func flashback(containing offset: Int) -> Range<Int>? {
    var lo = 0
    var hi = flashbacks.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if flashbacks[mid].upperBound <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo < flashbacks.count && flashbacks[lo].contains(offset) ? flashbacks[lo] : nil
  }

  /// The index of the section holding `offset` (0 before any heading).
  func section(of offset: Int) -> Int {
    var lo = 0
    var hi = starts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if starts[mid] <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  static func isHeading(_ text: [Unicode.Scalar], _ p: Range<Int>) -> Bool {
    var i = p.lowerBound
    while i < p.upperBound, text[i] == " " || text[i] == "\t" || text[i] == "\u{3000}" { i += 1 }
    guard p.upperBound - i <= 60, p.upperBound - i >= 2 else { return false }
    for k in i..<p.upperBound where text[k] == "。" { return false }
    // 案例二, 案件三, 典型案例二
    for prefix in ["案例", "案件", "典型案例"] where starts(text, prefix, at: i) {
      let j = i + prefix.unicodeScalars.count
      if j < p.upperBound,
        DateNumbers.isChineseDigit(text[j]) || ChineseNumeral.isArabicDigit(text[j])
      {
        return true
      }
    }
    // 二、 or (二) or 2. or 2、
    var j = i
    let open = text[j] == "("
    if open { j += 1 }
    let numberStart = j
    while j < p.upperBound, j - numberStart < 3,
      DateNumbers.isChineseDigit(text[j]) || ChineseNumeral.isArabicDigit(text[j])
    {
      j += 1
    }
    guard j > numberStart, j < p.upperBound else { return false }
    if open { return text[j] == ")" }
    if text[j] == "、" { return true }
    // 1.四川成都郑某案, not 1.5万元
    return text[j] == "." && j + 1 < p.upperBound && !ChineseNumeral.isArabicDigit(text[j + 1])
  }

  private static func starts(_ text: [Unicode.Scalar], _ word: String, at i: Int) -> Bool {
    text.hasLiteral(word, at: i)
  }
}
