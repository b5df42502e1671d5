import ArgumentParser
import Foundation
import LegalExtract
import LegalExtractBatch

/// The default command: extract from files, folders or standard input.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract:
      "Extract from files, folders (every *.txt below) or - (standard input); the default command."
  )

  @Argument(help: "Article files, folders to walk for *.txt, or - for standard input.")
  var inputs: [String] = []

  @Option(
    help: ArgumentHelp(
      "files: the arguments are articles; jsonl: read {\"id\": …, \"text\": …, \"published\": …} lines from standard input (id and published optional); paths: read article paths (files or folders) from standard input, one per line.",
      discussion:
        "One output line per input line, written as soon as it is ready: extract works as a co-process. Blank lines are not inputs and get no output line. --input paths is for lists longer than a command line should carry (find corpus -name '*.txt' | extract --input paths)."
    ))
  var input: InputMode = .files

  @Option(
    help:
      "json: one indented document (the default for one file); jsonl: one line per input (the default for standard input, folders and several files); html: a review page per input (docs/OUTPUT.md describes the JSON)."
  )
  var format: OutputFormat?

  @Option(
    help: ArgumentHelp(
      "Write the output to PATH instead of standard output: a file, with --format jsonl or json; a folder, with --format html (one NAME.html per input, and index.html).",
      valueName: "path"))
  var output: String?

  @Flag(
    help:
      "With --output FILE (JSON Lines): keep the records FILE holds, skip the inputs they cover (by source, or id for --input jsonl) and append the rest."
  )
  var resume = false

  @Option(
    help:
      "The articles' publication date, YYYY-MM-DD, YYYY-MM or YYYY; anchors 今年, 去年 and bare month-days. A JSON Lines line's own \"published\" overrides it."
  )
  var published: String?

  @Option(help: ArgumentHelp("Parallel extraction threads (default: all cores).", valueName: "n"))
  var jobs: Int?

  @Option(
    help: ArgumentHelp(
      "Largest input accepted, in bytes; a larger file is refused by its size, unread. Memory peaks near 30 MB + 22 × this (the documents being extracted at once are kept within it).",
      valueName: "bytes"))
  var maxBytes: Int = RunCommand.defaultMaxBytes

  @Flag(help: "No progress bar, even on a terminal.")
  var noProgress = false

  @Option(
    help: ArgumentHelp(
      "Run only these stages, comma-separated (\(StageName.list)); the other fields stay empty.",
      discussion: "Later stages read earlier ones: cases without organizations name no courts.",
      valueName: "stages"))
  var only: String?

  @Flag(
    help: ArgumentHelp(
      "Print why, not JSON: every mention with the rule that made it and every rejected candidate with the rule that rejected it, in text order.",
      discussion: "The format is in the README, section \"Explaining an extraction\"."))
  var explain = false

  @Option(help: "With --explain: only mentions and candidates overlapping this text.")
  var explainMatch: String?

  /// Large enough for a whole judgment or a long gazette; small enough that
  /// the documents being extracted at once (at most this many bytes in all,
  /// see MemoryBudget) keep the process under 100 MB.
  static let defaultMaxBytes = 2 * 1024 * 1024

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
      throw ValidationError(
        "Give at least one input file or folder, - for standard input, or --input jsonl.")
    }
    if input != .files && !inputs.isEmpty {
      throw ValidationError(
        "--input \(input.rawValue) reads standard input; give no file arguments.")
    }
    if let p = published, PublishedDate(callerValue: p) == nil {
      throw ValidationError("--published must be a date YYYY-MM-DD, YYYY-MM or YYYY (got '\(p)').")
    }
    if explainMatch != nil && !explain { throw ValidationError("--explain-match needs --explain.") }
    if explain && input == .jsonl {
      throw ValidationError("--explain reads files or -, not --input jsonl.")
    }
    if explain && format != nil {
      throw ValidationError("--explain prints its own text form; leave out --format.")
    }
    if format == .html {
      if input == .jsonl {
        throw ValidationError(
          "--format html makes pages from files or -; --input jsonl is not supported.")
      }
      if output == nil && (input == .paths || inputs.count != 1 || InputPlan.isFolder(inputs[0])) {
        throw ValidationError("--format html with several inputs or a folder needs --output DIR.")
      }
    }
    if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive.") }
    if let jobs, jobs <= 0 { throw ValidationError("--jobs must be at least 1.") }
    if resume && output == nil { throw ValidationError("--resume needs --output FILE.") }
    if resume && (format == .json || format == .html || explain) {
      throw ValidationError("--resume needs JSON Lines output (--format jsonl).")
    }
    if let output, format != .html, InputPlan.isFolder(output) {
      throw ValidationError(
        "--output \(output) is a folder; with --format \((format ?? .jsonl).rawValue) it names a file."
      )
    }
    if let names = onlyNames {
      let unknown = names.filter { StageName(rawValue: $0) == nil }
      if names.isEmpty || !unknown.isEmpty {
        let what =
          unknown.isEmpty
          ? "no stage" : "unknown stage " + unknown.map { "'\($0)'" }.joined(separator: ", ")
        throw ValidationError("--only: \(what) (stages: \(StageName.list)).")
      }
    }
  }

  func run() throws {
    var ledger = ResumeLedger()
    if resume, let output {
      do { ledger = try ResumeLedger.load(output) } catch {
        throw ValidationError("--resume: \(error)")
      }
    }
    // A long list comes on standard input: the argument parser's cost grows
    // with the square of the number of arguments (swift-argument-parser 1.x).
    let arguments = input == .paths ? InputPlan.pathLines(FileHandle.standardInput) : inputs
    let items: AnySequence<InputItem>
    let total: Int?
    let single: Bool
    switch input {
    case .jsonl:
      items = AnySequence(StandardInputLines(limit: maxBytes))
      total = nil
      single = false
    case .files, .paths:
      let planned = InputPlan.items(for: arguments)
      let remaining = planned.filter { !ledger.done.contains($0.resumeKey) }
      items = AnySequence(remaining)
      total = remaining.count
      // One input (a file or -) is one document; folders and several files are a batch.
      single =
        input == .files && planned.count == 1 && inputs.count == 1
        && !InputPlan.isFolder(inputs[0])
    }
    if resume && !ledger.done.isEmpty {
      Diagnostics.note("resuming: \(ledger.done.count) inputs already in \(output ?? "")")
    }
    if explain {
      if let output { try OutputFile.redirectStandardOutput(to: output) }
      let printer = ExplainPrinter(
        extractor: onlyStages.map { Extractor(onlyStages: $0) } ?? Extractor(),
        published: published.flatMap(PublishedDate.init(callerValue:)), maxBytes: maxBytes,
        match: explainMatch)
      if printer.run(InputPlan.items(for: arguments)) > 0 {
        throw ExitCode(ExitStatus.someInputFailed)
      }
      return
    }
    // The progress bar and closing summary are for runs over many inputs.
    let batch = input == .jsonl || !single
    let chosen = format ?? (single && inputs != ["-"] ? .json : .jsonl)
    if chosen == .html {
      try runHTML(items: Array(items), batch: batch, total: total)
      return
    }
    let processor = BatchProcessor(
      extractor: onlyStages.map { Extractor(onlyStages: $0) } ?? Extractor(),
      published: published.flatMap(PublishedDate.init(callerValue:)),
      maxBytes: maxBytes, pretty: chosen == .json, alreadyDone: ledger.done,
      budget: MemoryBudget(bytes: max(maxBytes, Self.defaultMaxBytes)))
    let sink: OutputSink
    do {
      sink = try output.map { try OutputSink.file($0, append: resume) } ?? .standardOutput
    } catch {
      throw ValidationError("--output: \(error)")
    }
    defer { sink.close() }
    var writer = RecordWriter(format: chosen, single: single, sink: sink)
    var progress = ProgressReporter(total: total, allowed: batch && !noProgress)
    try OrderedParallelMap.run(
      items, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
      transform: processor.process
    ) {
      record in
      if record.alreadyDone { return }
      if let error = record.error { Diagnostics.report(error) }
      try writer.write(record)
      progress.record(failed: record.error != nil, bytes: record.bytes)
    } whenIdle: {
      try writer.flush()
    }
    try writer.finish()
    progress.finish(summary: batch)
    if progress.failed > 0 || ledger.failed > 0 { throw ExitCode(ExitStatus.someInputFailed) }
  }
}

extension InputItem {
  /// How a record of this item is recognised when resuming a file run.
  var resumeKey: ResumeKey {
    switch self {
    case .file(let path): return .source(path)
    case .standardInput: return .source("-")
    case .jsonLine(let number, _), .oversizedLine(let number, _):
      return .source(JSONLine.source(number))
    case .failed(let source, _): return .source(source)
    }
  }
}

/// Where inputs come from.
enum InputMode: String, ExpressibleByArgument, CaseIterable {
  case files, jsonl, paths
}

/// How documents are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case json, jsonl, html
}
