/// A citation of a law, regulation or interpretation (docs/OUTPUT.md, StatuteMention).
///
///     《行政诉讼法》第二十五条第四款 → law 中华人民共和国行政诉讼法, provisions [{25, paragraph 4}]
public struct StatuteMention: Hashable, Sendable, Codable {
  public var text: String
  public var span: TextSpan
  /// Official full title when known, else the title as written (no 《》).
  public var law: String
  public var kind: StatuteKind
  public var provisions: [Provision]
  /// A version note inside the title (2017年修正).
  public var version: String?
  /// An abbreviation the article defines (以下简称《…》).
  public var abbreviation: String?

  public init(
    text: String, span: TextSpan, law: String, kind: StatuteKind,
    provisions: [Provision] = [], version: String? = nil, abbreviation: String? = nil
  ) {
    self.text = text
    self.span = span
    self.law = law
    self.kind = kind
    self.provisions = provisions
    self.version = version
    self.abbreviation = abbreviation
  }
}

public enum StatuteKind: String, Hashable, Sendable, Codable {
  case law, regulation, judicialInterpretation = "judicial-interpretation", local, rule, other
}

/// One cited provision: 第一百三十三条之一第二款第（三）项 → article 133, sub 1,
/// paragraph 2, item 3.
public struct Provision: Hashable, Sendable, Codable {
  public var article: Int
  public var sub: Int?
  public var paragraph: Int?
  public var item: Int?

  public init(article: Int, sub: Int? = nil, paragraph: Int? = nil, item: Int? = nil) {
    self.article = article
    self.sub = sub
    self.paragraph = paragraph
    self.item = item
  }
}
