import ChineseText
import Foundation
import LegalExtract

/// What one input became: a document or an error, ready to print.
struct BatchRecord: Sendable {
  /// The document, when extraction ran, encoded as JSON on the worker
  /// thread (encoding costs as much as a stage: it must not serialise).
  var document: Data?
  /// The failure, when the input could not be read.
  var error: InputError?
  /// Extra identification for error records (JSON Lines input).
  var id: String?
  var line: Int?
  /// Size of the input in UTF-8 bytes, for throughput.
  var bytes: Int
}

/// Reads and extracts one input item; the only place the CLI touches the
/// library per input.
struct BatchProcessor: Sendable {
  let extractor: Extractor
  let published: PublishedDate?
  let maxBytes: Int
  /// Indented JSON (one document) or one line (JSON Lines).
  let pretty: Bool

  func process(_ item: InputItem) -> BatchRecord {
    switch item {
    case .file(let path):
      return extract(InputReader.read(path, limit: maxBytes), source: path)
    case .standardInput:
      return extract(InputReader.read("-", limit: maxBytes), source: "-")
    case .jsonLine(let number, let bytes):
      return processLine(number: number, bytes: bytes)
    case .oversizedLine(let number, let bytes):
      let reason = "line \(number) is " + TextInputError.tooLarge(bytes: bytes, limit: maxBytes).description
      return BatchRecord(error: InputError(source: "-:\(number)", reason: reason), line: number, bytes: 0)
    }
  }

  private func extract(_ input: Result<String, InputError>, source: String, id: String? = nil)
    -> BatchRecord
  {
    switch input {
    case .success(let text):
      let result = extractor.extract(text, source: source, id: id, published: published)
      return BatchRecord(document: result.jsonData(pretty: pretty), bytes: text.utf8.count)
    case .failure(let error):
      return BatchRecord(error: error, id: id, bytes: 0)
    }
  }

  private struct LineRecord: Decodable {
    var id: LineIdentifier?
    var text: String?
  }

  /// Ids may be strings or numbers in the wild; both are kept as text.
  private struct LineIdentifier: Decodable {
    var value: String
    init(from decoder: Decoder) throws {
      let c = try decoder.singleValueContainer()
      if let s = try? c.decode(String.self) { value = s } else if let i = try? c.decode(Int.self) {
        value = String(i)
      } else {
        value = String(try c.decode(Double.self))
      }
    }
  }

  private func processLine(number: Int, bytes: [UInt8]) -> BatchRecord {
    let source = "-:\(number)"
    if bytes.count > maxBytes {
      return BatchRecord(
        error: InputError(source: source, reason: TextInputError.tooLarge(bytes: bytes.count, limit: maxBytes).description),
        line: number, bytes: 0)
    }
    let record: LineRecord
    do {
      record = try JSONDecoder().decode(LineRecord.self, from: Data(bytes))
    } catch {
      return BatchRecord(
        error: InputError(source: source, reason: "line \(number) is not a JSON object with \"id\" and \"text\""),
        line: number, bytes: 0)
    }
    let id = record.id?.value
    guard let text = record.text else {
      return BatchRecord(
        error: InputError(source: source, reason: "line \(number) has no \"text\" string"),
        id: id, line: number, bytes: 0)
    }
    var out = extract(.success(text), source: source, id: id)
    out.line = number
    return out
  }
}
