import ChineseText
import Foundation
import LegalExtract

#if canImport(Glibc)
  import Glibc
#endif

/// Why an input could not be read, with the input's name for the message.
struct InputError: Error, CustomStringConvertible {
  let source: String
  let reason: String
  var description: String { "\(source): \(reason)" }
}

/// A reason the bytes of an input could not be read.
struct ReadFailure: Error {
  let reason: String
  init(_ reason: String) { self.reason = reason }
}

/// Reads one input (a path, or - for standard input) as text.
enum InputReader {
  static func read(_ source: String, limit: Int) -> Result<String, InputError> {
    let bytes: [UInt8]
    switch source == "-" ? readStandardInput(limit: limit) : readFile(source, limit: limit) {
    case .success(let b): bytes = b
    case .failure(let failure): return .failure(InputError(source: source, reason: failure.reason))
    }
    do {
      return .success(try UTF8Input.decode(bytes, limit: limit))
    } catch {
      return .failure(InputError(source: source, reason: error.description))
    }
  }

  private static func readFile(_ path: String, limit: Int) -> Result<[UInt8], ReadFailure> {
    var info = stat()
    if stat(path, &info) != 0 { return .failure(ReadFailure(systemError())) }
    if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(ReadFailure("is a directory")) }
    // A file that says how large it is is judged by that, before any read.
    let isRegular = (info.st_mode & S_IFMT) == S_IFREG
    if isRegular && Int(info.st_size) > limit {
      return .failure(
        ReadFailure(TextInputError.tooLarge(bytes: Int(info.st_size), limit: limit).description))
    }
    let fd = open(path, O_RDONLY)
    if fd < 0 { return .failure(ReadFailure(systemError())) }
    defer { close(fd) }
    return readAll(fd, limit: limit, sizeHint: isRegular ? Int(info.st_size) : 1 << 16)
  }

  private static func readStandardInput(limit: Int) -> Result<[UInt8], ReadFailure> {
    readAll(STDIN_FILENO, limit: limit, sizeHint: 1 << 16)
  }

  /// Reads until end of file, stopping one byte past `limit`, so that a
  /// stream without a size (a pipe, a device, a file still growing) is
  /// rejected without being held whole in memory.
  private static func readAll(_ fd: Int32, limit: Int, sizeHint: Int) -> Result<
    [UInt8], ReadFailure
  > {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(max(sizeHint, 0), limit) + 1)
    // A chunk the size of the file (at most 64 KiB, at least 4 KiB): a
    // 64 KiB chunk cleared for every short article cost more than reading it.
    var chunk = [UInt8](
      repeating: 0, count: Swift.min(1 << 16, Swift.max(4096, Swift.min(sizeHint, limit) + 1)))
    while bytes.count <= limit {
      let wanted = min(chunk.count, limit + 1 - bytes.count)
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, wanted) }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(ReadFailure(systemError()))
      }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
      // A NUL marks binary content: stop here rather than read a device
      // like /dev/zero up to the size limit; the decoder reports its offset.
      if chunk.withUnsafeBytes({ $0.baseAddress.map { memchr($0, 0, n) != nil } ?? false }) {
        break
      }
    }
    if bytes.count > limit {
      // Binary content within the limit is the better message.
      guard bytes[..<limit].contains(0) else {
        return .failure(ReadFailure("too large (more than \(limit) bytes; the limit is \(limit))"))
      }
      bytes.removeLast(bytes.count - limit)
    }
    return .success(bytes)
  }

  private static func systemError() -> String {
    let code = errno
    switch code {
    case ENOENT: return "no such file"
    case EACCES: return "permission denied"
    default: return String(cString: strerror(code))
    }
  }
}
