import ChineseText

/// Groups the mentions of earlier stages into the cases the article reports.
struct CaseStage: ExtractionStage {
  let name: StageName = .cases

  func run(_ context: inout ExtractionContext) {
    let doc = context.document
    let result = context.result
    let outcome = CaseSplitter.reading(
      in: doc, organizations: result.organizations, figures: result.figures)
    let sections = outcome.kept?.sections ?? []
    if context.trace != nil { trace(outcome, into: &context.trace) }
    // No case, nothing to group: skip building the party finder's indexes.
    guard !sections.isEmpty else { return }
    let parties = CasePartyFinder(doc: doc, organizations: result.organizations)
    let events = CaseEventFinder(doc: doc)
    // A story of several cases told by one court names it once, in the lead
    // (渝中区法院对这3起案件集中宣判): cases that name no court take it.
    let leadEnd = sections.first?.span.start ?? 0
    // The supreme court the lead names once as the publisher (最高人民法院召开新闻
    // 发布会…发布…典型案例) and again for its officials (最高人民法院刑四庭庭长…)
    // publishes at every mention: it tried none of the cases it releases
    // (a basic court's release tells its own cases, and keeps its name).
    let leadMentions = result.organizations.filter { $0.kind == .court && $0.span.end <= leadEnd }
    let publishers = Set(
      leadMentions.filter { $0.level == .supreme && isPublisher($0, doc) }.map(\.name))
    let leadCourts = Set(leadMentions.map(\.name)).subtracting(publishers)
    let sharedCourt =
      sections.count >= 2 && leadCourts.count == 1
      ? leadCourts.first : CaseBodyFilter.leadCourtForOneCase(sections, result.organizations, doc)
    // Each case takes the mentions inside its span: indexes keep that from
    // walking every mention of the document once per case.
    // …集中宣判 told in the lead of several cases: a step of each (CaseEventRule.leadStep); a
    // lead the one case's span leaves out (12月23日，某法院对11起酒驾案件进行集中宣判。…) tells
    // that case's batch step too.
    let leadSteps =
      sections.isEmpty ? [] : events.leadSteps(before: leadEnd, among: result.dates)
    let dateIndex = SpanIndex(result.dates.map(\.span))
    let statuteIndex = SpanIndex(result.statutes.map(\.span))
    let figureIndex = SpanIndex(result.figures.map(\.span))
    let docketIndex = SpanIndex(result.dockets.map(\.span))
    let penaltyIndex = SpanIndex(result.penalties.map(\.span))
    let facts = CaseFactAttribution(text: doc.folded)
    var droppedFacts: [CaseFactAttribution.Dropped] = []
    context.result.cases = sections.map { section in
      let span = section.span
      let inside = parties.organizations(inside: span)
      let bodyGuards = CaseBodyFilter.guards(for: inside, doc: doc)
      var orgs = inside.indices.filter { bodyGuards[$0] == nil }.map { inside[$0] }.filter {
        !isPublisher($0, doc) && !isPostOfPerson($0, doc)
      }
      // `case.body.acting-before-title` (CaseBodyFilter+BeforeTitle.swift).
      for org in CaseBodyFilter.actingBeforeTitle(span: span, parties: parties, doc: doc) {
        context.trace?.accept(org.span, rule: CaseBodyRule.actingBeforeTitle.name, detail: org.name)
        orgs.append(org)
      }
      for (org, guardRule) in zip(inside, bodyGuards) {
        if let guardRule {
          context.trace?.reject(Rejection(org.span, rejectedBy: guardRule.name), detail: org.name)
        }
      }
      for post in parties.organizations(inside: span) where isPostOfPerson(post, doc) {
        context.trace?.reject(
          Rejection(post.span, rejectedBy: CaseSplitRule.postOfPerson.name), detail: post.name)
      }
      let type = caseType(title: section.title, span: span, doc: doc)
      let found = parties.parties(title: section.titleSpan, span: span, criminal: type == "刑事")
      if context.trace != nil { Self.trace(found, into: &context.trace) }
      let dates = dateIndex.elements(of: result.dates, inside: span)
      // The case's own figures and laws (Rules/CaseFactRule.swift).
      let namedAt = facts.firstNaming(span: span, titleSpan: section.titleSpan, parties: found)
      let ownFigures = facts.figures(
        figureIndex.elements(of: result.figures, inside: span), span: span, namedAt: namedAt,
        titleSpan: section.titleSpan)
      let ownStatutes = facts.statutes(statuteIndex.elements(of: result.statutes, inside: span))
      if context.trace != nil { droppedFacts += ownFigures.dropped + ownStatutes.dropped }
      return CaseRecord(
        title: Self.displayTitle(section, doc),
        span: span,
        type: type,
        plaintiffs: found.plaintiffs,
        defendants: found.defendants,
        courts: courts(of: orgs, shared: sharedCourt, trace: &context.trace, span: span),
        procuratorates: distinct(orgs.filter { $0.kind == .procuratorate }.map(\.name)),
        dates: dates,
        statutes: ownStatutes.kept,
        figures: ownFigures.kept,
        dockets: docketIndex.elements(of: result.dockets, inside: span),
        penalties: penaltyIndex.elements(of: result.penalties, inside: span),
        events: CaseEventFinder.withLead(
          leadSteps,
          events.events(
            for: dates + [events.signature(after: span, among: result.dates)].compactMap { $0 })))
    }
    for d in droppedFacts {
      context.trace?.reject(Rejection(d.span, rejectedBy: d.rule.name), detail: d.detail)
    }
    // Explanations name the timeline rules (Rules/CaseEventRules.swift).
    if context.trace != nil {
      for c in context.result.cases {
        let signed =
          c.dates + [events.signature(after: c.span, among: context.result.dates)].compactMap { $0 }
        events.record(for: signed, into: &context.trace)
      }
    }
  }

  /// A body that only publishes the case (最高人民法院审判委员会讨论通过…发布,
  /// 最高人民检察院发布…) does not act in it.
  private func isPublisher(_ org: OrganizationMention, _ doc: TextDocument) -> Bool {
    let t = doc.folded
    let after = org.span.end..<min(t.count, org.span.end + 16)
    // 最高人民法院《关于…》 / 最高人民法院关于…的解释: the issuer of a text.
    if org.span.end < t.count, t[org.span.end] == "《" || t.hasLiteral("关于", at: org.span.end) {
      return true
    }
    // 据某检察院官方微信消息 (a source), 获某检察院三等功 (an award).
    if org.span.start > 0, t[org.span.start - 1] == "据" || t[org.span.start - 1] == "获" {
      return true
    }
    let near = org.span.end..<min(t.count, org.span.end + 6)
    if t.containsAny(of: Self.publisherNearWords, in: near) { return true }
    return t.containsAny(of: Self.publisherVerbs, in: after)
  }

  /// Words right after a body that make it a source or an award's giver, not a party.
  private static let publisherNearWords = ScalarWords(
    [
      "官方", "官网", "微信", "微博", "网站", "公众号", "视频台", "直播平台", "三等功", "二等功", "一等功", "嘉奖", "表彰",
      "负责人",
    ].map(\.scalarArray))
  /// Verbs after a body that make it a text's publisher.
  private static let publisherVerbs = ScalarWords(
    ["发布", "讨论通过", "印发", "公布"].map(\.scalarArray))

  /// Records the kept reading's cases under its rule, the readings it
  /// outweighed, and why an article has no case.
  private func trace(_ outcome: CaseSplitter.Outcome, into trace: inout RuleTrace?) {
    if let kept = outcome.kept {
      for section in kept.sections {
        trace?.accept(section.span, rule: kept.rule.name, detail: section.title ?? "")
      }
      for trim in outcome.trimmed {
        trace?.reject(Rejection(trim.span, rejectedBy: trim.rule.name))
      }
      if let told = outcome.toldBy {
        trace?.accept(told.span, rule: told.rule.name, detail: "tells a case")
      }
      for other in outcome.readings where other.rule != kept.rule {
        let span = TextSpan(
          other.sections.first?.span.start ?? 0, other.sections.last?.span.end ?? 0)
        trace?.reject(
          Rejection(span, proposedBy: other.rule.name, rejectedBy: CaseSplitRule.outweighed.name),
          detail:
            "\(other.sections.count) cases, kept \(kept.rule.rawValue) with \(kept.sections.count)")
      }
    } else if let reason = outcome.noCase {
      trace?.reject(Rejection(TextSpan(0, 0), rejectedBy: reason.name))
    }
  }

  /// `case.guard.post-of-person`: a body named as somebody's post
  /// (江西省高级人民法院原副院长吴振汉, 担任…院长的职务便利) does not act in the case.
  private func isPostOfPerson(_ org: OrganizationMention, _ doc: TextDocument) -> Bool {
    CasePartyFinder.postWords.contains { doc.folded.hasLiteral($0, at: org.span.end) }
      && !CaseBodyFilter.officialActsInTheCase(after: org, doc.folded)
  }

  /// The courts named in a case, or the lead's one court when it names none.
  private func courts(
    of orgs: [OrganizationMention], shared: String?, trace: inout RuleTrace?, span: TextSpan
  ) -> [String] {
    let own = distinct(orgs.filter { $0.kind == .court }.map(\.name))
    if own.isEmpty, let shared {
      trace?.accept(
        TextSpan(span.start, span.start), rule: CaseBodyRule.leadCourt.name, detail: shared)
      return [shared]
    }
    return own
  }

  private func distinct(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted }
  }

  /// The first type keyword in the title, else in the case's text.
  private func caseType(title: String?, span: TextSpan, doc: TextDocument) -> String? {
    if let title {
      let scalars = Array(title.unicodeScalars)
      if let i = CaseRules.typeKeywords.firstListed(in: scalars, range: 0..<scalars.count) {
        return CaseRules.types[i].type
      }
    }
    return CaseRules.typeKeywords.firstListed(in: doc.folded, range: span.range).map {
      CaseRules.types[$0].type
    }
  }
}

extension CaseStage {
  /// A case's title as the text gives it (ANNOTATION.md): the splitter reads
  /// the folded view, so a Traditional text's title is given back in its own
  /// characters (生產銷售偽劣車用柴油案), when the title is its span's text.
  static func displayTitle(_ section: CaseSection, _ doc: TextDocument) -> String? {
    guard let title = section.title else { return nil }
    guard doc.hadTraditional, let span = section.titleSpan, span.start < span.end,
      span.end <= doc.original.count, span.end <= doc.folded.count,
      doc.folded.text(span.start..<span.end) == title
    else { return title }
    return String(String.UnicodeScalarView(doc.original[span.start..<span.end]))
  }
}
