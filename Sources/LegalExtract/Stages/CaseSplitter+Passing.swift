import ChineseText

extension CaseSplitter {
  /// Cases named by title inside sentences of the body and told there
  /// (本批案例中的赵某等恶势力犯罪团伙案，系…; 在刘某与某科技公司确认劳动
  /// 关系案中，法院…; 如，甲某盗窃案、乙某诈骗案，均属于…). A title opens with a party (an anonymised name or a body)
  /// and ends in 案 followed by the sentence going on (a comma, 中; for a
  /// party list or a 甲诉乙 suit title any word but one 案 opens; a party
  /// list's title may end in 案件 before a comma: 办理刘某等人涉恶案件，…); each distinct title
  /// is one case, from its first mention to the next title or the end of
  /// the paragraph.
  static func byNamedInPassing(
    _ lines: [ArticleLine], end: Int, doc: TextDocument, organizations: [OrganizationMention]
  ) -> [CaseSection]? {
    let t = doc.folded
    let orgStarts = Set(organizations.map(\.span.start))
    var found: [(title: Range<Int>, line: Int)] = []
    var seen = Set<[Unicode.Scalar]>()
    // A sentence that only lists titles (包括：甲…案、乙…案) tells none of them.
    let lists = titleListSentences(lines, end: end, doc: doc)
    for (index, line) in lines.enumerated()
    where line.range.upperBound <= end && line.text.contains("。") {
      let listed = lists.filter { line.range.contains($0.lowerBound) }
      for e in line.range where t[e] == "案" {
        if listed.contains(where: { $0.contains(e) }) { continue }
        guard e + 1 < line.range.upperBound,
          !(e > line.range.lowerBound
            && ["本", "该", "此", "一", "个", "起", "大", "命"].contains(t[e - 1]))
            || inCaseClause(t, e, line.range)
        else { continue }
        let closed = ["，", ",", "。", "、", "中", "；", "和", "及"].contains(t[e + 1])
        // A title never reaches back into one found before it in the line
        // (…纠纷案和陈某某诉…案): it starts after it, so titles stay in order.
        let earlierEnd = found.last.flatMap { $0.line == index ? $0.title.upperBound : nil }
        // 《甲诉乙…案》明确，…: a title in marks told in the rest of its
        // sentence (case.split.quoted-titles) is named in passing too, so a
        // text naming one title in marks and another without them names two.
        if let quoted = quotedTitle(endingAt: e, in: line.range, t, orgStarts: orgStarts),
          earlierEnd.map({ quoted.lowerBound >= $0 }) ?? true,
          quotedTitleIsTold(t, after: e + 2, limit: line.range.upperBound)
        {
          if seen.insert(Array(t[quoted])).inserted { found.append((quoted, index)) }
          continue
        }
        // 成功办理刘某等人涉恶案件，…: a party list's title may end in 案件
        // when a closer follows (a work report's case told in one clause).
        if t[e + 1] == CaseSegmentRules.partyListTitleTail, e + 2 < line.range.upperBound,
          CaseSegmentRules.passingTitleClosers.contains(t[e + 2]), !isNotTitleEnd(t, e),
          let title = passingTitle(
            endingAt: e, in: line, after: earlierEnd, t, orgStarts: orgStarts),
          opensPartyList(t, title.lowerBound, end: e)
        {
          let whole = title.lowerBound..<(e + 2)
          if seen.insert(Array(t[whole])).inserted { found.append((whole, index)) }
          continue
        }
        guard closed || closesPartyListTitle(t, e),
          !isNotTitleEnd(t, e),
          let title = passingTitle(
            endingAt: e, in: line, after: earlierEnd, t,
            orgStarts: orgStarts),
          closed || opensPartyList(t, title.lowerBound, end: e)
            || judgedAfterDeng(t, e, limit: line.range.upperBound)
            // 王某某诉某县人民政府行政赔偿案明确了… / …案则提示…: a suit
            // title (甲诉乙…案) needs no comma after it.
            || opensSuitTitle(t, title.lowerBound..<e)
        else { continue }
        let key = Array(t[title])
        if seen.insert(key).inserted { found.append((title, index)) }
      }
    }
    guard !found.isEmpty else { return nil }
    return found.enumerated().map { n, f in
      let paragraphEnd = lines[f.line].range.upperBound
      let nextStart = n + 1 < found.count ? found[n + 1].title.lowerBound : end
      let stop = max(f.title.upperBound, min(paragraphEnd, nextStart))
      return CaseSection(
        span: TextSpan(f.title.lowerBound, stop), title: t.text(f.title),
        titleSpan: TextSpan(f.title))
    }
  }

  /// True when the …一案 ending at `e` is named by a clause that opens a
  /// case inside a paragraph (在林某诉赵某民间借贷纠纷一案中，…): 在 opens the
  /// clause, 中 and a comma close it (CaseSegmentRules.caseClauseOpening).
  /// Elsewhere …一案 is the story's own case told in a sentence (审理了…一案).
  static func inCaseClause(_ t: [Unicode.Scalar], _ e: Int, _ line: Range<Int>) -> Bool {
    guard e > line.lowerBound, t[e - 1] == "一", e + 2 < line.upperBound,
      t[e + 1] == CaseSegmentRules.caseClauseClose, t[e + 2] == "，" || t[e + 2] == ","
    else { return false }
    var k = e - 1
    while k > line.lowerBound, e - k < CaseSegmentRules.caseClauseLength,
      !CaseSegmentRules.caseClauseStops.contains(t[k - 1])
    {
      k -= 1
    }
    return t[k] == CaseSegmentRules.caseClauseOpening
  }

  /// True when 等 right after the 案 at `e` closes a list of titles whose
  /// sentence goes on to judge them all (…陈某某故意杀人案等均经法院再审改判):
  /// the last listed title is told like the others.
  static func judgedAfterDeng(_ t: [Unicode.Scalar], _ e: Int, limit: Int) -> Bool {
    guard e + 1 < limit, t[e + 1] == "等" else { return false }
    var stop = e + 2
    while stop < limit, !CaseSegmentRules.matterSentenceEnds.contains(t[stop]) { stop += 1 }
    return CaseSegmentRules.listedTitlesOutcomes.count(in: t, range: (e + 2)..<stop) > 0
  }

  /// True when the 案 at `e` ends a word, not a title (归案, 另案, 涉案).
  /// `CaseSegmentRules.notTitleEnds` as scalars, and their first scalars:
  /// the scalar before most 案 starts none of the words.
  private static let notTitleEndScalars = CaseSegmentRules.notTitleEnds.map(\.scalarArray)
  private static let notTitleEndFirsts = ScalarBitmap(firstScalarsOf: notTitleEndScalars)

  static func isNotTitleEnd(_ t: [Unicode.Scalar], _ e: Int) -> Bool {
    guard e > 0, e - 1 < t.count, notTitleEndFirsts.contains(t[e - 1]),
      notTitleEndScalars.contains(where: { t.hasLiteral($0, at: e - 1) })
    else { return false }
    // 工作案, 合作案: 作 closes the word before it, and the 案 ends a title.
    // 传销案, 营销案: likewise 销 closes the word before it.
    guard e > 1 else { return true }
    let closesWord =
      CaseSegmentRules.wordsEndingInZuo.contains { t.hasLiteral($0, at: e - 2) }
      || CaseSegmentRules.wordsEndingInXiao.contains { t.hasLiteral($0, at: e - 2) }
    return !closesWord
  }

  /// The title ending at the 案 at `e`: it starts at a party (an anonymised
  /// name, a body, or a surname-led name before 等/与/诉) near the clause's
  /// opening, or right after an earlier title and 、; never before `floor`.
  static func passingTitle(
    endingAt e: Int, in line: ArticleLine, after floor: Int? = nil, _ t: [Unicode.Scalar],
    orgStarts: Set<Int>
  ) -> Range<Int>? {
    let lowest = max(line.range.lowerBound, floor ?? line.range.lowerBound)
    guard lowest < e else { return nil }
    var clause = e
    while clause > lowest, e - clause < 60,
      !["，", ",", "。", "：", ":", "；", "“", "”", "《", "》"].contains(t[clause - 1])
    {
      clause -= 1
    }
    if clause > lowest, ["《", "“"].contains(t[clause - 1]) { return nil }
    var p = clause
    // An earlier title in the same clause (…案、陈某波…案, …案和…案): start after it.
    if let last = t[clause..<e].lastIndex(where: { $0 == "案" }), last + 1 < e,
      ["、", "和", "及"].contains(t[last + 1])
    {
      p = last + 2
    }
    // The last word that introduces a title (审理彭某等…案, 本批案例中的姚某…案).
    for lead in CaseSegmentRules.inlineTitleLeads {
      var k = p
      while let at = t.firstOffset(of: lead, in: k..<e) {
        p = max(p, at + lead.unicodeScalars.count)
        k = at + 1
      }
    }
    let scanStart = p
    let limit = min(e, p + 10)
    while p < limit {
      if isPartyStart(t, p, orgStarts: orgStarts, end: e) { break }
      p += 1
    }
    // 甲 诉 乙…案: a suit title names its parties whatever their shape,
    // and may carry its docket and notes in brackets.
    var longest = 45
    if p == limit || e + 1 - p > longest {
      var suitClause = e
      while suitClause > lowest, e - suitClause < 90,
        !["，", ",", "。", "：", ":", "；", "“", "”", "《", "》"].contains(t[suitClause - 1])
      {
        suitClause -= 1
      }
      // The longer reach only for a docket in brackets (终院刑事上诉2014年第8号),
      // not for a 以下简称 note.
      if opensSuitTitle(t, suitClause..<e) {
        p = suitClause
        if t[suitClause..<e].contains(where: ChineseNumeral.isArabicDigit) { longest = 90 }
      }
    }
    guard p < limit else { return nil }
    // 杭州某资产管理公司…案: an anonymised body opens with its place.
    if p + 1 < e, t[p + 1] == "某", CaseToldCues.opensAnonymisedBody(t, mou: p + 1, limit: e) {
      while p > scanStart, t[p - 1].isHan, !CaseSegmentRules.beforePlacedBody.contains(t[p - 1]) {
        p -= 1
      }
    }
    guard e + 1 - p >= 5, e + 1 - p <= longest else { return nil }
    return p..<(e + 1)
  }

  static func isPartyStart(_ t: [Unicode.Scalar], _ p: Int, orgStarts: Set<Int>, end: Int)
    -> Bool
  {
    if orgStarts.contains(p) { return true }
    if opensPartyList(t, p, end: end) || opensPersonTitle(t, p, end: end) { return true }
    if p + 1 < end, t[p].isHan, t[p] != "某", t[p + 1] == "某" {
      return p == 0 || !["有", "在", "是", "的", "于", "对", "与", "某"].contains(t[p])
        || CaseSegmentRules.passingOpeners.contains { t.hasLiteral($0, at: p) } == false
    }
    if t[p] == "某", p + 1 < end, t[p + 1].isHan { return true }  // 某公司
    return false
  }

  /// True when a list of parties opens at `p`: a name led by a surname, then
  /// 等 and a count or 人 (刘某某等31人…案, 王大伟等12名被告人…案, 李四平等人…案).
  /// Such a title needs no comma after its 案 (…案最受瞩目, …案备受关注).
  static func opensPartyList(_ t: [Unicode.Scalar], _ p: Int, end: Int) -> Bool {
    guard p >= 0, p < end, end <= t.count, SurnameLexicon.surnameLength(in: t, at: p) != nil,
      !CasePartyFinder.functionCharacters.contains(t[p])
    else { return false }
    for length in CaseSegmentRules.partyListNameLengths {
      let deng = p + length
      guard deng + 1 < end, (p..<deng).allSatisfy({ t[$0].isHan && t[$0] != "等" }), t[deng] == "等"
      else { continue }
      var k = deng + 1
      while k < end, ChineseNumeral.isNumeralScalar(t[k]) { k += 1 }
      if k < end, CaseSegmentRules.partyListCountTails.contains(t[k]) { return true }
    }
    return false
  }

  /// True when a person's name opens a title at `p`: a name led by a
  /// surname, then an offence (王某社涉嫌盗窃案, 欧阳明受贿案).
  static func opensPersonTitle(_ t: [Unicode.Scalar], _ p: Int, end: Int) -> Bool {
    guard p >= 0, p < end, end <= t.count, SurnameLexicon.surnameLength(in: t, at: p) != nil,
      !CasePartyFinder.functionCharacters.contains(t[p])
    else { return false }
    for length in CaseSegmentRules.personTitleNameLengths where p + length < end {
      guard (p..<(p + length)).allSatisfy({ t[$0].isHan }) else { continue }
      if CaseSegmentRules.offenceOpenings.contains(where: { t.hasLiteral($0, at: p + length) }) {
        return true
      }
    }
    return false
  }

  /// A person-led title in the first lines (…公开审理王某社涉嫌盗窃案，…):
  /// the title a wire item tells its one case by.
  static func personTitleInLead(_ lines: [ArticleLine], _ t: [Unicode.Scalar]) -> TextSpan? {
    for line in lines.prefix(3) {
      for e in line.range where t[e] == "案" && e + 1 < line.range.upperBound {
        guard CaseSegmentRules.passingTitleClosers.contains(t[e + 1]), !isNotTitleEnd(t, e),
          let title = passingTitle(endingAt: e, in: line, t, orgStarts: []),
          opensPersonTitle(t, title.lowerBound, end: e)
        else { continue }
        return TextSpan(title)
      }
    }
    return nil
  }

  /// True when what follows the 案 at `e` may close a party-list title
  /// told inside a sentence: not a word 案 opens (案件, 案发, 案值).
  static func closesPartyListTitle(_ t: [Unicode.Scalar], _ e: Int) -> Bool {
    e + 1 < t.count && !isCaseWordTail(t, e)
      && !CaseSegmentRules.caseWordOpenings.contains(t[e + 1])
  }

  /// Example cases given by the body that handled them (如某市人民检察院针
  /// 对…; 又如某县人民检察院在办理…中): a sentence or clause that
  /// opens with 如 / 又如 and at once names a procuratorate, court or other
  /// acting body is one case, up to the next example or the paragraph's end.
  /// Scalars after which a clause opens (an example's opening may stand there).
  static let exampleClauseStops: ScalarBitmap = ["。", "，", "；", ",", "：", ":"]
  /// The last scalar every example opening ends in (nil if they differ),
  /// and the longest opening: `byExamples` refuses a text without it.
  static let exampleOpeningLast: Unicode.Scalar? = {
    let lasts = Set(CaseSegmentRules.exampleOpenings.map { $0.unicodeScalars.last })
    return lasts.count == 1 ? lasts.first ?? nil : nil
  }()
  static let exampleOpeningLength =
    CaseSegmentRules.exampleOpenings.map(\.unicodeScalars.count).max() ?? 0

  /// `CaseSegmentRules.exampleOpenings` as scalars, built once: asked at
  /// every clause start of an article holding 如.
  private static let exampleOpeningScalars = CaseSegmentRules.exampleOpenings.map(\.scalarArray)

  static func byExamples(
    _ lines: [ArticleLine], end: Int, doc: TextDocument, organizations: [OrganizationMention]
  ) -> [CaseSection]? {
    let t = doc.folded
    // Every example opening ends in the same scalar (如: 例如, 又如…) and
    // starts inside a line that ends by `end`: a text without that scalar
    // there has no example, and the walk is spared.
    if let mark = exampleOpeningLast,
      t.firstOffset(of: [mark], in: 0..<min(end + exampleOpeningLength, t.count)) == nil
    {
      return nil
    }
    let orgStarts = Set(organizations.filter { $0.kind != .company }.map(\.span.start))
    var starts: [(at: Int, line: Int)] = []
    let clauseStops = exampleClauseStops
    for (index, line) in lines.enumerated()
    where line.range.upperBound <= end && line.text.contains("。") {
      var i = line.range.lowerBound
      while i < line.range.upperBound {
        defer { i += 1 }
        guard i == line.range.lowerBound || clauseStops.contains(t[i - 1]) else {
          continue
        }
        guard let opening = exampleOpeningScalars.first(where: { t.hasLiteral($0, at: i) }) else {
          continue
        }
        var k = i + opening.count
        if k < t.count, CaseSegmentRules.notExampleAfterRu.contains(t[k]) { continue }
        if k < t.count, t[k] == "，" || t[k] == "," { k += 1 }
        let names =
          orgStarts.contains(k)
          || CaseSegmentRules.genericActingBodies.contains { body in
            t.firstOffset(of: body, in: k..<min(line.range.upperBound, k + 14)) != nil
          } && !t[k..<min(line.range.upperBound, k + 14)].contains("，")
        if names { starts.append((i, index)) }
      }
    }
    guard starts.count >= 2 else { return nil }
    return starts.enumerated().map { n, s in
      let paragraphEnd = lines[s.line].range.upperBound
      let next = n + 1 < starts.count ? starts[n + 1].at : end
      return CaseSection(span: TextSpan(s.at, max(s.at + 1, min(paragraphEnd, next))))
    }
  }

  /// True when `range` reads 甲诉乙…: a plaintiff of two characters or more,
  /// then 诉 as the verb between parties (not 起诉, 上诉, 公诉, 诉讼, 诉求).
  static func opensSuitTitle(_ t: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    var k = range.lowerBound
    while k < range.upperBound, t[k] == " " || t[k] == "　" { k += 1 }
    guard k < range.upperBound, t[k].isHan else { return false }
    for i in (k + 2)..<max(k + 2, min(range.upperBound - 1, k + 24)) where t[i] == "诉" {
      let before = t[i - 1]
      if CaseSegmentRules.notBeforeSuitSu.contains(before) { return false }
      if ["讼", "求", "称", "请", "至", "诸"].contains(t[i + 1]) { return false }
      return true
    }
    return false
  }

  /// Paragraphs that each open with a case title (a party-led title ending
  /// in 案 and followed by 中 or a comma) and go on to tell it: one case
  /// each, parallel in shape.
  static func byTitleParagraphs(
    _ lines: [ArticleLine], end: Int, doc: TextDocument, organizations: [OrganizationMention]
  ) -> [CaseSection]? {
    let t = doc.folded
    let orgStarts = Set(organizations.map(\.span.start))
    var heads: [(line: Int, title: Range<Int>)] = []
    for (index, line) in lines.enumerated()
    where line.range.upperBound <= end && line.text.contains("。") {
      let reach = min(line.range.upperBound - 1, line.range.lowerBound + 60)
      guard
        let e = (line.range.lowerBound..<reach).first(where: { e in
          t[e] == "案" && ["中", "，", ","].contains(t[e + 1]) && !isNotTitleEnd(t, e)
            && !isCaseWordTail(t, e)
        }),
        let title = passingTitle(endingAt: e, in: line, t, orgStarts: orgStarts),
        title.lowerBound <= line.range.lowerBound + 2
      else { continue }
      heads.append((index, title))
    }
    guard heads.count >= 2 else { return nil }
    let titles = Dictionary(heads.map { ($0.line, $0.title) }, uniquingKeysWith: { a, _ in a })
    return sections(from: heads.map(\.line), lines, end: end, doc: doc, lastStopsAtRemarks: true) {
      i, _ in titles[i]
    }
  }
}
