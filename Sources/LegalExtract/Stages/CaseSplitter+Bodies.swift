import ChineseText

extension CaseSplitter {
  /// A story told under subheadings, each part handled by its own body of
  /// the same kind (混合夹藏 一个集装箱查出…: 甲海关查验… / 旅行团成员未申报
  /// 携带…入境: 乙海关发现…): the same role played by two different bodies,
  /// each named only in its own part, is two cases. Subheadings that name a
  /// stage of one case (一审判决, 法官说法) are no such parts.
  static func byBodySubheadings(
    _ lines: [ArticleLine], end: Int, doc: TextDocument, organizations: [OrganizationMention]
  ) -> [CaseSection]? {
    let t = doc.folded
    let heads = lines.indices.dropFirst().filter { i in
      let line = lines[i]
      return line.range.upperBound <= end && line.isShortHeading
        && CaseSegmentRules.bodySubheadingLength.contains(line.count)
        && i + 1 < lines.count && !lines[i + 1].isShortHeading
        && !isTemplateOpening(line) && !line.endsLikeCaseTitle
        && !CaseSegmentRules.stageHeadingWords.contains(where: {
          t.firstOffset(of: $0.scalarArray, in: line.range) != nil
        })
    }
    guard (2...CaseSegmentRules.bodySubheadingLimit).contains(heads.count) else { return nil }
    let sections = sections(from: heads, lines, end: end, doc: doc, lastStopsAtRemarks: true)
    // Every part tells something of a case: a campaign's description under
    // its name (“铁拳”行动 / 是市场监管总局…开展的一项执法行动) tells none.
    guard
      sections.allSatisfy({
        CaseRules.evidenceKeywords.count(in: t, range: $0.span.start..<$0.span.end) > 0
      })
    else { return nil }
    let acting = organizations.filter { [.agency, .court, .procuratorate].contains($0.kind) }
    // Each part's first acting body, named in no other part.
    var bodies: [OrganizationMention] = []
    for section in sections {
      guard let body = acting.first(where: { section.span.contains($0.span) }) else { return nil }
      bodies.append(body)
    }
    guard Set(bodies.map(\.kind)).count == 1, Set(bodies.map(\.name)).count == bodies.count else {
      return nil
    }
    for (k, body) in bodies.enumerated() {
      for (n, section) in sections.enumerated() where n != k {
        if acting.contains(where: { $0.name == body.name && section.span.contains($0.span) }) {
          return nil
        }
      }
    }
    return sections
  }
}
