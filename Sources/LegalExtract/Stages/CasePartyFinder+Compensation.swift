import ChineseText

/// Parties named by the frame of their clause rather than by a role word:
/// `case.party.compensation-obligor`, `case.party.found-guilty` (tables in
/// Rules/CasePartyCompensationRules.swift).
extension CasePartyFinder {
  /// `case.party.compensation-obligor`: 向 + (赔偿义务机关) + the bodies + (adverb) +
  /// 申请 / 提出 / 要求 / 请求国家赔偿, in one clause (、 and 和 join the bodies): they
  /// are defendants; the names opening the clause before 向 ask, the plaintiffs.
  func compensationObligors(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.compensationCues, in: span) { cue in
      var end = cue.at
      end = start(ofWordEnding: end, among: Self.compensationAdverbs, after: span.start)
      let clause = clauseStart(before: end, from: span.start, acrossLists: true)
      guard clause < end else { return }
      // The first 向 whose bodies run exactly to the request (向阳区… is no 向).
      for xiang in clause..<end where t[xiang] == "向" {
        var start = xiang + 1
        if t.hasLiteral(Self.obligorRole, at: start) {
          start += Self.obligorRole.unicodeScalars.count
        }
        guard start < end else { continue }
        let found = strictPartyListWithEnd(at: start, limit: end, recurring: false)
        guard !found.names.isEmpty, found.end == end,
          found.names.allSatisfy({ isObligor($0.name) })
        else { continue }
        out.add(.defendant, found.names, by: .compensationObligor)
        if clause < xiang {
          let asking = subjectSlot(from: clause, to: xiang).filter {
            !isOrganizationName($0.name, ofKind: [.court, .procuratorate, .agency])
          }
          out.add(.plaintiff, asking, by: .compensationObligor)
        }
        return
      }
    }
  }

  /// A body that may owe state compensation: a court, procuratorate or agency
  /// mention, or a name ending like one (某县公安局); never a compensation committee.
  private func isObligor(_ name: String) -> Bool {
    guard !name.hasScalarSuffix(Self.compensationDecider) else { return false }
    return isOrganizationName(name, ofKind: [.court, .procuratorate, .agency])
      || Self.obligorEndings.contains { name.hasScalarSuffix($0) }
  }

  /// `case.party.found-guilty`: 认定 + (被告人) + a list closed by (等 / 等人) 犯, in a
  /// criminal case: the names are defendants.
  func foundGuilty(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.foundGuiltyCues, in: span) { cue in
      var start = cue.end
      if let role = CasePartyRoles.trie.longestMatch(in: t, from: start, limit: span.end) {
        guard CasePartyRoles.partySide(role.value, criminal: true) == false else { return }
        start = role.end
      }
      guard start < span.end else { return }
      let found = strictPartyListWithEnd(at: start, limit: span.end)
      guard !found.names.isEmpty, found.end + 2 < span.end, t[found.end] == "犯",
        t[found.end + 1] != "罪", closesCharge(after: found.end + 1, limit: span.end),
        found.names.allSatisfy({
          !isOrganizationName($0.name, ofKind: [.court, .procuratorate, .agency])
        })
      else { return }
      out.add(.defendant, found.names, by: .foundGuilty)
    }
  }

  /// The charge after 犯: 罪 within `chargeReach`, no stop between (犯走私…罪,
  /// not 犯罪数额).
  private func closesCharge(after start: Int, limit: Int) -> Bool {
    let t = doc.folded
    var k = start
    while k < min(limit, start + Self.chargeReach) {
      if t[k] == "罪" { return true }
      if Self.strongStops.contains(t[k]) && t[k] != "、" { return false }
      k += 1
    }
    return false
  }
}
