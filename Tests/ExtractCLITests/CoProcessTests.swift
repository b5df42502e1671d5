import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `extract --input jsonl` as a long-lived co-process: write one line, read
/// one line back, while the input stays open.
@Suite struct CoProcessTests {
  /// A running `extract` with pipes on both ends.
  final class CoProcess {
    let process = Process()
    let input = Pipe()
    let output = Pipe()
    private var pending: [UInt8] = []

    init(_ arguments: [String]) throws {
      process.executableURL = CLIRunner.binary
      process.arguments = arguments
      process.standardInput = input
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
    }

    func write(_ line: String) throws {
      try input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
    }

    /// The next line of output, or nil when none comes within `seconds`.
    func readLine(within seconds: Double) -> String? {
      let fd = output.fileHandleForReading.fileDescriptor
      let deadline = Date().addingTimeInterval(seconds)
      while true {
        if let newline = pending.firstIndex(of: 0x0A) {
          let line = String(decoding: pending[..<newline], as: UTF8.self)
          pending.removeFirst(newline + 1)
          return line
        }
        let left = deadline.timeIntervalSinceNow
        if left <= 0 { return nil }
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(left * 1000) + 1) > 0 else { continue }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let n = read(fd, &chunk, chunk.count)
        if n <= 0 { return nil }
        pending += chunk[0..<n]
      }
    }

    func finish() throws -> Int32 {
      try input.fileHandleForWriting.close()
      process.waitUntilExit()
      return process.terminationStatus
    }
  }

  @Test(arguments: ["1", "2"])
  func answersEachLineBeforeTheNextIsWritten(jobs: String) throws {
    let co = try CoProcess(["--input", "jsonl", "--jobs", jobs])
    let questions: [(id: String, text: String)] = [
      ("\"first\"", "2023年6月，湖北省麻城市人民法院判决。"),
      ("2", "2024年1月1日，北京市人民检察院提起公诉。"),
      ("\"third\"", "没有日期。"),
    ]
    for (id, text) in questions {
      try co.write(#"{"id": \#(id), "text": "\#(text)"}"#)
      // Generous: a debug build on a busy machine; a co-process that waits
      // for more input would never answer.
      let answer = try #require(
        co.readLine(within: 30), "an answer to \(id) while the input stays open")
      let record = try JSONSerialization.jsonObject(with: Data(answer.utf8)) as? [String: Any]
      let expected = try JSONSerialization.jsonObject(with: Data("[\(id)]".utf8)) as? [Any]
      #expect("\(record?["id"] ?? "none")" == "\(expected?.first ?? "")")
    }
    // A bad line is answered too, with an error record.
    try co.write("not json")
    let error = try #require(co.readLine(within: 30))
    #expect(error.contains("\"error\""))
    #expect(try co.finish() == 1)
  }
}
