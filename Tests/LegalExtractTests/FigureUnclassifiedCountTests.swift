import PropertyBased
import Testing

@testable import LegalExtract

/// Figure families the session-5 blind batches found: people counted
/// without a classifier (兩民警, 两掏粪工), money spelt digit by digit
/// (三零零零零元), 组 and 航次 counts, tiers of 院, numbered units that are
/// names (林州建筑9公司, 五组组长), and a threshold applied to the facts
/// (非法处置…达三吨以上). Positive and negative rows per family, each named by
/// the rule that reads or rejects it; money digit by digit is checked
/// against the number it spells.
@Suite struct FigureUnclassifiedCountTests {
  /// `figure.count.people-noun`: a post or person noun after a number.
  static let peopleNouns: [FigureRow] = [
    FigureRow("某分局兩民警隨後赴現場勘查。", ["兩民警|count|2.0"]),
    FigureRow("两法官当庭释法。", ["两法官|count|2.0"]),
    FigureRow("三民警赶到，两律师到场。", ["三民警|count|3.0", "两律师|count|2.0"]),
    // One is an article; 民警 alone counts nothing.
    FigureRow("一民警赶到。", []),
    FigureRow("民警赶到现场。", []),
  ]

  /// `figure.count.people-role`: a trade or post word ending in 工 / 警.
  static let peopleRoles: [FigureRow] = [
    FigureRow("今年1月，兩掏糞工掏糞時發現一具屍體。", ["兩掏糞工|count|2.0"]),
    FigureRow("三装卸工受伤。", ["三装卸工|count|3.0"]),
    FigureRow("两协警在岗。", ["两协警|count|2.0"]),
    // 施工, 开工, 用工 are verbs; 工作, 警务 other words.
    FigureRow("两施工单位进场。", []),
    FigureRow("两开工项目获批。", []),
    FigureRow("规范两用工形式。", []),
    FigureRow("设两报警电话。", []),
  ]

  /// `figure.money.digit-by-digit`: Chinese digits one by one before 元.
  static let digitByDigit: [FigureRow] = [
    FigureRow("判决支付工资三零零零零元。", ["三零零零零元|money|30000.0"]),
    FigureRow("另支付二零四零零元。", ["二零四零零元|money|20400.0"]),
    // Without a money unit, or two digits, or led by 零: years and names.
    FigureRow("二〇二三年的工作。", []),
    FigureRow("二七区法院审理。", []),
    FigureRow("编号三零零零零。", []),
    FigureRow("零三零元。", []),
  ]

  /// `figure.count.classifier`: 组 and 航次 count; 组织, 组成 are words.
  static let groupsAndVoyages: [FigureRow] = [
    FigureRow("分五组进行实地走访。", ["五组|count|5.0"]),
    FigureRow("共向中国船舶走私成品油13航次。", ["13航次|count|13.0"]),
    FigureRow("两组织联合发文。", []),
    FigureRow("由三组成的合议庭。", []),
  ]

  /// `figure.count.classifier` over 级: tiers of 院 are counts.
  static let tiers: [FigureRow] = [
    FigureRow("抽调两级院干警成立专班。", ["两级院|count|2.0"]),
    FigureRow("十级伤残。", []),
  ]

  /// `figure.guard.numbered-unit`: a unit numbered after its industry or
  /// place word, or before its post, is a name.
  static let numberedUnits: [FigureRow] = [
    FigureRow("林州建筑9公司承建该工程。", []),
    FigureRow("某村5组村民反映。", []),
    FigureRow("在时任村长、五组组长作为见证人的情况下签字。", []),
    // A count of companies or groups stays a count.
    FigureRow("对9家公司立案。", ["9家公司|count|9.0"]),
    FigureRow("洞口村两处地块被倾倒垃圾。", ["两处地块|count|2.0"]),
    FigureRow("涉及两组数据。", ["两组数据|count|2.0"]),
  ]

  /// `figure.guard.statutory` no longer takes 处置 for the statutory 处.
  static let thresholds: [FigureRow] = [
    FigureRow("該煉油點非法處置危險廢物達三噸以上，涉嫌污染環境犯罪。", ["三噸以上|quantity|3.0|~"]),
    FigureRow("非法处置危险废物三吨以上的，处三年以下有期徒刑。", []),
  ]

  /// `figure.duration.term-months`: a bare 月 right after a sentencing word.
  static let termMonths: [FigureRow] = [
    FigureRow("幫助洗錢罪判6月併科罰金10萬元。", ["6月|duration|P6M", "10萬元|money|100000.0"]),
    FigureRow("處有期徒刑3月。", ["3月|duration|P3M"]),
    FigureRow("判处有期徒刑1年6月。", ["1年6月|duration|P1Y6M"]),
    // A calendar month after any other word is no term.
    FigureRow("他于6月到案。", []),
    FigureRow("案件在3月审结。", []),
  ]

  /// 来 after a round number is "about" (十来个, 100来平米); after any other
  /// number it is the verb. 代人 counts generations of people.
  static let roughAndGenerations: [FigureRow] = [
    FigureRow("2009年又新建了100来平米。", ["100来平米|quantity|100.0|~"]),
    FigureRow("等了二十来天。", ["二十来天|duration|P20D|~"]),
    FigureRow("借了十来万元。", ["十来万元|money|100000.0|~"]),
    FigureRow("两代人的心血毁于一旦。", ["两代人|count|2.0"]),
    FigureRow("有3来访者。", []),
  ]

  static let all: [FigureRow] =
    peopleNouns + peopleRoles + digitByDigit + groupsAndVoyages + tiers + numberedUnits + thresholds
    + termMonths + roughAndGenerations

  @Test(arguments: all)
  func figures(_ row: FigureRow) {
    let got = FigureProbe.figures(in: row.text).map { f in
      "\(f.text)|\(f.kind.rawValue)|\(Self.number(f.value))" + (f.approximate == true ? "|~" : "")
    }
    #expect(got == row.expected, "\(row.text)")
  }

  static func number(_ v: FigureValue) -> String {
    switch v {
    case .number(let d): "\(d)"
    case .duration(let iso): iso
    }
  }

  /// A numeral idiom inside a number spelt digit by digit is part of the
  /// number (the property below drew 七七八八零零零零 in CI); alone it is
  /// still the idiom.
  @Test(arguments: [
    ("法院判令被告支付七七八八零零零零元。", "七七八八零零零零元"),
    ("法院判令被告支付三七七八八元。", "三七七八八元"),
    ("法院判令被告支付九七七八八六元。", "九七七八八六元"),
  ])
  func numeralIdiomInsideASpeltNumber(_ text: String, _ expected: String) {
    let figures = FigureProbe.figures(in: text)
    #expect(figures.map(\.text) == [expected])
    #expect(figures.first?.kind == .money)
  }

  @Test(arguments: ["他把家产败得七七八八。", "他一五一十地说了经过。", "群众三三两两地离开。"])
  func numeralIdiomAloneIsNoFigure(_ text: String) {
    #expect(FigureProbe.figures(in: text).isEmpty, "\(text)")
  }

  /// Any amount of three to nine digits, the first not zero, spelt digit by
  /// digit with 零 or 〇, reads back as that amount of yuan.
  @Test func digitByDigitReadsBack() async {
    let digits = Array("零一二三四五六七八九")
    let amounts = Gen.int(in: 100...999_999_999)
    await propertyCheck(count: 300, input: amounts, Gen.bool) { amount, circleZero in
      let spelt = String(
        String(amount).map { c -> Character in
          let d = Int(String(c)) ?? 0
          return d == 0 && circleZero ? "〇" : digits[d]
        })
      let figures = FigureProbe.figures(in: "法院判令被告支付\(spelt)元。")
      #expect(figures.count == 1, "\(spelt)")
      #expect(figures.first?.kind == .money, "\(spelt)")
      #expect(figures.first?.value == .number(Double(amount)), "\(spelt)")
      #expect(figures.first?.text == spelt + "元", "\(spelt)")
    }
  }
}

/// A sentence and the figures it must yield, each `text|kind|value`.
struct FigureRow: Sendable, CustomTestStringConvertible {
  let text: String
  let expected: [String]

  init(_ text: String, _ expected: [String]) {
    self.text = text
    self.expected = expected
  }

  var testDescription: String { text }
}
