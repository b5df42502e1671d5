import Foundation
import PropertyBased
import Testing

@testable import LegalExtract

/// Issue 19: the anchor model of contextual date words (RelativeDateAnchors)
/// and written month names (元月).
@Suite struct DateAnchorTests {
  static let cases: [DateCase] = [
    // A day word counts from the nearest full date before it, past a coarser date between.
    DateCase(
      "2016年6月26日，该局召开会议。2016年，全市受理案件120件。同日，环保部门通报了结果。",
      "2016年6月26日=2016-06-26", "2016年=2016", "同日=2016-06-26"),
    DateCase(
      "2020年3月2日，王某报警。当年全区共立案35起。次日，民警将李某抓获。",
      "2020年3月2日=2020-03-02", "当年=2020", "次日=2020-03-03"),
    DateCase(
      "6月26日，检察院受理该案。2015年，该院共办理此类案件8件。翌日，检察院提审了张某。",
      "6月26日=XXXX-06-26", "2015年=2015", "翌日=XXXX-06-27"),
    // Only a month or a year before it: the day word is no date (negatives).
    DateCase("2011年11月，双方调解未果。年关将至，次日工人报案，公安当日立案。", "2011年11月=2011-11"),
    DateCase("2019年，该公司拖欠工资。随后工人投诉，劳动监察大队当天介入。", "2019年=2019"),
    DateCase("2022年至2023年，双方多次协商，当天申请法院确认调解协议。", "2022年至2023年=2022..2023"),
    // A coarser date that moves the story on (a later month) leaves the day word with no anchor.
    DateCase(
      "2023年1月8日，工人投诉。2023年2月，该局移送案件。当日，检察机关介入。", "2023年1月8日=2023-01-08",
      "2023年2月=2023-02"),
    DateCase(
      "2019年6月3日，法院立案。2020年，双方多次协商。次日，原告撤诉。", "2019年6月3日=2019-06-03", "2020年=2020"),
    // A flashback to an earlier month leaves the story's day the anchor.
    DateCase(
      "2024年5月20日，某法院开展集中执行行动。\n2019年6月，周某向孙某借款6万元。当天上午，执行干警找到周某。",
      "2024年5月20日=2024-05-20", "2019年6月=2019-06", "当天上午=2024-05-20"),
    // A month word needs a month before it.
    DateCase("2019年，甲公司停产。当月，工人集体讨薪。", "2019年=2019"),
    DateCase("2019年8月5日，甲公司停产。当月，工人集体讨薪。", "2019年8月5日=2019-08-05", "当月=2019-08"),
    // Not across a case heading: the heading's case gave only a year.
    DateCase(
      "案例一\n2020年5月8日，张某被抓获。\n案例二\n2021年，李某多次盗窃。次日被抓获。",
      "2020年5月8日=2020-05-08", "2021年=2021"),
    // 元月 is January; after an amount it is money and a month's pay.
    DateCase("2014年元月6日，工地负责人将工资发放到位。", "2014年元月6日=2014-01-06"),
    DateCase("元月15日，法院开庭审理此案。", "元月15日=XXXX-01-15"),
    DateCase("2015年元月，该案移送审查起诉。", "2015年元月=2015-01"),
    DateCase("工人每人3000元月薪未发。"),
    DateCase("该厂拖欠工资五万元月余。"),
  ]

  @Test(arguments: cases)
  func anchors(_ c: DateCase) { DateTestSupport.check(c) }

  /// Fillers with no date: clauses another site writes between a date and its day word.
  static let fillers = [
    "", "张某到派出所报案，", "检察机关依法介入，", "当事人双方多次协商未果，", "工人们聚集在工地讨要工资。",
    "监察大队多次发文催促无果。", "该公司负责人一直未露面，",
  ]
  /// Day words and the days they add.
  static let dayWords: [(String, Int)] = [
    ("次日", 1), ("翌日", 1), ("第二天", 1), ("当日", 0), ("当天", 0), ("同日", 0),
  ]
  /// Coarser dates told between the full date and the day word: a statistic's year,
  /// a year's total, none.
  static let between = ["", "当年全区共受理投诉案件120件。", "{Y}年，全县法院共审结此类案件35件。"]

  static var calendar: Calendar {
    var c = Calendar(identifier: .gregorian)
    c.timeZone = TimeZone(identifier: "UTC") ?? TimeZone.gmt
    return c
  }

  /// A full date, fillers, maybe a coarser date, fillers, a day word: the word's value is
  /// Foundation's Calendar arithmetic on the full date.
  @Test func dayWordsCountFromTheLastFullDate() async {
    let combos = Self.fillers.count * Self.dayWords.count * Self.between.count
    await propertyCheck(
      count: 300, input: Gen.int(in: 1990...2035), Gen.int(in: 0...364),
      Gen.int(in: 0...(combos - 1)), Gen.int(in: 0...(Self.fillers.count - 1))
    ) { year, dayOfYear, combo, second in
      let filler = Self.fillers[combo % Self.fillers.count]
      let (word, shift) = Self.dayWords[(combo / Self.fillers.count) % Self.dayWords.count]
      let middle = Self.between[combo / (Self.fillers.count * Self.dayWords.count)]
        .replacingOccurrences(of: "{Y}", with: String(year))
      guard let start = Self.calendar.date(from: DateComponents(year: year, month: 1, day: 1)),
        let day = Self.calendar.date(byAdding: .day, value: dayOfYear, to: start),
        let target = Self.calendar.date(byAdding: .day, value: shift, to: day)
      else { return }
      let d = Self.calendar.dateComponents([.year, .month, .day], from: day)
      let e = Self.calendar.dateComponents([.year, .month, .day], from: target)
      guard let y = d.year, let m = d.month, let dd = d.day, let ey = e.year, let em = e.month,
        let ed = e.day
      else { return }
      let full = "\(y)年\(m)月\(dd)日"
      let text = "\(full)，\(filler)\(middle)\(Self.fillers[second])\(word)，法院立案受理。"
      let result = DateTestSupport.run(DateCase(text))
      let expected = String(format: "%04d-%02d-%02d", ey, em, ed)
      #expect(result.dates.first { $0.text == word }?.value == expected, "\(text)")
    }
  }

  /// A full date, then a month of another month or year (the story moved on), then a day word:
  /// no date, whatever the words.
  @Test func dayWordsAfterTheStoryMovedOnAreNoDate() async {
    await propertyCheck(
      count: 120, input: Gen.int(in: 1990...2035), Gen.int(in: 1...12), Gen.int(in: 1...11),
      Gen.int(in: 0...(Self.fillers.count * Self.dayWords.count - 1))
    ) { year, month, step, combo in
      let filler = Self.fillers[combo % Self.fillers.count]
      let (word, _) = Self.dayWords[combo / Self.fillers.count]
      let later = month + step > 12 ? (year + 1, month + step - 12) : (year, month + step)
      let coarse = "\(later.0)年\(later.1)月"
      let text = "\(year)年\(month)月5日，法院立案。\(coarse)，\(filler)\(word)，工人到劳动监察大队投诉。"
      let result = DateTestSupport.run(DateCase(text))
      #expect(!result.dates.contains { $0.text == word }, "\(text)")
    }
  }

  /// A month or a year, fillers, a day word: the day word is no date, whatever the words.
  @Test func dayWordsAfterACoarserDateAreNoDate() async {
    await propertyCheck(
      count: 120, input: Gen.int(in: 1990...2035), Gen.int(in: 1...12),
      Gen.int(in: 0...(Self.fillers.count * Self.dayWords.count - 1))
    ) { year, month, combo in
      let filler = Self.fillers[combo % Self.fillers.count]
      let (word, _) = Self.dayWords[combo / Self.fillers.count]
      let coarse = combo % 2 == 0 ? "\(year)年\(month)月" : "\(year)年"
      let text = "\(coarse)，\(filler)\(word)，工人到劳动监察大队投诉。"
      let result = DateTestSupport.run(DateCase(text))
      #expect(result.dates.map(\.text) == [coarse], "\(text)")
    }
  }
}
