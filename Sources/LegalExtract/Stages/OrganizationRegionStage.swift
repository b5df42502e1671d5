/// Places each organization's region in the division tree: the code and
/// the chain of names above it (茅箭区人民法院 lies in 十堰市, 湖北省), so
/// records join on the division whatever short form the article used.
struct OrganizationRegionStage: ExtractionStage {
  let name = "organization-regions"

  func run(_ context: inout ExtractionContext) {
    var resolved: [String: RegionResolution?] = [:]
    for i in context.result.organizations.indices {
      guard let region = context.result.organizations[i].region else { continue }
      let r: RegionResolution?
      if let cached = resolved[region] {
        r = cached
      } else {
        r = RegionResolution(prefix: region)
        resolved[region] = r
      }
      context.result.organizations[i].regionCode = r?.code
      context.result.organizations[i].regionPath = r?.path
    }
  }
}
