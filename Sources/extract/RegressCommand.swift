import ArgumentParser
import Foundation
import LegalExtract
import LegalExtractScoring

/// `extract regress DIR`: score the extractor against hand-written gold files.
struct RegressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "regress",
    abstract: "Score the extractor on NAME.txt articles with NAME.gold.json beside them.",
    discussion: """
      Same fields and matching rules as ../shared/tools/score.py.

      Examples:
        extract regress Corpus/articles
        extract regress Corpus/articles --show
        extract regress Corpus/articles --baseline Corpus/baseline.json
        extract regress Corpus/articles --write-baseline Corpus/baseline.json
      """
  )

  @Argument(help: "Folder of NAME.txt + NAME.gold.json pairs.")
  var folder: String

  @Flag(help: "List misses and extras per article.")
  var show = false

  @Flag(help: "Print the figures as JSON (the shape of score.py --json).")
  var json = false

  @Option(help: "Fail (exit 1) when any field's F1 falls below the figures in this file.")
  var baseline: String?

  @Option(help: "Record this run's figures in this file.")
  var writeBaseline: String?

  func run() throws {
    let report: RegressionReport
    do {
      report = try CorpusRegression.run(folder: folder, extractor: Extractor())
    } catch {
      throw ValidationError("\(folder): \(error)")
    }
    if json {
      FileHandle.standardOutput.write(try report.jsonData() + Data("\n".utf8))
    } else {
      print(report.table(showDifferences: show))
    }
    if let path = writeBaseline {
      try RegressionBaseline(report).write(to: path)
      FileHandle.standardError.write(Data("extract: wrote baseline \(path)\n".utf8))
    }
    var failed = !report.failures.isEmpty
    if let path = baseline {
      let drops = try RegressionBaseline.load(path).drops(in: report)
      for d in drops { FileHandle.standardError.write(Data("extract: regression: \(d)\n".utf8)) }
      failed = failed || !drops.isEmpty
    }
    if failed { throw ExitCode(ExitStatus.someInputFailed) }
  }
}
