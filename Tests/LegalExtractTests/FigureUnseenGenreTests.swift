import Testing

@testable import LegalExtract

/// Figure families of the session-7 unseen genres (issues 12/16/19): the
/// measure-word classes (`FigureMeasureWords`), the idiom table
/// (`FigureIdiomRules`), reporting periods told by a body's work, limits a
/// standard sets, a duration restating a told range, and a post title's 长.
/// Each family has rows in other wordings than the batch's, and rows it
/// must leave alone. Sentences are invented.
@Suite struct FigureUnseenGenreTests {
  func check(_ sentence: String, _ expected: [String]) {
    #expect(FigureProbe.describe(sentence) == expected, "\(sentence)")
  }

  /// Measure words by class: places (两地), documents (卷), objects (排),
  /// people in court statistics (犯).
  @Test(arguments: [
    ("川渝两地检察机关联合督办。", "两地", 2.0), ("京津冀三地法院签署协议。", "三地", 3),
    ("此次赴深圳、惠州两地执行。", "两地", 2), ("证据材料多达23卷。", "23卷", 23),
    ("调取案卷材料12卷。", "12卷", 12), ("业主坐在前面4排座椅上。", "4排", 4),
    ("审结邪教犯罪案件11件11犯。", "11犯", 11), ("审结抢劫等案件102件123犯。", "123犯", 123),
  ])
  func measureWordClasses(sentence: String, text: String, value: Double) {
    let got = FigureProbe.figures(in: sentence)
    #expect(
      got.contains { $0.text.contains(text) && $0.kind == .count && $0.value == .number(value) },
      "\(sentence) → \(got.map(FigureProbe.describe))")
  }

  /// The new measure words do not count inside other words (地址, 排放,
  /// 犯罪, 卷入) nor as a count of one.
  @Test(arguments: [
    "3地址变更后通知。", "有5排放口超标。", "两犯罪团伙被打掉。", "公司卷入2卷入案件。", "一地鸡毛。",
  ])
  func measureWordsInsideWords(sentence: String) {
    let got = FigureProbe.describe(sentence)
    #expect(
      !got.contains { $0.contains("地|") || $0.contains("排|") || $0.contains("犯|") },
      "\(sentence) → \(got)")
  }

  /// Every measure word of every class is read as a count before a noun.
  @Test func everyClassifierCounts() {
    for w in FigureMeasureWords.classifiers where !["级", "字", "种", "次", "发"].contains(w) {
      let got = FigureProbe.figures(in: "现场查获7\(w)物品。")
      #expect(got.first?.kind == .count && got.first?.value == .number(7), "7\(w) → \(got)")
    }
    #expect(FigureMeasureWords.classOf["地"] == .places)
    #expect(FigureMeasureWords.classOf["卷"] == .documents)
    #expect(FigureMeasureWords.classOf["犯"] == .people)
  }

  /// Rhetorical magnitudes and numeral idioms count nothing; a real count
  /// in digits still does.
  @Test(arguments: [
    "一份养老金，牵动千万家。", "事关亿万群众切身利益。", "温暖万千家庭。", "避免妇女身份两头空。",
    "以免出现三长两短。",
  ])
  func idioms(sentence: String) {
    #expect(FigureProbe.describe(sentence).isEmpty, "\(sentence)")
  }

  @Test func realCountsBesideIdioms() {
    check("惠及1000万家庭。", ["1000万家庭|count|10000000"])
    check("全市有3000万户。", ["3000万户|count|30000000"])
  }

  /// X年来 before a body's account of its work is a duration like the
  /// parties' own time (ANNOTATION.md; blind B33-02, B35-05, B39-08), except
  /// 一年来, the year a report looks back on (`figure.guard.year-in-review`;
  /// blind h38-13, h48-04, h48-07).
  @Test(arguments: [
    ("一年来，新闻办以发言人制度建设为重点，持续发布信息。", [String]()),
    ("一年来，围绕检察改革的进展召开发布会。", []),
    ("三年来，市社保局累计追回养老金。", ["三年|duration|P3Y"]),
    ("两年来，聚焦民生开展监督。", ["两年|duration|P2Y"]),
  ])
  func reportingPeriods(sentence: String, expected: [String]) {
    check(sentence, expected)
  }

  @Test func partiesOwnTimeStays() {
    check("两年来，他们断断续续争吵。", ["两年|duration|P2Y"])
    check("9年来该公司非法占用土地。", ["9年|duration|P9Y"])
  }

  /// A duration restating a told range after 这 is a period of the facts;
  /// 这 alone looks back over a period, a duration as well.
  @Test func restatedRange() {
    let result = Extractor().extract("在2022年5月至2023年4月这12个月内，他又冒领养老金5万元。")
    #expect(result.figures.map(\.text).contains("12个月"))
    let alone = Extractor().extract("这12个月，法院共审结案件300件。")
    #expect(alone.figures.map(\.text).contains("12个月"))
    let days = Extractor().extract("自3月1日至3月10日这10天里，他多次转账。")
    #expect(days.figures.map(\.text).contains("10天"))
  }

  /// Limits a standard sets are not figures; the measured values are.
  @Test func standardLimits() {
    check("监测值508mg/m3、标准150 mg/m3。", ["508mg/m3|quantity|508"])
    check("实测浓度为3.2mg/L，排放限值为1mg/L。", ["3.2mg/L|quantity|3.2"])
    check("检出铅含量0.8mg/kg，限量0.2mg/kg。", ["0.8mg/kg|quantity|0.8"])
  }

  /// Abstract kinds after 个/项 are not counts; concrete things are.
  @Test func abstractKindsAfterGeneralClassifiers() {
    check("从六个方面回顾工作。", [])
    check("确立了三项原则。", [])
    check("发现问题线索5个，整改12项问题。", ["5个|count|5", "12项问题|count|12"])
  }

  /// People counted without a classifier may carry their status (下岗职工,
  /// 留守儿童, 农村妇女): status × people noun, one table.
  @Test func peopleWithAStatus() {
    check("保障了3000万下岗职工的基本生活。", ["3000万下岗职工|count|30000000"])
    check("帮扶200留守儿童。", ["200留守儿童|count|200"])
    check("全省5万农村妇女受益。", ["5万农村妇女|count|50000"])
    check("下岗3000万元。", ["3000万元|money|30000000"])
  }

  /// Averages may be fractions; plain counts of things stay whole.
  @Test func averages() {
    check("法官人均结案298.56件。", ["298.56件|count|298.56"])
    check("共结案298.5件。", [])
  }

  /// 长 ending a post title before a bare day names a person: the day is a
  /// date, not a length; 长达 stays a length.
  @Test func postTitleBeforeDay() {
    let e = Extractor().extract("检察厅厅长张某2日在北京举行的发布会上说。")
    #expect(e.figures.isEmpty, "\(e.figures)")
    check("羁押长达15日。", ["15日|duration|P15D"])
  }
}
