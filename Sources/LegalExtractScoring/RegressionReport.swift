import Foundation
import LegalExtract

/// The figures of one regression run, in the shape of score.py's `--json`.
public struct RegressionReport: Sendable {
  public var articles: Int
  public var failures: [String] = []
  public var spans = 0
  public var badSpans: [String] = []
  public var seconds = 0.0
  public var fields: [String: FieldScore] = [:]
  public var differences: [ScoreDifference] = []

  public init(articles: Int) { self.articles = articles }

  /// Mean F1 of the core fields, rounded as score.py rounds.
  public var macroF1: Double {
    let fs = ArticleScorer.coreFields.map { Self.round4(fields[$0]?.f1 ?? 0) }
    return Self.round4(fs.reduce(0, +) / Double(fs.count))
  }

  static func round4(_ x: Double) -> Double { (x * 10_000).rounded(.toNearestOrEven) / 10_000 }

  /// score.py's `--json` object: articles, failures, spans, bad_spans,
  /// seconds, fields {gold, pred, hit, p, r, f1}, macro_f1.
  public func jsonObject() -> [String: Any] {
    var out: [String: Any] = [:]
    for name in ArticleScorer.fieldNames {
      guard let f = fields[name] else { continue }
      out[name] =
        [
          "gold": f.gold, "pred": f.pred, "hit": f.hit,
          "p": Self.round4(f.precision), "r": Self.round4(f.recall), "f1": Self.round4(f.f1),
        ] as [String: Any]
    }
    return [
      "articles": articles, "failures": failures.count, "spans": spans, "bad_spans": badSpans.count,
      "seconds": (seconds * 1000).rounded() / 1000, "fields": out, "macro_f1": macroF1,
    ]
  }

  public func jsonData() throws -> Data {
    try JSONSerialization.data(
      withJSONObject: jsonObject(), options: [.sortedKeys, .withoutEscapingSlashes])
  }

  /// The table score.py prints.
  public func table(showDifferences: Bool) -> String {
    func pad(_ s: String, _ n: Int, left: Bool = false) -> String {
      let count = s.count
      return count >= n
        ? s
        : (left
          ? s + String(repeating: " ", count: n - count)
          : String(repeating: " ", count: n - count) + s)
    }
    var lines = [
      pad("field", 22, left: true) + pad("gold", 6) + pad("pred", 6) + pad("hit", 6) + pad("P", 8)
        + pad("R", 8) + pad("F1", 8)
    ]
    for name in ArticleScorer.fieldNames {
      guard let f = fields[name] else { continue }
      lines.append(
        pad(name, 22, left: true) + pad("\(f.gold)", 6) + pad("\(f.pred)", 6) + pad("\(f.hit)", 6)
          + pad(String(format: "%.3f", f.precision), 8) + pad(String(format: "%.3f", f.recall), 8)
          + pad(String(format: "%.3f", f.f1), 8))
    }
    lines.append(
      "articles \(articles), failed runs \(failures.count), spans \(spans), bad spans \(badSpans.count), macro F1 \(String(format: "%.3f", macroF1))"
    )
    lines += failures.map { "FAILED \($0)" }
    lines += badSpans.prefix(20).map { "BAD SPAN \($0)" }
    if showDifferences {
      lines += differences.map {
        pad($0.kind.rawValue, 7, left: true) + pad($0.article, 28, left: true)
          + pad($0.field, 22, left: true) + $0.item
      }
    }
    return lines.joined(separator: "\n")
  }
}
