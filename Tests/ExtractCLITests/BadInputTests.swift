import Foundation
import Testing

/// Every odd input gets a clear message naming it, the other inputs are
/// still processed, and the exit status says what happened.
@Suite struct BadInputTests {
  let folder: URL

  init() throws { folder = try CLIRunner.temporaryFolder() }

  func file(_ name: String, _ bytes: [UInt8]) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  func json(_ text: String) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
  }

  @Test func missingPath() throws {
    let good = try file("good.txt", Array("2023年6月，法院判决。".utf8))
    let r = try CLIRunner.run(["/no/such/article.txt", good])
    #expect(r.status == 1)
    #expect(r.stderr.contains("/no/such/article.txt: no such file"))
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 2, "an error record and the good document")
    #expect(try json(String(lines[0]))["error"] as? String == "no such file")
    #expect(try json(String(lines[1]))["schema"] as? String == "legal-extract/1")
  }

  @Test func emptyFolderGivenAsInput() throws {
    let r = try CLIRunner.run(["--format", "json", folder.path + "/"])
    // A folder is walked; one without articles is an error, not a warning.
    #expect(r.status == 1)
    #expect(r.stderr.contains("no .txt files in this folder"))
  }

  @Test func unreadableFile() throws {
    // Root may read any file regardless of its mode; /proc/self/mem opens
    // but cannot be read at offset 0, for root too.
    let r = try CLIRunner.run(["/proc/self/mem"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("/proc/self/mem:"))
    #expect(r.stdout.isEmpty)
  }

  @Test func invalidUTF8NamesTheByteOffset() throws {
    let path = try file("latin1.txt", Array("法院".utf8) + [0xE9, 0x41])
    let r = try CLIRunner.run([path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("latin1.txt: not valid UTF-8 (first bad byte at offset 6)"))
  }

  @Test func binaryContent() throws {
    let path = try file("image.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A])
    let r = try CLIRunner.run([path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("image.bin:"))
  }

  @Test func endlessBinaryDeviceStopsEarly() throws {
    let r = try CLIRunner.run(["/dev/zero"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("/dev/zero: binary content (NUL byte at offset 0)"))
  }

  @Test func emptyFileIsAnEmptyDocument() throws {
    let path = try file("empty.txt", [])
    let r = try CLIRunner.run([path])
    #expect(r.status == 0)
    let doc = try json(r.stdout)
    for key in ["dates", "organizations", "statutes", "figures", "dockets", "cases"] {
      #expect((doc[key] as? [Any])?.isEmpty == true, "\(key)")
    }
  }

  @Test func byteOrderMarkIsScalarZero() throws {
    let path = try file("bom.txt", [0xEF, 0xBB, 0xBF] + Array("2023年6月15日，北京市第一中级人民法院开庭。".utf8))
    let r = try CLIRunner.run([path])
    #expect(r.status == 0)
    let doc = try json(r.stdout)
    // Whatever was found, every span points past the BOM at the right text.
    let text = Array(("\u{FEFF}2023年6月15日，北京市第一中级人民法院开庭。").unicodeScalars)
    for key in ["dates", "organizations"] {
      for case let m as [String: Any] in doc[key] as? [Any] ?? [] {
        let span = m["span"] as? [Int] ?? [0, 0]
        #expect(span[0] >= 1)
        var cut = String.UnicodeScalarView()
        cut.append(contentsOf: text[span[0]..<span[1]])
        #expect(String(cut) == m["text"] as? String)
      }
    }
  }

  @Test func oversizedInput() throws {
    let path = try file("big.txt", Array(repeating: 0x41, count: 2000))
    let r = try CLIRunner.run(["--max-bytes", "1000", path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("big.txt: too large"))
  }

  @Test func standardInput() throws {
    let r = try CLIRunner.run(["-"], stdin: Data("2023年6月，法院判决。".utf8))
    #expect(r.status == 0)
    #expect(r.stdout.split(separator: "\n").count == 1, "standard input prints one JSON line")
    #expect(try json(r.stdout)["source"] as? String == "-")
  }

  @Test func noInputIsAUsageError() throws {
    let r = try CLIRunner.run([])
    #expect(r.status == 2)
    #expect(r.stderr.contains("Usage"))
  }

  @Test func badOptionIsAUsageError() throws {
    let r = try CLIRunner.run(["--published", "yesterday", "x.txt"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("--published"))
  }

  @Test func versionAndHelp() throws {
    let v = try CLIRunner.run(["--version"])
    #expect(v.status == 0 && !v.stdout.isEmpty)
    let h = try CLIRunner.run(["--help"])
    #expect(h.status == 0 && h.stdout.contains("Examples"))
  }

  @Test func severalFilesAsOneJSONArray() throws {
    let a = try file("a.txt", Array("甲".utf8))
    let b = try file("b.txt", Array("乙".utf8))
    let r = try CLIRunner.run(["--format", "json", a, b])
    #expect(r.status == 0)
    let array = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [Any]
    #expect(array?.count == 2)
  }
}
