import Foundation
import Testing

/// `extract regress`: figures, baselines and exit statuses.
@Suite struct RegressCommandTests {
  func corpus() throws -> URL {
    let folder = try CLIRunner.temporaryFolder()
    try Data("2023年6月，湖北省麻城市人民法院判决被告人张某有期徒刑三年。".utf8).write(
      to: folder.appendingPathComponent("a.txt"))
    let gold = """
      {"dates": [{"text": "2023年6月", "value": "2023-06"}],
       "organizations": [{"name": "湖北省麻城市人民法院", "kind": "court"}],
       "figures": [{"text": "三年", "kind": "duration", "value": "P3Y"}],
       "statutes": [], "dockets": [], "cases": []}
      """
    try Data(gold.utf8).write(to: folder.appendingPathComponent("a.gold.json"))
    try Data("an article without gold is skipped".utf8).write(
      to: folder.appendingPathComponent("b.txt"))
    return folder
  }

  @Test func printsTheTableAndJSON() throws {
    let folder = try corpus()
    let table = try CLIRunner.run(["regress", folder.path])
    #expect(table.status == 0)
    #expect(table.stdout.contains("dates.found") && table.stdout.contains("articles 1,"))
    let json = try CLIRunner.run(["regress", folder.path, "--json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(object?["articles"] as? Int == 1)
    let fields = object?["fields"] as? [String: [String: Any]]
    #expect(fields?["dates"]?["gold"] as? Int == 1)
  }

  @Test func baselineGuardsAgainstDrops() throws {
    let folder = try corpus()
    let baseline = folder.appendingPathComponent("baseline.json").path
    let write = try CLIRunner.run(["regress", folder.path, "--write-baseline", baseline])
    #expect(write.status == 0)
    #expect(FileManager.default.fileExists(atPath: baseline))
    #expect(try CLIRunner.run(["regress", folder.path, "--baseline", baseline]).status == 0)
    // A baseline above what the extractor reaches must fail the run.
    let impossible = folder.appendingPathComponent("impossible.json").path
    try Data(
      #"{"fields": {"dates": 1.0, "cases.count": 1.0, "figures": 1.0, "organizations": 1.0, "macro": 1.0}}"#
        .utf8
    )
    .write(to: URL(fileURLWithPath: impossible))
    let strict = try CLIRunner.run(["regress", folder.path, "--baseline", impossible])
    #expect(strict.status == 1)
    #expect(strict.stderr.contains("regression:") && strict.stderr.contains("macro"))
  }

  @Test func missingFolderIsAUsageError() throws {
    let r = try CLIRunner.run(["regress", "/no/such/corpus"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("/no/such/corpus"))
  }
}
