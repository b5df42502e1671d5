/// Places each organization's region in the division tree: the code and
/// the chain of names above it (茅箭区人民法院 lies in 十堰市, 湖北省), so
/// records join on the division whatever short form the article used.
/// Rules: `OrganizationRegionRule`.
struct OrganizationRegionStage: ExtractionStage {
  let name: StageName = .organizationRegions

  func run(_ context: inout ExtractionContext) {
    var resolved: [String: RegionResolution.Outcome] = [:]
    for i in context.result.organizations.indices {
      guard let region = context.result.organizations[i].region else { continue }
      let outcome: RegionResolution.Outcome
      if let cached = resolved[region] {
        outcome = cached
      } else {
        outcome = RegionResolution.resolve(prefix: region)
        resolved[region] = outcome
      }
      let r: RegionResolution?
      if case .resolved(let found) = outcome { r = found } else { r = nil }
      context.result.organizations[i].regionCode = r?.code
      context.result.organizations[i].regionPath = r?.path
      if context.trace != nil {
        Self.trace(outcome, of: context.result.organizations[i], into: &context.trace)
      }
    }
  }

  private static func trace(
    _ outcome: RegionResolution.Outcome, of org: OrganizationMention, into trace: inout RuleTrace?
  ) {
    let region = org.region ?? ""
    let rule: OrganizationRegionRule
    switch outcome {
    case .resolved(let r):
      trace?.accept(
        org.span, rule: OrganizationRegionRule.resolved.name,
        detail: "\(region) → \(r.code) \(r.path)")
      return
    case .noDivision: rule = .noDivision
    case .inconsistent: rule = .inconsistent
    case .ambiguous: rule = .ambiguous
    }
    trace?.reject(Rejection(org.span, rejectedBy: rule.name), detail: "region \(region)")
  }
}
