import LegalExtract

/// Counts for one scored field, and the precision, recall and F1 they give
/// (score.py's Tally).
public struct FieldScore: Sendable, Codable, Equatable {
  public var gold = 0
  public var pred = 0
  public var hit = 0

  public init(gold: Int = 0, pred: Int = 0, hit: Int = 0) {
    self.gold = gold
    self.pred = pred
    self.hit = hit
  }

  mutating func add(gold g: Int, pred p: Int, hit h: Int) {
    gold += g
    pred += p
    hit += h
  }

  public var precision: Double { pred > 0 ? Double(hit) / Double(pred) : (gold == 0 ? 1 : 0) }
  public var recall: Double { gold > 0 ? Double(hit) / Double(gold) : 1 }
  public var f1: Double {
    let p = precision
    let r = recall
    return p + r > 0 ? 2 * p * r / (p + r) : 0
  }
}

/// One miss or extra, for `--show`.
public struct ScoreDifference: Sendable, Equatable {
  public enum Kind: String, Sendable { case missed, extra }
  public var article: String
  public var field: String
  public var kind: Kind
  /// The gold or predicted item, as a short JSON-like description.
  public var item: String
}
