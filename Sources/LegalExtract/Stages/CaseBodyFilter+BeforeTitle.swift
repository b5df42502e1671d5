import ChineseText

extension CaseBodyFilter {
  /// `case.body.acting-before-title`: a case whose span opens on its title in
  /// the middle of a sentence (最高检抗诉的许某运输毒品案、陈某抢劫案…, 某县人民检察院
  /// 提起公诉的王某等人聚众斗殴案) takes the court or procuratorate that sentence
  /// names right before the titles with its act and 的: that body acted in
  /// every case the list names.
  static func actingBeforeTitle(
    span: TextSpan, parties: CasePartyFinder, doc: TextDocument
  ) -> [OrganizationMention] {
    let t = doc.folded
    guard span.start > 0, span.start <= t.count else { return [] }
    let lower = max(0, span.start - beforeTitleReach)
    let sentence =
      (t[lower..<span.start].lastIndex { clauseEnds.contains($0) }).map { $0 + 1 } ?? lower
    guard sentence < span.start else { return [] }
    return parties.organizations(inside: TextSpan(sentence, span.start)).filter { org in
      guard org.kind == .court || org.kind == .procuratorate, org.span.end < span.start else {
        return false
      }
      var j = org.span.end
      if t.hasLiteral("依法", at: j) { j += 2 }
      guard let act = bodyActs.first(where: { t.hasLiteral($0, at: j) }) else { return false }
      j += act.unicodeScalars.count
      return j < span.start && t[j] == "的"
    }
  }

  /// How far before a title its sentence's body may stand.
  static let beforeTitleReach = 80
  /// The acts of a court or procuratorate in a case it names after 的 (抗诉的…案).
  static let bodyActs = [
    "抗诉", "提起公诉", "提起公益诉讼", "提起诉讼", "起诉", "办理", "审理", "审结", "判决", "宣判", "监督", "支持起诉",
  ]
}
