import PropertyBased
import Testing

@testable import LegalExtract

/// The figure and date families of the ninth round's development batches
/// (B33–B36): each family with what it must find and what it must leave
/// alone. Sentences are invented to show the family, not copied.
@Suite struct FigureRoundNineFamilyTests {
  static func check(_ sentence: String, _ expected: [String]) {
    #expect(FigureProbe.describe(sentence) == expected, "\(sentence)")
  }

  // MARK: figure.guard.term-bound (B33, B35)

  @Test(arguments: [
    "该情形升格为判处五年以上有期徒刑的加重处罚情形。",
    "去年，全市法院判处10年以上有期徒刑12人，判处3年以下有期徒刑40人。",
    "犯本罪的，处三年以下有期徒刑或者拘役。",
  ])
  func boundedTermsBeforeASentenceAreNoFigures(sentence: String) {
    #expect(
      !FigureProbe.figures(in: sentence).contains { $0.kind == .duration },
      "\(sentence) → \(FigureProbe.describe(sentence))")
  }

  @Test func definiteTermsAndOtherBoundsStay() {
    Self.check("法院判处被告人有期徒刑五年。", ["五年|duration|P5Y"])
    Self.check("公司拖欠其一年以上的工资。", ["一年以上|duration|P1Y|~"])
  }

  // MARK: statutory windows and hypothetical penalties (B34, B36)

  @Test(arguments: [
    "被告人在刑罚执行完毕后五年内再犯应判处有期徒刑以上刑罚之罪，系累犯。",
    "在五年以内再犯的，是累犯。",
    "对可能判处十五年有期徒刑或者无期徒刑的犯罪嫌疑人，由市检察院审查起诉。",
    "律师称其可能判处3至5年。",
    "依法可处5年至10年。",
  ])
  func statutoryWindowsAndPossiblePenalties(sentence: String) {
    #expect(
      !FigureProbe.figures(in: sentence).contains { $0.kind == .duration },
      "\(sentence) → \(FigureProbe.describe(sentence))")
  }

  @Test func factsWithinAPeriodStay() {
    Self.check("他在五年内三次盗窃。", ["五年|duration|P5Y", "三次|count|3"])
    Self.check("法院判处其有期徒刑十五年。", ["十五年|duration|P15Y"])
  }

  // MARK: figure.guard.rank and abstract features (B33)

  @Test func ranksAndFeaturesAreNoCounts() {
    Self.check("案件数量排名前五名的省份是江苏。", [])
    Self.check("检察机关围绕黑社会性质组织四个特征审查证据。", [])
    Self.check("其中前3名被告人均已认罪。", ["3名被告人|count|3"])
    Self.check("查明4个窝点。", ["4个窝点|count|4"])
  }

  // MARK: uncommon classifiers (B34, B36, Corpus t8-01)

  @Test func uncommonClassifiersCount() {
    Self.check("共销售灭火器筒体398850具。", ["398850具|count|398850"])
    Self.check("现场发现尸体3具。", ["3具|count|3"])
    Self.check("检察官看到十多垄菜地，已经复耕。", ["十多垄菜地|count|10|~"])
    Self.check("本文列举三则代表性案例。", ["三则代表性案例|count|3"])
  }

  @Test(arguments: ["另有两人则被判处缓刑。", "该公司具有施工资质。", "3家企业垄断本地市场。"])
  func classifierWordsStayWords(sentence: String) {
    let got = FigureProbe.describe(sentence)
    #expect(
      !got.contains { $0.contains("则|") || $0.contains("具|") || $0.contains("垄|") },
      "\(sentence) → \(got)")
  }

  // MARK: a list the clause announces of its own noun (B35)

  @Test func countBeforeAnotherNounsListStays() {
    Self.check("本次发布的3个典型案例具有以下特点：一是注重实质审查。", ["3个典型案例|count|3"])
    Self.check("重点厘清五个问题。一是责任主体。", [])
    Self.check("应当符合以下三个条件：一是主体适格。", [])
  }

  // MARK: a change between two numbers is no range (B35)

  @Test func changesAreTwoCounts() {
    Self.check("由2022年的454宗升至996宗。", ["454宗|count|454", "996宗|count|996"])
    Self.check("投诉由3593件上升到5404件。", ["3593件|count|3593", "5404件|count|5404"])
  }

  @Test func rangesStayRanges() {
    Self.check("审结案件30至50件。", ["30至50件|count|30|..50"])
  }

  /// Any two counts joined by a change verb are two figures with their own
  /// values, never a range.
  @Test func changeVerbsNeverJoin() async {
    let verbs = ["升至", "降至", "增至", "减至", "上升到", "下降至", "增长到"]
    let input = zip(
      Gen.int(in: 0...(verbs.count - 1)), Gen.int(in: 2...99_999), Gen.int(in: 2...99_999))
    await propertyCheck(count: 200, input: input) { v, a, b in
      let sentence = "该类案件由\(a)件\(verbs[v])\(b)件。"
      let f = FigureProbe.figures(in: sentence)
      #expect(f.count == 2, "\(sentence) → \(f.map(FigureProbe.describe))")
      #expect(f.first?.value == .number(Double(a)) && f.first?.upTo == nil, "\(sentence)")
      #expect(f.last?.value == .number(Double(b)), "\(sentence)")
    }
  }

  // MARK: post titles before a dateline's day (B35)

  @Test func dayAfterAPostTitleIsNoDuration() {
    let text = "中新社北京2月27日电 应急管理部调查统计司司长李某27日在北京表示，报告应当公开。"
    #expect(Extractor().extract(text, published: nil).figures.isEmpty)
  }

  // MARK: income without a unit, staff counted without a classifier (B40, B41)

  @Test func incomeAndStaff() {
    Self.check("一名月入4萬的裝修工人被判刑。", ["4萬|money|40000"])
    Self.check("他月薪2万，仍拖欠房租。", ["2万|money|20000"])
    Self.check("兩職員被停職調查。", ["兩職員|count|2"])
  }

  @Test func tiersOfMarketRegulators() {
    Self.check("因认为上海两级市场监督管理部门行政行为违法，提起诉讼。", ["两级市场监督|count|2"])
    Self.check("他在二级市场买入股票。", [])
  }

  @Test func kilovoltAmperes() {
    Self.check("擅自将变压器容量增加到25000KVA。", ["25000KVA|quantity|25000"])
  }
}
