import Foundation
import Testing

@testable import ChineseText
@testable import LegalExtract

/// The scan's prefilter (`DateStartScalars`) against the scanner itself:
/// `date(at:previous:)` tries every form at any scalar, so calling it at
/// every offset of many texts shows each scalar a date really starts with.
/// A form or table entry whose first scalar the prefilter lacks would be
/// skipped by `scan()` in silence; here it fails, naming the scalar.
@Suite struct DateStartScalarTests {
  /// Every sentence of the date rule examples and date test tables: each
  /// rule has an example (`DateRuleTests.everyRuleHasAnExample`), so a new
  /// form is exercised here as soon as it is named.
  static let testSentences: [String] = {
    let tables: [[DateCase]] = [
      DateAbsoluteTests.cases, DateColloquialTests.rangeTraps, DateColloquialTests.weekdays,
      DateColloquialTests.weekdayNegatives, DateColloquialTests.words,
      DateColloquialTests.wordNegatives, DateColloquialTests.holidays,
      DateColloquialTests.holidayNegatives, DateColloquialTests.years,
      DateColloquialTests.yearNegatives, DateColloquialTests.ranges, DateColloquialTests.numerals,
      DateIssueFormsTests.weeks, DateIssueFormsTests.days, DateIssueFormsTests.months,
      DateIssueFormsTests.years, DateIssueFormsTests.offsets, DateIssueFormsTests.writtenYears,
      DateIssueFormsTests.ranges, DateIssueFormsTests.holidays, DateIssueFormsTests.numerals,
      DateIssueFormsTests.negatives, DateNegativeTests.cases, DateNewsFamilyTests.festivals,
      DateNewsFamilyTests.bracketedMonths, DateNewsFamilyTests.yearSpans,
      DateNewsFamilyTests.newsDays, DateNewsFamilyTests.storyDays, DateNewsFamilyTests.weekWords,
      DateNewsFamilyTests.secondBatch, DateNewsFamilyTests.genreBatch, DateOffsetTests.offsets,
      DateOffsetTests.negatives, DateRangeSpacingTests.cases, DateRelativeTests.cases,
      DateHeldOutFamilyTests.monthOnlyYears, DateHeldOutFamilyTests.yearSpansAfterSubjects,
      DateHeldOutFamilyTests.daysBeforeVerbs, DateHeldOutFamilyTests.todayAlone,
      DateHeldOutFamilyTests.bareDayRanges, DateHeldOutFamilyTests.dottedNamedDays,
      DateHeldOutFamilyTests.speechDays, DateHeldOutFamilyTests.unanchoredOffsets,
      DateHeldOutFamilyTests.datelineDays,
    ]
    return DateRuleTests.examples.map(\.text) + tables.flatMap { $0.map(\.text) }
  }()

  /// Every phrase of the word tables, each in a sentence that lets it stand
  /// as a date (after 于, before a verb), so entries no test names yet are
  /// still tried.
  static let tablePhrases: [String] = {
    var phrases = DateRules.contextualWords.map(\.0) + DateRules.deicticWords.map(\.0)
    phrases += DateRules.vagueWords
    phrases += DateCalendarRules.holidays.map { $0.0 + "期间" }
    for noun in DateCalendarRules.weekNouns {
      for (name, _) in DateCalendarRules.weekdayNames { phrases.append(noun + name) }
      for (prefix, _) in DateCalendarRules.weekPrefixes {
        phrases.append(prefix + noun + "三")
        phrases.append(prefix + noun)
      }
    }
    for noun in DateCalendarRules.weekendNouns {
      phrases += DateCalendarRules.weekPrefixes.map { $0.0 + noun }
    }
    for marker in DateCalendarRules.lunarMarkers { phrases.append(marker + "八月十五") }
    for (name, _) in DateCalendarRules.lunarMonthNames { phrases.append(name + "初八") }
    phrases.append("闰四月初一")
    phrases += (DateCalendarRules.bareYearParts + DateCalendarRules.bareMonthParts).map(\.0)
    phrases += ["一季度", "第二季度", "第3个季度", "前三季度", "前两个季度", "上半年", "下半年"]
    for word in ["今", "昨", "明", "前"] { phrases.append(word + "(22日)") }
    for (unit, _) in DateCalendarRules.offsetUnits {
      phrases += ["三十二" + unit + "前", "半" + unit + "后", "两" + unit + "前"]
    }
    return phrases.map { "他于" + $0 + "到案。" }
  }()

  /// Our own corpus articles: real text around the forms.
  static let corpusTexts: [String] = {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Corpus/articles")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
      try? String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8)
    }
  }()

  /// The scalars at which the unfiltered scanner finds a date that the
  /// prefilter would skip, with the date's text.
  static func skippedStarts(
    in text: String, mayStart: (Unicode.Scalar) -> Bool = DateScanner.mayStartDate
  ) -> [String] {
    let folded = TextDocument(text).folded
    let scanner = DateScanner(text: folded)
    let found = scanner.scan()
    var misses: [String] = []
    var last = 0
    for i in folded.indices where !mayStart(folded[i]) {
      // The scan hands each call the last date found before it, and never
      // calls inside a date it found (千 in 两千零八年).
      while last < found.count, found[last].range.upperBound <= i { last += 1 }
      if last < found.count, found[last].range.lowerBound < i, found[last].range.contains(i) {
        continue
      }
      // (A span read but claimed only is skipped, not handed on.)
      let previous = found[..<last].last(where: { !$0.claimOnly })
      if let d = scanner.date(at: i, previous: previous) {
        misses.append(String(String.UnicodeScalarView(folded[d.range])))
      }
    }
    return misses
  }

  @Test func corpusHasArticles() { #expect(Self.corpusTexts.count > 50) }

  @Test(arguments: [testSentences, tablePhrases])
  func noFormStartsOutsideThePrefilter(_ texts: [String]) {
    let misses = texts.flatMap { Self.skippedStarts(in: $0) }
    #expect(misses.isEmpty, "dates the scan would skip: \(misses)")
  }

  @Test func noCorpusDateStartsOutsideThePrefilter() {
    #expect(Self.corpusTexts.flatMap { Self.skippedStarts(in: $0) }.isEmpty)
  }

  /// The oracle can fail: with a prefilter that lacks 春 and 腊 it names
  /// the festival and the lunar date the scan would skip.
  @Test func oracleNamesWhatAShorterPrefilterSkips() {
    let misses = Self.skippedStarts(
      in: "春节前，他于腊月二十三到案。",
      mayStart: { $0 != "春" && $0 != "腊" && DateScanner.mayStartDate($0) })
    #expect(misses == ["春节", "腊月二十三"])
  }

  /// The prefilter is not everything: ordinary text scalars start nothing.
  @Test(arguments: ["的", "法", "院", "人", "。", "A", "(", "某"])
  func commonScalarsAreSkipped(_ s: String) {
    #expect(s.unicodeScalars.first.map { !DateScanner.mayStartDate($0) } == true)
  }
}
