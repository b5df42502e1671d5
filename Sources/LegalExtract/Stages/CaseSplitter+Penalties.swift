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
    var found: [Penalised] = []
    for line in lines where line.range.upperBound <= end {
      var sentence = line.range.lowerBound
      while sentence < line.range.upperBound {
        var stop = sentence
        while stop < line.range.upperBound, !CaseToldRules.sentenceEnds.contains(t[stop]) {
          stop += 1
        }
        if let p = penalised(t, in: sentence..<stop),
          !found.contains(where: { $0.sameMatter(as: p, t) })
        {
          found.append(p)
        }
        sentence = stop + 1
      }
    }
    guard found.count >= 2 else { return nil }
    return found.enumerated().map { n, p in
      let stop = n + 1 < found.count ? found[n + 1].sentence.lowerBound : end
      return CaseSection(span: TextSpan(p.sentence.lowerBound, max(stop, p.sentence.upperBound)))
    }
  }

  /// One penalty told in a sentence: the sentence, the actor's name, the amount.
  struct Penalised {
    var sentence: Range<Int>
    var actor: Range<Int>
    var amount: Range<Int>

    /// The same actor or the same amount: one matter told again.
    func sameMatter(as other: Penalised, _ t: [Unicode.Scalar]) -> Bool {
      let a = Array(t[actor])
      let b = Array(t[other.actor])
      let sameActor =
        a.count <= b.count
        ? b.firstOffset(of: a, in: 0..<b.count) != nil : a.firstOffset(of: b, in: 0..<a.count) != nil
      return sameActor || t[amount].elementsEqual(t[other.amount])
    }
  }

  /// The penalty a sentence tells on a named actor: 对 + actor + 罚款/处以,
  /// or actor … 被罚/被处以; then an amount of money in the sentence.
  static func penalised(_ t: [Unicode.Scalar], in sentence: Range<Int>) -> Penalised? {
    for word in CaseMatterRules.passivePenaltyWords {
      guard let at = t.firstOffset(of: word, in: sentence) else { continue }
      let before = max(sentence.lowerBound, at - CaseMatterRules.penalisedActorReach)..<at
      guard let actor = penalisedActor(t, in: before),
        let amount = money(t, in: at..<sentence.upperBound)
      else { continue }
      return Penalised(sentence: sentence, actor: actor, amount: amount)
    }
    var from = sentence.lowerBound
    while let at = t.firstOffset(of: "对", in: from..<sentence.upperBound) {
      from = at + 1
      let reach = min(sentence.upperBound, at + 1 + CaseMatterRules.penalisedActorReach)
      guard let actor = penalisedActor(t, in: (at + 1)..<reach), actor.lowerBound == at + 1,
        CaseMatterRules.activePenaltyWords.contains(where: { t.hasLiteral($0, at: actor.upperBound) }),
        let amount = money(t, in: actor.upperBound..<sentence.upperBound)
      else { continue }
      return Penalised(sentence: sentence, actor: actor, amount: amount)
    }
    return nil
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
