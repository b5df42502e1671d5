import ChineseText

extension CaseSplitter {
  /// A lead paragraph that lists case titles (甲诉乙…案、丙诉丁…案), told
  /// below under as many subheadings that need not repeat the titles: each
  /// section is linked to the title whose bodies and places it shares.
  static func byListedTitles(
    _ lines: [ArticleLine], end: Int, doc: TextDocument, organizations: [OrganizationMention]
  ) -> [CaseSection]? {
    for (index, line) in lines.enumerated() {
      let titles = listedTitles(in: line)
      guard titles.count >= 2 else { continue }
      let later = lines[(index + 1)...].filter { l in
        l.range.upperBound <= end && l.isShortHeading && l.count >= 8
          && l.text.contains(where: \.isHan)
          && !l.endsLikeCaseTitle
      }
      guard later.count == titles.count else { continue }
      var sections: [CaseSection] = []
      for (n, head) in later.enumerated() {
        let stop = n + 1 < later.count ? later[n + 1].range.lowerBound : end
        sections.append(CaseSection(span: TextSpan(head.range.lowerBound, stop)))
      }
      link(titles, to: &sections, doc: doc, organizations: organizations)
      return sections
    }
    return nil
  }

  /// Marks a listed title starts after.
  private static let listedTitleStarts: ScalarBitmap = [
    "、", ",", "，", ":", "：", ";", "；", "。", "“", "\"", "《",
  ]

  /// Titles of the form 甲诉乙…案 inside one paragraph.
  static func listedTitles(in line: ArticleLine) -> [Range<Int>] {
    var titles: [Range<Int>] = []
    let t = line.text
    let starts = Self.listedTitleStarts
    var i = 0
    while i < t.count {
      guard t[i] == "诉", i > 0 else { i += 1; continue }
      var s = i - 1
      while s > 0, !starts.contains(t[s - 1]) { s -= 1 }
      var e = i + 1
      while e < t.count, e - i <= 60, !(t[e] == "案" && !Self.isCaseWordTail(t, e)),
        !starts.contains(t[e])
      { e += 1 }
      if e < t.count, t[e] == "案", i - s >= 2 {
        var start = s
        // Drop a lead-in word before the first title (其中, 包括).
        for lead in ["其中", "包括", "分别是", "分别为"] where t.hasLiteral(lead, at: start) {
          start += lead.unicodeScalars.count
        }
        titles.append((line.range.lowerBound + start)..<(line.range.lowerBound + e + 1))
        i = e + 1
      } else {
        i += 1
      }
    }
    return titles
  }

  /// 案件, 案例, 案情 are not the 案 that ends a title.
  static func isCaseWordTail(_ t: [Unicode.Scalar], _ e: Int) -> Bool {
    e + 1 < t.count && ["件", "例", "情", "由"].contains(t[e + 1])
  }

  /// Gives each section the listed title that shares the most with it: the
  /// bodies named in both, then place names, then order.
  static func link(
    _ titles: [Range<Int>], to sections: inout [CaseSection], doc: TextDocument,
    organizations: [OrganizationMention]
  ) {
    func names(in span: TextSpan) -> [String] {
      organizations.filter { span.contains($0.span) }.map(\.name)
    }
    func places(_ names: [String]) -> Set<String> {
      var out = Set<String>()
      for n in names {
        let s = Array(n.unicodeScalars)
        for marker in ["省", "市", "区", "县"] {
          var i = 0
          while let j = s.firstOffset(of: marker, in: i..<s.count) {
            let from = max(0, j - 2)
            out.insert(s.text(from..<j))
            i = j + 1
          }
        }
      }
      return out
    }
    var free = Array(titles.indices)
    for k in sections.indices {
      let sectionNames = names(in: sections[k].span)
      let sectionPlaces = places(sectionNames)
      let best = free.max { a, b in
        score(titles[a]) < score(titles[b]) || (score(titles[a]) == score(titles[b]) && a > b)
      }
      func score(_ r: Range<Int>) -> Int {
        let titleNames = names(in: TextSpan(r))
        let shared = titleNames.filter { t in
          sectionNames.contains { ScoreNormalization.sameOrganization($0, t) }
        }.count
        return shared * 10 + places(titleNames).intersection(sectionPlaces).count
      }
      if let best {
        free.removeAll { $0 == best }
        sections[k].title = doc.folded.text(titles[best])
        sections[k].titleSpan = TextSpan(titles[best])
      }
    }
  }

  /// One case spanning the article's body, for an article that tells a
  /// case (`toldCue`, which the caller asks).
  static func singleCase(
    _ lines: [ArticleLine], end: Int, doc: TextDocument, organizations: [OrganizationMention] = [],
    figures: [FigureMention] = [], told: TextSpan? = nil, trims: inout [CaseSpanBounds.Trim]
  ) -> [CaseSection] {
    let namedTitle = inlineTitle(lines, doc: doc)
    var title: (String, TextSpan)? = headingTitle(lines) ?? inlineTemplateTitle(lines, doc.folded)
    if title == nil,
      let inline = namedTitle
        ?? firstPassingTitle(lines, end: end, doc: doc, organizations: organizations)
    {
      title = (doc.folded.text(inline.range), inline)
    }
    // The headline and the round-ups and work reports at the story's edges
    // tell no part of the case (CaseSpanBounds).
    var from = 0
    if CaseSpanBounds.isHeadline(lines, organizations: organizations, figures: figures) {
      trims.append(CaseSpanBounds.Trim(span: TextSpan(lines[0].range), rule: .headline))
      from = 1
    }
    let last = lines.lastIndex { $0.range.upperBound <= end } ?? 0
    var start = lines[0].range.lowerBound
    var stop = toldEnd(lines, end: end, doc: doc)
    if from <= last {
      let keep = told.map { lineIndex(of: $0.start, in: lines) }
      let commentary = lines[from...last].contains(where: CaseSpanBounds.opensCommentary)
      let bounds = CaseSpanBounds.trimmed(
        lines, from: from, to: last + 1, keep: keep, leading: true, trailing: !commentary, doc: doc)
      trims += bounds.trims
      start = lines[bounds.first].range.lowerBound
      stop = min(stop, lines[bounds.last].range.upperBound)
    }
    return [
      CaseSection(span: TextSpan(start, max(stop, start)), title: title?.0, titleSpan: title?.1)
    ]
  }

  /// Where a one-case story stops telling it: closing paragraphs that open
  /// as remarks (据介绍, 近年来, 下一步) and name nobody are the body's
  /// statistics and plans, not the case's facts.
  /// `CaseRules.closingRemarkOpenings` as scalars, built once (per call before).
  private static let closingRemarkScalars = CaseRules.closingRemarkOpenings.map(\.scalarArray)

  static func toldEnd(_ lines: [ArticleLine], end: Int, doc: TextDocument) -> Int {
    let remarks = closingRemarkScalars
    var stop = end
    var k = lines.lastIndex { $0.range.upperBound <= end } ?? 0
    while k > 0 {
      let line = lines[k]
      // A remark that cites a statute (检察官表示，依据《刑法》…) gives the case's law.
      guard remarks.contains(where: { line.text.hasLiteral($0, at: 0) }), !line.text.contains("《"),
        !CaseToldCues.namesSomebody(doc.folded, range: line.range)
      else { break }
      stop = lines[k - 1].range.upperBound
      k -= 1
    }
    return stop
  }

  /// What shows the article tells one case: two words of procedure, and
  /// somebody taking part in it (CaseToldRule); else the text is
  /// statistics, a campaign report or comment.
  static func toldCue(
    _ lines: [ArticleLine], end: Int, doc: TextDocument, excluding: Set<CaseToldRule> = []
  ) -> CaseToldCues.Match? {
    // Only sentences count: a table of contents lists 纠纷 and 诉 in its
    // titles and tells nothing.
    // Two kinds of evidence are all the test needs: the walk stops there.
    // (One list of the kinds found for all lines, not an array per line.)
    let sentences = lines.lazy.filter { $0.range.upperBound <= end && !$0.isShortHeading }
      .map(\.range)
    guard CaseRules.evidenceKeywords.hasDistinct(2, in: doc.folded, ranges: sentences) else {
      return nil
    }
    // A sentence that only lists titles (分别为：甲某…案；乙公司…案等5个案例)
    // tells none of them: the parties its titles name take part in nothing told.
    let lists = titleListSentences(lines, end: end, doc: doc)
    var from = 0
    for gap in lists.map({ $0.lowerBound }) + [end] {
      if from < gap,
        let match = CaseToldCues.first(
          in: doc, lines: lines, range: from..<gap, excluding: excluding)
      {
        return match
      }
      from = lists.first(where: { $0.lowerBound == gap })?.upperBound ?? end
    }
    return nil
  }

  /// Sentences that list two or more case titles and tell nothing: after
  /// an optional lead closed by a colon, every part between ；/; — or
  /// between 、/和/及 right after a title's 案 (包括：甲公司…案、乙公司…案) —
  /// ends in 案 (or in 案 and a count: …执行案等5个案例).
  static func titleListSentences(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [Range<Int>]
  {
    let t = doc.folded
    var lists: [Range<Int>] = []
    for line in lines where line.range.upperBound <= end {
      var start = line.range.lowerBound
      while start < line.range.upperBound {
        // A list holds two titles, each ending in 案: a sentence with fewer is none.
        // (The C library's scalar search finds the full stop and two 案: both
        // splitting strategies walk every line here.)
        let upper = Swift.min(line.range.upperBound, t.count)
        let stop =
          ScalarSearch.firstOffset(of: "。", in: t, range: start..<upper) ?? Swift.max(start, upper)
        let twoTitleEnds =
          ScalarSearch.firstOffset(of: "案", in: t, range: start..<stop).map {
            ScalarSearch.firstOffset(of: "案", in: t, range: ($0 + 1)..<stop) != nil
          } ?? false
        if twoTitleEnds, isTitleList(t, start..<stop) {
          lists.append(start..<min(line.range.upperBound, stop + 1))
        }
        start = stop + 1
      }
    }
    return lists
  }

  /// True when `sentence` is a list of titles (see `titleListSentences`).
  static func isTitleList(_ t: [Unicode.Scalar], _ sentence: Range<Int>) -> Bool {
    // Items each told by a verb and an amount (如甲市查处货值2亿元的…案、…) are told.
    if toldExampleItems(t, sentence: sentence) != nil { return false }
    var from = sentence.lowerBound
    if let colon = t[sentence].lastIndex(where: { $0 == "：" || $0 == ":" }) { from = colon + 1 }
    var parts = 0
    var partStart = from
    for k in from...sentence.upperBound
    where k == sentence.upperBound || t[k] == "；" || t[k] == ";"
      || (CaseSegmentRules.titleListJoins.contains(t[k]) && k > partStart && t[k - 1] == "案"
        && !isNotTitleEnd(t, k - 1))
    {
      var e = k
      // …案等5个案例 / …案等案件: the count closes the list; an outcome
      // after 等 (…案等均经法院再审改判) tells the titles: no list.
      if let deng = t[partStart..<e].lastIndex(of: "等"), deng > partStart, t[deng - 1] == "案" {
        if CaseSegmentRules.listedTitlesOutcomes.count(in: t, range: (deng + 1)..<e) > 0 {
          return false
        }
        e = deng
      }
      guard e - partStart >= 4, t[e - 1] == "案", !isNotTitleEnd(t, e - 1) else { return false }
      parts += 1
      partStart = k + 1
    }
    return parts >= 2
  }

  /// Why an article tells no case: it counts cases and parties without
  /// naming anyone (`case.guard.statistics`), or it is commentary.
  static func noCaseReason(_ lines: [ArticleLine], end: Int, doc: TextDocument) -> CaseSplitRule {
    let t = doc.folded
    if !titleListSentences(lines, end: end, doc: doc).isEmpty { return .untold }
    let countedOnly =
      CaseRules.concreteKeywords.count(in: t, range: 0..<end) > 0
      && !namesAParticipant(t, range: 0..<end)
    return countedOnly ? .statistics : .commentary
  }

  /// The title: one of the first lines that reads as a case title, with a
  /// leading 指导案例N号: or 【…】 mark removed.
  static func headingTitle(_ lines: [ArticleLine]) -> (String, TextSpan)? {
    for line in lines.prefix(6) {
      var t = line.text[...]
      var offset = 0
      if let colon = t.firstIndex(where: { $0 == ":" || $0 == "：" }), colon < 12 {
        offset = colon + 1
      } else if t.first == "【", let close = t.firstIndex(of: "】"), close < 14 {
        offset = close + 1
      } else if t.first == "(" || t.first == "（",
        let close = t.firstIndex(where: { $0 == ")" || $0 == "）" }), close < 14
      {
        offset = close + 1  // (检例第138号) 岳某侮辱案
      }
      while offset < t.count, t[offset] == " " { offset += 1 }
      t = t.dropFirst(offset)
      if t.last == "案", t.count >= 4, !t.contains("。"), !t.contains(",") {
        return (
          String(String.UnicodeScalarView(t)),
          TextSpan(line.range.lowerBound + offset, line.range.upperBound)
        )
      }
    }
    return nil
  }

  /// Every opening inside every pair of marks, as scalars, in the order the
  /// search tries them (opening by opening): built once, not per line.
  private static let inlineTemplateMarkScalars = ScalarWords(
    CaseSegmentRules.templateOpenings.flatMap { opening in
      CaseSegmentRules.inlineTemplateMarks.map { open, close in
        Array(open.unicodeScalars) + Array(opening.unicodeScalars) + Array(close.unicodeScalars)
      }
    })

  /// A title right before a section template opened inside the line (副标题
  /// 某甲公司与某乙公司合同纠纷案 【基本案情】 2017年…, …案 基本案情：…): the
  /// words after the last space or mark before the template, ending in 案.
  static func inlineTemplateTitle(_ lines: [ArticleLine], _ t: [Unicode.Scalar]) -> (
    String, TextSpan
  )? {
    let marks = inlineTemplateMarkScalars
    for line in lines.prefix(6) {
      // One walk of the line refuses it before a search per mark.
      guard t.containsAny(of: marks, in: line.range) else { continue }
      for mark in marks {
        guard let at = t.firstOffset(of: mark, in: line.range), at > line.range.lowerBound else {
          continue
        }
        var e = at
        while e > line.range.lowerBound, CaseSegmentRules.paragraphSpaces.contains(t[e - 1]) {
          e -= 1
        }
        guard e > line.range.lowerBound, t[e - 1] == "案", !isNotTitleEnd(t, e - 1) else {
          continue
        }
        var s = e - 1
        while s > line.range.lowerBound, e - s < CaseSegmentRules.inlineTemplateTitleLength,
          !CaseSegmentRules.paragraphSpaces.contains(t[s - 1]),
          !CaseSegmentRules.inlineTitleStops.contains(t[s - 1])
        {
          s -= 1
        }
        guard e - s >= 4 else { continue }
        return (t.text(s..<e), TextSpan(s, e))
      }
    }
    return nil
  }

  /// A title told inside a sentence of the headline or lead: …依法对被告人
  /// 孙某某…一案进行了公开宣判 (the text after the word that introduces it, a
  /// role word dropped), or a quoted “李某案”.
  static func inlineTitle(_ lines: [ArticleLine], doc: TextDocument) -> TextSpan? {
    let t = doc.folded
    for line in lines.prefix(3) {
      let r = line.range
      // 终身监禁第一案 is an ordinal ("the first case of…"), not a title.
      if let yi = t.firstOffset(of: "一案", in: r), yi == r.lowerBound || t[yi - 1] != "第" {
        var s = yi
        while s > r.lowerBound, yi - s < 80, !CaseSegmentRules.inlineTitleStops.contains(t[s - 1]) {
          s -= 1
        }
        // The last word that introduces the title (审理了, 对, 的) before it.
        var from = s
        for lead in CaseSegmentRules.inlineTitleLeads {
          var k = s
          while let at = t.firstOffset(of: lead, in: k..<yi) {
            from = max(from, at + lead.unicodeScalars.count)
            k = at + 1
          }
        }
        for role in CaseSegmentRules.inlineTitleRoles where t.hasLiteral(role, at: from) {
          from += role.unicodeScalars.count
          break
        }
        if yi - from >= 2 { return TextSpan(from, yi + 2) }
      }
      // 对被告人吴某非法占用农用地案进行一审宣判 / 以…案为例: a title a
      // follower word closes.
      if let title = followedTitle(in: r, t) { return title }
      // 周某某案 (a name from the surname table right before 案).
      for e in r where t[e] == "案" && e - 3 >= r.lowerBound {
        if CaseSplitter.isCaseWordTail(t, e) { continue }
        for length in [3, 2] where e - length >= r.lowerBound {
          let s = e - length
          if SurnameLexicon.surnameLength(in: t, at: s) != nil, (s..<e).allSatisfy({ t[$0].isHan }),
            s == r.lowerBound || !t[s - 1].isHan
              || CaseSegmentRules.inlineTitleLeads.contains(where: {
                t.hasLiteral($0, at: s - $0.unicodeScalars.count)
              }) || t[s - 1] == "称",
            closedElsewhere(t, s..<e) || recursAsTitle(t, s..<(e + 1))
          {
            return TextSpan(s, e + 1)
          }
        }
      }
      // “李某案” / “周老虎”案
      var k = r.lowerBound
      while let open = t.firstOffset(of: ["“"], in: k..<r.upperBound) {
        k = open + 1
        guard let close = t.firstOffset(of: ["”"], in: (open + 1)..<min(r.upperBound, open + 30))
        else { break }
        if close - open >= 3, t[close - 1] == "案", t[close - 2] != "本" {
          return TextSpan(open + 1, close)
        }
      }
    }
    return nil
  }

  /// A title inside `r` closed by a follower word (CaseSegmentRules.titleFollowers),
  /// opened after the last lead word and role word before it.
  static func followedTitle(in r: Range<Int>, _ t: [Unicode.Scalar]) -> TextSpan? {
    for e in r where t[e] == "案" && e + 1 < r.upperBound {
      // …案3日上午一审宣判: a day of the month follows, as in a dateline story.
      let day =
        ChineseNumeral.isArabicDigit(t[e + 1])
        && t[(e + 1)..<min(r.upperBound, e + 4)].contains("日")
      // …犯罪案(本报曾作报道)作出终审判决: a note in brackets before the follower.
      var after = e + 1
      // “熊某杀人案”作出终审裁定: the title's closing quote before the follower.
      if t[after] == "”", after + 1 < r.upperBound { after += 1 }
      if t[after] == "(" || t[after] == "（",
        let close = t[after..<min(r.upperBound, after + CaseSegmentRules.titleNoteLength)]
          .firstIndex(where: { $0 == ")" || $0 == "）" })
      {
        after = close + 1
      }
      guard !isNotTitleEnd(t, e), !isCaseWordTail(t, e),
        day
          || CaseSegmentRules.titleFollowers.contains(where: {
            t.hasLiteral($0, at: after)
          }) || isHeardAt(t, after, limit: r.upperBound)
      else { continue }
      var s = e
      while s > r.lowerBound, e - s < 60, !CaseSegmentRules.inlineTitleStops.contains(t[s - 1]) {
        s -= 1
      }
      // “3·10”特大…案: a quoted name opens the title.
      if s - 1 > r.lowerBound, t[s - 1] == "”",
        let open = t[max(r.lowerBound, s - 12)..<(s - 1)].lastIndex(of: "“")
      {
        s = open
      }
      var from = s
      for lead in CaseSegmentRules.followedTitleLeads {
        var k = s
        while let at = t.firstOffset(of: lead.scalarArray, in: k..<e) {
          from = max(from, at + lead.unicodeScalars.count)
          k = at + 1
        }
      }
      for role in CaseSegmentRules.inlineTitleRoles where t.hasLiteral(role, at: from) {
        from += role.unicodeScalars.count
        break
      }
      // 审理了一起污染环境案进行…: a counted case is described, not titled.
      if CaseToldRules.oneCaseCounts.contains(where: { t.hasLiteral($0, at: from) }) {
        continue
      }
      if e + 1 - from >= 4, e + 1 - from <= 45 { return TextSpan(from, e + 1) }
    }
    return nil
  }

  /// True when a title is the subject of its hearing: 在 or 于 at `at`,
  /// then a hearing word before the clause ends (…受贿案在某市中级人民法院
  /// 依法开庭审理 / …案于昨日在某区法院宣判 / …案在该县法院公开审结).
  static func isHeardAt(_ t: [Unicode.Scalar], _ at: Int, limit: Int) -> Bool {
    guard at < limit, CaseSegmentRules.hearingPlaceLeads.contains(t[at]) else { return false }
    var k = at + 1
    while k < min(limit, at + 1 + CaseSegmentRules.hearingReach),
      !CaseSuitRules.clauseStops.contains(t[k])
    {
      if CaseSegmentRules.hearingWords.contains(where: { t.hasLiteral($0, at: k) }) { return true }
      k += 1
    }
    return false
  }

  /// True when the short title at `range` (顾某军案: a name and 案) is named
  /// again elsewhere, as commentary keeps naming the one case it is about;
  /// a word that only ends in 案 (涉案, 立案) is no such title.
  static func recursAsTitle(_ t: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    guard range.count >= 3, range.upperBound <= t.count,
      !isNotTitleEnd(t, range.upperBound - 1), !isCaseWordTail(t, range.upperBound - 1)
    else { return false }
    let title = Array(t[range])
    var from = 0
    while let at = t.firstOffset(of: title, in: from..<t.count) {
      from = at + 1
      if at != range.lowerBound, !isCaseWordTail(t, at + title.count - 1) { return true }
    }
    return false
  }

  /// True when the name at `range` stands elsewhere closed like a name
  /// (官员张某将…, 官员张某某。): 查证涉 in 查证涉案货物 never does.
  static func closedElsewhere(_ t: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    let name = Array(t[range])
    var from = 0
    while let at = t.firstOffset(of: name, in: from..<t.count) {
      from = at + 1
      let end = at + name.count
      guard at != range.lowerBound, end < t.count else { continue }
      if CasePartyFinder.strongStops.contains(t[end])
        || CasePartyFinder.nameFollowers.contains(t[end])
        || ["在", "的", "被", "称", "表", "说"].contains(t[end])
      {
        return true
      }
    }
    return false
  }

  /// The first title the body names in passing (开庭审理甲某等5人盗窃案).
  static func firstPassingTitle(
    _ lines: [ArticleLine], end: Int, doc: TextDocument, organizations: [OrganizationMention]
  ) -> TextSpan? {
    let t = doc.folded
    let orgStarts = Set(organizations.map(\.span.start))
    for line in lines where line.range.upperBound <= end {
      for e in line.range where t[e] == "案" && e + 1 < line.range.upperBound {
        let closed =
          ["，", ",", "。", "中", "；"].contains(t[e + 1])
          || CaseSegmentRules.titleFollowers.contains { t.hasLiteral($0, at: e + 1) }
        guard closed || closesPartyListTitle(t, e) else { continue }
        if !isNotTitleEnd(t, e),
          let r = passingTitle(endingAt: e, in: line, t, orgStarts: orgStarts),
          closed || opensPartyList(t, r.lowerBound, end: e)
        {
          return TextSpan(r)
        }
      }
    }
    return nil
  }

  /// True when a title names a person: an anonymised name, or a name from
  /// the surname table right before 案 or an offence (李某案, 欧阳明受贿一案).
  static func namesPerson(_ title: ArraySlice<Unicode.Scalar>) -> Bool {
    if hasAnonymisedName(title) { return true }
    let s = Array(title)
    for i in s.indices {
      guard let len = SurnameLexicon.surnameLength(in: s, at: i) else { continue }
      for given in [1, 2] {
        let e = i + len + given
        guard e < s.count, (i..<e).allSatisfy({ s[$0].isHan }) else { continue }
        if s[e] == "案" || (e + 1 < s.count && s[e] == "一" && s[e + 1] == "案")
          || CaseSegmentRules.offenceOpenings.contains(where: { s.hasLiteral($0, at: e) })
        {
          return true
        }
      }
    }
    return false
  }

  /// True when a party word names somebody taking part, not a count of
  /// them (5名被执行人, 对45名犯罪嫌疑人, 诉前检察建议495件, 各申请执行人)
  /// nor a stock phrase (维护当事人的合法权益).
  static func namesAParticipant(_ t: [Unicode.Scalar], range: Range<Int>) -> Bool {
    participantOffset(t, range: range) != nil
  }

  /// Where the first party word that names somebody stands (see `namesAParticipant`).
  static func participantOffset(_ t: [Unicode.Scalar], range: Range<Int>) -> Int? {
    // The word's traits are read from the table, not hashed per occurrence.
    for marker in concreteCaseMarkerScalars {
      let w = marker.scalars
      var from = range.lowerBound
      while let at = t.firstOffset(of: w, in: from..<range.upperBound) {
        from = at + 1
        if isCounted(t, at: at, length: w.count, range: range) { continue }
        if marker.isSuit, isNoSuitBrought(t, at: at, range: range) { continue }
        if isPlanned(t, at: at, range: range) { continue }
        if isInChangeSentence(t, at: at, range: range) { continue }
        if marker.needsName, !nameFollows(t, at: at + w.count, range: range) { continue }
        // A word that needs a name is read by its name; the others by their neighbours.
        if !marker.needsName, isListedTerm(t, at: at, length: w.count, range: range) { continue }
        return at
      }
    }
    return nil
  }

  /// `CaseRules.concreteCaseMarkers`, each with its scalars, whether it is
  /// `CaseSegmentRules.suitWord` and whether it is one of the
  /// `roleWordsNeedingAName`.
  static let concreteCaseMarkerScalars:
    [(scalars: [Unicode.Scalar], isSuit: Bool, needsName: Bool)] =
      CaseRules.concreteCaseMarkers.map {
        (
          $0.scalarArray, $0 == CaseSegmentRules.suitWord,
          CaseSegmentRules.roleWordsNeedingAName.contains($0)
        )
      }

  /// True when 起诉 at `at` is no suit somebody brings against somebody:
  /// negated, passive or withdrawn (不起诉, 被起诉, 撤回起诉), a noun or a
  /// document or a modifier (起诉书, 起诉条件, 符合起诉的案件), or a verb whose clause closes in
  /// a count of what was charged, as work reports and statistics give it
  /// (起诉破坏生态环境资源犯罪3.6万人, 共起诉涉案人员4077人, 起诉侵犯知识产权
  /// 犯罪案件356件).
  static func isNoSuitBrought(_ t: [Unicode.Scalar], at: Int, range: Range<Int>) -> Bool {
    let after = at + CaseSegmentRules.suitWordLength
    if at > range.lowerBound, CaseSegmentRules.notSuitBroughtBefore.contains(t[at - 1]) {
      return true
    }
    if at > range.lowerBound,
      modalBeforeSuitScalars.contains(where: { m in
        at - m.count >= range.lowerBound && t.hasLiteral(m, at: at - m.count)
      })
    {
      return true
    }
    if after < range.upperBound, CaseSegmentRules.suitNounTails.contains(t[after]) { return true }
    var stop = after
    while stop < range.upperBound, stop - after < CaseSegmentRules.countedSuitReach,
      !CaseSuitRules.clauseStops.contains(t[stop])
    {
      stop += 1
    }
    return endsInCount(t, stop, from: after)
  }

  /// `CaseSegmentRules.modalsBeforeSuit` as scalars, built once.
  private static let modalBeforeSuitScalars = CaseSegmentRules.modalsBeforeSuit.map(\.scalarArray)

  /// True when the text before `stop` (back to `from`) ends in a count with
  /// an Arabic digit and a classifier of people or cases (3.6万人, 4077人, 356件).
  static func endsInCount(_ t: [Unicode.Scalar], _ stop: Int, from: Int) -> Bool {
    guard stop - 2 >= from, CaseSegmentRules.countedSuitClassifiers.contains(t[stop - 1]) else {
      return false
    }
    var k = stop - 2
    while k > from, CaseSegmentRules.countMagnitudes.contains(t[k]) { k -= 1 }
    return ChineseNumeral.isArabicDigit(t[k])
  }

  /// True when a name follows a party word: an anonymised name, a 某-body,
  /// a name led by a surname, a body or a quoted name.
  private static func nameFollows(_ t: [Unicode.Scalar], at offset: Int, range: Range<Int>) -> Bool
  {
    var k = offset
    for tail in CaseSegmentRules.roleWordTails where t.hasLiteral(tail, at: k) {
      k += tail.unicodeScalars.count
    }
    guard k < range.upperBound else { return false }
    if t[k] == "某" || t[k] == "“" || t[k].properties.isAlphabetic && t[k].isASCII { return true }
    if k + 1 < range.upperBound, t[k + 1] == "某" { return true }
    if SurnameLexicon.surnameLength(in: t, at: k) != nil,
      !CasePartyFinder.functionCharacters.contains(t[k]),
      // 当事人利益, 当事人通过…: a word the surname only opens.
      !wordsAfterRoleNotNames.contains(where: { t.hasLiteral($0, at: k) })
    {
      return true
    }
    // 被执行人四川某某建筑工程有限公司: a firm named in full.
    let reach = min(range.upperBound, k + CaseMatterRules.firmAfterRoleReach)
    return CaseMatterEvidence.namedFirm(t, in: k..<reach)?.start == k
  }

  /// Words a surname opens right after a party word that name nobody:
  /// `CaseSegmentRules.wordsAfterRoleNotNames` and the longer `CaseToldRules.wordsNotNames`.
  static let wordsAfterRoleNotNames: [[Unicode.Scalar]] =
    CaseSegmentRules.wordsAfterRoleNotNames.map(\.scalarArray) + CaseToldRules.wordsNotNames

  /// True when the sentence holding `at` tells a plan, not a step taken
  /// (下一步将…依法发出诉前检察建议): a plan word between the sentence's
  /// start and `at`.
  static func isPlanned(_ t: [Unicode.Scalar], at: Int, range: Range<Int>) -> Bool {
    var s = at
    while s > range.lowerBound, at - s < CaseToldRules.planReach,
      !CaseToldRules.sentenceEnds.contains(t[s - 1])
    {
      s -= 1
    }
    return t.containsAny(of: Self.planWordScalars, in: s..<at)
  }

  /// True when the sentence holding `at` reports a change against another
  /// period (起诉严重暴力犯罪同比下降2.3%): a work report's figures, in which
  /// a party word names a category, not somebody.
  static func isInChangeSentence(_ t: [Unicode.Scalar], at: Int, range: Range<Int>) -> Bool {
    var s = at
    while s > range.lowerBound, at - s < CaseToldRules.planReach,
      !CaseToldRules.sentenceEnds.contains(t[s - 1])
    {
      s -= 1
    }
    var e = at
    while e < range.upperBound, e - at < CaseToldRules.planReach,
      !CaseToldRules.sentenceEnds.contains(t[e])
    {
      e += 1
    }
    return t.containsAny(of: Self.changeWordScalars, in: s..<e)
  }

  /// `CaseToldRules.planWords` and `CaseSegmentRules.changeWords` with their
  /// first-scalar filters, built once: asked at every party word of a lead.
  private static let planWordScalars = ScalarWords(CaseToldRules.planWords.map(\.scalarArray))
  private static let changeWordScalars = ScalarWords(CaseSegmentRules.changeWords)

  /// True when a procedure word stands as one item of a 、 list of them
  /// (批捕、不捕、起诉、退回补充侦查): the list names kinds of work, not a step
  /// somebody took.
  static func isListedTerm(_ t: [Unicode.Scalar], at: Int, length: Int, range: Range<Int>) -> Bool {
    let after = at + length
    return (at - 1 >= range.lowerBound && t[at - 1] == "、")
      || (after < range.upperBound && t[after] == "、")
  }

  /// True when a count opens the noun phrase a party word closes
  /// (3名长期逃债在外、近期回家过年的被执行人): the count is of a class.
  static func isCountedDescription(_ t: [Unicode.Scalar], at: Int, range: Range<Int>) -> Bool {
    guard at - 1 >= range.lowerBound, t[at - 1] == "的" else { return false }
    var k = at - 2
    while k > range.lowerBound, at - k <= CaseSegmentRules.describedCountReach,
      !CaseSuitRules.clauseStops.contains(t[k])
    {
      if CaseSegmentRules.countClassifiers.contains(t[k]), ChineseNumeral.isNumeralScalar(t[k - 1])
      {
        return true
      }
      k -= 1
    }
    return false
  }

  private static func isCounted(_ t: [Unicode.Scalar], at: Int, length: Int, range: Range<Int>)
    -> Bool
  {
    let before = at - 1
    if before >= range.lowerBound {
      if CaseSegmentRules.collectiveMarks.contains(t[before]) { return true }
      if CaseSegmentRules.countClassifiers.contains(t[before]), before - 1 >= range.lowerBound,
        ChineseNumeral.isNumeralScalar(t[before - 1])
      {
        return true
      }
    }
    if isCountedDescription(t, at: at, range: range) { return true }
    // 支持起诉 is the procuratorate's part, a category in its statistics.
    if at >= 2, CaseSegmentRules.categoryHeads.contains(where: { t.hasLiteral($0, at: at - 2) }) {
      return true
    }
    var after = at + length
    // 检察建议495件, 提起诉讼3件 (起诉 sits inside 提起诉讼).
    if after < range.upperBound, t[after] == "讼" { after += 1 }
    if after < range.upperBound, ChineseNumeral.isArabicDigit(t[after]) { return true }
    return CaseSegmentRules.stockPhraseTails.contains { t.hasLiteral($0, at: after) }
      || CaseSegmentRules.categoryTails.contains { t.hasLiteral($0, at: after) }
  }
}

/// True when the text names someone the way case reports do: 张某, 李某某.
func hasAnonymisedName(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
  var i = text.startIndex
  while i + 1 < text.endIndex {
    if text[i + 1] == "某", text[i].isHan, text[i] != "某",
      !["有", "在", "是", "的", "于", "对", "与"].contains(text[i])
    {
      return true
    }
    i += 1
  }
  return false
}
