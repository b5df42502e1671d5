import ArgumentParser
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `--output FILE` for `--explain`'s text: standard output goes to the file
/// (created or truncated). JSON records go through OutputSink instead.
enum OutputFile {
  static func redirectStandardOutput(to path: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else {
      throw ValidationError("--output \(path): \(String(cString: strerror(errno)))")
    }
    defer { close(fd) }
    guard dup2(fd, STDOUT_FILENO) >= 0 else {
      throw ValidationError("--output \(path): \(String(cString: strerror(errno)))")
    }
  }
}
