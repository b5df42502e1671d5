import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Lines of standard input, read in chunks so that memory holds one line at
/// a time, not the stream; a line longer than `limit` is skipped as it
/// streams past and reported, never held whole.
///
/// Each read returns what the pipe holds at that moment, so a line is
/// handed on as soon as its newline arrives (a co-process's caller writes
/// one line and waits for the answer). Blank lines are not inputs: they are
/// skipped, though they count in the line numbers.
struct StandardInputLines: Sequence, IteratorProtocol {
  let limit: Int
  private var buffer: [UInt8] = []
  private var start = 0
  private var finished = false
  private var lineNumber = 0
  /// Bytes of an oversized line dropped so far, while skipping it.
  private var skipped: Int?
  private var chunk = [UInt8](repeating: 0, count: 1 << 16)

  init(limit: Int) { self.limit = limit }

  mutating func next() -> InputItem? {
    while true {
      if let newline = buffer[start...].firstIndex(of: 0x0A) {
        let length = newline - start
        lineNumber += 1
        if let dropped = skipped {
          skipped = nil
          start = newline + 1
          return .oversizedLine(number: lineNumber, bytes: dropped + length)
        }
        var line = Array(buffer[start..<newline])
        start = newline + 1
        if line.last == 0x0D { line.removeLast() }
        if Self.isBlank(line) { continue }
        if line.count > limit { return .oversizedLine(number: lineNumber, bytes: line.count) }
        return .jsonLine(number: lineNumber, bytes: line)
      }
      if finished {
        guard start < buffer.count || skipped != nil else { return nil }
        let line = Array(buffer[start...])
        start = buffer.count
        lineNumber += 1
        if let dropped = skipped {
          skipped = nil
          return .oversizedLine(number: lineNumber, bytes: dropped + line.count)
        }
        if Self.isBlank(line) { return nil }
        if line.count > limit { return .oversizedLine(number: lineNumber, bytes: line.count) }
        return .jsonLine(number: lineNumber, bytes: line)
      }
      if start > 0 {
        buffer.removeFirst(start)
        start = 0
      }
      // A partial line past the limit: drop what is held and keep skipping.
      if buffer.count > limit {
        skipped = (skipped ?? 0) + buffer.count
        buffer.removeAll(keepingCapacity: true)
      }
      let n = chunk.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { finished = true } else { buffer.append(contentsOf: chunk[0..<n]) }
    }
  }

  private static func isBlank(_ line: [UInt8]) -> Bool {
    line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
  }
}
