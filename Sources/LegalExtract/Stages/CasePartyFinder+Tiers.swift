import ChineseText

/// `case.party.tier-role`: defendants named by the tier a criminal judgment
/// gives them (首要分子, 积极参加者, 主犯, 从犯) rather than by a role word.
extension CasePartyFinder {
  /// 王某某为首要分子，李某、赵某为积极参加者 / 刘某、陈某等三人系从犯 /
  /// 王某在共同犯罪中起主要作用，系主犯 / 以张某为首的…犯罪集团.
  func tierRoles(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.tierCues, in: span) { cue in
      // The copula right before the tier word (系主犯, 均为从犯).
      guard
        let copula = Self.tierCopulas.first(where: {
          let n = $0.unicodeScalars.count
          return cue.at - n > span.start && t.hasLiteral($0, at: cue.at - n)
        })
      else { return }
      var end = cue.at - copula.unicodeScalars.count
      // 王某在共同犯罪中起主要作用，系主犯: the clause before names the one.
      if end - 1 > span.start, t[end - 1] == "，" || t[end - 1] == ",",
        end - 3 >= span.start, t.hasLiteral("作用", at: end - 3)
      {
        let clause = skipBlanks(clauseStart(before: end - 1, from: span.start, acrossLists: true))
        // The names run up to 在 (在共同犯罪中), 起 (起主要作用) or 均 (均起…).
        guard clause < end - 1,
          let verb = t[clause..<(end - 1)].firstIndex(where: { Self.tierClauseVerbs.contains($0) })
        else { return }
        let found = strictPartyListWithEnd(at: clause, limit: verb, recurring: false)
        guard !found.names.isEmpty, found.end == verb else { return }
        out.add(.defendant, found.names, by: .tierRole)
        return
      }
      // 等人 / 等三人 / 等 before the copula closes the list.
      var k = end
      while k > span.start,
        Self.listCountTails.contains(t[k - 1]) || t[k - 1] == "人"
          || ChineseNumeral.isNumeralScalar(t[k - 1])
      { k -= 1 }
      let closedByDeng = k < end && t[k] == "等"
      if k < end { end = k }
      // The list opens at its clause's start (after ，, 。, ；, a line).
      let clause = skipBlanks(clauseStart(before: end, from: span.start, acrossLists: true))
      guard clause < end else { return }
      for start in clause..<min(end, clause + 3) {
        let found = strictPartyListWithEnd(
          at: start, limit: closedByDeng ? end + 1 : end, recurring: false)
        guard !found.names.isEmpty, found.end == end || (closedByDeng && found.end > end)
        else { continue }
        out.add(.defendant, found.names, by: .tierRole)
        return
      }
    }
    // 以张某为首的…集团 / 以王某某为首要分子: the name between 以 and 为首.
    forEachCue(Self.tierHeadCue, in: span) { cue in
      guard let yi = t[max(span.start, cue.at - Self.tierHeadReach)..<cue.at].lastIndex(of: "以"),
        !t[yi..<cue.at].contains(where: { Self.strongStops.contains($0) && $0 != "、" })
      else { return }
      let found = strictPartyListWithEnd(at: yi + 1, limit: cue.at, recurring: false)
      guard !found.names.isEmpty, found.end == cue.at else { return }
      out.add(.defendant, found.names, by: .tierRole)
    }
  }
}
