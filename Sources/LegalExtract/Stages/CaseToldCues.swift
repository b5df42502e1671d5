import ChineseText

/// Reads the CaseToldRule cues: the first that holds, and where.
enum CaseToldCues {
  struct Match {
    var rule: CaseToldRule
    var span: TextSpan
  }

  /// The cues read from the scalars alone, each finding where it holds, in
  /// the order they are tried (after the participant, name and title cues).
  static let spanCues:
    [(rule: CaseToldRule, find: @Sendable ([Unicode.Scalar], Range<Int>) -> TextSpan?)] = [
      (.addressedPerson, { addressedParty($0, range: $1) }),
      (.namesBeforeCount, { namesBeforeCount($0, range: $1) }),
      (.oneCaseCounted, { oneCaseCounted($0, range: $1) }),
      (.sentencedPerson, { sentencedPerson($0, range: $1) }),
      (.sentenceOnPerson, { sentenceOnPerson($0, range: $1) }),
      (.personPenalised, { personPenalised($0, range: $1) }),
      (.namesJudged, { namesJudged($0, range: $1) }),
      (.takenIn, { takenIn($0, range: $1) }),
      (.defendantInCustody, { defendantInCustody($0, range: $1) }),
      (.penaltyOnParty, { penaltyOnParty($0, range: $1) }),
      (.penaltyOnBody, { penaltyOnBody($0, range: $1) }),
      (.thisCase, { thisCase($0, range: $1) }),
      (.pseudonym, { pseudonym($0, range: $1) }),
      (.anonymisedBody, { anonymisedBody($0, range: $1) }),
      (.onePartyJudged, { onePartyJudged($0, range: $1) }),
      (.suitBrought, { suitBrought($0, range: $1) }),
      (.convicted, { convicted($0, range: $1) }),
      (.countedDefendants, { countedDefendants($0, range: $1) }),
    ]

  /// The first cue (in CaseToldRule order) that shows `range` tells a case.
  static func first(
    in doc: TextDocument, lines: [ArticleLine], range: Range<Int>,
    excluding: Set<CaseToldRule> = []
  ) -> Match? {
    let t = doc.folded
    if let at = CaseSplitter.participantOffset(t, range: range) {
      return Match(rule: .participant, span: TextSpan(at, at + 1))
    }
    if let at = anonymisedNameOffset(t, range: range) {
      return Match(rule: .anonymisedName, span: TextSpan(at, at + 2))
    }
    if let title = CaseSplitter.inlineTitle(lines, doc: doc),
      CaseSplitter.namesPerson(t[title.range])
    {
      return Match(rule: .titleNamesParty, span: title)
    }
    // …审理王某社涉嫌盗窃案，…: a person-led title told in the lead.
    if let title = CaseSplitter.personTitleInLead(lines, t) {
      return Match(rule: .titleNamesParty, span: title)
    }
    // 甲诉乙…案 as the heading: the parties are named.
    if let (_, title) = CaseSplitter.headingTitle(lines),
      let su = t.firstOffset(of: ["诉"], in: title.range),
      su > title.start + 1, !["起", "上", "申", "公", "抗", "告", "反"].contains(t[su - 1])
    {
      return Match(rule: .titleNamesParty, span: title)
    }
    for cue in spanCues where !excluding.contains(cue.rule) {
      if let span = cue.find(t, range) { return Match(rule: cue.rule, span: span) }
    }
    return nil
  }

  /// 某健身房, 某机械厂: 某, a few characters, and a body's suffix, in a
  /// clause that is no case title (某科技公司诉某信息技术公司…案 names a
  /// case a list only lists).
  static func anonymisedBody(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    var from = range.lowerBound
    while let mou = t.firstOffset(of: "某", in: from..<range.upperBound) {
      from = mou + 1
      var k = mou + 1
      // 某些公司, 某种企业: "some", not an anonymised name.
      if k < range.upperBound, CaseToldRules.notAnonymisingAfterMou.contains(t[k]) { continue }
      let reach = min(range.upperBound, mou + 1 + CaseToldRules.anonymisedBodyReach)
      var end: Int?
      while k < reach, t[k].isHan, t[k] != "某" {
        if let m = CaseToldRules.businessSuffixTrie.longestMatch(
          in: t, from: k, limit: range.upperBound)
        {
          end = m.end
          break
        }
        k += 1
      }
      guard let end else { continue }
      var e = end
      while e < range.upperBound, !CaseSuitRules.clauseStops.contains(t[e]), t[e] != "案" {
        e += 1
      }
      if e < range.upperBound, t[e] == "案", !CaseSplitter.isCaseWordTail(t, e) { continue }
      var s = mou
      while s > range.lowerBound, !CaseSuitRules.clauseStops.contains(t[s - 1]), t[s - 1] != "案" {
        s -= 1
      }
      // …案、某公司…: a title list goes on.
      if s > range.lowerBound, t[s - 1] == "案" { continue }
      return TextSpan(mou, end)
    }
    return nil
  }

  /// 张成（化名）: a name led by a surname, two to four characters, right
  /// before a pseudonym note.
  static func pseudonym(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    for note in CaseToldRules.pseudonymNotes {
      var from = range.lowerBound
      while let at = t.firstOffset(of: note, in: from..<range.upperBound) {
        from = at + 1
        for length in [3, 2, 4] where at - length >= range.lowerBound {
          let s = at - length
          guard (s..<at).allSatisfy({ t[$0].isHan }),
            SurnameLexicon.surnameLength(in: t, at: s) != nil,
            !CasePartyFinder.functionCharacters.contains(t[s])
          else { continue }
          return TextSpan(s, at + note.unicodeScalars.count)
        }
      }
    }
    return nil
  }

  /// 将人船押回高雄侦办: a take-in verb, then the handing on for
  /// investigation in the same clause.
  static func takenIn(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    for verb in CaseToldRules.takeInVerbs {
      var from = range.lowerBound
      while let at = t.firstOffset(of: verb, in: from..<range.upperBound) {
        from = at + 1
        var k = at + verb.unicodeScalars.count
        let reach = min(range.upperBound, k + CaseToldRules.takenInReach)
        while k < reach, !CaseSuitRules.clauseStops.contains(t[k]) {
          if let word = CaseToldRules.investigationWords.first(where: { t.hasLiteral($0, at: k) }) {
            return TextSpan(at, k + word.unicodeScalars.count)
          }
          k += 1
        }
      }
    }
    return nil
  }

  /// 拒绝被告保释申请 / 被告须继续还押: a defendant word a few characters
  /// before a bail or remand word, in the same clause.
  static func defendantInCustody(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    for word in CaseToldRules.custodyWords {
      var from = range.lowerBound
      while let at = t.firstOffset(of: word, in: from..<range.upperBound) {
        from = at + 1
        var k = at
        while k > max(range.lowerBound, at - CaseToldRules.custodyReach),
          !CaseSuitRules.clauseStops.contains(t[k - 1])
        {
          k -= 1
          if let role = CaseToldRules.defendantWords.first(where: { t.hasLiteral($0, at: k) }),
            k + role.unicodeScalars.count <= at
          {
            return TextSpan(k, at + word.unicodeScalars.count)
          }
        }
      }
    }
    return nil
  }

  /// 对当事人作出…罚款合计0.54万元的行政处罚: a penalty decided on the
  /// party, with an amount in money before the sentence ends.
  static func penaltyOnParty(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    let target = CaseToldRules.penaltyTarget
    let length = target.unicodeScalars.count
    var from = range.lowerBound
    while let at = t.firstOffset(of: target, in: from..<range.upperBound) {
      from = at + 1
      let k = at + length
      guard CaseToldRules.penaltyVerbs.contains(where: { t.hasLiteral($0, at: k) }) else {
        // A dated decision on the party without an amount (2022年4月7日，该局
        // 依法对当事人…的行为作出责令改正、给予警告的处罚).
        if let span = datedDecisionOnParty(t, at: at, from: k, range: range) { return span }
        continue
      }
      var e = k
      while e < range.upperBound, t[e] != "。", t[e] != "；" {
        if t[e] == "元", e > k, ChineseNumeral.isNumeralScalar(t[e - 1]) || t[e - 1] == "万" {
          return TextSpan(at, e + 1)
        }
        e += 1
      }
    }
    return nil
  }

  /// 对当事人 + the conduct (…的行为) + a decision (作出, 给予) and a penalty
  /// word before the sentence ends, in a sentence that opens with a date:
  /// a decision taken, not a rule for taking one.
  static func datedDecisionOnParty(
    _ t: [Unicode.Scalar], at: Int, from k: Int, range: Range<Int>
  ) -> TextSpan? {
    var sentence = at
    while sentence > range.lowerBound, !CaseToldRules.sentenceEnds.contains(t[sentence - 1]) {
      sentence -= 1
    }
    guard CaseSplitter.lastDateToken(t, in: sentence..<at) != nil else { return nil }
    var e = k
    var decided = false
    while e < range.upperBound, !CaseToldRules.sentenceEnds.contains(t[e]) {
      if !decided, CaseToldRules.partyDecisionVerbs.contains(where: { t.hasLiteral($0, at: e) }) {
        decided = true
      }
      if decided, let w = CaseToldRules.penaltyWords.first(where: { t.hasLiteral($0, at: e) }) {
        return TextSpan(at, e + w.unicodeScalars.count)
      }
      e += 1
    }
    return nil
  }

  /// 对上述2家企业作出行政处罚决定 / 对该公司处以罚款5万元: 对, a noun phrase
  /// that points at particular firms (a determiner, or a count of one to
  /// three) and ends in a firm's noun, a decision right after it, and a
  /// penalty word before the sentence ends. A larger count (对120家企业)
  /// is a round-up's figure.
  static func penaltyOnBody(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    var from = range.lowerBound
    while let at = t.firstOffset(of: "对", in: from..<range.upperBound) {
      from = at + 1
      let reach = min(range.upperBound, at + 1 + CaseToldRules.penalisedPhraseReach)
      var pointed = false
      var counted = false
      var j = at + 1
      while j < reach, t[j].isHan || ChineseNumeral.isArabicDigit(t[j]) {
        if !pointed, CaseToldRules.pointingDeterminers.contains(where: { t.hasLiteral($0, at: j) })
        {
          pointed = true
        }
        if CaseToldRules.firmClassifiers.contains(t[j]), j > at + 1 {
          var n = j
          while n > at + 1, ChineseNumeral.isNumeralScalar(t[n - 1]) { n -= 1 }
          if n < j, let v = ChineseNumeral.value(of: t[n..<j])?.integerValue {
            guard v <= CaseToldRules.particularCountLimit else { break }
            counted = true
          }
        }
        if pointed || counted,
          CaseToldRules.penalisedBodyNouns.contains(where: { noun in
            let n = noun.unicodeScalars.count
            return j + 1 - n > at + 1 && t.hasLiteral(noun, at: j + 1 - n)
          }),
          CaseToldRules.bodyDecisionVerbs.contains(where: { t.hasLiteral($0, at: j + 1) })
        {
          var e = j + 1
          while e < range.upperBound, !CaseToldRules.sentenceEnds.contains(t[e]) {
            if let w = CaseToldRules.penaltyWords.first(where: { t.hasLiteral($0, at: e) }) {
              return TextSpan(at, e + w.unicodeScalars.count)
            }
            e += 1
          }
        }
        j += 1
      }
    }
    return nil
  }

  /// 本案系… / 该案经…: "this case" at the head of a clause.
  static func thisCase(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    for word in CaseToldRules.thisCaseWords {
      var from = range.lowerBound
      while let at = t.firstOffset(of: word, in: from..<range.upperBound) {
        from = at + 1
        let next = at + 2
        guard next < range.upperBound, CaseToldRules.thisCaseFollowers.contains(t[next]),
          at == range.lowerBound || !t[at - 1].isHan
        else { continue }
        return TextSpan(at, next)
      }
    }
    return nil
  }

  /// 朱某明各被判刑十六个月, 李永达被判处: a name led by a surname, closed
  /// on its left by punctuation, right before a sentence passed on it.
  static func sentencedPerson(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    var from = range.lowerBound
    while let at = t.firstOffset(of: ["被", "判"], in: from..<range.upperBound) {
      from = at + 1
      var e = at
      for word in CaseToldRules.beforeSentence
      where e - word.unicodeScalars.count >= range.lowerBound {
        if t.hasLiteral(word, at: e - word.unicodeScalars.count) {
          e -= word.unicodeScalars.count
          break
        }
      }
      for length in [3, 2] where e - length > range.lowerBound {
        let s = e - length
        guard SurnameLexicon.surnameLength(in: t, at: s) != nil,
          (s..<e).allSatisfy({ t[$0].isHan }),
          !t[s - 1].isHan || afterPost(t, s, from: range.lowerBound),
          !CasePartyFinder.functionCharacters.contains(t[s])
        else { continue }
        return TextSpan(s, e)
      }
    }
    return nil
  }

  /// 对刘某明数罪并罚，决定执行有期徒刑20年 / 判处王建国有期徒刑三年: a
  /// name led by a surname right after 对 or 判处, that the text names again
  /// elsewhere (a name recurs, a word after 对 mostly does not), and a
  /// sentence or penalty before the sentence ends.
  static func sentenceOnPerson(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    for lead in CaseToldRules.sentenceLeads {
      var from = range.lowerBound
      while let at = t.firstOffset(of: lead, in: from..<range.upperBound) {
        from = at + 1
        let s = at + lead.unicodeScalars.count
        guard s < range.upperBound, SurnameLexicon.surnameLength(in: t, at: s) != nil,
          !CasePartyFinder.functionCharacters.contains(t[s])
        else { continue }
        // The sentence or penalty first (read locally), then the name's
        // second mention (read over the text) only for a lead that has one.
        var k = s + 1
        var term: Int?
        while k < range.upperBound, !CaseToldRules.sentenceEnds.contains(t[k]) || t[k] == "；" {
          if let w = CaseToldRules.sentenceTerms.first(where: { t.hasLiteral($0, at: k) }) {
            term = k + w.unicodeScalars.count
            break
          }
          k += 1
        }
        guard let term else { continue }
        for length in CaseToldRules.sentencedNameLengths where s + length < term {
          let e = s + length
          // 对单位判处罚金: a statute's word for an offender, no name.
          if CaseToldRules.wordsNotNames.contains(where: { t.hasLiteral($0, at: s) }) { break }
          if (s..<e).allSatisfy({ t[$0].isHan }), namedAgain(t, s..<e) {
            return TextSpan(s, term)
          }
        }
      }
    }
    return nil
  }

  /// 周某恒拒不履行，最终被公安机关行政拘留: 被 and a penalty or step
  /// within a few characters, and a clause of the same sentence before it
  /// that opens with a name the text names again.
  static func personPenalised(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    var from = range.lowerBound
    while let bei = t.firstOffset(of: "被", in: from..<range.upperBound) {
      from = bei + 1
      var k = bei + 1
      var term: Int?
      while k < min(range.upperBound, bei + 1 + CaseToldRules.penalisedTermReach),
        !CaseToldRules.sentenceEnds.contains(t[k])
      {
        if let w = CaseToldRules.personOutcomes.first(where: { t.hasLiteral($0, at: k) }) {
          term = k + w.unicodeScalars.count
          break
        }
        k += 1
      }
      guard let term else { continue }
      // Clause openings of the sentence, back from 被.
      var s = bei
      while s > range.lowerBound, bei - s < CaseToldRules.penalisedClauseReach,
        !CaseToldRules.sentenceEnds.contains(t[s - 1])
      {
        s -= 1
        guard
          s == range.lowerBound || CaseSuitRules.clauseStops.contains(t[s - 1])
            || CaseToldRules.sentenceEnds.contains(t[s - 1])
        else { continue }
        guard SurnameLexicon.surnameLength(in: t, at: s) != nil,
          !CasePartyFinder.functionCharacters.contains(t[s])
        else { continue }
        for length in CaseToldRules.sentencedNameLengths where s + length < bei {
          if (s..<(s + length)).allSatisfy({ t[$0].isHan }), namedAgain(t, s..<(s + length)) {
            return TextSpan(s, term)
          }
        }
      }
    }
    return nil
  }

  /// True when the name at `range` stands again elsewhere in the text.
  static func namedAgain(_ t: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    let name = Array(t[range])
    var from = 0
    while let at = t.firstOffset(of: name, in: from..<t.count) {
      if at != range.lowerBound { return true }
      from = at + 1
    }
    return false
  }

  /// 陆某、黄某杰、万某雪…受到不同程度的判罚: a clause that opens with two or
  /// more surname-led names joined by 、 and passes judgment on them.
  static func namesJudged(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    for w in CaseToldRules.judgedWords {
      var from = range.lowerBound
      while let at = t.firstOffset(of: w, in: from..<range.upperBound) {
        from = at + 1
        var s = at
        while s > range.lowerBound, at - s < CaseToldRules.judgedClauseReach,
          !CaseSuitRules.clauseStops.contains(t[s - 1]),
          !CaseToldRules.sentenceEnds.contains(t[s - 1])
        {
          s -= 1
        }
        guard
          s == range.lowerBound || CaseSuitRules.clauseStops.contains(t[s - 1])
            || CaseToldRules.sentenceEnds.contains(t[s - 1])
        else { continue }
        if listedNames(t, from: s, limit: at) >= 2 { return TextSpan(s, at + w.count) }
      }
    }
    return nil
  }

  /// How many surname-led names joined by 、 stand at `from` (陆某、黄某杰、万某雪 → 3),
  /// counting the name after the last 、 only when a surname leads it.
  static func listedNames(_ t: [Unicode.Scalar], from: Int, limit: Int) -> Int {
    var names = 0
    var p = from
    while p < limit, SurnameLexicon.surnameLength(in: t, at: p) != nil,
      !CasePartyFinder.functionCharacters.contains(t[p])
    {
      let lengths = CaseToldRules.listedNameLength
      let low = p + lengths.lowerBound
      let high = max(low, min(limit, p + lengths.upperBound + 1))
      guard let comma = (low..<high).first(where: { t[$0] == "、" }),
        (p..<comma).allSatisfy({ t[$0].isHan })
      else {
        // The last name of the list, closed by anything but 、.
        return names > 0 ? names + 1 : 0
      }
      names += 1
      p = comma + 1
    }
    return names
  }

  /// True when a post that introduces a name ends at `s` (退休牧师|朱耀明).
  static func afterPost(_ t: [Unicode.Scalar], _ s: Int, from lower: Int) -> Bool {
    CaseToldRules.postsBeforeName.contains { post in
      let n = post.unicodeScalars.count
      return s - n >= lower && t.hasLiteral(post, at: s - n)
    }
  }

  /// True when `range` names somebody taking part (the cues that read a
  /// stretch of text, not the lead's title).
  static func namesSomebody(_ t: [Unicode.Scalar], range: Range<Int>) -> Bool {
    CaseSplitter.participantOffset(t, range: range) != nil
      || anonymisedNameOffset(t, range: range) != nil
      || addressedPerson(t, range: range) != nil || namesBeforeCount(t, range: range) != nil
  }

  /// 金某, 王某某: where the first anonymised name of a person starts (not
  /// 杭州某公司: a body named in passing is read by its title).
  static func anonymisedNameOffset(_ text: [Unicode.Scalar], range: Range<Int>) -> Int? {
    var i = range.lowerBound
    while i + 1 < range.upperBound {
      if text[i + 1] == "某", text[i].isHan, text[i] != "某",
        !CaseToldRules.notBeforeMou.contains(text[i])
      {
        return i
      }
      i += 1
    }
    return nil
  }

  /// True when the 某 at `mou` opens an anonymised body (某资产管理公司,
  /// 某化工有限公司): a body suffix follows within a few characters.
  static func opensAnonymisedBody(_ t: [Unicode.Scalar], mou: Int, limit: Int) -> Bool {
    var k = mou + 1
    while k < min(limit, mou + 12), t[k].isHan, t[k] != "某" {
      if CaseRules.bodySuffixTrie.longestMatch(in: t, from: k, limit: min(limit, k + 6)) != nil {
        return true
      }
      k += 1
    }
    return false
  }

  /// An addressed person who is no official introduced by a post: a press
  /// conference's 副主任王某先生 or 新闻发言人李某女士 speaks, takes no part.
  static func addressedParty(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    var from = range.lowerBound
    while from < range.upperBound, let span = addressedPerson(t, range: from..<range.upperBound) {
      // Introduced by a post here or anywhere else (副主任王某先生 … 下面请王某先生).
      let name = Array(t[span.range])
      var official = false
      var k = 0
      while !official, let at = t.firstOffset(of: name, in: k..<t.count) {
        official = afterOfficialPost(t, at)
        k = at + 1
      }
      if !official { return span }
      from = span.start + 1
    }
    return nil
  }

  /// True when an official's post ends at most `givenNameAfterPost`
  /// characters before `start`.
  private static func afterOfficialPost(_ t: [Unicode.Scalar], _ start: Int) -> Bool {
    (0...CaseToldRules.givenNameAfterPost).contains { d in
      CaseToldRules.officialPosts.contains { post in
        let n = post.unicodeScalars.count
        return start - d - n >= 0 && t.hasLiteral(post, at: start - d - n)
      }
    }
  }

  /// The forms of address and 姓, as scalars, and the longest of them.
  static let addressedPersonWords = ScalarWords(
    CaseToldRules.addressForms.map(\.scalarArray) + [["姓"]])
  static let addressedPersonWordReach = addressedPersonWords.map(\.count).max() ?? 0

  /// 倪先生, 陈女士, 張姓船長: a surname, then a form of address or 姓 and
  /// what the person is.
  static func addressedPerson(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    // Refused at once when no form of address and no 姓 can follow a surname here
    // (a surname is at most 2 scalars; a form lies wholly in the text).
    guard !range.isEmpty,
      t.containsAny(
        of: addressedPersonWords,
        in: range.lowerBound..<(range.upperBound + 1 + addressedPersonWordReach))
    else { return nil }
    for i in range where t[i].isHan {
      guard let s = SurnameLexicon.surnameLength(in: t, at: i),
        !CasePartyFinder.functionCharacters.contains(t[i])
      else {
        continue
      }
      let k = i + s
      if let form = CaseToldRules.addressForms.first(where: { t.hasLiteral($0, at: k) }) {
        return TextSpan(i, k + form.unicodeScalars.count)
      }
      if k < range.upperBound, t[k] == "姓",
        let noun = CaseToldRules.surnamedNouns.first(where: {
          t.hasLiteral($0, at: k + 1)
        })
      {
        return TextSpan(i, k + 1 + noun.unicodeScalars.count)
      }
    }
    return nil
  }

  /// 彭发荣、李英等91名被告人: a surname-led name right before 等, a count
  /// and a party word.
  static func namesBeforeCount(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    var from = range.lowerBound
    while let deng = t.firstOffset(of: ["等"], in: from..<range.upperBound) {
      from = deng + 1
      var k = deng + 1
      while k < range.upperBound, ChineseNumeral.isNumeralScalar(t[k]) { k += 1 }
      guard k > deng + 1, k < range.upperBound, CaseSegmentRules.countClassifiers.contains(t[k]),
        CaseRules.roleTrie.longestMatch(in: t, from: k + 1, limit: min(range.upperBound, k + 8))
          != nil
      else { continue }
      for length in [3, 2] where deng - length >= range.lowerBound {
        let s = deng - length
        guard SurnameLexicon.surnameLength(in: t, at: s) != nil,
          (s..<deng).allSatisfy({ t[$0].isHan }),
          s == range.lowerBound || !t[s - 1].isHan
        else { continue }
        return TextSpan(s, deng)
      }
    }
    return nil
  }

  /// 偵破一宗大型海路走私案, 这起赔偿纠纷案件: one case counted as one.
  static func oneCaseCounted(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    for count in CaseToldRules.oneCaseCounts {
      let c = count.scalarArray
      var from = range.lowerBound
      while let at = t.firstOffset(of: c, in: from..<range.upperBound) {
        from = at + 1
        if at > range.lowerBound, CaseToldRules.notOneCaseBefore.contains(t[at - 1]) { continue }
        // 三千四百八十一宗案件: 一 ends a larger number, which counts many cases.
        if at > range.lowerBound, t[at] == "一", ChineseNumeral.isNumeralScalar(t[at - 1]) {
          continue
        }
        var e = at + c.count
        let reach = min(range.upperBound, e + CaseToldRules.oneCaseReach)
        while e < reach, t[e].isHan || t[e] == "“" || t[e] == "”" {
          if let noun = CaseToldRules.oneCaseNouns.first(where: {
            t.hasLiteral($0, at: e)
          }) {
            // 案例 and 案情 count examples and stories, not a case.
            if noun == "案", CaseSplitter.isCaseWordTail(t, e), t[e + 1] != "件" { break }
            return TextSpan(at, e + noun.unicodeScalars.count)
          }
          e += 1
        }
      }
    }
    return nil
  }

  /// 两名被告早前分别判囚, 法院裁定5名被告均无羁押必要: a few defendants
  /// counted (two to nine), as a story of one trial counts its accused; a
  /// count of 被告 or 被告人 only (statistics count 罪犯, 犯罪嫌疑人 and
  /// 被执行人, and in the hundreds).
  static func countedDefendants(_ t: [Unicode.Scalar], range: Range<Int>) -> TextSpan? {
    var from = range.lowerBound
    while let ming = t.firstOffset(of: "名", in: from..<range.upperBound) {
      from = ming + 1
      guard ming > range.lowerBound, t.hasLiteral(CaseToldRules.countedDefendantRole, at: ming + 1),
        CaseToldRules.fewDefendantCounts.contains(t[ming - 1]),
        ming - 1 == range.lowerBound || !ChineseNumeral.isNumeralScalar(t[ming - 2])
      else { continue }
      return TextSpan(ming - 1, ming + 1 + CaseToldRules.countedDefendantRole.count)
    }
    return nil
  }
}
