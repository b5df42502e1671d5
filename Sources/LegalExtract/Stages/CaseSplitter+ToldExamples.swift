import ChineseText

extension CaseSplitter {
  /// Example cases listed in one sentence after 如 / 例如, each item told by
  /// its own acting verb and figure (`case.split.told-examples`): 查办了一批
  /// 典型案例，如甲地查处货值达3.66亿元的生产销售伪劣柴油案、乙地查处货值10余亿元
  /// 的团伙销售假酒案等。One case per item, titled by the words after the
  /// item's last 的 (or its verb). A list whose items only name titles
  /// (包括：甲…案、乙…案) tells none of them and stays `case.guard.untold`.
  static func byToldExamples(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [CaseSection]?
  {
    let t = doc.folded
    var found: [CaseSection] = []
    for line in lines where line.range.upperBound <= end {
      var start = line.range.lowerBound
      while start < line.range.upperBound {
        let upper = min(line.range.upperBound, t.count)
        let stop = ScalarSearch.firstOffset(of: "。", in: t, range: start..<upper) ?? upper
        if let items = toldExampleItems(t, sentence: start..<stop) {
          for item in items {
            found.append(
              CaseSection(
                span: TextSpan(item.item), title: t.text(item.title),
                titleSpan: TextSpan(item.title)))
          }
        }
        start = stop + 1
      }
    }
    return found.count >= 2 ? found : nil
  }

  /// The told items of a sentence (see `byToldExamples`): after an example
  /// opening that follows a clause stop, two or more parts joined by 、, each
  /// ending in 案 (the last may close with 等), each holding an acting verb
  /// and a figure before its title. Nil unless every part is told.
  static func toldExampleItems(_ t: [Unicode.Scalar], sentence: Range<Int>)
    -> [(item: Range<Int>, title: Range<Int>)]?
  {
    guard sentence.lowerBound < sentence.upperBound, sentence.upperBound <= t.count else {
      return nil
    }
    // The example opening: 如 / 例如 right after a clause stop.
    var open: Int? = nil
    var k = sentence.lowerBound
    // Read once: a static read per scalar was most of this walk. An offset
    // whose scalar begins no opening is passed before the stop test.
    let firsts = exampleOpeningFirsts
    let stops = exampleClauseStops
    while k < sentence.upperBound, open == nil {
      if firsts.contains(t[k]), k == sentence.lowerBound || stops.contains(t[k - 1]) {
        for opening in CaseSegmentRules.exampleOpenings where t.hasLiteral(opening, at: k) {
          open = k + opening.unicodeScalars.count
          break
        }
      }
      k += 1
    }
    guard let from = open, from < sentence.upperBound else { return nil }
    var items: [(item: Range<Int>, title: Range<Int>)] = []
    var partStart = from
    var e = from
    while e <= sentence.upperBound {
      let atEnd = e == sentence.upperBound
      guard atEnd || t[e] == "、" || t[e] == "，" || t[e] == "," else {
        e += 1
        continue
      }
      var close = e
      // …案等 closes the list.
      if close > partStart, t[close - 1] == "等" { close -= 1 }
      guard close - partStart >= CaseSegmentRules.toldExampleShortest, t[close - 1] == "案",
        !isNotTitleEnd(t, close - 1),
        let title = toldExampleTitle(t, item: partStart..<close)
      else {
        // Every part before the list's end must be told.
        return nil
      }
      items.append((partStart..<close, title))
      partStart = e + 1
      if atEnd || t[e] != "、" { break }
      e += 1
    }
    return items.count >= 2 ? items : nil
  }

  /// The first scalars of `CaseSegmentRules.exampleOpenings` (如, 例, 比…):
  /// an offset holding none of them opens no example.
  static let exampleOpeningFirsts = ScalarBitmap(
    CaseSegmentRules.exampleOpenings.compactMap(\.unicodeScalars.first))

  /// `CaseSegmentRules.toldExampleVerbs` as scalars, built once.
  private static let toldExampleVerbScalars = CaseSegmentRules.toldExampleVerbs.map(\.scalarArray)

  /// The title of one told item: after its acting verb, with a figure
  /// between the verb and the title (查处货值达3.66亿元的…案); the title is
  /// the words after the last 的, at least `toldExampleShortest` long.
  static func toldExampleTitle(_ t: [Unicode.Scalar], item: Range<Int>) -> Range<Int>? {
    var verbEnd: Int? = nil
    for k in item {
      if let v = toldExampleVerbScalars.first(where: { t.hasLiteral($0, at: k) }) {
        verbEnd = k + v.count
        break
      }
    }
    guard let afterVerb = verbEnd, afterVerb < item.upperBound,
      let de = t[afterVerb..<item.upperBound].lastIndex(of: "的"),
      item.upperBound - (de + 1) >= CaseSegmentRules.toldExampleShortest,
      hasAmount(t, in: afterVerb..<de)
    else { return nil }
    return (de + 1)..<item.upperBound
  }

  /// True when an Arabic number with a unit of money or quantity stands in
  /// `range` (3.66亿元, 10余亿元, 500吨).
  static func hasAmount(_ t: [Unicode.Scalar], in range: Range<Int>) -> Bool {
    for k in range where ChineseNumeral.isArabicDigit(t[k]) {
      var j = k + 1
      while j < range.upperBound, j - k <= CaseSegmentRules.toldExampleUnitReach,
        !CaseSegmentRules.toldExampleUnits.contains(t[j])
      {
        j += 1
      }
      if j < range.upperBound, CaseSegmentRules.toldExampleUnits.contains(t[j]) { return true }
    }
    return false
  }
}
