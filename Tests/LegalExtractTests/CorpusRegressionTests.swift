import Foundation
import Testing

@testable import LegalExtract
@testable import LegalExtractScoring

/// The extractor over our own annotated corpus (Corpus/articles), scored
/// against hand-written gold, must not fall below the committed baseline.
@Suite struct CorpusRegressionTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let articles = repository.appendingPathComponent("Corpus/articles").path
  static let baseline = repository.appendingPathComponent("Corpus/baseline.json").path

  @Test func noFieldFallsBelowTheBaseline() throws {
    let report = try CorpusRegression.run(folder: Self.articles, extractor: Extractor())
    #expect(report.articles >= 40)
    #expect(report.failures.isEmpty)
    #expect(report.badSpans.isEmpty, "every span cuts the original at its text")
    let drops = try RegressionBaseline.load(Self.baseline).drops(in: report)
    #expect(drops.isEmpty, "\(drops)")
  }

  /// Every multi-case article splits into as many cases as its gold lists,
  /// and each case keeps its gold title.
  @Test func multiCaseArticlesSplitRight() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.articles).filter {
      $0.hasSuffix(".gold.json")
    }
    var checked = 0
    for name in names.sorted() {
      let base = Self.articles + "/" + name.dropLast(".gold.json".count)
      let gold = try JSONDecoder().decode(
        GoldDocument.self, from: Data(contentsOf: URL(fileURLWithPath: base + ".gold.json")))
      guard let cases = gold.cases, cases.count >= 2 else { continue }
      let result = Extractor().extract(try String(contentsOfFile: base + ".txt", encoding: .utf8))
      #expect(result.cases.count == cases.count, "\(name)")
      for (g, p) in zip(cases, result.cases) where g.title != nil {
        #expect(
          ScoreNormalization.text(g.title ?? "") == ScoreNormalization.text(p.title ?? ""),
          "\(name)")
      }
      checked += 1
    }
    #expect(checked >= 5)
  }
}
