import ChineseText

/// `case.party.counted-surnamed`: news (Taiwan and Hong Kong above all) names
/// the accused by surname and role (張姓船長, 賴姓男子, later 陳男, 蔡女) and
/// then counts them (張姓被告等5人, 起訴陳男等3人, 5名被告). When the case names
/// exactly as many such persons as the count, they are its defendants.
extension CasePartyFinder {
  func countedSurnamed(in span: TextSpan, into out: inout Parties) {
    guard out.defendants.isEmpty else { return }
    let t = doc.folded
    // The persons by surname, in order: the first X姓 form of each.
    var surnames: [String] = []
    var firstForm: [String: ReadParty] = [:]
    forEachCue(Self.surnameMarkCue, in: span) { cue in
      for length in [2, 1] where cue.at - length >= span.start {
        let s = cue.at - length
        guard SurnameLexicon.surnameLength(in: t, at: s) == length,
          let noun = CaseToldRules.surnamedNouns.first(where: { t.hasLiteral($0, at: cue.end) })
        else { continue }
        let key = t.text(s..<cue.at)
        let end = cue.end + noun.unicodeScalars.count
        if firstForm[key] == nil {
          surnames.append(key)
          firstForm[key] = ReadParty(name: doc.displayText(s..<end), span: TextSpan(s, end))
        }
        break
      }
    }
    guard surnames.count >= 2, let count = accusedCount(in: span), count == surnames.count
    else { return }
    // A short form (陳男, 蔡女) the case uses stands for the person.
    let names = surnames.compactMap { key -> ReadParty? in
      for mark in Self.sexMarks {
        let short = (key + mark).scalarArray
        var from = span.start
        while let at = t.firstOffset(of: short, in: from..<span.end) {
          from = at + 1
          let end = at + short.count
          if end < t.count, Self.notAfterSexMark.contains(t[end]) { continue }
          return ReadParty(name: doc.displayText(at..<end), span: TextSpan(at, end))
        }
      }
      return firstForm[key]
    }
    out.add(.defendant, names, by: .countedSurnamed)
  }

  /// The count of the accused: 等5人 / 等3名 after a name, or 5名被告(人).
  private func accusedCount(in span: TextSpan) -> Int? {
    let t = doc.folded
    var found: Int? = nil
    forEachCue(Self.accusedCountCues, in: span) { cue in
      guard found == nil else { return }
      if cue.phrase == "等" {
        guard let n = ChineseNumeral.scan(t, from: cue.end, limit: min(span.end, cue.end + 4)),
          n.end < span.end, Self.countedPersonUnits.contains(t[n.end]), n.value.decimals == 0
        else { return }
        found = n.value.mantissa
      } else {
        var k = cue.at
        while k > span.start, ChineseNumeral.isNumeralScalar(t[k - 1]) { k -= 1 }
        guard k < cue.at, let v = ChineseNumeral.value(of: t[k..<cue.at]), v.decimals == 0 else {
          return
        }
        found = v.mantissa
      }
    }
    return found
  }
}

/// `case.party.lone-surnamed`: a story (Taiwan wire above all) that names one
/// accused only by surname and role (台東一名李姓男子…, later 李男) and tells his
/// prosecution or sentence (判刑, 起訴, 提出公訴): that person is the defendant,
/// in the short form (李男) where the story uses one.
extension CasePartyFinder {
  func loneSurnamed(in span: TextSpan, into out: inout Parties) {
    guard out.defendants.isEmpty else { return }
    let t = doc.folded
    var key: String?
    var first: ReadParty?
    var several = false
    forEachCue(Self.surnameMarkCue, in: span) { cue in
      guard !several else { return }
      for length in [2, 1] where cue.at - length >= span.start {
        let s = cue.at - length
        guard SurnameLexicon.surnameLength(in: t, at: s) == length,
          let noun = CaseToldRules.surnamedNouns.first(where: { t.hasLiteral($0, at: cue.end) })
        else { continue }
        let k = t.text(s..<cue.at)
        if let key, key != k {
          several = true
        } else if key == nil {
          // 被害人張姓男子 / 張姓男子遭詐騙: the one who suffered, not the accused.
          let end = cue.end + noun.unicodeScalars.count
          if Self.victimWords.contains(where: {
            s - $0.unicodeScalars.count >= 0 && t.hasLiteral($0, at: s - $0.unicodeScalars.count)
          })
            || Self.sufferingWords.contains(where: { t.hasLiteral($0, at: end) })
          {
            several = true
            return
          }
          key = k
          first = ReadParty(name: doc.displayText(s..<end), span: TextSpan(s, end))
        }
        break
      }
    }
    guard !several, let key, let first,
      Self.loneTrialWords.contains(where: {
        t.firstOffset(of: $0.scalarArray, in: span.range) != nil
      })
    else { return }
    // The form the story calls him by more often: 李男 told again and again
    // (陳男…陳男), else the first long form (李姓男子 told once, 李男 once).
    let long = t[first.span.range].map { $0 }
    var longCount = 0
    var from = span.start
    while let at = t.firstOffset(of: long, in: from..<span.end) {
      longCount += 1
      from = at + long.count
    }
    for mark in Self.sexMarks {
      let short = (key + mark).scalarArray
      var shortCount = 0
      var firstShort: Range<Int>?
      from = span.start
      while let at = t.firstOffset(of: short, in: from..<span.end) {
        from = at + 1
        let end = at + short.count
        if end < t.count, Self.notAfterSexMark.contains(t[end]) { continue }
        shortCount += 1
        if firstShort == nil { firstShort = at..<end }
      }
      if let s = firstShort, shortCount > longCount {
        out.add(.defendant, doc.displayText(s), at: TextSpan(s), by: .loneSurnamed)
        return
      }
    }
    out.add(.defendant, first.name, at: first.span, by: .loneSurnamed)
  }
}
