import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `--output FILE` holds whole records, and `--resume` finishes a killed run
/// so that FILE ends exactly as an uninterrupted run's.
@Suite struct ResumeTests {
  /// A folder of article files (each article three times over, so that a
  /// run lasts long enough to be killed midway) and one file that fails.
  static func corpusFolder(count: Int) throws -> (folder: URL, inputs: Int) {
    let folder = try CLIRunner.temporaryFolder().appendingPathComponent("in")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let names = try FileManager.default.contentsOfDirectory(atPath: CLIRunner.articles.path)
      .filter { $0.hasSuffix(".txt") }.sorted().prefix(count)
    for (i, name) in names.enumerated() {
      let text = try String(
        contentsOf: CLIRunner.articles.appendingPathComponent(name), encoding: .utf8)
      try Data(String(repeating: text, count: 3).utf8).write(
        to: folder.appendingPathComponent(String(format: "%03d.txt", i)))
    }
    try Data([0xFF, 0xFE, 0x41]).write(
      to: folder.appendingPathComponent("\(names.count / 2)-latin.txt"))
    return (folder, names.count + 1)
  }

  static func lines(_ url: URL) throws -> [Substring] {
    String(decoding: try Data(contentsOf: url), as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
  }

  @Test func aRunKilledMidwayResumesToTheUninterruptedOutput() throws {
    let (folder, inputs) = try Self.corpusFolder(count: 40)
    let work = folder.deletingLastPathComponent()
    let full = work.appendingPathComponent("full.jsonl")
    let part = work.appendingPathComponent("part.jsonl")

    let uninterrupted = try CLIRunner.run([folder.path, "--output", full.path, "--no-progress"])
    #expect(uninterrupted.status == 1, "the bad file fails")
    #expect(uninterrupted.stdout.isEmpty, "records go to the file, not standard output")
    let expected = try Data(contentsOf: full)
    #expect(
      try Self.lines(full).count == inputs + 1,
      "one line per input, then the final newline's empty tail")

    // Start the same run and SIGKILL it once a few records are in the file.
    let process = Process()
    process.executableURL = CLIRunner.binary
    process.arguments = [folder.path, "--output", part.path, "--no-progress", "--jobs", "1"]
    process.standardError = FileHandle.nullDevice
    try process.run()
    var seen = 0
    let deadline = Date().addingTimeInterval(60)
    while process.isRunning && Date() < deadline {
      seen = (try? Self.lines(part).count - 1) ?? 0
      if seen >= 3 { break }
      usleep(2_000)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal, "killed, not finished")
    let killedLines = try Self.lines(part)
    try #require(
      killedLines.count - 1 < inputs,
      "the kill landed before the end (\(killedLines.count - 1) of \(inputs))")
    #expect(
      killedLines.dropLast().allSatisfy {
        (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil
      },
      "every line the killed run left is a whole record")

    // A kill inside a long write(2) leaves part of a record behind; make
    // that case certain here by appending the start of one.
    let torn = try FileHandle(forWritingTo: part)
    try torn.seekToEnd()
    try torn.write(contentsOf: Data(#"{"cases":[{"courts":["北京"#.utf8))
    try torn.close()

    let resumed = try CLIRunner.run([
      folder.path, "--output", part.path, "--resume", "--no-progress",
    ])
    #expect(resumed.status == 1, "the bad file's record counts, whichever run wrote it")
    #expect(resumed.stderr.contains("dropped a torn last line"))
    #expect(resumed.stderr.contains("resuming: \(killedLines.count - 1) inputs already in"))
    #expect(
      try Data(contentsOf: part) == expected,
      "exactly one line per input, equal to the uninterrupted run")

    // Resuming a finished file does nothing.
    let again = try CLIRunner.run([folder.path, "--output", part.path, "--resume", "--no-progress"])
    #expect(again.stderr.contains("0 inputs"))
    #expect(try Data(contentsOf: part) == expected)
  }

  @Test func jsonLinesResumeByIdOrLine() throws {
    var input = ""
    for i in 0..<30 {
      let id = i % 3 == 0 ? "" : (i % 2 == 0 ? "\"id\": \(i), " : "\"id\": \"doc-\(i)\", ")
      input += "{\(id)\"text\": \"\(String(repeating: "2023年6月，法院判决。", count: i % 5))\"}\n"
    }
    input += "not json\n"
    let work = try CLIRunner.temporaryFolder()
    let full = work.appendingPathComponent("full.jsonl")
    let part = work.appendingPathComponent("part.jsonl")
    let first = try CLIRunner.run(
      ["--input", "jsonl", "--output", full.path], stdin: Data(input.utf8))
    #expect(first.status == 1)
    let expected = try Data(contentsOf: full)
    let fullLines = try Self.lines(full)
    #expect(fullLines.count == 32)

    // What a run killed after 12 records, mid-way through the 13th, leaves.
    let kept = fullLines.prefix(12).joined(separator: "\n") + "\n" + fullLines[12].prefix(40)
    try Data(kept.utf8).write(to: part)
    let resumed = try CLIRunner.run(
      ["--input", "jsonl", "--output", part.path, "--resume"], stdin: Data(input.utf8))
    #expect(resumed.status == 1)
    #expect(try Data(contentsOf: part) == expected)
  }

  @Test func resumeNeedsAnOutputFileOfRecords() throws {
    let r = try CLIRunner.run(["--resume", "-"])
    #expect(r.status == 2 && r.stderr.contains("--resume needs --output"))
    let json = try CLIRunner.run(["--resume", "--output", "/tmp/x.json", "--format", "json", "-"])
    #expect(json.status == 2)
    let work = try CLIRunner.temporaryFolder()
    let notOurs = work.appendingPathComponent("notes.jsonl")
    try Data("hello\nworld\n".utf8).write(to: notOurs)
    let r2 = try CLIRunner.run(["--resume", "--output", notOurs.path, "-"], stdin: Data("甲".utf8))
    #expect(r2.status == 2 && r2.stderr.contains("not a record written by extract"))
    #expect(try String(contentsOf: notOurs, encoding: .utf8) == "hello\nworld\n", "left untouched")
    let folder = try CLIRunner.run(["--output", work.path, "-"])
    #expect(folder.status == 2 && folder.stderr.contains("is a folder"))
  }

  @Test func outputFileWithoutResumeStartsAfresh() throws {
    let work = try CLIRunner.temporaryFolder()
    let out = work.appendingPathComponent("out.json")
    try Data("old content\n".utf8).write(to: out)
    let r = try CLIRunner.run(
      ["--format", "json", "--output", out.path, "-"], stdin: Data("2023年6月".utf8))
    #expect(r.status == 0 && r.stdout.isEmpty)
    let doc = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any]
    #expect(doc?["source"] as? String == "-")
  }
}
