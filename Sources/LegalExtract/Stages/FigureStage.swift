import ChineseText

/// Finds counts, money, durations, percents and physical quantities
/// (docs/OUTPUT.md, FigureMention; ANNOTATION.md, Figures).
///
///     立案查处8起违法行为   → count 8, unit 起, subject 违法行为, context 立案查处
///     罚款人民币5万元       → money 50000, context 罚款
///     有期徒刑三年六个月    → duration "P3Y6M"
///     判处无期徒刑          → duration "life", penalty "life-imprisonment"
///
/// Runs after dates, statutes, dockets and organizations and skips what they
/// claimed; guards itself too, since a number before 年/月/日 or after 第 is
/// usually a date or an ordinal.
struct FigureStage: ExtractionStage {
  let name: StageName = .figures

  func run(_ context: inout ExtractionContext) {
    // A bare 十五日 the dates stage took may be the tail of 一个月十五日 or a
    // 十日内 term: a duration with its own evidence may overrule that claim.
    var bareDays = Set<TextSpan>()
    for d in context.result.dates where d.granularity == .day {
      let scalars = d.text.unicodeScalars
      if !scalars.contains("年") && !scalars.contains("月") { bareDays.insert(d.span) }
    }
    var scanner = FigureScanner(
      document: context.document, claimed: context.claimed, bareDays: bareDays)
    let found = scanner.scanAll()
    context.result.figures.append(contentsOf: found.figures)
    context.result.figures.sort { $0.span < $1.span }
    context.result.penalties.append(contentsOf: found.penalties)
    context.result.penalties.sort { $0.span < $1.span }
  }
}

/// A figure before it becomes a `FigureMention`.
struct FigureCandidate {
  var start: Int
  var end: Int
  var kind: FigureKind
  var value: FigureValue
  /// A comparable magnitude (days for durations), for ordering range ends.
  var magnitude: Double
  var unit: String?
  var approximate = false
  var upTo: FigureValue?
  var currency: String?
  var subject: String?
  var penalty: String?
  /// Where the number itself starts (after 约, 人民币 …), for context lookup.
  var numberStart: Int
}

/// One pass over the folded text of a document.
struct FigureScanner {
  let document: TextDocument
  let text: [Unicode.Scalar]
  let claimed: SpanSet

  /// Claimed spans that are bare days (十五日) per the dates stage.
  let bareDays: Set<TextSpan>

  init(document: TextDocument, claimed: SpanSet, bareDays: Set<TextSpan> = []) {
    self.document = document
    self.text = document.folded
    self.claimed = claimed
    self.bareDays = bareDays
  }

  /// True when an earlier stage owns part of `f` (a duration overrules a
  /// bare-day date claim).
  func isClaimed(_ f: FigureCandidate) -> Bool {
    claimed.containsOverlap(of: TextSpan(f.start, f.end)) { s in !(f.kind == .duration && bareDays.contains(s)) }
  }

  mutating func scanAll() -> (figures: [FigureMention], penalties: [PenaltyMention]) {
    var out: [FigureMention] = []
    var penalties: [PenaltyMention] = []
    let n = text.count
    var i = 0
    var titleDepth = 0
    while i < n {
      let c = text[i]
      if c == "《" || c == "〈" {
        titleDepth += 1
      } else if c == "》" || c == "〉" {
        titleDepth = max(0, titleDepth - 1)
      } else if c == "\n" || c == "。" {
        titleDepth = 0  // an unclosed 《 does not swallow the rest of the article
      }
      if titleDepth > 0 {  // money and terms inside a law title are not figures
        i += 1
        continue
      }
      if c == "无" || c == "死", let p = penalty(at: i) {
        penalties.append(penaltyMention(p, kind: p.penalty == Self.death.penalty ? .death : .lifeImprisonment))
        i = p.end
        continue
      }
      if c == "半", let h = halfDuration(at: i) {
        if !isClaimed(h) { out.append(mention(h)) }
        i = h.end
        continue
      }
      if c == "百", i + 3 < n, text[i + 1] == "分", text[i + 2] == "之",
        let p = percentInWords(at: i)
      {
        if !isClaimed(p) { out.append(mention(p)) }
        i = p.end
        continue
      }
      guard ChineseNumeral.isNumeralScalar(c) else {
        i += 1
        continue
      }
      if i == 0 || !continuesNumber(at: i), var f = figure(at: i, joinRange: true) {
        f = withApproximationPrefix(f)
        if !isClaimed(f) { out.append(mention(f)) }
        i = max(f.end, i + 1)
        continue
      }
      // Skip the rest of this numeral run: its tail is not a number of its own.
      i += 1
      while i < n, ChineseNumeral.isNumeralScalar(text[i]) || text[i] == "." { i += 1 }
    }
    return (out, penalties)
  }

  /// True when the scalar before `i` means the numeral at `i` continues
  /// something (digits, 1,234's separator, an identifier's letters, 第).
  func continuesNumber(at i: Int) -> Bool {
    let s = text[i - 1]
    if s == "." || s == "," {
      return i >= 2 && ChineseNumeral.isArabicDigit(text[i - 2])
        && ChineseNumeral.isArabicDigit(text[i])
    }
    if ChineseNumeral.isNumeralScalar(s) || s == "第" || s == "/" { return true }
    return s.isASCII && (s.properties.isAlphabetic || s == "#" || s == "_")
  }

  /// The figure whose number starts at `i`, or nil.
  func figure(at i: Int, joinRange: Bool) -> FigureCandidate? {
    let n = text.count
    if coveredByIdiom(i) { return nil }
    // 几十万元, 数百人, 若干: vague amounts with no number.
    if i > 0, "几数若".unicodeScalars.contains(text[i - 1]), !ChineseNumeral.isArabicDigit(text[i]) {
      return nil
    }
    // 16 600 元, 2 015 年: digits after a digit and a space are the tail of
    // a number broken by spacing, not a number of their own.
    if i >= 2, text[i - 1] == " ", ChineseNumeral.isArabicDigit(text[i - 2]), ChineseNumeral.isArabicDigit(text[i]) {
      return nil
    }
    guard var phrase = NumeralPhrase.scan(text, from: i, limit: min(n, i + 40)) else { return nil }
    if !phrase.arabic && !isWrittenNumeral(i, phrase.end) {
      // 近百名, 逾千人: a lone 百/千/万 after an approximation word is a number.
      guard phrase.end - i == 1, i > 0, "近逾约超过".unicodeScalars.contains(text[i - 1]),
        "百千万".unicodeScalars.contains(text[i])
      else { return nil }
    }
    // 5千克, 三千米: 千 belongs to the unit.
    var e = phrase.end
    if e < n, e - 1 > i, text[e - 1] == "千", text[e] == "克" || text[e] == "米" || text[e] == "瓦",
      let shorter = NumeralPhrase.scan(text, from: i, limit: e - 1)
    {
      phrase = shorter
      e = phrase.end
    }
    guard e < n else { return nil }
    if text[e] == "分" && e + 1 < n && text[e + 1] == "之" { return nil }  // 三分之二
    var candidate: FigureCandidate?
    // Text copied out of PDFs often puts one space between an Arabic number
    // and its unit (4500 元, 住院53 天): the unit still counts.
    let spacedUnit = phrase.arabic && text[e] == " " && e + 1 < n
      ? FigureUnitRules.trie.longestMatch(in: text, from: e + 1, limit: min(n, e + 11)).map { (e + 1, $0) } : nil
    if let (unitEnd, unit) = FigureUnitRules.trie.longestMatch(
      in: text, from: e, limit: min(n, e + 10))
    {
      candidate = build(phrase: phrase, start: i, unit: unit, unitStart: e, unitEnd: unitEnd)
    } else if let (unitStart, (unitEnd, unit)) = spacedUnit {
      candidate = build(phrase: phrase, start: i, unit: unit, unitStart: unitStart, unitEnd: unitEnd)
    } else if text[e] == "成" {
      candidate = percentCheng(phrase: phrase, start: i)
    } else if phrase.end - i >= 2, text[e - 1] == "万" || text[e - 1] == "亿",
      FigureUnitRules.moneyNounTrie.longestMatch(in: text, from: e, limit: min(n, e + 4)) != nil
    {
      candidate = money(phrase: phrase, start: i, end: e, currency: nil, unitName: nil)
    } else if let (nounEnd, _) = FigureUnitRules.peopleNounTrie.longestMatch(
      in: text, from: e, limit: min(n, e + 3)), let v = phrase.value.integerValue, v > 1
    {
      // 40万居民, 3000余农户: people counted without a classifier.
      var f = FigureCandidate(
        start: i, end: nounEnd, kind: .count, value: .number(Double(v)), magnitude: Double(v),
        unit: nil, numberStart: i)
      f.subject = document.foldedText(e..<nounEnd)
      f.approximate = phrase.approximate
      candidate = f
    } else if let f = peopleCountAfterNoun(phrase: phrase, start: i) {
      candidate = f  // 粉丝120余万，
    }
    // 美元120万, 港币300元: a currency written before the number.
    if let prefix = currencyBefore(i) {
      if candidate == nil {
        candidate = money(
          phrase: phrase, start: i, end: e, currency: prefix.code,
          unitName: prefix.code == nil ? "元" : prefix.name)
      } else if candidate?.kind == .money, candidate?.currency == nil, candidate?.unit == "元" {
        candidate?.currency = prefix.code
      }
    }
    guard var f = candidate else { return nil }
    f = withSuffix(f)
    // The second end of a range is judged with the first (一千元至三千元以上的).
    guard joinRange else { return f }
    f = joinedRange(f)
    if isStatutory(f) || isStatutoryTimeLimit(f) { return nil }
    return f
  }

  /// Rejects a lone unit character (百, 千, 万: 百姓, 千家万户) and positional
  /// digit strings (二〇二三, 二七) that name years or places.
  func isWrittenNumeral(_ start: Int, _ end: Int) -> Bool {
    if end - start == 1 {
      let s = text[start]
      return ChineseNumeral.isChineseNumeralScalar(s)
        && (s == "十" || s == "拾" || s == "廿"
          || s == "卅" || !"百佰千仟万亿".unicodeScalars.contains(s))
    }
    var unitSeen = false
    for k in start..<end where !"〇零一二三四五六七八九两壹贰叁肆伍陆柒捌玖".unicodeScalars.contains(text[k]) {
      unitSeen = true
    }
    return unitSeen || text[start..<end].contains("两")
  }

  /// Dispatches on the unit's role.
  func build(phrase: NumeralPhrase, start: Int, unit: FigureUnit, unitStart: Int, unitEnd: Int)
    -> FigureCandidate?
  {
    let n = text.count
    let isASCIIUnit = unit.name.unicodeScalars.first?.isASCII == true && unit.name != "%"
    if isASCIIUnit, unitEnd < n, text[unitEnd].isASCII, text[unitEnd].properties.isAlphabetic {
      return nil
    }
    switch unit.role {
    case .duration(let part):
      return duration(
        phrase: phrase, start: start, unit: unit, part: part,
        unitStart: unitStart, unitEnd: unitEnd)
    case .money(let currency):
      if unit.name == "元", !phrase.arabic, unitEnd < n,
        FigureGuardRules.breaksYuan(text[unitEnd])
      {
        return nil
      }
      return money(
        phrase: phrase, start: start, end: unitEnd, currency: currency,
        unitName: unit.name)
    case .count(let nounLike):
      return count(
        phrase: phrase, start: start, unit: unit, nounLike: nounLike,
        unitStart: unitStart, unitEnd: unitEnd)
    case .percent, .quantity:
      let kind: FigureKind = unit.role == .percent ? .percent : .quantity
      var f = FigureCandidate(
        start: start, end: unitEnd, kind: kind, value: .number(phrase.value.doubleValue),
        magnitude: phrase.value.doubleValue, unit: unit.name, numberStart: start)
      f.approximate = phrase.approximate
      if let high = phrase.upTo { f.upTo = .number(high.doubleValue) }
      return f
    }
  }

  func mention(_ f: FigureCandidate) -> FigureMention {
    FigureMention(
      text: document.originalText(f.start..<f.end), span: TextSpan(f.start, f.end), kind: f.kind,
      value: f.value, unit: f.unit, approximate: f.approximate ? true : nil, upTo: f.upTo,
      currency: f.currency, subject: f.subject, context: context(before: f.numberStart))
  }

  /// 无期徒刑 / 死刑: a penalty, not a quantity.
  func penaltyMention(_ f: FigureCandidate, kind: PenaltyKind) -> PenaltyMention {
    PenaltyMention(
      text: document.originalText(f.start..<f.end), span: TextSpan(f.start, f.end), penalty: kind,
      context: context(before: f.numberStart))
  }
}
