import Foundation
import LegalExtract

/// Writes documents and error records in the chosen format, in input order.
///
/// Records are buffered whole and the buffer is written when it is large or
/// when the batch is idle (`flush`), so a co-process's caller gets each
/// answer at once while a busy batch still writes in large blocks.
struct RecordWriter {
  let format: OutputFormat
  /// True when there is exactly one input (json then prints a bare document).
  let single: Bool
  let sink: OutputSink
  private var written = 0
  private var buffer = Data()
  private let encoder: JSONEncoder = {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return e
  }()

  init(format: OutputFormat, single: Bool, sink: OutputSink) {
    self.format = format
    self.single = single
    self.sink = sink
  }

  mutating func write(_ record: BatchRecord) throws {
    if let document = record.document {
      try write(document)
    } else if let error = record.error {
      try writeError(error, id: record.id, line: record.line)
    }
  }

  /// Writes one encoded document (compact for jsonl, indented for json).
  mutating func write(_ document: Data) throws {
    switch format {
    case .jsonl:
      buffer.append(document)
      buffer.append(0x0A)
    case .json:
      // Several inputs as json: one array, streamed element by element.
      if !single { buffer.append(contentsOf: Array((written == 0 ? "[\n" : ",\n").utf8)) }
      buffer.append(document)
      if single { buffer.append(0x0A) }
    case .html:
      preconditionFailure("HTML pages are written by HTMLOutput")
    }
    written += 1
    if buffer.count >= 1 << 16 { try flush() }
  }

  /// In JSON Lines every input yields a line: failed ones an error record.
  private mutating func writeError(_ error: InputError, id: DocumentID?, line: Int?) throws {
    guard format == .jsonl else { return }
    struct ErrorRecord: Encodable {
      let source: String
      let id: DocumentID?
      let line: Int?
      let error: String
    }
    buffer.append(
      try encoder.encode(ErrorRecord(source: error.source, id: id, line: line, error: error.reason))
    )
    buffer.append(0x0A)
    if buffer.count >= 1 << 16 { try flush() }
  }

  mutating func finish() throws {
    if format == .json && !single {
      buffer.append(contentsOf: Array((written == 0 ? "[]\n" : "\n]\n").utf8))
    }
    try flush()
  }

  /// Writes out what is buffered (whole records only).
  mutating func flush() throws {
    guard !buffer.isEmpty else { return }
    try sink.write(buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}

/// Messages for the person at the terminal.
enum Diagnostics {
  static func report(_ error: InputError) {
    FileHandle.standardError.write(Data("extract: \(error.description)\n".utf8))
  }

  static func note(_ message: String) {
    FileHandle.standardError.write(Data("extract: \(message)\n".utf8))
  }

  static func warn(_ message: String) {
    FileHandle.standardError.write(Data("extract: warning: \(message)\n".utf8))
  }
}
