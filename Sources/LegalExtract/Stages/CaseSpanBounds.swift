import ChineseText

/// Takes off a case's edges the paragraphs that tell no part of it
/// (CaseSpanRule): the headline over a one-case story, and round-ups and
/// work reports that name nobody, before the case's first told paragraph or
/// after its last. A paragraph that names an actor (a party, an anonymised
/// person or firm) or says 该案 always stays, and so does the one that
/// showed the text tells a case. Tables: Rules/CaseSpanRules.swift.
enum CaseSpanBounds {
  /// A paragraph taken off a case's edge, and the rule that took it.
  struct Trim {
    var span: TextSpan
    var rule: CaseSpanRule
  }

  /// True when the first line is a headline that sums the story up with
  /// its counts: short, no sentence and no clause in it (a lead sentence
  /// without a full stop keeps its commas), holding a figure, and naming no
  /// body (a headline that names who acts — 某检察院督促履行职责公告 — or
  /// holds no count stays with the case: taking it off gains nothing).
  static func isHeadline(
    _ lines: [ArticleLine], organizations: [OrganizationMention], figures: [FigureMention]
  ) -> Bool {
    guard lines.count >= 2, let first = lines.first, first.isShortHeading,
      !first.text.contains(where: { $0 == "，" || $0 == "," || $0 == "；" || $0 == ";" })
    else { return false }
    let r = first.range
    return figures.contains { r.contains($0.span.start) }
      && !organizations.contains { r.contains($0.span.start) }
  }

  /// Why `line` tells no part of a case, or nil when it may.
  static func aside(_ line: ArticleLine, doc: TextDocument) -> CaseSpanRule? {
    let t = doc.folded
    let r = line.range
    guard !r.isEmpty, r.upperBound <= t.count, !namesActor(t, r) else { return nil }
    if isRoundUp(t, r) { return .roundUp }
    if isWorkReport(line) || CaseSpanRules.planWords.count(in: t, range: r) > 0 {
      return .workReport
    }
    return nil
  }

  /// True when `r` names somebody the case is about, or the case itself.
  static func namesActor(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    CaseToldCues.namesSomebody(t, range: r) || CaseMatterEvidence.actor(t, in: r) != nil
      || CaseToldCues.thisCase(t, range: r) != nil
  }

  /// Counts of the office's cases or totals: round-up words, counted cases.
  static func isRoundUp(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    CaseSpanRules.roundUpWords.count(in: t, range: r) > 0
      || CaseMatterEvidence.aggregateMarks(t, in: r) > 0
  }

  /// A paragraph opening with a period of work or a plan (近年来, 下一步), or
  /// whose first clause closes with 以来 (自…开展以来，).
  static func isWorkReport(_ line: ArticleLine) -> Bool {
    let x = line.text
    if CaseSpanRules.workOpenings.contains(where: { x.hasLiteral($0, at: 0) }) { return true }
    let reach = min(x.count, CaseSpanRules.firstClauseReach)
    guard let comma = x[0..<reach].firstIndex(where: { $0 == "，" || $0 == "," }) else {
      return false
    }
    let close = CaseSpanRules.periodClose
    return comma >= close.count && x.hasLiteral(close, at: comma - close.count)
  }

  /// The lines `[from, to)` with asides taken off both edges, never past
  /// `keep` (the line that showed a case is told): the first and last lines
  /// left, and what was taken off.
  static func trimmed(
    _ lines: [ArticleLine], from: Int, to: Int, keep: Int?, leading: Bool, trailing: Bool = true,
    doc: TextDocument
  ) -> (first: Int, last: Int, trims: [Trim]) {
    var first = from
    var last = to - 1
    var trims: [Trim] = []
    guard first <= last else { return (from, to - 1, []) }
    while leading, first < last, first != keep, let rule = aside(lines[first], doc: doc) {
      trims.append(Trim(span: TextSpan(lines[first].range), rule: rule))
      first += 1
    }
    while trailing, last > first, last != keep, let rule = aside(lines[last], doc: doc) {
      trims.append(Trim(span: TextSpan(lines[last].range), rule: rule))
      last -= 1
    }
    return (first, last, trims)
  }

  /// True when `line` opens a case's commentary (典型意义, 【评析】).
  static func opensCommentary(_ line: ArticleLine) -> Bool {
    var k = 0
    while k < line.count, CaseSpanRules.headingOpeners.contains(line.text[k]) { k += 1 }
    return CaseSpanRules.commentaryHeadings.contains { line.text.hasLiteral($0, at: k) }
  }

  /// The sections with the last one's trailing asides taken off (the
  /// article's closing paragraphs about the office), unless the case's
  /// commentary runs to its end; and what was taken off.
  static func trimLast(
    _ sections: inout [CaseSection], lines: [ArticleLine], doc: TextDocument
  ) -> [Trim] {
    guard let section = sections.last, !lines.isEmpty else { return [] }
    let from = CaseSplitter.lineIndex(of: section.span.start, in: lines)
    var to = from
    while to < lines.count, lines[to].range.lowerBound < section.span.end { to += 1 }
    guard to - from >= 2, !lines[from..<to].contains(where: opensCommentary) else { return [] }
    let kept = trimmed(lines, from: from, to: to, keep: from, leading: false, doc: doc)
    guard !kept.trims.isEmpty else { return [] }
    let end = lines[kept.last].range.upperBound
    guard end > section.span.start, end < section.span.end else { return [] }
    sections[sections.count - 1].span = TextSpan(section.span.start, end)
    return kept.trims
  }
}
