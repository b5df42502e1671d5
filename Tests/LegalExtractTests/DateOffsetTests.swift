import Testing

@testable import LegalExtract

/// Offsets (issue 13): a count, a unit and a direction give a date, not a
/// duration figure. 前 counts back from the reference date, 后 forward from
/// the text's last date (else the reference date).
@Suite struct DateOffsetTests {
  static let tue = "2013-02-12"

  static let offsets: [DateCase] = [
    DateCase("他说：8天前。", "8天前=2013-02-04", published: tue),
    DateCase("他说：四日后。", "四日后=2013-02-16", published: tue),
    DateCase("他说：兩日前。", "兩日前=2013-02-10", published: tue),
    DateCase("他说：三周后。", "三周后=2013-03-05", published: tue),
    DateCase("他说：兩個禮拜前。", "兩個禮拜前=2013-01-29", published: tue),
    DateCase("他说：两个月前。", "两个月前=2012-12", published: tue),
    DateCase("他说：三个月之后。", "三个月之后=2013-05", published: tue),
    DateCase("他说：半年后。", "半年后=2013-08", published: tue),
    DateCase("他说：一年半前。", "一年半前=2011-08", published: tue),
    DateCase("他说：12年前。", "12年前=2001", published: tue),
    DateCase("他说：三年多前。", "三年多前=2010", published: tue),
    DateCase("他说：三天後。", "三天後=2013-02-15", published: tue),
    DateCase("他说：两月前。", "两月前=2012-12", published: tue),
    DateCase("他说：40日后。", "40日后=2013-03-24", published: tue),
    // Formerly a negative (before issue 13 made offsets dates): no reference, no value.
    DateCase("张某五日后返回。", "五日后=XXXX-XX-XX"),
    DateCase("2019年3月1日张某被抓获，10天后被批捕。", "2019年3月1日=2019-03-01", "10天后=2019-03-11"),
  ]

  @Test(arguments: offsets) func checkOffsets(_ c: DateCase) { DateTestSupport.check(c) }

  static let negatives: [DateCase] = [
    // A calendar day or month before 前/后: "before the 15th", "before June"
    // (a date, in the future when the clause looks ahead), not an offset.
    DateCase("请于15日前提交。", "15日=2013-02-15", published: tue),
    DateCase("将于6月前完成整改。", "6月=2013-06", published: tue),
    DateCase("两三天后再说。", published: tue),
    DateCase("2019年前完成整改。", "2019年=2019", published: tue),
    // A length before 后: held over a year, then sentenced.
    DateCase("还押逾一年后被判刑。", published: tue),
    DateCase("满三年后可以申请。", published: tue),
    DateCase("几天前他来过。", published: tue),
  ]

  @Test(arguments: negatives) func checkNegatives(_ c: DateCase) { DateTestSupport.check(c) }

  /// The offset claims its span: 一年 inside 一年后 is no duration figure.
  @Test func offsetIsNoFigure() {
    let text = "他说：三年后，该厂迁址。两个月前，张某被判处有期徒刑三年。两日后调解，8天前开庭。"
    let result = Extractor().extract(
      text, published: PublishedDate(callerValue: "2013-02-12"))
    #expect(result.dates.map(\.text) == ["三年后", "两个月前", "两日后", "8天前"])
    #expect(result.figures.map(\.text) == ["三年"])
  }
}
