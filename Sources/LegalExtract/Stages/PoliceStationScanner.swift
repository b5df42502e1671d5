/// Organs named by their place alone (蔡家庙派出所, 柏树林派出所, 拱北海关),
/// which the region rules cannot build: the place is a village, street or
/// port, not a division. Generic ones (辖区派出所, 当地海关) are not names.
/// Rule table: `PlaceNamedOrganRules`.
enum PoliceStationScanner {
  static let organs: [(rule: PlaceNamedOrgan, organ: [Unicode.Scalar], units: [[Unicode.Scalar]])] =
    PlaceNamedOrganRules.organs.map {
      ($0, Array($0.organ.unicodeScalars), $0.units.map { Array($0.unicodeScalars) })
    }

  static let organTrie: PhraseTrie<Int> = {
    var trie = PhraseTrie<Int>()
    for (k, o) in PlaceNamedOrganRules.organs.enumerated() { trie.insert(o.organ, value: k) }
    return trie
  }()

  /// Where the place before the organ at `at` starts, or nil.
  static func placeStart(in text: [Unicode.Scalar], before at: Int, rule: PlaceNamedOrgan) -> Int? {
    // 程家桥街道司法所: a township or street written with its unit word.
    let unit =
      PlaceNamedOrganRules.townshipUnits.first(where: {
        at >= $0.count && RegionChain.hasPrefix(text, at - $0.count, $0)
      })?.count ?? 0
    let reach = PlaceNamedOrganRules.placeReach + unit
    for s in max(0, at - reach)...max(0, at - 1) {
      guard (s..<at).allSatisfy({ text[$0].isHan }) else { continue }
      let atBreak =
        s == 0 || !text[s - 1].isHan
        || (unit > 0 && at - s > unit + 1 && s >= 2
          && PlaceNamedOrganRules.jointVerbs.contains { RegionChain.hasPrefix(text, s - 2, $0) })
      if rule.afterPreposition {
        guard s >= 1, PlaceNamedOrganRules.prepositions.contains(text[s - 1]) else { continue }
        // 到达老城法庭: the verb 到达, then the place.
        if let verb = PlaceNamedOrganRules.prepositionVerbs.first(where: {
          RegionChain.hasPrefix(text, s - 1, $0)
        }) {
          let place = s - 1 + verb.count
          if at - place >= 2 { return place }
          continue
        }
        return s
      }
      if atBreak { return s }
      if at - s >= 2, s >= 2,
        PlaceNamedOrganRules.genericLeads.contains(where: {
          $0.count == 2 && RegionChain.hasPrefix(text, s - 2, $0)
        })
      {
        return s
      }
    }
    return nil
  }

  /// Where a place of two to four plain scalars starts right after a verb
  /// of joint action before `at` (联合城南路街道, 会同新塘街道), or nil.
  static func jointPlaceStart(in text: [Unicode.Scalar], before at: Int) -> Int? {
    for n in 2...PlaceNamedOrganRules.placeReach {
      let s = at - n
      guard s >= 2, RegionChain.plainName(text, s, n) else { break }
      if PlaceNamedOrganRules.jointVerbs.contains(where: { RegionChain.hasPrefix(text, s - 2, $0) })
      {
        return s
      }
    }
    return nil
  }

  /// The names, in text order, and in `rejections` the generic places and
  /// the names inside a span an earlier stage claimed. Overlaps with other
  /// organizations are the stage's `Selection`'s to settle.
  static func scan(_ text: [Unicode.Scalar], claimed: SpanSet, rejections: inout [Rejection])
    -> [OrganizationCandidate]
  {
    var out: [OrganizationCandidate] = []
    // Per tribunal place: does the text write 法院 + place (looked up once)?
    var courtPlaces: [[Unicode.Scalar]: Bool] = [:]
    // One pass: every organ word where it stands.
    var next = 0
    while next < text.count {
      let at = next
      guard organTrie.mayStart(text, at: at),
        let (organEnd, k) = organTrie.longestMatch(in: text, from: at)
      else {
        next += 1
        continue
      }
      next = organEnd
      let (rule, _, units) = organs[k]
      do {
        var end = organEnd
        // 联合城南路街道，…: after a verb of joint action the street is a body too.
        let joint = rule.endsPhrase ? jointPlaceStart(in: text, before: at) : nil
        if rule.endsPhrase, joint == nil, end < text.count,
          !PlaceNamedOrganRules.phraseEnds.contains(text[end])
        {
          continue
        }
        if end < text.count, rule.blockedAfter.unicodeScalars.contains(text[end]) { continue }
        if claimed.overlaps(TextSpan(at, end)) {
          rejections.append(
            Rejection(
              TextSpan(at, end), proposedBy: OrganizationRule.placeNamed.name,
              rejectedBy: OrganizationRule.claimed.name))
          continue
        }
        // The place: two to four Han characters standing after a break, after
        // a generic word (属地新塘街道), or for a tribunal after a preposition
        // (起诉到高升法庭); the farthest such start wins.
        guard var start = joint ?? placeStart(in: text, before: at, rule: rule) else { continue }
        var word = String(String.UnicodeScalarView(text[start..<at]))
        if let time = PlaceNamedOrganRules.leadingTimeWords.first(where: {
          word.hasScalarPrefix($0)
        }) {
          start += time.unicodeScalars.count
          word = String(String.UnicodeScalarView(text[start..<at]))
        }
        if let verb = PlaceNamedOrganRules.leadingVerbs.first(where: { word.hasScalarPrefix($0) }) {
          if word.unicodeScalars.count - verb.unicodeScalars.count < 2 {
            rejections.append(
              Rejection(
                TextSpan(start, end), proposedBy: OrganizationRule.placeNamed.name,
                rejectedBy: OrganizationRule.verbBeforeOrgan.name))
            continue
          }
          start += verb.unicodeScalars.count
          word = String(String.UnicodeScalarView(text[start..<at]))
        }
        // 境外水域逃避海关监管: the verb stands right before the organ, which is
        // its object; the words before it are no place (rule
        // `org.guard.verb-before-organ.after-words`).
        if PlaceNamedOrganRules.leadingVerbs.contains(where: { word.hasScalarSuffix($0) }) {
          rejections.append(
            Rejection(
              TextSpan(start, end), proposedBy: OrganizationRule.placeNamed.name,
              rejectedBy: OrganizationRule.verbAfterWords.name))
          continue
        }
        var place = text[start..<at]
        guard place.count >= 2 else { continue }
        // 人民法庭 alone names no tribunal (人民法庭融入…); 三界法庭 after
        // 嵊州市人民法院三界人民法庭 is an office of that court.
        if place.elementsEqual("人民".unicodeScalars) { continue }
        if rule.kind == .court {
          let key = Array(place)
          let named =
            courtPlaces[key]
            ?? (text.firstOffset(of: Array("法院".unicodeScalars) + key, in: 0..<text.count) != nil)
          courtPlaces[key] = named
          if named { continue }
        }
        // 属地新塘街道: a generic word before a name leaves the name.
        if let lead = PlaceNamedOrganRules.generic.first(where: {
          $0.unicodeScalars.count >= 2 && word.hasScalarPrefix($0)
        }), word.unicodeScalars.count - lead.unicodeScalars.count >= 2 {
          start += lead.unicodeScalars.count
          word = String(String.UnicodeScalarView(text[start..<at]))
          place = text[start..<at]
        }
        if PlaceNamedOrganRules.generic.contains(where: {
          word.hasScalarPrefix($0) || word.hasScalarSuffix($0)
        }) || PlaceNamedOrganRules.notTownNames.contains(where: { text[start...].starts(with: $0) })
        {
          rejections.append(
            Rejection(
              TextSpan(start, end), proposedBy: OrganizationRule.placeNamed.name,
              rejectedBy: OrganizationRule.genericPlace.name))
          continue
        }
        if place.contains(where: { CasePartyFinder.functionCharacters.contains($0) }) { continue }
        if let unit = units.first(where: { RegionChain.hasPrefix(text, end, $0) }) {
          end += unit.count
        }
        let name = RegionChain.string(text[start..<end])
        out.append(
          OrganizationCandidate(
            range: start..<end, kind: rule.kind, level: rule.kind == .court ? .basic : nil,
            key: "\(rule.kind.rawValue)|\(name)",
            prefix: "", organ: name, rule: .placeNamed))
      }
    }
    return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }
}
