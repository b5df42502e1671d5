import ChineseText

/// Which figures and laws inside a case's span are the case's own
/// (Rules/CaseFactRule.swift). A case's span may open with the lead of the
/// whole article, and a case's commentary may tell the history of a law:
/// these guards keep such mentions off the case.
struct CaseFactAttribution {
  /// A mention a guard kept off the case, for `explain`.
  struct Dropped {
    var span: TextSpan
    var rule: CaseFactRule
    var detail: String
  }

  let text: [Unicode.Scalar]

  /// Where the case is first named inside `span`: its title, a party a rule
  /// read, or the first place a party's name is written. Nil when the span
  /// names none of them.
  func firstNaming(
    span: TextSpan, titleSpan: TextSpan?, parties: CasePartyFinder.Parties
  ) -> Int? {
    let range = span.range
    var first: Int?
    func take(_ offset: Int) {
      if range.contains(offset), offset < (first ?? Int.max) { first = offset }
    }
    if let titleSpan { take(titleSpan.start) }
    for f in parties.findings where f.droppedBy == nil { take(f.span.start) }
    for name in parties.plaintiffs + parties.defendants where name.unicodeScalars.count >= 2 {
      let upper = min(first ?? range.upperBound, range.upperBound)
      if let i = text.firstOffset(of: name, in: range.lowerBound..<upper) { take(i) }
    }
    return first
  }

  /// `case.figure.guard.statistics-lead`: the figures of the sentences before
  /// the one that first names the case, where such a sentence counts
  /// several cases. Returns the kept figures and the dropped ones.
  func figures(
    _ figures: [FigureMention], span: TextSpan, namedAt: Int?, titleSpan: TextSpan? = nil
  ) -> (kept: [FigureMention], dropped: [Dropped]) {
    guard let namedAt, !figures.isEmpty else { return (figures, []) }
    // The counts of the paragraphs before a later paragraph that introduces
    // the case by its title are the event's (case.figure.guard.event-lead).
    let eventParagraphsEnd = titleSpan.flatMap { t in
      introducingParagraphStart(title: t, namedAt: namedAt, span: span)
    }
    var leadEnd = min(namedAt, text.count)
    while leadEnd > span.start, !CaseFactRules.sentenceEnds.contains(text[leadEnd - 1]) {
      leadEnd -= 1
    }
    guard leadEnd > span.start else { return (figures, []) }
    if let end = eventParagraphsEnd {
      let (kept, dropped) = statisticsLead(figures, span: span, leadEnd: leadEnd)
      var out: [FigureMention] = []
      var more = dropped
      for f in kept {
        if f.kind == .count, f.span.start >= span.start, f.span.start < end {
          more.append(Dropped(span: f.span, rule: .eventLead, detail: f.text))
        } else {
          out.append(f)
        }
      }
      return (out, more)
    }
    return statisticsLead(figures, span: span, leadEnd: leadEnd)
  }

  /// Where the paragraph that holds the title starts, when the title opens
  /// it (within `CaseFactRules.titleOpensParagraphReach`) and it is not the
  /// span's first paragraph: the paragraphs before tell the event.
  func introducingParagraphStart(title: TextSpan, namedAt: Int, span: TextSpan) -> Int? {
    guard namedAt <= title.start, title.start <= text.count else { return nil }
    var k = namedAt
    while k > span.start, text[k - 1] != "\n" { k -= 1 }
    guard k > span.start, title.start - k <= CaseFactRules.titleOpensParagraphReach,
      !text[k..<title.start].contains("\n")
    else {
      return nil
    }
    // At least one paragraph with text before it inside the span.
    let before = text[span.start..<k]
    return before.contains(where: { $0 != "\n" && $0 != " " }) ? k : nil
  }

  /// `case.figure.guard.statistics-lead` over the lead `span.start..<leadEnd`.
  func statisticsLead(_ figures: [FigureMention], span: TextSpan, leadEnd: Int)
    -> (kept: [FigureMention], dropped: [Dropped])
  {
    // One walk of the lead, sentence by sentence, with a cursor into the
    // figures in text order.
    let order = figures.indices.sorted { figures[$0].span.start < figures[$1].span.start }
    var statistics: [Range<Int>] = []
    var next = 0
    var start = span.start
    while start < leadEnd {
      var end = start
      while end < leadEnd, !CaseFactRules.sentenceEnds.contains(text[end]) { end += 1 }
      var countsCases = false
      while next < order.count, figures[order[next]].span.start <= end {
        let f = figures[order[next]]
        if f.span.start >= start, isCaseCount(f) { countsCases = true }
        next += 1
      }
      if countsCases { statistics.append(start..<end) }
      start = end + 1
    }
    guard let last = statistics.last else { return (figures, []) }
    var kept: [FigureMention] = []
    var dropped: [Dropped] = []
    for f in figures {
      if statistics.contains(where: { $0.contains(f.span.start) }) {
        dropped.append(Dropped(span: f.span, rule: .statisticsLead, detail: f.text))
      } else if f.span.start >= span.start, f.span.start < last.upperBound {
        // Before the last sentence that counts cases: the event's lead too.
        dropped.append(Dropped(span: f.span, rule: .eventLead, detail: f.text))
      } else {
        kept.append(f)
      }
    }
    return (kept, dropped)
  }

  /// 21件涉黑涉恶案件, 受理各类案件26155件, 4起典型案例: a count of two or more
  /// cases.
  func isCaseCount(_ f: FigureMention) -> Bool {
    guard f.kind == .count, let unit = f.unit, CaseFactRules.caseMeasures.contains(unit),
      case .number(let n) = f.value, n >= 2
    else { return false }
    if f.subject?.unicodeScalars.contains(CaseFactRules.caseScalar) == true { return true }
    let s = f.span.start
    let e = min(f.span.end, text.count)
    guard s >= 0, s <= e else { return false }
    // 14件39人, 3起5人: cases, then the people in them.
    if f.unit == "件" || f.unit == "起", e + 1 < text.count,
      ChineseNumeral.isNumeralScalar(text[e])
    {
      var k = e
      while k < text.count, k - e < 8, ChineseNumeral.isNumeralScalar(text[k]) { k += 1 }
      if k < text.count, CaseFactRules.peopleAfterCaseCount.contains(text[k]) { return true }
    }
    if text[s..<e].contains(CaseFactRules.caseScalar) { return true }
    let before = max(0, s - CaseFactRules.casesBeforeReach)..<s
    if CaseFactRules.casesBefore.contains(where: { text.firstOffset(of: $0, in: before) != nil }) {
      return true
    }
    var k = e
    while k < min(text.count, e + CaseFactRules.caseNounReach),
      !CaseFactRules.clauseEnds.contains(text[k])
    {
      if text[k] == CaseFactRules.caseScalar { return true }
      k += 1
    }
    return false
  }

  /// `case.law.guard.legislative-history`: the laws every mention of which in
  /// the case tells the law's making or the change it made.
  func statutes(_ statutes: [StatuteMention]) -> (kept: [StatuteMention], dropped: [Dropped]) {
    guard !statutes.isEmpty else { return (statutes, []) }
    var cited = Set<String>()
    for s in statutes where !isHistory(s.span) { cited.insert(s.law) }
    var kept: [StatuteMention] = []
    var dropped: [Dropped] = []
    for s in statutes {
      if cited.contains(s.law) {
        kept.append(s)
      } else {
        dropped.append(Dropped(span: s.span, rule: .legislativeHistory, detail: s.law))
      }
    }
    return (kept, dropped)
  }

  /// 刑法修正案（八）第四十一条将恶意欠薪入罪 / 修订民事诉讼法时.
  func isHistory(_ span: TextSpan) -> Bool {
    let s = span.start
    let e = span.end
    guard s >= 0, s <= e, e <= text.count else { return false }
    // 修订…时: the law being made (2012年修订民事诉讼法时).
    if e < text.count, text[e] == CaseFactRules.makingTime,
      CaseFactRules.makingWords.contains(where: { text.hasLiteral($0, at: s - 2) })
    {
      return true
    }
    // X将/把…入罪: the law as the act of a change, in its sentence.
    guard CaseFactRules.changeOpeners.contains(where: { text.hasLiteral($0, at: e) }) else {
      return false
    }
    var end = e
    let reach = min(text.count, e + CaseFactRules.changeReach)
    while end < reach, !CaseFactRules.sentenceEnds.contains(text[end]) { end += 1 }
    return CaseFactRules.changeVerbs.contains { text.firstOffset(of: $0, in: e..<end) != nil }
  }
}
