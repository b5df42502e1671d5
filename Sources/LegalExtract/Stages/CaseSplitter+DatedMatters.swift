import ChineseText

extension CaseSplitter {
  /// Matters told one after another in prose, each in a sentence that opens
  /// with its date and its actor (2021年，村民刘某在基本农田上违法建房…。
  /// 2022年，赵某非法占用农用地…，法院以…判处赵某…): one case per such
  /// sentence, up to the next (case.split.dated-matters). Each matter needs
  /// an outcome and no count of cases, and each actor must be new: a
  /// sentence whose actor the story already named goes on telling the same
  /// case (2020年，张某借款… / 2021年，张某起诉…).
  static func byDatedMatters(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [CaseSection]?
  {
    let t = doc.folded
    var openings: [(start: Int, actor: Int, line: Int)] = []
    for (index, line) in lines.enumerated() where line.range.upperBound <= end {
      var sentence = line.range.lowerBound
      while sentence < line.range.upperBound {
        if let actor = datedActor(t, sentence: sentence, limit: line.range.upperBound) {
          openings.append((sentence, actor, index))
        }
        var stop = sentence
        while stop < line.range.upperBound, !CaseSegmentRules.matterSentenceEnds.contains(t[stop]) {
          stop += 1
        }
        sentence = stop + 1
      }
    }
    guard (2...CaseSegmentRules.datedMatterLimit).contains(openings.count) else { return nil }
    var sections: [CaseSection] = []
    for (n, opening) in openings.enumerated() {
      // The last matter runs to its paragraph's end.
      let stop =
        n + 1 < openings.count ? openings[n + 1].start : lines[opening.line].range.upperBound
      let body = opening.start..<stop
      // An outcome, or a procuratorate's written demand (…发出检察建议).
      guard
        CaseMatterEvidence.hasOutcome(t, in: body)
          || t.firstOffset(of: CaseSegmentRules.recommendationWord, in: body) != nil,
        CaseMatterEvidence.aggregateMarks(t, in: body) == 0
      else { return nil }
      // A new actor: not named anywhere before its sentence since the first matter.
      let name = t[opening.actor..<min(stop, opening.actor + CaseSegmentRules.actorKeyLength)]
      if n > 0,
        t.firstOffset(of: Array(name), in: openings[0].start..<opening.start) != nil
      {
        return nil
      }
      sections.append(CaseSection(span: TextSpan(opening.start, stop)))
    }
    return sections
  }

  /// Where the actor of a sentence that opens with a date stands: the date
  /// (2021年, 2022年3月, 同年5月), a comma, then an actor within a few
  /// characters (村民刘某, 某公司, 被告人王某).
  static func datedActor(_ t: [Unicode.Scalar], sentence: Int, limit: Int) -> Int? {
    var p = sentence
    while p < limit, LineLayout.isLineSpace(t[p]) { p += 1 }
    // 另一起案件中，2021年3月，陈某…: the words that say another case is told.
    for opening in CaseRules.caseParagraphOpeningScalars where t.hasLiteral(opening, at: p) {
      var q = p + opening.count
      if q < limit, t[q] == CaseSegmentRules.datedMatterLeadInTail { q += 1 }
      if q < limit, CaseSegmentRules.datedOpeningCommas.contains(t[q]) {
        p = q + 1
        break
      }
    }
    guard p < limit,
      ChineseNumeral.isArabicDigit(t[p])
        || (p + 1 < limit && CaseSuitRules.relativeYears.contains(t[p]) && t[p + 1] == "年")
    else { return nil }
    let afterDate = skipDate(t, from: p, limit: limit)
    guard afterDate > p, afterDate < limit,
      CaseSegmentRules.datedOpeningCommas.contains(t[afterDate])
    else { return nil }
    let from = afterDate + 1
    let reach = min(limit, from + CaseSegmentRules.datedActorReach)
    guard let actor = CaseMatterEvidence.actor(t, in: from..<reach),
      actor - from <= CaseSegmentRules.datedActorOffset
    else { return nil }
    return actor
  }
}
