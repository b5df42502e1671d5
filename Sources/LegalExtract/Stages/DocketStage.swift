import ChineseText

/// Finds docket numbers (案号): （2023）鄂1181行初12号, （2023）最高法知行终475号,
/// and pre-2016 forms (2015)麻行初字第00012号, (2014)闵民一(民)初字第2198号,
/// (2014)津海法限字第1号, and the Supreme People's Court's court-less (2015)民申字第853号.
/// Document numbers (法〔2025〕225号) and arbitration or police decision
/// numbers are not dockets. Hong Kong (終院刑事上訴2014年第8號, FACC 8/2014)
/// and Taiwan (最高法院110年度台上字第5678號) numbers are read too.
/// Rule tables: `DocketRules`, `DocketRulesHongKong`, `DocketRulesTaiwan`,
/// `DocketLexicon`, `RegionalDocketLexicon`.
///
/// Runs first: a docket's year (2014年 in a Hong Kong number) is claimed
/// before the dates stage could read it as a date.
struct DocketStage: ExtractionStage {
  let name: StageName = .dockets
  static let openBrackets = ScalarBitmap(DocketRules.openBrackets)
  /// Every scalar a form may start reading at (brackets, the 年 of a Taiwan
  /// number, Hong Kong court names and English prefixes), derived from the
  /// tables: one test per scalar of the text.
  static let anchors = ScalarBitmap(
    Array(DocketRules.openBrackets) + ["年"]
      + DocketRulesHongKong.chineseCourts.compactMap(\.written.unicodeScalars.first)
      + DocketRulesHongKong.englishPrefixes.compactMap(\.court.unicodeScalars.first))

  func run(_ context: inout ExtractionContext) {
    let text = context.document.folded
    var candidates: [Candidate<DocketMention>] = []
    let regional = RegionalDocketLexicon.shared
    for i in text.indices where DocketStage.anchors.contains(text[i]) {
      let s = text[i]
      let outcome: DocketParser.Outcome
      if DocketStage.openBrackets.contains(s) {
        outcome = DocketParser.parse(text, at: i)
      } else if s == "年" {
        outcome = DocketParser.parseTaiwan(text, yearMarkAt: i, lex: regional)
      } else if regional.hongKongCourts.mayStart(text, at: i) {
        outcome = DocketParser.parseHongKongChinese(text, at: i, lex: regional)
      } else if regional.hongKongPrefixes.mayStart(text, at: i) {
        outcome = DocketParser.parseHongKongEnglish(text, at: i, lex: regional)
      } else {
        continue
      }
      switch outcome {
      case .candidate(let c): candidates.append(c)
      case .rejected(let r): context.trace?.reject(r)
      case .notACandidate: break
      }
    }
    let selected = Selection.select(candidates, policy: .leftmostLongest, trace: &context.trace)
    for var c in selected {
      c.value.text = context.document.originalText(c.span.range)
      context.result.dockets.append(c.value)
      context.trace?.accept(c.span, rule: c.rule, detail: c.value.explanationDetail)
    }
    // One merge: dockets fall between the dates and statutes claimed before.
    context.claimed.insert(contentsOf: selected.map(\.span))
  }
}

extension DocketMention {
  /// What `extract --explain` shows beside a docket.
  var explanationDetail: String {
    let read = "year \(year), court \(court), code \(code), number \(number)"
    guard let place = courtName ?? region else { return read }
    return read + " → " + place
  }
}

/// Reads one docket number starting at its opening bracket.
enum DocketParser {
  /// What reading at one bracket gives.
  enum Outcome {
    case candidate(Candidate<DocketMention>)
    case rejected(Rejection)
    /// No bracketed year: nothing that could be a docket starts here.
    case notACandidate
  }

  /// Where and why one form stopped reading.
  struct Failure {
    var rule: DocketRule
    var proposedBy: DocketRule?
    /// One past the last scalar read.
    var end: Int
  }

  /// One form's reading of the court and code.
  enum Reading {
    case parts(Parts)
    case failed(Failure)
    /// The form does not start here (no province, no 最高法).
    case notThisForm
  }

  static func parse(_ text: [Unicode.Scalar], at start: Int) -> Outcome {
    let lex = DocketLexicon.shared
    var i = skipSpaces(text, start + 1)
    guard let year = digits(text, at: i, count: 4), let y = Int(year.text) else {
      return .notACandidate
    }
    i = skipSpaces(text, year.end)
    guard i < text.count, DocketRules.closeBrackets.contains(text[i]) else { return .notACandidate }
    guard (1949...2099).contains(y) else {
      return .rejected(Rejection(TextSpan(start, i + 1), rejectedBy: DocketRule.yearRange.name))
    }
    i = skipSpaces(text, i + 1)
    let modernReading = modern(text, from: i, lex: lex)
    if case .parts(let m) = modernReading {
      return finish(text, start: start, year: y, parts: m)
    }
    let legacyReading = legacy(text, from: i, lex: lex)
    if case .parts(let m) = legacyReading {
      return finish(text, start: start, year: y, parts: m)
    }
    // Both forms failed. A foreign marker settles it (an arbitration or
    // penalty number); otherwise a modern court code that was read says more
    // than the legacy form's reason.
    var failure = Failure(rule: .legacyShape, proposedBy: .legacy, end: i)
    if case .failed(let f) = legacyReading { failure = f }
    if case .failed(let f) = modernReading, failure.rule != .foreignMarker { failure = f }
    return .rejected(
      Rejection(
        TextSpan(start, max(failure.end, i)), proposedBy: failure.proposedBy?.name,
        rejectedBy: failure.rule.name))
  }

  /// Court, code and where the sequence number starts.
  struct Parts {
    var court: String
    var province: String?
    var courtName: String?
    var region: String?
    var code: String
    var info: DocketRules.CodeInfo
    var numberStart: Int
    /// The form that read them.
    var rule: DocketRule
  }

  /// 鄂1181行初, 浙01民终, 最高法知行终, 京民终.
  private static func modern(_ text: [Unicode.Scalar], from start: Int, lex: DocketLexicon)
    -> Reading
  {
    var i = start
    var parts = Parts(
      court: "", code: "", info: DocketRules.CodeInfo(category: nil, stage: nil), numberStart: 0,
      rule: .modern)
    if let e = ProvisionParser.match("最高法", in: text, at: i) {
      parts.court = "最高法"
      parts.courtName = "最高人民法院"
      parts.rule = .modernSupreme
      i = e
    } else {
      guard i < text.count, let p = lex.provinces[text[i]] else { return .notThisForm }
      var j = i + 1
      while j < text.count, ChineseNumeral.isArabicDigit(text[j]), j - i <= 4 { j += 1 }
      let digitsText = string(text[(i + 1)..<j])
      guard [0, 2, 4].contains(digitsText.count) else {
        return .failed(Failure(rule: .courtCodeDigits, proposedBy: .modern, end: j))
      }
      parts.court = string(text[i..<j])
      parts.province = p.name
      parts.courtName = lex.courts[parts.court]
      if parts.courtName == nil {
        parts.region = lex.region(provinceCode: p.code, digits: digitsText)
      }
      i = j
    }
    i = skipSpaces(text, i)
    guard let (end, info) = lex.typeCodes.longestMatch(in: text, from: i) else {
      return .failed(Failure(rule: .unknownTypeCode, proposedBy: parts.rule, end: i))
    }
    parts.code = string(text[i..<end])
    parts.info = info
    parts.numberStart = end
    return .parts(parts)
  }

  /// Pre-2016 forms: a court short name, a type code with tribunal marks,
  /// then 字: 温平鳌商初字, 沪一中民三(民)终字, 交提字.
  private static func legacy(_ text: [Unicode.Scalar], from start: Int, lex: DocketLexicon)
    -> Reading
  {
    var i = start
    var kept: [Unicode.Scalar] = []  // the segment without (民) marks and tribunal numerals
    var depth = 0
    while i < text.count, text[i] != "字", i - start <= 16 {
      let c = text[i]
      if DocketRules.foreignMarkers.contains(c) {
        return .failed(Failure(rule: .foreignMarker, proposedBy: .legacy, end: i + 1))
      }
      if c == "号" || c == "第" {
        return .failed(Failure(rule: .numberBeforeCode, proposedBy: .legacy, end: i + 1))
      }
      if c == "(" {
        depth += 1
      } else if c == ")" {
        depth -= 1
        if depth < 0 {
          return .failed(Failure(rule: .legacyShape, proposedBy: .legacy, end: i + 1))
        }
      } else if depth == 0 {
        guard isHan(c) || ChineseNumeral.isArabicDigit(c) else {
          return .failed(Failure(rule: .legacyShape, proposedBy: .legacy, end: i))
        }
        if DocketRules.tribunalNumerals.contains(c), let prev = kept.last,
          DocketRules.legacyCategoryScalars.contains(prev)
        {
          // 民一 → 民
        } else {
          kept.append(c)
        }
      }
      i += 1
    }
    guard i < text.count, text[i] == "字", depth == 0, kept.count >= 2 else {
      return .failed(Failure(rule: .legacyShape, proposedBy: .legacy, end: min(i, text.count)))
    }
    let reversed = Array(kept.reversed())
    guard let (len, value) = lex.legacyCodes.longestMatch(in: reversed, from: 0) else {
      return .failed(Failure(rule: .unknownLegacyCode, proposedBy: .legacy, end: i + 1))
    }
    // No court short name: the old Supreme People's Court form (2015)民申字第853号,
    // only for a full code (民申, 交提): the bare stage codes (初, 终) are
    // one scalar and `kept` has two or more (a table test pins this).
    if len == kept.count {
      // The Supreme People's Court hears almost no first instance: a court-less
      // 民初字 is some lower court that left its name out.
      let supreme = value.info.stage == .firstInstance ? nil : "最高人民法院"
      return .parts(
        Parts(
          court: "", courtName: supreme, code: value.code, info: value.info, numberStart: i + 1,
          rule: .legacyCourtless))
    }
    let court = string(kept[0..<(kept.count - len)][...])
    var parts = Parts(
      court: court, code: value.code, info: value.info, numberStart: i + 1, rule: .legacy)
    if let first = court.unicodeScalars.first, let p = lex.provinces[first] {
      parts.province = p.name
      let rest = String(court.unicodeScalars.dropFirst())
      switch rest {
      case "": parts.courtName = lex.courts[court]
      case "高": parts.courtName = lex.courts[String(first)]  // 津高: the high court
      case DocketRules.maritimeCourtMark:
        parts.courtName = lex.courts[String(first) + DocketRules.maritimeCourtCode]
      default: break
      }
    }
    return .parts(parts)
  }

  /// 第00012号, 12号, 12号之一.
  private static func finish(_ text: [Unicode.Scalar], start: Int, year: Int, parts: Parts)
    -> Outcome
  {
    var i = skipSpaces(text, parts.numberStart)
    if i < text.count, text[i] == "字" { i += 1 }
    if i < text.count, text[i] == "第" { i += 1 }
    i = skipSpaces(text, i)
    var j = i
    while j < text.count, ChineseNumeral.isArabicDigit(text[j]), j - i < 8 { j += 1 }
    guard j > i, let number = Int(string(text[i..<j])) else {
      return .rejected(
        Rejection(
          TextSpan(start, j), proposedBy: parts.rule.name, rejectedBy: DocketRule.noNumber.name))
    }
    j = skipSpaces(text, j)
    // 之一 before or after 号.
    if let e = sub(text, at: j) { j = e }
    guard j < text.count, text[j] == "号" else {
      return .rejected(
        Rejection(
          TextSpan(start, j), proposedBy: parts.rule.name, rejectedBy: DocketRule.noHao.name))
    }
    j += 1
    if let e = sub(text, at: j) { j = e }
    let mention = DocketMention(
      text: "", span: TextSpan(start, j), year: year, court: parts.court, province: parts.province,
      code: parts.code, category: parts.info.category, stage: parts.info.stage, number: number,
      courtName: parts.courtName, region: parts.region)
    return .candidate(Candidate(span: mention.span, value: mention, rule: parts.rule.name))
  }

  static func sub(_ text: [Unicode.Scalar], at i: Int) -> Int? {
    guard i + 1 < text.count, text[i] == "之", ChineseNumeral.isChineseNumeralScalar(text[i + 1])
    else { return nil }
    var j = i + 1
    while j < text.count, j - i <= 3, ChineseNumeral.isChineseNumeralScalar(text[j]) { j += 1 }
    return j
  }

  static func digits(_ text: [Unicode.Scalar], at i: Int, count: Int) -> (text: String, end: Int)? {
    guard i + count <= text.count else { return nil }
    for k in i..<(i + count) where !ChineseNumeral.isArabicDigit(text[k]) { return nil }
    if i + count < text.count, ChineseNumeral.isArabicDigit(text[i + count]) { return nil }
    return (string(text[i..<(i + count)]), i + count)
  }

  static func skipSpaces(_ text: [Unicode.Scalar], _ i: Int) -> Int {
    var j = i
    while j < text.count, text[j] == " " { j += 1 }
    return j
  }

  static func isHan(_ s: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
  }

  static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
    var v = String.UnicodeScalarView()
    v.append(contentsOf: s)
    return String(v)
  }
}
