import ChineseText

extension CasePartyFinder {
  /// In a criminal case the procuratorate that prosecutes is the plaintiff
  /// side (公诉机关): the one whose sentence speaks of prosecution, else the
  /// first the case names.
  func publicProsecutor(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    let procuratorates = organizations(inside: span).filter { $0.kind == .procuratorate }
    guard !procuratorates.isEmpty, out.plaintiffs.isEmpty || !out.plaintiffs.contains(where: { p in procuratorates.contains { $0.name == p } }) else { return }
    let prosecuting = procuratorates.first { org in
      guard let si = doc.sentenceIndex(containing: org.span.start) else { return false }
      let s = doc.sentences[si]
      return ["起诉", "公诉", "指控"].contains { t.firstOffset(of: $0, in: s) != nil }
        && t.firstOffset(of: "不起诉", in: s) == nil
    }
    // Without a word of prosecution, the first procuratorate acting in a
    // criminal case that went to trial (判处) is taken as its prosecutor.
    let tried = t.firstOffset(of: "判处", in: span.range) != nil
    if let chosen = prosecuting ?? (tried ? procuratorates.first(where: { $0.name != "最高人民检察院" }) : nil) {
      out.plaintiffs.append(chosen.name)
    }
  }

  /// A procuratorate that prosecutes or sues is a plaintiff (公诉机关).
  func fromProsecution(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    for org in organizations(inside: span) where org.kind == .procuratorate {
      guard let sentence = doc.sentenceIndex(containing: org.span.start) else { continue }
      let s = doc.sentences[sentence]
      let rest = org.span.end..<min(s.upperBound, org.span.end + 40)
      // `case.party.guard.supports-not-sues`: 检察院支持许某某等人…提起诉讼.
      if let support = t.firstOffset(of: "支持", in: rest),
        t.firstOffset(of: "提起公益诉讼", in: org.span.end..<support) == nil
      {
        continue
      }
      if ["提起公诉", "提起诉讼", "提起公益诉讼", "提起行政公益诉讼", "提起民事公益诉讼", "向法院起诉", "起诉至"].contains(where: {
        t.firstOffset(of: $0, in: rest) != nil
      }) {
        out.plaintiffs.append(org.name)
      }
    }
  }

  /// Distinct names, a short form dropped when a longer one ends with it
  /// or abbreviates it (隆茂公司 for 上海隆茂建筑装潢有限公司).
  static func merged(_ names: [String]) -> [String] {
    var out: [String] = []
    for n in names where !n.isEmpty {
      if out.contains(where: { isAbbreviation(n, of: $0) }) { continue }
      if let i = out.firstIndex(where: { isAbbreviation($0, of: n) }) {
        out[i] = n
        continue
      }
      if out.contains(where: { $0 == n || ($0.hasSuffix(n) && n.unicodeScalars.count >= 5) }) { continue }
      if let i = out.firstIndex(where: { n.hasSuffix($0) && $0.unicodeScalars.count >= 5 }) {
        out[i] = n
        continue
      }
      out.append(n)
    }
    return out
  }

  /// True when `short` is a company short name (its characters before 公司
  /// appear in order in the longer name).
  static func isAbbreviation(_ short: String, of long: String) -> Bool {
    guard let suffix = shortNameSuffixes.first(where: { short.hasScalarSuffix($0) }), long.hasScalarSuffix(suffix) || suffix == "公司",
      long.utf8.count > short.utf8.count
    else { return false }
    let core = Array(short.unicodeScalars.dropLast(suffix.unicodeScalars.count))
    // One Latin letter is enough of a core (A公司 for A化工集团有限公司).
    guard core.count >= 2 || (core.count == 1 && core[0].isASCII && core[0].properties.isAlphabetic) else { return false }
    var i = long.unicodeScalars.startIndex
    for c in core {
      guard let at = long.unicodeScalars[i...].firstIndex(of: c) else { return false }
      i = long.unicodeScalars.index(after: at)
    }
    return true
  }
}
