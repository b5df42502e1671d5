import ChineseText

extension CaseSplitter {
  /// A lawsuit the text tells: where its dated clause starts, who brings it,
  /// and how many suits the clause counts (甲公司两次起诉乙公司 is two).
  struct ToldSuit {
    var start: Int
    var plaintiff: ArraySlice<Unicode.Scalar>
    var times: Int
    /// The sentence that tells the suit (it names the other party).
    var sentence: Range<Int>
  }

  /// Several lawsuits between the same parties told one after another,
  /// each dated and brought by somebody named before the verb (1998年底，
  /// 甲向法院提起诉讼，要求乙… / 今年3月，乙将甲告上了法庭). A suit is a new
  /// case when its plaintiff differs from the suit before it and was named
  /// in an earlier suit's sentence (the roles reversed, or the earlier
  /// defendant's own action); the same plaintiff suing again in the same
  /// story is the same claim told twice, and a plaintiff no earlier suit
  /// named belongs to another story. Needs two suits or more.
  static func bySuccessiveSuits(_ lines: [ArticleLine], end: Int, doc: TextDocument)
    -> [CaseSection]?
  {
    let t = doc.folded
    let suits = toldSuits(lines, end: end, doc: doc)
    var kept: [ToldSuit] = []
    for suit in suits {
      guard let last = kept.last else {
        kept.append(suit)
        continue
      }
      // Named before this suit's clause, in an earlier suit's sentence.
      let between = kept.contains { earlier in
        let before = earlier.sentence.lowerBound..<min(earlier.sentence.upperBound, suit.start)
        return !before.isEmpty && t.firstOffset(of: Array(suit.plaintiff), in: before) != nil
      }
      if !last.plaintiff.elementsEqual(suit.plaintiff), between { kept.append(suit) }
    }
    guard kept.count >= 2, let first = lines.first else { return nil }
    var starts: [Int] = []
    for (n, suit) in kept.enumerated() {
      // The first case holds the story's opening (the facts before its suit).
      let start = n == 0 ? first.range.lowerBound : suit.start
      starts.append(contentsOf: repeatElement(start, count: suit.times))
    }
    return starts.enumerated().map { n, start in
      var k = n + 1
      while k < starts.count, starts[k] == start { k += 1 }
      let stop = k < starts.count ? starts[k] : end
      return CaseSection(span: TextSpan(start, max(start + 1, stop)))
    }
  }

  /// Every dated suit in the text, in order.
  static func toldSuits(_ lines: [ArticleLine], end: Int, doc: TextDocument) -> [ToldSuit] {
    let t = doc.folded
    var suits: [ToldSuit] = []
    let starts = CaseSuitRules.suitVerbStarts
    for line in lines where line.range.upperBound <= end {
      var i = line.range.lowerBound
      while i < line.range.upperBound {
        guard starts.contains(t[i]),
          let length = suitVerbLength(t, at: i, limit: line.range.upperBound)
        else {
          i += 1
          continue
        }
        if let suit = toldSuit(t, verb: i, line: line.range) { suits.append(suit) }
        i += length
      }
    }
    return suits
  }

  /// The length of the suit verb at `i`, if one starts there.
  static func suitVerbLength(_ t: [Unicode.Scalar], at i: Int, limit: Int) -> Int? {
    guard CaseSuitRules.suitVerbStarts.contains(t[i]) else { return nil }
    if t[i] == "提", i + 1 < limit, t[i + 1] == "起" {
      // 提起诉讼 / 提起执行异议之诉 (not 提起公诉, 提起上诉).
      var k = i + 2
      while k < min(limit, i + 12), t[k].isHan {
        if t.hasLiteral("诉讼", at: k) || t.hasLiteral("之诉", at: k) {
          let kind = t[(i + 2)..<k]
          return kind.first == "公" || kind.first == "上" || kind.first == "抗" ? nil : k + 2 - i
        }
        k += 1
      }
      return nil
    }
    for verb in CaseSuitRules.suitVerbScalars where t.hasLiteral(verb, at: i) {
      let n = verb.count
      if verb == CaseSuitRules.qisu {
        if i > 0, CaseSuitRules.notBeforeQisu.contains(t[i - 1]) { return nil }
        if i >= 2, t.hasLiteral("提", at: i - 1) { return nil }
        if i + n < limit, CaseSuitRules.notAfterQisu.contains(t[i + n]) { return nil }
      }
      return n
    }
    return nil
  }

  /// Scalars that close a sentence around a suit verb.
  static let suitSentenceStops: ScalarBitmap = ["。", "；", ";", "！", "？"]

  /// The suit whose verb is at `verb`: dated in its sentence, brought by a
  /// named subject at the head of its clause.
  static func toldSuit(_ t: [Unicode.Scalar], verb: Int, line: Range<Int>) -> ToldSuit? {
    var clause = verb
    while clause > line.lowerBound, verb - clause < 40,
      !CaseSuitRules.clauseStops.contains(t[clause - 1])
    {
      clause -= 1
    }
    var sentence = clause
    while sentence > line.lowerBound, !suitSentenceStops.contains(t[sentence - 1]) {
      sentence -= 1
    }
    var sentenceEnd = verb
    while sentenceEnd < line.upperBound, !suitSentenceStops.contains(t[sentenceEnd]) {
      sentenceEnd += 1
    }
    guard let dated = lastDateToken(t, in: sentence..<verb) else { return nil }
    var (p, q) = subjectRange(t, clause: clause, verb: verb)
    // 钱某以…为由，将赵某某告上了法庭: a clause that opens with 将 / 向 goes
    // on from the clause before it, whose head is the subject.
    if p == q, clause > sentence {
      var previous = clause - 1
      while previous > sentence, !CaseSuitRules.clauseStops.contains(t[previous - 1]) {
        previous -= 1
      }
      (p, q) = subjectRange(t, clause: previous, verb: clause - 1)
    }
    let subject = t[p..<q]
    guard CaseSuitRules.subjectLength.contains(subject.count),
      subject.allSatisfy({ $0.isHan || ($0.isASCII && $0.properties.isAlphabetic) }),
      !CaseSuitRules.pronounSubjects.contains(where: { subject.elementsEqual($0.unicodeScalars) }),
      !subject.contains(where: ChineseNumeral.isArabicDigit), namesAParty(subject),
      // A court or tribunal rules on suits; it brings none.
      !CaseSuitRules.notPlaintiffWords.contains(where: {
        t.firstOffset(of: $0.scalarArray, in: p..<q) != nil
      })
    else { return nil }
    var times = 1
    if let at = t[q..<verb].firstIndex(of: "次"), at > q,
      let n = ChineseNumeral.value(of: t[(at - 1)..<at])?.integerValue, (2...5).contains(n)
    {
      times = n
    }
    // The case starts at the clause that dates it.
    var start = dated
    while start > sentence, !CaseSuitRules.clauseStops.contains(t[start - 1]) { start -= 1 }
    return ToldSuit(
      start: start, plaintiff: subject, times: times, sentence: sentence..<sentenceEnd)
  }

  /// The subject at the head of the clause starting at `clause`: past a
  /// leading date, up to the word that ends it (向, 将, 也, 两次…) or `verb`.
  static func subjectRange(_ t: [Unicode.Scalar], clause: Int, verb: Int) -> (Int, Int) {
    var p = skipDate(t, from: clause, limit: verb)
    while p < verb, t[p] == " " || t[p] == "　" { p += 1 }
    var q = p
    // 于 opens a name as a surname (于某起诉), not as the subject's end.
    while q < verb,
      (q == p && t[q] == "于")
        || !CaseSuitRules.subjectEnds.contains(where: { t.hasLiteral($0, at: q) })
    {
      q += 1
    }
    return (p, q)
  }

  /// Where the last date in `range` stands: a year or month given by a
  /// number (2018年3月, 1998年底) or a relative year (今年3月, 同年).
  static func lastDateToken(_ t: [Unicode.Scalar], in range: Range<Int>) -> Int? {
    for k in range.reversed() where k > range.lowerBound && (t[k] == "年" || t[k] == "月") {
      let before = t[k - 1]
      if t[k] == "年", k + 1 < t.count, CaseSuitRules.notDateAfterNian.contains(t[k + 1]) {
        continue
      }
      if ChineseNumeral.isArabicDigit(before)
        || (t[k] == "年" && CaseSuitRules.relativeYears.contains(before))
      {
        var s = k - 1
        while s > range.lowerBound, ChineseNumeral.isArabicDigit(t[s - 1]) { s -= 1 }
        return s
      }
    }
    return nil
  }

  /// Past a leading date at `from` (在1998年底, 2018年3月, 今年3月中旬).
  static func skipDate(_ t: [Unicode.Scalar], from: Int, limit: Int) -> Int {
    var p = from
    if p < limit, t[p] == "在" || t[p] == "于" || t[p] == "至", p + 1 < limit,
      ChineseNumeral.isArabicDigit(t[p + 1]) || CaseSuitRules.relativeYears.contains(t[p + 1])
    {
      p += 1
    }
    var moved = true
    while moved, p < limit {
      moved = false
      var k = p
      if CaseSuitRules.relativeYears.contains(t[k]), k + 1 < limit, t[k + 1] == "年" {
        k += 1
      } else {
        while k < limit, ChineseNumeral.isArabicDigit(t[k]) { k += 1 }
        guard k > p, k < limit, ["年", "月", "日", "号"].contains(t[k]) else { break }
      }
      p = k
      while p < limit, CaseSuitRules.dateCharacters.contains(t[p]) { p += 1 }
      if p < limit, t[p] == "的" { p += 1 }
      moved = true
    }
    return p
  }

  /// True when a subject reads as a party's name: an anonymised name or
  /// body (祝某, 某公司), a short name led by a surname (田铁民), or a body
  /// (A公司, 浮梁县某厂) — not a clause (公告期满后没有适格主体).
  static func namesAParty(_ subject: ArraySlice<Unicode.Scalar>) -> Bool {
    let s = Array(subject)
    if s.contains("某") { return true }
    if s.count <= 4, s.allSatisfy(\.isHan), SurnameLexicon.surnameLength(in: s, at: 0) != nil {
      return true
    }
    return (max(0, s.count - 6)..<s.count).contains { start in
      CaseRules.bodySuffixTrie.longestMatch(in: s, from: start)?.end == s.count
    }
  }
}
