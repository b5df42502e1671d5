import Testing

@testable import LegalExtract

/// Civil, labour-arbitration and enforcement figures, generated from grammar
/// parts: an amount in each number form (Arabic, digit groups, Chinese
/// numerals, 万 with decimals) × 人民币 or not × a civil/labour/enforcement
/// frame; terms and time limits; counts of people and things. The oracle is
/// the generator: one figure of the kind and value put in.
@Suite struct FigureCivilLabourPropertyTests {
  static let moneyFrames = [
    "法院判决某公司支付张某工资差额{X}。", "仲裁委裁决公司支付李某经济补偿金{X}。",
    "法院判令公司支付王某未签订书面劳动合同二倍工资差额{X}。", "执行法官将执行款共计{X}发放到申请执行人手中。",
    "被告人刘某被判处有期徒刑三年，并处罚金{X}。", "双方达成和解，被执行人当场支付{X}。",
  ]
  static let amounts: [(String, Double)] = [
    ("3000", 3000), ("3,000", 3000), ("三千", 3000), ("12345", 12345), ("12,345", 12345),
    ("一万二千三百四十五", 12345), ("2.5万", 25000), ("二万五千", 25000), ("56万", 560000),
    ("1,200,000", 1_200_000), ("120万", 1_200_000), ("五万", 50000), ("30.5万", 305000),
    ("3万5千", 35000), ("1.2亿", 120_000_000),
  ]

  @Test func moneyInCivilFrames() {
    for (i, (amount, value)) in Self.amounts.enumerated() {
      for prefix in ["", "人民币"] {
        let frame = Self.moneyFrames[(i + prefix.count) % Self.moneyFrames.count]
        let text = frame.replacingOccurrences(of: "{X}", with: prefix + amount + "元")
        let money = FigureProbe.figures(in: text).filter { $0.kind == .money }
        #expect(
          money.count == 1 && money.first?.value == .number(value),
          "\(text) → \(money.map(FigureProbe.describe))")
      }
    }
  }

  static let durations: [(String, String)] = [
    ("公司应于判决生效之日起30日内支付上述款项。", "P30D"), ("公司应于十五个工作日内支付。", "P15D"),
    ("张某在该公司工作满3年。", "P3Y"), ("张某在该公司连续工作十年以上。", "P10Y"),
    ("被告人陈某被判处拘役四个月。", "P4M"), ("被告人陈某被判处管制一年。", "P1Y"),
    ("被告人被判处有期徒刑二年六个月。", "P2Y6M"), ("陳某被判囚18個月。", "P18M"),
    ("張某被判囚三年零六個月。", "P3Y6M"), ("公司拖欠工资长达8个月。", "P8M"),
  ]

  @Test func termsAndLimits() {
    for (text, value) in Self.durations {
      let figures = FigureProbe.figures(in: text)
      #expect(
        figures.contains { $0.kind == .duration && $0.value == .duration(value) },
        "\(text) → \(figures.map(FigureProbe.describe))")
    }
  }

  static let counts: [(String, Double)] = [
    ("公司拖欠3名工人工资。", 3), ("该案工资款涉及18名农民工。", 18), ("执行法官先后两次约谈被执行人。", 2),
    ("法院依法查封被执行人名下3套房产。", 3), ("法院扣押被执行人车辆三辆。", 3), ("该案涉及农民工50余人。", 50),
  ]

  @Test func countsOfPeopleAndThings() {
    for (text, value) in Self.counts {
      let figures = FigureProbe.figures(in: text)
      #expect(
        figures.contains { $0.kind == .count && $0.value == .number(value) },
        "\(text) → \(figures.map(FigureProbe.describe))")
    }
  }

  /// Multiples, a count of one, grades, ages and a list's announcing number are no figures.
  @Test func nonFigures() {
    for (text, word) in [
      ("法院判决公司支付张某二倍工资差额。", "二倍"), ("公司应支付双倍工资。", "双倍"), ("公司招聘了一名工人。", "一名"),
      ("张某被鉴定为十级伤残。", "十级"), ("张某今年35岁。", "35岁"),
      ("公司存在以下三种情形：一是拖欠工资；二是未缴社保；三是超时加班。", "三种"),
    ] {
      let figures = FigureProbe.figures(in: text)
      #expect(
        !figures.contains { $0.text.contains(word) },
        "\(text) → \(figures.map(FigureProbe.describe))")
    }
  }
}
