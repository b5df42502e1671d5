import ChineseText

/// The told-matter evidence model: a stretch of text is a case when it tells
/// a particular matter — an actor (a person named or anonymised, a named or
/// anonymised firm) and procedure or outcome tied to it (处以, 判处, 立案,
/// 责令, …) — and it is no round-up that counts matters (共查处N起, 同比,
/// 累计). Readers of article structure ask it whether a part tells one
/// (CaseSplitter.byToldItems); the single reading asks whether a weak cue
/// stands against a round-up. Tables: Rules/CaseMatterRules.swift.
enum CaseMatterEvidence {
  /// Where the first actor `range` names starts: a participant with a name
  /// (被告人王某), an anonymised name (王某), a form of address (叶先生), an
  /// anonymised body (某健身房) or a named firm (天津某某医院).
  static func actor(_ t: [Unicode.Scalar], in range: Range<Int>) -> Int? {
    guard !range.isEmpty, range.upperBound <= t.count else { return nil }
    let found = [
      CaseSplitter.participantOffset(t, range: range),
      CaseToldCues.anonymisedNameOffset(t, range: range),
      CaseToldCues.addressedPerson(t, range: range)?.start,
      CaseToldCues.anonymisedBody(t, range: range)?.start,
      namedFirm(t, in: range)?.start,
    ]
    return found.compactMap { $0 }.min()
  }

  /// A firm named with its suffix (天津市武清区大良医院, 某某商贸有限公司):
  /// two or more name characters back from the suffix to a function
  /// character or a mark, not opening as a kind (各医院, 一家公司, 该公司).
  static func namedFirm(_ t: [Unicode.Scalar], in range: Range<Int>) -> TextSpan? {
    let stops = Self.nameLeads
    // Read once: the splitter asks this of every sentence's opening, and
    // the trie's first-scalar test refuses most offsets without a call.
    let suffixes = CaseMatterRules.actorSuffixTrie
    var k = range.lowerBound + CaseMatterRules.actorNameLength
    while k < range.upperBound {
      defer { k += 1 }
      guard t[k].isHan, suffixes.mayStart(t, at: k),
        let m = suffixes.longestMatch(in: t, from: k, limit: range.upperBound)
      else { continue }
      // 店内, 厂里: a place inside the firm's premises, not its name.
      if m.end < range.upperBound, m.end - k == 1, Self.notAfterOneScalarSuffix.contains(t[m.end]) {
        continue
      }
      var s = k
      while s > range.lowerBound, k - s < 24,
        t[s - 1].isHan || ChineseNumeral.isArabicDigit(t[s - 1]),
        !stops.contains(t[s - 1]), !CaseMatterRules.nameStops.contains(t[s - 1])
      {
        s -= 1
      }
      guard k - s >= CaseMatterRules.actorNameLength,
        !CaseMatterRules.notActorOpenings.contains(where: { t.hasLiteral($0, at: s) })
      else { continue }
      // 大药房有限公司: a suffix may follow another.
      var e = m.end
      while e < range.upperBound,
        let more = suffixes.longestMatch(in: t, from: e, limit: range.upperBound)
      {
        e = more.end
      }
      return TextSpan(s, e)
    }
    return nil
  }

  /// Where a firm's name stops when read backwards (对某医院, 向某公司).
  private static let nameLeads = FunctionCharacters.bitmap(.companyLead)
  /// What after a one-character suffix makes it a place, not a name's end.
  private static let notAfterOneScalarSuffix: ScalarBitmap = [
    "内", "里", "面", "员", "主", "长", "铺", "门", "外", "前", "名", "址", "家", "区",
  ]

  /// True when `range` gives procedure or an outcome (罚款, 判处, 立案, 责令).
  static func hasOutcome(_ t: [Unicode.Scalar], in range: Range<Int>) -> Bool {
    guard !range.isEmpty, range.upperBound <= t.count else { return false }
    return CaseMatterRules.outcomeWords.count(in: t, range: range) > 0
  }

  /// How many marks of a round-up `range` holds: round-up words (同比, 累计,
  /// 共查处) and counts of cases (392起, 1000多起, 5件).
  static func aggregateMarks(_ t: [Unicode.Scalar], in range: Range<Int>) -> Int {
    guard !range.isEmpty, range.upperBound <= t.count else { return 0 }
    var marks = 0
    CaseMatterRules.aggregateWords.forEachOccurrence(in: t, range: range) { _, _ in marks += 1 }
    let classifiers = CaseMatterRules.caseCountClassifiers  // read once, not per scalar
    for k in range where k > range.lowerBound && classifiers.contains(t[k]) {
      var n = k - 1
      // 1000多起: a rough count is a count.
      if n > range.lowerBound, t[n] == "多" || t[n] == "余" { n -= 1 }
      let ofCases = t[k] != "件" || countsCases(t, after: k, limit: range.upperBound)
      if ofCases, ChineseNumeral.isArabicDigit(t[n]) { marks += 1 }
    }
    return marks
  }

  /// True when N件 at `k` counts cases: 案 right after it (5件案件), the
  /// case noun closing the same noun phrase (21件涉黑涉恶案件), or a count of
  /// people right after it, as statistics pair them (50件313人).
  static func countsCases(_ t: [Unicode.Scalar], after k: Int, limit: Int) -> Bool {
    guard k + 1 < limit else { return false }
    if t[k + 1] == "案" { return true }
    if ChineseNumeral.isArabicDigit(t[k + 1]) {
      var j = k + 1
      while j < limit, ChineseNumeral.isArabicDigit(t[j]) || t[j] == "." { j += 1 }
      return j < limit && CaseMatterRules.peopleClassifiers.contains(t[j])
    }
    var j = k + 1
    while j + 1 < min(limit, k + 1 + CaseMatterRules.caseNounReach), t[j].isHan {
      if t[j] == "案", t[j + 1] == "件" { return true }
      j += 1
    }
    return false
  }

  /// True when the item at `range` tells one matter: an actor near its
  /// opening, an outcome inside it, and no round-up of counts.
  /// An item under a `heading` line (1 商品虚假宣传，商家被判赔偿 / 2014年5月，
  /// 蒋先生从某超市…) names its actor in the heading or in the opening of
  /// the paragraph after it.
  static func tellsMatter(
    _ t: [Unicode.Scalar], item range: Range<Int>, heading: Range<Int>? = nil
  ) -> Bool {
    guard !range.isEmpty, range.upperBound <= t.count else { return false }
    let opening =
      range.lowerBound..<min(range.upperBound, range.lowerBound + CaseMatterRules.actorReach)
    var named = actor(t, in: opening) != nil
    if !named, let heading, heading.upperBound < range.upperBound {
      var bodyStart = heading.upperBound
      while bodyStart < range.upperBound, t[bodyStart].properties.isWhitespace { bodyStart += 1 }
      let bodyOpening =
        bodyStart..<min(range.upperBound, bodyStart + CaseMatterRules.actorReach)
      named = actor(t, in: heading) != nil || actor(t, in: bodyOpening) != nil
    }
    guard named, hasOutcome(t, in: range) else { return false }
    return aggregateMarks(t, in: range) == 0
  }

  /// True when the text is a round-up of counts (b: 共查处…N起, 其中…N起,
  /// 同比), against which a weak told cue tells no case.
  static func isRoundUp(_ t: [Unicode.Scalar], in range: Range<Int>) -> Bool {
    aggregateMarks(t, in: range) >= CaseMatterRules.roundUpMarks
  }
}
