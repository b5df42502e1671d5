import ChineseText

extension CasePartyFinder {
  /// Names listed after one role or verb: 被告人周某某、吴某 → both.
  func partyList(at start: Int, limit: Int, afterColon: Bool, title: String) -> [String] {
    var names: [String] = []
    var at = start
    while let found = partyName(at: at, limit: limit, afterColon: afterColon && names.isEmpty, title: title) {
      names.append(found.name)
      let t = doc.folded
      guard found.end < limit, ["、", "及", "和"].contains(t[found.end]) else { break }
      at = found.end + 1
    }
    return names
  }

  /// Parties named by what happens to them: 甲将乙诉至法院 (甲 sues 乙),
  /// 判处乙…, 判令乙…, 判决撤销乙作出的… (乙 is a defendant).
  func fromVerbs(in span: TextSpan, title: String, into out: inout Parties) {
    let t = doc.folded
    for (verb, role) in CaseRules.partyVerbs {
      let literal = verb.scalarArray
      var from = span.start
      while let at = t.firstOffset(of: literal, in: from..<span.end) {
        from = at + literal.count
        switch role {
        case .defendantAfter:
          out.defendants += partyList(at: from, limit: span.end, afterColon: false, title: title)
        case .suit:
          suit(endingAt: at, span: span, title: title, into: &out)
        case .prosecution:
          // …对李某某等16名被告人提起公诉: the names after 对.
          let clauseStart = (t[span.start..<at].lastIndex { Self.strongStops.contains($0) || $0 == "。" }).map { $0 + 1 } ?? span.start
          if let dui = t[clauseStart..<at].lastIndex(of: "对") {
            out.defendants += partyList(at: dui + 1, limit: at, afterColon: false, title: title)
          }
        }
      }
    }
    sentenced(in: span, title: title, into: &out)
  }

  /// 判处马某某有期徒刑一年六个月，冯某、韩某有期徒刑十个月: anonymised names
  /// right before a penalty were sentenced, so they are defendants.
  private func sentenced(in span: TextSpan, title: String, into out: inout Parties) {
    let t = doc.folded
    for word in CaseRules.penaltyWords {
      let literal = word.scalarArray
      var from = span.start
      while let at = t.firstOffset(of: literal, in: from..<span.end) {
        from = at + literal.count
        // Walk back over a list of anonymised names ending at the penalty.
        var names: [String] = []
        var end = at
        while end - 2 >= span.start {
          let candidates = [end - 3, end - 2].filter { $0 >= span.start }
          guard let start = candidates.first(where: { c in anonymisedName(at: c, limit: end).map { $0.upperBound == end } ?? false }),
            start == span.start || !t[start - 1].isHan || ["、", "处", "判", "对", "犯"].contains(t[start - 1])
          else { break }
          names.insert(t.text(start..<end), at: 0)
          guard start - 1 >= span.start, t[start - 1] == "、" else { break }
          end = start - 1
        }
        out.defendants += names
      }
    }
  }

  /// 甲(于…)将乙(及丙)诉至 / 起诉至: 乙 and 丙 are defendants, 甲 the plaintiff.
  private func suit(endingAt verb: Int, span: TextSpan, title: String, into out: inout Parties) {
    let t = doc.folded
    let clauseStart = (t[span.start..<verb].lastIndex { Self.strongStops.contains($0) || $0 == "。" }).map { $0 + 1 } ?? span.start
    guard let jiang = t[clauseStart..<verb].lastIndex(of: "将") else { return }
    out.defendants += partyList(at: jiang + 1, limit: verb, afterColon: false, title: title + t.text(jiang + 1..<verb))
    // The one who sues opens the clause.
    if let found = partyName(at: clauseStart, limit: jiang, afterColon: false, title: title + t.text(clauseStart..<jiang)) {
      out.plaintiffs.append(found.name)
    }
  }
}
