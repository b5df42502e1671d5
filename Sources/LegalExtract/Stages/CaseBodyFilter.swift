/// Which courts and procuratorates a case names without their acting in it
/// (CaseBodyRule): the guard that holds for a body, or nil when it may act.
enum CaseBodyFilter {
  static func guardHolding(for org: OrganizationMention, in t: [Unicode.Scalar]) -> CaseBodyRule? {
    let before = max(0, org.span.start - 4)..<org.span.start
    // 经层报某省人民检察院同意: 经 tells the body above has acted (approved).
    if referralWords.contains(where: { w in
      t.firstOffset(of: w, in: before).map { $0 == 0 || t[$0 - 1] != "经" } ?? false
    }) {
      return .referredTo
    }
    guard nationalBodies.contains(org.name) else { return nil }
    if org.span.start > 0, toNationalBody.contains(t[org.span.start - 1]) { return nil }
    let after = org.span.end..<min(t.count, org.span.end + 12)
    if nationalSteps.contains(where: { t.firstOffset(of: $0, in: after) != nil }) { return nil }
    return .nationalNotActing
  }
}
