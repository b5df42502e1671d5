import ChineseText

extension CaseSplitter {
  /// A section template repeated once per case: each heading that opens the
  /// template (基本案情, 【基本案情】, 一、基本案情, 简要案情) starts a case,
  /// whose title is the line before it (a ——subtitle line and a bare 案例一
  /// marker are skipped; the case starts at the marker).
  static func bySectionTemplates(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [CaseSection]?
  {
    let openings = lines.indices.filter {
      lines[$0].range.upperBound <= end && opensTemplate(lines[$0])
    }
    guard !openings.isEmpty else { return nil }
    var starts: [(line: Int, title: Range<Int>?)] = []
    for k in openings {
      let previous = starts.last?.line ?? -1
      let j = titleLine(before: k, lines, after: previous)
      let title = j.flatMap { templateTitle(lines[$0]) }
      // A lone template is the whole story's: it needs a title at the top
      // of the article or one that reads as a case title (…案).
      // A title over a ——subtitle is a heading too (某信息公司集体劳动纠纷 /
      // ——人民法庭…化解劳动纠纷).
      if openings.count == 1,
        title == nil
          || !(j.map {
            isCaseTitle(lines[$0]) || ($0 <= 1 && isQuestion(lines[$0]))
              || ($0 + 1 < k && isSubtitle(lines[$0 + 1]))
          } ?? false)
      {
        return nil
      }
      guard let j, title != nil else {
        starts.append((k, nil))
        continue
      }
      var start = j
      if start - 1 > previous, lines[start - 1].isCaseMarker { start -= 1 }
      starts.append((start, title))
    }
    let heads = starts.map(\.line)
    let titles = Dictionary(starts.map { ($0.line, $0.title) }, uniquingKeysWith: { a, _ in a })
    return sections(from: heads, lines, end: end, doc: doc, lastStopsAtRemarks: false) { i, _ in
      titles[i] ?? nil
    }
  }

  /// A line that ends like a case title (…案, …案件).
  static func isCaseTitle(_ line: ArticleLine) -> Bool {
    line.titleScalars.last == "案" || line.text.hasLiteral("案件", at: line.count - 2)
  }

  /// A question title (劳动者拒绝违法超时加班安排，用人单位能否解除劳动合同).
  static func isQuestion(_ line: ArticleLine) -> Bool {
    CaseSegmentRules.questionWords.contains { w in
      line.text.firstOffset(of: w, in: 0..<line.count) != nil
    }
  }

  /// The title line above a template opening: the line before it, past a
  /// ——subtitle and past the preamble headings of a template (【关键词】
  /// with its line, 【要旨】 with its line), staying after `previous`.
  static func titleLine(before k: Int, _ lines: [ArticleLine], after previous: Int) -> Int? {
    var j = k - 1
    var steps = 0
    while j > previous, steps < 6 {
      steps += 1
      if isSubtitle(lines[j]) || isBracketHeading(lines[j]) {
        j -= 1
      } else if j - 1 > previous,
        isBracketHeading(lines[j - 1]) || isLabelHeading(lines[j - 1])
      {
        j -= 2
      } else {
        break
      }
    }
    guard j > previous, !opensTemplate(lines[j]) else { return nil }
    return j
  }

  /// A template opening on a line of its own (基本案情) or as the label of
  /// the paragraph it opens (案情简介：汪某于2017年入职…。): labour and consumer
  /// releases write their template inline (case.split.section-template).
  static func opensTemplate(_ line: ArticleLine) -> Bool {
    isTemplateOpening(line) || inlineTemplateLabel(line) != nil
  }

  /// The length of a template label that opens a paragraph with a colon
  /// and text that tells (案情简介：… / 案例：…。), the colon included.
  static func inlineTemplateLabel(_ line: ArticleLine) -> Int? {
    let t = line.text
    guard t.count > CaseSegmentRules.inlineTemplateBodyLength, t.contains("。") else { return nil }
    var from = 0
    if t.first == "【" { from = 1 }
    for label in inlineTemplateLabelScalars where t.hasLiteral(label, at: from) {
      var k = from + label.count
      if from == 1 {
        guard k < t.count, t[k] == "】" else { continue }
        k += 1
      }
      guard k < t.count, t[k] == "：" || t[k] == ":" || from == 1 else { continue }
      if t[k] == "：" || t[k] == ":" { k += 1 }
      return k
    }
    return nil
  }

  /// `CaseSegmentRules.inlineTemplateLabels` as scalars, longest first.
  static let inlineTemplateLabelScalars = CaseSegmentRules.inlineTemplateLabels.map(\.scalarArray)
    .sorted { $0.count > $1.count }

  /// 关键词 / 裁判要旨 alone on a line (a case-library entry's preamble
  /// headings, written without brackets): a section label, not a title.
  static func isLabelHeading(_ line: ArticleLine) -> Bool {
    guard line.count <= 8, !opensTemplate(line) else { return false }
    var t = line.text[...]
    while let l = t.last, l == ":" || l == "：" { t = t.dropLast() }
    return CaseSegmentRules.sectionLabels.contains { $0.elementsEqual(t) }
  }

  /// 【关键词】, 【要旨】: a heading in brackets alone on its line.
  static func isBracketHeading(_ line: ArticleLine) -> Bool {
    line.text.first == "【" && line.text.last == "】" && line.count <= 12
  }

  /// 基本案情 / 【基本案情】 / 一、基本案情 / (一)简要案情：
  static func isTemplateOpening(_ line: ArticleLine) -> Bool {
    guard line.count <= 14 else { return false }
    var t = line.text[...]
    if t.first == "【", t.last == "】" { t = t.dropFirst().dropLast() }
    if let e = line.enumeratedTitle, e.offset < t.count + 2 { t = line.text[e.offset...] }
    if t.first == "【", t.last == "】" { t = t.dropFirst().dropLast() }
    while let l = t.last, l == ":" || l == "：" || l == " " { t = t.dropLast() }
    let s = Array(t)
    return templateOpeningScalars.contains { $0 == s }
  }

  /// `CaseSegmentRules.templateOpenings` as scalars.
  static let templateOpeningScalars = CaseSegmentRules.templateOpenings.map(\.scalarArray)

  /// A ——subtitle line under a title.
  static func isSubtitle(_ line: ArticleLine) -> Bool {
    line.text.first.map { CaseSegmentRules.subtitleDashes.contains($0) } ?? false
  }

  /// The title in a line before a template: without 案例一 / 一、 / 【】
  /// marks, and without a ——subtitle after a title that ends in 案
  /// (王某某盗窃案——多次盗窃的，依法从重处罚 → 王某某盗窃案).
  static func templateTitle(_ line: ArticleLine) -> Range<Int>? {
    guard !line.text.contains("。") || line.text.last == "。" && line.count <= 60, line.count <= 140,
      !line.isCaseMarker,
      line.text.first != "《", line.text.last != "条",
      // (检例第236号): a number in brackets, not a title.
      !((line.text.first == "(" || line.text.first == "（")
        && (line.text.last == ")" || line.text.last == "）"))
    else { return nil }
    var from = line.markerTitleOffset ?? 0
    if from == 0, let markerEnd = markerPrefixEnd(line.text) { from = markerEnd }
    if from == 0, let e = line.enumeratedTitle { from = e.offset }
    var to = line.count
    if line.text.last == "。" { to -= 1 }
    if let dash = line.text[from..<to].firstIndex(of: "—"), dash > from, line.text[dash - 1] == "案"
    {
      to = dash
    }
    if line.text[from] == "【", let close = line.text[from..<to].firstIndex(of: "】") {
      from = close + 1
    }
    guard to - from >= 4 else { return nil }
    return (line.range.lowerBound + from)..<(line.range.lowerBound + to)
  }

  /// 案例一 followed by spaces or a colon, at the opening of a line: where
  /// the text after it starts.
  static func markerPrefixEnd(_ t: [Unicode.Scalar]) -> Int? {
    for p in ["典型案例", "案例"] where t.hasLiteral(p, at: 0) {
      var i = p.unicodeScalars.count
      let s = i
      while i < t.count, ChineseNumeral.isNumeralScalar(t[i]) { i += 1 }
      guard i > s, i < t.count, [":", "：", "、", " ", ".", "　"].contains(t[i]) else { return nil }
      while i < t.count, [":", "：", "、", " ", ".", "　"].contains(t[i]) { i += 1 }
      return i < t.count ? i : nil
    }
    return nil
  }

  /// Paragraphs that open with a case marker and tell the case at once
  /// (案例二：江门海关缉私局开展…。抓获犯罪嫌疑人9名…): one case each; the
  /// title is the first clause when it ends in 案.
  static func byMarkerParagraphs(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [CaseSection]?
  {
    let heads = lines.indices.filter { i in
      lines[i].range.upperBound <= end && lines[i].text.contains("。")
        && markerPrefixEnd(lines[i].text) != nil
    }
    guard !heads.isEmpty else { return nil }
    return sections(from: heads, lines, end: end, doc: doc, lastStopsAtRemarks: true) { i, _ in
      let t = lines[i].text
      guard let from = markerPrefixEnd(t),
        let stop = t[from...].firstIndex(where: { $0 == "，" || $0 == "。" || $0 == "," }),
        stop - from >= 4,
        t[stop - 1] == "案"
      else { return nil }
      return (lines[i].range.lowerBound + from)..<(lines[i].range.lowerBound + stop)
    }
  }

  /// Two cases told together (两案立案后，分别由两名干警执行): the one case the text
  /// tells, twice. Only when the text names two claimants (赔偿张某…，赔偿吕某…):
  /// one claimant's two cases against the same party are one story
  /// (申请执行人呼某与被执行人…纠纷二案; 强某是两…案件的被执行人).
  static func toldTogether(_ single: CaseSection, doc: TextDocument) -> [CaseSection]? {
    let t = doc.folded
    guard single.span.start < single.span.end, single.span.end <= t.count,
      namesTwoClaimants(t, in: single.span.start..<single.span.end)
    else { return nil }
    for word in CaseSegmentRules.toldTogetherWords {
      var from = single.span.start
      while let at = t.firstOffset(of: word, in: from..<single.span.end) {
        from = at + 1
        let after = at + 2
        if after < t.count, ["件", "例", "由", "情"].contains(t[after]) { continue }
        return [single, single]
      }
    }
    return nil
  }

  /// `CaseSegmentRules.claimantLeads` as scalars, built once.
  private static let claimantLeadScalars = CaseSegmentRules.claimantLeads.map(\.scalarArray)

  /// True when two different claimants are named in `range`, each right
  /// after a claimant lead (赔偿张某, 原告李某某, 申请执行人王女士).
  static func namesTwoClaimants(_ t: [Unicode.Scalar], in range: Range<Int>) -> Bool {
    var first: [Unicode.Scalar]? = nil
    for lead in claimantLeadScalars {
      var from = range.lowerBound
      while from < range.upperBound, let at = t.firstOffset(of: lead, in: from..<range.upperBound) {
        from = at + 1
        guard let name = claimantName(t, at: at + lead.count, limit: range.upperBound) else {
          continue
        }
        if let seen = first {
          if seen != name { return true }
        } else {
          first = name
        }
      }
    }
    return false
  }

  /// A claimant's name at `k`: masked (张某, 王某某) or a surname with a form
  /// of address (吕女士).
  static func claimantName(_ t: [Unicode.Scalar], at k: Int, limit: Int) -> [Unicode.Scalar]? {
    guard k + 1 < limit, t[k].isHan, t[k] != "某",
      !CasePartyFinder.functionCharacters.contains(t[k])
    else { return nil }
    if t[k + 1] == "某" {
      let long = k + 2 < limit && CaseSegmentRules.anonymisedNameTails.contains(t[k + 2])
      // 赔偿张某 and 赔偿张某某 are two people; the key keeps the whole name.
      return Array(t[k..<(k + (long ? 3 : 2))])
    }
    guard SurnameLexicon.surnameLength(in: t, at: k) == 1 else { return nil }
    for form in CaseToldRules.addressForms where t.hasLiteral(form, at: k + 1) {
      // 吕女士 and 吕某 are one person: keep the surname and a mask.
      return [t[k], "某"]
    }
    return nil
  }

  /// Scalars that close the clause of a lead's count.
  private static let leadCountStops: ScalarBitmap = ["，", "。", ",", "；", "、"]

  /// A count written after the case word (案例二则, 案例3个): the number,
  /// from 2 to 30, when a classifier closes it.
  static func trailingCount(_ t: [Unicode.Scalar], after s: Int, before end: Int) -> Int? {
    var e = s
    while e < end, e - s < 3, ChineseNumeral.isNumeralScalar(t[e]) { e += 1 }
    guard e > s, e < end, CaseSegmentRules.leadCountClassifiers.contains(t[e]),
      let n = ChineseNumeral.value(of: t[s..<e])?.integerValue, n >= 2, n <= 30
    else { return nil }
    return n
  }

  /// The number of cases a lead announces (发布3件典型案例, 此次公布的3个典型
  /// 案例, 集中宣判3起…案): in the headline or the two lines after it, a
  /// number from 2 to 30, a classifier, and a case word within a few
  /// characters in the same clause.
  static func leadCount(in doc: TextDocument, lines: [ArticleLine]) -> Int? {
    let t = doc.folded
    for line in lines.prefix(3) {
      var i = line.range.lowerBound
      while i < line.range.upperBound {
        defer { i += 1 }
        // 某省2案例入选 (案 tested first: this runs at every offset of the lead).
        let bare = t[i] == "案" && t.hasLiteral("案例", at: i)
        // 商海失信案例二则 / 典型案例三则: the number after the case word.
        if bare, let n = trailingCount(t, after: i + 2, before: line.range.upperBound) {
          return n
        }
        guard CaseSegmentRules.leadCountClassifiers.contains(t[i]) || bare,
          i > line.range.lowerBound
        else { continue }
        var s = i
        while s > line.range.lowerBound, ChineseNumeral.isNumeralScalar(t[s - 1]), i - s < 3 {
          s -= 1
        }
        guard s < i, let n = ChineseNumeral.value(of: t[s..<i])?.integerValue, n >= 2, n <= 30
        else { continue }
        // Not an ordinal (第3起) nor a date.
        if s > line.range.lowerBound, t[s - 1] == "第" { continue }
        if bare { return n }
        var e = i + 1
        while e < min(line.range.upperBound, i + 16), !leadCountStops.contains(t[e]) {
          if CaseSegmentRules.leadCountNouns.contains(where: { t.hasLiteral($0, at: e) }),
            !(t[e] == "案" && CaseSplitter.isCaseWordTail(t, e) && !t.hasLiteral("案例", at: e)
              && !t.hasLiteral("案件", at: e))
          {
            return n
          }
          e += 1
        }
      }
    }
    return nil
  }
}
