import Testing

@testable import LegalExtract

/// Issue 19, session 6: each family as other sites would write it, with
/// negatives. A row is a text and the (date kind) events it must give, in
/// date order (an empty list: no event).
@Suite struct CaseEventTimelineFamilyTests {
  struct Row: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: [String]
    init(_ text: String, _ expected: String...) {
      self.text = text
      self.expected = expected
    }
    var testDescription: String { text }
  }

  static func events(_ text: String) -> [String] {
    EventExample.findings(text).compactMap(\.event).map {
      "\($0.date ?? "null") \($0.kind.rawValue)"
    }
  }

  /// A party's complaint, report or petition: a lead (clue), to whatever body (session 11).
  static let complaints: [Row] = [
    Row("2015年4月，7名工人向某县人社局报案。", "2015-04 clue"),
    Row("2011年10月，该工程工人控告项目部拖欠工资。", "2011-10 clue"),
    Row("2013年12月31日，王某等67人来到区劳动保障监察局群体上访。", "2013-12-31 clue"),
    Row("2020年5月，李某等人到县信访局信访，反映工资被拖欠。", "2020-05 clue"),
    Row("2022年3月8日，张某向某市人民检察院控告某公司负责人。", "2022-03-08 clue"),
    Row("2021年6月，某区人民检察院接到群众举报。", "2021-06 clue"),
  ]

  /// Statistics of a year in a paragraph that counts cases: no step (negatives), while a dated
  /// step of a case in a paragraph without counts stays.
  static let statistics: [Row] = [
    Row("2013年，区人社系统及时受理投诉举报，做到有案必接。全年受理各类投诉案件121件。"),
    Row("2022年，全市法院共审结拒不支付劳动报酬案件35起，其中判处实刑12人。"),
    Row("去年，该局累计立案查处欠薪案件45起。"),
    Row("2024年1月至4月，某区人民检察院共受理电信网络诈骗犯罪案件238件。"),
    Row("2024年一季度，全市法院共执结涉民生案件2150件，执行到位金额1.2亿元。"),
    Row("2020年7月至9月，该院分别向相关行政机关发出检察建议。", "2020-07 recommendation"),
    Row("2019年，某区人民检察院对张某提起公诉。", "2019 lawsuit"),
    Row("2019年，某区人民检察院办理了一起欠薪案件，并对张某提起公诉。", "2019 lawsuit"),
  ]

  /// 经 / 经过 … opening a clause before another step: the condition, not a step of the date.
  static let conditions: [Row] = [
    Row("2015年12月15日，经某县检察院提起公诉，周某被法院以拒不支付劳动报酬罪判处拘役5个月。", "2015-12-15 judgment"),
    Row("2023年3月28日，某区检察院经初步调查后，以行政公益诉讼立案。", "2023-03-28 filing"),
    Row("2020年6月2日，经过法院主持调解，双方达成和解协议。", "2020-06-02 settlement"),
    // Negatives of the guard: 已经 is no condition; a 经 clause with no step after it stays.
    Row("2021年5月，某县检察院已经提起公诉。", "2021-05 lawsuit"),
    Row("2021年5月，经某县检察院批准逮捕。", "2021-05 arrest"),
  ]

  /// What a ruling dismisses, and the reaction after 不服, are not dated as steps of their own.
  static let objects: [Row] = [
    Row("2017年7月27日，原审法院作出行政裁定，驳回王某的起诉。", "2017-07-27 judgment"),
    Row("2020年9月3日，某中级人民法院裁定驳回张某的再审申请。", "2020-09-03 judgment"),
    Row("2019年4月2日，某区法院作出一审判决，被告人不服，提出上诉。", "2019-04-02 judgment"),
    Row("2019年4月2日，某区法院作出一审判决，张某对判决不服，向某市中级人民法院提起上诉。", "2019-04-02 judgment"),
    // Negative: 不服 in the date's own clause tells the appeal of that date.
    Row("2019年5月6日，张某不服一审判决，提起上诉。", "2019-05-06 appeal"),
    Row("2021年1月3日，某县检察院决定变更诉讼请求。", "2021-01-03 withdrawal"),
    Row("2024年9月14日，某高级人民法院裁定准许其撤回起诉。", "2024-09-14 judgment"),
  ]

  /// Trials held where people live (巡回审判), and a judgment closing a trial's period.
  static let trials: [Row] = [
    Row("2018年12月5日下午，某法庭法官走进社区当事人家中开展巡回审判。", "2018-12-05 hearing"),
    Row("2016年8月12日上午，某县法院刑事审判庭法官前往某村，巡回审理一起非法持有枪支案。", "2016-08-12 hearing"),
    Row("2018年3月2日至4日，某区法院公开审理此案，并当庭宣判。", "2018-03-02 hearing", "2018-03-04 judgment"),
    // Negative: a judgment in the period's own clause is dated by the period's start.
    Row("2019年3月至5月，某区法院审结并判决该批案件。", "2019-03 judgment"),
  ]

  /// The ground of a step, and a day word left with no anchor.
  static let grounds: [Row] = [
    Row("2019年5月6日，包某某以某局作出的不予认定工伤决定违法为由，向某区法院提起行政诉讼。", "2019-05-06 lawsuit"),
    Row("2021年3月2日，张某以原判决认定事实错误为由申请再审。", "2021-03-02 retrial"),
    Row("2022年8月，某公司以某局的处罚决定违法为由申请行政复议。", "2022-08 reconsideration"),
    Row("2023年2月，该局将案件移送公安机关。年关过后，公安机关将邱某某抓获，当日检察机关提前介入。", "2023-02 transfer"),
    // Negative: 随即 carries the month, as before.
    Row("2023年2月，该局将案件移送公安机关。公安机关随即立案侦查。", "2023-02 transfer", "2023-02 filing"),
  ]

  /// Enforcement stories and payments.
  static let payments: [Row] = [
    Row("2005年1月13日，4名民工代表向某法院申请强制执行仲裁裁决书。", "2005-01-13 enforcement"),
    Row("2019年1月14日，被执行人将拖欠的全部工资款交到了法院账上，该案全部执行完毕。", "2019-01-14 enforcement"),
    Row("2019年3月2日，农民工们到法院执行庭领取了执行款。", "2019-03-02 enforcement"),
    Row("2014年1月6日，工地负责人将工资发放到每个农民工手中。", "2014-01-06 rectification"),
    Row("2023年5月9日，某公司把拖欠的劳动报酬全部支付给工人。", "2023-05-09 rectification"),
    // Negative: a payment told in no enforcement is no enforcement step.
    Row("2024年底，张某入职某公司，入职初期均能按时领取劳动报酬。"),
  ]

  /// A mediation told as the means, dated by the outcome's clause.
  static let mediations: [Row] = [
    Row("通过政府部门调解，2011年11月某公司愿再承担八十万元。", "2011-11 settlement"),
    Row("经劳动监察大队调解，2023年5月某公司同意分期支付工资。", "2023-05 settlement"),
    // Negative: the clause after the date tells a step of its own.
    Row("通过法院调解，2023年6月某公司申请撤诉。", "2023-06 withdrawal"),
  ]

  /// A higher court sending a case back or to another court; a system named by a step word.
  static let courts: [Row] = [
    Row("2016年9月28日，本院作出行政裁定，撤销一审裁定，指令某中级法院继续审理。", "2016-09-28 retrial"),
    Row("2016年12月1日，本院作出行政裁定，将该案指令某铁路运输中级法院审理。", "2016-12-01 transfer"),
    Row("2014年，有关决定明确要求探索建立检察机关提起公益诉讼制度。"),
    Row("2018年，该院建立诉前调解机制。"),
  ]

  /// A step is dated by the date before its verb, not by a period inside its object.
  static let objectDates: [Row] = [
    Row("2017年12月21日该单位按指令补发职工9月份和10月份的工资189万余元。", "2017-12-21 rectification"),
    Row("该局依法对拖欠2017年9月份、10月份工资的某公司下发责令改正决定书。"),
    Row("2023年6月5日，某公司补发了3月至5月的工资。", "2023-06-05 rectification"),
    Row("2022年12月30日，某公司足额发放了2022年度劳动报酬。", "2022-12-30 rectification"),
    // Negative: a date before a step that is no pay stays the step's.
    Row("2023年6月5日，某公司整改完毕。", "2023-06-05 rectification"),
  ]

  @Test(arguments: objectDates)
  func objectDate(_ row: Row) {
    #expect(
      Self.events(row.text) == row.expected,
      "\(EventExample.findings(row.text).map(\.rule.rawValue))")
  }

  static let rows: [Row] = [
    complaints, statistics, conditions, objects, trials, grounds, payments, mediations, courts,
  ]
  .flatMap { $0 }

  @Test(arguments: rows)
  func family(_ row: Row) {
    #expect(
      Self.events(row.text) == row.expected,
      "\(EventExample.findings(row.text).map(\.rule.rawValue))")
  }
}
