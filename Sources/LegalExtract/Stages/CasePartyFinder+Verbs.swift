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
        }
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
