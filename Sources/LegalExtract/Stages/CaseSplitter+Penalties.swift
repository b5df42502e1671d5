import ChineseText

extension CaseSplitter {
  /// Penalties on different actors told in different sentences, each with
  /// its own amount (某某炒货店因…被罚20万元…；…对叶先生罚款1.5万元 / 甲超市
  /// 因…被处以罚款5000元。…监管部门又对乙药店罚款2万元): one case per
  /// actor, from the sentence that penalises it to the next one's. Two
  /// penalties in one sentence (对该公司罚款10万元，对其负责人罚款1万元)
  /// are one decision, not two cases.
  static func byPenalisedActors(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [CaseSection]?
  {
    let t = doc.folded
    guard end <= t.count else { return nil }
    // Every penalty found below has an amount in 元 (`money`): a text
    // without one has none, and the sentence walk is spared.
    guard t.firstOffset(of: ["元"], in: 0..<end) != nil else { return nil }
    // Every penalty, sentence by sentence, with the paragraph it stands in.
    var told: [(penalty: Penalised, line: Int, alone: Bool)] = []
    for (index, line) in lines.enumerated() where line.range.upperBound <= end {
      var sentence = line.range.lowerBound
      while sentence < line.range.upperBound {
        var stop = sentence
        while stop < line.range.upperBound, !CaseToldRules.sentenceEnds.contains(t[stop]) {
          stop += 1
        }
        // A sentence that opens with 被 leaves its subject to the paragraph's
        // opening firm (甲公司因…擅自开工建设。被市环保部门责令停止建设，处15万元罚款。).
        let here = penalties(
          t, in: sentence..<stop,
          subject: sentence > line.range.lowerBound ? line.range.lowerBound..<sentence : nil)
        for p in here { told.append((p, index, here.count == 1)) }
        sentence = stop + 1
      }
    }
    // A matter is made by a sentence that penalises one actor alone.
    var matters: [Penalised] = []
    for entry in told
    where entry.alone && !matters.contains(where: { $0.sameMatter(as: entry.penalty, t) }) {
      matters.append(entry.penalty)
    }
    guard matters.count >= 2 else { return nil }
    // Each matter starts at the first paragraph that penalises it and no
    // other (a lead that sums up every penalty is nobody's), else at its
    // first sentence.
    var starts: [Int] = matters.map { m in
      let own = told.first { entry in
        entry.penalty.sameMatter(as: m, t)
          && !told.contains { other in
            other.line == entry.line && !other.penalty.sameMatter(as: m, t)
          }
      }
      return own.map { lines[$0.line].range.lowerBound } ?? m.sentence.lowerBound
    }
    starts.sort()
    return starts.enumerated().map { n, start in
      let stop = n + 1 < starts.count ? starts[n + 1] : end
      return CaseSection(span: TextSpan(start, max(stop, start + 1)))
    }
  }

  /// One penalty told in a sentence: the sentence, the actor's name, the amount.
  struct Penalised {
    var sentence: Range<Int>
    var actor: Range<Int>
    var amount: Range<Int>

    /// The same actor or the same amount: one matter told again. Two firms
    /// named in full (甲实业有限公司, 乙矿业有限公司) are two matters even
    /// when their fines agree.
    func sameMatter(as other: Penalised, _ t: [Unicode.Scalar]) -> Bool {
      let a = Array(t[actor])
      let b = Array(t[other.actor])
      let sameActor =
        a.count <= b.count
        ? b.firstOffset(of: a, in: 0..<b.count) != nil
        : a.firstOffset(of: b, in: 0..<a.count) != nil
      if sameActor { return true }
      let full = CaseMatterRules.fullFirmNameLength
      if a.count >= full, b.count >= full,
        CaseMatterRules.fullFirmSuffixes.contains(where: { a.suffix($0.count).elementsEqual($0) }),
        CaseMatterRules.fullFirmSuffixes.contains(where: { b.suffix($0.count).elementsEqual($0) })
      {
        return false
      }
      return t[amount].elementsEqual(t[other.amount])
    }
  }

  /// The penalties a sentence tells on named actors: actor … 被罚/被处以,
  /// or 对 + actor + a decision (作出, 处以, 罚款); each with an amount of
  /// money after it in the sentence.
  static func penalties(
    _ t: [Unicode.Scalar], in sentence: Range<Int>, subject: Range<Int>? = nil
  ) -> [Penalised] {
    var found: [Penalised] = []
    // 被罚 / 被处以, or 被 + the body + 罚款 (被区市场监管局罚款2万元); each
    // actor after the penalty before it (甲店被罚款2万元，周先生被罚款8000元).
    var floor = sentence.lowerBound
    for at in passivePenalties(t, in: sentence) {
      let before = max(floor, at - CaseMatterRules.penalisedActorReach)..<at
      floor = at + 1
      let next = t.firstOffset(of: "被", in: (at + 1)..<sentence.upperBound) ?? sentence.upperBound
      var actor = penalisedActor(t, in: before)
      // 被 opening the sentence: the paragraph's opening firm is penalised.
      if actor == nil, at == sentence.lowerBound, let subject {
        let head =
          subject
          .lowerBound..<min(
            subject.upperBound, subject.lowerBound + CaseMatterRules.penalisedActorReach)
        if let firm = CaseMatterEvidence.namedFirm(t, in: head), firm.start == subject.lowerBound {
          actor = firm.start..<firm.end
        }
      }
      // A firm in a list (甲公司、乙公司，最高被处20万元罚款) sums several up.
      if let a = actor, isListed(t, a) { continue }
      if let actor, let amount = money(t, in: at..<next) {
        found.append(Penalised(sentence: sentence, actor: actor, amount: amount))
      }
    }
    var from = sentence.lowerBound
    while let at = t.firstOffset(of: "对", in: from..<sentence.upperBound) {
      from = at + 1
      let reach = min(sentence.upperBound, at + 1 + CaseMatterRules.penalisedActorReach)
      guard let actor = penalisedActor(t, in: (at + 1)..<reach), actor.lowerBound == at + 1,
        CaseMatterRules.activePenaltyWords.contains(where: {
          t.hasLiteral($0, at: actor.upperBound)
        })
      else { continue }
      // The amount stands before the next 对 (对甲罚款1万元，对乙罚款2万元).
      let next =
        t.firstOffset(of: "对", in: actor.upperBound..<sentence.upperBound) ?? sentence.upperBound
      guard let amount = money(t, in: actor.upperBound..<next) else { continue }
      let p = Penalised(sentence: sentence, actor: actor, amount: amount)
      if !found.contains(where: { $0.sameMatter(as: p, t) }) { found.append(p) }
    }
    return found
  }

  /// True when the actor stands in a list of names (甲公司、乙公司).
  static func isListed(_ t: [Unicode.Scalar], _ actor: Range<Int>) -> Bool {
    (actor.lowerBound > 0 && CaseMatterRules.actorListMarks.contains(t[actor.lowerBound - 1]))
      || (actor.upperBound < t.count
        && CaseMatterRules.actorListMarks.contains(t[actor.upperBound]))
  }

  /// Where the passive penalties of a sentence stand: a passive word
  /// (被罚, 被处以), or 被 with a penalty verb a body's name after it, in the
  /// same clause (被区市场监管局罚款, 被当地税务部门处以罚款).
  /// `CaseMatterRules.passiveBodyPenalties` as scalars, and their first
  /// scalars: most scalars after a 被 start none of them.
  private static let passiveBodyPenaltyScalars = CaseMatterRules.passiveBodyPenalties.map(
    \.scalarArray)
  private static let passiveBodyPenaltyFirsts = ScalarBitmap(
    firstScalarsOf: passiveBodyPenaltyScalars)

  static func passivePenalties(_ t: [Unicode.Scalar], in sentence: Range<Int>) -> [Int] {
    var found: [Int] = []
    let penalties = passiveBodyPenaltyScalars
    let firsts = passiveBodyPenaltyFirsts
    var from = sentence.lowerBound
    while let bei = t.firstOffset(of: "被", in: from..<sentence.upperBound) {
      from = bei + 1
      if CaseMatterRules.passivePenaltyWords.contains(where: { t.hasLiteral($0, at: bei) }) {
        found.append(bei)
        continue
      }
      var k = bei + 1
      while k < min(sentence.upperBound, bei + 1 + CaseMatterRules.passiveBodyReach),
        !CaseSuitRules.clauseStops.contains(t[k])
      {
        if firsts.contains(t[k]), penalties.contains(where: { t.hasLiteral($0, at: k) }) {
          found.append(bei)
          break
        }
        k += 1
      }
    }
    return found
  }

  /// A named actor in `range`: a named firm, a person addressed by surname
  /// (叶先生) or an anonymised name (王某); the last one before a passive
  /// penalty, the first after 对.
  private static func penalisedActor(_ t: [Unicode.Scalar], in range: Range<Int>) -> Range<Int>? {
    guard !range.isEmpty else { return nil }
    if let firm = CaseMatterEvidence.namedFirm(t, in: range) { return firm.range }
    if let person = CaseToldCues.addressedPerson(t, range: range) { return person.range }
    if let at = CaseToldCues.anonymisedNameOffset(t, range: range), at + 2 <= range.upperBound {
      return at..<(at + 2)
    }
    return nil
  }

  /// The first amount of money in `range` (20万元, 1.5万元, 5000元).
  private static func money(_ t: [Unicode.Scalar], in range: Range<Int>) -> Range<Int>? {
    var k = range.lowerBound
    while k < range.upperBound {
      defer { k += 1 }
      guard t[k] == "元", k > range.lowerBound else { continue }
      var s = k
      while s > range.lowerBound, ChineseNumeral.isNumeralScalar(t[s - 1]) || t[s - 1] == "." {
        s -= 1
      }
      if s < k { return s..<(k + 1) }
    }
    return nil
  }
}
