import Foundation
import LegalExtract

/// `extract --explain`: prints, per input, the text form of
/// `Extractor.explain` (README, "Explaining an extraction") instead of JSON.
struct ExplainPrinter {
  let extractor: Extractor
  let published: PublishedDate?
  let maxBytes: Int
  /// Only entries overlapping this text (`--explain-match`).
  let match: String?

  /// Prints every input's explanation; returns how many inputs failed.
  func run(_ items: [InputItem]) -> Int {
    var failed = 0
    for item in items {
      let source: String
      switch item {
      case .file(let path): source = path
      case .standardInput: source = "-"
      case .jsonLine, .oversizedLine: continue
      case .failed(let source, let reason):
        Diagnostics.report(InputError(source: source, reason: reason))
        failed += 1
        continue
      }
      switch InputReader.read(source, limit: maxBytes) {
      case .failure(let error):
        Diagnostics.report(error)
        failed += 1
      case .success(let text):
        var explanation = extractor.explain(text, source: source, published: published)
        if let match { explanation = explanation.overlapping(match) }
        var out = "## \(source)\n"
        for line in explanation.textLines { out += line + "\n" }
        FileHandle.standardOutput.write(Data(out.utf8))
      }
    }
    return failed
  }
}
