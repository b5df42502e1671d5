import ChineseText
import PropertyBased
import Testing

@testable import LegalExtract

/// The figure families of the blind batches B5–B8 (session 3): each family
/// with what it must find and what it must leave alone. Sentences are
/// invented to show the family, not copied from the batches.
@Suite struct FigureFamilyTests {
  static func check(_ sentence: String, _ expected: [String]) {
    #expect(FigureProbe.describe(sentence) == expected, "\(sentence)")
  }

  // MARK: units (FigureUnitSpellings: one table)

  /// Nautical miles, millimetres and CJK compatibility symbols, each with
  /// its one spelling.
  @Test(arguments: [
    ("在某岛以南9浬处发现渔船。", "nmi", 9.0), ("距岸24海里。", "nmi", 24), ("外海33海浬。", "nmi", 33),
    ("限制水域内5.5浬。", "nmi", 5.5), ("通道宽度为900mm。", "mm", 900), ("厚度3㎜。", "mm", 3),
    ("面积为4.00㎡。", "m²", 4), ("长12㎝。", "cm", 12), ("含量5㎎。", "mg", 5), ("注射2㎖。", "mL", 2),
    ("倾倒8㎥。", "m³", 8), ("占地3㎢。", "km²", 3), ("装机50兆瓦。", "MW", 50), ("重8市斤。", "斤", 8),
  ])
  func units(sentence: String, unit: String, value: Double) {
    let f = FigureProbe.figures(in: sentence)
    #expect(f.count == 1, "\(sentence) → \(f.map(FigureProbe.describe))")
    #expect(f.first?.kind == .quantity && f.first?.unit == unit, "\(sentence)")
    #expect(f.first?.value == .number(value), "\(sentence)")
  }

  /// Every written form in the unit table is read and given its one
  /// spelling, whatever the number.
  @Test func everySpellingReadsBack() async {
    let rows = FigureUnitSpellings.quantities.flatMap { row in row.written.map { (row.unit, $0) } }
    let input = zip(Gen.int(in: 0...(rows.count - 1)), Gen.int(in: 2...99_999))
    await propertyCheck(count: 300, input: input) { index, number in
      let (unit, written) = rows[index]
      let sentence = "经测量其数值为\(number)\(written)。"
      let f = FigureProbe.figures(in: sentence)
      #expect(f.count == 1, "\(sentence) → \(f.map(FigureProbe.describe))")
      #expect(f.first?.kind == .quantity, "\(sentence)")
      #expect(f.first?.unit == unit, "\(sentence)")
      #expect(f.first?.value == .number(Double(number)), "\(sentence)")
    }
  }

  /// Boats: 艇 and 舰 as counted things, 双 before them as two.
  @Test(arguments: [
    ("派遣共计1舰3艇开展巡防。", ["3艇|count|3"]), ("在海巡队双艇戒护下返港。", ["双艇|count|2"]),
    ("扣押渔船2艘。", ["2艘|count|2"]),
  ])
  func boats(sentence: String, expected: [String]) { Self.check(sentence, expected) }

  @Test(arguments: ["双方当事人到庭。", "判令双倍赔偿。", "一艘快艇驶离。"])
  func notBoats(sentence: String) {
    #expect(!FigureProbe.figures(in: sentence).contains { $0.kind == .count }, "\(sentence)")
  }

  // MARK: people counted by a bare 万

  @Test(arguments: [
    ("全省现有听力残疾人16.5万、言语残疾人1.3万，", ["16.5万|count|165000", "1.3万|count|13000"]),
    ("辖区老年人2.1万。", ["2.1万|count|21000"]),
  ])
  func peopleBeforeTenThousands(sentence: String, expected: [String]) {
    Self.check(sentence, expected)
  }

  /// A money cue before the people makes the amount money, not a count.
  @Test func paidPeopleAreNotCounted() {
    #expect(!FigureProbe.figures(in: "赔偿残疾人3万，").contains { $0.kind == .count })
  }

  // MARK: tiers

  @Test(arguments: [
    "建立省、市、县三级沟通网络。", "实现省、市、县三级医疗急救全覆盖。", "市、区两级检察机关分层监督。",
    "涉及市执法局、区农业农村局等两级不同监管部门。", "区街道两级妇联参加。",
  ])
  func tiers(sentence: String) {
    let f = FigureProbe.figures(in: sentence)
    #expect(f.count == 1 && f.first?.kind == .count && f.first?.unit == "级", "\(sentence)")
  }

  @Test(arguments: ["经鉴定构成十级伤残。", "泉州市三级伤残鉴定。", "伤情为轻伤二级。", "市、区二级公路。"])
  func grades(sentence: String) {
    #expect(!FigureProbe.figures(in: sentence).contains { $0.unit == "级" }, "\(sentence)")
  }

  // MARK: comparisons: measured facts, rules' thresholds

  @Test(arguments: [
    ("检票通道宽度小于900mm；", ["900mm|quantity|900"]),
    ("服务台高度大于850mm且无容膝空间。", ["850mm|quantity|850"]),
    ("有6座桥梁坡度超过8%，", ["6座桥梁坡度|count|6", "超过8%|percent|8|~"]),
    ("坡道宽度小于1.2米；", ["1.2米|quantity|1.2"]),
  ])
  func measurements(sentence: String, expected: [String]) { Self.check(sentence, expected) }

  @Test(arguments: [
    "酒精含量大于或者等于80mg/100ml的。", "标准规定通道宽度不小于900mm。", "标准要求坡度小于8%。",
    "最高可裁罚新台币240万元；", "依法最高可处以罚款5万元。", "按照每平方米100元以上进行处罚。",
  ])
  func ruleBounds(sentence: String) {
    #expect(FigureProbe.figures(in: sentence).isEmpty, "\(sentence)")
  }

  @Test func imposedFineStays() {
    Self.check("法院判处罚金新台币240万元。", ["240万元|money|2400000|TWD"])
  }

  // MARK: reporting periods

  /// A comparison (19年来最强) is no term; a period looked back over is a
  /// duration (ANNOTATION.md; blind B33-02, B35-05, B39-08).
  @Test(arguments: ["遭遇19年来最强沙尘暴。", "创下十年来新高。"])
  func reportingPeriods(sentence: String) {
    #expect(!FigureProbe.figures(in: sentence).contains { $0.kind == .duration }, "\(sentence)")
  }

  @Test(arguments: [
    ("两年来，双方断断续续地争吵。", ["两年|duration|P2Y"]),
    ("9年来该公司一直非法占用土地。", ["9年|duration|P9Y"]),
    ("30年来，某海事法院充分发挥审判职能。", ["30年|duration|P30Y"]),
    ("过去五年，全市法院共受理案件。", ["五年|duration|P5Y"]),
    ("持续使用该标识近18年。", ["近18年|duration|P18Y|~"]),
  ])
  func periodsOfTheFacts(sentence: String, expected: [String]) { Self.check(sentence, expected) }

  // MARK: financial numerals as words (陸)

  @Test(arguments: ["陸船非法越界捕魚。", "依法扣押大陸船舶。", "查扣大陆船只。", "收拾行李离开。", "加强队伍建设。"])
  func financialWords(sentence: String) {
    #expect(FigureProbe.figures(in: sentence).isEmpty, "\(sentence)")
  }

  @Test(arguments: [
    ("大陆三千人参加。", ["三千人|count|3000"]), ("赔偿陆佰元。", ["陆佰元|money|600"]),
    ("赔偿陸元。", ["陸元|money|6"]), ("赔偿壹拾陆万元。", ["壹拾陆万元|money|160000"]),
  ])
  func financialNumerals(sentence: String, expected: [String]) { Self.check(sentence, expected) }

  /// Counts written every way keep their value after a place word built on
  /// 陆 (the oracle renders the number).
  @Test(arguments: [NumeralOracle.Form.mainland, .liang, .mixed])
  func countsAfterMainland(form: NumeralOracle.Form) async {
    await propertyCheck(count: 200, input: Gen.int(in: 2...99_999_999).map { String($0) }) {
      decimal in
      guard let expr = NumeralOracle.render(decimal, form) else { return }
      let figures = FigureProbe.figures(in: "查获大陆渔船\(expr)艘。")
      #expect(figures.count == 1, "\(form) \(decimal): \(expr)")
      #expect(figures.first?.value == .number(Double(decimal)!), "\(form) \(decimal): \(expr)")
    }
  }

  // MARK: smaller families

  @Test(arguments: [
    ("今天只能凑够一两万。", ["一两万|money|10000|~|..20000"]),
    ("走私物品多达十几种，其中有玩具。", ["多达十几种|count|10|~"]),
    ("查获十几种走私物品。", ["十几种走私物品|count|10|~"]),
    ("两案原、被告的对立情绪均大幅度缓解。", ["两案|count|2"]),
    ("全书共24章，共7万多字。", ["24章|count|24", "7万多字|count|70000|~"]),
    ("到“反向抹零”多收五毛，", ["五毛|money|0.5"]),
    ("名下有四处房产。", ["四处房产|count|4"]),
  ])
  func found(sentence: String, expected: [String]) { Self.check(sentence, expected) }

  @Test(arguments: [
    "2016年4月的一天，她去茶园采茶。", "前两天，视频传遍网络。", "杨梅树多为15年以上树龄。",
    "十一届全国人大五次会议审议通过。", "存在两种不同的专家意见。", "具有四种法定情形。",
    "不受“知道或者应当知道权利被侵害之日起一年”的限制。", "走到十字路口。",
    "他四处焦头烂额地筹钱。", "家属四处奔走。",
  ])
  func notFigures(sentence: String) {
    #expect(FigureProbe.figures(in: sentence).isEmpty, "\(sentence)")
  }
}
