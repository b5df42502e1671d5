import Foundation
import LegalExtract

/// Writes documents and error records to standard output in the chosen format.
struct RecordWriter {
  let format: OutputFormat
  /// True when there is exactly one input (json then prints a bare document).
  let single: Bool
  private var written = 0

  init(format: OutputFormat, single: Bool) {
    self.format = format
    self.single = single
  }

  mutating func write(_ result: ExtractionResult) throws {
    switch format {
    case .jsonl:
      emit(try result.jsonData(pretty: false) + Data("\n".utf8))
    case .json:
      // Several inputs as json: one array, streamed element by element.
      let prefix = single ? "" : (written == 0 ? "[\n" : ",\n")
      emit(Data(prefix.utf8) + (try result.jsonData(pretty: true)) + Data((single ? "\n" : "").utf8))
    }
    written += 1
  }

  /// In JSON Lines every input yields a line: failed ones an error record.
  mutating func writeError(_ error: InputError) throws {
    guard format == .jsonl else { return }
    let record = ["source": error.source, "error": error.reason]
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    emit(try encoder.encode(record) + Data("\n".utf8))
  }

  mutating func finish() throws {
    if format == .json && !single { emit(Data((written == 0 ? "[]\n" : "\n]\n").utf8)) }
  }

  private func emit(_ data: Data) {
    FileHandle.standardOutput.write(data)
  }
}

/// Messages for the person at the terminal.
enum Diagnostics {
  static func report(_ error: InputError) {
    FileHandle.standardError.write(Data("extract: \(error.description)\n".utf8))
  }
}
