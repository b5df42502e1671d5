import Testing

@testable import LegalExtract

/// Figure forms the held-out batches B15, B16 and B19 met. Each family: what
/// it must find and what it must leave alone, and the guard that rejects.
/// Sentences are invented to show the family.
@Suite struct FigureUnseenFormTests {
  static func check(_ row: FigureRow) {
    #expect(FigureProbe.describe(row.text) == row.expected, "\(row.text)")
  }

  /// `figure.guard.statutory` (`FigureGuardRules.standardNouns`): every number
  /// in the items a rule's standard lists after its colon is the rule's.
  static let standards: [FigureRow] = [
    FigureRow(
      "数额较大的标准：(1)拒不支付一名劳动者三个月以上的劳动报酬且数额在一万元以上的；(2)拒不支付十名以上劳动者的劳动报酬。",
      []),
    FigureRow("具有下列情形之一：造成三人以上轻伤的；违法所得五万元以上的。", []),
    FigureRow("应当符合下列条件：连续工作满十年。", []),
    // A judgment's items are facts.
    FigureRow("判决如下：被告人张某犯盗窃罪，判处有期徒刑三年。", ["三年|duration|P3Y"]),
    FigureRow("经查：该公司拖欠12名工人工资。", ["12名工人|count|12"]),
  ]

  /// 以上的 + a noun of the facts is a fact; 以上的 + a break or a
  /// condition's head is a rule's condition.
  static let boundsBeforeNouns: [FigureRow] = [
    FigureRow("其中有拖欠多人一年以上的工资。", ["一年以上|duration|P1Y|~"]),
    FigureRow("盗窃三次以上的行为。", []),
    FigureRow("数额在十五万元以上的，处罚金。", []),
  ]

  /// `FigureRangeRules.termPenalties`: a range of terms across two penalties.
  static let penaltyRanges: [FigureRow] = [
    FigureRow("分别被判处有期徒刑20年至拘役4个月不等的刑罚。", ["20年至拘役4个月|duration|P4M|..P20Y"]),
    FigureRow("判处有期徒刑十五年至管制六个月不等。", ["十五年至管制六个月|duration|P6M|..P15Y"]),
    FigureRow("判处有期徒刑3年至5年不等。", ["3年至5年|duration|P3Y|..P5Y"]),
  ]

  /// A middle dot between digits before a money unit is a decimal point.
  static let middleDots: [FigureRow] = [
    FigureRow("共计16514·2元。", ["16514·2元|money|16514.2"]),
    FigureRow("赔偿3·5万元。", ["3·5万元|money|35000"]),
    FigureRow("“7·23”事故造成损失。", []),
  ]

  /// `figure.guard.numbered-unit`: buildings numbered in an address.
  static let numberedBuildings: [FigureRow] = [
    FigureRow("停放在科技园内105栋与106栋公共通道北侧。", []),
    FigureRow("住在某小区3栋2单元。", []),
    FigureRow("村里建有5栋厂房。", ["5栋厂房|count|5"]),
    FigureRow("共有两栋楼。", ["两栋楼|count|2"]),
    FigureRow("拆除违建3栋。", ["3栋|count|3"]),
  ]

  /// `figure.guard.grade`: a hospital's grade is no tier.
  static let grades: [FigureRow] = [
    FigureRow("他一直在某三级医院治疗。", []),
    FigureRow("转入一家二级甲等医院。", []),
    FigureRow("区县两级医院开展义诊。", ["两级医院|count|2"]),
    FigureRow("实现省、市、县三级医疗急救全覆盖。", ["三级医疗|count|3"]),
  ]

  /// `figure.guard.list-announcement`: numbered items after a colon.
  static let numberedLists: [FigureRow] = [
    FigureRow("检察机关有五项检查重点：\n(1)立案情况；(2)撤案情况。", []),
    FigureRow("存在以下4个问题：1.台账不全；2.公示不到位。", []),
    FigureRow("公安机关也有五项检查重点：①逮捕情况。", []),
    FigureRow("该局将围绕五项检查重点开展专项检查：(1)台账；(2)保证金。", []),
    FigureRow("查处五项违法行为的企业：(1)某公司。", []),
    FigureRow("查处五项违法行为，罚款2万元。", ["五项违法行为|count|5", "2万元|money|20000"]),
  ]

  /// `figure.guard.rate-base`: the period a rate is counted per.
  static let ratePeriods: [FigureRow] = [
    FigureRow("每逾期一日应向甲方承担1000元的违约金。", ["1000元|money|1000"]),
    FigureRow("每迟延一天支付违约金500元。", ["500元|money|500"]),
    FigureRow("每延误一个月扣减工资。", []),
    FigureRow("他每周工作6天。", ["6天|duration|P6D"]),
  ]

  /// `figure.guard.statutory-time-limit`: a limit's name as its clause's topic.
  static let countedLimits: [FigureRow] = [
    FigureRow("上诉期间应自判决书送达翌日起算20日。", []),
    FigureRow("应于上诉期间届满后20日内补提理由书。", []),
    FigureRow("在审理期限内，法院判处被告有期徒刑三年。", ["三年|duration|P3Y"]),
    FigureRow("且属于3年内首次违反市场监管法规。", []),
    FigureRow("整改期限为3年，3年内完成。", ["3年|duration|P3Y", "3年|duration|P3Y"]),
  ]

  @Test(arguments: standards) func standardItems(_ r: FigureRow) { Self.check(r) }
  @Test(arguments: boundsBeforeNouns) func boundsBeforeANoun(_ r: FigureRow) { Self.check(r) }
  @Test(arguments: penaltyRanges) func rangesAcrossPenalties(_ r: FigureRow) { Self.check(r) }
  @Test(arguments: middleDots) func middleDotDecimals(_ r: FigureRow) { Self.check(r) }
  @Test(arguments: numberedBuildings) func buildingsInAddresses(_ r: FigureRow) { Self.check(r) }
  @Test(arguments: grades) func hospitalGrades(_ r: FigureRow) { Self.check(r) }
  @Test(arguments: numberedLists) func listsOfNumberedItems(_ r: FigureRow) { Self.check(r) }
  @Test(arguments: ratePeriods) func periodsOfARate(_ r: FigureRow) { Self.check(r) }
  @Test(arguments: countedLimits) func limitsCountedFromADay(_ r: FigureRow) { Self.check(r) }

  /// Each family's guard is the one the explanation names.
  @Test(arguments: [
    ("数额较大的标准：(1)拒不支付十名以上劳动者的劳动报酬。", FigureRule.statutory, "十名以上"),
    ("停放在科技园内105栋公共通道。", FigureRule.numberedUnit, "105栋"),
    ("他一直在某三级医院治疗。", FigureRule.grade, "三级"),
    ("每逾期一日应承担违约金。", FigureRule.rateBase, "每逾期一日"),
    ("检察机关有五项检查重点：(1)立案情况。", FigureRule.listAnnouncement, "五项检查重点"),
  ])
  func guardIsNamed(sentence: String, rule: FigureRule, text: String) {
    let e = explain(sentence, stages: [.figures])
    #expect(e.rejection(ruleNamed: rule.name)?.text == text, "\(sentence)")
  }
}
