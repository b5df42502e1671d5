/// The stages of the pipeline, in the order `Extractor()` runs them. Later
/// stages read what earlier ones found (figures skip dates and dockets;
/// cases group everything).
///
///     Extractor(onlyStages: [.dockets, .organizations])
///     StageName(rawValue: "organization-regions")   // .organizationRegions
///     StageName(rawValue: "dokets")                 // nil: the CLI reports it
///
/// A string literal works too (`Extractor(onlyStages: ["dockets"])`), and a
/// misspelt literal stops the program with a message naming it: a typo is
/// never a silently skipped stage.
public enum StageName: String, CaseIterable, Hashable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  case dockets
  case dates
  case statutes
  case organizations
  case organizationRegions = "organization-regions"
  case figures
  case cases

  public init(stringLiteral value: String) {
    guard let stage = StageName(rawValue: value) else {
      preconditionFailure("unknown stage '\(value)'; stages: \(StageName.list)")
    }
    self = stage
  }

  /// The name as the CLI and explanations write it.
  public var description: String { rawValue }

  /// Every stage's name in pipeline order, comma-separated (for messages).
  public static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
