import ChineseText

/// Titles whose status the words around them decide (issue 16): a draft
/// under review (《…条例（草案）》), a title without 《》 right after its
/// national issuer and an issuing verb, and the guards for a body's own
/// housekeeping rules and for opinions a judicial body only co-signed.
extension StatuteScanner {
  static let issuingVerbHeads = ScalarBitmap(
    StatuteRules.unmarkedIssuingVerbs.compactMap { $0.unicodeScalars.first })
  static let unmarkedIssuedHeadEnds = ScalarBitmap(
    StatuteRules.unmarkedIssuedHeads.compactMap { $0.unicodeScalars.last })

  /// Rule `statute.title.draft`: 《沈阳市社会信用条例(草案)》 → the title as
  /// written with its note (brackets as the text writes them), when the
  /// title before the note is normative by its own ending.
  func draftLaw(raw: [Unicode.Scalar], open: Int) -> CitedLaw? {
    guard raw.last == ")", let noteOpen = raw.lastIndex(of: "("), noteOpen > 0 else { return nil }
    let note = StatuteTitle.string(Array(raw[(noteOpen + 1)..<(raw.count - 1)]))
    guard StatuteRules.draftNotes.contains(note) else { return nil }
    let base = StatuteTitle.display(Array(raw[..<noteOpen]))
    // 《民法典（草案）》: a draft of a law in force by that name is its
    // history, not a text under review (the earlier rule: drafts are none).
    guard StatuteTitle.normativity(of: base) == .normative, lexicon.lookup(base) == nil,
      !Self.isInternalWorkingRule(base)
    else { return nil }
    // The note's brackets as written: (草案) or （草案）.
    let at = open + 1 + noteOpen
    let fullWidth = document.originalText(at..<(at + 1)) == "（"
    let law = base + (fullWidth ? "（" : "(") + note + (fullWidth ? "）" : ")")
    return CitedLaw(law: law, kind: LawLexicon.kind(ofTitle: base), rule: .titleDraft)
  }

  /// Guard `internal-working-rule`: the title is about the body's own
  /// meetings, events or staff.
  static func isInternalWorkingRule(_ written: String) -> Bool {
    StatuteRules.internalWorkingMarkers.contains { written.containsScalars($0) }
  }

  /// Rule `title.judicial-assistance`: a 协议/协定/安排 between jurisdictions.
  static func isJudicialAssistance(_ written: String) -> Bool {
    StatuteRules.assistanceEndings.contains { written.hasScalarSuffix($0) }
      && StatuteRules.assistanceMarkers.contains { written.containsScalars($0) }
  }

  /// True when the title is an opinion (…意见, …意见（一）).
  static func isOpinion(_ written: String) -> Bool {
    String(StatuteTitle.baseTitle(written)).hasScalarSuffix(StatuteRules.policyOpinionEnding)
  }

  /// Guard `co-issued-policy-opinion`: within the clause before the 《 at
  /// `start`, the issuers are part of a list led by another body (人社部会同
  /// …, …等八部门), and the opinion's subject is no application of law.
  func isCoIssuedPolicyOpinion(_ written: String, at start: Int) -> Bool {
    guard Self.isOpinion(written),
      !StatuteRules.lawApplicationMarkers.contains(where: { written.containsScalars($0) })
    else { return false }
    var k = start - 1
    while k >= 0, start - k <= StatuteRules.coSignerReach {
      let c = text[k]
      if StatuteIssuerRules.sentenceBreaks.contains(c), c != "《", c != "》" { return false }
      if StatuteRules.coSignerMarkers.contains(where: {
        StatuteTitle.matchScalars(Array($0.unicodeScalars), in: text, at: k) != nil
      }) {
        return true
      }
      if c == StatuteRules.listTailMarker, listTail(after: k + 1) { return true }
      k -= 1
    }
    return false
  }

  /// Guard `judicial-policy-opinion`: an opinion whose subject (the title
  /// after 关于) is a service to policy or a work mechanism, with no citing
  /// word before the 《 at `start` in its clause and no provision after the
  /// 》 at `close`. Whoever issued it, it is named, not applied.
  func isJudicialPolicyOpinion(_ full: String, at start: Int, close: Int) -> Bool {
    guard Self.isOpinion(full), let about = full.scalarRange(of: "关于") else { return false }
    let subject = String(full[about.upperBound...])
    guard StatuteRules.judicialPolicySubjects.contains(where: { subject.containsScalars($0) })
    else { return false }
    var k = start - 1
    while k >= 0, start - k <= StatuteRules.judicialPolicyLeadReach {
      let c = text[k]
      if StatuteIssuerRules.sentenceBreaks.contains(c) || c == "，" || c == "," { break }
      if StatuteRules.unmarkedTitleLeads.contains(where: {
        StatuteTitle.matchBackward($0, in: text, endingAt: k + 1) != nil
      }) {
        return false
      }
      k -= 1
    }
    guard close + 1 <= text.count else { return false }
    return tail(after: close + 1).provisions.isEmpty
  }

  /// 八部门, 部门, 十家单位 right after 等.
  private func listTail(after i: Int) -> Bool {
    var j = i
    while j < text.count, j - i < 4,
      ChineseNumeral.isNumeralScalar(text[j]) || text[j] == "家"
        || text[j] == "个"
    {
      j += 1
    }
    return StatuteRules.listTailNouns.contains {
      StatuteTitle.matchScalars(Array($0.unicodeScalars), in: text, at: j) != nil
    }
  }

  /// Rule `statute.unmarked-title.issued` at an issuing verb at `i`:
  /// 最高人民检察院日前发布了新修订的司法解释工作规定, — a national issuer
  /// earlier in the clause, the verb, then a Han run ending in a document
  /// kind (规定, 办法, 细则, 规则, 条例, 解释) at a clause break or before 第.
  /// Where scanning resumes, or nil.
  mutating func unmarkedIssuedTitle(at i: Int) -> Int? {
    guard
      let verb = StatuteRules.unmarkedIssuingVerbs.first(where: {
        ProvisionParser.match($0, in: text, at: i) != nil
      }),
      let issuers = StatuteTitle.distantIssuers(endingNear: i, in: text)
    else { return nil }
    var ts = i + verb.unicodeScalars.count
    if let g = StatuteRules.unmarkedIssuedGlue.first(where: {
      ProvisionParser.match($0, in: text, at: ts) != nil
    }) {
      ts += g.unicodeScalars.count
    }
    guard ts < text.count, StatuteTitle.isHan(text[ts]),
      !StatuteRules.implementingIssuerBreakers.contains(text[ts]),
      ProvisionParser.match("关于", in: text, at: ts) == nil,
      !StatuteRules.unmarkedIssuedGenericStarts.contains(where: {
        ProvisionParser.match($0, in: text, at: ts) != nil
      })
    else { return nil }
    var end: Int?
    var e = ts + StatuteRules.unmarkedIssuedMinCore + 2
    // The shortest title is one Han run too: 发布会，发布《关于…》 is no title
    // without 《》 (the run stops at the comma; the 《》 title reads itself).
    guard e <= text.count, (ts..<(e - 1)).allSatisfy({ StatuteTitle.isHan(text[$0]) }) else {
      return nil
    }
    while e <= text.count, e - ts <= StatuteRules.unmarkedTitleReach,
      StatuteTitle.isHan(text[e - 1])
    {
      if Self.unmarkedIssuedHeadEnds.contains(text[e - 1]),
        e == text.count || !StatuteTitle.isHan(text[e]) || text[e] == "第",
        StatuteRules.unmarkedIssuedHeads.contains(where: {
          StatuteTitle.matchBackward($0, in: text, endingAt: e) != nil
        })
      {
        end = e
        break
      }
      e += 1
    }
    guard let titleEnd = end else { return nil }
    // A draft or a consultation text is no law yet: …条例(草案).
    if titleEnd < text.count, text[titleEnd] == "(",
      StatuteRules.draftNotes.contains(where: {
        ProvisionParser.match($0, in: text, at: titleEnd + 1) != nil
      })
    {
      return nil
    }
    let written = StatuteTitle.display(Array(text[ts..<titleEnd]))
    // 发布拒不支付劳动报酬犯罪司法解释: a kind of text described, no title.
    if written.hasScalarSuffix(StatuteRules.judicialInterpretationEnding) { return nil }
    if Self.isInternalWorkingRule(written) {
      reject(ts, titleEnd, by: .internalWorkingRule, proposedBy: .unmarkedIssuedTitle)
      return titleEnd
    }
    let law: CitedLaw
    if let id = lexicon.lookup(written) ?? lexicon.lookup(issuers + written) {
      law = CitedLaw(law: lexicon.entries[id].title, kind: lexicon.entries[id].kind)
    } else {
      let named =
        StatuteRules.namedRuleIssuers.contains(issuers)
          && !StatuteRules.systemRulePrefixes.contains(where: { written.hasScalarPrefix($0) })
        ? issuers + written : written
      law = CitedLaw(law: named, kind: LawLexicon.kind(ofTitle: named))
    }
    let t = tail(after: titleEnd)
    emit(law, from: ts, tail: t, rule: .unmarkedIssuedTitle)
    return t.end
  }
}
