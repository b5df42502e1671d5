import ChineseText

/// Hong Kong and Taiwan bodies, which the mainland region rules cannot
/// build (their places are no GB/T 2260 divisions and their organ words
/// differ): 香港西九龙裁判法院, 台湾台北地方检察署, 海巡署舰队分署第五海巡队,
/// 屏东县内埔警分局. Read only in a text that shows the jurisdiction
/// (`RegionalBodyRules.markers`). A name is a chain: it starts at a body,
/// head, place or ordinal (第五), goes on through places, ordinals, bracketed
/// parts and bodies, and ends at a body or a unit word (a few Han modifiers
/// may stand before the unit). The name is as written (folded view).
enum RegionalBodyScanner {
  private struct Found {
    var range: Range<Int>
    var nameEnd: Int
    var kind: OrganizationKind
    var level: OrganizationLevel?
    /// The office written after the body (高等法院原讼法庭), if any.
    var office: String?
    /// 台中海巡队 for 第三(台中)海巡队: the bracketed place with the unit after it.
    var bracketAlias: String?
    var rule: OrganizationRule
  }

  static func scan(_ text: [Unicode.Scalar], rejections: inout [Rejection])
    -> [OrganizationCandidate]
  {
    var out: [OrganizationCandidate] = []
    let shown = RegionalBodyRules.shown(in: text)
    for jurisdiction in RegionalBodyRules.Jurisdiction.allCases {
      guard shown.contains(jurisdiction), let trie = RegionalBodyRules.tries[jurisdiction] else {
        continue
      }
      out += scan(text, trie: trie, jurisdiction: jurisdiction, rejections: &rejections)
    }
    return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  private static func scan(
    _ text: [Unicode.Scalar], trie: PhraseTrie<RegionalBodyRules.Token>,
    jurisdiction: RegionalBodyRules.Jurisdiction, rejections: inout [Rejection]
  ) -> [OrganizationCandidate] {
    let rule: OrganizationRule = jurisdiction == .hongKong ? .hongKongBody : .taiwanBody
    var found: [Found] = []
    var i = 0
    while i < text.count {
      guard trie.mayStart(text, at: i) || text[i] == "第",
        var f = name(in: text, at: i, trie: trie, rule: rule)
      else {
        i += 1
        continue
      }
      // 律政司司长: the post names a person, not the body.
      if let post = RegionalBodyRules.postTitles.first(where: {
        RegionChain.hasPrefix(text, f.nameEnd, Array($0.unicodeScalars))
      }) {
        let end = f.nameEnd + post.unicodeScalars.count
        rejections.append(
          Rejection(
            TextSpan(i, end), proposedBy: rule.name, rejectedBy: OrganizationRule.postTitle.name))
        i = end
        continue
      }
      if f.office != nil { f.rule = .officeInsideRegionalBody }
      found.append(f)
      i = f.range.upperBound
    }
    guard !found.isEmpty else { return [] }
    // 高等法院原讼法庭 once makes a later bare 原讼法庭 that court too.
    var officeOf: [String: String] = [:]
    for f in found {
      guard let office = f.office else { continue }
      officeOf[office] = RegionChain.string(text[f.range.lowerBound..<f.nameEnd])
    }
    // 海巡署舰队分署第五海巡队(高雄海巡队): the bracket names the same body.
    var aliasOf: [String: String] = [:]
    for f in found {
      if let b = f.bracketAlias {
        aliasOf[b] = RegionChain.string(text[f.range.lowerBound..<f.nameEnd])
      }
    }
    for (k, f) in found.enumerated() where k + 1 < found.count {
      let next = found[k + 1]
      guard f.range.upperBound < text.count, text[f.range.upperBound] == "(",
        next.range.lowerBound == f.range.upperBound + 1, next.nameEnd < text.count,
        text[next.nameEnd] == ")"
      else { continue }
      aliasOf[RegionChain.string(text[next.range.lowerBound..<next.nameEnd])] =
        RegionChain.string(text[f.range.lowerBound..<f.nameEnd])
    }
    // 澎湖地检署, 士林地院: the short unit word names the full body, the one
    // the text writes (with the jurisdiction's leading place: 台湾澎湖地方
    // 检察署) or else the full unit after the place as written.
    let written = Set(found.map { RegionChain.string(text[$0.range.lowerBound..<$0.nameEnd]) })
    var shortNamed: Set<String> = []
    for w in written {
      guard aliasOf[w] == nil,
        let unit = RegionalBodyRules.shortUnits.first(where: { w.hasScalarSuffix($0.short) })
      else { continue }
      let full = String(w.dropLast(unit.short.count)) + unit.full
      if let body = ([""] + RegionalBodyRules.leadingPlaces).lazy.map({ $0 + full }).first(
        where: { written.contains($0) })
      {
        aliasOf[w] = body
      } else {
        aliasOf[w] = full
        shortNamed.insert(w)
      }
    }
    // 金管会 → 金融监督管理委员会, 高院 → 高等法院 (rule `short-name`).
    if let names = RegionalBodyRules.shortNames[jurisdiction] {
      for w in written where aliasOf[w] == nil {
        guard let full = names[w] else { continue }
        aliasOf[w] = full
        shortNamed.insert(w)
      }
    }
    // 廉署 in a text that writes 廉政公署: one more mention of it.
    if let names = RegionalBodyRules.shortNamesWhenFullWritten[jurisdiction] {
      for w in written where aliasOf[w] == nil {
        guard let full = names[w], written.contains(full) else { continue }
        aliasOf[w] = full
        shortNamed.insert(w)
      }
    }
    // The parents of offices the text names (高等法院, or 香港高等法院 as
    // written; 高院 names it too).
    var writtenParents: [String: String] = [:]
    for w in written.union(aliasOf.values) {
      for parent in RegionalBodyRules.officeParents.values where w.hasScalarSuffix(parent) {
        if writtenParents[parent].map({ $0.count < w.count }) ?? true { writtenParents[parent] = w }
      }
    }
    return found.map { f in
      let written = RegionChain.string(text[f.range.lowerBound..<f.nameEnd])
      var name = written
      var rule = f.rule
      if f.office == nil, let body = officeOf[written] {
        name = body
        rule = .officeInsideRegionalBody
      } else if f.office == nil, let parent = RegionalBodyRules.officeParents[written],
        let body = writtenParents[parent]
      {
        // 上诉法庭 alone in a text that names 高等法院: the court it sits in.
        name = body
        rule = .officeInsideRegionalBody
      } else if let body = aliasOf[written] {
        name = body
        rule = shortNamed.contains(written) ? .regionalShortName : .regionalAlias
      }
      return OrganizationCandidate(
        range: f.range, kind: f.kind, level: f.level,
        key: "\(f.kind.rawValue)|regional|\(name)", prefix: "", organ: name,
        rule: rule)
    }
  }

  /// The longest name starting at `i`, or nil.
  private static func name(
    in text: [Unicode.Scalar], at i: Int, trie: PhraseTrie<RegionalBodyRules.Token>,
    rule: OrganizationRule
  ) -> Found? {
    var pos = i
    var best: Found?
    var lastBody: Int?  // end of a body token that ends right at `pos`
    var first = true
    var bracket: String?
    while pos < text.count {
      if let (end, token) = trie.longestMatch(in: text, from: pos) {
        switch token.role {
        case .office:
          // Written alone, an office names itself; after its body it is part of it.
          if first {
            return Found(
              range: i..<end, nameEnd: end, kind: token.kind, level: token.level, rule: rule)
          }
          if let b = lastBody, b == pos, var f = best {
            f.range = i..<end
            f.office = token.surface
            return f
          }
          return best
        case .body, .unit:
          // 地方法院, 海关 alone (各地方法院, 深圳海关): a unit needs what it ends.
          if token.role == .unit, first { return nil }
          best = Found(
            range: i..<end, nameEnd: end, kind: token.kind, level: token.level,
            bracketAlias: bracket, rule: rule)
          lastBody = token.role == .body ? end : nil
        case .place, .head:
          lastBody = nil
        }
        pos = end
        first = false
        continue
      }
      if text[pos] == "第", let end = ordinalEnd(text, at: pos + 1) {
        pos = end
        first = false
        lastBody = nil
        continue
      }
      if first { return nil }
      if text[pos] == "(",
        let close = (pos + 1..<min(text.count, pos + 2 + RegionalBodyRules.bracketReach)).first(
          where: { text[$0] == ")" }),
        close > pos + 1, (pos + 1..<close).allSatisfy({ text[$0].isHan }),
        close + 1 < text.count, trie.hasMatch(in: text, from: close + 1)
      {
        // 第三(台中)海巡队: a bracketed part inside the name; 台中海巡队 is this body too.
        if let (uEnd, u) = trie.longestMatch(in: text, from: close + 1), u.role == .unit {
          bracket = RegionChain.string(text[(pos + 1)..<close] + text[(close + 1)..<uEnd])
        }
        pos = close + 1
        lastBody = nil
        continue
      }
      // 屏东县 + 内埔 + 警分局: a few Han modifiers before a unit word, never
      // right after a unit (地检署认定各地方法院: the name ended at 地检署).
      if let b = best, b.nameEnd == pos, lastBody == nil { break }
      var next: Int?
      var k = pos
      while k < text.count, k - pos < RegionalBodyRules.modifierReach, text[k].isHan,
        !CasePartyFinder.functionCharacters.contains(text[k])
      {
        k += 1
        if let (_, token) = trie.longestMatch(in: text, from: k), token.role == .unit {
          next = k
          break
        }
      }
      guard let n = next else { break }
      pos = n
      lastBody = nil
    }
    return best
  }

  /// The end of the numeral after 第 (第五, 第3), when one stands there.
  private static func ordinalEnd(_ text: [Unicode.Scalar], at i: Int) -> Int? {
    var j = i
    while j < text.count, j - i < 3,
      ChineseNumeral.isArabicDigit(text[j]) || ChineseNumeral.digit(text[j]) != nil
        || text[j] == "十"
    {
      j += 1
    }
    return j > i ? j : nil
  }
}
