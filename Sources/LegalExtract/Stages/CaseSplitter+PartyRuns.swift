import ChineseText

extension CaseSplitter {
  /// The party-run role words with their first-scalar filter, built once.
  private static let partyRunRoleWords = ScalarWords(CaseSegmentRules.partyRunRoles)

  /// Cases told one after another in prose, a sentence or a paragraph each,
  /// each opened by a sentence that brings in a new named party near its
  /// start (被告人肖某…被判处…。姜某…被判处… / 此外，被执行人某公司…被罚款…):
  /// one case per such party-led run, from its opening sentence to the next
  /// run's; a lead before the first run stays outside (case.split.party-runs).
  /// Refused when a run is long (a judgment's telling, not a round-up's
  /// item), when a run tells no outcome or counts cases (statistics), when
  /// a run's party is named again in a later run (co-defendants of one case
  /// told one by one), when a party is not new, or when the lead counts one case.
  static func byPartyRuns(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [CaseSection]?
  {
    let t = doc.folded
    var openings: [(start: Int, name: ArraySlice<Unicode.Scalar>, line: Int)] = []
    var seen: [ArraySlice<Unicode.Scalar>] = []
    // The headline names a party without telling a case of its own.
    for (index, line) in lines.enumerated()
    where line.range.upperBound <= end && (index > 0 || lines.count == 1) {
      var sentence = line.range.lowerBound
      while sentence < line.range.upperBound {
        var stop = sentence
        while stop < line.range.upperBound,
          !CaseSegmentRules.matterSentenceEnds.contains(t[stop])
        {
          stop += 1
        }
        if let span = ledParty(t, sentence: sentence, limit: stop) {
          let name = t[span]
          // Only a party the text has not named before opens a run.
          if !seen.contains(where: { $0.elementsEqual(name) }),
            t.firstOffset(of: Array(name), in: 0..<sentence) == nil || openings.isEmpty
          {
            openings.append((sentence, name, index))
            seen.append(name)
            if openings.count > CaseSegmentRules.partyRunLimit { return nil }
          }
        }
        sentence = stop + 1
      }
    }
    guard openings.count >= 2,
      CaseToldCues.oneCaseCounted(t, range: 0..<openings[0].start) == nil
    else { return nil }
    func hasOutcome(_ body: Range<Int>) -> Bool {
      CaseMatterEvidence.hasOutcome(t, in: body)
        || CaseSegmentRules.partyRunSteps.count(in: t, range: body) > 0
    }
    // The last run goes on to its paragraph's end, or over the next
    // paragraphs up to the one that tells its outcome.
    let lastOpening = openings[openings.count - 1]
    var lastStop = lines[lastOpening.line].range.upperBound
    var next = lastOpening.line + 1
    while !hasOutcome(lastOpening.start..<lastStop),
      next < lines.count, next <= lastOpening.line + CaseSegmentRules.partyRunLastParagraphs,
      lines[next].range.upperBound <= end
    {
      lastStop = lines[next].range.upperBound
      next += 1
    }
    // Prose only: a heading inside the runs (基本案情, a case title) means
    // the story is told under headings, which other cues read.
    let firstLine = openings[0].line
    let lastLine = CaseSplitter.lineIndex(of: max(lastStop - 1, 0), in: lines)
    if firstLine < lastLine,
      ((firstLine + 1)...lastLine).contains(where: { !lines[$0].text.contains("。") })
    {
      return nil
    }
    var sections: [CaseSection] = []
    for (n, opening) in openings.enumerated() {
      let stop = n + 1 < openings.count ? openings[n + 1].start : lastStop
      let body = opening.start..<stop
      // A sentence or a paragraph each: a long run is one case's long telling.
      guard body.count <= CaseSegmentRules.partyRunLength, hasOutcome(body),
        CaseMatterEvidence.aggregateMarks(t, in: body) == 0
      else { return nil }
      // The parties stay apart: a later run naming this party tells the same case.
      if n + 1 < openings.count, stop < lastStop,
        t.firstOffset(of: Array(opening.name), in: stop..<lastStop) != nil
      {
        return nil
      }
      sections.append(CaseSection(span: TextSpan(opening.start, stop)))
    }
    return sections
  }

  /// The name of the party a sentence opens with: after an optional date
  /// and comma (2019年3月，) and a few characters (此外，被执行人), an
  /// anonymised name (肖某, 王某某), a role word and a name from the surname
  /// table (被告人肖福兵), or a firm (某某商贸有限公司). A name right after a
  /// post that is no party (法官, 记者, 民警) opens no run.
  static func ledParty(_ t: [Unicode.Scalar], sentence: Int, limit: Int) -> Range<Int>? {
    var p = sentence
    while p < limit, LineLayout.isLineSpace(t[p]) { p += 1 }
    guard p < limit else { return nil }
    // 还有一起案件，被告人胡某…: the name's reach counts from after the connector.
    if let c = CaseSegmentRules.partyRunConnectors.first(where: { t.hasLiteral($0, at: p) }),
      p + c.count < limit, CaseSegmentRules.datedOpeningCommas.contains(t[p + c.count])
    {
      p += c.count + 1
      guard p < limit else { return nil }
    }
    if ChineseNumeral.isArabicDigit(t[p]) {
      let afterDate = skipDate(t, from: p, limit: limit)
      if afterDate > p, afterDate < limit,
        CaseSegmentRules.datedOpeningCommas.contains(t[afterDate])
      {
        p = afterDate + 1
      }
    }
    let reach = min(limit, p + CaseSegmentRules.partyRunNameOffset + 3)
    guard reach > p else { return nil }
    var found: Range<Int>?
    if let at = CaseToldCues.anonymisedNameOffset(t, range: p..<reach) {
      var e = at + 2
      if e < limit, CaseSegmentRules.anonymisedNameTails.contains(t[e]) { e += 1 }
      found = at..<e
    }
    // One walk of the sentence's opening refuses it before a search per role.
    let roles = Self.partyRunRoleWords
    for role in t.containsAny(of: roles, in: p..<reach) ? roles : [] {
      guard let r = t.firstOffset(of: role, in: p..<reach) else { continue }
      let k = r + role.count
      guard k + 2 < limit, SurnameLexicon.surnameLength(in: t, at: k) != nil,
        t[k + 1] != "某", (k..<(k + 3)).allSatisfy({ t[$0].isHan }),
        !CasePartyFinder.functionCharacters.contains(t[k]),
        !CasePartyFinder.functionCharacters.contains(t[k + 2])
      else { continue }
      if found.map({ k < $0.lowerBound }) ?? true { found = k..<(k + 3) }
      break
    }
    if let firm = CaseMatterEvidence.namedFirm(t, in: p..<min(limit, p + 40)),
      firm.start <= p + CaseSegmentRules.partyRunNameOffset
    {
      // A firm's name read back over its role word (被执行人某公司) starts after it.
      var from = firm.start
      for d in CaseSegmentRules.partyRunDescriptors {
        if let at = t.firstOffset(of: d, in: from..<firm.end) { from = at + d.count }
      }
      // A firm's name tells no court and no outcome (法院判决驳回某公司 is no name).
      if from < firm.end,
        !CaseSegmentRules.partyRunNotInFirm.contains(where: {
          t.firstOffset(of: $0, in: from..<firm.end) != nil
        }), !CaseMatterEvidence.hasOutcome(t, in: from..<firm.end),
        found.map({ firm.start < $0.lowerBound }) ?? true
      {
        found = from..<firm.end
      }
    }
    if found == nil { found = bareName(t, from: p, limit: limit) }
    guard var name = found, name.lowerBound <= p + CaseSegmentRules.partyRunNameOffset
    else { return nil }
    // The party is the sentence's subject: before it stand only a
    // connector (此外，/ 另一起案件中，) and a word for what the party is
    // (被执行人, 村民); 法院判决驳回某公司… names the firm as an object.
    var q = p
    if let c = CaseSegmentRules.partyRunConnectors.first(where: { t.hasLiteral($0, at: q) }) {
      q += c.count
      if q < name.lowerBound, CaseSegmentRules.datedOpeningCommas.contains(t[q]) { q += 1 }
    }
    if q < name.lowerBound {
      guard
        let d = CaseSegmentRules.partyRunDescriptors.first(where: { t.hasLiteral($0, at: q) }),
        q + d.count >= name.lowerBound, q + d.count < name.upperBound
      else { return nil }
      // A firm's name read back over its role word (执行人某公司) starts after it.
      name = (q + d.count)..<name.upperBound
    }
    return name
  }

  /// A full name from the surname table as the sentence's subject, right
  /// after the connector and the party word (张晓明因…, 此外，被告人李强以…):
  /// two or three characters, then a word that goes on telling what the
  /// party did (因, 犯, 以, 在, 于, 被, 系).
  static func bareName(_ t: [Unicode.Scalar], from p: Int, limit: Int) -> Range<Int>? {
    var q = p
    if let c = CaseSegmentRules.partyRunConnectors.first(where: { t.hasLiteral($0, at: q) }) {
      q += c.count
      if q < limit, CaseSegmentRules.datedOpeningCommas.contains(t[q]) { q += 1 }
    }
    if let d = CaseSegmentRules.partyRunDescriptors.first(where: { t.hasLiteral($0, at: q) }) {
      q += d.count
    }
    guard q < limit, SurnameLexicon.surnameLength(in: t, at: q) != nil,
      !CasePartyFinder.functionCharacters.contains(t[q])
    else { return nil }
    for length in [3, 2] where q + length < limit {
      guard (q..<(q + length)).allSatisfy({ t[$0].isHan && t[$0] != "某" }),
        !CasePartyFinder.functionCharacters.contains(t[q + length - 1]),
        CaseSegmentRules.bareNameFollowers.contains(t[q + length])
      else { continue }
      let name = Array(t[q..<(q + length)])
      if CasePartyFinder.notNames.contains(where: { name.hasLiteral($0, at: 0) }) { return nil }
      return q..<(q + length)
    }
    return nil
  }
}
