import ChineseText

/// `case.party.pronoun`: 他 / 她 read where a party's name stands, and the
/// person it stands for (`case.party.guard.unresolved-pronoun` when none).
extension CasePartyFinder {
  /// 他 / 她 at `start` standing alone for a person (not 他们, 他人, 她的).
  func pronoun(at start: Int, limit: Int) -> String? {
    let t = doc.folded
    guard start < limit, Self.personalPronouns.contains(t[start]) else { return nil }
    if start + 1 < t.count, Self.notAPronounAfter.contains(t[start + 1]) { return nil }
    return String(Character(t[start]))
  }

  /// Each party read as 他 / 她 becomes the person the sentence opens with,
  /// else the nearest person named before it in the case (one on the other
  /// side is skipped: 祝某将他告上法庭 is not 祝某 suing himself); with none,
  /// the pronoun is dropped.
  func resolvePronouns(_ out: inout Parties, in span: TextSpan) {
    guard out.findings.contains(where: { isPronounName($0.name) }) else { return }
    for i in out.findings.indices where isPronounName(out.findings[i].name) {
      guard out.findings[i].droppedBy == nil else { continue }
      let f = out.findings[i]
      let other = f.side == .plaintiff ? out.defendants : out.plaintiffs
      if let person = personReferent(before: f.span.start, in: span, excluding: other) {
        out.findings[i].name = person
        out.findings[i].rule = .pronoun
      } else {
        out.findings[i].droppedBy = .unresolvedPronoun
      }
    }
    func side(_ s: CasePartyFinding.Side, _ list: [String]) -> [String] {
      var names = list.filter { !isPronounName($0) }
      for f in out.findings where f.side == s && f.droppedBy == nil && f.rule == .pronoun {
        if !names.contains(f.name) { names.append(f.name) }
      }
      return names
    }
    out.plaintiffs = side(.plaintiff, out.plaintiffs)
    out.defendants = side(.defendant, out.defendants)
  }

  private func isPronounName(_ name: String) -> Bool {
    name.unicodeScalars.count == 1
      && name.unicodeScalars.first.map(Self.personalPronouns.contains)
        == true
  }

  /// The person a pronoun at `offset` stands for: the one opening its
  /// sentence, else the nearest before it within `referentReach`.
  func personReferent(before offset: Int, in span: TextSpan, excluding: [String]) -> String? {
    if let si = doc.sentenceIndex(containing: offset) {
      // The sentence may open before the case does (田铁民说,…祝某将他告上了法庭).
      let s = skipConnectives(skipBlanks(doc.sentences[si].lowerBound), limit: offset)
      if s < offset, let p = person(at: s, limit: offset), !excluding.contains(doc.displayText(p)) {
        return doc.displayText(p)
      }
    }
    var k = offset - 1
    let floor = max(0, offset - Self.referentReach)
    while k >= floor {
      defer { k -= 1 }
      guard var p = person(at: k, limit: offset), !isOfficial(at: p.lowerBound) else { continue }
      // 卢卫雄: read from the name's first character, not from 卫.
      if k > floor, let longer = person(at: k - 1, limit: offset), longer.upperBound >= p.upperBound
      {
        p = longer
        // 法官司徒某某: the longer reading (a compound surname) stands after the title.
        if isOfficial(at: p.lowerBound) { continue }
      }
      let name = doc.displayText(p)
      if !excluding.contains(name) { return name }
    }
    return nil
  }

  /// True when an official's title stands right before the name (法官司徒敬,
  /// 检察官王某): the one who hears or prosecutes, no party a pronoun points at.
  private func isOfficial(at start: Int) -> Bool {
    let t = doc.folded
    return Self.officialTitles.contains { w in
      let n = w.unicodeScalars.count
      return start >= n && t.hasLiteral(w, at: start - n)
    }
  }

  /// A person named at `start`: an anonymised name (祝某), a surname and a
  /// form of address (王女士, 张姓船长), or a surname-led name of three
  /// characters that the article closes somewhere (卢卫雄。) and no
  /// organization holds (强制拆除 is never closed after 拆).
  func person(at start: Int, limit: Int) -> Range<Int>? {
    let t = doc.folded
    guard start < limit, t[start].isHan else { return nil }
    if let a = anonymisedName(at: start, limit: limit) { return a }
    if let addressed = CaseToldCues.addressedPerson(t, range: start..<(start + 1)),
      addressed.start == start, addressed.end <= limit
    {
      return addressed.range
    }
    let end = start + 3
    guard end <= limit, SurnameLexicon.surnameLength(in: t, at: start) != nil,
      (start..<end).allSatisfy({
        t[$0].isHan && !Self.functionCharacters.contains(t[$0])
          && !ChineseNumeral.isChineseNumeralScalar(t[$0])
      }),
      !Self.thingEndings.contains(t[end - 1]),
      !Self.notNames.contains(where: { t.hasLiteral($0, at: start) }),
      organizationIndex.positions(around: start).isEmpty,
      organization(startingAt: start) == nil
    else { return nil }
    let name = Array(t[start..<end])
    let closedHere = end == t.count || Self.strongStops.contains(t[end])
    let recurs = occurrences.index.contains(name) { $0 != start }
    return (closedHere && recurs) || closedNames.index.isClosed(name, elsewhereThan: start)
      ? start..<end : nil
  }
}
