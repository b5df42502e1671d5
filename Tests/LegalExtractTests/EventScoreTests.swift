import Testing

@testable import LegalExtract
@testable import LegalExtractScoring

/// The `events` field of the regression: (date, kind) per matched case, one-to-one.
@Suite struct EventScoreTests {
  static func predicted(_ defendant: String, _ events: [CaseEvent]) -> CaseRecord {
    CaseRecord(span: TextSpan(0, 1), defendants: [defendant], events: events)
  }

  @Test func scoresDateAndKindPerMatchedCase() {
    var gold = GoldDocument()
    gold.cases = [
      .init(
        defendants: ["张某"],
        events: [
          .init(date: "2023-06", kind: "recommendation"), .init(date: "XXXX-08-01", kind: "reply"),
          .init(date: "2023-09-01", kind: "lawsuit"),
        ]),
      .init(defendants: ["李某"], events: [.init(date: "2024-01-02", kind: "judgment")]),
    ]
    var pred = ExtractionResult()
    pred.cases = [
      // The second gold case's events sit in the first predicted case: no credit across cases.
      Self.predicted("李某", [CaseEvent(date: "2023-09-01", kind: .lawsuit, text: "起诉")]),
      Self.predicted(
        "张某",
        [
          CaseEvent(date: "2023-06", kind: .recommendation, text: "发出检察建议"),
          CaseEvent(date: "2023-08-01", kind: .reply, text: "回复"),
          CaseEvent(date: "2023-09-01", kind: .judgment, text: "判决"),
          CaseEvent(date: "2023-06", kind: .recommendation, text: "又发出检察建议"),
        ]),
    ]
    var scorer = ArticleScorer()
    scorer.add(article: "a", gold: gold, prediction: pred)
    #expect(
      scorer.fields["events"] == FieldScore(gold: 4, pred: 5, hit: 2),
      "X matches any digit; a repeat is an extra")
    #expect(
      scorer.differences.contains {
        $0.field == "events" && $0.kind == .missed && $0.item.hasPrefix("2024-01-02 judgment")
      })
    #expect(
      scorer.differences.contains {
        $0.field == "events" && $0.kind == .extra && $0.item.hasPrefix("2023-09-01 judgment")
      })
  }

  @Test func unmatchedPredictedCasesCountAsExtras() {
    var gold = GoldDocument()
    gold.cases = [.init(defendants: ["张某"], events: [])]
    var pred = ExtractionResult()
    pred.cases = [
      Self.predicted("张某", []),
      Self.predicted("王某", [CaseEvent(date: "2020", kind: .filing, text: "立案")]),
    ]
    var scorer = ArticleScorer()
    scorer.add(article: "a", gold: gold, prediction: pred)
    #expect(scorer.fields["events"] == FieldScore(gold: 0, pred: 1, hit: 0))
  }

  @Test func articlesWithoutGoldTimelinesAreNotScored() {
    var gold = GoldDocument()
    gold.cases = [.init(defendants: ["张某"])]
    var pred = ExtractionResult()
    pred.cases = [Self.predicted("张某", [CaseEvent(date: "2020", kind: .filing, text: "立案")])]
    var scorer = ArticleScorer()
    scorer.add(article: "a", gold: gold, prediction: pred)
    #expect(scorer.fields["events"] == nil)
  }
}
