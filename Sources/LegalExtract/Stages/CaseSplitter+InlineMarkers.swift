import ChineseText

extension CaseSplitter {
  /// A case marker that opens a sentence inside prose: where it starts,
  /// its number, and where the text after it starts.
  struct InlineMarker {
    var start: Int
    var value: Int
    var textStart: Int
  }

  /// Case markers that open sentences inside prose, numbered one after
  /// another from one (本文列举三则案例。案例一，杨某… / 案例二中的洪某应… /
  /// 案例三中，李某… / 案件1梁某某…纠纷案2018年…, a page that lost its line
  /// breaks): one case per marker, from the marker to the next; the last
  /// stops at closing remarks. Of several runs numbered from one (a list of
  /// titles, then the cases), the one whose parts tell the most is kept;
  /// a marker out of sequence (案例一和案例二都…) belongs to the commentary.
  static func byInlineMarkers(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [CaseSection]?
  {
    let t = doc.folded
    let markers = inlineMarkers(t, lines: lines, end: end)
    guard markers.count >= 2 else { return nil }
    // Runs numbered 1, 2, 3…; a new run opens at every 1.
    var runs: [[InlineMarker]] = []
    for marker in markers {
      if marker.value == 1 {
        runs.append([marker])
      } else if let last = runs.last?.last, marker.value == last.value + 1 {
        runs[runs.count - 1].append(marker)
      }
    }
    var best: [CaseSection] = []
    for (n, run) in runs.enumerated() where run.count >= 2 {
      // A run stops where the next run (or any later marker) opens.
      let next = n + 1 < runs.count ? runs[n + 1][0].start : end
      let sections = inlineSections(run, stop: next, lines: lines, t)
      let told = sections.filter { t.firstOffset(of: ["。"], in: $0.span.range) != nil }
      if told.count == run.count, told.count >= best.count { best = told }
    }
    return best.count >= 2 ? best : nil
  }

  /// Every marker (案例一 / 典型案例2 / 案件1) at a sentence's opening before
  /// `end`, in text order.
  static func inlineMarkers(_ t: [Unicode.Scalar], lines: [ArticleLine], end: Int)
    -> [InlineMarker]
  {
    var found: [InlineMarker] = []
    for word in CaseSegmentRules.inlineMarkerWords {
      var from = 0
      while let at = t.firstOffset(of: word, in: from..<end) {
        from = at + 1
        if let marker = inlineMarker(t, at: at, word: word, lines: lines, end: end) {
          found.append(marker)
        }
      }
    }
    return found.sorted { $0.start < $1.start }
  }

  /// The marker whose case word stands at `at`, when a number follows it
  /// and a sentence opens there (a line's start, or after 。：；).
  private static func inlineMarker(
    _ t: [Unicode.Scalar], at: Int, word: [Unicode.Scalar], lines: [ArticleLine], end: Int
  ) -> InlineMarker? {
    var start = at
    // 典型案例一: the longer marker reads from its first character.
    let typical = CaseSegmentRules.typicalMarkerLead
    if start - typical.count >= 0, t.hasLiteral(typical, at: start - typical.count) {
      start -= typical.count
    }
    let line = lines[lineIndex(of: start, in: lines)]
    let opensSentence =
      start == line.range.lowerBound || start == 0
      || CaseSegmentRules.inlineMarkerOpeners.contains(t[start - 1])
    guard opensSentence else { return nil }
    var k = at + word.count
    let numberStart = k
    while k < end, k - numberStart < CaseSegmentRules.inlineMarkerNumberLength,
      ChineseNumeral.isNumeralScalar(t[k])
    {
      k += 1
    }
    guard k > numberStart, k < end,
      !ChineseNumeral.isNumeralScalar(t[k]),
      !CaseSegmentRules.notAfterInlineMarker.contains(t[k]),
      let value = ChineseNumeral.value(of: t[numberStart..<k])?.integerValue,
      value >= 1, value <= CaseSegmentRules.inlineMarkerLimit
    else { return nil }
    // A heading line that is only the marker (案例一) is read by case.split.marker.
    if line.range.lowerBound == start, line.isCaseMarker { return nil }
    return InlineMarker(start: start, value: value, textStart: k)
  }

  /// One section per marker of a run, the last stopping at `stop`, at the
  /// closing remarks of a later paragraph or at the next heading (二、适用中的
  /// 难点: the article's next part, not the case); the title is what the
  /// marker introduces when it ends in 案 (案例四涉及某局申请执行行政处罚案。).
  private static func inlineSections(
    _ run: [InlineMarker], stop: Int, lines: [ArticleLine], _ t: [Unicode.Scalar]
  ) -> [CaseSection] {
    let remarks = CaseRules.closingRemarkOpenings.map(\.scalarArray)
    return run.enumerated().map { n, marker in
      var e = n + 1 < run.count ? run[n + 1].start : stop
      if n + 1 == run.count {
        let first = lineIndex(of: marker.start, in: lines) + 1
        if first < lines.count,
          let k = lines[first...].first(where: { line in
            line.range.lowerBound < e
              && (line.isShortHeading || remarks.contains { line.text.hasLiteral($0, at: 0) })
          })
        {
          e = k.range.lowerBound
        }
      }
      // Trailing line breaks belong to no case.
      while e > marker.start, t[e - 1] == "\n" || t[e - 1] == " " { e -= 1 }
      let span = TextSpan(marker.start, max(e, marker.textStart))
      guard let title = inlineMarkerTitle(t, from: marker.textStart, limit: span.end) else {
        return CaseSection(span: span)
      }
      return CaseSection(span: span, title: t.text(title), titleSpan: TextSpan(title))
    }
  }

  /// The title after a marker: past the marks and the words that introduce
  /// it (，/：/涉及/中的), up to the first 案 that ends a title, before the
  /// clause ends; a date may follow it when the page lost its line break
  /// (…纠纷案2018年5月).
  static func inlineMarkerTitle(_ t: [Unicode.Scalar], from: Int, limit: Int) -> Range<Int>? {
    var s = from
    while s < limit, CaseSegmentRules.inlineMarkerSeparators.contains(t[s]) { s += 1 }
    for lead in CaseSegmentRules.inlineMarkerTitleLeads where t.hasLiteral(lead, at: s) {
      s += lead.count
      break
    }
    let reach = min(limit, s + CaseSegmentRules.inlineTitleLength)
    var e = s
    while e < reach, !CaseSuitRules.clauseStops.contains(t[e]) {
      if t[e] == "案", e - s + 1 >= 4, !isNotTitleEnd(t, e), !isCaseWordTail(t, e) {
        let next = e + 1
        if next >= limit || CaseSuitRules.clauseStops.contains(t[next])
          || ChineseNumeral.isArabicDigit(t[next]) || t[next] == "\n"
        {
          return s..<(e + 1)
        }
      }
      e += 1
    }
    return nil
  }
}
