import ChineseText

/// A case's heading line is its title, whatever it says (a suit title, a
/// question 劳动者能否主张补足差额, a statement 依法惩治侵财犯罪): a short line
/// that carries a case heading's mark (一、 / （一） / 1. / 案例一： / 【案例一】,
/// or a marker line 案例一 / 第一起 above it), that is no sentence, no
/// section label (典型意义) and no date, standing right before the case's
/// body or its template opening (`CaseSegmentRules.headingTitle…`).
extension CaseSplitter {
  /// The title of the heading at line `j` and the line where its case
  /// starts (the marker line above it, if any), staying after `previous`.
  static func headingTitle(at j: Int, _ lines: [ArticleLine], after previous: Int)
    -> (start: Int, title: Range<Int>)?
  {
    guard j > previous, j < lines.count else { return nil }
    let line = lines[j]
    guard line.count <= CaseSegmentRules.headingTitleLength, !line.isCaseMarker,
      !isTemplateOpening(line), !isSubtitle(line),
      !line.text.contains(where: { CaseSegmentRules.headingSentenceMarks.contains($0) }),
      let last = line.text.last, last != ":", last != "："
    else { return nil }
    let marked =
      (line.text.first != "【" && line.enumeratedTitle != nil) || line.markerTitleOffset != nil
      || markerPrefixEnd(line.text) != nil
    let markedAbove = j - 1 > previous && lines[j - 1].isCaseMarker
    guard marked || markedAbove, let title = templateTitle(line) else { return nil }
    let text = line.text[(title.lowerBound - line.range.lowerBound)...]
    // A date line (19 December 2024, 2019年8月…) is no title; a title
    // of a Chinese release holds Han characters.
    guard let first = text.first, !("0"..."9").contains(first), text.contains(where: \.isHan),
      !zip(line.text, line.text.dropFirst()).contains(where: { a, b in
        ChineseNumeral.isNumeralScalar(a) && CaseSegmentRules.headingDateUnits.contains(b)
      }),
      !CaseSegmentRules.sectionLabels.contains(where: { label in
        text.count <= label.count + 1 && text.starts(with: label)
      })
    else { return nil }
    return (marked ? j : j - 1, title)
  }

  /// True when the line after heading `j` (past a template opening) opens
  /// the case's body: a sentence, or the template itself.
  static func opensBody(after j: Int, _ lines: [ArticleLine]) -> Bool {
    guard j + 1 < lines.count else { return false }
    if isTemplateOpening(lines[j + 1]) { return true }
    return lines[j + 1].text.contains("。")
  }

  /// Gives each untitled section of the kept reading the title of the
  /// heading right before its start (at most a template opening between),
  /// moving the section's start up to the heading; a story read as one case
  /// takes the title of the one heading after its lead.
  static func takeHeadingTitles(
    _ reading: inout CaseReading, lines: [ArticleLine], doc: TextDocument
  ) {
    if reading.rule == .single {
      guard reading.sections.count == 1, reading.sections[0].titleSpan == nil else { return }
      let headings = lines.indices.filter { j in
        headingTitle(at: j, lines, after: 0) != nil && opensBody(after: j, lines)
      }
      // One heading only, right after the headline and the lead: several
      // are subheadings inside the story.
      guard headings.count == 1, let j = headings.first, j <= CaseSegmentRules.headingTitleReach,
        let h = headingTitle(at: j, lines, after: 0),
        reading.sections[0].span.start <= h.title.lowerBound,
        h.title.upperBound <= reading.sections[0].span.end
      else { return }
      reading.sections[0].title = doc.folded.text(h.title)
      reading.sections[0].titleSpan = TextSpan(h.title)
      return
    }
    for k in reading.sections.indices where reading.sections[k].titleSpan == nil {
      let s = reading.startLines[k]
      // A paragraph that opens several cases (a work report's sentences)
      // is no case's body under the heading before it.
      if reading.startLines.lazy.filter({ $0 == s }).count > 1 { continue }
      let previous = k > 0 ? reading.startLines[k - 1] : -1
      var candidates = [s, s - 1]
      if s - 1 > previous, s - 1 >= 0, isTemplateOpening(lines[s - 1]) { candidates.append(s - 2) }
      guard
        let h = candidates.lazy.compactMap({ j -> (start: Int, title: Range<Int>)? in
          guard j >= 0, j >= s - 2, opensBody(after: j, lines) else { return nil }
          return headingTitle(at: j, lines, after: previous)
        }).first
      else { continue }
      let newStart = lines[h.start].range.lowerBound
      guard newStart <= reading.sections[k].span.end,
        k == 0 || reading.sections[k - 1].span.start < newStart
      else { continue }
      reading.sections[k].span.start = min(reading.sections[k].span.start, newStart)
      if k > 0, reading.sections[k - 1].span.end > newStart {
        reading.sections[k - 1].span.end = newStart
      }
      reading.sections[k].title = doc.folded.text(h.title)
      reading.sections[k].titleSpan = TextSpan(h.title)
      reading.startLines[k] = min(s, h.start)
    }
  }
}
