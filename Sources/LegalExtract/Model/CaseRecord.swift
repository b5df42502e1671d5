/// One case the article reports, with its mentions copied inline
/// (OUTPUT.md, Case).
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
  public var events: [CaseEvent]

  public init(
    title: String? = nil, span: TextSpan, type: String? = nil, plaintiffs: [String] = [],
    defendants: [String] = [], courts: [String] = [], procuratorates: [String] = [],
    dates: [DateMention] = [], statutes: [StatuteMention] = [], figures: [FigureMention] = [],
    dockets: [DocketMention] = [], events: [CaseEvent] = []
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
    self.events = events
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

public enum CaseEventKind: String, Hashable, Sendable, Codable {
  case filing, investigation, recommendation, reply, lawsuit, hearing, judgment, appeal
  case rectification, other
}
