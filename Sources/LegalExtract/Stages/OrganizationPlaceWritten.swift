/// Guard `region-not-written` (issue 16): an agency named by a bare level
/// word (县公安局, 市人社局, 省社保局) is listed only when the article also
/// writes that body with its place (临沂市罗庄区住房和城乡建设局 … 区住建局);
/// then the short form is one more mention of it. Otherwise the form names
/// no body the article spells out, and ANNOTATION.md lists a body under the
/// fullest form the article uses. Courts and procuratorates keep the place
/// the rules give them (a place has one court of each level), and so does a
/// level word in a list right after a body of its place (rule
/// `level-word-inherits-region.list`: the list wrote the place once for all).
enum OrganizationPlaceWritten {
  /// Rules that give a body a place the text does not write with it.
  static let placeGivenRules: Set<OrganizationRule> = [
    .levelWordInheritsRegion, .soleCity, .soleProvince,
  ]

  /// Rules whose body's place is not written with it (the list form too:
  /// it proves no other mention's place).
  static let placeNotWrittenRules: Set<OrganizationRule> = placeGivenRules.union([
    .levelWordInList, .yuanShortForm, .listSharesRegion,
  ])

  /// True for the kinds the guard applies to: bodies of which a place may
  /// have several (bureaus, committees, unions), not courts or procuratorates.
  static func applies(to kind: OrganizationKind) -> Bool {
    kind != .court && kind != .procuratorate && kind != .company
  }

  /// `candidates` without the agencies whose place only context gave and
  /// whose body the article never writes with its place. One pass to
  /// collect the written bodies' keys, one to filter.
  static func filter(_ candidates: [OrganizationCandidate], rejections: inout [Rejection])
    -> [OrganizationCandidate]
  {
    guard candidates.contains(where: { placeGivenRules.contains($0.rule) && applies(to: $0.kind) })
    else { return candidates }
    var written: Set<String> = []
    for c in candidates where !placeNotWrittenRules.contains(c.rule) { written.insert(c.key) }
    return candidates.filter { c in
      guard placeGivenRules.contains(c.rule), applies(to: c.kind), !written.contains(c.key) else {
        return true
      }
      rejections.append(
        Rejection(
          TextSpan(c.range), proposedBy: c.rule.name,
          rejectedBy: OrganizationRule.regionNotWritten.name))
      return false
    }
  }
}
