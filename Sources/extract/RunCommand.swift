import ArgumentParser
import Foundation
import LegalExtract

/// The default command: extract from files or standard input.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Extract from files (or - for standard input); the default command."
  )

  @Argument(help: "Article files, or - for standard input.")
  var inputs: [String] = []

  @Option(help: "json: one indented document (the default for one input); jsonl: one line per input (the default for several).")
  var format: OutputFormat?

  @Option(help: "The articles' publication date (YYYY-MM-DD); anchors 今年, 去年 and bare month-days.")
  var published: String?

  @Option(help: "Largest input accepted, in bytes.")
  var maxBytes: Int = 256 * 1024 * 1024

  func validate() throws {
    if inputs.isEmpty { throw ValidationError("Give at least one input file, or - for standard input.") }
    if let p = published, PublishedDate(callerValue: p) == nil {
      throw ValidationError("--published must be a date YYYY-MM-DD, YYYY-MM or YYYY (got '\(p)').")
    }
    if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive.") }
  }

  func run() throws {
    let extractor = Extractor()
    let date = published.flatMap(PublishedDate.init(callerValue:))
    let chosen = format ?? (inputs.count == 1 ? .json : .jsonl)
    var writer = RecordWriter(format: chosen, single: inputs.count == 1)
    var failed = false
    for input in inputs {
      switch InputReader.read(input, limit: maxBytes) {
      case .success(let text):
        let result = extractor.extract(text, source: input, published: date)
        try writer.write(result)
      case .failure(let error):
        failed = true
        Diagnostics.report(error)
        try writer.writeError(error)
      }
    }
    try writer.finish()
    if failed { throw ExitCode(ExitStatus.someInputFailed) }
  }
}

/// How documents are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case json, jsonl
}
