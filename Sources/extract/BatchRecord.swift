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
  var id: DocumentID?
  var line: Int?
  /// Size of the input in UTF-8 bytes, for throughput.
  var bytes: Int
  /// The input is already in the output being resumed: nothing to write.
  var alreadyDone = false

  static func failure(_ error: InputError, id: DocumentID? = nil, line: Int? = nil) -> BatchRecord {
    BatchRecord(error: error, id: id, line: line, bytes: 0)
  }
}
