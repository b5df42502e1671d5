import Testing

@testable import ChineseText
@testable import LegalExtract

/// A period a comparison looks back to (与2016年1~4月相比, 较2016年同期) is
/// not the story's time: a bare month told after it keeps the story's year.
/// Generated from every comparison word, period shape and comparison tail,
/// with the story's year as the oracle; negatives check the predicate.
@Suite struct DateComparedPeriodTests {
  static let comparisonWords = ["与", "较", "同"]
  /// A period and how it renders (`TEXT=VALUE` or `TEXT=VALUE..END`).
  static let periods = [
    ("2016年1~4月", "2016年1~4月=2016-01..2016-04"),
    ("2016年4月份", "2016年4月份=2016-04"),
    ("2016年", "2016年=2016"),
  ]
  static let tails = ["相比", "相较", "比较", "对比", "同期", "同期相比"]
  static let laterMonths = [2, 3, 4]

  static let stories: [DateCase] = comparisonWords.flatMap { word in
    periods.flatMap { period in
      tails.flatMap { tail in
        laterMonths.map { m in
          DateCase(
            "2017年1~4月，全国查处案件8614件，\(word)\(period.0)\(tail)，数量上升。\(m)月份，全国案件总数为3424件。",
            ["2017年1~4月=2017-01..2017-04", period.1, "\(m)月份=2017-0\(m)"], published: nil)
        }
      }
    }
  }

  @Test(arguments: stories) func aComparedPeriodAnchorsNoLaterMonth(_ c: DateCase) {
    DateTestSupport.check(c)
  }

  /// Texts whose second date is not a compared period: no comparison word
  /// right before it, or no comparison tail in its own clause.
  static let notCompared = [
    "2016年4月，甲公司成立。2015年5月相比之下更早。",
    "2016年4月，法院受理与2015年相关的案件。",
    "2016年4月，甲公司与乙公司合并，与2015年，相比之下规模更大。",
    "2016年4月，法院审结案件，较2015年增长10%。",
  ]

  @Test(arguments: notCompared) func withoutWordAndTailNoComparedPeriod(_ text: String) throws {
    let scalars = TextDocument(text).folded
    let scanned = DateScanner(text: scalars).scan()
    let second = try #require(scanned.dropFirst().first)
    #expect(!DateResolver.isComparisonBase(second, text: scalars))
  }

  @Test func theComparedPeriodIsReadFromTheScannedText() throws {
    let text = "2017年1~4月，与2016年1~4月相比，数量上升。"
    let scalars = TextDocument(text).folded
    let scanned = DateScanner(text: scalars).scan()
    #expect(scanned.count == 2)
    let second = try #require(scanned.last)
    #expect(DateResolver.isComparisonBase(second, text: scalars))
    #expect(!DateResolver.isComparisonBase(try #require(scanned.first), text: scalars))
  }
}
