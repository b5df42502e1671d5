import ChineseText

/// One non-empty line of the article, trimmed, with the shape tests the
/// case splitter asks of it.
struct ArticleLine {
  /// The trimmed line's range.
  let range: Range<Int>
  /// Its folded text.
  let text: [Unicode.Scalar]

  init?(_ range: Range<Int>, in doc: TextDocument) {
    var lo = range.lowerBound
    var hi = range.upperBound
    // A decoration before a heading (▶案例一, ◆案例1) is no part of it.
    while lo < hi,
      Self.isBlank(doc.folded[lo]) || CaseSegmentRules.lineDecorations.contains(doc.folded[lo])
    {
      lo += 1
    }
    while hi > lo, Self.isBlank(doc.folded[hi - 1]) { hi -= 1 }
    guard lo < hi else { return nil }
    self.range = lo..<hi
    self.text = Array(doc.folded[lo..<hi])
  }

  private static func isBlank(_ s: Unicode.Scalar) -> Bool {
    s == " " || s == "\t" || s == "\u{FEFF}" || s.properties.isWhitespace
  }

  var count: Int { text.count }

  /// A headline-like line: short, and not a sentence.
  var isShortHeading: Bool {
    count <= 60 && !text.contains("。") && text.last != ":" && text.last != "："
  }

  /// True when the line ends in 案 (a case title), not 案件/案例/案情. A
  /// title may open with a dash and close with a full stop
  /// (——河北邯郸李某某等敲诈勒索案。).
  var endsLikeCaseTitle: Bool {
    let t = titleScalars
    guard let last = t.last else { return false }
    return last == "案" && t.count >= 4 && !t.contains("。") && !t.contains(",")
  }

  /// The line without leading dashes and a trailing full stop.
  var titleScalars: ArraySlice<Unicode.Scalar> {
    var t = text[...]
    while let f = t.first, f == "—" || f == "-" || f == "－" { t = t.dropFirst() }
    if t.last == "。" { t = t.dropLast() }
    return t
  }

  /// A paragraph that opens with a dash and a case title as its first
  /// sentence, then tells the case (——江苏常州张某某等敲诈勒索案。今年6月…):
  /// the title's range.
  var dashTitleRange: Range<Int>? {
    guard text.first == "—" || text.first == "-" else { return nil }
    var i = 0
    while i < text.count, text[i] == "—" || text[i] == "-" { i += 1 }
    guard let stop = text[i...].firstIndex(of: "。"), stop - i >= 4, stop - i <= 40,
      text[stop - 1] == "案",
      stop + 1 < text.count, !text[i..<stop].contains(",")
    else { return nil }
    return (range.lowerBound + i)..<(range.lowerBound + stop)
  }

  /// A title line with a ——subtitle after the title (王某某盗窃案——多次盗窃的，
  /// 依法从重处罚): the title's range, before the dashes. No sentence, a
  /// title of four or more characters ending in 案, something after the dashes.
  var subtitledTitleRange: Range<Int>? {
    guard count <= CaseSegmentRules.subtitledTitleLineLength, !text.contains("。"),
      let dash = text.firstIndex(where: { CaseSegmentRules.subtitleDashes.contains($0) }),
      dash >= 4, text[dash - 1] == "案"
    else { return nil }
    var k = dash
    while k < count, CaseSegmentRules.subtitleDashes.contains(text[k]) { k += 1 }
    guard k - dash >= 2, count - k >= 2 else { return nil }
    // 1.王某某犯诈骗罪案——…: the enumerator is no part of the title.
    var from = enumeratedTitle.map { $0.offset < dash ? $0.offset : 0 } ?? 0
    while from < dash, text[from] == " " || text[from] == "\u{3000}" { from += 1 }
    guard dash - from >= 4 else { return nil }
    return (range.lowerBound + from)..<(range.lowerBound + dash)
  }

  /// Where `titleScalars` starts and ends inside the line.
  var titleRange: Range<Int> {
    let t = titleScalars
    return (range.lowerBound + t.startIndex)..<(range.lowerBound + t.endIndex)
  }

  /// A line that only marks a case: 案例一, 案例1, 【案例2】, 典型案例三.
  /// Longest first: 典型案例之一 / 案例之二 / 之三 (a release's case numbers
  /// 之一…之十 on a line of their own) before 典型案例一 / 案例1.
  private static let markerPrefixes = ["典型案例之", "案例之", "典型案例", "案例", "之"].map(\.scalarArray)

  var isCaseMarker: Bool {
    var t = text
    if t.first == "【" && t.last == "】" { t = Array(t.dropFirst().dropLast()) }
    while let last = t.last, last == ":" || last == "：" || last == "、" || last == "." {
      t.removeLast()
    }
    // 01 / NO.2 alone on a line: a release's case number.
    if Self.isNumberMarker(t) { return true }
    // 2017年某市十大劳动争议仲裁典型案例之一——: a release's name and its case
    // number over the case's title (case.split.marker).
    if Self.isSeriesMarker(t) { return true }
    // 民事案例： a section label that names the case's kind marks one case.
    if let kind = Self.kindLabelLength(t), kind == t.count { return true }
    // 第一起 / 第二起案件 alone on a line: an ordinal that counts cases.
    if let tail = CaseSegmentRules.ordinalMarkerTails.first(where: {
      t.suffix($0.count).elementsEqual($0)
    }),
      t.first == CaseSegmentRules.ordinalMarkerHead, t.count > tail.count + 1,
      t.count - tail.count - 1 <= 3,
      t[1..<(t.count - tail.count)].allSatisfy(ChineseNumeral.isNumeralScalar)
    {
      return true
    }
    guard let p = Self.markerPrefixes.first(where: { t.hasLiteral($0, at: 0) }) else {
      return false
    }
    let rest = t.dropFirst(p.count)
    return !rest.isEmpty && rest.count <= 4 && rest.allSatisfy(ChineseNumeral.isNumeralScalar)
  }

  /// A case number alone on a line as releases write it: two digits with a
  /// leading zero (01, 02) or NO.1 / No.2.
  static func isNumberMarker(_ t: [Unicode.Scalar]) -> Bool {
    numberMarkerLength(t) == t.count
  }

  /// The length of a case number at the line's start (01, NO.2), when the
  /// line goes on with no digit after it.
  static func numberMarkerLength(_ t: [Unicode.Scalar]) -> Int? {
    var k = 0
    for p in CaseSegmentRules.numberMarkerPrefixes where t.hasLiteral(p, at: 0) {
      k = p.count
      break
    }
    var e = k
    while e < t.count, ChineseNumeral.isArabicDigit(t[e]) { e += 1 }
    let digits = t[k..<e]
    guard !digits.isEmpty, digits.count <= 2 else { return nil }
    // Without NO. a number needs its leading zero (01); 1 alone may be anything.
    guard k > 0 || (digits.count == 2 && digits.first == "0" && digits.last != "0") else {
      return nil
    }
    return e
  }

  /// A release's name closed by its case number (…典型案例之一, …案例之二——):
  /// a short line, no sentence, the dashes after the number dropped.
  static func isSeriesMarker(_ line: [Unicode.Scalar]) -> Bool {
    var t = line[...]
    while let last = t.last, CaseSegmentRules.seriesMarkerTrailers.contains(last) {
      t = t.dropLast()
    }
    guard t.count <= CaseSegmentRules.seriesMarkerLength, !t.contains("。"),
      let zhi = t.lastIndex(of: "之"), zhi > t.startIndex
    else { return false }
    let number = t[(zhi + 1)...]
    guard !number.isEmpty, number.count <= 3, number.allSatisfy(ChineseNumeral.isNumeralScalar)
    else { return false }
    let head = t[..<zhi]
    return CaseSegmentRules.seriesMarkerHeads.contains { h in
      head.count >= h.count && head.suffix(h.count).elementsEqual(h)
    }
  }

  /// The length of a section label that names a case's kind (刑事案例,
  /// 民事案例, 行政审判案例) at the line's start, without its colon.
  static func kindLabelLength(_ t: [Unicode.Scalar]) -> Int? {
    guard let kind = CaseSegmentRules.caseKindLabels.first(where: { t.hasLiteral($0, at: 0) })
    else { return nil }
    var k = kind.count
    if t.hasLiteral(CaseSegmentRules.trialWord, at: k) { k += CaseSegmentRules.trialWord.count }
    guard t.hasLiteral(CaseSegmentRules.caseWord, at: k) else { return nil }
    return k + CaseSegmentRules.caseWord.count
  }

  /// A heading that opens with a case marker and goes on with the title on
  /// the same line: 【案例1】主播与公司之间是否存在劳动关系, 案例二：某某诈骗案.
  /// Returns the offset where the title starts.
  var markerTitleOffset: Int? {
    var i = 0
    if text.first == "【" {
      guard let close = text.firstIndex(of: "】"), close <= 8 else { return nil }
      let inner = Array(text[1..<close])
      // 【案例】…: the case word without a number heads each case too.
      let unnumbered = CaseSegmentRules.unnumberedMarkerWords.contains { $0 == inner }
      guard
        unnumbered
          || (inner.count > 2 && (inner.hasLiteral("案例", at: 0) || inner.hasLiteral("典型案例", at: 0))
            // 【案例二】 holds its number; 【案例评析】 is a section label.
            && inner.contains(where: ChineseNumeral.isNumeralScalar)
            && inner.drop(while: { !ChineseNumeral.isNumeralScalar($0) }).allSatisfy(
              ChineseNumeral.isNumeralScalar))
      else { return nil }
      i = close + 1
    } else if let word = CaseSegmentRules.unnumberedMarkerWords.first(where: {
      text.hasLiteral($0, at: 0)
    }),
      word.count < text.count, text[word.count] == "：" || text[word.count] == ":"
    {
      // 案例：张某露天喷刷油漆污染大气环境: a case word, a colon, the title.
      i = word.count + 1
    } else if let number = Self.numberMarkerLength(text) {
      // 01 社保折现无效… / NO.2 …: a release's case number, a space, the title.
      guard number < text.count,
        CaseSegmentRules.numberMarkerSeparators.contains(text[number])
      else { return nil }
      i = number + 1
    } else if let label = Self.kindLabelLength(text) {
      // 刑事案例：防卫过当致人死亡: the kind's label, a colon, the title.
      guard label < text.count, text[label] == ":" || text[label] == "：" else { return nil }
      i = label + 1
    } else {
      // 案例二：…, and 案件二：… as procuratorates number their cases.
      guard CaseSegmentRules.inlineMarkerWords.contains(where: { text.hasLiteral($0, at: 0) })
      else { return nil }
      i = 2
      // 案例之一：…: a release's case number.
      if text.hasLiteral("之", at: i) { i += 1 }
      let start = i
      while i < text.count, ChineseNumeral.isNumeralScalar(text[i]) { i += 1 }
      guard i > start, i < text.count, [":", "：", "、", " ", "."].contains(text[i]) else {
        return nil
      }
      i += 1
    }
    while i < text.count, text[i] == " " || text[i] == ":" || text[i] == "：" { i += 1 }
    return i < text.count && isShortHeading ? i : nil
  }

  /// The title after an enumerator (1. / 一、 / (一) / 【案例1】 / 案例一:), if
  /// the line is such a heading.
  var enumeratedTitle: (offset: Int, text: [Unicode.Scalar])? {
    var i = 0
    if text.first == "【" {
      guard let close = text.firstIndex(of: "】"), close <= 8 else { return nil }
      i = close + 1
    } else if text.first == "(" || text.first == "（" {
      guard let close = text.firstIndex(where: { $0 == ")" || $0 == "）" }), close <= 5,
        text[1..<close].allSatisfy(ChineseNumeral.isNumeralScalar), close > 1
      else { return nil }
      i = close + 1
    } else {
      if text.hasLiteral("案例", at: 0) { i = 2 }
      let start = i
      while i < text.count, ChineseNumeral.isNumeralScalar(text[i]) { i += 1 }
      guard i > start, i - start <= 3, i < text.count else { return nil }
      guard [".", "、", "．", ":", "：", " "].contains(text[i]) else { return nil }
      i += 1
    }
    while i < text.count, text[i] == " " { i += 1 }
    guard i < text.count else { return nil }
    return (i, Array(text[i...]))
  }
}
