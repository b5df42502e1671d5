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
    // actor -1: a court's dated case (datedCourtCase); the case is new.
    var openings: [(start: Int, actor: Int, line: Int)] = []
    for (index, line) in lines.enumerated() where line.range.upperBound <= end {
      var sentence = line.range.lowerBound
      while sentence < line.range.upperBound {
        if datedCourtCase(t, sentence: sentence, limit: line.range.upperBound) {
          openings.append((sentence, -1, index))
        } else if let actor = datedActor(t, sentence: sentence, limit: line.range.upperBound) {
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
      if opening.actor < 0 {
        sections.append(CaseSection(span: TextSpan(opening.start, stop)))
        continue
      }
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

  /// True when the sentence at `sentence` opens with a date and the court
  /// that heard one case (2017年，双流区人民法院审理了一起…案件 / 还有，2019年
  /// 该院审理的甲诉乙…一案中): a connector and comma may come first, the
  /// comma after the date may be left out, the court's name ends within
  /// `datedCourtReach` characters of the date with no mark inside, and a
  /// verb follows that names one case (了一起) or a title ending 案中.
  static func datedCourtCase(_ t: [Unicode.Scalar], sentence: Int, limit: Int) -> Bool {
    var p = sentence
    while p < limit, LineLayout.isLineSpace(t[p]) { p += 1 }
    for connector in CaseSegmentRules.partyRunConnectors where t.hasLiteral(connector, at: p) {
      let q = p + connector.count
      if q < limit, CaseSegmentRules.datedOpeningCommas.contains(t[q]) {
        p = q + 1
        break
      }
    }
    guard p < limit,
      ChineseNumeral.isArabicDigit(t[p])
        || (p + 1 < limit && CaseSuitRules.relativeYears.contains(t[p]) && t[p + 1] == "年")
    else { return false }
    var from = skipDate(t, from: p, limit: limit)
    guard from > p, from < limit else { return false }
    if CaseSegmentRules.datedOpeningCommas.contains(t[from]) { from += 1 }
    let reach = min(limit, from + CaseSegmentRules.datedCourtReach)
    var k = from
    while k < reach, t[k].isHan {
      for court in CaseSegmentRules.datedCourtWords where t.hasLiteral(court, at: k) {
        let v = k + court.count
        for verb in CaseSegmentRules.datedCourtVerbs where t.hasLiteral(verb, at: v) {
          let w = v + verb.count
          if CaseSegmentRules.datedCourtOneCase.contains(where: { t.hasLiteral($0, at: w) }) {
            return true
          }
          guard w < limit, t[w] == CaseSegmentRules.datedCourtTitleLead else { continue }
          // 该院审理的甲诉乙…一案中，: the clause ends with the title.
          var e = w + 1
          while e < limit, !CaseSegmentRules.sentencedObjectClauseMarks.contains(t[e]) { e += 1 }
          if CaseSegmentRules.datedCourtTitleEnds.contains(where: {
            e - $0.count - (w + 1) >= CaseSegmentRules.datedCourtTitleMinimum
              && t.hasLiteral($0, at: e - $0.count)
          }) {
            return true
          }
        }
      }
      k += 1
    }
    return false
  }
}
