import Foundation
import Testing

/// `extract --explain`: the documented text form instead of JSON.
@Suite struct ExplainCommandTests {
  let article: String

  init() throws {
    let url = try CLIRunner.temporaryFolder().appendingPathComponent("a.txt")
    try Data("法院作出（2023）鄂1181行初12号判决，另见（1900）号。".utf8).write(to: url)
    article = url.path
  }

  @Test func printsRulesInsteadOfJSON() throws {
    let r = try CLIRunner.run(["--explain", article])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "## \(article)")
    #expect(
      lines.dropFirst().first?.hasPrefix("# span\tstage\tverdict\trule\ttext\tdetail") == true)
    #expect(
      lines.contains { $0.hasPrefix("[4, 20)\tdockets\taccepted\tdocket.modern\t（2023）鄂1181行初12号") }
    )
    #expect(lines.contains { $0.contains("\trejected\tdocket.guard.year-range\t（1900）") })
    #expect(!r.stdout.contains("\"schema\""))
  }

  @Test func matchKeepsOnlyOverlappingEntries() throws {
    let r = try CLIRunner.run(["--explain", "--explain-match", "1900", article])
    let entries = r.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }
    #expect(entries.count == 1)
    #expect(entries.first?.contains("docket.guard.year-range") == true)
  }

  @Test func matchWithoutExplainIsAUsageError() throws {
    let r = try CLIRunner.run(["--explain-match", "1900", article])
    #expect(r.status == 2)
    #expect(r.stderr.contains("--explain-match needs --explain"))
  }

  @Test func withoutExplainTheOutputIsJSON() throws {
    let r = try CLIRunner.run([article])
    #expect(
      r.stdout.contains("\"schema\" : \"legal-extract/1\"")
        || r.stdout.contains("\"schema\":\"legal-extract/1\""))
  }
}
