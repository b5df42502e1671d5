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
        // 被法院, 被某县人民法院: the court's name runs back to 被 (Han only).
        var k = cue.at - 2
        while k > max(span.start, cue.at - Self.courtNameReach), t[k - 1] != "被", t[k - 1].isHan {
          k -= 1
        }
        courtStart = k
      }
      guard let court = courtStart, court - 1 >= span.start, t[court - 1] == "被" else { return }
      let bei = court - 1
      let clause = skipConnectives(
        skipBlanks(clauseStart(before: bei, from: span.start)), limit: bei)
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

extension CasePartyFinder {
  /// `case.party.sentenced-by-name`, a list: 副教授戴耀廷、…副教授陳健民、退休牧師朱耀明各被判刑
  /// 十六個月: items joined by 、, each a description ending in a surname-led
  /// name, before (各 / 均 / 分别) 被判. Two names at least.
  func sentencedLists(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.passiveSentenceCues, in: span) { cue in
      var end = cue.at
      // 聂某、罗某等人分别以开设赌场罪、赌博罪被定罪处罚: the charge stands
      // between the list and 被, the distributive and 等人 before it.
      if end - 1 > span.start, t[end - 1] == "罪",
        let yi = t[max(span.start, end - Self.chargeReach)..<end].lastIndex(of: "以"),
        !t[yi..<end].contains(where: { Self.strongStops.contains($0) && $0 != "、" })
      {
        end = yi
      }
      end = start(ofWordEnding: end, among: Self.distributives, after: span.start)
      if end - 2 > span.start, t.hasLiteral("等人", at: end - 2) {
        end -= 2
      } else if end - 1 > span.start, t[end - 1] == "等" {
        end -= 1
      }
      var names: [ReadParty] = []
      var itemEnd = end
      while let name = nameEnding(at: itemEnd, from: span.start) {
        names.insert(ReadParty(name: doc.displayText(name), span: TextSpan(name)), at: 0)
        // The item before: back to the previous 、, no other stop between.
        var j = name.lowerBound - 1
        let floor = max(span.start, name.lowerBound - Self.listItemReach)
        while j >= floor, t[j] != "、", !Self.strongStops.contains(t[j]) { j -= 1 }
        guard j >= floor, t[j] == "、" else { break }
        itemEnd = j
      }
      if names.count >= 2 { out.add(.defendant, names, by: .sentencedByName) }
    }
  }

  /// The surname-led name of three characters (else two) ending at `end`,
  /// masked ones (聂某, 罗某某) included.
  private func nameEnding(at end: Int, from lower: Int) -> Range<Int>? {
    let t = doc.folded
    for length in [3, 2] where end - length >= lower {
      let s = end - length
      if anonymisedName(at: s, limit: end) == s..<end { return s..<end }
      guard SurnameLexicon.surnameLength(in: t, at: s) != nil,
        (s..<end).allSatisfy({
          t[$0].isHan && !Self.functionCharacters.contains(t[$0])
            && !ChineseNumeral.isChineseNumeralScalar(t[$0])
        })
      else { continue }
      return s..<end
    }
    return nil
  }
}

extension CasePartyFinder {
  /// `case.party.list-recalled`: a party read as 甲等人 (甲等, 甲等三人) whose
  /// name opened a list earlier in the case (甲、乙等9名农民工): the list's
  /// other names join 甲's side.
  func recallLists(_ out: inout Parties, in span: TextSpan) {
    let t = doc.folded
    var added: [(CasePartyFinding.Side, ReadParty)] = []
    for f in out.findings where f.droppedBy == nil {
      guard f.span.end < span.end, t[f.span.end] == "等", f.span.length >= 2 else { continue }
      let name = Array(t[f.span.range])
      var from = span.start
      // A title's name may stand before the case's span: no range to search then.
      while from < f.span.start, let at = t.firstOffset(of: name, in: from..<f.span.start) {
        from = at + 1
        let e = at + name.count
        guard e < t.count, t[e] == "、" else { continue }
        let list = strictPartyListWithEnd(at: at, limit: min(span.end, at + Self.recalledListReach))
        guard list.names.count >= 2, list.names.first?.span.start == at else { continue }
        for n in list.names.dropFirst() { added.append((f.side, n)) }
        break
      }
    }
    for (side, n) in added {
      let list = side == .plaintiff ? out.plaintiffs : out.defendants
      if !list.contains(n.name) { out.add(side, n.name, at: n.span, by: .listRecalled) }
    }
  }
}
