/// Organs named by their place alone (蔡家庙派出所, 柏树林派出所, 拱北海关),
/// which the region rules cannot build: the place is a village, street or
/// port, not a division. Generic ones (辖区派出所, 当地海关) are not names.
/// Rule table: `PlaceNamedOrganRules`.
enum PoliceStationScanner {
  static let organs: [(rule: PlaceNamedOrgan, organ: [Unicode.Scalar], units: [[Unicode.Scalar]])] =
    PlaceNamedOrganRules.organs.map {
      ($0, Array($0.organ.unicodeScalars), $0.units.map { Array($0.unicodeScalars) })
    }

  /// The names, in text order, and in `rejections` the generic places and
  /// the names inside a span an earlier stage claimed. Overlaps with other
  /// organizations are the stage's `Selection`'s to settle.
  static func scan(_ text: [Unicode.Scalar], claimed: SpanSet, rejections: inout [Rejection])
    -> [OrganizationCandidate]
  {
    var out: [OrganizationCandidate] = []
    for (_, organ, units) in organs {
      var from = 0
      while let at = text.firstOffset(of: organ, in: from..<text.count) {
        from = at + organ.count
        var end = at + organ.count
        if claimed.overlaps(TextSpan(at, end)) {
          rejections.append(
            Rejection(
              TextSpan(at, end), proposedBy: OrganizationRule.placeNamed.name,
              rejectedBy: OrganizationRule.claimed.name))
          continue
        }
        // The place: two to four Han characters standing after a break.
        var start = at
        while start > 0, at - start < 4, text[start - 1].isHan { start -= 1 }
        guard start == 0 || !text[start - 1].isHan else { continue }
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
        let place = text[start..<at]
        guard place.count >= 2 else { continue }
        if PlaceNamedOrganRules.generic.contains(where: {
          word.hasScalarPrefix($0) || word.hasScalarSuffix($0)
        }) {
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
            range: start..<end, kind: .agency, level: nil, key: "agency|\(name)",
            prefix: "", organ: name, rule: .placeNamed))
      }
    }
    return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }
}
