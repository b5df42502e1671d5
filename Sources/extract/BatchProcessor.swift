import ChineseText
import Foundation
import LegalExtract

/// Reads and extracts one input item; the only place the CLI touches the
/// library per input.
struct BatchProcessor: Sendable {
  let extractor: Extractor
  let published: PublishedDate?
  let maxBytes: Int
  /// Indented JSON (one document) or one line (JSON Lines).
  let pretty: Bool
  /// Inputs whose records the output being resumed already holds.
  let alreadyDone: Set<ResumeKey>
  /// Shared by the workers: input bytes being extracted at once.
  let budget: MemoryBudget

  func process(_ item: InputItem) -> BatchRecord {
    switch item {
    case .file(let path):
      return extract(InputReader.read(path, limit: maxBytes), source: path)
    case .standardInput:
      return extract(InputReader.read("-", limit: maxBytes), source: "-")
    case .jsonLine(let number, let bytes):
      return processLine(number: number, bytes: bytes)
    case .oversizedLine(let number, let bytes):
      let source = JSONLine.source(number)
      if alreadyDone.contains(.source(source)) { return BatchRecord(bytes: 0, alreadyDone: true) }
      let reason =
        "line \(number) is " + TextInputError.tooLarge(bytes: bytes, limit: maxBytes).description
      return .failure(InputError(source: source, reason: reason), line: number)
    case .failed(let source, let reason):
      return .failure(InputError(source: source, reason: reason))
    }
  }

  private func extract(
    _ input: Result<String, InputError>, source: String, id: DocumentID? = nil,
    published: PublishedDate? = nil
  ) -> BatchRecord {
    switch input {
    case .success(let text):
      return budget.withReserved(text.utf8.count) {
        let result = extractor.extract(
          text, source: source, id: id, published: published ?? self.published)
        return BatchRecord(document: result.jsonData(pretty: pretty), bytes: text.utf8.count)
      }
    case .failure(let error):
      return .failure(error, id: id)
    }
  }

  private func processLine(number: Int, bytes: [UInt8]) -> BatchRecord {
    let line: JSONLine
    switch JSONLine.parse(bytes, number: number, limit: maxBytes) {
    case .success(let parsed): line = parsed
    case .failure(let failure):
      if alreadyDone.contains(failure.resumeKey) { return BatchRecord(bytes: 0, alreadyDone: true) }
      return .failure(failure.error, id: failure.id, line: number)
    }
    if alreadyDone.contains(line.resumeKey) { return BatchRecord(bytes: 0, alreadyDone: true) }
    var out = extract(
      .success(line.text), source: line.source, id: line.id, published: line.published)
    out.line = number
    return out
  }
}
