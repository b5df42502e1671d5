import ChineseText

/// Finds statute citations: 《》 titles that are normative, bare law names
/// (刑法, 民法典), aliases the article defines, back-references (该法第十条)
/// and article numbers that continue the last cited law, each with the
/// provisions that follow it. Rule tables: `StatuteRules`,
/// `StatuteIssuerRules`, `LawLexicon`.
struct StatuteStage: ExtractionStage {
  let name: StageName = .statutes

  func run(_ context: inout ExtractionContext) {
    var scanner = StatuteScanner(document: context.document)
    scanner.scan()
    var candidates = scanner.candidates
    let written = candidates.map(\.value)
    let linked = StatuteScanner.withShortNamesLinked(
      written, documentNumbers: scanner.documentNumbers)
    let completed = Self.withIssuersCompleted(linked)
    for k in candidates.indices {
      // The linking rules re-resolve a candidate's law: they name it then.
      if completed[k].law != linked[k].law {
        candidates[k].rule = StatuteRule.issuersCompleted.name
      } else if linked[k].law != written[k].law {
        candidates[k].rule =
          (scanner.documentNumbers[k] != nil ? StatuteRule.documentNumberLink : .titleShortName)
          .name
      }
      candidates[k].value = completed[k]
    }
    if context.trace != nil {
      for r in scanner.rejections { context.trace?.reject(r) }
    }
    // 第45条第2项 in a Taiwan text: 项 is the paragraph, 款 the item.
    if scanner.isTaiwanText || scanner.citesRepublicLaw {
      for k in candidates.indices
      where candidates[k].value.provisions.contains(where: {
        $0.paragraph != nil || $0.item != nil
      }) {
        candidates[k].value.provisions = Self.taiwanProvisions(
          candidates[k].value.provisions.map {
            var p = $0
            (p.paragraph, p.item) = ($0.item, $0.paragraph)
            return p
          })
        context.trace?.accept(
          candidates[k].span, rule: StatuteRule.taiwanNumbering.name,
          detail: candidates[k].value.law)
      }
    }
    let kept = Selection.select(candidates, policy: .leftmostLongest, trace: &context.trace)
    // One merge for all claims: statutes may come before earlier stages' spans.
    context.claimed.insert(contentsOf: kept.map(\.span))
    for c in kept {
      context.result.statutes.append(c.value)
      context.trace?.accept(c.span, rule: c.rule, detail: c.value.law)
    }
  }

  /// 第339條之4第1項第2款 read as the mainland's 项 then 款 is two provisions
  /// (the 款 after a 项 opens a new one); swapped to Taiwan numbering they
  /// are ¶1 then item 2 of one article: one provision, ¶1 item 2.
  static func taiwanProvisions(_ provisions: [Provision]) -> [Provision] {
    var out: [Provision] = []
    for p in provisions {
      if let last = out.last, last.article == p.article, last.sub == p.sub,
        last.paragraph != nil, last.item == nil, p.paragraph == nil, p.item != nil
      {
        out[out.count - 1].item = p.item
        continue
      }
      out.append(p)
    }
    return out
  }

  /// A 《关于…》 title cited without its issuer takes the full title the
  /// article gives elsewhere (发布《关于办理…的解释》 … 最高人民法院、最高人民
  /// 检察院关于办理…的解释): both name one document.
  static func withIssuersCompleted(_ mentions: [StatuteMention]) -> [StatuteMention] {
    let full = Set(mentions.map(\.law)).filter {
      !$0.hasScalarPrefix("关于") && $0.containsScalars("关于")
    }
    guard !full.isEmpty else { return mentions }
    return mentions.map { m in
      guard m.law.hasScalarPrefix("关于") else { return m }
      let matches = full.filter { $0.hasScalarSuffix(m.law) }
      guard matches.count == 1, let law = matches.first else { return m }
      var completed = m
      completed.law = law
      if let kind = mentions.first(where: { $0.law == law })?.kind { completed.kind = kind }
      return completed
    }
  }
}

/// The citation a mention resolves to.
struct CitedLaw {
  var law: String
  var kind: StatuteKind
  /// The rule that resolved it.
  var rule: StatuteRule = .titleQuoted
}

/// What follows a law name: version and alias brackets, then provisions.
struct CitationTail {
  var provisions: [Provision] = []
  var version: String?
  var alias: [Unicode.Scalar]?
  var aliasBracketed = false
  /// A bracketed document number after the title (法释〔2013〕24号).
  var documentNumber: String?
  var end: Int
}

/// One left-to-right pass over the folded text.
struct StatuteScanner {
  let document: TextDocument
  let text: [Unicode.Scalar]
  let lexicon = LawLexicon.shared
  /// Read once per scanner, not through a static at every offset.
  private let backReferenceHeads = StatuteScanner.backReferenceHeads
  private let unmarkedLeadHeads = StatuteScanner.unmarkedLeadHeads
  private let issuingVerbHeads = StatuteScanner.issuingVerbHeads
  /// Every citation read so far, in text order, with the rule that made it;
  /// the stage's `Selection` turns them into mentions.
  private(set) var candidates: [Candidate<StatuteMention>] = []
  /// The citations read so far (back-references read the last of a shape).
  var mentions: LazyMapCollection<[Candidate<StatuteMention>], StatuteMention> {
    candidates.lazy.map(\.value)
  }
  /// Candidates guards threw away, for the trace.
  private(set) var rejections: [Rejection] = []
  /// The guard that made the last `resolve` return nil.
  private var lastGuard: StatuteRule?
  /// The document number written beside candidate k (法释〔2013〕24号), by k.
  private(set) var documentNumbers: [Int: String] = [:]
  /// The law last cited and where its citation ended.
  private(set) var last: (law: CitedLaw, end: Int)?
  /// Where the last rejected title (a newspaper, a local notice) ended: bare
  /// article numbers after it are not the last law's.
  private var lastRejectedEnd = -1
  private var aliases: [(name: [Unicode.Scalar], law: CitedLaw, bracketed: Bool)] = []
  /// First scalars of bare aliases, for a cheap check at every offset.
  private var bareAliasHeads: [Unicode.Scalar] = []

  static let backReferenceWords: [(word: [Unicode.Scalar], shape: String)] = StatuteRules
    .backReferences.map {
      (Array($0.word.unicodeScalars), $0.shape)
    }
  static let backReferenceHeads = ScalarBitmap(
    (StatuteRules.backReferences.map(\.word) + StatuteRules.articleReferences).compactMap {
      $0.unicodeScalars.first
    })

  /// Bare article numbers attach to the last law only this close to it.
  private let continuationReach = 400

  /// A Taiwan text: its laws may be cited without 《》 as written.
  let isTaiwanText: Bool
  /// A bare law name after 中华民国 was cited (rule `bare-name.republic`):
  /// its provisions are numbered as Taiwan numbers them.
  private(set) var citesRepublicLaw = false

  init(document: TextDocument) {
    self.document = document
    self.text = document.folded
    self.isTaiwanText = RegionalBodyRules.isShown(.taiwan, in: document.folded)
  }

  mutating func scan() {
    var i = 0
    while i < text.count {
      let c = text[i]
      if c == "《" {
        i = title(at: i)
      } else if unmarkedLeadHeads.contains(c), let next = unmarkedTitle(at: i) {
        i = next
      } else if last?.end == i, let next = unmarkedListItem(at: i) {
        i = next
      } else if c == "关", let next = unmarkedAboutTitle(at: i) {
        i = next
      } else if issuingVerbHeads.contains(c), let next = unmarkedIssuedTitle(at: i) {
        i = next
      } else if c == "第" || lexicon.bareNameFirsts.contains(c) || backReferenceHeads.contains(c)
        || !bareAliasHeads.isEmpty,
        let next = bareName(at: i) ?? alias(at: i) ?? backReference(at: i) ?? continuation(at: i)
      {
        i = next
      } else {
        i += 1
      }
    }
  }

  // MARK: - Mentions

  mutating func reject(
    _ start: Int, _ end: Int, by guardRule: StatuteRule, proposedBy: StatuteRule? = nil
  ) {
    rejections.append(
      Rejection(TextSpan(start, end), proposedBy: proposedBy?.name, rejectedBy: guardRule.name))
  }

  mutating func emit(_ law: CitedLaw, from start: Int, tail: CitationTail, rule: StatuteRule? = nil)
  {
    var m = StatuteMention(
      text: document.originalText(start..<tail.end), span: TextSpan(start, tail.end),
      law: law.law, kind: law.kind, provisions: tail.provisions, version: tail.version)
    if let a = tail.alias {
      var v = String.UnicodeScalarView()
      v.append(contentsOf: a)
      m.abbreviation = String(v)
      if !aliases.contains(where: { $0.name == a && $0.law.law == law.law }) {
        aliases.append((a, law, tail.aliasBracketed))
        if !tail.aliasBracketed, let h = a.first, !bareAliasHeads.contains(h) {
          bareAliasHeads.append(h)
        }
      }
    }
    if let n = tail.documentNumber { documentNumbers[candidates.count] = n }
    candidates.append(Candidate(span: m.span, value: m, rule: (rule ?? law.rule).name))
    last = (law, tail.end)
  }

  // MARK: - 《》 titles

  /// Handles the title opening at `start`; returns where scanning resumes.
  private mutating func title(at start: Int) -> Int {
    guard let close = StatuteTitle.closing(of: start, in: text) else { return start + 1 }
    if let wrapped = implementingRules(open: start, close: close) { return wrapped }
    if let inner = StatuteTitle.noticeEnclosure(open: start, close: close, in: text) {
      return title(raw: Array(text[inner]), open: start, close: close, rule: .titleIssuingNotice)
    }
    return title(raw: Array(text[(start + 1)..<close]), open: start, close: close)
  }

  /// A title's words `raw` between the 《 at `start` and its 》 at `close`
  /// (or the words of the document a notice issues, rule
  /// `statute.title.issuing-notice`, with `rule` naming it); returns where
  /// scanning resumes.
  private mutating func title(
    raw: [Unicode.Scalar], open start: Int, close: Int, rule: StatuteRule? = nil
  ) -> Int {
    if !aliases.contains(where: { $0.bracketed && $0.name == raw }),
      let draft = draftLaw(raw: raw, open: start)
    {
      lastGuard = nil
      let t = tail(after: close + 1)
      emit(draft, from: start, tail: t)
      return t.end
    }
    var (base, version) = StatuteTitle.splitVersion(raw)
    let trial = version == nil ? StatuteTitle.trialNote(raw) : nil
    if let tn = trial { version = tn.note }
    // An alias the article defined (《规定》) wins over the title's own shape.
    let alias =
      aliases.first { $0.bracketed && $0.name == raw }.map { a -> CitedLaw in
        var l = a.law
        l.rule = .titleAlias
        return l
      } ?? genericReference(base)
    // A trial text is its own law when the table knows it; else the formal
    // title the table knows; else the title as written.
    lastGuard = nil
    let resolved =
      trial.flatMap { tn in
        (tableLaw(StatuteTitle.display(raw), at: start)
          ?? tableLaw(StatuteTitle.display(tn.base), at: start))
          .map { CitedLaw(law: $0.law, kind: $0.kind, rule: .titleTrial) }
      } ?? (alias == nil ? resolve(title: base, at: start, close: close) : nil)
    guard let law = alias ?? resolved, !law.law.isEmpty else {
      if let g = lastGuard { reject(start, close + 1, by: g, proposedBy: .titleQuoted) }
      lastRejectedEnd = skipProvisions(after: close + 1)
      return lastRejectedEnd
    }
    var t = tail(after: close + 1)
    // The note inside the title is the version (docs/OUTPUT.md); one after it
    // (（2013年施行）) counts only when the title has none.
    if let v = version { t.version = v }
    emit(law, from: start, tail: t, rule: law.rule == .titleQuoted ? rule : nil)
    return implementing(after: t.end, of: law) ?? t.end
  }

  /// 《条例》, 《规定》 standing alone name the last cited law of that shape;
  /// with none cited they name nothing.
  private func genericReference(_ raw: [Unicode.Scalar]) -> CitedLaw? {
    let word = StatuteTitle.string(raw)
    guard StatuteRules.normativeSuffixes.contains(word) || word == "若干规定" else { return nil }
    let m = mentions.last { $0.law.hasSuffix(word) }
    return CitedLaw(law: m?.law ?? "", kind: m?.kind ?? .other, rule: .titleGeneric)
  }

  /// The table's law for a written title, with the issuers before it when
  /// it starts with 关于.
  private func tableLaw(_ written: String, at start: Int) -> CitedLaw? {
    var full = written
    if written.hasPrefix("关于"), let issuers = StatuteTitle.issuers(before: start, in: text) {
      full = issuers + written
    }
    guard let id = lexicon.lookup(full) ?? lexicon.lookup(written) else { return nil }
    return CitedLaw(law: lexicon.entries[id].title, kind: lexicon.entries[id].kind)
  }

  /// The law a title names, or nil when the title is not normative.
  private mutating func resolve(title raw: [Unicode.Scalar], at start: Int, close: Int) -> CitedLaw?
  {
    var written = StatuteTitle.display(raw)
    // 《两高关于…》: the collective short name stands for its issuers.
    var collective = false
    // The prefix as bytes when the title is plain text (StatuteTitle.startsWith),
    // asked before the names are compared.
    let plain = StatuteTitle.isPlainText(written)
    if let c = StatuteIssuerRules.issuers.first(where: {
      StatuteTitle.startsWith(written, $0.written + "关于", plain: plain) && $0.written != $0.full
    }) {
      written = c.full + written.dropFirst(c.written.count)
      collective = true
    }
    guard var law = resolveWritten(written, at: start, close: close) else { return nil }
    if collective, law.rule == .titleQuoted { law.rule = .titleCollectiveIssuer }
    return law
  }

  /// `resolve` once a collective issuer is spelt out.
  private mutating func resolveWritten(_ written: String, at start: Int, close: Int) -> CitedLaw? {
    var issuers: String? = nil
    if written.hasPrefix("关于") {
      issuers =
        StatuteTitle.issuers(before: start, in: text)
        ?? StatuteTitle.distantIssuers(before: start, in: text)
        ?? StatuteTitle.documentNumberIssuer(after: close, in: text)
    }
    return resolveWritten(written, issuers: issuers, at: start, close: close)
  }

  /// Rule `statute.title.issuers-written-elsewhere`: a 《关于…》 title cited
  /// without its issuers, whose kind (an 意见) is cited law only from
  /// national issuers, takes the national issuers the article writes
  /// right before the same words elsewhere (…公安部、司法部关于办理…的意见
  /// … 此前，《关于办理…的意见》第十二条): both name one document, and an
  /// 意见 of national issuers is cited law (a local body's is not).
  private func issuersWrittenElsewhere(_ written: String, at start: Int) -> String? {
    let w = Array(written.unicodeScalars)
    guard w.count >= StatuteRules.elsewhereTitleMinLength else { return nil }
    var from = 0
    while from < text.count, let p = text.firstOffset(of: w, in: from..<text.count) {
      from = p + 1
      if p == start + 1 { continue }
      let s = p > 0 && text[p - 1] == "《" ? p - 1 : p
      if let named = StatuteTitle.issuers(before: s, in: text)
        ?? StatuteTitle.distantIssuers(before: s, in: text),
        Self.hasNationalIssuer(named + written)
      {
        return named
      }
    }
    return nil
  }

  private mutating func resolveWritten(
    _ written: String, issuers: String?, at start: Int, close: Int
  ) -> CitedLaw? {
    let full = (issuers ?? "") + written
    if Self.isPolicyOpinion(full) {
      lastGuard = .policyOpinion
      return nil
    }
    if isCoIssuedPolicyOpinion(written, at: start) {
      lastGuard = .coIssuedPolicyOpinion
      return nil
    }
    if isJudicialPolicyOpinion(full, at: start, close: close) {
      lastGuard = .judicialPolicyOpinion
      return nil
    }
    // 《刑法》 in a Taiwan text: 中华民国刑法, its official title (rule
    // `title.regional-short-name`), before the table's mainland reading.
    if isTaiwanText,
      let regional = StatuteRules.regionalShortNames.first(where: {
        $0.marker == "台湾" && $0.short == written
      })
    {
      return CitedLaw(
        law: regional.title,
        kind: lexicon.lookup(regional.title).map { lexicon.entries[$0].kind } ?? .law,
        rule: .titleRegionalShortName)
    }
    if let id = lexicon.lookup(full) {
      let e = lexicon.entries[id]
      return CitedLaw(law: e.title, kind: e.kind)
    }
    // Rule `text-issuers-win`: the table completes a 《关于…》 title only when
    // the text names no issuer, or names the table's issuers in another order
    // (the same document: its official title). A text naming other issuers
    // (两高 where the table has 最高人民法院 alone) cites another document.
    if let id = lexicon.lookup(written),
      issuers.map({ StatuteTitle.sameIssuers(lexicon.entries[id].title, $0) }) ?? true
    {
      let e = lexicon.entries[id]
      return CitedLaw(law: e.title, kind: e.kind)
    }
    if let shortName = resolveShortName(written) { return shortName }
    if StatuteRules.genericShortTitles.contains(written) {
      lastGuard = .genericShortTitle
      return nil
    }
    if Self.isYearShortName(written) {
      lastGuard = .unresolvedYearShortName
      return nil
    }
    if let regional = StatuteRules.regionalShortNames.first(where: {
      $0.short == written
        && text.firstOffset(of: Array($0.marker.unicodeScalars), in: 0..<text.count) != nil
    }) {
      return CitedLaw(
        law: regional.title,
        kind: lexicon.lookup(regional.title).map { lexicon.entries[$0].kind } ?? .law,
        rule: .titleRegionalShortName)
    }
    if Self.isInternalWorkingRule(written) {
      lastGuard = .internalWorkingRule
      return nil
    }
    if Self.isJudicialAssistance(written) {
      return CitedLaw(law: full, kind: .other, rule: .titleJudicialAssistance)
    }
    if StatuteTitle.followsAgreementVerb(start, in: text) {
      lastGuard = .agreement
      return nil
    }
    if !StatuteRules.employerExemptEndings.contains(where: { written.hasScalarSuffix($0) })
      || written.hasScalarSuffix(StatuteRules.employerRuleEnding),
      StatuteTitle.followsEmployer(start, in: text)
    {
      lastGuard = .employerRules
      return nil
    }
    if isAnnouncedLocalRules(written, at: start, close: close) {
      lastGuard = .announcedLocalRules
      return nil
    }
    if issuers == nil, Self.isLocalDocumentTitle(written), tail(after: close + 1).provisions.isEmpty
    {
      lastGuard = .uncitedLocalRules
      return nil
    }
    if StatuteRules.cooperationMarkers.contains(where: { written.containsScalars($0) }),
      !Self.hasNationalIssuer(full)
    {
      lastGuard = .cooperationAgreement
      return nil
    }
    switch StatuteTitle.normativity(of: written) {
    case .normative: break
    case .ifNationalIssuer:
      let national = Self.hasNationalIssuer(full)
      if !national, issuers == nil, written.hasPrefix("关于"),
        let named = issuersWrittenElsewhere(written, at: start),
        var law = resolveWritten(written, issuers: named, at: start, close: close)
      {
        if law.rule == .titleQuoted { law.rule = .titleIssuersWrittenElsewhere }
        return law
      }
      if !national {
        lastGuard = Self.shortNameCore(written) == nil ? .localIssuer : .unresolvedShortOpinion
        return nil
      }
    case .no:
      lastGuard = .nonNormative
      return nil
    }
    if let (core, ending) = Self.shortNameCore(written),
      !StatuteRules.fullTitleEndings.contains(where: { written.hasScalarSuffix($0) })
    {
      // An unresolved 《…解释》 keeps its words and its kind (rule
      // `statute.title.short-name`); an unresolved short 《…意见》 is no citation.
      guard ending == StatuteRules.interpretationEnding else {
        // Rule `unlisted-rule-title`: a 规定 that abbreviates no title of the
        // table or the article is a rule's own full title (《矿山地质环境保护规定》).
        if ending == StatuteRules.ruleTitleEnding, core.count >= StatuteRules.unlistedRuleMinCore,
          !mentions.contains(where: { Self.abbreviates(core, ending: ending, title: $0.law) }),
          !lexicon.anyTitleAbbreviated(by: core, ending: ending)
        {
          return CitedLaw(law: full, kind: LawLexicon.kind(ofTitle: full), rule: .unlistedRuleTitle)
        }
        lastGuard = .unresolvedShortOpinion
        return nil
      }
      return CitedLaw(law: full, kind: .judicialInterpretation, rule: .titleShortName)
    }
    return CitedLaw(law: full, kind: LawLexicon.kind(ofTitle: full))
  }

  // MARK: - Bare names, aliases, back-references

  private mutating func bareName(at i: Int) -> Int? {
    // The trie's walk (its own pair bitmap refuses most offsets) comes
    // before the hashed head set, which cost more per offset than the walk.
    guard i + 1 < text.count, lexicon.bareNameFirsts.contains(text[i]),
      lexicon.bareNameSeconds.contains(text[i + 1]),
      let (end, id) = lexicon.bareNames.longestMatch(in: text, from: i),
      lexicon.bareNameHeads.contains(LawLexicon.pair(text[i], text[i + 1]))
    else { return nil }
    if (i > 0 && StatuteRules.bareNameBlockers.contains(text[i - 1]))
      || (end < text.count && StatuteRules.bareNameStoppers.contains(text[end])
        && !StatuteRules.bareNameStopperExceptions.contains {
          ProvisionParser.match($0, in: text, at: end) != nil
        } && !verbFollows(at: end))
    {
      reject(i, end, by: .bareNameInWord, proposedBy: .bareName)
      return nil
    }
    if StatuteRules.setPhraseFollowers.contains(where: {
      ProvisionParser.match($0, in: text, at: end) != nil
    }) {
      reject(i, end, by: .setPhrase, proposedBy: .bareName)
      return nil
    }
    var law = CitedLaw(
      law: lexicon.entries[id].title, kind: lexicon.entries[id].kind,
      rule: end < text.count && StatuteRules.bareNameStoppers.contains(text[end])
        && verbFollows(at: end) ? .bareNameBeforeVerb : .bareName)
    var start = i
    let isTitle = lexicon.bareTitleIDs.contains(id)
    if isTitle { law.rule = .bareTitle }
    if let s = StatuteTitle.matchBackward(StatuteRules.republicName, in: text, endingAt: i) {
      // 中華民國刑法: the Taiwan code by its official title, numbered as Taiwan numbers it.
      law = CitedLaw(
        law: StatuteRules.republicName + document.foldedText(i..<end), kind: .law,
        rule: .republicTitle)
      start = s
      citesRepublicLaw = true
    } else if let state = StatuteTitle.foreignState(before: i, in: text) {
      law = CitedLaw(law: state + document.foldedText(i..<end), kind: .other, rule: .bareName)
      start = i - state.unicodeScalars.count
    }
    // 我國刑法第339條之4 in a Taiwan text: 中华民国刑法 (its official title).
    if isTaiwanText, start == i,
      let regional = StatuteRules.regionalShortNames.first(where: {
        $0.marker == "台湾" && $0.short == document.foldedText(i..<end)
      })
    {
      law = CitedLaw(law: regional.title, kind: .law, rule: .bareName)
      start = i
    }
    let t = tail(after: end)
    // A bare …办法 or …规定 title cites only with its provisions; a bare
    // 条例 only with them, a citing word before it or 规定 after it.
    if isTitle, law.rule == .bareTitle, t.provisions.isEmpty {
      guard law.law.hasScalarSuffix(StatuteRules.bareTitleFreeEnding) else { return nil }
      guard bareTitleIsCited(start: i, end: end) else {
        reject(i, end, by: .bareTitleUncited, proposedBy: .bareTitle)
        return nil
      }
    }
    emit(law, from: start, tail: t)
    return implementing(after: t.end, of: law) ?? t.end
  }

  /// Guard `bare-title-uncited`: a bare national 条例 at `start..<end` is
  /// cited when a lead word (根据/依照/违反…, 了 allowed) stands right before
  /// it, when it continues a list right after the last citation (依照劳动法和
  /// 工伤保险条例), or when 规定/的规定/第 follows it.
  private func bareTitleIsCited(start: Int, end: Int) -> Bool {
    if StatuteRules.bareTitleCitingFollowers.contains(where: {
      ProvisionParser.match($0, in: text, at: end) != nil
    }) {
      return true
    }
    var b = start
    for p in StatuteRules.bareTitleLeadParticles {
      if let s = StatuteTitle.matchBackward(p, in: text, endingAt: b) { b = s; break }
    }
    if StatuteRules.unmarkedTitleLeads.contains(where: {
      StatuteTitle.matchBackward($0, in: text, endingAt: b) != nil
    }) {
      return true
    }
    if let lastEnd = last?.end,
      StatuteRules.bareTitleListJoiners.contains(where: {
        StatuteTitle.matchBackward($0, in: text, endingAt: start).map { $0 == lastEnd } ?? false
      })
    {
      return true
    }
    return false
  }

  /// Rule `bare-name.before-verb`: 实施/修改/修订 at `end` as a verb (民法典实施以来),
  /// not the head of another title (…实施条例, …修订草案).
  private func verbFollows(at end: Int) -> Bool {
    guard
      let e = StatuteRules.verbsAfterBareName.lazy.compactMap({
        ProvisionParser.match($0, in: self.text, at: end)
      }).first
    else { return false }
    return !StatuteRules.titleHeadsAfterVerb.contains {
      ProvisionParser.match($0, in: self.text, at: e) != nil
    }
  }

  private mutating func alias(at i: Int) -> Int? {
    guard !bareAliasHeads.isEmpty, bareAliasHeads.contains(text[i]) else { return nil }
    for a in aliases where !a.bracketed && a.name.first == text[i] {
      guard let end = StatuteTitle.matchScalars(a.name, in: text, at: i) else { continue }
      if end < text.count, StatuteRules.bareNameStoppers.contains(text[end]) { continue }
      let t = tail(after: end)
      // A short alias (条例) is a common word: it cites only with provisions.
      if a.name.count < 3, t.provisions.isEmpty { continue }
      emit(a.law, from: i, tail: t, rule: .bareAlias)
      return t.end
    }
    return nil
  }

  private mutating func backReference(at i: Int) -> Int? {
    guard backReferenceHeads.contains(text[i]), let law = last?.law else { return nil }
    for w in StatuteScanner.backReferenceWords where w.word[0] == text[i] {
      guard var end = StatuteTitle.matchScalars(w.word, in: text, at: i) else { continue }
      // 该解释的第三条
      if end + 1 < text.count, text[end] == "的", text[end + 1] == "第" { end += 1 }
      guard let p = ProvisionParser.parse(text, at: end) else { continue }
      if w.word[0] == StatuteRules.selfReferencePrefix, insideQuotationOfLastCitation(at: i) {
        reject(i, p.end, by: .selfReferenceInQuote, proposedBy: .backReference)
        return p.end
      }
      // 该协议 names only a cited agreement: a contract's 该协议第五条 is none.
      let shaped = lastLaw(shaped: w.shape)
      if shaped == nil, StatuteRules.strictShapes.contains(w.shape) { continue }
      emit(
        shaped ?? law, from: i,
        tail: CitationTail(provisions: p.provisions, end: p.end),
        rule: .backReference)
      return p.end
    }
    // 该条第三款: a paragraph of the article last cited.
    guard let article = mentions.last?.provisions.last else { return nil }
    for w in StatuteRules.articleReferences where w.unicodeScalars.first == text[i] {
      guard let end = ProvisionParser.match(w, in: text, at: i), end < text.count, text[end] == "第",
        let p = ProvisionParser.parse(
          text, at: end, continuing: Provision(article: article.article, sub: article.sub))
      else { continue }
      if text[i] == StatuteRules.selfReferencePrefix, insideQuotationOfLastCitation(at: i) {
        reject(i, p.end, by: .selfReferenceInQuote, proposedBy: .articleReference)
        return p.end
      }
      emit(
        law, from: i, tail: CitationTail(provisions: p.provisions, end: p.end),
        rule: .articleReference)
      return p.end
    }
    return nil
  }

  /// True when `i` is inside a quotation (“…) that opened after the last
  /// citation ended and has not closed: the quoted text of that law.
  private func insideQuotationOfLastCitation(at i: Int) -> Bool {
    guard let lastEnd = last?.end, lastEnd <= i else { return false }
    var k = i - 1
    while k >= lastEnd, i - k <= StatuteRules.selfReferenceQuoteReach {
      if text[k] == "”" || text[k] == "\n" { return false }
      if text[k] == "“" { return true }
      k -= 1
    }
    return false
  }

  /// A national body among the issuers (the words before 关于, or the
  /// title's opening): 人力资源社会保障部、最高人民法院关于… is national.
  static func hasNationalIssuer(_ full: String) -> Bool {
    if StatuteIssuerRules.nationalIssuers.contains(where: { full.hasPrefix($0) }) { return true }
    if isImplementingTitle(full) { return true }
    guard let about = full.scalarRange(of: "关于"), about.lowerBound > full.startIndex else {
      return false
    }
    let issuers = full[..<about.lowerBound]
    return StatuteIssuerRules.nationalIssuers.contains { issuers.contains($0) }
  }

  /// Rule `policy-opinion`: an 意见 whose issuers (the words before 关于)
  /// include no judicial body.
  static func isPolicyOpinion(_ full: String) -> Bool {
    guard full.hasScalarSuffix(StatuteRules.policyOpinionEnding),
      let about = full.scalarRange(of: "关于"), about.lowerBound > full.startIndex
    else { return false }
    let issuers = full[..<about.lowerBound]
    // …部关于实施《工伤保险条例》若干问题的意见: a department's rules for
    // applying a cited text (rule `implementing-rules-title`), not policy.
    if isImplementingTitle(full) { return false }
    return !StatuteRules.judicialIssuers.contains { issuers.contains($0) }
  }

  /// Guard `announced-local-rules`: an unknown …办法 / …细则 right after a
  /// making verb (出台, 制定了, 印发的), with no provision after it and no
  /// national body named earlier in the clause.
  private func isAnnouncedLocalRules(_ written: String, at start: Int, close: Int) -> Bool {
    guard StatuteRules.announcedRuleEndings.contains(where: { written.hasScalarSuffix($0) }),
      let verb = StatuteRules.announcingVerbs.lazy.compactMap({
        StatuteTitle.matchBackward($0, in: self.text, endingAt: start)
      }).first,
      tail(after: close + 1).provisions.isEmpty
    else { return false }
    var k = verb
    while k > 0, verb - k < StatuteRules.announcingIssuerReach,
      !StatuteRules.announcingClauseBreaks.contains(text[k - 1])
    {
      k -= 1
      if Self.implementingIssuers.contains(where: {
        StatuteTitle.matchBackward($0, in: self.text, endingAt: k + $0.unicodeScalars.count) == k
      }) {
        return false
      }
    }
    return true
  }

  /// Guard `uncited-local-rules`: a title (its version note aside) ending in
  /// a local document's kind and opening with a place's full name (山东省,
  /// 嵊州市, 长兴县; a bare short form such as 海南 is no opening).
  static func isLocalDocumentTitle(_ written: String) -> Bool {
    let base = String(StatuteTitle.baseTitle(written))
    guard StatuteRules.localDocumentEndings.contains(where: { base.hasScalarSuffix($0) }) else {
      return false
    }
    let scalars = Array(base.unicodeScalars)
    var opens = false
    RegionChain.visitTokens(in: scalars, at: 0, after: nil) { t in
      if !t.isShort, t.end < scalars.count { opens = true }
    }
    return opens
  }

  /// …部关于实施《…》…, …部关于贯彻执行《…》…: a named issuing department's
  /// rules for applying a cited text (rule `implementing-rules-title`).
  static func isImplementingTitle(_ full: String) -> Bool {
    guard let about = full.scalarRange(of: "关于"), about.lowerBound > full.startIndex else {
      return false
    }
    let issuers = full[..<about.lowerBound]
    return StatuteRules.implementingLeads.contains(where: {
      full[about.lowerBound...].hasPrefix($0 + "《")
    }) && StatuteIssuerRules.issuers.contains { issuers.contains($0.full) }
  }

  /// 《98年解释》: digits, 年, then a short-name ending and nothing else.
  static func isYearShortName(_ written: String) -> Bool {
    guard let ending = StatuteRules.shortNameEndings.first(where: { written.hasScalarSuffix($0) })
    else { return false }
    let head = written.unicodeScalars.dropLast(ending.unicodeScalars.count)
    guard head.last == StatuteRules.yearShortNameMark else { return false }
    let digits = head.dropLast()
    return (2...4).contains(digits.count) && digits.allSatisfy { $0.properties.numericType != nil }
  }

  /// The last cited law of a shape (该条例 → …条例, 该司法解释 → a judicial
  /// interpretation); nil for no shape or none of it cited.
  private func lastLaw(shaped shape: String) -> CitedLaw? {
    guard !shape.isEmpty else { return nil }
    let m: StatuteMention?
    if shape == StatuteRules.judicialInterpretationShape {
      m = mentions.last { $0.kind == .judicialInterpretation }
    } else {
      m =
        mentions.last { StatuteTitle.baseTitle($0.law).hasSuffix(shape) }
        // 该解释 also names an interpretation titled …规定 or …批复.
        ?? (shape == StatuteRules.interpretationShape
          ? mentions.last { $0.kind == .judicialInterpretation } : nil)
    }
    return m.map { CitedLaw(law: $0.law, kind: $0.kind) }
  }

  /// 第四十八条第一款 standing alone soon after a citation, in its paragraph.
  private mutating func continuation(at i: Int) -> Int? {
    guard text[i] == "第", let (law, lastEnd) = last, lastEnd > lastRejectedEnd,
      i == 0 || !StatuteTitle.isHan(text[i - 1])
        || StatuteRules.continuationPredecessors.contains(text[i - 1])
        || StatuteRules.continuationLeadWords.contains(where: {
          StatuteTitle.matchBackward($0, in: text, endingAt: i) != nil
        }),
      (i - lastEnd <= continuationReach
        && document.paragraphIndex(containing: i)
          == document.paragraphIndex(containing: lastEnd - 1))
        || quoteContinues(at: i, lastEnd: lastEnd) || headingContinues(at: i, lastEnd: lastEnd)
        || headingBlockContinues(at: i, lastEnd: lastEnd),
      let p = ProvisionParser.parse(text, at: i) ?? paragraphOfLastArticle(at: i, lastEnd: lastEnd)
    else { return nil }
    if p.end < text.count, StatuteTitle.isHan(text[p.end]),
      !StatuteRules.continuationSuccessors.contains(text[p.end])
    {
      return nil
    }
    var t = CitationTail(provisions: p.provisions, end: p.end)
    renumbered(into: &t)
    let sameParagraph =
      document.paragraphIndex(containing: i) == document.paragraphIndex(containing: lastEnd - 1)
    let rule: StatuteRule =
      sameParagraph
      ? .continuation
      : quoteContinues(at: i, lastEnd: lastEnd)
        ? .quotedContinuation
        : headingBlockContinues(at: i, lastEnd: lastEnd) ? .headingBlock : .headingLine
    emit(law, from: i, tail: t, rule: rule)
    return t.end
  }

  /// 第二款规定 opening a clause just after an article was cited: a
  /// paragraph of that article.
  private func paragraphOfLastArticle(at i: Int, lastEnd: Int) -> (
    provisions: [Provision], end: Int
  )? {
    guard i > 0, StatuteRules.clauseOpeners.contains(text[i - 1]),
      i - lastEnd <= StatuteRules.paragraphContinuationReach,
      let article = mentions.last?.provisions.last,
      let p = ProvisionParser.parse(
        text, at: i, continuing: Provision(article: article.article, sub: article.sub)),
      p.end < text.count, text[p.end] == "规"
    else { return nil }
    return p
  }

  /// 《道路交通安全法》及其实施条例: the implementing regulation is cited too.
  private mutating func implementing(after end: Int, of law: CitedLaw) -> Int? {
    for w in StatuteRules.implementingPhrases {
      guard let e = ProvisionParser.match(w.phrase, in: text, at: end) else { continue }
      let title = law.law + w.suffix
      let cited =
        lexicon.lookup(title).map {
          CitedLaw(law: lexicon.entries[$0].title, kind: lexicon.entries[$0].kind)
        }
        ?? CitedLaw(law: title, kind: LawLexicon.kind(ofTitle: title))
      let start = e - w.suffix.unicodeScalars.count
      emit(cited, from: start, tail: tail(after: e), rule: .implementing)
      return mentions.last?.span.end
    }
    return nil
  }
}
