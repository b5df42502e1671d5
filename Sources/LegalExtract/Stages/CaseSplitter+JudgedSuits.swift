import ChineseText

extension CaseSplitter {
  /// Paragraphs that each tell a suit to its judgment (…今年3月17日诉至某区法院，
  /// 5月14日，法院判决某某支付… / …2人4月7日诉至某区法院，6月26日，法院依法
  /// 判决…): one case per paragraph, as a story tells several people's suits
  /// against one defendant. An appeal (上诉至) tells the same case again and
  /// opens none.
  static func byJudgedSuits(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [CaseSection]?
  {
    let t = doc.folded
    // A head needs a judgment word (判决, 判令) and the court word before it,
    // both inside a paragraph that ends by `end`: a text without them has
    // no head, and the paragraphs are not read.
    guard t.firstOffset(of: CaseSegmentRules.courtWord, in: 0..<end) != nil,
      CaseSegmentRules.courtJudgments.contains(where: { t.firstOffset(of: $0, in: 0..<end) != nil })
    else { return nil }
    let blocks = lines.filter { $0.range.upperBound <= end }.flatMap {
      spacedParagraphs(t, in: $0.range)
    }
    let heads = blocks.indices.filter { tellsSuitToJudgment(t, in: blocks[$0]) }
    guard heads.count >= 2 else { return nil }
    return heads.enumerated().map { n, i in
      let stop = n + 1 < heads.count ? blocks[heads[n + 1]].lowerBound : end
      return CaseSection(span: TextSpan(blocks[i].lowerBound, max(stop, blocks[i].upperBound)))
    }
  }

  /// The paragraphs of a line whose paragraphs a copy joined with spaces
  /// (…没见到。  李业克说，…): a full stop and two spaces or more break it.
  static func spacedParagraphs(_ t: [Unicode.Scalar], in range: Range<Int>) -> [Range<Int>] {
    var parts: [Range<Int>] = []
    var start = range.lowerBound
    var k = range.lowerBound
    while k < range.upperBound {
      guard t[k] == "。" else {
        k += 1
        continue
      }
      var next = k + 1
      while next < range.upperBound, CaseSegmentRules.paragraphSpaces.contains(t[next]) {
        next += 1
      }
      if next - k - 1 >= 2, next < range.upperBound {
        parts.append(start..<(k + 1))
        start = next
      }
      k = next
    }
    parts.append(start..<range.upperBound)
    return parts
  }

  /// True when `range` brings a suit (诉至, 起诉, 告上法庭, 提起诉讼) and,
  /// after it, a court's judgment on it (法院判决, 法院依法判决).
  static func tellsSuitToJudgment(_ t: [Unicode.Scalar], in range: Range<Int>) -> Bool {
    for v in CaseSegmentRules.judgedSuitVerbs {
      var from = range.lowerBound
      while from < range.upperBound, let i = t.firstOffset(of: v, in: from..<range.upperBound) {
        from = i + 1
        if i > range.lowerBound, CaseSegmentRules.notSuitBefore.contains(t[i - 1]) { continue }
        if judgedAfter(t, i + v.count, in: range) { return true }
      }
    }
    return false
  }

  /// True when a court's judgment (法院判决, 法院依法判决) follows `after` in `range`.
  static func judgedAfter(_ t: [Unicode.Scalar], _ after: Int, in range: Range<Int>) -> Bool {
    for w in CaseSegmentRules.courtJudgments {
      var from = after
      while from < range.upperBound, let at = t.firstOffset(of: w, in: from..<range.upperBound) {
        from = at + 1
        // 判决书, 判决生效: the judgment as a document or a state, no ruling told here.
        let next = at + w.count
        if next < range.upperBound, CaseSegmentRules.notRulingAfter.contains(t[next]) { continue }
        // 法院判决 / 法院依法判决: the court rules, a few characters before the
        // verb, in a clause after the suit's own (诉至法院后 names the court sued in).
        let lookBack = max(after, at - CaseSegmentRules.courtBeforeJudgmentReach)
        guard let court = t.firstOffset(of: CaseSegmentRules.courtWord, in: lookBack..<at),
          t[after..<court].contains(where: CaseSuitRules.clauseStops.contains)
        else { continue }
        return true
      }
    }
    return false
  }
}
