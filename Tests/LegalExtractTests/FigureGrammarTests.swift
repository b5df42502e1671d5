import Testing

@testable import LegalExtract

/// Issue 14, family by family: each rule of the numeral and unit grammar with
/// positive sentences (written for these tests) and negatives beside them.
/// Expectations use FigureProbe's `text|kind|value[|~][|..upTo][|CUR]`.
@Suite struct FigureGrammarTests {
  static func check(_ sentence: String, _ expected: [String]) {
    #expect(FigureProbe.describe(sentence) == expected, "\(sentence)")
  }

  /// Digit groups (ChineseNumeralReading.arabicRun, FigureScanner.listComma).
  @Test(arguments: [
    ("法院判令赔偿128 500元。", ["128 500元|money|128500"]),
    ("判令返还36 417.25元。", ["36 417.25元|money|36417.25"]),
    ("共计1 234 567元。", ["1 234 567元|money|1234567"]),
    ("合计1,234,567.89元。", ["1,234,567.89元|money|1234567.89"]),
    ("罚款12，500元。", ["12，500元|money|12500"]),
  ])
  func digitGroups(sentence: String, expected: [String]) { Self.check(sentence, expected) }

  /// A full-width comma between numbers that are not one amount is a list.
  @Test(arguments: [
    ("分别判处罚金12，500，3000元。", ["3000元|money|3000"]),
    ("涉及2，3，5名被告人。", ["5名被告人|count|5"]),
    ("编号2022 500。", [String]()),
  ])
  func listCommas(sentence: String, expected: [String]) { Self.check(sentence, expected) }

  /// Digits between magnitudes and compound magnitudes (ChineseNumeralReading).
  @Test(arguments: [
    ("判令赔偿6万2500元。", ["6万2500元|money|62500"]),
    ("判令赔偿7万3千2百元。", ["7万3千2百元|money|73200"]),
    ("抓获犯罪嫌疑人2千零5名。", ["2千零5名|count|2005"]),
    ("涉案金额2亿3500万元。", ["2亿3500万元|money|235000000"]),
    ("涉案金额六万亿元。", ["六万亿元|money|6000000000000"]),
    ("涉案金额三十二万亿元。", ["三十二万亿元|money|32000000000000"]),
    ("涉案金额三千五百万亿元。", ["三千五百万亿元|money|3500000000000000"]),
    ("涉案金额1.2万亿元。", ["1.2万亿元|money|1200000000000"]),
    ("赔偿新台币 177.1 亿元。", ["177.1 亿元|money|17710000000|TWD"]),
  ])
  func mixedMagnitudes(sentence: String, expected: [String]) { Self.check(sentence, expected) }

  /// Money words (FigureMoneyRules, FigureStage+Money).
  @Test(arguments: [
    ("税款贰仟零伍拾圆整已缴清。", ["贰仟零伍拾圆整|money|2050"]),
    ("判令赔偿肆佰叁拾萬圆整。", ["肆佰叁拾萬圆整|money|4300000"]),
    ("判令赔偿86元5角2分。", ["86元5角2分|money|86.52"]),
    ("花了七元八毛。", ["七元八毛|money|7.8"]),
    ("找回二十块五毛。", ["二十块五毛|money|20.5"]),
    ("每斤卖一块二。", ["一块二|money|1.2"]),
    ("判令赔偿两毛五。", ["两毛五|money|0.25"]),
    ("判令赔偿五分。", ["五分|money|0.05"]),
    ("罚5万。", ["5万|money|50000"]),
    ("判令赔偿3万，", ["3万|money|30000"]),
    // A fee noun before a bare 万 amount; 萬 and a headline's blank (dates10).
    ("核定生态环境恢复费用230余万;", ["230余万|money|2300000|~"]),
    ("詐領助理費63萬　前議員仍無罪。", ["63萬|money|630000"]),
    ("被处以8万罚款。", ["8万|money|80000"]),
    ("买了七八千块钱的货。", ["七八千块钱|money|7000|~|..8000"]),
    ("判令赔偿五元六角-五元七毛八分。", ["五元六角-五元七毛八分|money|5.6|..5.78"]),
  ])
  func moneyWords(sentence: String, expected: [String]) { Self.check(sentence, expected) }

  /// Words that look like money words but are not amounts.
  @Test(arguments: [
    "三角形的地块。", "他十分后悔。", "查获三块手表。", "现场发现两块石碑。", "赔偿3。", "得了二十分。",
    "会议持续了5分钟。", "缴纳费用3。", "消费30万人次。", "收费30万次以上。",
  ])
  func notMoneyWords(sentence: String) {
    #expect(!FigureProbe.figures(in: sentence).contains { $0.kind == .money }, "\(sentence)")
  }

  /// Currencies with their ISO codes (FigureUnitRules.money).
  @Test(arguments: [
    ("赔偿500美圆。", ["500美圆|money|500|USD"]), ("赔偿300港币。", ["300港币|money|300|HKD"]),
    ("赔偿3万澳元。", ["3万澳元|money|30000|AUD"]), ("赔偿2万欧元。", ["2万欧元|money|20000|EUR"]),
    ("赔偿400英镑。", ["400英镑|money|400|GBP"]), ("赔偿5万日元。", ["5万日元|money|50000|JPY"]),
    ("赔偿8万韩元。", ["8万韩元|money|80000|KRW"]), ("赔偿两个亿卢布。", ["两个亿卢布|money|200000000|RUB"]),
    ("不到1.9万台币。", ["1.9万台币|money|19000|TWD"]), ("赔偿600澳门元。", ["600澳门元|money|600|MOP"]),
  ])
  func currencies(sentence: String, expected: [String]) { Self.check(sentence, expected) }

  /// Halves and fractions (FigureStage+Fractions).
  @Test(arguments: [
    ("查获两吨半。", ["两吨半|quantity|2.5"]), ("查获四斤半。", ["四斤半|quantity|4.5"]),
    ("查获九两半。", ["九两半|quantity|9.5"]), ("查获半公斤。", ["半公斤|quantity|0.5"]),
    ("倾倒四分之一公升。", ["四分之一公升|quantity|0.25"]),
    ("服刑一年半。", ["一年半|duration|P1Y6M"]), ("持续三分半钟。", ["三分半钟|duration|PT3M30S"]),
    ("持续四分二十秒。", ["四分二十秒|duration|PT4M20S"]),
    ("幅度为万分之三。", ["万分之三|percent|0.03"]), ("幅度为千分之三。", ["千分之三|percent|0.3"]),
    ("下降了百分之十二。", ["百分之十二|percent|12"]),
  ])
  func halvesAndFractions(sentence: String, expected: [String]) { Self.check(sentence, expected) }

  /// A fraction is a percent; a share bounded by 以上 is a quorum (a rule).
  @Test func fractionKind() {
    let f = FigureProbe.figures(in: "损失减少了三分之一。")
    #expect(f.count == 1 && f[0].kind == .percent && f[0].unit == "%")
    if case .number(let v)? = f.first?.value { #expect(abs(v - 100.0 / 3) < 1e-9) }
    #expect(FigureProbe.figures(in: "经三分之二以上成员同意。").isEmpty)
    #expect(FigureProbe.figures(in: "按日加收万分之五的滞纳金。").isEmpty)
    #expect(FigureProbe.figures(in: "前半年完成整改。").isEmpty)
  }

  /// Approximations and ranges (NumeralPhrase.stacked, .rangeLow).
  @Test(arguments: [
    ("涉案六七亿元。", ["六七亿元|money|600000000|~|..700000000"]),
    ("抓获三四十人。", ["三四十人|count|30|~|..40"]),
    ("抓获十几名。", ["十几名|count|10|~"]),
    ("涉案二十几万元。", ["二十几万元|money|200000|~"]),
    ("涉案一百零几万元。", ["一百零几万元|money|1000000|~"]),
    ("二十余家企业参与。", ["二十余家企业|count|20|~"]),
    ("涉案三五百块钱。", ["三五百块钱|money|300|~|..500"]),
    ("赔偿三到五千元。", ["三到五千元|money|3000|..5000"]),
    ("期限2-3个月。", ["2-3个月|duration|P2M|..P3M"]),
    ("赔偿从6000到2万港元。", ["6000到2万港元|money|6000|..20000|HKD"]),
    ("判处3至5年。", ["3至5年|duration|P3Y|..P5Y"]),
    ("报销1万(含)-5万元。", ["1万(含)-5万元|money|10000|..50000"]),
    ("赔偿1万元--5万元。", ["1万元--5万元|money|10000|..50000"]),
    ("倾倒2-3L。", ["2-3L|quantity|2|..3"]),
  ])
  func approximationsAndRanges(sentence: String, expected: [String]) {
    Self.check(sentence, expected)
  }

  /// Stacked digits that are idioms or ordinals are not amounts.
  @Test(arguments: ["三五成群地聚集。", "经过一二审程序。", "一五一十地交代。", "七上八下。"])
  func notStacked(sentence: String) {
    #expect(FigureProbe.figures(in: sentence).isEmpty, "\(sentence)")
  }

  /// Signs (FigureStage+Signs); counts and durations take none.
  @Test(arguments: [
    ("变化幅度为负15%。", ["负15%|percent|-15"]), ("变化幅度为-8.6%。", ["-8.6%|percent|-8.6"]),
    ("净利润为负1200000元。", ["负1200000元|money|-1200000"]),
    ("净利润为负一百二十万元。", ["负一百二十万元|money|-1200000"]),
    ("同比增长7.3%。", ["7.3%|percent|7.3"]),
    ("下降3.5个百分点。", ["3.5个百分点|percent|3.5"]),
    ("区间为3-5%。", ["3-5%|percent|3|..5"]), ("型号A-5%。", ["5%|percent|5"]),
  ])
  func signs(sentence: String, expected: [String]) { Self.check(sentence, expected) }

  /// Percentage points are a unit of their own, not %.
  @Test func percentagePoints() {
    #expect(FigureProbe.figures(in: "下降3.5个百分点。").first?.unit == "百分点")
    #expect(FigureProbe.figures(in: "下降3.5%。").first?.unit == "%")
    #expect(FigureProbe.figures(in: "为3‰。").first?.unit == "%")
  }

  /// Units, Latin and Chinese, each with one spelling (FigureUnitSpellings).
  @Test(arguments: [
    ("长2cm。", "cm", 2.0), ("长2公分。", "cm", 2), ("长300mm。", "mm", 300), ("长9m。", "m", 9),
    ("长9 m。", "m", 9), ("长9公尺。", "m", 9), ("长3公里。", "km", 3), ("长3km。", "km", 3),
    ("长4英寸。", "in", 4), ("长4英吋。", "in", 4), ("长8英尺。", "ft", 8), ("长2英里。", "mi", 2),
    ("重2g。", "g", 2), ("重1500g。", "g", 1500), ("重3kg。", "kg", 3), ("重3公斤。", "kg", 3),
    ("重20t。", "t", 20), ("重20吨。", "t", 20), ("重3斤。", "斤", 3),
    ("容量250ml。", "mL", 250), ("容量250mL。", "mL", 250), ("容量2L。", "L", 2),
    ("容量1000公升。", "L", 1000), ("容量3加仑。", "gal", 3),
    ("占地800m²。", "m²", 800), ("占地800㎡。", "m²", 800), ("占地800平方米。", "m²", 800),
    ("倾倒12m³。", "m³", 12), ("倾倒12立方米。", "m³", 12), ("倾倒10万方。", "m³", 100_000),
    ("占用5亩。", "亩", 5), ("占用3公顷。", "ha", 3),
  ])
  func units(sentence: String, unit: String, value: Double) {
    let f = FigureProbe.figures(in: sentence)
    #expect(f.count == 1, "\(sentence)")
    #expect(f.first?.kind == .quantity && f.first?.unit == unit, "\(sentence)")
    #expect(f.first?.value == .number(value), "\(sentence)")
  }

  /// 方 and Latin letters inside words and identifiers are not units.
  @Test(arguments: [
    "签订三方协议。", "双方当事人到庭。", "型号5mi手机。", "使用4G网络。", "10万方面的问题。", "乘坐8L9870航班。",
  ])
  func notUnits(sentence: String) {
    #expect(!FigureProbe.figures(in: sentence).contains { $0.kind == .quantity }, "\(sentence)")
  }

  /// Counts of places, bodies and plants; not counts that announce a list.
  @Test(arguments: [
    ("两市警方联合行动。", ["两市|count|2"]), ("三省公安机关参加。", ["三省|count|3"]),
    ("公检法三机关会签。", ["三机关|count|3"]), ("砍伐五棵。", ["五棵|count|5"]),
    ("移栽三株。", ["三株|count|3"]), ("发现两处。", ["两处|count|2"]),
    ("缴获子弹5万发。", ["5万发|count|50000"]),
  ])
  func counts(sentence: String, expected: [String]) { Self.check(sentence, expected) }

  @Test(arguments: [
    "同时符合以下四个条件：", "具有下列三种情形之一的，", "两市场监管部门。", "三县级机关。",
  ])
  func notCounts(sentence: String) {
    #expect(!FigureProbe.figures(in: sentence).contains { $0.kind == .count }, "\(sentence)")
  }

  /// Numeral characters inside words, URLs, versions, phones and idioms.
  @Test(arguments: [
    "台风登陆沿海。", "加强队伍建设。", "收拾行李离开。", "万一发生意外。", "一旦发现问题。",
    "他十分后悔。", "千万不要轻信。", "网址为https://example.cn/%E4%B8%AD%E5%9B%BD。",
    "升级到V2.3.1版本。", "请拨打12345热线。", "联系电话010-12345678。", "三番五次上门。",
    "走进千家万户。", "陆续到达现场。", "拾金不昧的好品质。",
  ])
  func notNumerals(sentence: String) {
    #expect(FigureProbe.figures(in: sentence).isEmpty, "\(sentence)")
  }

  /// Classes, bases and reporting periods (FigureStage+Categories).
  @Test(arguments: [
    ("侦办偷逃税额千万元以上走私犯罪案件80起。", ["80起|count|80"]),
    ("侦办案值过千万元“水客”团伙走私案件23起。", ["23起|count|23"]),
    ("按每10万美元收取300元。", ["300元|money|300"]),
    ("今年前10个月，海关立案。", [String]()),
    ("创下十年来新高。", [String]()),
    // A look back (近…年来) is a duration since round ten (ANNOTATION.md;
    // B33-02, B35-05, B39-08 gold, against B2, B7, B8).
    ("近十年来累计投入。", ["近十年|duration|P10Y|~"]),
  ])
  func classesAndPeriods(sentence: String, expected: [String]) { Self.check(sentence, expected) }
}
