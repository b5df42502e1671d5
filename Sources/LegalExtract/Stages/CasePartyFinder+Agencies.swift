import ChineseText

/// The administrative-suit grammar: an agency is the defendant of the suit that
/// reviews its act, whether the text says so by a role word or by what is asked
/// of the court about the act (确认…违法) or by its head appearing for it
/// (出庭应诉). Only agencies are read here (a mention of kind agency, or an
/// organ's short name: 区政府, 某街道办事处). An agency that answers (某局答辩称)
/// is not read: tried in round 17, it added no fit party and one false one on
/// validation (B65).
extension CasePartyFinder {
  func agencyDefendants(in span: TextSpan, into out: inout Parties) {
    actsHeldUnlawful(in: span, into: &out)
    headsAppearing(in: span, into: &out)
  }

  /// An agency named at `start`, ending at or before `limit`.
  func agencyName(at start: Int, limit: Int) -> ReadParty? {
    guard start < limit else { return nil }
    if let org = organization(startingAt: start) {
      guard org.kind == .agency, org.span.end <= limit else { return nil }
      return ReadParty(name: org.name, span: org.span)
    }
    guard let organ = organName(at: start, limit: limit), organ.upperBound <= limit else {
      return nil
    }
    return ReadParty(name: doc.displayText(organ), span: TextSpan(organ))
  }

  /// `case.party.act-held-unlawful`: 请求(法院)确认甲、乙…的行为违法 / 判决确认甲…违法 /
  /// 2、确认甲…违法: the agencies right after 确认, in a clause that asks for or
  /// orders the finding and closes with it, are defendants.
  private func actsHeldUnlawful(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.unlawfulActCues, in: span) { cue in
      let clause = clauseStart(before: cue.at, from: span.start)
      let asked =
        Self.unlawfulActAsks.contains { t.firstOffset(of: $0, in: clause..<cue.at) != nil }
        || opensItem(before: cue.at, from: span.start)
      guard asked else { return }
      let sentenceEnd =
        doc.sentenceIndex(containing: cue.at).map { min(doc.sentences[$0].upperBound, span.end) }
        ?? span.end
      let limit = min(sentenceEnd, cue.end + Self.unlawfulActReach)
      var at = cue.end
      if t.hasLiteral("被告", at: at) { at += 2 }
      var names: [ReadParty] = []
      while at < limit, let n = agencyName(at: at, limit: limit) {
        names.append(n)
        at = n.span.end
        guard at < limit, t[at] == "、" || t[at] == "和" || t[at] == "及" else { break }
        at += 1
      }
      guard !names.isEmpty, at < limit,
        let finding = Self.unlawfulActFindings.compactMap({ t.firstOffset(of: $0, in: at..<limit) })
          .min(),
        !t[at..<finding].contains(where: { Self.unlawfulActBreaks.contains($0) })
      else { return }
      out.add(.defendant, names, by: .actHeldUnlawful)
    }
  }

  /// True when an item number and its mark (2、 / 二、 / 3.) stand right before
  /// `offset`, at a line's or sentence's opening.
  private func opensItem(before offset: Int, from lower: Int) -> Bool {
    let t = doc.folded
    guard offset >= lower + 2, Self.itemMarks.contains(t[offset - 1]) else { return false }
    var k = offset - 1
    while k > lower, Self.itemNumerals.contains(t[k - 1]) { k -= 1 }
    guard k < offset - 1 else { return false }
    return k == lower || t[k - 1] == "\n" || t[k - 1] == "。" || t[k - 1] == " "
      || t[k - 1] == "；" || t[k - 1] == "："
  }

  /// `case.party.head-appears`: in the sentence of one appearance (出庭应诉, not
  /// 出庭应诉率), an agency whose head's post follows its name (某局局长, 某县司法局
  /// 党组书记; one character may stand between, 司法局局局长) is the defendant. Read
  /// only where the case names no defendant otherwise: a title or a role word
  /// says who is sued better than who came to court.
  private func headsAppearing(in span: TextSpan, into out: inout Parties) {
    guard out.defendants.isEmpty else { return }
    let t = doc.folded
    forEachCue(Self.appearanceCues, in: span) { cue in
      guard !Self.appearanceNotOne.contains(where: { t.hasLiteral($0, at: cue.end) }) else {
        return
      }
      let sentenceStart =
        doc.sentenceIndex(containing: cue.at).map { max(doc.sentences[$0].lowerBound, span.start) }
        ?? span.start
      guard sentenceStart < cue.at else { return }
      // The agency opens its clause (，某县司法局局长…); a mention the organizations
      // stage reads may stand anywhere before the cue.
      var agencies = organizations(inside: TextSpan(sentenceStart, cue.at)).filter {
        $0.kind == .agency
      }.map { ReadParty(name: $0.name, span: $0.span) }
      var k = sentenceStart
      while k < cue.at {
        if k == sentenceStart || Self.strongStops.contains(t[k - 1]) {
          let start = skipOpeners(skipBlanks(k), limit: cue.at)
          if let n = agencyName(at: start, limit: cue.at),
            !agencies.contains(where: { $0.span.start == n.span.start })
          {
            agencies.append(n)
          }
        }
        k += 1
      }
      for agency in agencies {
        let e = agency.span.end
        let headed = (0...1).contains { gap in
          let at = e + gap
          guard at < cue.at, gap == 0 || t[e].isHan else { return false }
          return Self.headPosts.contains { t.hasLiteral($0, at: at) }
        }
        if headed { out.add(.defendant, [agency], by: .headAppears) }
      }
    }
  }
}
