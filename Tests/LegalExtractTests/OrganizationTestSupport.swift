import Testing

@testable import LegalExtract

/// One expected organization mention: the sentence, the mention's exact text
/// (so its boundaries are checked), and the canonical name, kind and level.
struct OrgCase: CustomTestStringConvertible, Sendable {
  let input: String
  let text: String
  let name: String
  let kind: OrganizationKind
  let level: OrganizationLevel?

  init(
    _ input: String, _ text: String, _ name: String, _ kind: OrganizationKind,
    _ level: OrganizationLevel? = nil
  ) {
    self.input = input
    self.text = text
    self.name = name
    self.kind = kind
    self.level = level
  }

  var testDescription: String { "\(text) in \(input)" }
}

enum OrgTesting {
  static func organizations(in text: String) -> [OrganizationMention] {
    Extractor(onlyStages: ["organizations"]).extract(text).organizations
  }

  /// Checks that `c.text` is found as a mention with the expected values and a true span.
  static func check(_ c: OrgCase) {
    let found = organizations(in: c.input)
    let m = found.first { $0.text == c.text }
    #expect(m != nil, "no mention \(c.text); found \(found.map(\.text))")
    guard let m else { return }
    #expect(m.name == c.name)
    #expect(m.kind == c.kind)
    #expect(m.level == c.level)
    let scalars = Array(c.input.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[m.span.range])
    #expect(String(view) == m.text, "span does not cut the text")
  }

  /// Mentions of the scored kinds (court, procuratorate, agency).
  static func scored(in text: String) -> [OrganizationMention] {
    organizations(in: text).filter { [.court, .procuratorate, .agency].contains($0.kind) }
  }
}
