import ChineseText

extension CaseSplitter {
  /// Cases a work report names one per sentence as the object of a sentence
  /// passed (对在车库抢劫的被告人肖某从重判处刑罚。…对醉酒后袭警的被告人
  /// 蔡某判处有期徒刑九个月。): the clause 对 + what the person did + 的 +
  /// an optional role word + a name list + 判处/判决; one case per such
  /// sentence, its section the clause from 对 to the sentence's end
  /// (case.split.sentenced-objects). Refused when a person is named before
  /// their sentence or again after it (one case's co-defendants told one by
  /// one), or when fewer than two or more than `sentencedObjectLimit`
  /// sentences are found.
  static func bySentencedObjects(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [CaseSection]?
  {
    let t = doc.folded
    var found: [(span: TextSpan, name: Range<Int>)] = []
    for line in lines where line.range.upperBound <= end {
      // One walk refuses a paragraph with no sentence passed in it.
      guard
        t.firstOffset(of: CaseSegmentRules.sentencedObjectVerbs[0], in: line.range) != nil
          || t.firstOffset(of: CaseSegmentRules.sentencedObjectVerbs[1], in: line.range) != nil
      else { continue }
      var sentence = line.range.lowerBound
      while sentence < line.range.upperBound {
        var stop = sentence
        while stop < line.range.upperBound,
          !CaseSegmentRules.matterSentenceEnds.contains(t[stop])
        {
          stop += 1
        }
        if let (clause, name) = sentencedObject(t, in: sentence..<stop) {
          let key = Array(t[name])
          // Named before: the person's case is told already.
          if t.firstOffset(of: key, in: 0..<sentence) != nil { return nil }
          found.append((TextSpan(clause, min(line.range.upperBound, stop + 1)), name))
          if found.count > CaseSegmentRules.sentencedObjectLimit { return nil }
        }
        sentence = stop + 1
      }
    }
    guard found.count >= 2 else { return nil }
    // Named again after its sentence: one case told over several sentences.
    for f in found where t.firstOffset(of: Array(t[f.name]), in: f.span.end..<end) != nil {
      return nil
    }
    return found.map { CaseSection(span: $0.span) }
  }

  /// In the sentence `range`, a clause 对…的[role]甲[、乙][等][均/从重]判处:
  /// where the clause starts (its 对's clause) and the first name.
  static func sentencedObject(_ t: [Unicode.Scalar], in range: Range<Int>)
    -> (clause: Int, name: Range<Int>)?
  {
    var from = range.lowerBound
    while let de = t.firstOffset(of: "的", in: from..<range.upperBound) {
      from = de + 1
      var k = de + 1
      var role = false
      if let r = CaseSegmentRules.sentencedObjectRoles.first(where: { t.hasLiteral($0, at: k) }) {
        k += r.count
        role = true
      }
      guard let first = sentencedName(t, at: k, limit: range.upperBound, fullNames: role) else {
        continue
      }
      // More names joined by 、/和/及, then 等(人), then adverbs.
      var p = first.upperBound
      while p + 1 < range.upperBound, CaseSegmentRules.sentencedObjectJoiners.contains(t[p]),
        let more = sentencedName(t, at: p + 1, limit: range.upperBound, fullNames: role)
      {
        p = more.upperBound
      }
      if p < range.upperBound, t[p] == "等" { p += 1 }
      if p < range.upperBound, t[p] == "人" { p += 1 }
      while let a = CaseSegmentRules.sentencedObjectAdverbs.first(where: { t.hasLiteral($0, at: p) }
      ) {
        p += a.count
      }
      guard CaseSegmentRules.sentencedObjectVerbs.contains(where: { t.hasLiteral($0, at: p) })
      else { continue }
      // 对 opens the clause the 的 closes: no clause mark between them.
      var c = de
      var dui: Int?
      while c > range.lowerBound, de - c < CaseSegmentRules.sentencedObjectReach,
        !CaseSegmentRules.sentencedObjectClauseMarks.contains(t[c - 1])
      {
        c -= 1
        if t[c] == "对" { dui = c }
      }
      guard let dui, dui + 1 < de else { continue }
      return (c, first)
    }
    return nil
  }

  /// A person's name at `k`: an anonymised name (肖某, 王某某), or with a
  /// role word before it a full name from the surname table, ended by a
  /// joiner, 等, an adverb or the verb.
  static func sentencedName(_ t: [Unicode.Scalar], at k: Int, limit: Int, fullNames: Bool)
    -> Range<Int>?
  {
    guard k < limit, let s = SurnameLexicon.surnameLength(in: t, at: k),
      !CasePartyFinder.functionCharacters.contains(t[k])
    else { return nil }
    func ends(_ e: Int) -> Bool {
      guard e < limit else { return false }
      return CaseSegmentRules.sentencedObjectJoiners.contains(t[e]) || t[e] == "等"
        || CaseSegmentRules.sentencedObjectAdverbs.contains { t.hasLiteral($0, at: e) }
        || CaseSegmentRules.sentencedObjectVerbs.contains { t.hasLiteral($0, at: e) }
    }
    if k + s < limit, t[k + s] == "某" {
      var e = k + s + 1
      if e < limit, CaseSegmentRules.anonymisedNameTails.contains(t[e]) { e += 1 }
      return ends(e) ? k..<e : nil
    }
    guard fullNames else { return nil }
    for given in 1...2 {
      let e = k + s + given
      guard e <= limit, (k..<e).allSatisfy({ t[$0].isHan && t[$0] != "某" }) else { break }
      if ends(e) { return k..<e }
    }
    return nil
  }
}
