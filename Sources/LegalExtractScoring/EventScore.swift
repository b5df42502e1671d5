import LegalExtract

/// Scores case timelines, a field score.py does not have: `events`, the
/// (date, kind) pairs of each gold case against those of the predicted case
/// matched to it (the same greedy case match as `cases.facts`), one-to-one.
/// A gold date's X digits match any digit. Only articles whose gold gives
/// `events` for at least one case count; there, the events of unmatched
/// predicted cases are extras and those of unmatched gold cases are misses.
enum EventScore {
  static let field = "events"

  /// True when the gold file annotates timelines at all.
  static func annotated(_ cases: [GoldDocument.Case]) -> Bool {
    cases.contains { $0.events != nil }
  }

  static func fits(_ gold: GoldDocument.Event, _ pred: CaseEvent) -> Bool {
    gold.kind == pred.kind.rawValue
      && ScoreNormalization.valueMatches(ScoredValue(gold.date), ScoredValue(pred.date))
  }

  static func describe(_ date: String?, _ kind: String, _ text: String?) -> String {
    "\(date ?? "null") \(kind) \(text ?? "")"
  }
}

extension ArticleScorer {
  /// Adds the `events` field for one article, given its matched cases.
  mutating func scoreEvents(
    _ name: String, _ pairs: [(GoldDocument.Case, CaseRecord?)], unmatched: [CaseRecord]
  ) {
    guard EventScore.annotated(pairs.map(\.0)) else { return }
    let describeGold = { (e: GoldDocument.Event) in EventScore.describe(e.date, e.kind, e.text) }
    let describePred = { (e: CaseEvent) in EventScore.describe(e.date, e.kind.rawValue, e.text) }
    for (gold, pred) in pairs {
      record(
        name, EventScore.field, gold.events ?? [], pred?.events ?? [], describe: describeGold,
        describePred: describePred, fits: EventScore.fits)
    }
    for pred in unmatched {
      record(
        name, EventScore.field, [GoldDocument.Event](), pred.events, describe: describeGold,
        describePred: describePred, fits: EventScore.fits)
    }
  }
}
