/// One article's extraction: the document of docs/OUTPUT.md (schema: docs/legal-extract-1.schema.json).
///
/// Every array is present (empty when nothing was found) and in text order.
public struct ExtractionResult: Hashable, Sendable, Codable {
  /// The output contract this value follows.
  public static let schemaIdentifier = "legal-extract/1"

  public var schema: String
  public var source: String?
  /// The caller's identifier for the article (JSON Lines input's `id`).
  public var id: DocumentID?
  public var published: PublishedDate?
  public var dates: [DateMention]
  public var organizations: [OrganizationMention]
  public var statutes: [StatuteMention]
  public var figures: [FigureMention]
  public var dockets: [DocketMention]
  /// Sentences of life imprisonment or death (not quantities, so not figures).
  public var penalties: [PenaltyMention]
  public var cases: [CaseRecord]

  public init(
    source: String? = nil, id: DocumentID? = nil, published: PublishedDate? = nil,
    dates: [DateMention] = [],
    organizations: [OrganizationMention] = [], statutes: [StatuteMention] = [],
    figures: [FigureMention] = [], dockets: [DocketMention] = [], penalties: [PenaltyMention] = [],
    cases: [CaseRecord] = []
  ) {
    self.schema = Self.schemaIdentifier
    self.source = source
    self.id = id
    self.published = published
    self.dates = dates
    self.organizations = organizations
    self.statutes = statutes
    self.figures = figures
    self.dockets = dockets
    self.penalties = penalties
    self.cases = cases
  }

  private enum CodingKeys: String, CodingKey {
    case schema, source, id, published, dates, organizations, statutes, figures, dockets, penalties,
      cases
  }

  /// Reads documents written before a field existed: the contract only adds
  /// fields, so a missing array is an empty one.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    schema = try c.decodeIfPresent(String.self, forKey: .schema) ?? Self.schemaIdentifier
    source = try c.decodeIfPresent(String.self, forKey: .source)
    id = try c.decodeIfPresent(DocumentID.self, forKey: .id)
    published = try c.decodeIfPresent(PublishedDate.self, forKey: .published)
    dates = try c.decodeIfPresent([DateMention].self, forKey: .dates) ?? []
    organizations = try c.decodeIfPresent([OrganizationMention].self, forKey: .organizations) ?? []
    statutes = try c.decodeIfPresent([StatuteMention].self, forKey: .statutes) ?? []
    figures = try c.decodeIfPresent([FigureMention].self, forKey: .figures) ?? []
    dockets = try c.decodeIfPresent([DocketMention].self, forKey: .dockets) ?? []
    penalties = try c.decodeIfPresent([PenaltyMention].self, forKey: .penalties) ?? []
    cases = try c.decodeIfPresent([CaseRecord].self, forKey: .cases) ?? []
  }
}

/// The article's own date: given by the caller, stated, or inferred.
public struct PublishedDate: Hashable, Sendable, Codable {
  /// YYYY-MM-DD (or a coarser ISO value when that is all that is known).
  public var value: String
  public var inferred: Bool

  public init(value: String, inferred: Bool) {
    self.value = value
    self.inferred = inferred
  }
}

extension PublishedDate {
  /// A date the caller supplies (`--published 2024-12-30`): YYYY-MM-DD,
  /// YYYY-MM or YYYY with a real calendar month and day; nil otherwise.
  public init?(callerValue: String) {
    let parts = callerValue.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count),
      parts[0].count == 4, let year = Int(parts[0]), year >= 1000
    else { return nil }
    if parts.count >= 2 {
      guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else {
        return nil
      }
      if parts.count == 3 {
        guard parts[2].count == 2, let day = Int(parts[2]),
          (1...CalendarMath.daysIn(month: month, year: year)).contains(day)
        else { return nil }
      }
    }
    self.init(value: callerValue, inferred: false)
  }
}
