import Testing

@testable import LegalExtract

/// One table row: a sentence and the dates it must yield, each written
/// `TEXT=VALUE`, `TEXT=VALUE..END` for a range, or `TEXT=null` for a vague
/// date. An empty list is a negative case.
struct DateCase: Sendable, CustomTestStringConvertible {
  let text: String
  let expected: [String]
  let published: String?

  init(_ text: String, _ expected: String..., published: String? = nil) {
    self.text = text
    self.expected = expected
    self.published = published
  }

  init(_ text: String, _ expected: [String], published: String?) {
    self.text = text
    self.expected = expected
    self.published = published
  }

  var testDescription: String { text }
}

enum DateTestSupport {
  static let extractor = Extractor(onlyStages: ["dates"])

  static func run(_ c: DateCase) -> ExtractionResult {
    extractor.extract(c.text, published: c.published.flatMap(PublishedDate.init(callerValue:)))
  }

  static func render(_ m: DateMention) -> String {
    "\(m.text)=\(m.value ?? "null")" + (m.end.map { "..\($0)" } ?? "")
  }

  /// Checks the rendered mentions and that every span points at its text.
  static func check(_ c: DateCase) {
    let result = run(c)
    #expect(result.dates.map(render) == c.expected, "\(c.text)")
    let scalars = Array(c.text.unicodeScalars)
    for m in result.dates {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[m.span.start..<m.span.end])
      #expect(String(view) == m.text)
    }
  }
}
