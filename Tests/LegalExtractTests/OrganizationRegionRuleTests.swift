import Testing

@testable import LegalExtract

/// One example per organization-region rule (`OrganizationRegionRule`).
@Suite("Organization region rules")
struct OrganizationRegionRuleTests {
  static let stages: Set<StageName> = [.organizations, .organizationRegions]

  static let examples: [RuleExample<OrganizationRegionRule>] = [
    RuleExample(.resolved, "十堰市茅箭区人民法院审理", .makes("十堰市茅箭区人民法院")),
    RuleExample(.ambiguous, "朝阳区人民法院审理", .rejects("朝阳区人民法院")),
  ]

  @Test(arguments: examples)
  func rule(_ example: RuleExample<OrganizationRegionRule>) {
    example.verify(stages: Self.stages)
  }

  // The organization scanner accepts only organizations whose region it
  // finds in the gazetteer, so the two other guards are reached through the
  // resolver directly.
  @Test func noDivision() {
    #expect(RegionResolution.resolve(prefix: "某县") == .noDivision)
    #expect(RegionResolution.resolve(prefix: "") == .noDivision)
  }

  @Test func inconsistent() {
    #expect(RegionResolution.resolve(prefix: "北京市茅箭区") == .inconsistent)
  }

  @Test func rulesNamedInOnePlace() {
    #expect(RuleExample.uncovered(Self.examples) == [.noDivision, .inconsistent])
  }
}
