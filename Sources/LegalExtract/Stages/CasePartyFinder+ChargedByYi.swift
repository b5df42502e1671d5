import ChineseText

/// `case.party.charged-by-yi`: 以 + the accused + 涉嫌 / 犯 + the charge + the
/// act that charges or sentences them (…检察院以李某某等人涉嫌诈骗罪提起公诉,
/// 侦查机关以李某等5名犯罪嫌疑人涉嫌诈骗罪移送审查起诉, 法院以王某某犯猥亵儿童罪判处其…).
/// The names after 以 are defendants; 以…罪立案 (a filing, no charge yet) is no cue.
extension CasePartyFinder {
  func chargedByYi(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.yiChargeCues, in: span) { cue in
      var clause = clauseStart(before: cue.at, from: span.start, acrossLists: true)
      // 以徐某华犯故意伤害罪，判处…: the charge may close the clause before the verb.
      if clause - 1 > span.start, t[clause - 1] == "，" || t[clause - 1] == ",",
        !t[clause..<cue.at].contains("以")
      {
        clause = clauseStart(before: clause - 1, from: span.start, acrossLists: true)
      }
      guard let yi = t[clause..<cue.at].lastIndex(of: "以"), yi + 1 < cue.at else { return }
      var found = accusedList(at: yi + 1, limit: cue.at)
      guard !found.names.isEmpty else { return }
      // 以徐某华犯故意伤害罪: one masked name whose third character stands before 犯.
      if found.names.count == 1, found.end + 2 < cue.at, t[found.end].isHan,
        t[found.end + 1] == "犯", t[found.end + 2] != "罪",
        found.names[0].name.unicodeScalars.last == "某",
        !Self.functionCharacters.contains(t[found.end])
      {
        let name = found.names[0].span.start..<(found.end + 1)
        found = ([ReadParty(name: doc.displayText(name), span: TextSpan(name))], found.end + 1)
      }
      var j = found.end
      // 等5名犯罪嫌疑人 / 等三人 / 甲、乙二人: the count and the kind of those counted.
      do {
        while j < cue.at,
          t[j].properties.numericType != nil || ChineseNumeral.isChineseNumeralScalar(t[j])
        {
          j += 1
        }
        if j < cue.at, Self.countedPersonUnits.contains(t[j]) { j += 1 }
        for kind in Self.accusedKinds where t.hasLiteral(kind, at: j) {
          j += kind.unicodeScalars.count
          break
        }
      }
      guard j < cue.at, t.hasLiteral("涉嫌", at: j) || t[j] == "犯",
        t[j..<cue.at].contains("罪"),
        !t[j..<cue.at].contains(where: { $0 == "。" || $0 == "；" })
      else { return }
      out.add(.defendant, found.names, by: .chargedByYi)
    }
  }
}

/// `case.party.tried-case-of`: 对 + the accused + the offence + 一案 + the court's
/// act (法院对张某、李某故意杀人一案作出二审宣判, 对被告人王某某盗窃一案依法公开宣判):
/// the names whose offence the case is are defendants.
extension CasePartyFinder {
  func triedCaseOf(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.caseOfCues, in: span) { cue in
      let clause = clauseStart(before: cue.at, from: span.start, acrossLists: true)
      guard let dui = t[max(clause, cue.at - Self.duiListReach)..<cue.at].lastIndex(of: "对"),
        Self.trialActs.contains(where: {
          t.firstOffset(
            of: $0.scalarArray, in: cue.end..<min(span.end, cue.end + Self.trialActReach))
            != nil
        })
      else { return }
      var start = dui + 1
      // 对被告人王某某…: the defendant's role word is no part of the name.
      if let role = CasePartyRoles.trie.longestMatch(in: t, from: start, limit: cue.at) {
        guard CasePartyRoles.partySide(role.value, criminal: true) == false else { return }
        start = role.end
      }
      let found = accusedList(at: start, limit: cue.at)
      guard !found.names.isEmpty, found.end < cue.at,
        // 对张某与李某…纠纷一案: two sides of a dispute, no accused.
        !t[start..<found.end].contains("与"),
        Self.triedOffenceOpenings.contains(where: { t.hasLiteral($0, at: found.end) }),
        !t[found.end..<cue.at].contains(where: { Self.strongStops.contains($0) })
      else { return }
      out.add(.defendant, found.names, by: .triedCaseOf)
    }
  }
}

extension CasePartyFinder {
  /// The accused listed from `start` (甲、乙和丙, 甲等, 甲等人): each item a name
  /// that is surely one (`strictName`), or a full name told once and closed by
  /// the charge after it (叶文尘故意杀人, 张三涉嫌…), which needs no recurrence.
  func accusedList(at start: Int, limit: Int) -> (names: [ReadParty], end: Int) {
    let t = doc.folded
    var names: [ReadParty] = []
    var at = start
    var end = start
    while at < limit {
      let item: (name: String, end: Int)
      if let f = strictName(at: at, limit: limit, recurring: false) {
        item = f
      } else if let r = nameNamedOnce(at: at, limit: limit) {
        item = (doc.displayText(r), r.upperBound)
      } else {
        break
      }
      names.append(ReadParty(name: item.name, span: TextSpan(at, item.end)))
      end = item.end
      if end < limit, t[end] == "等" {
        end += 1
        if end < limit, t[end] == "人" { end += 1 }
        break
      }
      guard end < limit, ["、", "和", "及"].contains(t[end]) else { break }
      at = end + 1
    }
    return (names, end)
  }
}
