import PropertyBased
import Testing

@testable import LegalExtract

/// Round-twelve families of figures and dates (blind fit batches, civil and
/// enforcement stories): a money noun before a bare 万 amount (b40-03
/// 保证金270余万, h56-09 货款共计20余万), parties of an enforcement counted as
/// 二被告 is (二被执行人), consecutive months listed before one 月 (h50-04
/// 2022年6、7月间) and a part of a year opening a range (h50-06
/// 2015年下半年至2021年).
@Suite struct FigureDateRoundTwelveFamilyTests {
  static func describe(_ sentence: String) -> [String] { FigureProbe.describe(sentence) }

  // MARK: figure.money.after-cue with a money noun

  @Test(arguments: [
    ("双方合作后，对方拖欠货款共计20余万。", "20余万|money|200000|~"),
    ("缴纳治理恢复保证金270余万，待验收后退还。", "270余万|money|2700000|~"),
    ("执行法官追回执行款十二万，发还申请执行人。", "十二万|money|120000"),
    ("公司拖欠工资3.5万，张某申请劳动仲裁。", "3.5万|money|35000"),
    ("法院判令被告支付工程款80万，并支付违约金。", "80万|money|800000"),
  ])
  func moneyNounMakesABareAmountMoney(sentence: String, expected: String) {
    #expect(Self.describe(sentence) == [expected], "\(sentence): \(Self.describe(sentence))")
  }

  /// A money noun does not make money of a term, a count, or a bare number
  /// with no 万/亿.
  @Test(arguments: [
    "公司拖欠工资三个月。", "法院判令被告支付工程款。", "公司拖欠工资3000，张某申请仲裁。",
    "该案执行款涉及20万人次。",
  ])
  func moneyNounAloneMakesNoMoney(sentence: String) {
    #expect(
      !FigureProbe.figures(in: sentence).contains { $0.kind == .money && !$0.text.contains("元") },
      "\(sentence): \(Self.describe(sentence))")
  }

  /// Generated: money noun × filler × amount (number form × 万/亿 × 余) × clause end.
  @Test func generatedBareAmountsAfterMoneyNouns() async {
    let nouns = ["货款", "工程款", "执行款", "欠款", "工资", "保证金", "违约金", "赔偿金", "租金", "本金"]
    let fillers = ["", "共计", "合计", "共", "约"]
    let amounts: [(String, Double)] = [
      ("20万", 200_000), ("20余万", 200_000), ("3.5万", 35000), ("十二万", 120_000),
      ("一百二十万", 1_200_000), ("1.2亿", 120_000_000), ("两万", 20000), ("270余万", 2_700_000),
    ]
    let ends = ["。", "，张某诉至法院。", "；"]
    await propertyCheck(
      count: 150, input: Gen.int(in: 0...(nouns.count - 1)), Gen.int(in: 0...(fillers.count - 1)),
      Gen.int(in: 0...(amounts.count * ends.count - 1))
    ) { n, f, a in
      let (amount, value) = amounts[a % amounts.count]
      let sentence = "经查，被告尚欠原告" + nouns[n] + fillers[f] + amount + ends[a / amounts.count]
      let money = FigureProbe.figures(in: sentence).filter { $0.kind == .money }
      #expect(
        money.count == 1 && money.first?.value == .number(value),
        "\(sentence): \(Self.describe(sentence))")
    }
  }

  // MARK: figure.count.noun-classifier with enforcement and appeal parties

  @Test(arguments: [
    ("二被执行人均未履行义务。", "二被执行人|count|2"),
    ("三申请执行人共同申请执行。", "三申请执行人|count|3"),
    ("判决两被上诉人承担连带责任。", "两被上诉人|count|2"),
    ("4被申请人均未到庭。", "4被申请人|count|4"),
  ])
  func partiesCounted(sentence: String, expected: String) {
    #expect(Self.describe(sentence) == [expected], "\(sentence): \(Self.describe(sentence))")
  }

  /// A count of one, an ordinal, and a party word with no number are no counts.
  @Test(arguments: ["一被执行人未到庭。", "第二被执行人未到庭。", "被执行人名下有车辆。", "该申请人已撤回申请。"])
  func partiesNotCounted(sentence: String) {
    #expect(
      !FigureProbe.figures(in: sentence).contains { $0.kind == .count },
      "\(sentence): \(Self.describe(sentence))")
  }

  // MARK: figure.guard.year-in-review

  @Test(arguments: [
    "一年来，全市法院共审结案件3万件。", "在过去的一年里，全国公安机关破获案件1万起。", "过去一年，该院受理案件800件。",
    "2025年是全市法院稳中求进、实干破难的一年。", "条例实施一年以来，执法检查800次。",
  ])
  func yearInReviewIsNoTerm(sentence: String) {
    #expect(
      !FigureProbe.figures(in: sentence).contains { $0.kind == .duration },
      "\(sentence): \(Self.describe(sentence))")
  }

  /// Longer looks back, terms and one year of the facts stay figures.
  @Test(arguments: [
    ("三年来，林州法院共审结案件1万件。", "三年|duration|P3Y"), ("过去五年，全市检察机关起诉3000人。", "五年|duration|P5Y"),
    ("被告人张某被判处有期徒刑一年。", "一年|duration|P1Y"), ("张某在该公司工作满一年。", "一年|duration|P1Y"),
    ("法院判处其缓刑一年，张某服刑的一年半里表现良好。", "一年|duration|P1Y"),
  ])
  func otherYearsStayFigures(sentence: String, expected: String) {
    #expect(Self.describe(sentence).contains(expected), "\(sentence): \(Self.describe(sentence))")
  }

  // MARK: date.range.month-list and date.range.year-span-start

  @Test(arguments: [
    DateCase("2022年6、7月间，谭某某多次走私。", "2022年6、7月=2022-06..2022-07"),
    DateCase("2021年10、11、12月份，张某未领工资。", "2021年10、11、12月份=2021-10..2021-12"),
    DateCase("二〇二〇年三、四月，张某多次盗窃。", "二〇二〇年三、四月=2020-03..2020-04"),
    DateCase("2015年下半年至2021年，被告人刘某多次受贿。", "2015年下半年至2021年=2015..2021"),
    DateCase("2019年上半年至2020年6月，张某在该公司工作。", "2019年上半年至2020年6月=2019..2020-06"),
    DateCase("2018年第三季度至2019年，该公司未缴社保。", "2018年第三季度至2019年=2018..2019"),
  ])
  func rangesRead(c: DateCase) { DateTestSupport.check(c) }

  /// Months not consecutive, a list heading, a list of days, and a year part
  /// with no written year after its connector stay as they were.
  @Test(arguments: [
    DateCase("2022年3、5月，张某两次盗窃。", "2022年=2022", "5月=2022-05"),
    DateCase("一、2月5日，张某入职。", "2月5日=XXXX-02-05"),
    DateCase("第1、2月份的数据有误。", "2月份=XXXX-02"),
    DateCase("2022年6、7月5日，张某两次盗窃。", "2022年=2022", "7月5日=2022-07-05"),
    DateCase("2019年上半年，该院受理案件300件。", "2019年上半年=2019"),
  ])
  func notRanges(c: DateCase) { DateTestSupport.check(c) }

  // MARK: date.guard.attributive-current-year

  @Test(arguments: [
    DateCase("职工新进用人单位的，当年度年休假天数按剩余日历天数折算。"),
    DateCase("2017年年初，陈某休完当年度10天带薪年休假。", "2017年年初=2017"),
    DateCase("2016年，张某入职，当年即签订劳动合同。", "2016年=2016", "当年=2016"),
    DateCase("2016年，张某入职。当年12月，公司解除合同。", "2016年=2016", "当年12月=2016-12"),
  ])
  func currentYearOfARule(c: DateCase) { DateTestSupport.check(c) }

  /// Generated: year × consecutive months (2–3, Arabic or Chinese) × 月/月份 ×
  /// frame; the oracle is the first and last month put in.
  @Test func generatedMonthLists() async {
    let chinese = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
    await propertyCheck(
      count: 120, input: Gen.int(in: 2000...2025), Gen.int(in: 1...10), Gen.int(in: 0...7)
    ) { year, first, shape in
      let count = shape % 2 == 0 ? 2 : 3
      let months = (first..<(first + count)).filter { $0 <= 12 }
      guard months.count >= 2 else { return }
      let names = months.map { shape / 2 % 2 == 0 ? "\($0)" : chinese[$0] }
      let unit = shape / 4 == 0 ? "月" : "月份"
      let span = "\(year)年" + names.joined(separator: "、") + unit
      let sentence = span + "间，被告人张某多次实施盗窃。"
      let want = String(
        format: "%@=%04d-%02d..%04d-%02d", span, year, months[0], year, months.last!)
      let got = DateTestSupport.run(DateCase(sentence)).dates.map(DateTestSupport.render)
      #expect(got == [want], "\(sentence): \(got)")
    }
  }
}
