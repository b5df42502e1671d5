import ChineseText

extension CaseSplitter {
  /// Cases under question headings without a mark (员工拒绝加班被辞退，公司
  /// 违法吗？ / 试用期内被辞退，能否要求经济补偿？), as labour, consumer and
  /// civil-code explainers title each case: a short line that ends in a
  /// question mark and holds no other sentence, the paragraph right after
  /// it telling a matter (an actor near its opening and an outcome,
  /// CaseMatterEvidence.tellsMatter). Each heading is its case's title
  /// (case.split.question-headings). Press Q&A lines (问：…？) are no headings.
  static func byQuestionHeadings(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [CaseSection]?
  {
    let t = doc.folded
    // The first line may be a heading too: an explainer may open with its
    // first question.
    let heads = lines.indices.filter { i in
      let line = lines[i]
      guard line.range.upperBound <= end, i + 1 < lines.count,
        lines[i + 1].range.upperBound <= end,
        (CaseSegmentRules.questionHeadingLength).contains(line.count),
        let last = line.text.last, CaseSegmentRules.questionMarks.contains(last),
        !line.text.dropLast().contains(where: { CaseSegmentRules.questionHeadingStops.contains($0) }
        ),
        !CaseSegmentRules.notQuestionHeadingOpenings.contains(where: {
          line.text.hasLiteral($0, at: 0)
        })
      else { return false }
      let body = lines[i + 1]
      return body.text.contains("。")
        && CaseMatterEvidence.tellsMatter(t, item: body.range)
    }
    guard heads.count >= 2 else { return nil }
    return sections(from: heads, lines, end: end, doc: doc) { i, _ in lines[i].range }
  }
}

extension CaseSplitter {
  /// Cases under statement headings without a mark (谎称未收货物意图赖掉货款 /
  /// 讨要蹊跷借款), after a lead that counts exactly as many (商海失信案例二则,
  /// 发布3起典型案例): a short line that is no sentence, no label and no
  /// marker, over a paragraph that tells a matter (CaseMatterEvidence); a
  /// second short line under it (讨要蹊跷借款 / 法院不予认定) goes with the
  /// heading, the first line is the title (case.split.statement-headings).
  /// A label in brackets (【检察履职】, 【裁判结果】) is a label as it is bare.
  /// Without the lead's count, each part must close with the same label
  /// (法官说法：…), a template repeated per case: else a run of subheadings
  /// is one story's, not cases.
  static func byStatementHeadings(
    _ lines: [ArticleLine], end: Int, doc: TextDocument, leadCount: Int?
  ) -> [CaseSection]? {
    let t = doc.folded
    func isHeading(_ line: ArticleLine) -> Bool {
      CaseSegmentRules.statementHeadingLength.contains(line.count)
        && !line.text.contains(where: { CaseSegmentRules.statementHeadingStops.contains($0) })
        && !line.isCaseMarker && !opensTemplate(line) && !isSubtitle(line)
        && closingLabel(line) == nil
        && !CaseSegmentRules.sectionLabels.contains(where: {
          line.text.hasLiteral($0, at: line.text.first == "【" ? 1 : 0)
        })
    }
    // The paragraph under a heading names an actor near its opening.
    func opensMatter(_ line: ArticleLine) -> Bool {
      guard line.range.upperBound <= end, line.text.contains("。") else { return false }
      let opening =
        line.range
        .lowerBound..<min(
          line.range.upperBound, line.range.lowerBound + CaseMatterRules.actorReach)
      return CaseMatterEvidence.actor(t, in: opening) != nil
    }
    var heads: [Int] = []
    var i = 1
    while i + 1 < lines.count, lines[i].range.upperBound <= end {
      defer { i += 1 }
      guard isHeading(lines[i]) else { continue }
      if opensMatter(lines[i + 1]) {
        heads.append(i)
      } else if i + 2 < lines.count, isHeading(lines[i + 1]), opensMatter(lines[i + 2]) {
        heads.append(i)
        i += 1
      }
    }
    guard heads.count >= 2 else { return nil }
    // The lead counts as many, or every part closes with the same label
    // (法官说法：… / 评析：…), a template repeated once per case.
    if leadCount != heads.count {
      let parts = heads.enumerated().map { n, h in
        (h + 1)..<(n + 1 < heads.count ? heads[n + 1] : lines.count)
      }
      let labels = parts.map { part in
        Set(
          part.compactMap { k -> Int? in
            guard lines[k].range.upperBound <= end else { return nil }
            return closingLabel(lines[k])
          })
      }
      guard let first = labels.first,
        !labels.dropFirst().reduce(first, { $0.intersection($1) }).isEmpty
      else { return nil }
    }
    // Each part, heading to heading, goes on to a suit or an outcome
    // (诉至法院, 申请仲裁, 判决, 罚款) and is no round-up of counts (one 累计
    // in 累计工作年限 is no round-up).
    for (n, h) in heads.enumerated() {
      let stop = n + 1 < heads.count ? lines[heads[n + 1]].range.lowerBound : end
      let part = lines[h].range.upperBound..<stop
      guard
        CaseMatterEvidence.hasOutcome(t, in: part)
          || CaseSegmentRules.statementHeadingSuits.count(in: t, range: part) > 0,
        !CaseMatterEvidence.isRoundUp(t, in: part)
      else { return nil }
    }
    // An enumerator before the statement (一、…) is no part of the title.
    return sections(from: heads, lines, end: end, doc: doc) { i, _ in
      let from = lines[i].range.lowerBound + (lines[i].enumeratedTitle?.offset ?? 0)
      return from..<lines[i].range.upperBound
    }
  }

  /// Which closing label opens a line (法官说法：, 评析：, 【典型意义】, or the
  /// label alone on its line): its index in `CaseSegmentRules.closingLabels`.
  static func closingLabel(_ line: ArticleLine) -> Int? {
    let t = line.text
    let from = t.first == "【" ? 1 : 0
    for (n, label) in closingLabelScalars.enumerated() where t.hasLiteral(label, at: from) {
      let k = from + label.count
      if k == t.count { return n }
      if from == 1 ? t[k] == "】" : (t[k] == "：" || t[k] == ":") { return n }
    }
    return nil
  }

  static let closingLabelScalars = CaseSegmentRules.closingLabels.map(\.scalarArray)
}
