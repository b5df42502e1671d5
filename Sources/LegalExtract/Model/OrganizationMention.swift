/// A court, procuratorate, agency or company (OUTPUT.md, OrganizationMention).
///
///     麻城市人民检察院 → kind .procuratorate, name 湖北省麻城市人民检察院, level .basic
public struct OrganizationMention: Hashable, Sendable, Codable {
  public var text: String
  public var span: TextSpan
  public var kind: OrganizationKind
  /// Canonical full name, in Simplified characters.
  public var name: String
  /// Court and procuratorate level.
  public var level: OrganizationLevel?
  /// The region prefix of the name (湖北省麻城市).
  public var region: String?

  public init(
    text: String, span: TextSpan, kind: OrganizationKind, name: String,
    level: OrganizationLevel? = nil, region: String? = nil
  ) {
    self.text = text
    self.span = span
    self.kind = kind
    self.name = name
    self.level = level
    self.region = region
  }
}

public enum OrganizationKind: String, Hashable, Sendable, Codable {
  case court, procuratorate, agency, company, other
}

public enum OrganizationLevel: String, Hashable, Sendable, Codable {
  case supreme, high, intermediate, basic, special
}
