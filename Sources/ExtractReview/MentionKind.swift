import LegalExtract

/// The kinds of mention a review page marks, in legend order.
///
/// Each kind has a colour and an underline style of its own, so that the
/// page reads in greyscale and for colour-blind readers too.
public enum MentionKind: String, CaseIterable, Sendable {
  case date, organization, statute, figure, docket, penalty

  /// The document field that holds this kind (`dates`, `organizations`, …).
  public var field: String {
    switch self {
    case .date: return "dates"
    case .organization: return "organizations"
    case .statute: return "statutes"
    case .figure: return "figures"
    case .docket: return "dockets"
    case .penalty: return "penalties"
    }
  }

  /// The legend's name for the kind.
  var label: String {
    switch self {
    case .date: return "Date 日期"
    case .organization: return "Organization 机构"
    case .statute: return "Statute 法规"
    case .figure: return "Figure 数额"
    case .docket: return "Docket 案号"
    case .penalty: return "Penalty 刑罚"
    }
  }

  /// The underline that tells the kind apart without colour (the legend's
  /// name for the text-decoration style ReviewStyle gives the kind).
  var underline: String {
    switch self {
    case .date: return "solid"
    case .organization: return "double"
    case .statute: return "dotted"
    case .figure: return "dashed"
    case .docket: return "wavy"
    case .penalty: return "thick"
    }
  }
}

extension ExtractionResult {
  /// How many mentions of `kind` the document holds.
  public func count(of kind: MentionKind) -> Int {
    switch kind {
    case .date: return dates.count
    case .organization: return organizations.count
    case .statute: return statutes.count
    case .figure: return figures.count
    case .docket: return dockets.count
    case .penalty: return penalties.count
    }
  }
}
