import LegalExtract

/// A hand-written gold file (`NAME.gold.json`, ../shared/spec/ANNOTATION.md):
/// the fields of the output contract without spans, only those scored.
public struct GoldDocument: Sendable, Decodable {
  public struct Date: Sendable, Decodable {
    public var text: String
    public var value: String?
    public var end: String?
  }

  public struct Organization: Sendable, Decodable {
    public var name: String
    public var kind: String
  }

  public struct Statute: Sendable, Decodable {
    public var law: String
    public var provisions: [Provision]?
  }

  public struct Figure: Sendable, Decodable {
    public var text: String
    public var kind: String
    public var value: FigureValue?
  }

  public struct Docket: Sendable, Decodable {
    public var text: String
  }

  public struct Case: Sendable, Decodable {
    public var title: String?
    public var plaintiffs: [String]?
    public var defendants: [String]?
    public var courts: [String]?
    public var procuratorates: [String]?
    public var laws: [String]?
    public var figures: [FigureValue]?
    /// The case's timeline, when the gold file gives one (Scoring/EventScore.swift).
    public var events: [Event]?
  }

  /// One dated step of a gold timeline: ISO date (X for unknown digits) and kind.
  public struct Event: Sendable, Decodable {
    public var date: String?
    public var kind: String
    public var text: String?
  }

  public var dates: [Date]?
  public var organizations: [Organization]?
  public var statutes: [Statute]?
  public var figures: [Figure]?
  public var dockets: [Docket]?
  public var cases: [Case]?

  /// An empty gold document (everything absent).
  public init() {}
}
