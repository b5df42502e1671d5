import ChineseText

/// Builds a case's timeline from the rules of Rules/CaseEventRules.swift: a
/// trigger phrase makes a candidate step of its kind, the clause around it may
/// reject it or change its kind, and the nearest date before it in its
/// sentence (with the dates listed just before that one) dates it. One event
/// per (date, kind), in date order.
struct CaseEventFinder {
  let doc: TextDocument

  /// One thing the rules decided: an event made, or a candidate rejected.
  struct Finding: Equatable {
    var rule: CaseEventRule
    /// The trigger phrase (or, for a date's rejection, the trigger it would have dated).
    var span: TextSpan
    /// The event made, nil for a rejection.
    var event: CaseEvent?
  }

  /// The trigger table as a trie of row indices (first row wins for a phrase).
  private static let trie: PhraseTrie<Int> = {
    var trie = PhraseTrie<Int>()
    for (i, row) in CaseEventRules.triggers.enumerated() { trie.insert(row.phrase, value: i) }
    return trie
  }()

  private static func scalars(_ words: [String]) -> [[Unicode.Scalar]] { words.map(\.scalarArray) }
  private static let requestWords = scalars(CaseEventRules.requestWords)
  private static let orderWords = scalars(CaseEventRules.orderWords)
  private static let checkWords = scalars(CaseEventRules.checkWords)
  private static let orderContentWords = scalars(CaseEventRules.orderContentWords)
  private static let replyContentWords = scalars(CaseEventRules.replyContentWords)
  private static let negations = scalars(CaseEventRules.negations)
  private static let circumstanceWords = scalars(CaseEventRules.circumstanceWords)
  private static let reportWords = scalars(CaseEventRules.reportWords)
  private static let periodTails = scalars(CaseEventRules.periodTails)
  private static let continuation = "并".scalarArray
  private static let meansWords = scalars(CaseEventRules.meansWords)
  private static let priorWords = scalars(CaseEventRules.priorWords)
  private static let sinceWord = "以来".scalarArray
  private static let rangeWords = scalars(["以上", "以下"])
  private static let agencyWords = scalars(CaseEventRules.agencyWords)
  private static let rulingWords = scalars(CaseEventRules.rulingWords)
  private static let stepsHoldingOrders = scalars(CaseEventRules.stepsHoldingOrders)
  private static let demandObjectWords = scalars(CaseEventRules.demandObjectWords)
  private static let planWords = scalars(CaseEventRules.planWords)
  private static let issuedWords = scalars(CaseEventRules.issuedWords)
  private static let reasoningOpenings = scalars(CaseEventRules.reasoningOpenings)
  private static let afterMarkers = scalars(CaseEventRules.afterMarkers)
  private static let deadlineTails = scalars(CaseEventRules.deadlineTails)
  private static let deadlineHeads = scalars(CaseEventRules.deadlineHeads)
  private static let leadWord = "线索".scalarArray
  private static let arbitrationWord = "仲裁".scalarArray
  private static let courtWord = "法院".scalarArray

  /// The case's events: one per (date, kind), sorted by date (text order for
  /// equal dates; a month before the days in it; unknown digits last).
  func events(for dates: [DateMention]) -> [CaseEvent] {
    findings(for: dates).compactMap(\.event)
  }

  /// Records every decision of the rules in an explanation: the trigger's
  /// span, made by or rejected by the rule's name.
  func record(for dates: [DateMention], into trace: inout RuleTrace?) {
    for f in findings(for: dates) {
      if let e = f.event {
        trace?.accept(f.span, rule: f.rule.name, detail: "\(e.date ?? "null") \(e.kind.rawValue)")
      } else {
        trace?.reject(Rejection(f.span, rejectedBy: f.rule.name))
      }
    }
  }

  /// Every decision of the rules over the sentences holding `dates`, events
  /// already merged and sorted.
  func findings(for dates: [DateMention]) -> [Finding] {
    let dated = dates.filter { $0.value != nil }.sorted { $0.span.start < $1.span.start }
    guard !dated.isEmpty else { return [] }
    var out: [Finding] = []
    var seen = Set<String>()
    // The dates grouped by sentence in one pass (they are sorted by start).
    var k = 0
    while k < dated.count {
      guard let si = doc.sentenceIndex(containing: dated[k].span.start) else { k += 1; continue }
      let sentence = doc.sentences[si]
      var end = k + 1
      while end < dated.count, sentence.contains(dated[end].span.start) { end += 1 }
      let inSentence = Array(dated[k..<end])
      k = end
      for finding in scan(sentence, dates: inSentence) {
        guard let event = finding.event else { out.append(finding); continue }
        let key = (event.date ?? "") + "\t" + event.kind.rawValue
        if seen.insert(key).inserted {
          out.append(finding)
        } else {
          out.append(Finding(rule: .sameStep, span: finding.span, event: nil))
        }
      }
    }
    let events = Self.dateOrdered(out.filter { $0.event != nil })
    return out.filter { $0.event == nil } + events
  }

  /// Date order by insertion, stable: an event moves before those it is
  /// strictly earlier than, compared at the precision both give, so equal
  /// dates keep text order and a month (2022-02) keeps its text place among
  /// the days inside it (2022-02-15); unknown digits (X) sort after digits.
  static func dateOrdered(_ findings: [Finding]) -> [Finding] {
    var out: [Finding] = []
    for f in findings {
      var i = out.count
      while i > 0, earlier(f.event?.date, than: out[i - 1].event?.date) { i -= 1 }
      out.insert(f, at: i)
    }
    return out
  }

  /// True when `a` is before `b` on the parts both dates give.
  static func earlier(_ a: String?, than b: String?) -> Bool {
    guard let a, let b else { return false }
    for (x, y) in zip(a.split(separator: "-"), b.split(separator: "-")) where x != y {
      return x < y
    }
    return false
  }

  // MARK: Candidates

  /// Scans one sentence for trigger phrases, leftmost-longest.
  private func scan(_ sentence: Range<Int>, dates: [DateMention]) -> [Finding] {
    let t = doc.folded
    var out: [Finding] = []
    var i = sentence.lowerBound
    while i < sentence.upperBound {
      guard let m = Self.trie.longestMatch(in: t, from: i, limit: sentence.upperBound) else {
        i += 1
        continue
      }
      let row = CaseEventRules.triggers[m.value]
      let span = TextSpan(i, m.end)
      i = m.end
      switch row.outcome {
      case .notAStep:
        out.append(Finding(rule: row.rule, span: span, event: nil))
      case .step(let kind):
        out += step(kind, rule: row.rule, span: span, sentence: sentence, dates: dates)
      case .gapped(let kind, let tails, let within):
        let clause = clauseRange(around: span.start, in: sentence)
        let limit = min(clause.upperBound, span.end + within)
        let ends = tails.compactMap { tail in t.firstOffset(of: tail, in: span.end..<limit).map { $0 + tail.unicodeScalars.count } }
        guard let end = ends.min() else { continue }
        let whole = TextSpan(span.start, end)
        i = end
        out += step(kind, rule: row.rule, span: whole, sentence: sentence, dates: dates)
      }
    }
    return out
  }

  /// A candidate step: the clause's rules, then its date(s).
  private func step(_ kind: CaseEventKind, rule: CaseEventRule, span: TextSpan, sentence: Range<Int>, dates: [DateMention]) -> [Finding] {
    let t = doc.folded
    let clause = clauseRange(around: span.start, in: sentence)
    let before = clause.lowerBound..<span.start
    func has(_ words: [[Unicode.Scalar]], in range: Range<Int>) -> Bool {
      words.contains { t.firstOffset(of: $0, in: range) != nil }
    }
    func reject(_ r: CaseEventRule) -> [Finding] { [Finding(rule: r, span: span, event: nil)] }

    // The kind the clause gives a trigger word.
    var kind = kind
    var rule = rule
    if kind == .transfer, t.firstOffset(of: Self.leadWord, in: clause) != nil {
      (kind, rule) = (.clue, .clueHandedOver)
    }
    if kind == .judgment, t.firstOffset(of: Self.arbitrationWord, in: lookBack(from: clause.upperBound, in: sentence)) != nil,
      t.firstOffset(of: Self.courtWord, in: clause) == nil
    {
      (kind, rule) = (.arbitration, .arbitrationRuling)
    } else if kind == .judgment, has(Self.agencyWords, in: before), t.firstOffset(of: Self.courtWord, in: clause) == nil {
      (kind, rule) = (.decision, .decisionByAgency)
    }

    // The clause's rejections.
    let opening = sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 16)
    if has(Self.reasoningOpenings, in: opening) { return reject(.reasoning) }
    if has(Self.planWords, in: max(before.lowerBound, span.start - CaseEventRules.planReach)..<span.start) { return reject(.plan) }
    if span.end < t.count, t[span.end] == "的", kind != .other { return reject(.attributive) }
    if span.end < t.count, t[span.end] == "罪" { return reject(.chargeName) }
    if has(Self.meansWords, in: before) { return reject(.means) }
    if has(Self.priorWords, in: before) { return reject(.priorRecord) }
    if kind == .judgment, t[span.start] == "判", has(Self.rangeWords, in: span.end..<min(clause.upperBound, span.end + 8)) {
      return reject(.statutoryRange)
    }
    if insideQuotes(span, clause: clause) { return reject(.quoted) }
    if has(Self.circumstanceWords, in: before) { return reject(.circumstance) }
    if negated(before) { return reject(.negated) }
    if kind != .reply, has(Self.replyContentWords, in: lookBack(from: span.start, in: sentence)) { return reject(.reportedInReply) }
    if has(Self.issuedWords, in: clause) { return reject(.issuedDocument) }
    if kind == .rectification, has(Self.orderWords, in: before) || has(Self.orderContentWords, in: lookBack(from: span.start, in: sentence)) {
      return reject(.orderedRectification)
    }
    if kind == .rectification, has(Self.checkWords, in: before) { return reject(.checkedRectification) }
    if CaseEventRules.requestableKinds.contains(kind), has(Self.requestWords, in: before) { return reject(.requestedStep) }
    // 请求确认…违法，并判令其继续履行职责: a clause opened by 并 continues the request before it.
    if CaseEventRules.requestableKinds.contains(kind), t.hasLiteral(Self.continuation, at: clause.lowerBound), clause.lowerBound > sentence.lowerBound {
      let previous = clauseRange(around: clause.lowerBound - 2 < sentence.lowerBound ? sentence.lowerBound : clause.lowerBound - 2, in: sentence)
      if has(Self.requestWords, in: previous) { return reject(.requestedStep) }
    }
    if kind == .enforcement, has(Self.rulingWords, in: before) { return reject(.rulingObject) }
    if kind == .recommendation, has(Self.demandObjectWords, in: before) { return reject(.demandObject) }
    if kind == .decision, t[span.start] == "责", has(Self.stepsHoldingOrders, in: lookBack(from: span.start, in: sentence)) {
      return reject(.orderInsideStep)
    }

    // The date: the nearest before the step in its sentence, not across a clause opened by 后.
    guard let nearest = dates.lastIndex(where: { $0.span.end <= span.start }),
      span.start - dates[nearest].span.end <= CaseEventRules.lookBack
    else { return reject(.undated) }
    var k = span.start
    while k > dates[nearest].span.end {
      k -= 1
      if CaseEventRules.clauseBreaks.contains(t[k]), opens(with: Self.afterMarkers, at: k + 1) { return reject(.afterMarker) }
    }
    // A list of dates right before it (2023年5月、8月两次开庭): one step per date.
    if kind == .rectification, has(Self.requestWords, in: dates[nearest].span.end..<span.start) { return reject(.orderedRectification) }
    // 2018年扫黑除恶专项斗争开展以来…宣判: the date starts a period.
    if t.firstOffset(of: Self.sinceWord, in: dates[nearest].span.end..<span.start) != nil, clause.contains(dates[nearest].span.start) {
      return reject(.periodStart)
    }
    var first = nearest
    while first > 0, isListSeparator(dates[first - 1].span.end..<dates[first].span.start) { first -= 1 }
    var out: [Finding] = []
    for d in first...nearest {
      let date = dates[d]
      if let guardRule = rejection(of: date) {
        out.append(Finding(rule: guardRule, span: span, event: nil))
        continue
      }
      let text = eventText(date: date, clause: clause, sentence: sentence)
      out.append(Finding(rule: d == nearest ? rule : .dateList, span: span,
                         event: CaseEvent(date: date.value, kind: kind, text: text)))
    }
    return out
  }

  /// The part of the sentence before `offset` that a step's rules read,
  /// at most `CaseEventRules.lookBack` scalars (a sentence with no stop
  /// in a long text must not make every trigger rescan it).
  private func lookBack(from offset: Int, in sentence: Range<Int>) -> Range<Int> {
    max(sentence.lowerBound, offset - CaseEventRules.lookBack)..<offset
  }

  /// True when the trigger sits inside a quotation that began earlier in its clause.
  private func insideQuotes(_ span: TextSpan, clause: Range<Int>) -> Bool {
    // A quote that opens right before the trigger names the step itself (开展“回头看”).
    var open: Int?
    for k in clause.lowerBound..<span.start {
      switch doc.folded[k] {
      case "“", "「", "『": open = k
      case "”", "」", "』": open = nil
      default: break
      }
    }
    guard let open else { return false }
    return open != span.start - 1
  }

  /// A negation in `range` (未上诉, 无适格主体提起诉讼), but not 未成年人 or 未经.
  private func negated(_ range: Range<Int>) -> Bool {
    let t = doc.folded
    for word in Self.negations {
      var from = range.lowerBound
      while let at = t.firstOffset(of: word, in: from..<range.upperBound) {
        let next = at + word.count
        if !(word == ["未"] && next < t.count && CaseEventRules.notNegatingAfterWei.contains(t[next])) { return true }
        from = at + 1
      }
    }
    return false
  }

  private func opens(with words: [[Unicode.Scalar]], at offset: Int) -> Bool {
    var o = offset
    while o < doc.folded.count, doc.folded[o] == " " { o += 1 }
    return words.contains { doc.folded.hasLiteral($0, at: o) }
  }

  /// The date rules: a date that cannot date a step.
  private func rejection(of date: DateMention) -> CaseEventRule? {
    guard let value = date.value, value.contains(where: \.isNumber) else { return .unresolvedDate }
    if date.end != nil { return .period }
    let t = doc.folded
    if date.span.end < t.count, t[date.span.end] == "电" { return .reportDate }
    // 记者2024年4月26日从…获悉: the report word follows within a few words.
    let near = date.span.end..<min(t.count, date.span.end + 24)
    if Self.reportWords.contains(where: { t.firstOffset(of: $0, in: near) != nil }) { return .reportDate }
    if Self.periodTails.contains(where: { t.hasLiteral($0, at: date.span.end) }) { return .periodStart }
    if date.span.end < t.count, Self.deadlineTails.contains(where: { t.hasLiteral($0, at: date.span.end) }) {
      // 2023年5月起诉 is a suit, not a start.
      let next = date.span.end + 1
      if !(t[date.span.end] == "起" && next < t.count && t[next] == "诉") && !(t[date.span.end] == "前" && next < t.count && t[next] == "往") {
        return .deadline
      }
    }
    if Self.deadlineHeads.contains(where: { h in date.span.start >= h.count && t.hasLiteral(h, at: date.span.start - h.count) }) {
      return .deadline
    }
    return nil
  }

  private func isListSeparator(_ gap: Range<Int>) -> Bool {
    guard gap.count >= 1, gap.count <= 2 else { return false }
    return gap.allSatisfy { CaseEventRules.dateListSeparators.contains(doc.folded[$0]) }
  }

  /// The clause around `offset`, inside the sentence.
  private func clauseRange(around offset: Int, in sentence: Range<Int>) -> Range<Int> {
    let t = doc.folded
    let floor = max(sentence.lowerBound, offset - CaseEventRules.lookBack)
    let ceiling = min(sentence.upperBound, offset + CaseEventRules.lookBack)
    var lo = offset
    while lo > floor, !CaseEventRules.clauseBreaks.contains(t[lo - 1]) { lo -= 1 }
    var hi = offset
    while hi < ceiling, !CaseEventRules.clauseBreaks.contains(t[hi]) { hi += 1 }
    return lo..<hi
  }

  /// The clause the step is told in, from its date's clause when that is near.
  private func eventText(date: DateMention, clause: Range<Int>, sentence: Range<Int>) -> String {
    var dateClause = clauseRange(around: date.span.start, in: sentence)
    // A byline before the date (本报讯（记者 …）2024年3月12日) is not part of the step.
    if let close = (dateClause.lowerBound..<date.span.start).last(where: { CaseEventRules.bylineEnds.contains(doc.folded[$0]) }) {
      dateClause = (close + 1)..<dateClause.upperBound
    }
    var start = min(dateClause.lowerBound, clause.lowerBound)
    if clause.upperBound - start > 100 { start = clause.lowerBound }
    while start < clause.upperBound, doc.folded[start] == " " || doc.folded[start] == "\n" { start += 1 }
    return doc.originalText(start..<clause.upperBound)
  }
}
