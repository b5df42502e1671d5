import ChineseText

extension CaseSplitter {
  /// A story of several cases told one after another, each opened by a
  /// paragraph that brings in a new party by its role (申请执行人甲某和被执
  /// 行人乙某系朋友关系… / 当天，执行干警找到了被执行人丙某): a paragraph
  /// whose role-named party the text has not named before starts a case,
  /// when the parties stay apart (no section names another's party).
  /// Co-defendants of one case are named together, so they do not split.
  static func byPartyParagraphs(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [CaseSection]?
  {
    let t = doc.folded
    let seen = anonymisedNameExtents(t, end: end)
    var heads: [(line: Int, name: UInt64)] = []
    for (index, line) in lines.enumerated() where line.range.upperBound <= end {
      guard let (at, name) = introducedParty(t, in: line.range),
        let key = nameKey(name), seen[key]?.first == at
      else { continue }
      heads.append((index, key))
      // Many such paragraphs are a list of parties, not a few stories.
      if heads.count > CaseSegmentRules.partyParagraphLimit { return nil }
    }
    return sections(heads: heads, extents: seen, lines, end: end, doc: doc)
  }

  /// The tail both party-paragraph readings share (applicant paragraphs,
  /// party paragraphs): two heads or more, no lead counting one case before
  /// the first (审结一起盗窃案 tells co-defendants), one section per head, and
  /// each head's name last mentioned inside its own section (it is first
  /// named there by construction).
  static func sections(
    heads: [(line: Int, name: UInt64)], extents: [UInt64: (first: Int, last: Int)],
    _ lines: [ArticleLine], end: Int, doc: TextDocument
  ) -> [CaseSection]? {
    guard heads.count >= 2,
      CaseToldCues.oneCaseCounted(doc.folded, range: 0..<lines[heads[0].line].range.lowerBound)
        == nil
    else { return nil }
    let sections = sections(
      from: heads.map(\.line), lines, end: end, doc: doc, lastStopsAtRemarks: true)
    for (k, head) in heads.enumerated() {
      guard let last = extents[head.name]?.last, last < sections[k].span.end else { return nil }
    }
    return sections
  }

  /// One key per anonymised name of two or three characters (周某, 王某某):
  /// the characters' values, and a tag bit for the length.
  static func nameKey(_ name: [Unicode.Scalar]) -> UInt64? {
    switch name.count {
    case 2: return nameKey(name[0], name[1], nil)
    case 3: return nameKey(name[0], name[1], name[2])
    default: return nil
    }
  }

  static func nameKey(_ a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar?) -> UInt64 {
    let pair = UInt64(a.value) << 42 | UInt64(b.value) << 21
    guard let c else { return pair | 1 << 62 }
    return pair | UInt64(c.value) | 1 << 63
  }

  /// Where each anonymised name (X某, X某某, X某甲) is first and last
  /// named before `end`, in one pass over the text.
  static func anonymisedNameExtents(_ t: [Unicode.Scalar], end: Int)
    -> [UInt64: (first: Int, last: Int)]
  {
    var extents: [UInt64: (first: Int, last: Int)] = [:]
    func note(_ key: UInt64, _ at: Int) {
      if let e = extents[key] { extents[key] = (e.first, at) } else { extents[key] = (at, at) }
    }
    var k = 1
    while k < min(end, t.count) {
      defer { k += 1 }
      guard t[k] == "某", t[k - 1].isHan, t[k - 1] != "某" else { continue }
      note(nameKey(t[k - 1], t[k], nil), k - 1)
      if k + 1 < t.count, CaseSegmentRules.anonymisedNameTails.contains(t[k + 1]) {
        note(nameKey(t[k - 1], t[k], t[k + 1]), k - 1)
      }
    }
    return extents
  }

  /// The first party a line names after a defendant-side role word
  /// (被执行人姚某, 被告人王某某), and where the name starts.
  static func introducedParty(_ t: [Unicode.Scalar], in range: Range<Int>)
    -> (at: Int, name: [Unicode.Scalar])?
  {
    var i = range.lowerBound
    while i < range.upperBound {
      defer { i += 1 }
      guard t[i] == "被" || t[i] == "犯",
        let role = CaseSegmentRules.introducingRoles.first(where: {
          t.hasLiteral($0, at: i)
        })
      else { continue }
      var k = i + role.unicodeScalars.count
      if k < range.upperBound, t[k] == "：" || t[k] == ":" { k += 1 }
      guard k + 1 < range.upperBound, t[k].isHan, t[k] != "某", t[k + 1] == "某",
        !CasePartyFinder.functionCharacters.contains(t[k])
      else { continue }
      var e = k + 2
      if e < range.upperBound, CaseSegmentRules.anonymisedNameTails.contains(t[e]) { e += 1 }
      return (k, Array(t[k..<e]))
    }
    return nil
  }
}
