import ChineseText

/// Defendants named by their charge or sentence rather than by a role word
/// alone: `case.party.charged-list`, `case.party.sentenced-by-court`.
extension CasePartyFinder {
  /// `case.party.charged-list`: the names from `start` (right after a
  /// defendant's role word) separated by 、 up to the 犯 of their charge
  /// (刘东升、王丽琼、马刚犯玩忽职守罪). Each is surname-led, two to four
  /// characters; a lone two-character one must stand elsewhere too (被告人当庭犯…
  /// is no name). Empty unless the run reaches 犯.
  func chargedList(at start: Int, limit: Int) -> [ReadParty] {
    let t = doc.folded
    let stop = min(limit, start + Self.chargedListReach)
    var names: [ReadParty] = []
    var itemStart = start
    var k = start
    while k < stop {
      let c = t[k]
      if c == "犯" || c == "、" {
        guard isChargedName(itemStart..<k) else { return [] }
        names.append(ReadParty(name: doc.displayText(itemStart..<k), span: TextSpan(itemStart, k)))
        if c == "犯" {
          // A lone two-character name must stand elsewhere too (被告人当庭犯… is none).
          if names.count == 1, let only = names.first, only.span.length == 2 {
            let name = Array(t[only.span.range])
            return occurrences.index.contains(name) { $0 != only.span.start } ? names : []
          }
          return names
        }
        itemStart = k + 1
      } else if !c.isHan {
        return []
      }
      k += 1
    }
    return []
  }

  /// A list item of `chargedList`: a surname-led name of two to four
  /// characters, none a function character or a numeral.
  private func isChargedName(_ r: Range<Int>) -> Bool {
    let t = doc.folded
    guard (2...4).contains(r.count), SurnameLexicon.surnameLength(in: t, at: r.lowerBound) != nil,
      !r.contains(where: {
        Self.functionCharacters.contains(t[$0]) || ChineseNumeral.isChineseNumeralScalar(t[$0])
      }),
      !Self.notNames.contains(where: { t.hasLiteral($0, at: r.lowerBound) })
    else { return false }
    return true
  }

  /// `case.party.sentenced-by-court`: 李某因犯…罪被海南省第二中级人民法院判处刑罚 /
  /// 张某被法院判处缓刑: 被, a court (a mention or the bare 法院), then 判处 or
  /// 判决; the one sentenced opens the clause (a 因… reason may stand between).
  func sentencedByCourt(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.courtSentenceCues, in: span) { cue in
      // The court right before the verb: a court mention ending there, or 法院.
      var courtStart: Int? = nil
      if let i = organizationIndex.positions(around: cue.at - 1).first(where: {
        organizations[$0].kind == .court && organizations[$0].span.end == cue.at
      }) {
        courtStart = organizations[i].span.start
      } else if cue.at >= span.start + 2, t.hasLiteral("法院", at: cue.at - 2) {
        courtStart = cue.at - 2
      }
      guard let court = courtStart, court - 1 >= span.start, t[court - 1] == "被" else { return }
      let bei = court - 1
      let clause = skipConnectives(skipBlanks(clauseStart(before: bei, from: span.start)), limit: bei)
      guard clause < bei else { return }
      let person =
        anonymisedName(at: clause, limit: bei) ?? personalName(at: clause, limit: bei)
        ?? personalName(at: clause, limit: bei, recurring: false)
      guard let p = person,
        p.upperBound == bei || (t[p.upperBound] == "因" && bei - p.upperBound <= Self.reasonReach)
      else { return }
      out.add(.defendant, doc.displayText(p), at: TextSpan(p), by: .sentencedByCourt)
    }
  }
}
