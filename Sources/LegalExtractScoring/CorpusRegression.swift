import Foundation
import LegalExtract

/// Runs an extractor over a folder of `NAME.txt` articles with
/// `NAME.gold.json` beside them and scores it as score.py does.
///
///     let report = try CorpusRegression.run(folder: "Corpus/articles", extractor: Extractor())
///     report.fields["dates"]?.f1
public enum CorpusRegression {
  public enum Failure: Error, CustomStringConvertible {
    case noArticles(String)
    public var description: String {
      switch self {
      case .noArticles(let folder): return "no NAME.txt with NAME.gold.json in \(folder)"
      }
    }
  }

  public static func run(folder: String, extractor: Extractor) throws -> RegressionReport {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".txt") }
      .map { String($0.dropLast(4)) }
      .filter { FileManager.default.fileExists(atPath: folder + "/" + $0 + ".gold.json") }
      .sorted()
    if names.isEmpty { throw Failure.noArticles(folder) }
    var scorer = ArticleScorer()
    var report = RegressionReport(articles: names.count)
    let clock = ContinuousClock()
    for name in names {
      let base = folder + "/" + name
      let gold: GoldDocument
      do {
        gold = try JSONDecoder().decode(
          GoldDocument.self, from: Data(contentsOf: URL(fileURLWithPath: base + ".gold.json")))
      } catch {
        report.failures.append("\(name): unreadable gold file: \(error)")
        continue
      }
      do {
        let text = try String(contentsOfFile: base + ".txt", encoding: .utf8)
        var result = ExtractionResult()
        let elapsed = clock.measure { result = extractor.extract(text, source: base + ".txt") }
        report.seconds +=
          Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let spans = SpanCheck.check(result, against: Array(text.unicodeScalars))
        report.spans += spans.total
        report.badSpans += spans.bad.map { "\(name): \($0)" }
        scorer.add(article: name, gold: gold, prediction: result)
      } catch {
        report.failures.append("\(name): \(error)")
        scorer.add(article: name, gold: gold, prediction: ExtractionResult())
      }
    }
    report.fields = scorer.fields
    report.differences = scorer.differences
    return report
  }
}
