/// A court, procuratorate, agency or company (docs/OUTPUT.md, OrganizationMention).
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
  /// The GB/T 2260 code of that region (421181), when it is unambiguous.
  public var regionCode: String?
  /// The full chain of divisions down to that region (湖北省黄冈市麻城市).
  public var regionPath: String?

  public init(
    text: String, span: TextSpan, kind: OrganizationKind, name: String,
    level: OrganizationLevel? = nil, region: String? = nil, regionCode: String? = nil,
    regionPath: String? = nil
  ) {
    self.text = text
    self.span = span
    self.kind = kind
    self.name = name
    self.level = level
    self.region = region
    self.regionCode = regionCode
    self.regionPath = regionPath
  }
}

public enum OrganizationKind: String, Hashable, Sendable, Codable {
  case court, procuratorate, agency, company, other
}

public enum OrganizationLevel: String, Hashable, Sendable, Codable {
  case supreme, high, intermediate, basic, special
}
