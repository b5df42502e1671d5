import Foundation
import Testing

/// `extract regress` and ../shared/tools/score.py report the same figures.
@Suite struct RegressParityTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
  static let devCorpus = shared.appendingPathComponent("corpus/dev")
  static let scorer = shared.appendingPathComponent("tools/score.py")

  static var sharedCorpusExists: Bool {
    FileManager.default.fileExists(atPath: devCorpus.path)
      && FileManager.default.fileExists(atPath: scorer.path)
  }

  @Test(.enabled(if: sharedCorpusExists, "needs ../shared/corpus/dev and ../shared/tools/score.py"))
  func sameFiguresAsScorePy() throws {
    let ours = try CLIRunner.run(["regress", Self.devCorpus.path, "--json"])
    let mine =
      try JSONSerialization.jsonObject(with: Data(ours.stdout.utf8)) as? [String: Any] ?? [:]

    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    python.arguments = [
      "python3", Self.scorer.path, Self.devCorpus.path, "--json", "--cmd",
      CLIRunner.binary.path + " {}",
    ]
    let pipe = Pipe()
    python.standardOutput = pipe
    try python.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    python.waitUntilExit()
    let theirs = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]

    #expect(mine["articles"] as? Int == theirs["articles"] as? Int)
    #expect(mine["spans"] as? Int == theirs["spans"] as? Int)
    #expect(mine["bad_spans"] as? Int == theirs["bad_spans"] as? Int)
    let a = mine["fields"] as? [String: [String: Any]] ?? [:]
    let b = theirs["fields"] as? [String: [String: Any]] ?? [:]
    // Every field score.py has; ours may add `events` (timelines), which score.py does not score.
    #expect(Set(b.keys).isSubset(of: Set(a.keys)))
    #expect(Set(a.keys).subtracting(b.keys).isSubset(of: ["events"]))
    for (field, figures) in b {
      for key in ["gold", "pred", "hit"] {
        #expect(a[field]?[key] as? Int == figures[key] as? Int, "\(field).\(key)")
      }
      let f1a = a[field]?["f1"] as? Double ?? -1
      let f1b = figures["f1"] as? Double ?? -2
      #expect(abs(f1a - f1b) < 0.0005, "\(field).f1")
    }
    let ma = mine["macro_f1"] as? Double ?? -1
    let mb = theirs["macro_f1"] as? Double ?? -2
    #expect(abs(ma - mb) < 0.0005)
  }
}
