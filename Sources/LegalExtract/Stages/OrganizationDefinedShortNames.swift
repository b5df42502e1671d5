/// Rule `defined-short-name` (issue 16, round 11): a body named in full and
/// followed by a bracket that defines its short name (江苏省南京市公安局雨花台
/// 分局（以下简称雨花台公安分局）, 某某区人民检察院（以下简称“区院”）) is that
/// body wherever the short name is read later: one body, under its full name
/// (ANNOTATION.md: every distinct body once, by the fullest form the article
/// uses). The latest definition before a mention wins (one release may
/// define 区检察院 for two districts in turn). Only a mention of the same
/// kind is renamed. Markers: `OrganShortFormRules.definitionMarkers`.
enum OrganizationDefinedShortNames {
  /// Renames, in `kept` (text order), every mention a definition before it
  /// names (mentions of tier `skippedTier`, organs named by a bare place,
  /// are neither renamed nor defining).
  static func resolve(
    _ kept: inout [Candidate<OrganizationCandidate>], text: [Unicode.Scalar],
    skipping skippedTier: Int
  ) {
    var defined: [[Unicode.Scalar]: Int] = [:]
    for i in kept.indices where kept[i].priority != skippedTier {
      let c = kept[i].value
      guard c.kind != .company else { continue }
      // The written form is looked up only once a definition was read.
      if !defined.isEmpty, let d = defined[Array(text[c.range])], kept[d].value.kind == c.kind,
        kept[d].value.key != c.key
      {
        let full = kept[d].value
        var v = c
        v.key = full.key
        v.prefix = full.prefix
        v.organ = full.organ
        v.suffix = full.suffix
        v.level = full.level
        v.expandedPrefix = full.expandedPrefix
        v.organAsWritten = full.organAsWritten
        v.rule = .definedShortName
        kept[i].value = v
        kept[i].rule = OrganizationRule.definedShortName.name
        continue
      }
      if let alias = definedAlias(after: c.range.upperBound, in: text),
        alias[...] != text[c.range]
      {
        defined[alias] = i
      }
    }
  }

  /// The short name a bracket right at `pos` defines: （以下简称X）,
  /// （简称“X”）, （下称X）; X a run of 2–16 Han scalars.
  static func definedAlias(after pos: Int, in text: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    guard pos < text.count, text[pos] == "(" else { return nil }
    var k = pos + 1
    guard
      let marker = OrganShortFormRules.definitionMarkers.first(where: {
        RegionChain.hasPrefix(text, k, $0)
      })
    else { return nil }
    k += marker.count
    if k < text.count, OrganShortFormRules.definitionQuotes.contains(text[k]) { k += 1 }
    let start = k
    while k < text.count, k - start <= 16, RegionChain.isHan(text[k]) { k += 1 }
    guard k - start >= 2, k - start <= 16 else { return nil }
    let end = k
    if k < text.count, OrganShortFormRules.definitionQuotes.contains(text[k]) { k += 1 }
    guard k < text.count, text[k] == ")" else { return nil }
    return Array(text[start..<end])
  }
}
