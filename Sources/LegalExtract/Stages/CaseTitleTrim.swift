import ChineseText

/// The last step on every case title: heading debris off, the text's own
/// characters on (full-width ，：（） as the article writes them).
enum CaseTitleTrim {
  /// The title span without a heading's trailing note in brackets
  /// (杨某酒后挪车案(辽宁凤城,2025.4): a place and a date, not the title).
  static func trimmed(_ span: TextSpan, in t: [Unicode.Scalar]) -> TextSpan {
    // 而文某与汤某一案: a conjunction that carries the story over opens no title.
    var start = span.start
    if span.end - start > minimumTitle + 1, openingConjunctions.contains(t[start]),
      start + 1 < t.count, t[start + 1] != "某"
    {
      start += 1
    }
    if let named = caseNameAfterDash(start..<span.end, in: t) { start = named }
    return trimmedEnd(TextSpan(start, span.end), in: t)
  }

  /// A heading that states its point and then names the case after dashes
  /// on the same line (劳动者要求…是否属于受案范围——姜某与某公司社会保险
  /// 纠纷案): the case's name is the title, as it is when the name stands on
  /// the ——subtitle line under the statement (CaseSplitter.caseNameSubtitle).
  /// Where the text before the dashes ends in 案 the dashes open a subtitle
  /// instead (王某某盗窃案——多次盗窃的，依法从重处罚; trimmedEnd).
  /// Returns where the name starts.
  static func caseNameAfterDash(_ span: Range<Int>, in t: [Unicode.Scalar]) -> Int? {
    guard span.lowerBound < span.upperBound, span.upperBound <= t.count,
      t[span.upperBound - 1] == "案",
      let dash = t[span].firstIndex(of: "—"), dash - span.lowerBound >= minimumTitle,
      t[dash - 1] != "案", !t[span].contains("。")
    else { return nil }
    var from = dash
    while from < span.upperBound, CaseSegmentRules.subtitleDashes.contains(t[from]) { from += 1 }
    // The name holds no second dash and is a title's length (李某案 or longer).
    guard span.upperBound - from > minimumTitle, !t[from..<span.upperBound].contains("—")
    else { return nil }
    return from
  }

  /// Words that carry a story into a title without being part of it
  /// (而文某与汤某一案, 在某局申请执行…一案).
  static let openingConjunctions: ScalarBitmap = ["而", "另", "但", "在"]

  private static func trimmedEnd(_ span: TextSpan, in t: [Unicode.Scalar]) -> TextSpan {
    var end = span.end
    while end - span.start > 4, t[end - 1] == ")" || t[end - 1] == "）" {
      guard let open = t[span.start..<(end - 1)].lastIndex(where: { $0 == "(" || $0 == "（" }),
        open > span.start,
        t[open - 1] == "案", isHeadingNote(t[(open + 1)..<(end - 1)])
      else { break }
      end = open
    }
    // 白恩培案：终身监禁第一案 / 王某某盗窃案——多次盗窃的: a heading's
    // subtitle after the title's 案.
    var k = span.start + minimumTitle - 1
    while k + 1 < end {
      if t[k] == "案", subtitleMarks.contains(t[k + 1]), !CaseSplitter.isNotTitleEnd(t, k) {
        return TextSpan(span.start, k + 1)
      }
      k += 1
    }
    return TextSpan(span.start, end)
  }

  /// The shortest title a subtitle may follow (李某案).
  static let minimumTitle = 3
  /// Marks that open a heading's subtitle after 案.
  static let subtitleMarks: ScalarBitmap = [":", "：", "—"]

  /// A bracketed note of place, date or source (辽宁凤城,2025.4 / 2023年 /
  /// 检例第138号 is kept: it names the case).
  private static func isHeadingNote(_ inner: ArraySlice<Unicode.Scalar>) -> Bool {
    guard !inner.isEmpty else { return false }
    let hasDigit = inner.contains(where: ChineseNumeral.isArabicDigit)
    let separated = inner.contains { $0 == "," || $0 == "，" || $0 == "、" }
    return separated && hasDigit
  }

  /// Trims every section's title and takes its text from the article. A
  /// docket in brackets before the closing 案 (香港特别行政区 诉 黄某(终院刑事
  /// 上诉2014年第8号)案) is left out of the title's text; the span keeps it.
  static func apply(_ sections: inout [CaseSection], doc: TextDocument) {
    for i in sections.indices {
      guard let span = sections[i].titleSpan else { continue }
      let trimmed = trimmed(span, in: doc.folded)
      sections[i].titleSpan = trimmed
      if let note = docketNote(trimmed, in: doc.folded) {
        sections[i].title =
          doc.displayText(trimmed.start..<note.lowerBound)
          + doc.displayText(note.upperBound..<trimmed.end)
      } else {
        sections[i].title = doc.displayText(trimmed.range)
      }
      // A title wrapped over two heading lines reads as one line.
      if let title = sections[i].title, title.unicodeScalars.contains(where: lineBreaks.contains) {
        var joined = String.UnicodeScalarView()
        joined.append(contentsOf: title.unicodeScalars.filter { !lineBreaks.contains($0) })
        sections[i].title = String(joined)
      }
    }
  }

  /// Line breaks a wrapped heading's title drops.
  static let lineBreaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{2028}", "\u{2029}"]

  /// The bracket right before a title's closing 案 that holds a docket
  /// number (a digit and 号), brackets included.
  static func docketNote(_ span: TextSpan, in t: [Unicode.Scalar]) -> Range<Int>? {
    let last = span.end - 1
    guard last - 1 > span.start, last < t.count, t[last] == "案",
      t[last - 1] == ")" || t[last - 1] == "）",
      let open = t[span.start..<(last - 1)].lastIndex(where: { $0 == "(" || $0 == "（" }),
      open > span.start
    else { return nil }
    let inner = t[(open + 1)..<(last - 1)]
    guard inner.last == "号", inner.contains(where: ChineseNumeral.isArabicDigit) else { return nil }
    return open..<last
  }
}
