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
