/// Every rule of the organization-regions stage (`OrganizationRegionStage`),
/// by its stable name. The candidates are organizations with a region
/// prefix (茅箭区 in 茅箭区人民法院); the stage adds no mentions, it places
/// those regions in the division tree.
enum OrganizationRegionRule: String, NamedRule {
  /// Hashed by case tag, not by name (`NamedRule.caseTag`).
  func hash(into hasher: inout Hasher) { hasher.combine(caseTag) }

  /// 茅箭区 → 420303, 湖北省十堰市茅箭区.
  case resolved = "org.region.resolved"
  /// No division name ends the prefix (某县).
  case noDivision = "org.region.guard.no-division"
  /// The divisions named do not nest inside one another.
  case inconsistent = "org.region.guard.inconsistent"
  /// Several divisions fit (朝阳区 alone: Beijing or Changchun).
  case ambiguous = "org.region.guard.ambiguous"
}
