import ChineseText

/// Which courts and procuratorates a case names without their acting in it
/// (CaseBodyRule): the guard that holds for a body, or nil when it may act.
enum CaseBodyFilter {
  static func guardHolding(for org: OrganizationMention, in t: [Unicode.Scalar]) -> CaseBodyRule? {
    let before = max(0, org.span.start - 4)..<org.span.start
    // 经层报某省人民检察院同意 / 经某中级人民法院报请某高级人民法院批准: 经 opening
    // the clause tells the body above has acted (approved, designated).
    if referralWords.contains(where: { w in
      t.firstOffset(of: w, in: before).map { !approvedBefore($0, in: t) } ?? false
    }) {
      return .referredTo
    }
    if isJointPublisher(org, t) { return .jointPublisher }
    guard nationalBodies.contains(org.name) else { return nil }
    if org.span.start > 0, toNationalBody.contains(t[org.span.start - 1]) { return nil }
    let after = org.span.end..<min(t.count, org.span.end + 12)
    if nationalSteps.contains(where: { t.firstOffset(of: $0, in: after) != nil }) { return nil }
    return .nationalNotActing
  }

  /// True when 经 opens the clause of the referral word at `at` (经层报…,
  /// 经某法院报请…): the referral was granted.
  static func approvedBefore(_ at: Int, in t: [Unicode.Scalar]) -> Bool {
    var k = at - 1
    while k >= max(0, at - approvalReach) {
      if t[k] == "经" { return true }
      if clauseEnds.contains(t[k]) { return false }
      k -= 1
    }
    return false
  }

  /// 省高级人民法院、某研究会联合发布…: the body opens a list (、 / 联合 / 会同
  /// after it) whose clause's verb is a release verb, with no step of a case
  /// between.
  static func isJointPublisher(_ org: OrganizationMention, _ t: [Unicode.Scalar]) -> Bool {
    let e = org.span.end
    guard e < t.count, t[e] == "、" || t.hasLiteral("联合", at: e) || t.hasLiteral("会同", at: e) else {
      return false
    }
    var k = e
    while k < min(t.count, e + 40), !["，", "。", "；", ",", ";", "\n"].contains(t[k]) {
      if publishVerbs.contains(where: { t.hasLiteral($0, at: k) }) { return true }
      if nationalSteps.contains(where: { t.hasLiteral($0, at: k) }) { return false }
      k += 1
    }
    return false
  }

  /// True when `org` is named as the report's source or the event's host, in
  /// its own clause: 记者从X获悉 / 据X消息 / 由X主办.
  /// The first scalars of `hostWords` and `sourceClosers`: other offsets open neither.
  private static let newsSourceFirsts = ScalarBitmap(
    (hostWords + sourceClosers).compactMap(\.unicodeScalars.first))

  static func isNewsSource(_ org: OrganizationMention, _ t: [Unicode.Scalar]) -> Bool {
    let e = org.span.end
    var k = e
    let reach = min(t.count, e + sourceReach)
    var closes = false
    let firsts = newsSourceFirsts
    while k < reach, !clauseEnds.contains(t[k]) {
      guard firsts.contains(t[k]) else {
        k += 1
        continue
      }
      if hostWords.contains(where: { t.hasLiteral($0, at: k) }) { return true }
      if sourceClosers.contains(where: { t.hasLiteral($0, at: k) }) {
        closes = true
        break
      }
      k += 1
    }
    guard closes else { return false }
    // The opener stands in the same clause, before the body (记者21日从…).
    var b = org.span.start
    let lower = max(0, org.span.start - 12)
    while b > lower, !clauseEnds.contains(t[b - 1]) {
      b -= 1
      if sourceOpeners.contains(where: { t.hasLiteral($0, at: b) }) { return true }
    }
    return false
  }

  /// True when the official named after `org` acts in the case for it, in
  /// the same clause (德州市检察院检察长郭某依法出庭履行职务, 某中院院长孟某担任审判长):
  /// the body acts through its official.
  static func officialActsInTheCase(after org: OrganizationMention, _ t: [Unicode.Scalar]) -> Bool {
    let e = org.span.end
    // A serving head's act right after the post (检察长接到…反映).
    if e < t.count, t[e] != formerPostMark,
      let post = CasePartyFinder.postWords.first(where: { t.hasLiteral($0, at: e) }),
      postActs.contains(where: { t.hasLiteral($0, at: e + post.unicodeScalars.count) })
    {
      return true
    }
    var k = e
    let reach = min(t.count, e + officialActReach)
    while k < reach, !clauseEnds.contains(t[k]) {
      if officialActs.contains(where: { t.hasLiteral($0, at: k) }) { return true }
      k += 1
    }
    return false
  }

  /// `case.body.guard.example`, `case.body.guard.follow-up` for a body in a
  /// sentence (or paragraph) that leaves the case: nil unless it holds.
  static func leavesTheCase(_ org: OrganizationMention, _ doc: TextDocument) -> CaseBodyRule? {
    let t = doc.folded
    guard let si = doc.sentenceIndex(containing: org.span.start) else { return nil }
    let s = doc.sentences[si]
    var open = s.lowerBound
    while open < org.span.start, t[open] == " " || t[open] == "\n" || t[open] == "\u{3000}" {
      open += 1
    }
    if exampleOpenings.contains(where: { t.hasLiteral($0, at: open) }) { return .example }
    if followUpWords.contains(where: { t.firstOffset(of: $0, in: s) != nil }) { return .followUp }
    // The paragraph's label: the line holding the body opens with it.
    let lineStart =
      (t[max(0, org.span.start - paragraphReach)..<org.span.start].lastIndex(of: "\n")).map {
        $0 + 1
      }
      ?? max(0, org.span.start - paragraphReach)
    var k = lineStart
    while k < org.span.start, t[k] == " " || t[k] == "\u{3000}" { k += 1 }
    for label in followUpLabels where t.hasLiteral(label, at: k) {
      let after = k + label.unicodeScalars.count
      if after < t.count, ["。", "：", ":", "】", "]"].contains(t[after]) { return .followUp }
    }
    return nil
  }

  /// The guard holding for each body of a case (parallel to `orgs`): a body
  /// that leaves the case where it is named is kept when the case also
  /// names it elsewhere (信州区检察院 both investigates and follows up).
  static func guards(for orgs: [OrganizationMention], doc: TextDocument) -> [CaseBodyRule?] {
    var own = orgs.map { guardHolding(for: $0, in: doc.folded) }
    // `case.body.guard.news-source`: only when the case names another body of
    // the source's kind that is no source itself.
    let sources = orgs.map { o in
      (o.kind == .court || o.kind == .procuratorate) && isNewsSource(o, doc.folded)
    }
    for (i, o) in orgs.enumerated() where sources[i] && own[i] == nil {
      let other = orgs.indices.contains { j in
        !sources[j] && own[j] == nil && orgs[j].kind == o.kind && orgs[j].name != o.name
      }
      if other { own[i] = .newsSource }
    }
    let leaving = orgs.map { o -> CaseBodyRule? in
      o.kind == .court || o.kind == .procuratorate ? leavesTheCase(o, doc) : nil
    }
    // Without a body leaving the case, each body keeps its own guard.
    guard leaving.contains(where: { $0 != nil }) else { return own }
    var actsElsewhere = Set<String>()
    for (i, o) in orgs.enumerated() where own[i] == nil && leaving[i] == nil {
      actsElsewhere.insert(o.name)
    }
    return orgs.indices.map { i in
      own[i] ?? (actsElsewhere.contains(orgs[i].name) ? nil : leaving[i])
    }
  }

  /// `case.body.lead-court` for an article of one case: the lead (before the
  /// case) names exactly one court, a basic one, and the case names none
  /// but says 法院. Nil otherwise.
  static func leadCourtForOneCase(
    _ sections: [CaseSection], _ orgs: [OrganizationMention], _ doc: TextDocument
  ) -> String? {
    guard sections.count == 1, let span = sections.first?.span, span.start > 0 else { return nil }
    let t = doc.folded
    var lead = Set<String>()
    for o in orgs where o.kind == .court {
      if o.span.start >= span.start && o.span.start < span.end { return nil }  // the case names one
      if o.span.end <= span.start { lead.insert(o.name) }
    }
    guard lead.count == 1, let court = lead.first,
      !upperCourtWords.contains(where: { court.contains($0) }),
      bareCourtWords.contains(where: { t.firstOffset(of: $0, in: span.range) != nil })
    else { return nil }
    return court
  }
}
