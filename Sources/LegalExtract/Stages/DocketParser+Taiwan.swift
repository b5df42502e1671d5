import ChineseText

/// Taiwan case numbers with an ROC year: 110年度台上字第5678號, read from
/// their 年. Rule tables: `DocketRulesTaiwan`, `RegionalDocketLexicon`.
extension DocketParser {
  /// The number is 110年度台上字第5678号 (the ROC year, 年度, the case-type
  /// word, 字第, the serial number, 号); the full court name written right
  /// before it (最高法院, 台湾高等法院) gives `courtName` and stays outside
  /// the span: it is an organization of its own. A candidate once the year,
  /// the word and 字第 are read, so a bare 110年 is nothing.
  static func parseTaiwan(_ text: [Unicode.Scalar], yearMarkAt y: Int, lex: RegionalDocketLexicon)
    -> Outcome
  {
    // 110年 or 110 年: one to three digits, not the end of a longer number.
    var digitsEnd = y
    if digitsEnd > 0, text[digitsEnd - 1] == " " { digitsEnd -= 1 }
    var start = digitsEnd
    while start > 0, ("0"..."9").contains(text[start - 1]), digitsEnd - start <= 3 { start -= 1 }
    guard (1...3).contains(digitsEnd - start),
      let (rocYear, _) = arabicNumber(text, at: start, maxDigits: 3)
    else {
      return .notACandidate
    }
    var i = y + 1
    if i < text.count, text[i] == "度" { i += 1 }
    i = skipSpaces(text, i)
    let codeStart = i
    while i < text.count, i - codeStart < DocketRulesTaiwan.maxCodeLength, text[i] != "字",
      isHan(text[i])
    { i += 1 }
    let codeEnd = i
    i = skipSpaces(text, i)
    guard codeEnd > codeStart, i + 1 < text.count, text[i] == "字", text[i + 1] == "第" else {
      return .notACandidate
    }
    let rule = DocketRule.taiwanRocYear
    guard DocketRulesTaiwan.rocYears.contains(rocYear) else {
      return rejection(start, Failure(rule: .yearRange, end: y + 1), proposedBy: rule)
    }
    let code = text[codeStart..<codeEnd]
    if code.contains(DocketRulesTaiwan.prosecutionMark)
      || DocketRulesTaiwan.prosecutionCodes.contains(string(code))
    {
      return rejection(start, Failure(rule: .prosecutionNumber, end: codeEnd), proposedBy: rule)
    }
    // The type word at the code's end (劳诉 in 北劳诉) is a court's; a marker
    // before it (函, 罚, 决) makes a document or decision number.
    let known = lex.taiwanCaseTypes.longestMatch(in: Array(code.reversed()), from: 0)
    if code.dropLast(known.map { $0.end } ?? 0).contains(where: DocketRules.foreignMarkers.contains)
    {
      return rejection(start, Failure(rule: .foreignMarker, end: codeEnd), proposedBy: rule)
    }
    switch serialNumber(text, from: i + 2) {
    case .failed(let f): return rejection(start, f, proposedBy: rule)
    case .read(let number, let end):
      let court = courtName(before: start, in: text, lex: lex)
      var info = known?.value
      if let court, DocketRulesTaiwan.supremeCourts.contains(court),
        code.first != DocketRulesTaiwan.supremeCodeMark
      {
        info = nil
      }
      let mention = DocketMention(
        text: "", span: TextSpan(start, end), year: rocYear + DocketRulesTaiwan.rocYearOffset,
        court: "",
        code: string(code), category: info?.category, stage: info?.stage, number: number,
        courtName: court)
      return .candidate(Candidate(span: mention.span, value: mention, rule: rule.name))
    }
  }

  /// The Taiwan court named right before `start` (台湾高等法院 110年度…).
  private static func courtName(
    before start: Int, in text: [Unicode.Scalar], lex: RegionalDocketLexicon
  ) -> String? {
    let end = start > 0 && text[start - 1] == " " ? start - 1 : start
    let lo = max(0, end - 16)
    guard lo < end else { return nil }
    return lex.taiwanCourts.longestMatch(in: Array(text[lo..<end].reversed()), from: 0)?.value
  }
}
