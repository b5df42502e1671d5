import ChineseText

extension CaseSplitter {
  /// Numbered items that each tell one matter (1、某某医院存在…，对其处…罚款。
  /// / （二）某某公司未按规定…，责令…并处罚款 / 第三，王某…被判处…): a run
  /// of items numbered one after another in one style, each opening with
  /// its actor and giving an outcome, none a round-up of counts
  /// (CaseMatterEvidence). Each told item is a case, up to the next item.
  static func byToldItems(_ lines: [ArticleLine], end: Int, doc: TextDocument) -> [CaseSection]? {
    let t = doc.folded
    // The longest run numbered 1, 2, 3… (or n, n+1…) in one style.
    var best: [(line: Int, offset: Int)] = []
    var runs: [ItemStyle: (last: Int, items: [(line: Int, offset: Int)])] = [:]
    for i in lines.indices where lines[i].range.upperBound <= end {
      guard let item = lines[i].itemNumber else { continue }
      var run = runs[item.style] ?? (0, [])
      if !run.items.isEmpty, item.value == run.last + 1 {
        run.items.append((i, item.offset))
      } else {
        run.items = [(i, item.offset)]
      }
      run.last = item.value
      runs[item.style] = run
      if run.items.count > best.count { best = run.items }
    }
    guard best.count >= 2 else { return nil }
    let all = sections(from: best.map(\.line), lines, end: end, doc: doc, lastStopsAtRemarks: true)
    var told: [Bool] = []
    var outcome: [Bool] = []
    var contents: [Bool] = []
    for (n, section) in all.enumerated() {
      let line = lines[best[n].line]
      let from = min(section.span.end, line.range.lowerBound + best[n].offset)
      let body = from..<section.span.end
      // A heading item (1 商品虚假宣传，商家被判赔偿) names its actor in the
      // heading or in the opening of the paragraph under it.
      let heading = line.isShortHeading ? from..<min(section.span.end, line.range.upperBound) : nil
      // A table of contents' entry (2.支持某协会…诉讼案——依法行使…) is a
      // title over a ——subtitle with no sentence under it: it tells nothing.
      let contentsEntry =
        line.subtitledTitleRange != nil && t.firstOffset(of: ["。"], in: body) == nil
      contents.append(contentsEntry)
      told.append(!contentsEntry && CaseMatterEvidence.tellsMatter(t, item: body, heading: heading))
      outcome.append(
        CaseMatterEvidence.hasOutcome(t, in: body)
          && CaseMatterEvidence.aggregateMarks(t, in: body) == 0)
    }
    // Most items must tell: a list of measures with a case or two among
    // them is a report, not a list of cases. In a list of told matters an
    // item with an outcome and no count is one too, its actor unnamed in a
    // shape the evidence reads (百味烘焙坊…，并处罚款2000元).
    let toldCount = told.filter { $0 }.count
    guard toldCount >= 2, toldCount * 2 >= all.count else { return nil }
    return all.indices.filter { outcome[$0] && !contents[$0] }.map { n in
      var section = all[n]
      let line = lines[best[n].line]
      if let title = itemTitle(line, from: best[n].offset, t)
        ?? headingTitle(line, from: best[n].offset, t)
      {
        section.title = t.text(title)
        section.titleSpan = TextSpan(title)
      }
      return section
    }
  }

  /// The title an item opens with, closed by 。or ：(（一）某某商行销售过期
  /// 食品案。2024年3月，… / 1. 某某公司未缴社保费案：经查…).
  static func itemTitle(_ line: ArticleLine, from offset: Int, _ t: [Unicode.Scalar]) -> Range<Int>?
  {
    let start = line.range.lowerBound + offset
    let reach = min(line.range.upperBound, start + CaseMatterRules.itemTitleLength)
    guard start < reach,
      let close = (start..<reach).first(where: { CaseMatterRules.itemTitleClosers.contains(t[$0]) }
      ),
      close - start >= 4, t[close - 1] == "案", !isNotTitleEnd(t, close - 1)
    else { return nil }
    return start..<close
  }

  /// A heading item's title is its whole line after the number (1 未签书面劳动
  /// 合同，公司被判支付双倍工资): the statement names the case (issue 12, family 1).
  /// The line's range is already trimmed; only blanks after the number remain.
  static func headingTitle(_ line: ArticleLine, from offset: Int, _ t: [Unicode.Scalar]) -> Range<
    Int
  >? {
    guard line.isShortHeading else { return nil }
    var start = line.range.lowerBound + offset
    while start < line.range.upperBound, LineLayout.isLineSpace(t[start]) { start += 1 }
    return line.range.upperBound - start >= 4 ? start..<line.range.upperBound : nil
  }

  /// How an item's number is written: items of one list share it.
  enum ItemStyle: Hashable {
    case arabic, chinese, bracketed, ordinal, circled
  }
}

extension ArticleLine {
  /// The number an item line opens with (1、 / 2. / 一、 / 第三， / (1) /
  /// （一） / ①), its style, and where the item's text starts.
  var itemNumber: (value: Int, style: CaseSplitter.ItemStyle, offset: Int)? {
    guard let first = text.first else { return nil }
    if CaseMatterRules.circledNumbers.contains(first.value) {
      return (Int(first.value - CaseMatterRules.circledNumbers.lowerBound) + 1, .circled, 1)
    }
    var i = 0
    var style = CaseSplitter.ItemStyle.arabic
    if CaseMatterRules.itemOpenBrackets.contains(first) {
      i = 1
      style = .bracketed
    } else if first == "第" {
      i = 1
      style = .ordinal
    }
    let start = i
    while i < text.count, i - start < CaseMatterRules.itemNumberLength,
      ChineseNumeral.isArabicDigit(text[i]) || CaseMatterRules.itemNumerals.contains(text[i])
    {
      i += 1
    }
    guard i > start, i + 1 < text.count else { return nil }
    // 1 商品虚假宣传: a space closes the number of a heading item only.
    let closes =
      style == .bracketed
      ? CaseMatterRules.itemCloseBrackets.contains(text[i])
      : CaseMatterRules.itemNumberEnds.contains(text[i])
        || (isShortHeading && CaseMatterRules.headingItemNumberEnds.contains(text[i]))
    // 1.5万元 is a decimal, not an item; an item may open with a date
    // after any other closer (（一）2023年3月，… / 1、2023年5月，…).
    let decimal =
      CaseMatterRules.decimalPoints.contains(text[i]) && ChineseNumeral.isArabicDigit(text[i + 1])
    guard closes, !decimal,
      let value = ChineseNumeral.value(of: text[start..<i])?.integerValue,
      value >= 1, value <= CaseMatterRules.itemLimit
    else { return nil }
    if style == .arabic, !ChineseNumeral.isArabicDigit(text[start]) { style = .chinese }
    return (value, style, i + 1)
  }
}
