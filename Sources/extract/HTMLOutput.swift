import ArgumentParser
import ExtractReview
import Foundation
import LegalExtract
import LegalExtractBatch

/// `--format html`: review pages rendered by the ExtractReview library.
///
/// One input without `--output` prints its page on standard output; with
/// `--output DIR` every input gets `DIR/NAME.html` and `DIR/index.html`
/// lists them with their counts.
struct HTMLOutput {
  let extractor: Extractor
  let published: PublishedDate?
  let maxBytes: Int
  let jobs: Int

  /// What one input became: its page, or why it has none.
  private struct Rendered: Sendable {
    var source: String
    var page: String?
    var result: ExtractionResult?
    var error: InputError?
    var bytes: Int
  }

  /// Renders every input on `jobs` threads and writes the pages in input order.
  func run(items: [InputItem], folder: String?, progress: inout ProgressReporter) throws {
    let extractor = self.extractor
    let published = self.published
    let maxBytes = self.maxBytes
    var names = PageNames()
    var entries: [ReviewIndex.Entry] = []
    if let folder {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    try OrderedParallelMap.run(items, jobs: jobs) { item -> Rendered in
      let source: String
      switch item {
      case .file(let path): source = path
      case .standardInput: source = "-"
      case .jsonLine, .oversizedLine:
        return Rendered(
          source: "-", error: InputError(source: "-", reason: "HTML pages are made from files"),
          bytes: 0)
      case .failed(let source, let reason):
        return Rendered(source: source, error: InputError(source: source, reason: reason), bytes: 0)
      }
      switch InputReader.read(source, limit: maxBytes) {
      case .success(let text):
        let result = extractor.extract(text, source: source, published: published)
        return Rendered(
          source: source, page: ReviewPage(text: text, result: result).html(), result: result,
          bytes: text.utf8.count)
      case .failure(let error):
        return Rendered(source: source, error: error, bytes: 0)
      }
    } consume: { rendered in
      defer { progress.record(failed: rendered.error != nil, bytes: rendered.bytes) }
      if let error = rendered.error {
        Diagnostics.report(error)
        entries.append(
          ReviewIndex.Entry(source: rendered.source, page: nil, result: nil, error: error.reason))
        return
      }
      guard let page = rendered.page else { return }
      guard let folder else {
        FileHandle.standardOutput.write(Data(page.utf8))
        return
      }
      let name = names.claim(for: rendered.source)
      try Data(page.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
      entries.append(
        ReviewIndex.Entry(source: rendered.source, page: name, result: rendered.result))
    }
    if let folder {
      let index = URL(fileURLWithPath: folder).appendingPathComponent("index.html")
      try Data(ReviewIndex(entries: entries).html().utf8).write(to: index)
    }
  }
}

/// File names for pages: the input's name with .html, made unique in the
/// folder (a second a/x.txt and b/x.txt gives x-2.html); index.html is kept
/// for the index.
struct PageNames {
  private var taken: Set<String> = ["index.html"]

  mutating func claim(for source: String) -> String {
    var base = source == "-" ? "stdin" : URL(fileURLWithPath: source).lastPathComponent
    if base.hasSuffix(".txt") { base.removeLast(4) }
    if base.isEmpty || base.hasPrefix(".") { base = "article" + base }
    var name = base + ".html"
    var n = 2
    while taken.contains(name) {
      name = "\(base)-\(n).html"
      n += 1
    }
    taken.insert(name)
    return name
  }
}

extension RunCommand {
  /// `--format html`: pages into `--output DIR`, or one page on standard output.
  func runHTML(items: [InputItem], batch: Bool, total: Int?) throws {
    let html = HTMLOutput(
      extractor: onlyStages.map { Extractor(onlyStages: $0) } ?? Extractor(),
      published: published.flatMap(PublishedDate.init(callerValue:)), maxBytes: maxBytes,
      jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    var progress = ProgressReporter(total: total, allowed: batch && !noProgress)
    try html.run(items: items, folder: output, progress: &progress)
    progress.finish(summary: batch)
    if progress.failed > 0 { throw ExitCode(ExitStatus.someInputFailed) }
  }
}
