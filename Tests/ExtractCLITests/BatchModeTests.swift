import Foundation
import Testing

/// Corpus-scale runs: folders, JSON Lines in and out, order, nothing lost.
@Suite struct BatchModeTests {
  @Test func walksFoldersInSortedOrder() throws {
    let folder = try CLIRunner.temporaryFolder()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("b"), withIntermediateDirectories: true)
    try Data("乙".utf8).write(to: folder.appendingPathComponent("b/2.txt"))
    try Data("甲".utf8).write(to: folder.appendingPathComponent("a.txt"))
    try Data("not an article".utf8).write(to: folder.appendingPathComponent("notes.md"))
    let r = try CLIRunner.run([folder.path])
    #expect(r.status == 0)
    let sources = try r.stdout.split(separator: "\n").map {
      (try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["source"]
        as? String
    }
    #expect(sources == [folder.path + "/a.txt", folder.path + "/b/2.txt"])
    #expect(r.stderr.contains("2 inputs, 2 documents, 0 errors"))
  }

  @Test func pathsFromStandardInputAreFilesAndFolders() throws {
    let folder = try CLIRunner.temporaryFolder()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try Data("甲".utf8).write(to: folder.appendingPathComponent("a.txt"))
    try Data("乙".utf8).write(to: folder.appendingPathComponent("sub/2.txt"))
    try Data("丙".utf8).write(to: folder.appendingPathComponent("sub/3.txt"))
    // CRLF and blank lines, a folder walked like an argument, a missing path reported.
    let list = "\(folder.path)/a.txt\r\n\n\(folder.path)/sub\n  \n\(folder.path)/gone.txt\n"
    let r = try CLIRunner.run(["--input", "paths", "--no-progress"], stdin: Data(list.utf8))
    #expect(r.status == 1, "the missing path fails the run")
    let records = try r.stdout.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
    #expect(
      records.map { $0["source"] as? String } == [
        folder.path + "/a.txt", folder.path + "/sub/2.txt", folder.path + "/sub/3.txt",
        folder.path + "/gone.txt",
      ])
    #expect(records.last?["error"] != nil)
    #expect(r.stderr.contains("4 inputs, 3 documents, 1 errors"))
  }

  @Test func pathsFromStandardInputTakeNoArguments() throws {
    let r = try CLIRunner.run(["--input", "paths", "a.txt"], stdin: Data())
    #expect(r.status == 2)
    #expect(r.stderr.contains("--input paths reads standard input"))
  }

  @Test func jsonLinesKeepInputOrderAcrossJobs() throws {
    var input = ""
    for i in 0..<300 {
      input +=
        "{\"id\": \"doc-\(i)\", \"text\": \"\(String(repeating: "法院于2023年6月判决。", count: i % 7))\"}\n"
    }
    input += "this line is broken\n"
    let r = try CLIRunner.run(["--input", "jsonl", "--jobs", "3"], stdin: Data(input.utf8))
    #expect(r.status == 1, "one bad line makes the run fail")
    let records = try r.stdout.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
    #expect(records.count == 301, "every input line yields exactly one output line")
    #expect(records.prefix(300).map { $0["id"] as? String } == (0..<300).map { "doc-\($0)" })
    #expect(records.last?["line"] as? Int == 301)
    #expect(records.last?["error"] != nil)
    #expect(r.stderr.contains("301 inputs, 300 documents, 1 errors"))
  }

  @Test func oversizedJSONLinesAreSkippedAndReported() throws {
    let big = "{\"id\": \"big\", \"text\": \"" + String(repeating: "法", count: 3000) + "\"}"
    let input = "{\"id\": \"a\", \"text\": \"甲\"}\n" + big + "\n{\"id\": \"b\", \"text\": \"乙\"}"
    let r = try CLIRunner.run(["--input", "jsonl", "--max-bytes", "2000"], stdin: Data(input.utf8))
    #expect(r.status == 1)
    let records = try r.stdout.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
    #expect(records.count == 3)
    #expect(records.map { $0["id"] as? String } == ["a", nil, "b"])
    #expect((records[1]["error"] as? String)?.contains("too large") == true)
    #expect(records[1]["line"] as? Int == 2)
  }

  @Test func onlySomeStages() throws {
    let r = try CLIRunner.run(["--only", "dates", "-"], stdin: Data("2023年6月，北京市第一中级人民法院判决。".utf8))
    #expect(r.status == 0)
    let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    #expect((doc?["dates"] as? [Any])?.count == 1)
    #expect((doc?["organizations"] as? [Any])?.isEmpty == true)
    let bad = try CLIRunner.run(["--only", "dates,weather", "-"])
    #expect(bad.status == 2 && bad.stderr.contains("--only"))
  }

  @Test func fileArgumentsWithJSONLInputAreAUsageError() throws {
    let r = try CLIRunner.run(["--input", "jsonl", "a.txt"])
    #expect(r.status == 2)
  }

  @Test func noProgressBarWhenPiped() throws {
    let folder = try CLIRunner.temporaryFolder()
    try Data("甲".utf8).write(to: folder.appendingPathComponent("a.txt"))
    let r = try CLIRunner.run([folder.path])
    #expect(
      !r.stderr.contains("\u{1B}["), "no terminal control codes when stderr is not a terminal")
  }
}
