import ArgumentParser
import Foundation
import LegalExtract

/// The default command: extract from files, folders or standard input.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Extract from files, folders (every *.txt below) or - (standard input); the default command."
  )

  @Argument(help: "Article files, folders to walk for *.txt, or - for standard input.")
  var inputs: [String] = []

  @Option(help: "files: the arguments are articles; jsonl: read {\"id\": …, \"text\": …} lines from standard input.")
  var input: InputMode = .files

  @Option(help: "json: one indented document (the default for one file); jsonl: one line per input (the default for standard input, folders and several files); html: a review page per input (docs/OUTPUT.md describes the JSON).")
  var format: OutputFormat?

  @Option(help: "Where output goes: with --format html a folder (one NAME.html per input and index.html); with JSON Lines a file. Default: standard output (html: one input only).")
  var output: String?

  @Option(help: "The articles' publication date (YYYY-MM-DD); anchors 今年, 去年 and bare month-days.")
  var published: String?

  @Option(help: "Parallel extraction threads (default: all cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Largest input accepted, in bytes.")
  var maxBytes: Int = 256 * 1024 * 1024

  @Flag(help: "No progress bar, even on a terminal.")
  var noProgress = false

  @Option(help: ArgumentHelp(
    "Run only these stages, comma-separated (\(StageName.list)); the other fields stay empty.",
    discussion: "Later stages read earlier ones: cases without organizations name no courts."))
  var only: String?

  @Flag(help: ArgumentHelp(
    "Print why, not JSON: every mention with the rule that made it and every rejected candidate with the rule that rejected it, in text order.",
    discussion: "The format is in the README, section \"Explaining an extraction\"."))
  var explain = false

  @Option(help: "With --explain: only mentions and candidates overlapping this text.")
  var explainMatch: String?

  /// The names --only lists, as written, or nil for the full pipeline.
  var onlyNames: [String]? {
    only.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
  }

  /// The stages --only asks for (validated), or nil for the full pipeline.
  var onlyStages: Set<StageName>? {
    onlyNames.map { Set($0.compactMap(StageName.init(rawValue:))) }
  }

  func validate() throws {
    if input == .files && inputs.isEmpty {
      throw ValidationError("Give at least one input file or folder, - for standard input, or --input jsonl.")
    }
    if input == .jsonl && !inputs.isEmpty {
      throw ValidationError("--input jsonl reads standard input; give no file arguments.")
    }
    if let p = published, PublishedDate(callerValue: p) == nil {
      throw ValidationError("--published must be a date YYYY-MM-DD, YYYY-MM or YYYY (got '\(p)').")
    }
    if explainMatch != nil && !explain { throw ValidationError("--explain-match needs --explain.") }
    if explain && input == .jsonl { throw ValidationError("--explain reads files or -, not --input jsonl.") }
    if explain && format != nil { throw ValidationError("--explain prints its own text form; leave out --format.") }
    if format == .html {
      if input == .jsonl { throw ValidationError("--format html makes pages from files or -; --input jsonl is not supported.") }
      if output == nil && (inputs.count != 1 || InputPlan.isFolder(inputs[0])) {
        throw ValidationError("--format html with several inputs or a folder needs --output DIR.")
      }
    }
    if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive.") }
    if jobs <= 0 { throw ValidationError("--jobs must be at least 1.") }
    if let names = onlyNames {
      let unknown = names.filter { StageName(rawValue: $0) == nil }
      if names.isEmpty || !unknown.isEmpty {
        let what = unknown.isEmpty ? "no stage" : "unknown stage " + unknown.map { "'\($0)'" }.joined(separator: ", ")
        throw ValidationError("--only: \(what) (stages: \(StageName.list)).")
      }
    }
  }

  func run() throws {
    let items: AnySequence<InputItem>
    let total: Int?
    let singleFile: Bool
    switch input {
    case .jsonl:
      items = AnySequence(StandardInputLines(limit: maxBytes))
      total = nil
      singleFile = false
    case .files:
      let plan = InputPlan.items(for: inputs)
      for note in plan.notes { Diagnostics.warn(note) }
      items = AnySequence(plan.items)
      total = plan.items.count
      // One file prints one indented document; standard input, folders and
      // several files print JSON Lines.
      singleFile = plan.items.count == 1 && inputs.count == 1 && inputs[0] != "-" && !InputPlan.isFolder(inputs[0])
    }
    if explain {
      if let output { try OutputFile.redirectStandardOutput(to: output) }
      let printer = ExplainPrinter(
        extractor: onlyStages.map { Extractor(onlyStages: $0) } ?? Extractor(),
        published: published.flatMap(PublishedDate.init(callerValue:)), maxBytes: maxBytes, match: explainMatch)
      if printer.run(InputPlan.items(for: inputs).items) > 0 { throw ExitCode(ExitStatus.someInputFailed) }
      return
    }
    // The progress bar and closing summary are for runs over many inputs.
    let batch = input == .jsonl || (total ?? 0) > 1 || inputs.contains { InputPlan.isFolder($0) }
    let chosen = format ?? (singleFile ? .json : .jsonl)
    if chosen == .html {
      try runHTML(items: Array(items), batch: batch, total: total)
      return
    }
    if let output { try OutputFile.redirectStandardOutput(to: output) }
    let processor = BatchProcessor(
      extractor: onlyStages.map { Extractor(onlyStages: $0) } ?? Extractor(), published: published.flatMap(PublishedDate.init(callerValue:)),
      maxBytes: maxBytes, pretty: chosen == .json)
    var writer = RecordWriter(format: chosen, single: singleFile)
    var progress = ProgressReporter(total: total, allowed: batch && !noProgress)
    try OrderedParallelMap.run(items, jobs: jobs, transform: processor.process) { record in
      if let error = record.error { Diagnostics.report(error) }
      try writer.write(record)
      progress.record(failed: record.error != nil, bytes: record.bytes)
    }
    try writer.finish()
    progress.finish(summary: batch)
    if progress.failed > 0 { throw ExitCode(ExitStatus.someInputFailed) }
  }
}

/// Where inputs come from.
enum InputMode: String, ExpressibleByArgument, CaseIterable {
  case files, jsonl
}

/// How documents are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case json, jsonl, html
}

extension InputPlan {
  static func isFolder(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
  }
}
