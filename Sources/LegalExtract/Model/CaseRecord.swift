/// One case the article reports, with its mentions copied inline
/// (docs/OUTPUT.md, Case).
public struct CaseRecord: Hashable, Sendable, Codable {
  public var title: String?
  public var span: TextSpan
  /// From a rule table: 行政公益诉讼, 民事公益诉讼, 刑事, 民事, 行政, …
  public var type: String?
  public var plaintiffs: [String]
  public var defendants: [String]
  public var courts: [String]
  public var procuratorates: [String]
  public var dates: [DateMention]
  public var statutes: [StatuteMention]
  public var figures: [FigureMention]
  public var dockets: [DocketMention]
  public var penalties: [PenaltyMention]
  public var events: [CaseEvent]

  public init(
    title: String? = nil, span: TextSpan, type: String? = nil, plaintiffs: [String] = [],
    defendants: [String] = [], courts: [String] = [], procuratorates: [String] = [],
    dates: [DateMention] = [], statutes: [StatuteMention] = [], figures: [FigureMention] = [],
    dockets: [DocketMention] = [], penalties: [PenaltyMention] = [], events: [CaseEvent] = []
  ) {
    self.title = title
    self.span = span
    self.type = type
    self.plaintiffs = plaintiffs
    self.defendants = defendants
    self.courts = courts
    self.procuratorates = procuratorates
    self.dates = dates
    self.statutes = statutes
    self.figures = figures
    self.dockets = dockets
    self.penalties = penalties
    self.events = events
  }

  private enum CodingKeys: String, CodingKey {
    case title, span, type, plaintiffs, defendants, courts, procuratorates, dates, statutes, figures
    case dockets, penalties, events
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    title = try c.decodeIfPresent(String.self, forKey: .title)
    span = try c.decode(TextSpan.self, forKey: .span)
    type = try c.decodeIfPresent(String.self, forKey: .type)
    plaintiffs = try c.decodeIfPresent([String].self, forKey: .plaintiffs) ?? []
    defendants = try c.decodeIfPresent([String].self, forKey: .defendants) ?? []
    courts = try c.decodeIfPresent([String].self, forKey: .courts) ?? []
    procuratorates = try c.decodeIfPresent([String].self, forKey: .procuratorates) ?? []
    dates = try c.decodeIfPresent([DateMention].self, forKey: .dates) ?? []
    statutes = try c.decodeIfPresent([StatuteMention].self, forKey: .statutes) ?? []
    figures = try c.decodeIfPresent([FigureMention].self, forKey: .figures) ?? []
    dockets = try c.decodeIfPresent([DocketMention].self, forKey: .dockets) ?? []
    penalties = try c.decodeIfPresent([PenaltyMention].self, forKey: .penalties) ?? []
    events = try c.decodeIfPresent([CaseEvent].self, forKey: .events) ?? []
  }
}

/// One dated step of a case's timeline.
public struct CaseEvent: Hashable, Sendable, Codable {
  public var date: String?
  public var kind: CaseEventKind
  /// The clause the event came from.
  public var text: String

  public init(date: String?, kind: CaseEventKind, text: String) {
    self.date = date
    self.kind = kind
    self.text = text
  }

  private enum CodingKeys: String, CodingKey { case date, kind, text }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(date, forKey: .date)
    try c.encode(kind, forKey: .kind)
    try c.encode(text, forKey: .text)
  }
}

/// The kinds of procedural step (docs/OUTPUT.md, Event), in the usual order
/// of a case; the rule table is Rules/CaseEventRules.swift.
public enum CaseEventKind: String, Hashable, Sendable, Codable, CaseIterable {
  /// Hashed by case tag, not by name: the default for a `RawRepresentable`
  /// hashes the raw String, and the event finder asks sets of kinds at every step.
  public func hash(into hasher: inout Hasher) {
    withUnsafeBytes(of: self) { hasher.combine($0.first ?? 0) }
  }

  case clue, transfer, filing, investigation, detention, arrest, recommendation, reply
  case rectification, notice, consultation, lawsuit, withdrawal, hearing, judgment, appeal
  case retrial, settlement, arbitration, reconsideration, enforcement, decision, other
}
