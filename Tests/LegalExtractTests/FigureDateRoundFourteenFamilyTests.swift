import PropertyBased
import Testing

@testable import LegalExtract

/// Round-fourteen families of figures and dates (blind fit batches): N轮 before
/// a vehicle noun names a kind of vehicle (h39-01 两轮摩托车, h64-07 二轮摩托车,
/// h66-04 三轮车), a rate per period the parties agreed is a fact (h60-03
/// 违约金按每日万分之七, h64-06 违约金额以…每日万分之五), a share of a named whole
/// after 的 is no quantity (h60-10 不能清偿部分的二分之一, h66-10 自负部分的五分之一),
/// and two adjacent Chinese digits before one 月 are a range of months (h68-08
/// 2010年八九月间).
@Suite struct FigureDateRoundFourteenFamilyTests {
  static func describe(_ sentence: String) -> [String] { FigureProbe.describe(sentence) }

  // MARK: figure.guard.vehicle-kind

  @Test(arguments: [
    "张某驾驶一辆两轮摩托车沿公路行驶。", "李某驾驶无号牌二轮摩托车与行人相撞。", "王某骑三轮车运送货物。",
    "被告人驾驶四轮电动车撞伤行人。", "涉案三轮汽车已被扣押。", "他骑着一辆二轮電動車。",
  ])
  func wheelsOfAVehicleAreNoCount(sentence: String) {
    #expect(
      !FigureProbe.figures(in: sentence).contains { $0.unit == "轮" },
      "\(sentence): \(Self.describe(sentence))")
  }

  /// 轮 counting rounds stays a count, also before a noun of vehicles.
  @Test(arguments: [
    ("双方经过三轮谈判达成协议。", "三轮", 3.0), ("公安机关开展了两轮集中清查。", "两轮", 2.0),
    ("交警部门组织两轮车辆检查。", "两轮", 2.0),
  ])
  func roundsStayCounts(sentence: String, rounds: String, value: Double) {
    #expect(
      FigureProbe.figures(in: sentence).contains {
        $0.kind == .count && $0.text.hasPrefix(rounds) && $0.value == .number(value)
      }, "\(sentence): \(Self.describe(sentence))")
  }

  /// Generated: numeral × 轮 × vehicle noun × frame: no figure in any.
  @Test func generatedVehicleKinds() async {
    let numerals = ["两", "二", "三", "四", "2", "3"]
    let nouns = ["摩托车", "车", "电动车", "机动车", "汽车", "货车", "自行车", "助力车", "农用车"]
    let frames: [(String, String)] = [
      ("被告人驾驶一辆", "沿公路行驶。"), ("张某骑", "外出。"), ("民警当场扣押", "一辆。"),
      ("李某驾驶无牌", "与张某相撞，致张某受伤。"),
    ]
    await propertyCheck(
      count: 120, input: Gen.int(in: 0...(numerals.count - 1)), Gen.int(in: 0...(nouns.count - 1)),
      Gen.int(in: 0...(frames.count - 1))
    ) { n, v, f in
      let sentence = frames[f].0 + numerals[n] + "轮" + nouns[v] + frames[f].1
      #expect(FigureProbe.figures(in: sentence).isEmpty, "\(sentence): \(Self.describe(sentence))")
    }
  }

  // MARK: figure.percent.agreed-rate

  @Test(arguments: [
    ("双方约定借款年利率为10%，到期未还违约金按每日万分之七计算。", "万分之七|percent|0.07"),
    ("此项违约金额以逾期付款额的每日万分之五计算。", "万分之五|percent|0.05"),
    ("合同约定逾期付款按日千分之一支付违约金。", "千分之一|percent|0.1"),
  ])
  func agreedRatesAreFigures(sentence: String, expected: String) {
    #expect(Self.describe(sentence).contains(expected), "\(sentence): \(Self.describe(sentence))")
  }

  /// A rule's rates per period stay refused: 滞纳金, the interest of a delay.
  @Test(arguments: [
    "按日加收万分之五的滞纳金。", "迟延履行期间的债务利息按日万分之一点七五计算。", "按日万分之五计算。",
    "违约金已付清。逾期缴纳的，按日加收万分之五的滞纳金。",
  ])
  func rulesRatesStayRefused(sentence: String) {
    #expect(
      !FigureProbe.figures(in: sentence).contains { $0.kind == .percent },
      "\(sentence): \(Self.describe(sentence))")
  }

  /// Generated: cue × period word × rate (万/千 × numeral) × tail; the oracle
  /// is the numeral over the denominator as a percent.
  @Test func generatedAgreedRates() async {
    let cues = ["双方约定，逾期还款的违约金", "合同约定违约金", "借款合同约定，逾期利息", "该笔违约金"]
    let periods = ["按每日", "按日", "每日", "按每月"]
    let numerals: [(String, Int)] = [
      ("一", 1), ("二", 2), ("三", 3), ("五", 5), ("七", 7), ("1", 1), ("5", 5), ("9", 9),
    ]
    let bases: [(String, Double)] = [("万分之", 0.01), ("千分之", 0.1)]
    await propertyCheck(
      count: 120, input: Gen.int(in: 0...(cues.count - 1)), Gen.int(in: 0...(periods.count - 1)),
      Gen.int(in: 0...(numerals.count * bases.count - 1))
    ) { c, p, r in
      let (numeral, value) = numerals[r % numerals.count]
      let (base, unit) = bases[r / numerals.count]
      let rate = base + numeral
      let sentence = cues[c] + periods[p] + rate + "计算。"
      let percents = FigureProbe.figures(in: sentence).filter { $0.kind == .percent }
      let want = Double(value) * unit
      var got: Double?
      if case .number(let v)? = percents.first?.value { got = v }
      #expect(
        percents.count == 1 && percents.first?.text == rate
          && got.map { abs($0 - want) < 1e-9 } == true,
        "\(sentence): \(Self.describe(sentence))")
    }
  }

  // MARK: figure.guard.share-of-whole

  @Test(arguments: [
    "担保人在债务人不能清偿部分的二分之一范围内承担赔偿责任。", "各被告负担原告医疗费自负部分的五分之一。",
    "被告承担损失的三分之一。",
  ])
  func sharesOfAWholeAreNoFigures(sentence: String) {
    #expect(
      !FigureProbe.figures(in: sentence).contains { $0.kind == .percent },
      "\(sentence): \(Self.describe(sentence))")
  }

  /// Percents after 的 and shares not after 的 stay figures.
  @Test(arguments: [
    ("被告承担损失的百分之三十。", "百分之三十"), ("违约金为货款的千分之三。", "千分之三"),
    ("约三分之一的村民外出务工。", "三分之一"),
  ])
  func otherFractionsStayFigures(sentence: String, expected: String) {
    #expect(
      FigureProbe.figures(in: sentence).contains {
        $0.kind == .percent && $0.text.contains(expected)
      }, "\(sentence): \(Self.describe(sentence))")
  }

  // MARK: figure.guard.abstract-kinds with rules, themes, grades and tiers

  /// 规定, 主题, 等级, 裁量 (阶次) after 个, 项 or 条 count kinds (h61-02, h60-10,
  /// h68-03, h61-10, h37-09).
  @Test(arguments: [
    "综合上述两条规定，可以较好地解决该问题。", "结合前述两项规定可知，保证人应承担责任。",
    "突出“保安全”和“反欺诈”两个主题，开展集中执法行动。", "将水生态综合评价分为优秀、良好和一般3个等级。",
    "围绕不予处罚、从轻处罚和从重处罚等五个裁量阶次发布案例。",
  ])
  func rulesThemesAndGradesAreKinds(sentence: String) {
    #expect(
      !FigureProbe.figures(in: sentence).contains { $0.kind == .count },
      "\(sentence): \(Self.describe(sentence))")
  }

  /// Things counted by 条, 项 and 个 stay counts.
  @Test(arguments: [
    ("民警当场查获两条渔船。", "两条", 2.0), ("该公司共有三项专利被侵权。", "三项", 3.0),
    ("执法人员检查了5个企业。", "5个", 5.0),
  ])
  func thingsStayCounts(sentence: String, count: String, value: Double) {
    #expect(
      FigureProbe.figures(in: sentence).contains {
        $0.kind == .count && $0.text.hasPrefix(count) && $0.value == .number(value)
      }, "\(sentence): \(Self.describe(sentence))")
  }

  // MARK: figure.guard.idiom: N位一体

  @Test func partsOfAWholeAreAnIdiom() {
    let sentence = "构建“惩、教、防、护、治”五位一体的未成年人保护体系，四位一体推进。"
    #expect(FigureProbe.figures(in: sentence).isEmpty, "\(Self.describe(sentence))")
    let people = "五位被告人均当庭认罪。"
    #expect(
      FigureProbe.figures(in: people).contains {
        $0.kind == .count && $0.text.hasPrefix("五位") && $0.value == .number(5)
      }, "\(Self.describe(people))")
  }

  // MARK: date.range.month-pair

  @Test(arguments: [
    DateCase("2010年八九月间，市区政府突然需要筹建外环北路。", "2010年八九月=2010-08..2010-09"),
    DateCase("2019年七八月份，张某多次盗窃。", "2019年七八月份=2019-07..2019-08"),
    DateCase("2020年九十月，该公司未发工资。", "2020年九十月=2020-09..2020-10"),
  ])
  func monthPairsRead(c: DateCase) { DateTestSupport.check(c) }

  /// A length (七八个月), a number before the pair, a day after it, and
  /// digits that are no consecutive months are no range.
  @Test(arguments: [
    DateCase("张某在该公司工作了七八个月。"),
    DateCase("2019年七八月5日，张某盗窃。", "2019年=2019"),
    DateCase("2019年八七月，张某盗窃。", "2019年=2019"),
    DateCase("他十八九岁时来到本市。"),
  ])
  func notMonthPairs(c: DateCase) { DateTestSupport.check(c) }

  /// Generated: year × first month (1–9, the pair a, a+1 in Chinese digits) ×
  /// 月 / 月份 / 月间 × frame; the oracle is the two months put in.
  @Test func generatedMonthPairs() async {
    let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    let frames = ["，被告人张某多次实施盗窃。", "，该公司拖欠工资。", "间，张某在该工地务工。"]
    await propertyCheck(
      count: 120, input: Gen.int(in: 1990...2030), Gen.int(in: 1...9), Gen.int(in: 0...5)
    ) { year, first, shape in
      let unit = shape % 2 == 0 ? "月" : "月份"
      let span = "\(year)年" + digits[first] + digits[first + 1] + unit
      let sentence = span + frames[shape / 2]
      let want = String(format: "%@=%04d-%02d..%04d-%02d", span, year, first, year, first + 1)
      let got = DateTestSupport.run(DateCase(sentence)).dates.map(DateTestSupport.render)
      #expect(got == [want], "\(sentence): \(got)")
    }
  }
}
