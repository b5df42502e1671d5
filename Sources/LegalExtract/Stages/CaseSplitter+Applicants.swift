import ChineseText

extension CaseSplitter {
  /// A story of several cases, each told from the paragraph that brings in
  /// its applicant (`case.split.applicant-paragraphs`): a person first named
  /// in that paragraph who applies there for enforcement or arbitration, or
  /// sues (…拖欠谭某的工资。…谭某遂向法院申请强制执行。/ 原来，…胡某帮黄某…，
  /// 胡某向法院申请强制执行。). Needs two applicants or more, all different;
  /// refused when a later case names an earlier applicant again (one suit
  /// told on) or a lead counts one case.
  static func byApplicantParagraphs(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [CaseSection]?
  {
    let t = doc.folded
    var heads: [(line: Int, name: UInt64)] = []
    var seen: [UInt64: (first: Int, last: Int)]? = nil
    for (index, line) in lines.enumerated() where line.range.upperBound <= end {
      guard let name = applicant(t, in: line.range), let key = nameKey(name) else { continue }
      let extents = seen ?? anonymisedNameExtents(t, end: end)
      seen = extents
      guard let extent = extents[key], line.range.contains(extent.first),
        !heads.contains(where: { $0.name == key })
      else { continue }
      heads.append((index, key))
      if heads.count > CaseSegmentRules.partyParagraphLimit { return nil }
    }
    guard let extents = seen else { return nil }
    return sections(heads: heads, extents: extents, lines, end: end, doc: doc)
  }

  /// `CaseSegmentRules.applicationVerbs` as scalars, built once.
  private static let applicationVerbScalars = CaseSegmentRules.applicationVerbs.map(\.scalarArray)

  /// The first applicant a line names: the masked name (谭某, 王某某) that
  /// ends the subject of an application or a suit (谭某遂向法院申请强制执行,
  /// 申请执行人牛某遂向枣阳法院申请强制执行, 刘某向法院起诉).
  static func applicant(_ t: [Unicode.Scalar], in range: Range<Int>) -> [Unicode.Scalar]? {
    var i = range.lowerBound
    let verbStarts = CaseSuitRules.suitVerbStarts  // read once, not per scalar
    while i < range.upperBound {
      defer { i += 1 }
      let c = t[i]
      guard c == "申" || verbStarts.contains(c) else { continue }
      var verb = false
      if c == "申" {
        for word in applicationVerbScalars where t.hasLiteral(word, at: i) {
          let after = i + word.count
          if after < range.upperBound, CaseSegmentRules.applicationNotBefore.contains(t[after]) {
            continue
          }
          verb = true
          break
        }
      } else {
        verb = suitVerbLength(t, at: i, limit: range.upperBound) != nil
      }
      guard verb else { continue }
      var clause = i
      while clause > range.lowerBound, i - clause < CaseSegmentRules.applicationClauseReach,
        !CaseSuitRules.clauseStops.contains(t[clause - 1])
      {
        clause -= 1
      }
      let (p, q) = subjectRange(t, clause: clause, verb: i)
      guard p < q, CaseSuitRules.subjectLength.contains(q - p),
        let name = maskedNameEnding(t, at: q, from: p)
      else { continue }
      return name
    }
    return nil
  }

  /// The masked name that ends at `q` (…谭某, 申请执行人王某某), not before `from`.
  static func maskedNameEnding(_ t: [Unicode.Scalar], at q: Int, from p: Int) -> [Unicode.Scalar]? {
    guard q - p >= 2, q <= t.count else { return nil }
    var s = q - 2
    if t[q - 1] != "某" {
      // 王某某, 王某甲: the mask one back.
      guard q - p >= 3, CaseSegmentRules.anonymisedNameTails.contains(t[q - 1]), t[q - 2] == "某"
      else { return nil }
      s = q - 3
    } else if q - p >= 3, t[q - 2] == "某" {
      s = q - 3
    }
    guard s >= p, t[s].isHan, t[s] != "某", !CasePartyFinder.functionCharacters.contains(t[s])
    else { return nil }
    // 江西某科技公司 ends in no mask; a place before the mask makes a body.
    if s > p, CaseToldRules.placeEnds.contains(t[s]) { return nil }
    return Array(t[s..<q])
  }
}
