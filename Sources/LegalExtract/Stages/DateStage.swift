import ChineseText

/// The dates stage (issue 3): finds absolute, relative and vague dates,
/// resolves them to ISO values, sets the published date when the text
/// gives one, and claims every date span so that figures skip them.
struct DateStage: ExtractionStage {
  let name: StageName = .dates

  func run(_ context: inout ExtractionContext) {
    let doc = context.document
    let claimed = context.claimed
    let log = context.trace == nil ? nil : DateRejectionLog()
    var candidates: [Candidate<ScannedDate>] = []
    var claimOnly: [TextSpan] = []
    let folded = doc.folded
    let era = LazyIndex { RepublicEraEvidence.isShown(in: folded) }
    for d in DateScanner(text: folded, log: log, republicEra: era).scan() {
      let span = TextSpan(d.range)
      if d.claimOnly {
        // Rejected by name in the scan; its span is still no figure.
        if !claimed.overlaps(span) { claimOnly.append(span) }
      } else if claimed.overlaps(span) {
        context.trace?.reject(
          Rejection(span, proposedBy: d.rule.name, rejectedBy: DateRule.claimed.name))
      } else {
        candidates.append(Candidate(span: span, value: d, rule: d.rule.name))
      }
    }
    for r in log?.rejections ?? [] { context.trace?.reject(r) }
    // The scanner already reads left to right past each date: the one
    // selection step keeps that order and records any overlap by name.
    let scanned = Selection.select(candidates, policy: .leftmostLongest, trace: &context.trace).map(
      \.value)
    var published = context.published.flatMap { CalendarValue(iso: $0.value) }
    if published == nil, let (value, inferred) = PublishedDateInference.infer(doc, dates: scanned) {
      published = value
      // A month and day without a year, or a year alone (较2012年同期), anchor
      // words counted from the article but are not a date to publish.
      if value.year != nil, value.month != nil, value.day != nil {
        context.result.published = PublishedDate(value: value.iso(.day), inferred: inferred)
      }
    }
    let resolver = DateResolver(
      published: published, sections: DateSections(doc), text: doc.folded)
    let resolved = resolver.resolve(scanned)
    for (d, r) in zip(scanned, resolved) {
      let span = TextSpan(d.range)
      if r.unanchored {
        context.trace?.reject(
          Rejection(span, proposedBy: d.rule.name, rejectedBy: r.refusedBy.name))
        continue
      }
      let mention = Self.mention(d, r, text: doc.originalText(d.range), span: span)
      context.result.dates.append(mention)
      context.trace?.accept(span, rule: d.rule.name, detail: mention.value ?? "vague")
    }
    context.claimed.insert(contentsOf: scanned.map { TextSpan($0.range) })
    context.claimed.insert(contentsOf: claimOnly)
  }

  static func mention(_ d: ScannedDate, _ r: DateResolver.Resolved, text: String, span: TextSpan)
    -> DateMention
  {
    guard !d.vague, let unit = d.start.finest, let value = r.value else {
      return DateMention(text: text, span: span, value: nil, granularity: .vague)
    }
    // 上半年, 2017年第一季度, 今年前10个月: a part of a year is told at the
    // precision of its year (the fit annotators, B46/B48/B50); the scan
    // keeps its months for the article-year evidence (2015年第四季度 after
    // 1月22日电). 一季度末 (with a part) keeps its month.
    if d.rule == .yearSpan, d.part == nil {
      return DateMention(
        text: text, span: span, value: value.iso(.year), granularity: .year,
        relative: r.relative, end: nil, part: nil)
    }
    // 2015年下半年至2021年: the part's year opens a range told at its end's precision.
    if d.rule == .rangeFromYearSpan {
      let endText = d.end.flatMap { e in e.finest.flatMap { u in r.end?.iso(u) } }
      return DateMention(
        text: text, span: span, value: value.iso(.year), granularity: .year,
        relative: r.relative, end: endText, part: nil)
    }
    let granularity: DateGranularity
    switch unit {
    case .year: granularity = .year
    case .month: granularity = .month
    case .day: granularity = .day
    }
    let endText = d.end.flatMap { e in e.finest.flatMap { u in r.end?.iso(u) } }
    return DateMention(
      text: text, span: span, value: value.iso(unit), granularity: granularity,
      relative: r.relative, end: endText, part: d.part)
  }
}
