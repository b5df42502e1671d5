import ChineseText

/// Hong Kong case numbers: 終院刑事上訴2014年第8號 and FACC 8/2014.
/// Rule tables: `DocketRulesHongKong`, `RegionalDocketLexicon`.
extension DocketParser {
  /// 终院刑事上诉2014年第8号, 高院刑事案件 2019 年第 123 号, 終審法院刑事上訴案
  /// 2019 年第 7 號, read from a court name at `start`. A candidate once court, type and 2014年 are read.
  static func parseHongKongChinese(
    _ text: [Unicode.Scalar], at start: Int, lex: RegionalDocketLexicon
  ) -> Outcome {
    guard let (courtEnd, court) = lex.hongKongCourts.longestMatch(in: text, from: start) else {
      return .notACandidate
    }
    // 終審法院 刑事上訴案 2019 年第 7 號: the court's own listing spaces the parts.
    let typeStart = skipSpaces(text, courtEnd)
    guard let (typeEnd, type) = lex.hongKongCaseTypes.longestMatch(in: text, from: typeStart)
    else { return .notACandidate }
    let y = skipSpaces(text, DocketRulesHongKong.afterCaseWord(text, typeEnd))
    guard let (year, yearEnd) = arabicNumber(text, at: y, maxDigits: 4), yearEnd - y == 4 else {
      return .notACandidate
    }
    var i = skipSpaces(text, yearEnd)
    guard i < text.count, text[i] == "年" else { return .notACandidate }
    let rule = DocketRule.hongKongChinese
    guard (1949...2099).contains(year) else {
      return rejection(start, Failure(rule: .yearRange, end: i + 1), proposedBy: rule)
    }
    i = skipSpaces(text, i + 1)
    guard i < text.count, text[i] == "第" else {
      return rejection(start, Failure(rule: .noNumber, end: i), proposedBy: rule)
    }
    switch serialNumber(text, from: i + 1) {
    case .failed(let f): return rejection(start, f, proposedBy: rule)
    case .read(let number, let end):
      let mention = DocketMention(
        text: "", span: TextSpan(start, end), year: year, court: string(text[start..<courtEnd]),
        province: DocketRulesHongKong.jurisdiction, code: string(text[typeStart..<typeEnd]),
        category: type.category, stage: court.isFinal ? nil : type.stage, number: number,
        courtName: court.name)
      return .candidate(Candidate(span: mention.span, value: mention, rule: rule.name))
    }
  }

  /// FACC 8/2014, HCCC No. 123/2019, DCCC 第456/2020号, FACV No. 17 of 2008,
  /// read from an English prefix at `start`. A candidate once the prefix
  /// and a number are read.
  static func parseHongKongEnglish(
    _ text: [Unicode.Scalar], at start: Int, lex: RegionalDocketLexicon
  ) -> Outcome {
    if start > 0, isASCIILetter(text[start - 1]) || ("0"..."9").contains(text[start - 1]) {
      return .notACandidate
    }
    guard let (prefixEnd, prefix) = lex.hongKongPrefixes.longestMatch(in: text, from: start),
      prefixEnd == text.count || !isASCIILetter(text[prefixEnd])
    else { return .notACandidate }
    var i = skipSpaces(text, prefixEnd)
    var numberedByDi = false  // 第8/2014号 closes with 号
    for mark in DocketRulesHongKong.englishNumberMarks {
      if let e = ProvisionParser.match(mark, in: text, at: i) {
        numberedByDi = mark == "第"
        i = skipSpaces(text, e)
        break
      }
    }
    guard let (number, numberEnd) = arabicNumber(text, at: i, maxDigits: 6) else {
      return .notACandidate
    }
    let rule = DocketRule.hongKongEnglish
    var j = skipSpaces(text, numberEnd)
    if j < text.count, text[j] == "/" {
      j = skipSpaces(text, j + 1)
    } else if let e = ProvisionParser.match("of", in: text, at: j) {
      j = skipSpaces(text, e)
    } else {
      return rejection(start, Failure(rule: .noYear, end: numberEnd), proposedBy: rule)
    }
    guard let (year, yearEnd) = arabicNumber(text, at: j, maxDigits: 4), yearEnd - j == 4 else {
      return rejection(start, Failure(rule: .noYear, end: j), proposedBy: rule)
    }
    guard (1949...2099).contains(year) else {
      return rejection(start, Failure(rule: .yearRange, end: yearEnd), proposedBy: rule)
    }
    var end = yearEnd
    if numberedByDi, end < text.count, text[end] == "号" { end += 1 }
    let court = DocketRulesHongKong.englishCourts[prefix.court]
    let mention = DocketMention(
      text: "", span: TextSpan(start, end), year: year, court: prefix.court,
      province: DocketRulesHongKong.jurisdiction, code: prefix.type,
      category: prefix.meaning.category,
      stage: court?.isFinal == true ? nil : prefix.meaning.stage, number: number,
      courtName: court?.name)
    return .candidate(Candidate(span: mention.span, value: mention, rule: rule.name))
  }
}
