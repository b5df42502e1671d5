import Testing

@testable import LegalExtract

/// Helpers for rule-naming tests: every rule of a stage has an example that
/// asserts that rule, by name, made (or rejected) a mention.
///
///     let e = explain("法院作出（2023）鄂1181行初12号判决。", stages: ["dockets"])
///     e.mention(ruleNamed: DocketRule.modern.name)?.text   // "（2023）鄂1181行初12号"

/// Explains `text`, running only `stages` (all when nil).
func explain(_ text: String, stages: Set<StageName>? = nil, published: PublishedDate? = nil)
  -> Explanation
{
  let extractor = stages.map { Extractor(onlyStages: $0) } ?? Extractor()
  return extractor.explain(text, published: published)
}

extension Explanation {
  /// The first mention `rule` made.
  func mention(ruleNamed rule: RuleName) -> Entry? {
    entries.first { $0.isAccepted && $0.madeBy == rule }
  }

  /// The first candidate `rule` rejected.
  func rejection(ruleNamed rule: RuleName) -> Entry? {
    entries.first { $0.rejectedBy == rule }
  }
}

/// One example for one rule: the text, and the text of the mention the rule
/// makes or of the candidate it rejects (as much as was read).
struct RuleExample<Rule: NamedRule>: CustomTestStringConvertible, Sendable {
  enum Expectation: Sendable {
    /// `rule` makes a mention with this text.
    case makes(String)
    /// `rule` rejects a candidate with this text, and no mention of the
    /// stage overlaps it.
    case rejects(String)
  }

  let rule: Rule
  let text: String
  let expectation: Expectation

  init(_ rule: Rule, _ text: String, _ expectation: Expectation) {
    self.rule = rule
    self.text = text
    self.expectation = expectation
  }

  var testDescription: String { "\(rule.rawValue): \(text)" }

  /// Runs `stages` on the text and checks the expectation.
  func verify(stages: Set<StageName>, sourceLocation: SourceLocation = #_sourceLocation) {
    let e = explain(text, stages: stages)
    switch expectation {
    case .makes(let expected):
      let m = e.mention(ruleNamed: rule.name)
      #expect(
        m?.text == expected, "\(rule.rawValue) made \(e.textLines)", sourceLocation: sourceLocation)
    case .rejects(let expected):
      let r = e.rejection(ruleNamed: rule.name)
      #expect(
        r?.text == expected, "\(rule.rawValue) rejected \(e.textLines)",
        sourceLocation: sourceLocation)
      if let r {
        let stage = r.stage
        let overlapping = e.entries.filter {
          $0.isAccepted && $0.stage == stage && $0.span.overlaps(r.span)
        }
        #expect(
          overlapping.isEmpty, "a mention survived: \(overlapping)", sourceLocation: sourceLocation)
      }
    }
  }

  /// The rules of `Rule` that no example names.
  static func uncovered(_ examples: [RuleExample]) -> [Rule] {
    let named = Set(examples.map(\.rule))
    return Rule.allCases.filter { !named.contains($0) }
  }
}
