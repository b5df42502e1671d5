import Foundation
import Testing

/// `--only` with a misspelt stage is a usage error that names it.
@Suite struct OnlyStagesTests {
  @Test func misspeltStageIsNamed() throws {
    let r = try CLIRunner.run(["--only", "dates,dokets", "-"], stdin: Data("2023年6月".utf8))
    #expect(r.status == 2)
    #expect(r.stderr.contains("unknown stage 'dokets'"))
    #expect(
      r.stderr.contains(
        "dockets, dates, statutes, organizations, organization-regions, figures, cases"))
    #expect(r.stdout.isEmpty)
  }

  @Test func emptyListIsAnError() throws {
    let r = try CLIRunner.run(["--only", ",", "-"], stdin: Data("2023年6月".utf8))
    #expect(r.status == 2)
    #expect(r.stderr.contains("--only: no stage"))
  }
}
