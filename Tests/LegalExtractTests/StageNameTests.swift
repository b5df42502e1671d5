import Testing

@testable import LegalExtract

@Suite struct StageNameTests {
  @Test func namesFollowThePipelineOrder() {
    #expect(DefaultPipeline.stages.map(\.name) == StageName.allCases)
    #expect(Extractor().stageNames == StageName.allCases)
  }

  @Test func rawValuesAreTheCLINames() {
    #expect(StageName(rawValue: "organization-regions") == .organizationRegions)
    #expect(StageName(rawValue: "dokets") == nil)
    #expect("\(StageName.organizationRegions)" == "organization-regions")
    #expect(StageName.list.hasPrefix("dockets, dates, statutes"))
  }

  @Test func onlyStagesRunsThoseInPipelineOrder() {
    #expect(Extractor(onlyStages: [.cases, .dates]).stageNames == [.dates, .cases])
    #expect(Extractor(onlyStages: ["dockets"]).stageNames == [.dockets])
  }
}
