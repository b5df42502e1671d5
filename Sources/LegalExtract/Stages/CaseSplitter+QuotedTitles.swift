import ChineseText

extension CaseSplitter {
  /// Cases named by a title in book-title or quotation marks, as releases
  /// and press texts name guiding and typical cases (指导性案例241号《张某诉某
  /// 物流公司劳动合同纠纷案》明确，… / 检例第201号“刘某某诉某市人民政府…案”，
  /// 明确…), `case.split.quoted-titles`. The marks close right after the
  /// title's 案, and the title reads as one: a suit (甲诉乙…案) or a party
  /// opening it (an anonymised name, a body, a party list, a person and an
  /// offence). A title in a sentence is told when the sentence goes on after
  /// the closing mark (not a list: 、/和/及/与/等 or another title right
  /// after it); a title alone on a heading line is told by the text under it.
  /// Each distinct title is one case, from the title (or its heading line) to
  /// the next one, an inline title's part stopping at its paragraph's end.
  static func byQuotedTitles(
    _ lines: [ArticleLine], end: Int, doc: TextDocument, organizations: [OrganizationMention]
  ) -> [CaseSection]? {
    let t = doc.folded
    // Both closing marks follow the title's 案: a text without 案》 or 案”
    // holds no such title, and the walk is spared.
    let bound = min(end, t.count)
    guard
      t.firstOffset(of: ["案", "》"], in: 0..<bound) != nil
        || t.firstOffset(of: ["案", "”"], in: 0..<bound) != nil
    else { return nil }
    let orgStarts = Set(organizations.map(\.span.start))
    var found: [(title: Range<Int>, line: Int, heading: Bool)] = []
    var seen = Set<[Unicode.Scalar]>()
    for (index, line) in lines.enumerated() where line.range.upperBound <= end {
      let heading = !line.text.contains("。")
      let upper = line.range.upperBound
      for e in line.range where t[e] == "案" && e + 1 < upper {
        guard let title = quotedTitle(endingAt: e, in: line.range, t, orgStarts: orgStarts)
        else { continue }
        let after = e + 2
        if heading {
          // Alone on its heading line (after a case number): nothing after it.
          guard (after..<upper).allSatisfy({ CaseSegmentRules.paragraphSpaces.contains(t[$0]) })
          else { continue }
        } else {
          guard quotedTitleIsTold(t, after: after, limit: upper) else { continue }
        }
        if seen.insert(Array(t[title])).inserted { found.append((title, index, heading)) }
      }
    }
    guard found.count >= 2 else { return nil }
    let sections = found.enumerated().map { n, f -> CaseSection in
      let start = f.heading ? lines[f.line].range.lowerBound : f.title.lowerBound
      let next =
        n + 1 < found.count
        ? (found[n + 1].heading
          ? lines[found[n + 1].line].range.lowerBound : found[n + 1].title.lowerBound)
        : end
      let stop = f.heading ? next : min(lines[f.line].range.upperBound, next)
      return CaseSection(
        span: TextSpan(start, max(stop, f.title.upperBound + 1)), title: t.text(f.title),
        titleSpan: TextSpan(f.title))
    }
    let toldSections = told(sections, doc)
    return toldSections.count >= 2 ? toldSections : nil
  }

  /// The title inside the marks that close right after the 案 at `e`
  /// (《…案》, “…案”), when it reads as a case title; the marks are left out.
  static func quotedTitle(
    endingAt e: Int, in range: Range<Int>, _ t: [Unicode.Scalar], orgStarts: Set<Int>
  ) -> Range<Int>? {
    guard e + 1 < range.upperBound, range.lowerBound < e,
      let pair = CaseSegmentRules.quotedTitleMarks.first(where: { $0.close == t[e + 1] })
    else { return nil }
    var s = e
    while s > range.lowerBound, e - s < CaseSegmentRules.quotedTitleLength,
      t[s - 1] != pair.open, !CaseSegmentRules.quotedTitleStops.contains(t[s - 1])
    {
      s -= 1
    }
    // The closing mark ends the title at its 案 (…工伤认定案》: 定案 is no
    // word here); only a document's name (《…方案》, 《…提案》) is no case.
    guard s > range.lowerBound, t[s - 1] == pair.open,
      e + 1 - s >= CaseSegmentRules.quotedTitleShortest,
      !CaseSegmentRules.quotedDocumentEnds.contains(where: { t.hasLiteral($0, at: e - 1) })
    else { return nil }
    let title = s..<(e + 1)
    guard opensSuitTitle(t, s..<e) || isPartyStart(t, s, orgStarts: orgStarts, end: e) else {
      return nil
    }
    return title
  }

  /// True when the sentence goes on after a title's closing mark at `after`
  /// and tells something: not a list item (、/和/及/与/等 or another title
  /// next), and `quotedTitleToldLength` characters or more before it ends.
  static func quotedTitleIsTold(_ t: [Unicode.Scalar], after: Int, limit: Int) -> Bool {
    guard after < limit, !CaseSegmentRules.quotedTitleListJoins.contains(t[after]) else {
      return false
    }
    var told = 0
    var k = after
    while k < limit, !CaseSegmentRules.matterSentenceEnds.contains(t[k]) {
      if t[k].isHan { told += 1 }
      k += 1
    }
    return told >= CaseSegmentRules.quotedTitleToldLength
  }
}
