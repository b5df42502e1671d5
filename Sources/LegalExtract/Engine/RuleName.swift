/// A rule's stable name: dotted from the dimension down to the form, so
/// `docket.modern`, `date.ymd`, `figure.guard.idiom`. Guards (rules that
/// reject a candidate) carry `guard` as a component.
///
/// Names are identifiers, not prose: tests, `extract --explain` and bug
/// reports quote them, so renaming one is a breaking change to those.
public struct RuleName: RawRepresentable, Hashable, Comparable, Sendable,
  ExpressibleByStringLiteral,
  CustomStringConvertible
{
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The first component: the dimension the rule belongs to ("docket").
  public var dimension: Substring { rawValue.prefix { $0 != "." } }

  /// True for a rule that rejects candidates rather than making them.
  public var isGuard: Bool { rawValue.split(separator: ".").contains("guard") }

  public var description: String { rawValue }

  public static func < (a: RuleName, b: RuleName) -> Bool { a.rawValue < b.rawValue }
}

/// A stage's rule names, listed once as the cases of a string enum:
///
///     enum DocketRule: String, NamedRule {
///       case modern = "docket.modern"
///       case foreignMarker = "docket.guard.foreign-marker"
///     }
///
/// `allCases` is the stage's complete list; the naming tests check that
/// every case has an example.
protocol NamedRule: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {}

extension NamedRule {
  /// This rule's stable name.
  var name: RuleName { RuleName(rawValue: rawValue) }

  /// The case's tag as stored (its index among the cases): what each rule
  /// enum hashes. The standard library's default for a `RawRepresentable`
  /// hashes the raw String, NFC check and all, and stages ask sets and
  /// dictionaries of rules at every candidate.
  @inline(__always)
  var caseTag: Int {
    withUnsafeBytes(of: self) { bytes in
      var tag = 0
      for byte in bytes { tag = tag << 8 | Int(byte) }
      return tag
    }
  }
}
