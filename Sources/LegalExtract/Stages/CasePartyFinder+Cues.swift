/// The one scanning loop the party rules share: each rule names its cue
/// table and reads the occurrences this hands it, instead of running its own
/// search per phrase.
extension CasePartyFinder {
  /// A phrase of a cue table found in the text.
  struct Cue {
    /// Its place in the table.
    var index: Int
    var phrase: String
    /// Where it starts and ends.
    var at: Int
    var end: Int
  }

  /// Each occurrence of a phrase of `cues` inside `span`: phrase by phrase in
  /// the table's order, each phrase's occurrences in text order.
  func forEachCue(_ cues: KeywordSet, in span: TextSpan, _ visit: (Cue) -> Void) {
    cues.forEachOccurrence(in: doc.folded, index: occurrences.index, range: span.range) { k, at in
      let phrase = cues.keywords[k]
      visit(Cue(index: k, phrase: phrase, at: at, end: at + cues.lengths[k]))
    }
  }

  /// Each role word inside `span` (原告, 被告人, 被申请人…), leftmost longest,
  /// with its range and whether it names the plaintiff side. Role words of no
  /// party (第三人, 被害人; 上诉人 outside a criminal case) are read and skipped.
  func forEachRole(
    in span: TextSpan, criminal: Bool = false,
    _ visit: (_ role: Range<Int>, _ plaintiffSide: Bool) -> Void
  ) {
    let t = doc.folded
    let trie = CasePartyRoles.trie
    var i = max(span.start, 0)
    let end = min(span.end, t.count)
    while i < end {
      // Most offsets start no role, spaced or not: one bitmap test, no call.
      guard trie.firsts.contains(t[i]) else {
        i += 1
        continue
      }
      guard let role = trie.longestMatch(in: t, from: i, limit: end) else {
        // 被 告 宋佩珊: a judgment header spaces the role's characters.
        if let spaced = spacedPhrase(at: i, limit: end, in: trie) {
          if let side = CasePartyRoles.partySide(spaced.value, criminal: criminal) {
            visit(spaced.range, side)
          }
          i = spaced.range.upperBound
          continue
        }
        i += 1
        continue
      }
      // `case.party.first-instance-bracket`: 上诉人甲（原审被告）与被上诉人乙（原审原告）:
      // the first-instance role in brackets after the name decides the side.
      if let side = firstInstanceSide(after: role.end, limit: end)
        ?? CasePartyRoles.partySide(role.value, criminal: criminal)
      {
        visit(i..<role.end, side)
      }
      i = role.end
    }
  }

  /// The side of a first-instance role (原审原告, 一审被告…) opening a bracket
  /// after the name that follows a role word (甲（原审被告）, 某某（杭州）某公司（一审原告、
  /// 二审上诉人）); nil when none closes the name before the clause ends, or
  /// when the bracket comes before the name (上诉人（原审被告人）甲: that role
  /// is read on its own).
  func firstInstanceSide(after roleEnd: Int, limit: Int) -> Bool? {
    let t = doc.folded
    let end = min(limit, roleEnd + 40)
    var k = roleEnd + 1
    guard roleEnd < end, t[roleEnd] != "(", t[roleEnd] != "（" else { return nil }
    while k + 3 < end {
      let c = t[k]
      if CasePartyRoles.firstInstanceStops.contains(c) { return nil }
      if c == "(" || c == "（", t[k + 1] == "原" || t[k + 1] == "一" {
        if let inner = CasePartyRoles.trie.longestMatch(in: t, from: k + 1, limit: end),
          CasePartyRoles.firstInstanceWords.contains(where: {
            t.hasLiteral($0, at: k + 1) && $0.unicodeScalars.count == inner.end - k - 1
          })
        {
          return CasePartyRoles.partySide(inner.value, criminal: false)
        }
      }
      k += 1
    }
    return nil
  }

  /// Where the word of `words` that ends at `end` starts (the first that
  /// fits, and only if it starts after `floor`), or `end` when none does:
  /// peels 分别 / 依法 / 向… off between the names and their verb.
  func start(ofWordEnding end: Int, among words: [String], after floor: Int) -> Int {
    for w in words where end - w.unicodeScalars.count > floor {
      if doc.folded.hasLiteral(w, at: end - w.unicodeScalars.count) {
        return end - w.unicodeScalars.count
      }
    }
    return end
  }
}
