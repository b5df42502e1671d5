import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The faults a stress run found in batch runs, each pinned.
@Suite struct BatchFaultTests {
  func records(_ stdout: String) throws -> [[String: Any]] {
    try stdout.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
  }

  @Test func aFolderNamedLikeATextFileIsWalked() throws {
    let folder = try CLIRunner.temporaryFolder()
    let odd = folder.appendingPathComponent("x.txt")
    try FileManager.default.createDirectory(at: odd, withIntermediateDirectories: true)
    try Data("甲".utf8).write(to: odd.appendingPathComponent("inner.txt"))
    try Data("乙".utf8).write(to: folder.appendingPathComponent("y.txt"))
    let r = try CLIRunner.run([folder.path])
    #expect(r.status == 0, "no error record for the folder")
    #expect(
      try records(r.stdout).map { $0["source"] as? String } == [
        odd.path + "/inner.txt", folder.path + "/y.txt",
      ])
    #expect(!r.stderr.contains("is a directory"))
  }

  @Test func aFolderWithoutTextFilesIsAnError() throws {
    let folder = try CLIRunner.temporaryFolder()
    try Data("# notes".utf8).write(to: folder.appendingPathComponent("notes.md"))
    let r = try CLIRunner.run([folder.path])
    #expect(r.status == 1)
    #expect(try records(r.stdout).first?["error"] as? String == "no .txt files in this folder")
    #expect(r.stderr.contains("\(folder.path): no .txt files in this folder"))
  }

  /// How to run a command as a user that file permissions apply to: as is
  /// when not root; as `nobody` through setpriv when root; nil when neither
  /// works (root in a system without setpriv or without a `nobody` user).
  static let unprivileged: String? = {
    if geteuid() != 0 { return "" }
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
      let user = getpwnam("nobody")
    else { return nil }
    return
      "/usr/bin/setpriv --reuid=\(user.pointee.pw_uid) --regid=\(user.pointee.pw_gid) --clear-groups "
  }()

  /// A folder holding a readable article and a subfolder nobody may list,
  /// with every parent open to the unprivileged user.
  func folderWithLockedSubfolder() throws -> (folder: URL, locked: URL) {
    let folder = try CLIRunner.temporaryFolder()
    chmod(folder.path, 0o755)
    try Data("2023年6月，法院判决。".utf8).write(to: folder.appendingPathComponent("a.txt"))
    let locked = folder.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    try Data("乙".utf8).write(to: locked.appendingPathComponent("b.txt"))
    chmod(locked.path, 0o000)
    return (folder, locked)
  }

  @Test(
    .enabled(
      if: unprivileged != nil,
      "running as root with no setpriv or no 'nobody' user: permission bits cannot be made to apply"
    ))
  func anUnreadableSubfolderIsReported() throws {
    let (folder, locked) = try folderWithLockedSubfolder()
    defer { chmod(locked.path, 0o755) }
    let r = try CLIRunner.shell(
      #"\#(Self.unprivileged!)"$EXTRACT" --no-progress "\#(folder.path)""#)
    #expect(r.status == 1)
    let out = try records(r.stdout)
    #expect(out.count == 2, "the article, and an error record for the folder")
    #expect(
      out.contains {
        $0["source"] as? String == locked.path && $0["error"] as? String == "permission denied"
      })
    #expect(r.stderr.contains("\(locked.path): permission denied"))
  }

  @Test(
    .enabled(
      if: unprivileged != nil,
      "running as root with no setpriv or no 'nobody' user: permission bits cannot be made to apply"
    ))
  func anUnreadableFolderArgumentIsReported() throws {
    let (_, locked) = try folderWithLockedSubfolder()
    defer { chmod(locked.path, 0o755) }
    let r = try CLIRunner.shell(
      #"\#(Self.unprivileged!)"$EXTRACT" --no-progress "\#(locked.path)""#)
    #expect(r.status == 1)
    #expect(try records(r.stdout).map { $0["error"] as? String } == ["permission denied"])
    #expect(!r.stderr.contains("no .txt files"))
  }

  /// Peak resident memory of a bash pipeline, in MB (Python's getrusage
  /// of its children), with the command's own status; its output is dropped.
  func peakMegabytes(_ pipeline: String) throws -> (status: Int, megabytes: Double, stderr: String)?
  {
    let script = #"""
      python3 -c 'import resource, subprocess, sys
      r = subprocess.run(["bash", "-c", sys.argv[1]], stdout=subprocess.DEVNULL)
      print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)' "$1"
      """#
    let r = try CLIRunner.run(
      ["-c", script, "bash", pipeline], executable: URL(fileURLWithPath: "/bin/bash"),
      environment: ["EXTRACT": CLIRunner.binary.path])
    let parts = r.stdout.split(separator: " ")
    guard parts.count == 2, let status = Int(parts[0]),
      let mb = Double(parts[1].trimmingCharacters(in: .whitespacesAndNewlines))
    else {
      return nil
    }
    return (status, mb, r.stderr)
  }

  static let hasPython =
    FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
    || (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: "\($0)/python3")
    }

  @Test(.enabled(if: hasPython, "measures peak memory with python3's getrusage"))
  func aHugeFileIsRefusedByItsSizeUnread() throws {
    let folder = try CLIRunner.temporaryFolder()
    let huge = folder.appendingPathComponent("huge.txt")
    // 528 MB without the disk space: a sparse file (zeros, were it read).
    #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
    #expect(truncate(huge.path, 528 << 20) == 0)
    defer { try? FileManager.default.removeItem(at: huge) }
    let measured = try #require(try peakMegabytes(#""$EXTRACT" "\#(huge.path)""#))
    #expect(measured.status == 1)
    #expect(
      measured.stderr.contains("huge.txt: too large (\(528 << 20) bytes; the limit is"),
      "the file's size, not bytes read")
    #expect(
      !measured.stderr.contains("binary"), "refused before reading (the zeros would read as binary)"
    )
    #expect(measured.megabytes < 100, "peak \(measured.megabytes) MB")
  }

  @Test(.enabled(if: hasPython, "measures peak memory with python3's getrusage"))
  func standardInputStopsAtTheLimit() throws {
    // An endless article on standard input, at the default limit.
    let article = try #require(try peakMegabytes(#"yes 2023年6月，北京市第一中级人民法院判决。 | "$EXTRACT" -"#))
    #expect(article.status == 1)
    #expect(article.stderr.contains("-: too large (more than"), "\(article.stderr)")
    #expect(article.megabytes < 100, "peak \(article.megabytes) MB")
    // An endless JSON Lines line: skipped as it streams past.
    let line = try #require(
      try peakMegabytes(
        #"(printf '{"id": 1, "text": "'; yes 法院 | tr -d '\n' | head -c 60000000; printf '"}\n{"id": 2, "text": "甲"}\n') | "$EXTRACT" --input jsonl"#
      ))
    #expect(line.status == 1)
    #expect(line.stderr.contains("line 1 is too large"))
    #expect(line.megabytes < 100, "peak \(line.megabytes) MB")
  }

  @Test func aNULInJSONLinesTextIsBinaryLikeAFileWithANUL() throws {
    let folder = try CLIRunner.temporaryFolder()
    let file = folder.appendingPathComponent("nul.txt")
    try Data(Array("法院".utf8) + [0] + Array("判决".utf8)).write(to: file)
    let fromFile = try CLIRunner.run([file.path])
    let fromLine = try CLIRunner.run(
      ["--input", "jsonl"], stdin: Data(#"{"id": "n", "text": "法院\u0000判决"}"#.utf8))
    #expect(fromFile.status == 1 && fromLine.status == 1)
    let reason = "binary content (NUL byte at offset 6)"
    #expect(fromFile.stderr.contains(reason))
    let record = try #require(try records(fromLine.stdout).first)
    #expect((record["error"] as? String)?.hasSuffix(reason) == true)
    #expect(record["id"] as? String == "n")
  }

  @Test func aClosedPipeEndsTheRunQuietlyWithSIGPIPE() throws {
    let folder = try CLIRunner.temporaryFolder()
    let names = try FileManager.default.contentsOfDirectory(atPath: CLIRunner.articles.path).filter
    { $0.hasSuffix(".txt") }
    for name in names {
      try FileManager.default.copyItem(
        at: CLIRunner.articles.appendingPathComponent(name), to: folder.appendingPathComponent(name)
      )
    }
    let r = try CLIRunner.shell(
      #""$EXTRACT" "\#(folder.path)" | head -1 > /dev/null; echo "${PIPESTATUS[0]}""#)
    #expect(
      r.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "141",
      "killed by SIGPIPE (128 + 13)")
    #expect(r.stderr.isEmpty, "no message: \(r.stderr)")
  }
}
