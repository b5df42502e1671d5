import ChineseText

/// Finds the parts of an article that each tell one case. Every cue in
/// `CaseSplitRule` proposes a reading (case markers, numbered titles, bare
/// title lines, repeated section templates, titles named in passing, …);
/// `CaseReadingSelection` weighs them together with a lead that counts the
/// cases and keeps the best supported. An article that tells no case
/// (statistics, commentary) has none.
enum CaseSplitter {
  static func sections(in doc: TextDocument, organizations: [OrganizationMention]) -> [CaseSection]
  {
    reading(in: doc, organizations: organizations).kept?.sections ?? []
  }

  /// What the cues propose and which reading is kept; `noCase` says why an
  /// article that reads as no case has none (commentary or statistics).
  struct Outcome {
    var kept: CaseReading?
    var readings: [CaseReading]
    var noCase: CaseSplitRule?
    /// What showed the article tells a case, when it reads as one (`case.split.single`).
    var toldBy: CaseToldCues.Match?
    /// Paragraphs taken off the cases' edges (CaseSpanRule).
    var trimmed: [CaseSpanBounds.Trim] = []
  }

  static func reading(
    in doc: TextDocument, organizations: [OrganizationMention], figures: [FigureMention] = []
  ) -> Outcome {
    let lines = withoutContents(doc.paragraphs.compactMap { ArticleLine($0, in: doc) })
    guard !lines.isEmpty else { return Outcome(kept: nil, readings: [], noCase: .commentary) }
    let end = contentEnd(lines)
    // Whether the article tells a case, read once: the single reading and
    // `toldBy` both ask.
    // A weak cue (一起…案件 given as an example) does not stand against a
    // round-up of counts (共查处N起, 同比): such a text tells no case.
    var toldMatch = toldCue(lines, end: end, doc: doc)
    var roundUp = false
    if let m = toldMatch, CaseMatterRules.weakToldRules.contains(m.rule),
      CaseMatterEvidence.isRoundUp(doc.folded, in: 0..<end)
    {
      toldMatch = toldCue(lines, end: end, doc: doc, excluding: CaseMatterRules.weakToldRules)
      roundUp = toldMatch == nil
    }
    var singleTrims: [CaseSpanBounds.Trim] = []
    let single =
      toldMatch == nil
      ? []
      : singleCase(
        lines, end: end, doc: doc, organizations: organizations, figures: figures,
        told: toldMatch?.span, trims: &singleTrims)
    let counted = leadCount(in: doc, lines: lines)
    let proposals: [(CaseSplitRule, [CaseSection]?)] = [
      (.marker, byMarkers(lines, end: end, doc: doc).map { told($0, doc) }),
      (.markerParagraph, byMarkerParagraphs(lines, end: end, doc: doc)),
      (.inlineMarkers, byInlineMarkers(lines, end: end, doc: doc)),
      (
        .enumeratedTitle,
        byEnumeratedTitles(lines, end: end, doc: doc, organizations: organizations).map {
          told($0, doc)
        }
      ),
      (.titleLine, byTitleLines(lines, end: end, doc: doc).map { told($0, doc) }),
      (.dashTitle, byDashTitles(lines, end: end, doc: doc)),
      (.questionHeadings, byQuestionHeadings(lines, end: end, doc: doc)),
      (
        .statementHeadings,
        byStatementHeadings(lines, end: end, doc: doc, leadCount: counted)
      ),
      (.defendantParagraphs, byDefendantParagraphs(lines, end: end, doc: doc)),
      (.defendantClauses, byDefendantClauses(lines, end: end, doc: doc)),
      (.listedTitles, byListedTitles(lines, end: end, doc: doc, organizations: organizations)),
      (.ordinalParagraphs, byOrdinalParagraphs(lines, end: end, doc: doc)),
      (.inlineOrdinals, byInlineOrdinals(lines, end: end, doc: doc)),
      (.datedMatters, byDatedMatters(lines, end: end, doc: doc)),
      (.successiveSuits, bySuccessiveSuits(lines, end: end, doc: doc)),
      (.judgedSuits, byJudgedSuits(lines, end: end, doc: doc)),
      (.partyParagraphs, byPartyParagraphs(lines, end: end, doc: doc)),
      (.applicantParagraphs, byApplicantParagraphs(lines, end: end, doc: doc)),
      (.partyRuns, byPartyRuns(lines, end: end, doc: doc)),
      (.sentencedObjects, bySentencedObjects(lines, end: end, doc: doc)),
      (.repeatedDecisions, byRepeatedDecisions(lines, end: end, doc: doc)),
      (.toldItems, byToldItems(lines, end: end, doc: doc)),
      (.penalisedActors, byPenalisedActors(lines, end: end, doc: doc)),
      (
        .bodySubheadings,
        byBodySubheadings(lines, end: end, doc: doc, organizations: organizations)
      ),
      (
        .titleParagraphs,
        byTitleParagraphs(lines, end: end, doc: doc, organizations: organizations)
      ),
      (.sectionTemplate, bySectionTemplates(lines, end: end, doc: doc).map { told($0, doc) }),
      (.quotedTitles, byQuotedTitles(lines, end: end, doc: doc, organizations: organizations)),
      (.namedInPassing, byNamedInPassing(lines, end: end, doc: doc, organizations: organizations)),
      (.toldExamples, byToldExamples(lines, end: end, doc: doc)),
      (.example, byExamples(lines, end: end, doc: doc, organizations: organizations)),
      (.toldTogether, single.isEmpty ? nil : toldTogether(single[0], doc: doc)),
      (.single, single),
    ]
    let readings = proposals.compactMap { rule, sections -> CaseReading? in
      guard let sections, sections.count >= (rule.allowsOneCase ? 1 : 2) else { return nil }
      return CaseReading(
        rule: rule, sections: sections,
        startLines: sections.map { lineIndex(of: $0.span.start, in: lines) })
    }
    var kept = CaseReadingSelection.best(readings, leadCount: counted)
    var trims: [CaseSpanBounds.Trim] = []
    if var reading = kept {
      splitByDefendantClauses(&reading, among: readings, leadCount: counted, lines: lines)
      reading.borrowTitles(from: readings)
      takeHeadingTitles(&reading, lines: lines, doc: doc)
      CaseTitleTrim.apply(&reading.sections, doc: doc)
      trims =
        reading.rule == .single
        ? singleTrims : CaseSpanBounds.trimLast(&reading.sections, lines: lines, doc: doc)
      kept = reading
    }
    let noCase: CaseSplitRule? =
      kept == nil ? (roundUp ? .roundUp : noCaseReason(lines, end: end, doc: doc)) : nil
    let toldBy = kept?.rule == .single ? toldMatch : nil
    return Outcome(
      kept: kept, readings: readings, noCase: noCase, toldBy: toldBy, trimmed: trims)
  }

  /// The index of the line holding `offset` (the last line starting at or before it).
  static func lineIndex(of offset: Int, in lines: [ArticleLine]) -> Int {
    var lo = 0
    var hi = lines.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lines[mid].range.lowerBound <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// One section per heading line, from the heading to the next one; the last
  /// runs to `end`, or to the closing remarks after it (法官提示…) when
  /// `lastStopsAtRemarks`. `title` gives the title's range for a heading
  /// and where its section stops.
  static func sections(
    from heads: [Int], _ lines: [ArticleLine], end: Int, doc: TextDocument,
    lastStopsAtRemarks: Bool = false, title: (Int, Int) -> Range<Int>? = { _, _ in nil }
  ) -> [CaseSection] {
    let remarks = CaseRules.closingRemarkOpenings.map(\.scalarArray)
    return heads.enumerated().map { n, i in
      var stop = n + 1 < heads.count ? lines[heads[n + 1]].range.lowerBound : end
      if lastStopsAtRemarks, n + 1 == heads.count,
        let k = lines.indices.first(where: { k in
          k > i && lines[k].range.lowerBound < end
            && remarks.contains { lines[k].text.hasLiteral($0, at: 0) }
        })
      {
        stop = lines[k].range.lowerBound
      }
      let span = TextSpan(lines[i].range.lowerBound, max(stop, lines[i].range.upperBound))
      guard let t = title(i, stop) else { return CaseSection(span: span) }
      return CaseSection(span: span, title: doc.folded.text(t), titleSpan: TextSpan(t))
    }
  }

  /// Sections that tell something: a table of contents lists titles (with
  /// subtitles) but holds no sentence, so its entries are no cases.
  static func told(_ sections: [CaseSection], _ doc: TextDocument) -> [CaseSection] {
    sections.filter { section in
      // A title may run to or past the section's end (a template heading
      // with nothing after it): such a section tells nothing.
      let bodyStart = section.titleSpan?.end ?? section.span.start
      guard bodyStart < section.span.end else { return false }
      let body = bodyStart..<section.span.end
      return body.count > 0 && doc.folded.firstOffset(of: ["。"], in: body) != nil
    }
  }

  /// Paragraphs that open ——title案。 and go on to tell the case.
  static func byDashTitles(_ lines: [ArticleLine], end: Int, doc: TextDocument) -> [CaseSection]? {
    let heads = lines.indices.filter {
      lines[$0].dashTitleRange != nil && lines[$0].range.upperBound <= end
    }
    guard heads.count >= 2 else { return nil }
    return sections(from: heads, lines, end: end, doc: doc) { i, _ in lines[i].dashTitleRange }
  }

  /// A story of several cases told one paragraph each, each about its own
  /// defendant (被告高某明在…。/ 被告郑某华因…。), after a lead that counts them
  /// (发生3起…案, 集中宣判两起案件).
  static func byDefendantParagraphs(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [CaseSection]?
  {
    let remarks = CaseRules.closingRemarkOpenings.map(\.scalarArray)
    let named: [(index: Int, name: String)] = lines.indices.compactMap { i in
      guard lines[i].range.upperBound <= end,
        !remarks.contains(where: { lines[i].text.hasLiteral($0, at: 0) }),
        let name = firstDefendant(in: lines[i])
      else { return nil }
      return (i, name)
    }
    // The longest run of adjacent paragraphs with distinct defendants; a
    // paragraph that opens as another person's (另一…被告人张某, a namesake)
    // counts as a new defendant though the name is the same.
    let another = CaseSegmentRules.anotherPartyOpenings
    var best: [(index: Int, name: String)] = []
    var run: [(index: Int, name: String)] = []
    var previous: Int?
    for n in named {
      let adjacent = previous.map { $0 + 1 == n.index } ?? false
      previous = n.index
      let namesake = another.contains { lines[n.index].text.hasLiteral($0, at: 0) }
      if adjacent, !run.isEmpty, namesake || !run.contains(where: { $0.name == n.name }) {
        run.append(n)
      } else {
        run = [n]
      }
      if run.count > best.count { best = run }
    }
    guard best.count >= 2, let first = best.first,
      leadCountsCases(doc.folded, before: lines[first.index].range.lowerBound)
    else { return nil }
    return sections(from: best.map(\.index), lines, end: end, doc: doc, lastStopsAtRemarks: true)
  }

  /// The first defendant a paragraph names after 被告/被告人: an anonymised
  /// name (高某) or a three-character one (高四明).
  private static func firstDefendant(in line: ArticleLine) -> String? {
    let t = line.text
    guard let at = t.firstOffset(of: "被告", in: 0..<t.count) else { return nil }
    var k = at + 2
    if k < t.count, t[k] == "人" { k += 1 }
    guard k + 2 < t.count, (k..<(k + 3)).allSatisfy({ t[$0].isHan }) else { return nil }
    if t[k + 1] == "某" {
      let third = t[k + 2]
      return String(
        String.UnicodeScalarView(t[k..<(k + (["某", "甲", "乙", "丙", "丁"].contains(third) ? 3 : 2))]))
    }
    if CasePartyFinder.functionCharacters.contains(t[k])
      || CasePartyFinder.functionCharacters.contains(t[k + 2])
    {
      return nil
    }
    let name = Array(t[k..<(k + 3)])
    if CasePartyFinder.notNames.contains(where: { name.hasLiteral($0, at: 0) }) { return nil }
    return String(String.UnicodeScalarView(name))
  }

  /// True when the text before `offset` counts two or more cases (3起…案).
  static func leadCountsCases(_ t: [Unicode.Scalar], before offset: Int) -> Bool {
    var i = 0
    while let qi = t.firstOffset(of: ["起"], in: i..<offset) {
      i = qi + 1
      // The whole numeral before 起 (11起 is eleven, not one).
      var s = qi
      while s > 0, qi - s < CaseSegmentRules.leadCaseCountDigits,
        ChineseNumeral.isNumeralScalar(t[s - 1])
      {
        s -= 1
      }
      guard s < qi, let v = ChineseNumeral.value(of: t[s..<qi])?.integerValue, v >= 2
      else { continue }
      if t.firstOffset(of: ["案"], in: (qi + 1)..<min(offset, qi + 16)) != nil { return true }
    }
    return false
  }

  /// Where the case text ends: before trailing notes, bylines and captions.
  static func contentEnd(_ lines: [ArticleLine]) -> Int {
    var i = lines.count - 1
    while i > 0 {
      let line = lines[i]
      // A byline (记者 张某 通讯员 李某) is short; a paragraph that opens
      // 记者从某检察院获悉，… is the story's lead and tells on.
      let byline = CaseRules.bylineOpenings.contains { line.text.hasLiteral($0, at: 0) }
      let closing =
        CaseRules.closingOpenings.contains { line.text.hasLiteral($0, at: 0) }
        && (!byline || line.count <= CaseRules.bylineLength)
      let shortTrailer = line.count <= 12 && !line.text.contains("。")
      if closing || shortTrailer { i -= 1 } else { break }
    }
    return lines[i].range.upperBound
  }

  // MARK: - Strategies

  /// 案例一 / 【案例2】 lines; the title is the next title-like line.
  static func byMarkers(_ lines: [ArticleLine], end: Int, doc: TextDocument) -> [CaseSection]? {
    let all = lines.indices.filter { lines[$0].isCaseMarker || lines[$0].markerTitleOffset != nil }
    // Marker lines one right after another (案例一：…案 / 案例二：…案) are a
    // list of titles, not cases: the cases are told under later markers.
    // The last line of such a run that repeats an earlier entry's title is
    // the first case's own heading, right after the table of contents
    // (案例一：王某…案 / 案例二：… / 案例一 王某…案): it is kept.
    func titleText(_ i: Int) -> ArraySlice<Unicode.Scalar>? {
      lines[i].markerTitleOffset.map { lines[i].text[$0...] }
    }
    // A ——subtitle line under an entry belongs to it: the entries of a
    // table of contents with subtitles are still one right after another.
    func neighbour(_ i: Int, _ step: Int) -> Int {
      var k = i + step
      while k >= 0, k < lines.count, CaseSplitter.isSubtitle(lines[k]) { k += step }
      return k
    }
    let marks = all.filter { i in
      let next = neighbour(i, 1)
      let previous = neighbour(i, -1)
      let inList =
        (all.contains(next) && lines[i].markerTitleOffset != nil)
        || (all.contains(previous) && lines[previous].markerTitleOffset != nil
          && lines[i].markerTitleOffset != nil)
      guard inList else { return true }
      guard !all.contains(next), let own = titleText(i) else { return false }
      var k = previous
      while all.contains(k) {
        if let other = titleText(k), other.elementsEqual(own) { return true }
        k = neighbour(k, -1)
      }
      return false
    }
    guard !marks.isEmpty else { return nil }
    return sections(from: marks, lines, end: end, doc: doc) { i, stop in
      if let offset = lines[i].markerTitleOffset {
        return (lines[i].range.lowerBound + offset)..<lines[i].range.upperBound
      }
      // The title is the next title-like line under the marker.
      let j = ((i + 1)..<min(i + 4, lines.count)).first { j in
        lines[j].range.lowerBound < stop
          && (lines[j].endsLikeCaseTitle
            || (lines[j].isShortHeading && lines[j].count >= 4
              && !lines[j].text.hasLiteral("【", at: 0)))
      }
      guard let j else { return nil }
      return caseNameSubtitle(after: j, lines, before: stop)
        ?? wrappedTitle(from: j, lines, before: stop) ?? lines[j].range
    }
  }

  /// A statement heading over a ——subtitle that names the case
  /// (以马肉冒充驴肉进行销售构成销售伪劣产品罪 / ——被告人霍某销售伪劣产品罪案):
  /// the subtitle, without its dashes, is the case's title.
  static func caseNameSubtitle(after j: Int, _ lines: [ArticleLine], before stop: Int)
    -> Range<Int>?
  {
    guard !lines[j].endsLikeCaseTitle, j + 1 < lines.count,
      lines[j + 1].range.lowerBound < stop, isSubtitle(lines[j + 1]),
      lines[j + 1].text.last == "案", !lines[j + 1].text.contains("。")
    else { return nil }
    let line = lines[j + 1]
    guard let from = line.text.firstIndex(where: { !["—", "-", "－", " ", "　"].contains($0) }),
      line.count - from >= 4
    else { return nil }
    return (line.range.lowerBound + from)..<line.range.upperBound
  }

  /// A title wrapped over two heading lines (金凤区某生活超市 / 经营超过保质期的
  /// 食品案): a short line that does not end like a title, then one that does
  /// and says nothing more. The title's text drops the line break (CaseTitleTrim).
  static func wrappedTitle(from j: Int, _ lines: [ArticleLine], before stop: Int) -> Range<Int>? {
    guard !lines[j].endsLikeCaseTitle, lines[j].isShortHeading, !isSubtitle(lines[j]),
      j + 1 < lines.count, lines[j + 1].range.lowerBound < stop, lines[j + 1].endsLikeCaseTitle,
      lines[j + 1].isShortHeading, !lines[j + 1].isCaseMarker,
      lines[j + 1].markerTitleOffset == nil,
      lines[j].count + lines[j + 1].count <= CaseSegmentRules.wrappedTitleLength
    else { return nil }
    return lines[j].range.lowerBound..<lines[j + 1].range.upperBound
  }

  /// 1.某某危险驾驶案 / 一、甲诉乙…案 headings; a run of such lines with no
  /// text between them is a table of contents, not cases. A lone heading is
  /// a reading of one case when its title names a body or a person
  /// (一、某县市场监管局查处某公司…案).
  static func byEnumeratedTitles(
    _ lines: [ArticleLine], end: Int, doc: TextDocument, organizations: [OrganizationMention] = []
  ) -> [CaseSection]? {
    let heads = lines.indices.filter { i in
      guard let t = lines[i].enumeratedTitle else { return false }
      return t.text.last == "案" && t.text.count >= 4 && t.text.count <= 60 && !t.text.contains("。")
    }
    let kept = heads.filter { i in !isListed(i, among: heads, lines) }
    guard !kept.isEmpty else { return nil }
    if kept.count == 1 {
      let line = lines[kept[0]]
      // 一、白恩培案：终身监禁第一案: a person's name before 案 names the party.
      let namesSomebody =
        organizations.contains { line.range.contains($0.span.start) }
        || hasAnonymisedName(line.text[...])
        || line.enumeratedTitle.map { namesPerson($0.text[...]) } == true
      guard namesSomebody else { return nil }
    }
    return sections(from: kept, lines, end: end, doc: doc) { i, _ in
      lines[i].enumeratedTitle.map {
        (lines[i].range.lowerBound + $0.offset)..<lines[i].range.upperBound
      }
    }
  }

  /// True when the heading at `i` stands in a run of headings with nothing
  /// told between them (a table of contents); a ——subtitle line under an
  /// entry belongs to the entry.
  static func isListed(_ i: Int, among heads: [Int], _ lines: [ArticleLine]) -> Bool {
    var next = i + 1
    while next < lines.count, isSubtitle(lines[next]) { next += 1 }
    var previous = i - 1
    while previous >= 0, isSubtitle(lines[previous]) { previous -= 1 }
    return heads.contains(next) || heads.contains(previous)
  }

  /// Paragraphs opening 第一起案件中 / 另一起案件中 in a story that reports
  /// several cases without headings.
  static func byOrdinalParagraphs(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [CaseSection]?
  {
    let openings = CaseRules.caseParagraphOpenings.map(\.scalarArray)
    let bare = CaseRules.argumentOrdinals.map(\.scalarArray)
    let starts = lines.indices.filter { i in
      openings.contains { o in
        lines[i].text.hasLiteral(o, at: 0) && lines[i].count > o.count
          && ["中", ",", "，", "是", "为", "系"].contains(lines[i].text[o.count])
          // 其一，/其二， also number a judgment's reasons: such a paragraph
          // opens a case only when it tells a matter (case.split.ordinal-paragraphs).
          && (!bare.contains(o) || CaseMatterEvidence.tellsMatter(doc.folded, item: lines[i].range))
      }
    }
    guard starts.count >= 2 else { return nil }
    return sections(from: starts, lines, end: end, doc: doc, lastStopsAtRemarks: true)
  }

  /// Bare title lines (某某遗弃案) after the headline, also with a ——subtitle
  /// after the title (王某某盗窃案——多次盗窃的，依法从重处罚): the title is the
  /// part before the dashes.
  static func byTitleLines(_ lines: [ArticleLine], end: Int, doc: TextDocument) -> [CaseSection]? {
    let heads = lines.indices.dropFirst().filter {
      (lines[$0].endsLikeCaseTitle && lines[$0].count <= 40)
        || lines[$0].subtitledTitleRange != nil
    }
    let kept = heads.filter { i in !isListed(i, among: heads, lines) }
    guard kept.count >= 2 else { return nil }
    return sections(from: kept, lines, end: end, doc: doc) { i, _ in
      lines[i].subtitledTitleRange ?? lines[i].titleRange
    }
  }
}
