import Foundation
import LegalExtract

#if canImport(Glibc)
  import Glibc
#endif

/// What identifies an input across runs: its `id` when it has one (JSON
/// Lines), else its `source` (a path, `-`, or `-:LINE`).
enum ResumeKey: Hashable, Sendable {
  case id(DocumentID)
  case source(String)

  init(id: DocumentID?, source: String) {
    self = id.map(ResumeKey.id) ?? .source(source)
  }
}

/// The records an earlier, interrupted run left in an output file.
///
/// Loading drops a torn last line (a record cut by a kill mid-write), so
/// that the file ends with a whole record before more are appended.
struct ResumeLedger {
  /// Inputs with a record in the file.
  var done: Set<ResumeKey> = []
  /// How many of those records are errors.
  var failed = 0

  struct Unreadable: Error, CustomStringConvertible {
    let description: String
  }

  private struct RecordKeys: Decodable {
    var id: DocumentID?
    var source: String?
    var error: String?
  }

  /// Reads `path` (absent: nothing done yet) and truncates a torn tail.
  static func load(_ path: String) throws -> ResumeLedger {
    var ledger = ResumeLedger()
    let fd = open(path, O_RDWR)
    if fd < 0 {
      if errno == ENOENT { return ledger }
      throw Unreadable(description: "\(path): \(String(cString: strerror(errno)))")
    }
    defer { close(fd) }
    var pending: [UInt8] = []
    var wholeBytes = 0  // up to and including the last newline
    var lineNumber = 0
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n < 0 { throw Unreadable(description: "\(path): \(String(cString: strerror(errno)))") }
      if n == 0 { break }
      var start = 0
      for i in 0..<n where chunk[i] == 0x0A {
        pending.append(contentsOf: chunk[start..<i])
        lineNumber += 1
        try ledger.note(pending, line: lineNumber, path: path)
        wholeBytes += pending.count + 1
        pending.removeAll(keepingCapacity: true)
        start = i + 1
      }
      pending.append(contentsOf: chunk[start..<n])
    }
    if !pending.isEmpty {
      // A record is written with its newline; without one it was cut short.
      if ftruncate(fd, off_t(wholeBytes)) != 0 {
        throw Unreadable(
          description:
            "\(path): cannot drop the torn last line: \(String(cString: strerror(errno)))")
      }
      Diagnostics.warn(
        "\(path): dropped a torn last line (\(pending.count) bytes) left by an interrupted run")
    }
    return ledger
  }

  private mutating func note(_ line: [UInt8], line number: Int, path: String) throws {
    guard let keys = try? JSONDecoder().decode(RecordKeys.self, from: Data(line)),
      let source = keys.source
    else {
      throw Unreadable(
        description: "\(path): line \(number) is not a record written by extract; not resuming")
    }
    done.insert(ResumeKey(id: keys.id, source: source))
    if keys.error != nil { failed += 1 }
  }
}
