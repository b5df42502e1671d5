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
    var heads: [(line: Int, name: [Unicode.Scalar])] = []
    for (index, line) in lines.enumerated() where line.range.upperBound <= end {
      guard let (at, name) = introducedParty(t, in: line.range),
        t.firstOffset(of: name, in: 0..<at) == nil
      else { continue }
      heads.append((index, name))
    }
    // A lead that counts one case (审结一起盗窃案) tells co-defendants.
    guard heads.count >= 2,
      CaseToldCues.oneCaseCounted(t, range: 0..<lines[heads[0].line].range.lowerBound) == nil
    else { return nil }
    let sections = sections(
      from: heads.map(\.line), lines, end: end, doc: doc, lastStopsAtRemarks: true)
    for (k, head) in heads.enumerated() {
      for (n, other) in sections.enumerated() where n != k {
        if t.firstOffset(of: head.name, in: other.span.range) != nil { return nil }
      }
    }
    return sections
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
          t.hasLiteral($0.scalarArray, at: i)
        })
      else { continue }
      var k = i + role.unicodeScalars.count
      if k < range.upperBound, t[k] == "：" || t[k] == ":" { k += 1 }
      guard k + 1 < range.upperBound, t[k].isHan, t[k] != "某", t[k + 1] == "某",
        !CasePartyFinder.functionCharacters.contains(t[k])
      else { continue }
      var e = k + 2
      if e < range.upperBound, ["某", "甲", "乙", "丙", "丁"].contains(t[e]) { e += 1 }
      return (k, Array(t[k..<e]))
    }
    return nil
  }
}
