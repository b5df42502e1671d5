import ChineseText

/// The subject slot of a suit verb, as one grammar: openers (后, 随后, a date),
/// a noun for a kind of party (受害人, 农民工, 原告), the name list, then the
/// adverbs that stand between a subject and its verb (依法, 无奈, 遂, 再次) —
/// 受害人梁某某依法向某县人民法院提起诉讼 / 李三无奈向法院提起诉讼 / …后，黄某诉至法院.
extension CasePartyFinder {
  /// The names filling the slot from `start` to `end` (where 向 or the verb
  /// stands); empty unless the list runs exactly to the adverbs before `end`.
  func subjectSlot(from start: Int, to end: Int) -> [ReadParty] {
    let t = doc.folded
    guard start < end, end <= t.count else { return [] }
    var s = skipOpeners(skipConnectives(skipBlanks(start), limit: end), limit: end)
    if let noun = Self.slotKindNouns.first(where: { t.hasLiteral($0, at: s) }) {
      let after = s + noun.unicodeScalars.count
      if after < end { s = after }
    }
    var e = end
    var moved = true
    while moved {
      moved = false
      for adverb in Self.slotAdverbs {
        let n = adverb.unicodeScalars.count
        if e - n > s, t.hasLiteral(adverb, at: e - n) {
          e -= n
          moved = true
          break
        }
      }
    }
    guard s < e else { return [] }
    // The names open the slot, or follow a noun for a kind of person, which
    // ends in an agentive character (网店主朱蕾, 个体户李某, 受害人梁某某).
    // …or a modifier ending in 的 (不服结果的方林富).
    for p in s..<e where p == s || t[p - 1] == "的" || Self.agentiveEndings.contains(t[p - 1]) {
      let found = strictPartyListWithEnd(at: p, limit: e)
      guard found.end == e, !found.names.isEmpty else { continue }
      // 法院 / 检察院 in the slot is no party's suit (the prosecution rules read it).
      return found.names.filter { !isOrganizationName($0.name, ofKind: [.court, .procuratorate]) }
    }
    return onceToldSlot(from: s, to: e)
  }

  /// `case.party.slot-named-once`: a full name told once fills the whole slot
  /// (廖峰向仲裁委申请仲裁, 2021年3月，曾超将…诉至法院, 受害人李伟依法向…): the
  /// slot running exactly from its opener or kind noun to the verb's adverbs is
  /// closure enough, no recurrence is needed. Each person's name must pass the
  /// once-told shape (no 律师 / 法官 / 公司 for a given name).
  private func onceToldSlot(from s: Int, to e: Int) -> [ReadParty] {
    let t = doc.folded
    for p in s..<e where p == s || Self.agentiveEndings.contains(t[p - 1]) {
      let found = strictPartyListWithEnd(at: p, limit: e, recurring: false)
      guard found.end == e, !found.names.isEmpty else { continue }
      // 代理律师王强向法院申请…: one who acts for a party.
      if p > s,
        Self.slotNonPartyNouns.contains(where: { noun in
          let n = noun.unicodeScalars.count
          return p - n >= s && t.hasLiteral(noun, at: p - n)
        })
      {
        return []
      }
      let sound = found.names.allSatisfy { n in
        strictName(at: n.span.start, limit: n.span.end) != nil
          || (nameNamedOnce(at: n.span.start, limit: n.span.end) == n.span.range
            && !Self.slotNotNames.contains(where: { t.hasLiteral($0, at: n.span.start) }))
      }
      guard sound else { return [] }
      return found.names.filter { !isOrganizationName($0.name, ofKind: [.court, .procuratorate]) }
    }
    return []
  }

  /// True when nothing but openers and adverbs stands from `start` to `end`
  /// (…后，无奈将…): the clause's subject is carried from before.
  func slotIsBare(from start: Int, to end: Int) -> Bool {
    let t = doc.folded
    var s = skipOpeners(skipConnectives(skipBlanks(start), limit: end), limit: end)
    var moved = true
    while moved, s < end {
      moved = false
      for adverb in Self.slotAdverbs where t.hasLiteral(adverb, at: s) {
        s += adverb.unicodeScalars.count
        moved = true
        break
      }
    }
    return s >= end
  }

  /// The last characters of nouns for kinds of persons (店主, 农民工, 村民,
  /// 受害人, 消费者, 职员, 个体户, 商家, 买方).
  static let agentiveEndings: ScalarBitmap = [
    "主", "工", "民", "人", "者", "员", "户", "家", "方", "商", "师", "生",
  ]

  /// Kind-of-party nouns before a name, longest first (受害人 before 受害).
  static let slotKindNouns: [String] = genericPartyNouns.union(["村民", "居民", "市民", "工人", "民工"])
    .sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }

  /// Adverbs between a subject and its verb, longest first.
  static let slotAdverbs: [String] =
    (suerAdverbs + [
      "依法", "无奈", "只好", "只得", "于是", "随后", "先后", "再", "已", "因此", "为此", "最终", "终于", "一纸诉状",
    ]).sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
}
