import ChineseText

/// Titles cited without 《》 and titles wrapped around a cited one (issue 16).
/// Rules: `unmarked-title-after-lead` (依照劳动保障监察条例第十一条: a table
/// title right after 依照/根据/违反), `implementing-rules-title`
/// (劳动和社会保障部关于实施《劳动保障监察条例》若干规定: one title, not the
/// 条例), `quoted-continuation` (a bare 第四十三条 right after the quotation
/// of the law just cited, across a paragraph break).
extension StatuteScanner {
  static let unmarkedLeadHeads = ScalarBitmap(
    StatuteRules.unmarkedTitleLeads.compactMap { $0.unicodeScalars.first })
  /// Issuer names, longest first: the hand issuers and the State Council's bodies.
  static let implementingIssuers: [String] = {
    let council = TSVTable(stateCouncilBodiesTSV)
    let surface = council.column("surface")
    let names = Set(StatuteIssuerRules.issuers.map(\.written) + council.rows.map { $0[surface] })
    return names.sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
  }()

  static let normativeEndingScalars = ScalarBitmap(
    StatuteRules.normativeSuffixes.compactMap { $0.unicodeScalars.last })

  /// A table title right after a lead word at `i`; where scanning resumes.
  mutating func unmarkedTitle(at i: Int) -> Int? {
    guard
      let lead = StatuteRules.unmarkedTitleLeads.first(where: {
        ProvisionParser.match($0, in: text, at: i) != nil
      })
    else { return nil }
    return unmarkedTableTitle(from: i + lead.unicodeScalars.count)
  }

  /// Rule `unmarked-title` for a later item of a list after the lead word:
  /// 根据立法法、行政法规制定程序条例的规定 — a table title right after 、/和/及
  /// that closes a citation read after a lead word.
  mutating func unmarkedListItem(at i: Int) -> Int? {
    guard StatuteRules.unmarkedListJoiners.contains(text[i]), let l = last, l.end == i,
      let lastRule = candidates.last?.rule,
      Self.listOpeningRules.contains(lastRule)
    else { return nil }
    return unmarkedTableTitle(from: i + 1)
  }

  /// The rules whose citations may open a list of unmarked titles.
  static let listOpeningRules: Set<RuleName> = [
    StatuteRule.unmarkedTitle.name, StatuteRule.bareName.name, StatuteRule.titleQuoted.name,
    StatuteRule.bareTitle.name,
  ]

  /// A table title without 《》 from `start`; where scanning resumes.
  mutating func unmarkedTableTitle(from start: Int) -> Int? {
    var best: (end: Int, id: Int)?
    var e = start + StatuteRules.unmarkedTitleMinLength
    while e <= min(text.count, start + StatuteRules.unmarkedTitleReach),
      (start..<e).allSatisfy({ StatuteTitle.isHan(text[$0]) })
    {
      if Self.normativeEndingScalars.contains(text[e - 1]),
        let id = lexicon.lookup(StatuteTitle.string(Array(text[start..<e])))
      {
        best = (e, id)
      }
      e += 1
    }
    guard var b = best else { return unmarkedTaiwanTitles(from: start) }
    // …的解释（二）: the numbered part the table keeps as a title of its own.
    if let e = Self.numberedPartEnd(at: b.end, in: text),
      let id = lexicon.lookup(StatuteTitle.string(Array(text[start..<e])))
    {
      b = (e, id)
    }
    // 根据保障农民工工资支付条例规定: 规 stops 法规, not 规定.
    if b.end < text.count, StatuteRules.bareNameStoppers.contains(text[b.end]),
      !StatuteRules.bareNameStopperExceptions.contains(where: {
        ProvisionParser.match($0, in: text, at: b.end) != nil
      })
    {
      return nil
    }
    // 违反禁止使用童工规定的: …规定的 names a kind of breach, not a citation.
    if b.end < text.count, text[b.end] == "的",
      StatuteTitle.matchBackward(StatuteRules.ruleTitleEnding, in: text, endingAt: b.end) != nil
    {
      reject(start, b.end + 1, by: .genericRulesPhrase, proposedBy: .unmarkedTitle)
      return nil
    }
    let law = CitedLaw(law: lexicon.entries[b.id].title, kind: lexicon.entries[b.id].kind)
    let t = tail(after: b.end)
    emit(law, from: start, tail: t, rule: .unmarkedTitle)
    return t.end
  }

  /// Rule `unmarked-title.taiwan` from `start` (right after the lead word):
  /// each title of a list; where scanning resumes, or nil.
  mutating func unmarkedTaiwanTitles(from start: Int) -> Int? {
    guard isTaiwanText else { return nil }
    var from = start
    // 依据违反…条例: the second lead word opens the title, not the first.
    if let lead = StatuteRules.unmarkedTitleLeads.first(where: {
      ProvisionParser.match($0, in: text, at: from) != nil
    }) {
      from += lead.unicodeScalars.count
    }
    for opener in StatuteRules.taiwanTitleOpeners
    where ProvisionParser.match(opener, in: text, at: from) != nil {
      from += opener.unicodeScalars.count
    }
    var resume: Int?
    while let end = taiwanTitleEnd(from: from) {
      let written = StatuteTitle.display(Array(text[from..<end]))
      let title =
        StatuteRules.regionalShortNames.first(where: { $0.short == written && $0.marker == "台湾" })?
        .title ?? written
      let law = CitedLaw(
        law: title,
        kind: lexicon.lookup(title).map { lexicon.entries[$0].kind }
          ?? LawLexicon.kind(ofTitle: title))
      let t = tail(after: end)
      emit(law, from: from, tail: t, rule: .unmarkedTaiwanTitle)
      resume = t.end
      guard t.end < text.count, StatuteRules.taiwanTitleJoiners.contains(text[t.end]) else { break }
      from = t.end + 1
    }
    return resume
  }

  /// The end of the first title shape at `from`: Han scalars up to an ending
  /// that a list joiner or a citation word follows.
  func taiwanTitleEnd(from: Int) -> Int? {
    // 违反《…条例》: a quoted title is the quoted-title rule's; an unmarked
    // title is Han from its first scalar.
    let head = from + StatuteRules.unmarkedTitleMinLength - 1
    guard head < text.count, text[from...head].allSatisfy(StatuteTitle.isHan) else { return nil }
    var e = from + StatuteRules.unmarkedTitleMinLength
    while e <= min(text.count, from + StatuteRules.taiwanTitleReach),
      StatuteTitle.isHan(text[e - 1])
    {
      if StatuteRules.taiwanTitleEndings.contains(where: {
        StatuteTitle.matchBackward($0, in: text, endingAt: e) != nil
      }),
        e == text.count
          || StatuteRules.taiwanTitleFollowers.contains(where: {
            ProvisionParser.match($0, in: text, at: e) != nil
          }) || !StatuteTitle.isHan(text[e])
      {
        return e
      }
      e += 1
    }
    return nil
  }

  /// …部关于实施《…条例》若干规定 around the 《 at `open`: the whole is one
  /// title issued by the department; returns where scanning resumes.
  mutating func implementingRules(open: Int, close: Int) -> Int? {
    guard
      let lead = StatuteRules.implementingLeads.first(where: {
        StatuteTitle.matchBackward($0, in: text, endingAt: open) != nil
      }),
      let ending = StatuteRules.implementingEndings.first(where: {
        ProvisionParser.match($0, in: text, at: close + 1) != nil
      })
    else { return nil }
    let about = open - lead.unicodeScalars.count
    // The issuer: a national body's name ending at 关于 (劳动和社会保障部), else
    // the Han run before 关于 ending in an organ scalar (某省人社厅).
    var s = about
    let scalars = text
    if let named = Self.implementingIssuers.lazy.compactMap({
      StatuteTitle.matchBackward($0, in: scalars, endingAt: about)
    }).first {
      s = named
    } else {
      while s > 0, about - s < StatuteRules.implementingIssuerReach,
        StatuteTitle.isHan(text[s - 1]),
        !StatuteRules.implementingIssuerBreakers.contains(text[s - 1])
      {
        s -= 1
      }
    }
    guard s < about, StatuteRules.issuerEndings.contains(text[about - 1]) else { return nil }
    // …若干问题的意见（二）: the numbered part is the title's.
    let base = close + 1 + ending.unicodeScalars.count
    let end = Self.numberedPartEnd(at: base, in: text) ?? base
    let written = StatuteTitle.display(Array(text[s..<end]))
    let law =
      lexicon.lookup(written).map {
        CitedLaw(law: lexicon.entries[$0].title, kind: lexicon.entries[$0].kind)
      }
      ?? CitedLaw(law: written, kind: LawLexicon.kind(ofTitle: written))
    let t = tail(after: end)
    emit(law, from: s, tail: t, rule: .titleImplementingRules)
    return t.end
  }

  /// True when 第N条 at `i` follows the closing ” of a quotation that opened
  /// right after the citation ending at `lastEnd` (…第四十一条规定：“…¶…”第四十三条).
  func quoteContinues(at i: Int, lastEnd: Int) -> Bool {
    guard i >= 2, text[i - 1] == "”", i - lastEnd <= StatuteRules.quotedContinuationReach else {
      return false
    }
    var k = i - 2
    while k >= lastEnd {
      if text[k] == "”" { return false }
      if text[k] == "“" { return k - lastEnd <= StatuteRules.quoteOpeningReach }
      k -= 1
    }
    return false
  }
}

extension StatuteScanner {
  /// Rule `statute.unmarked-title.about`: 最高人民法院、最高人民检察院联合发布
  /// 关于办理…的解释，— a 关于 title without 《》, right after its issuers (and
  /// an issuing verb), running to the clause break with a normative ending.
  /// The issuers join the title as in `resolve`; where scanning resumes.
  mutating func unmarkedAboutTitle(at i: Int) -> Int? {
    guard i + 1 < text.count, text[i + 1] == "于",
      let issuers = StatuteTitle.issuers(before: i, in: text)
        ?? StatuteTitle.distantIssuers(before: i, in: text)
    else { return nil }
    // The title ends at an ending followed by the clause break or by its
    // provisions (…的解释第二条至第四条的规定).
    var e = i + 2
    var titleEnd: Int?
    while e <= text.count, e - i < StatuteRules.aboutTitleReach {
      // 关于适用《中华人民共和国民法典》时间效力的若干规定: a cited title inside.
      if e < text.count, text[e] == "《", let close = StatuteTitle.closing(of: e, in: text) {
        // …部关于实施《…》若干规定 is the implementing-rules title's to read.
        if StatuteRules.implementingLeads.contains(where: {
          StatuteTitle.matchBackward($0, in: text, endingAt: e) != nil
        }) {
          return nil
        }
        e = close + 1
        continue
      }
      if StatuteRules.aboutTitleEndings.contains(where: {
        StatuteTitle.matchBackward($0, in: text, endingAt: e) != nil
      }) {
        // …的解释（一）: the numbered part is the title's.
        let end = Self.numberedPartEnd(at: e, in: text) ?? e
        if end == text.count || StatuteRules.aboutTitleBreaks.contains(text[end])
          || text[end] == "第"
          || StatuteRules.aboutTitleFollowers.contains(where: {
            ProvisionParser.match($0, in: text, at: end) != nil
          })
        {
          titleEnd = end
          break
        }
      }
      // 、 inside a title joins two objects (非法利用信息网络、帮助信息网络犯罪活动).
      if e == text.count || (StatuteRules.aboutTitleBreaks.contains(text[e]) && text[e] != "、") {
        break
      }
      e += 1
    }
    guard let end = titleEnd else { return nil }
    let written = StatuteTitle.display(Array(text[i..<end]))
    let full = issuers + written
    let law: CitedLaw
    if let id = lexicon.lookup(full) {
      law = CitedLaw(law: lexicon.entries[id].title, kind: lexicon.entries[id].kind)
    } else if let id = lexicon.lookup(written),
      StatuteTitle.sameIssuers(lexicon.entries[id].title, issuers)
    {
      law = CitedLaw(law: lexicon.entries[id].title, kind: lexicon.entries[id].kind)
    } else {
      law = CitedLaw(law: full, kind: LawLexicon.kind(ofTitle: full))
    }
    let t = tail(after: end)
    emit(law, from: i, tail: t, rule: .unmarkedAboutTitle)
    return t.end
  }
}

extension StatuteScanner {
  /// The end of a numbered part （一）…（十） right at `e` (folded brackets), or nil.
  static func numberedPartEnd(at e: Int, in text: [Unicode.Scalar]) -> Int? {
    guard e + 2 < text.count, text[e] == "(" else { return nil }
    var k = e + 1
    while k < text.count, k - e <= 3, StatuteRules.numberedPartDigits.contains(text[k]) { k += 1 }
    guard k > e + 1, k < text.count, text[k] == ")" else { return nil }
    return k + 1
  }
}

extension StatuteScanner {
  /// Rule `continuation.heading-line`: 第N条 opening the line right after a
  /// line that holds only the last citation (《劳动合同法》, 刑法规定, (一)《…条例》：),
  /// and followed by a space or a bracketed heading: the quoted article's
  /// own number, as legal-basis blocks of Q&A and labour texts print it. A
  /// draft's title does not head its own articles (they are not cited law).
  func headingContinues(at i: Int, lastEnd: Int) -> Bool {
    guard i > lastEnd, i - lastEnd <= StatuteRules.headingGapReach,
      let cited = candidates.last, cited.span.end == lastEnd,
      cited.rule != StatuteRule.titleDraft.name
    else { return false }
    // Between the citation and 第: a heading word, then one line break and spaces.
    var k = lastEnd
    if let e = StatuteRules.headingLineClosers.lazy.compactMap({
      ProvisionParser.match($0, in: text, at: k)
    }).first {
      k = e
    }
    var breaks = 0
    while k < i {
      if text[k] == "\n" {
        breaks += 1
      } else if !LineLayout.isLineSpace(text[k]) {
        return false
      }
      k += 1
    }
    guard StatuteRules.headingLineBreaks.contains(breaks) else { return false }
    // Before the citation on its line: nothing, or a short label or list marker.
    var s = cited.span.start
    while s > 0, text[s - 1] != "\n", cited.span.start - s <= StatuteRules.headingLabelReach {
      s -= 1
    }
    guard s == 0 || text[s - 1] == "\n" else { return false }
    if s < cited.span.start {
      var e = cited.span.start
      while e > s, LineLayout.isLineSpace(text[e - 1]) { e -= 1 }
      guard e == s || StatuteRules.headingLabelEnds.contains(text[e - 1]) else { return false }
    }
    // After the article number: a space or a bracketed heading, not running text.
    return opensQuotedArticle(at: i) != nil
  }

  /// Rule `continuation.heading-block`: 第N条 opening the paragraph right
  /// after an article that a heading line (or this rule) cited, with a higher
  /// number and printed the same way: the block quotes the law's next article.
  func headingBlockContinues(at i: Int, lastEnd: Int) -> Bool {
    guard let cited = candidates.last, cited.span.end == lastEnd,
      cited.rule == StatuteRule.headingLine.name || cited.rule == StatuteRule.headingBlock.name,
      i > lastEnd, i - lastEnd <= StatuteRules.headingBlockReach,
      let previous = cited.value.provisions.last?.article,
      let next = opensQuotedArticle(at: i), let article = next.first?.article, article > previous
    else { return false }
    // Between them: the quoted article's text on one line, then its line break(s).
    guard let lineEnd = text[lastEnd..<i].firstIndex(of: "\n") else { return false }
    var breaks = 0
    for k in lineEnd..<i {
      if text[k] == "\n" {
        breaks += 1
      } else if !LineLayout.isLineSpace(text[k]) {
        return false
      }
    }
    return StatuteRules.headingLineBreaks.contains(breaks)
  }

  /// The provisions of 第N条 at `i` when a space or a bracketed heading
  /// follows the number (how legal-basis blocks print a quoted article), else nil.
  func opensQuotedArticle(at i: Int) -> [Provision]? {
    guard let p = ProvisionParser.parse(text, at: i), p.end < text.count,
      LineLayout.isLineSpace(text[p.end]) || text[p.end] == "【"
    else { return nil }
    return p.provisions
  }
}
