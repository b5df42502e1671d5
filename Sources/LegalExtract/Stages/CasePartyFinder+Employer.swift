import ChineseText

/// `case.party.employer`: in a wage claim the company the claimant worked
/// for is the defendant, though no role word names it (孙某某…在为某建筑公司
/// 提供劳务后…诉诸法院; 张某入职利辛县某装修公司…申请仲裁).
extension CasePartyFinder {
  func employer(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    // A person claims, nobody is sued yet, and the claim is for pay or the
    // dispute is a labour one (经济补偿金 before a 仲裁委).
    guard out.defendants.isEmpty,
      out.plaintiffs.contains(where: { !isOrganizationName($0) }),
      Self.payWords.contains(where: { t.firstOffset(of: $0, in: span.range) != nil })
        || Self.labourDisputeWords.contains(where: { t.firstOffset(of: $0, in: span.range) != nil })
    else { return }
    var found: ReadParty? = nil
    forEachCue(Self.employmentCues, in: span) { cue in
      guard found == nil else { return }
      let rule = Self.employmentOpenings[cue.index]
      let start = cue.end
      guard let body = employingCompany(at: start, limit: min(span.end, start + 30)) else { return }
      // 为X提供劳务 / 在X务工: the work word must follow the company.
      if !rule.closers.isEmpty {
        let after = body.span.end
        guard
          rule.closers.contains(where: {
            t.firstOffset(of: $0, in: after..<min(span.end, after + Self.employmentReach)) != nil
          })
        else { return }
      }
      found = body
    }
    if let found { out.add(.defendant, found.name, at: found.span, by: .employer) }
  }

  /// A company at `start`: a company mention, or a masked one (某建筑公司,
  /// 利辛县某装修公司) closed by a company suffix.
  private func employingCompany(at start: Int, limit: Int) -> ReadParty? {
    if let org = organization(startingAt: start), org.kind == .company, org.span.end <= limit {
      return ReadParty(name: org.name, span: org.span)
    }
    let t = doc.folded
    guard let body = bodyName(from: start, limit: limit), t[body].contains("某"),
      !t[body].contains(where: { Self.notInBodyNames.contains($0) }),
      Self.companyEndings.contains(where: { t.text(body).hasScalarSuffix($0) })
    else { return nil }
    return ReadParty(name: doc.displayText(body), span: TextSpan(body))
  }
}
