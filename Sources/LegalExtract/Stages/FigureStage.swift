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
    // Only a bare day number (十五日, 8号) counts: an offset (两日后, 8天前)
    // is a date whose span the figures must leave alone (issue 13).
    for d in context.result.dates where d.granularity == .day {
      let scalars = d.text.unicodeScalars
      if !scalars.contains("年") && !scalars.contains("月"), let last = scalars.last,
        last == "日" || last == "号" || last == "號"
      {
        bareDays.insert(d.span)
      }
    }
    // Names built on numerals (五家渠市人民法院) are not counts: organization
    // mentions count as claimed for figures.
    var claimed = context.claimed
    claimed.insert(contentsOf: context.result.organizations.map(\.span))
    let log = context.trace == nil ? nil : FigureRejectionLog()
    var scanner = FigureScanner(
      document: context.document, claimed: claimed, bareDays: bareDays, log: log)
    let found = scanner.scanAll()
    for entry in log?.entries ?? [] {
      context.trace?.reject(
        Rejection(
          TextSpan(entry.start, entry.end), proposedBy: entry.proposedBy?.name,
          rejectedBy: entry.rejectedBy.name))
    }
    // The scanner skips past each figure; the one selection step keeps the
    // result free of overlaps all the same (a 约 taken into the next figure).
    for c in Selection.select(
      found.figures + Self.restatedAmounts(found.unitless, of: found.figures, scanner: scanner),
      policy: .leftmostLongest, trace: &context.trace)
    {
      context.result.figures.append(c.value)
      context.trace?.accept(
        c.span, rule: c.rule, detail: "\(c.value.kind.rawValue) \(c.value.value)")
    }
    context.result.figures.sort { $0.span < $1.span }
    for c in found.penalties {
      context.result.penalties.append(c.value)
      context.trace?.accept(c.span, rule: c.rule, detail: c.value.penalty.rawValue)
    }
    context.result.penalties.sort { $0.span < $1.span }
  }
}

extension FigureStage {
  /// 5.2亿！…最终付出了5.2亿元: a 万/亿 amount written without its unit is
  /// money when the text writes the same amount as yuan elsewhere (a
  /// headline restating the body). Looked up in a set built once.
  static func restatedAmounts(
    _ unitless: [FigureCandidate], of figures: [Candidate<FigureMention>], scanner: FigureScanner
  ) -> [Candidate<FigureMention>] {
    guard !unitless.isEmpty else { return [] }
    var yuan = Set<Double>()
    for f in figures where f.value.kind == .money && f.value.currency == nil {
      if case .number(let v) = f.value.value { yuan.insert(v) }
    }
    return unitless.compactMap { u in
      guard case .number(let v) = u.value, yuan.contains(v) else { return nil }
      return scanner.candidate(u)
    }
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
  /// The rule that made it.
  var rule: FigureRule
}

/// One pass over the folded text of a document.
struct FigureScanner {
  let document: TextDocument
  let text: [Unicode.Scalar]
  let claimed: SpanSet

  /// Claimed spans that are bare days (十五日) per the dates stage.
  let bareDays: Set<TextSpan>

  /// Where guards record what they reject, when an explanation is asked for.
  let log: FigureRejectionLog?

  init(
    document: TextDocument, claimed: SpanSet, bareDays: Set<TextSpan> = [],
    log: FigureRejectionLog? = nil
  ) {
    self.document = document
    self.text = document.folded
    self.claimed = claimed
    self.bareDays = bareDays
    self.log = log
  }

  /// Records that `guardRule` rejected the candidate read over `start..<end`
  /// (proposed by `rule`, when one had matched) and returns nil, so a guard
  /// reads `return reject(.idiom, i, i + 1)`.
  @discardableResult
  func reject(_ guardRule: FigureRule, _ start: Int, _ end: Int, proposedBy rule: FigureRule? = nil)
    -> FigureCandidate?
  {
    log?.add(.init(start: start, end: max(end, start + 1), proposedBy: rule, rejectedBy: guardRule))
    return nil
  }

  /// True when an earlier stage owns part of `f` (a duration overrules a
  /// bare-day date claim).
  func isClaimed(_ f: FigureCandidate) -> Bool {
    claimed.containsOverlap(of: TextSpan(f.start, f.end)) { s in
      !(f.kind == .duration && bareDays.contains(s))
    }
  }

  mutating func scanAll() -> (
    figures: [Candidate<FigureMention>], penalties: [Candidate<PenaltyMention>],
    unitless: [FigureCandidate]
  ) {
    var out: [Candidate<FigureMention>] = []
    var penalties: [Candidate<PenaltyMention>] = []
    var unitless: [FigureCandidate] = []
    let n = text.count
    var i = 0
    var titleDepth = 0
    let numerals = Self.numeralScalars
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
        let m = penaltyMention(
          p, kind: p.penalty == Self.death.penalty ? .death : .lifeImprisonment)
        penalties.append(Candidate(span: m.span, value: m, rule: p.rule.name))
        i = p.end
        continue
      }
      if c == "半", let h = halfDuration(at: i) ?? halfQuantity(at: i) {
        if !isClaimed(h) {
          out.append(candidate(h))
        } else {
          reject(.claimed, h.start, h.end, proposedBy: h.rule)
        }
        i = h.end
        continue
      }
      // 百分之三十五, 千分之三, 万分之三 (三分之一 starts at its numeral).
      if c == "百" || c == "千" || c == "万", i + 3 < n, text[i + 1] == "分", text[i + 2] == "之",
        i == 0 || !ChineseNumeral.isNumeralScalar(text[i - 1]),
        let p = fraction(at: i)
      {
        if !isClaimed(p) {
          out.append(candidate(withSign(p)))
        } else {
          reject(.claimed, p.start, p.end, proposedBy: p.rule)
        }
        i = p.end
        continue
      }
      if c == "双", let p = pairCount(at: i) {
        if !isClaimed(p) {
          out.append(candidate(p))
        } else {
          reject(.claimed, p.start, p.end, proposedBy: p.rule)
        }
        i = p.end
        continue
      }
      guard numerals.contains(c) else {
        i += 1
        continue
      }
      // 陸船, 大陆, 队伍: a financial numeral character used as a word.
      if isFinancialWord(at: i) {
        if log != nil, i + 1 < n,
          FigureUnitRules.trie.longestMatch(in: text, from: i + 1, limit: min(n, i + 6)) != nil
        {
          reject(.financialWord, i, i + 2)
        }
        i += 1
        continue
      }
      if i == 0 || !continuesNumber(at: i), var f = figure(at: i, joinRange: true) {
        f = withSign(withApproximationPrefix(f))
        if !isClaimed(f) {
          out.append(candidate(f))
        } else {
          reject(.claimed, f.start, f.end, proposedBy: f.rule)
        }
        i = max(f.end, i + 1)
        continue
      }
      // 分别有3084及2269张: a list item takes the unit of the list's last item.
      if i == 0 || !continuesNumber(at: i), let f = sharedUnitListItem(at: i) {
        if !isClaimed(f) {
          out.append(candidate(f))
        } else {
          reject(.claimed, f.start, f.end, proposedBy: f.rule)
        }
        i = f.end
        continue
      }
      // 5.2亿！ in a headline: kept aside, money if the text writes the same
      // amount with its unit (FigureStage.restatedAmounts).
      if i == 0 || !continuesNumber(at: i), let u = unitlessMagnitude(at: i), !isClaimed(u) {
        unitless.append(u)
        i = u.end
        continue
      }
      // Skip the rest of this numeral run: its tail is not a number of its own.
      i += 1
      while i < n, ChineseNumeral.isNumeralScalar(text[i]) || text[i] == "." { i += 1 }
    }
    return (out, penalties, unitless)
  }

  /// True when the scalar before `i` means the numeral at `i` continues
  /// something (digits, 1,234's separator, an identifier's letters, 第).
  func continuesNumber(at i: Int) -> Bool {
    let s = text[i - 1]
    if s == "," && document.original[i - 1] == "\u{FF0C}" { return false }  // 12，500: a list
    if s == "." || s == "," {
      return i >= 2 && ChineseNumeral.isArabicDigit(text[i - 2])
        && ChineseNumeral.isArabicDigit(text[i])
    }
    if ChineseNumeral.isNumeralScalar(s) { return !isFinancialWord(at: i - 1) }
    if s == "第" || s == "/" { return true }
    // K129+200, DK12+350: a railway or road chainage is one identifier.
    if s == "+" { return isChainage(plusAt: i - 1) }
    return s.isASCII && (s.properties.isAlphabetic || s == "#" || s == "_")
  }

  /// True when the + at `plus` follows Latin letters and digits (K129+).
  func isChainage(plusAt plus: Int) -> Bool {
    var k = plus - 1
    while k >= 0, plus - k <= 8, ChineseNumeral.isArabicDigit(text[k]) { k -= 1 }
    guard k >= 0, k < plus - 1 else { return false }
    return text[k].isASCII && text[k].properties.isAlphabetic
  }

  /// The figure whose number starts at `i`, or nil.
  func figure(at i: Int, joinRange: Bool) -> FigureCandidate? {
    let n = text.count
    if coveredByIdiom(i) { return reject(.idiom, i, i + 1) }
    // 几十万元, 数百人, 若干: vague amounts with no number.
    if i > 0, "几数若".unicodeScalars.contains(text[i - 1]), !ChineseNumeral.isArabicDigit(text[i]) {
      return reject(.vagueAmount, i - 1, i + 1)
    }
    // 16 600 元, 2 015 年: digits after a digit and a space are the tail of
    // a number broken by spacing, not a number of their own.
    if i >= 2, text[i - 1] == " ", ChineseNumeral.isArabicDigit(text[i - 2]),
      ChineseNumeral.isArabicDigit(text[i])
    {
      return nil
    }
    guard
      var phrase = NumeralPhrase.scan(text, from: i, limit: min(n, i + 48)) ?? loneMagnitude(at: i)
    else { return nil }
    // 12，500: a full-width comma joins digit groups only in one amount.
    if let cut = listComma(in: i..<phrase.end, phrase: phrase) {
      guard let shorter = NumeralPhrase.scan(text, from: i, limit: cut) else { return nil }
      phrase = shorter
    }
    let stacked = !phrase.arabic && phrase.approximate && phrase.upTo != nil
    // 三零零零零元: an amount spelt digit by digit before a money unit.
    let digitByDigit = spellsMoneyDigitByDigit(phrase: phrase, start: i)
    if !phrase.arabic && !stacked && !digitByDigit && !isWrittenNumeral(i, phrase.end) {
      // 近百名, 逾千人, 近万名, 过亿元: a lone 百/千/万/亿 after an
      // approximation word is a round number (上千人 stays vague).
      guard phrase.end - i == 1, i > 0, "近逾约超过".unicodeScalars.contains(text[i - 1]),
        "百千万亿".unicodeScalars.contains(text[i])
      else { return reject(.digitString, i, phrase.end) }
      phrase.approximate = true
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
    if text[e] == "分" && e + 1 < n && text[e + 1] == "之" {  // 三分之二, 四分之一公升
      return joinRange ? fraction(at: i) : nil
    }
    var candidate: FigureCandidate?
    // Text copied out of PDFs often puts one space between a number and its
    // unit (4500 元, 住院53 天, 五 天): the unit still counts.
    let spacedUnit =
      text[e] == " " && e + 1 < n
      ? FigureUnitRules.trie.longestMatch(in: text, from: e + 1, limit: min(n, e + 11)).map {
        (e + 1, $0)
      } : nil
    if let (unitEnd, unit) = FigureUnitRules.trie.longestMatch(
      in: text, from: e, limit: min(n, e + 10))
    {
      candidate = build(phrase: phrase, start: i, unit: unit, unitStart: e, unitEnd: unitEnd)
    } else if let (unitStart, (unitEnd, unit)) = spacedUnit {
      candidate = build(
        phrase: phrase, start: i, unit: unit, unitStart: unitStart, unitEnd: unitEnd)
    } else if text[e] == "月", let f = termMonths(phrase: phrase, start: i) {
      candidate = f  // 判6月, 有期徒刑3月
    } else if text[e] == "度", let f = timesCount(phrase: phrase, start: i) {
      candidate = f  // 兩度到同一所超級市場
    } else if text[e] == "成" {
      candidate = percentCheng(phrase: phrase, start: i)
    } else if text[e] == "两" {
      candidate = liangWeight(phrase: phrase, start: i)
    } else if text[e] == "分", let f = minutesAndSeconds(phrase: phrase, start: i) {
      candidate = f
    } else if FigureMoneyRules.subunit(text[e]) != nil {
      candidate = smallMoney(phrase: phrase, start: i, unitStart: e)
    } else if text[e] == "方" {
      candidate = cubicMetres(phrase: phrase, start: i)
    } else if phrase.end - i >= 2, text[e - 1] == "万" || text[e - 1] == "亿",
      FigureUnitRules.moneyNounTrie.longestMatch(in: text, from: e, limit: min(n, e + 4)) != nil
    {
      candidate = money(
        phrase: phrase, start: i, end: e, currency: nil, unitName: nil, rule: .moneyNoun)
    } else if let (nounEnd, _) = FigureUnitRules.peopleNounTrie.longestMatch(
      in: text, from: e, limit: min(n, e + FigureUnitRules.peopleNounReach)),
      let v = phrase.value.integerValue, v > 1
    {
      // 40万居民, 3000余农户: people counted without a classifier.
      var f = FigureCandidate(
        start: i, end: nounEnd, kind: .count, value: .number(Double(v)), magnitude: Double(v),
        unit: nil, numberStart: i, rule: .countPeopleNoun)
      f.subject = document.foldedText(e..<nounEnd)
      f.approximate = phrase.approximate
      candidate = f
    } else if let f = peopleRoleCount(phrase: phrase, start: i) {
      candidate = f  // 两掏粪工, 三辅警
    } else if let f = peopleCountAfterNoun(phrase: phrase, start: i) {
      candidate = f  // 粉丝120余万，
    } else if let f = bareAmount(phrase: phrase, start: i) {
      candidate = f  // 罚5万, 赔偿肆佰叁拾萬
    }
    // 美元120万, 港币300元: a currency written before the number.
    if let prefix = currencyBefore(i) {
      if candidate == nil {
        candidate = money(
          phrase: phrase, start: i, end: e, currency: prefix.code,
          unitName: prefix.code == nil ? "元" : prefix.name, rule: .moneyCurrencyPrefix)
      } else if candidate?.kind == .money, candidate?.currency == nil, candidate?.unit == "元" {
        candidate?.currency = prefix.code
      }
    }
    guard var f = candidate else { return nil }
    if digitByDigit {
      guard f.kind == .money else { return nil }
      f.rule = .moneyDigitByDigit
    }
    f = withSuffix(withWholeMark(withTrailingHalf(f)))
    // The second end of a range is judged with the first (一千元至三千元以上的).
    guard joinRange else { return f }
    f = joinedRange(f)
    if isStatutory(f) { return reject(.statutory, f.start, f.end, proposedBy: f.rule) }
    if isTermBound(f) { return reject(.termBound, f.start, f.end, proposedBy: f.rule) }
    if isRank(f) { return reject(.rank, f.start - 1, f.end, proposedBy: f.rule) }
    if isStatutoryMaximum(f) {
      return reject(.statutoryMaximum, f.start, f.end, proposedBy: f.rule)
    }
    if isStatutoryTimeLimit(f) {
      return reject(.statutoryTimeLimit, f.start, f.end, proposedBy: f.rule)
    }
    if isCategoryThreshold(f) {
      return reject(.categoryThreshold, f.start, f.end, proposedBy: f.rule)
    }
    if isRateBase(f) { return reject(.rateBase, f.start, f.end, proposedBy: f.rule) }
    if isStandardLimit(f) { return reject(.standardLimit, f.start, f.end, proposedBy: f.rule) }
    return f
  }

  /// 近万名, 逾亿元: a lone 万 or 亿 is no numeral by itself, but after an
  /// approximation word it is a round number.
  func loneMagnitude(at i: Int) -> NumeralPhrase? {
    guard i > 0, i + 1 < text.count, text[i] == "万" || text[i] == "亿",
      "近逾约超过".unicodeScalars.contains(text[i - 1])
    else { return nil }
    return NumeralPhrase(
      value: ExactNumber(text[i] == "万" ? 10_000 : 100_000_000), approximate: true, end: i + 1,
      arabic: false)
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
    // 型号5mi, 航班8L9870: Latin letters or digits after a Latin unit make an identifier.
    if isASCIIUnit, unitEnd < n, text[unitEnd].isASCII,
      text[unitEnd].properties.isAlphabetic || ChineseNumeral.isArabicDigit(text[unitEnd])
    {
      return reject(.unitInWord, start, unitEnd + 1)
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
        return reject(.unitInWord, start, unitEnd + 1, proposedBy: .moneyUnit)
      }
      guard
        let f = money(
          phrase: phrase, start: start, end: unitEnd, currency: currency, unitName: unit.name)
      else { return nil }
      return withMoneyTail(f, afterBlock: unit.name == "块钱")
    case .count(let nounLike):
      // 十块三毛, 3.04块, 赔偿三五百块: 块 as money.
      if unit.name == "块", blockIsMoney(phrase: phrase, start: start, unitEnd: unitEnd),
        let f = money(
          phrase: phrase, start: start, end: unitEnd, currency: nil, unitName: "块",
          rule: .moneyBlock)
      {
        return withMoneyTail(f, afterBlock: true)
      }
      return count(
        phrase: phrase, start: start, unit: unit, nounLike: nounLike,
        unitStart: unitStart, unitEnd: unitEnd)
    case .percent, .quantity:
      let kind: FigureKind = unit.role == .percent ? .percent : .quantity
      var value = phrase.value
      var high = phrase.upTo
      var name = FigureUnitSpellings.spelling(of: unit.name)
      if unit.name == "‰" {  // one spelling: 3‰ = 0.3 %
        value = ExactNumber(mantissa: value.mantissa, decimals: value.decimals + 1)
        high = high.map { ExactNumber(mantissa: $0.mantissa, decimals: $0.decimals + 1) }
        name = "%"
      }
      var f = FigureCandidate(
        start: start, end: unitEnd, kind: kind, value: .number(value.doubleValue),
        magnitude: value.doubleValue, unit: name, numberStart: start,
        rule: unit.role == .percent ? .percentUnit : .quantityUnit)
      f.approximate = phrase.approximate
      if let high { f.upTo = .number(high.doubleValue) }
      return f
    }
  }

  /// The mention `f` makes, named by its rule, for the selection step.
  func candidate(_ f: FigureCandidate) -> Candidate<FigureMention> {
    let m = mention(f)
    return Candidate(span: m.span, value: m, rule: f.rule.name)
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

extension FigureScanner {
  /// The scalars `ChineseNumeral.isNumeralScalar` accepts (digits, 〇 to 九
  /// with their financial forms, 十 百 千 万 亿, 廿 卅), as a bitmap: the scan
  /// tests every scalar of the text, and the call cost more than the test.
  static let numeralScalars = ScalarBitmap(
    scalarsOf: "0123456789〇零一壹幺二两贰三叁参四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿廿卅")
}
