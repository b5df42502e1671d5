import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where records go: standard output or a file, written with plain
/// `write(2)` calls of whole records (never split by a buffer boundary).
struct OutputSink {
  let fd: Int32
  /// For messages: the path, or "standard output".
  let name: String

  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  static let standardOutput = OutputSink(fd: STDOUT_FILENO, name: "standard output")

  /// Opens `path` for writing: emptied, or appended to when resuming.
  static func file(_ path: String, append: Bool) throws -> OutputSink {
    let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC)
    let fd = open(path, flags, 0o644)
    if fd < 0 {
      throw Failure(
        description: "\(path): cannot open for writing: \(String(cString: strerror(errno)))")
    }
    return OutputSink(fd: fd, name: path)
  }

  /// Writes all of `bytes`. A reader that has gone away ends the process
  /// with SIGPIPE (status 141, no message), as for any Unix filter.
  func write(_ bytes: Data) throws {
    try bytes.withUnsafeBytes { raw in
      // Only an empty buffer has no address, and then there is nothing to write.
      guard let base = raw.baseAddress else { return }
      var offset = 0
      while offset < raw.count {
        let n = Glibc.write(fd, base + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          throw Failure(description: "\(name): write failed: \(String(cString: strerror(errno)))")
        }
        offset += n
      }
    }
  }

  func close() {
    if fd != STDOUT_FILENO { Glibc.close(fd) }
  }
}
