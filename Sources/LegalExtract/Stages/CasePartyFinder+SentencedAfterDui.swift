import ChineseText

/// `case.party.sentenced-after-dui`: the names a court sentences after 对
/// (对主犯雷某判处…, 对季某、蓝某分别判处…, 对被告人张某以诈骗罪判处…).
extension CasePartyFinder {
  func sentencedAfterDui(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.duiSentenceCues, in: span) { cue in
      var end = cue.at
      // 分别 / 均 / 各 between the names and the verb.
      end = start(ofWordEnding: end, among: Self.distributives, after: span.start)
      // 依法 / 从重 between the names and the verb (对…的颜某志依法判处死刑).
      end = start(ofWordEnding: end, among: Self.sentenceAdverbs, after: span.start)
      // 以诈骗罪 between the names and the verb.
      if end - 1 > span.start, t[end - 1] == "罪",
        let yi = t[max(span.start, end - Self.chargeReach)..<end].lastIndex(of: "以"),
        !t[yi..<end].contains(where: { Self.strongStops.contains($0) })
      {
        end = yi
        // 对被告人庞某和陈某，以妨害公务罪分别判处: a comma may stand before 以.
        if end - 1 > span.start, t[end - 1] == "，" || t[end - 1] == "," { end -= 1 }
      }
      guard end > span.start,
        let dui = t[max(span.start, end - Self.duiListReach)..<end].lastIndex(of: "对"),
        !t[dui..<end].contains(where: { Self.strongStops.contains($0) && $0 != "、" })
      else { return }
      var start = dui + 1
      // 对主犯雷某, 对被告人张某: the role word is no part of the name.
      if let role = CasePartyRoles.trie.longestMatch(in: t, from: start, limit: end) {
        guard CasePartyRoles.partySide(role.value, criminal: true) == false else { return }
        start = role.end
      }
      guard start < end else { return }
      let found = strictPartyListWithEnd(at: start, limit: end, recurring: false)
      if !found.names.isEmpty, found.end == end {
        out.add(.defendant, found.names, by: .sentencedAfterDui)
        return
      }
      // `case.party.sentenced-after-modifier`: 对 + what the accused did + 的 + (role) +
      // names + 判处 (对公交车上故意杀人的颜某志依法判处死刑, 对醉酒后袭警的被告人蔡某判处…).
      guard let de = t[start..<end].lastIndex(of: "的"), de + 1 < end else { return }
      var named = de + 1
      if let role = CasePartyRoles.trie.longestMatch(in: t, from: named, limit: end) {
        guard CasePartyRoles.partySide(role.value, criminal: true) == false else { return }
        named = role.end
      }
      guard named < end else { return }
      let modified = strictPartyListWithEnd(at: named, limit: end, recurring: false)
      guard !modified.names.isEmpty, modified.end == end else { return }
      out.add(.defendant, modified.names, by: .sentencedAfterModifier)
    }
  }
}
