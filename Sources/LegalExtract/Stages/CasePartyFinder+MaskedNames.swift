import ChineseText

/// Which three-character masked names (曾某琴, 秦某兵) a document confirms:
/// X某Y reads as a name of three characters, not X某 followed by a word,
/// when the document shows Y belongs to it.
extension CasePartyFinder {
  /// The three-character masked names the document confirms, by one of:
  /// - closed by a delimiter or a word that follows names (曾某琴，/ 曾某琴与);
  /// - right before a penalty (判处秦某兵有期徒刑);
  /// - standing at least twice before different words, while X某 never
  ///   stands before another character (曾某琴经预谋…曾某琴联系…): the name is
  ///   fixed and what follows varies. 何某侵犯…何某侵犯 and 张某表示…张某认为
  ///   are no names this way.
  static func confirmedMaskedNames(_ t: [Unicode.Scalar]) -> Set<String> {
    var confirmed = Set<String>()
    // X某 → the Y it stands before (nil once two differ); X某Y → its first follower, and whether another followed.
    var continuation: [UInt32: Unicode.Scalar?] = [:]
    var followers: [UInt64: (first: Unicode.Scalar, varied: Bool)] = [:]
    var k = 1
    while k + 1 < t.count {
      defer { k += 1 }
      guard t[k] == "某", t[k - 1].isHan, t[k - 1] != "某", t[k + 1] != "某" else { continue }
      let x = t[k - 1]
      let y = t[k + 1]
      // Every X某 counts, X某， and X某的 too: another Y, or none, breaks the run.
      if let seen = continuation[x.value] {
        if let seen, seen != y { continuation[x.value] = .some(nil) }
      } else {
        continuation[x.value] = .some(y)
      }
      guard y.isHan, !functionCharacters.contains(y), k + 2 < t.count else { continue }
      let next = t[k + 2]
      if strongStops.contains(next) || (nameFollowers.contains(next) && next != "犯")
        || CaseRules.penaltyWords.contains(where: { t.hasLiteral($0, at: k + 2) })
      {
        // Closed by a delimiter (曾某琴，) or a penalty: a name of three characters.
        confirmed.insert(String(String.UnicodeScalarView(t[(k - 1)...(k + 1)])))
        continue
      }
      let key = UInt64(x.value) << 32 | UInt64(y.value)
      if let f = followers[key] {
        if f.first != next { followers[key] = (f.first, true) }
      } else {
        followers[key] = (next, false)
      }
    }
    for (key, f) in followers where f.varied {
      let xValue = UInt32(truncatingIfNeeded: key >> 32)
      guard let x = Unicode.Scalar(xValue), let y = Unicode.Scalar(UInt32(truncatingIfNeeded: key)),
        case .some(.some(let only)) = continuation[xValue], only == y
      else { continue }
      var name = String.UnicodeScalarView()
      name.append(x)
      name.append("某")
      name.append(y)
      confirmed.insert(String(name))
    }
    return confirmed
  }
}

extension CasePartyFinder {
  /// `case.party.fuller-name`: a two-character masked name (张某) read where
  /// the text goes on into a three-character one (张某燕) that the case also
  /// names as a party, or that stands at every X某 of the case (three times
  /// or more). `case.party.list-shape`: the last name of a list of
  /// three-character masked names (符某华、古某警、羊某洋结伙) has three too.
  /// Decided place by place: 羊某洋 and 羊某原 may both be read as 羊某.
  func completeMaskedNames(_ out: inout Parties, in span: TextSpan) {
    let t = doc.folded
    let all = Set(out.findings.map(\.name))
    // One scan of the case per X某 and Y, however many places read X某.
    var continuing: [UInt64: Bool] = [:]
    var changed = false
    for i in out.findings.indices where out.findings[i].droppedBy == nil {
      let f = out.findings[i]
      let s = f.name.unicodeScalars
      guard s.count == 2, s.last == "某", f.span.end < t.count else { continue }
      let y = t[f.span.end]
      // 谢某两名从犯, 王某上诉: a count or the word after the name is not its third character.
      guard y.isHan, y != "某", !Self.functionCharacters.contains(y),
        !Self.modalsAfterMask.contains(y),
        !ChineseNumeral.isChineseNumeralScalar(y),
        !CasePartyNameBounds.wordOpens(t, at: f.span.end)
      else { continue }
      let fuller = f.name + String(Character(y))
      var rule: CasePartyRule? = nil
      let key = UInt64(t[f.span.start].value) << 32 | UInt64(y.value)
      let always =
        continuing[key]
        ?? {
          let v = alwaysContinues(f.span.start, with: y, in: span)
          continuing[key] = v
          return v
        }()
      if all.contains(fuller) || always {
        rule = .fullerName
      } else if f.span.start > 0, t[f.span.start - 1] == "、",
        out.findings.contains(where: { g in
          g.span.end == f.span.start - 1 && isGivenNameMasked(g.name)
        })
      {
        rule = .listShape
      }
      guard let rule else { continue }
      out.findings[i].name = fuller
      out.findings[i].span = TextSpan(f.span.start, f.span.end + 1)
      out.findings[i].rule = rule
      changed = true
    }
    guard changed else { return }
    // Each side again from its findings, in the order they were made.
    out.plaintiffs = out.findings.filter { $0.droppedBy == nil && $0.side == .plaintiff }.map(
      \.name)
    out.defendants = out.findings.filter { $0.droppedBy == nil && $0.side == .defendant }.map(
      \.name)
  }

  /// 符某华: a three-character masked name whose last character is a given
  /// name's (not 某, not 甲/乙/丙/丁).
  private func isGivenNameMasked(_ name: String) -> Bool {
    let s = Array(name.unicodeScalars)
    return s.count == 3 && s[1] == "某" && !["某", "甲", "乙", "丙", "丁"].contains(s[2])
  }

  /// True when every X某 inside `span` (the one at `start` is X某) is followed
  /// by `y`, three times or more, and X某Y by different characters (何某侵犯…
  /// 何某侵犯 is a verb each time, 张某燕开设…张某燕销售 a name).
  private func alwaysContinues(_ start: Int, with y: Unicode.Scalar, in span: TextSpan) -> Bool {
    let t = doc.folded
    let x = t[start]
    var count = 0
    var firstFollower: Unicode.Scalar? = nil
    var varied = false
    var k = span.start
    while k + 2 < span.end {
      if t[k] == x, t[k + 1] == "某" {
        guard t[k + 2] == y else { return false }
        count += 1
        if k + 3 < t.count {
          if let f = firstFollower, f != t[k + 3] { varied = true }
          if firstFollower == nil { firstFollower = t[k + 3] }
        }
        k += 3
        continue
      }
      k += 1
    }
    return count >= 3 && varied
  }
}
