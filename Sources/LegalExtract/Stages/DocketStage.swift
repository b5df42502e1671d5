import ChineseText

/// Finds docket numbers (案号): （2023）鄂1181行初12号, （2023）最高法知行终475号,
/// and pre-2016 forms (2015)麻行初字第00012号, (2014)闵民一(民)初字第2198号,
/// (2014)津海法限字第1号, and the Supreme People's Court's court-less (2015)民申字第853号.
/// Document numbers (法〔2025〕225号) and arbitration or police decision
/// numbers are not dockets. Rule tables: `DocketRules`, `DocketLexicon`.
struct DocketStage: ExtractionStage {
  let name = "dockets"
  static let openBrackets = ScalarBitmap(DocketRules.openBrackets)

  func run(_ context: inout ExtractionContext) {
    let text = context.document.folded
    var i = 0
    var spans: [TextSpan] = []
    while i < text.count {
      if DocketStage.openBrackets.contains(text[i]),
        var m = DocketParser.parse(text, at: i)
      {
        m.text = context.document.originalText(m.span.range)
        spans.append(m.span)
        context.result.dockets.append(m)
        i = m.span.end
      } else {
        i += 1
      }
    }
    context.claimed.insert(contentsOf: spans)
  }
}

/// Reads one docket number starting at its opening bracket.
enum DocketParser {
  static func parse(_ text: [Unicode.Scalar], at start: Int) -> DocketMention? {
    let lex = DocketLexicon.shared
    var i = skipSpaces(text, start + 1)
    guard let year = digits(text, at: i, count: 4), let y = Int(year.text), (1949...2099).contains(y) else {
      return nil
    }
    i = skipSpaces(text, year.end)
    guard i < text.count, DocketRules.closeBrackets.contains(text[i]) else { return nil }
    i = skipSpaces(text, i + 1)
    if let m = modern(text, from: i, lex: lex) {
      return finish(text, start: start, year: y, parts: m)
    }
    if let m = legacy(text, from: i, lex: lex) {
      return finish(text, start: start, year: y, parts: m)
    }
    return nil
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
  }

  /// 鄂1181行初, 浙01民终, 最高法知行终, 京民终.
  private static func modern(_ text: [Unicode.Scalar], from start: Int, lex: DocketLexicon) -> Parts? {
    var i = start
    var parts = Parts(court: "", code: "", info: DocketRules.CodeInfo(category: nil, stage: nil), numberStart: 0)
    if let e = ProvisionParser.match("最高法", in: text, at: i) {
      parts.court = "最高法"
      parts.courtName = "最高人民法院"
      i = e
    } else {
      guard i < text.count, let p = lex.provinces[text[i]] else { return nil }
      var j = i + 1
      while j < text.count, ChineseNumeral.isArabicDigit(text[j]), j - i <= 4 { j += 1 }
      let digitsText = string(text[(i + 1)..<j])
      guard [0, 2, 4].contains(digitsText.count) else { return nil }
      parts.court = string(text[i..<j])
      parts.province = p.name
      parts.courtName = lex.courts[parts.court]
      if parts.courtName == nil { parts.region = lex.region(provinceCode: p.code, digits: digitsText) }
      i = j
    }
    i = skipSpaces(text, i)
    guard let (end, info) = lex.typeCodes.longestMatch(in: text, from: i) else { return nil }
    parts.code = string(text[i..<end])
    parts.info = info
    parts.numberStart = end
    return parts
  }

  /// Pre-2016 forms: a court short name, a type code with tribunal marks,
  /// then 字: 温平鳌商初字, 沪一中民三(民)终字, 交提字.
  private static func legacy(_ text: [Unicode.Scalar], from start: Int, lex: DocketLexicon) -> Parts? {
    var i = start
    var kept: [Unicode.Scalar] = []  // the segment without (民) marks and tribunal numerals
    var depth = 0
    while i < text.count, text[i] != "字", i - start <= 16 {
      let c = text[i]
      if DocketRules.foreignMarkers.contains(c) || c == "号" || c == "第" { return nil }
      if c == "(" {
        depth += 1
      } else if c == ")" {
        depth -= 1
        if depth < 0 { return nil }
      } else if depth == 0 {
        guard isHan(c) || ChineseNumeral.isArabicDigit(c) else { return nil }
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
    guard i < text.count, text[i] == "字", depth == 0, kept.count >= 2 else { return nil }
    let reversed = Array(kept.reversed())
    guard let (len, value) = lex.legacyCodes.longestMatch(in: reversed, from: 0) else { return nil }
    // No court short name: the old Supreme People's Court form (2015)民申字第853号,
    // accepted only for a full code (民申, 交提), not a bare 初 or 终.
    if len == kept.count {
      guard value.info.category != nil else { return nil }
      // The Supreme People's Court hears almost no first instance: a court-less
      // 民初字 is some lower court that left its name out.
      let supreme = value.info.stage == "first-instance" ? nil : "最高人民法院"
      return Parts(court: "", courtName: supreme, code: value.code, info: value.info, numberStart: i + 1)
    }
    let court = string(kept[0..<(kept.count - len)][...])
    var parts = Parts(court: court, code: value.code, info: value.info, numberStart: i + 1)
    if let first = court.unicodeScalars.first, let p = lex.provinces[first] {
      parts.province = p.name
      let rest = String(court.unicodeScalars.dropFirst())
      switch rest {
      case "": parts.courtName = lex.courts[court]
      case "高": parts.courtName = lex.courts[String(first)]  // 津高: the high court
      case DocketRules.maritimeCourtMark: parts.courtName = lex.courts[String(first) + DocketRules.maritimeCourtCode]
      default: break
      }
    }
    return parts
  }

  /// 第00012号, 12号, 12号之一.
  private static func finish(_ text: [Unicode.Scalar], start: Int, year: Int, parts: Parts) -> DocketMention? {
    var i = skipSpaces(text, parts.numberStart)
    if i < text.count, text[i] == "字" { i += 1 }
    if i < text.count, text[i] == "第" { i += 1 }
    i = skipSpaces(text, i)
    var j = i
    while j < text.count, ChineseNumeral.isArabicDigit(text[j]), j - i < 8 { j += 1 }
    guard j > i, let number = Int(string(text[i..<j])) else { return nil }
    j = skipSpaces(text, j)
    // 之一 before or after 号.
    if let e = sub(text, at: j) { j = e }
    guard j < text.count, text[j] == "号" else { return nil }
    j += 1
    if let e = sub(text, at: j) { j = e }
    return DocketMention(
      text: "", span: TextSpan(start, j), year: year, court: parts.court, province: parts.province,
      code: parts.code, category: parts.info.category, stage: parts.info.stage, number: number,
      courtName: parts.courtName, region: parts.region)
  }

  private static func sub(_ text: [Unicode.Scalar], at i: Int) -> Int? {
    guard i + 1 < text.count, text[i] == "之", ChineseNumeral.isChineseNumeralScalar(text[i + 1]) else { return nil }
    var j = i + 1
    while j < text.count, j - i <= 3, ChineseNumeral.isChineseNumeralScalar(text[j]) { j += 1 }
    return j
  }

  private static func digits(_ text: [Unicode.Scalar], at i: Int, count: Int) -> (text: String, end: Int)? {
    guard i + count <= text.count else { return nil }
    for k in i..<(i + count) where !ChineseNumeral.isArabicDigit(text[k]) { return nil }
    if i + count < text.count, ChineseNumeral.isArabicDigit(text[i + count]) { return nil }
    return (string(text[i..<(i + count)]), i + count)
  }

  private static func skipSpaces(_ text: [Unicode.Scalar], _ i: Int) -> Int {
    var j = i
    while j < text.count, text[j] == " " { j += 1 }
    return j
  }

  private static func isHan(_ s: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
  }

  private static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
    var v = String.UnicodeScalarView()
    v.append(contentsOf: s)
    return String(v)
  }
}
