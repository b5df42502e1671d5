import Testing

@testable import LegalExtract

/// Round-ten families of figures and dates (blind fit batches B33–B41).
@Suite struct FigureRoundTenFamilyTests {
  static func describe(_ sentence: String) -> [String] { FigureProbe.describe(sentence) }

  /// A claimed mention (a date, an organization) ends the counted noun; the
  /// count stands without it (B39-07 两名被告早前, B41-06 兩名懲教署人員).
  @Test func countedNounStopsAtAClaimedMention() {
    let r = Extractor().extract("两名被告早前分别判囚15个月。")
    #expect(r.figures.map(FigureProbe.describe) == ["两名被告|count|2", "15个月|duration|P15M"])
    let org = Extractor().extract("廉政公署起诉兩名懲教署人員。")
    #expect(org.figures.map(FigureProbe.describe) == ["兩名|count|2"])
  }

  @Test func countedNounWithoutAClaimIsWhole() {
    #expect(Self.describe("两名被告人到案。").first?.hasPrefix("两名被告人|count|2") == true)
  }

  /// A backward offset stays a date and no figure.
  @Test func backwardOffsetStaysADate() {
    let result = Extractor().extract(
      "三天前，家人报警。", published: PublishedDate(callerValue: "2019-04-18"))
    #expect(result.dates.map(\.text) == ["三天前"])
    #expect(result.figures.isEmpty)
  }

  /// A period looked back over is a duration (B33-02, B35-05, B39-08); a
  /// comparison (十年来新高) is not.
  @Test func lookedBackPeriodsAreDurations() {
    #expect(Self.describe("三年来，某县法院共审结刑事案件900件。").contains("三年|duration|P3Y"))
    #expect(Self.describe("过去三年，劳工处共接获投诉100宗。").contains("三年|duration|P3Y"))
    #expect(!Self.describe("该市降雨量创下十年来新高。").contains { $0.contains("duration") })
  }
}

/// Headline counts of people without a classifier (B33-06, B37-01, B38-03).
@Suite struct FigureHeadlinePeopleTests {
  @Test(arguments: [
    ("4异议人士接连判有罪", "4异议人士|count|4"), ("3网友因助人控诉遭逮捕", "3网友|count|3"),
    ("检察官认5嫌有逃亡之虞", "5嫌|count|5"),
  ])
  func headlineCounts(sentence: String, expected: String) {
    #expect(FigureProbe.describe(sentence).contains(expected), "\(sentence)")
  }

  /// A count of one stays no figure.
  @Test func oneIsNoCount() {
    #expect(FigureProbe.describe("1网友发帖").isEmpty)
  }
}

/// Steps after a forward offset take no date from the text before (the
/// offset's own date dates no step: `case.event.guard.offset-after`).
@Suite struct CaseEventOffsetTests {
  @Test(arguments: [
    ("2017年12月，某区人社局督促某公司发放工资。一个月后，该公司无动于衷，区人社局遂作出行政处罚。", CaseEventKind.decision),
    ("2005年2月，张某因涉嫌故意杀人被当地警方刑拘。一年后，某市中级人民法院以故意杀人罪判处张某无期徒刑。", CaseEventKind.judgment),
  ])
  func stepAfterAForwardOffsetTakesNoDate(text: String, kind: CaseEventKind) {
    let found = EventExample.findings(text)
    #expect(!found.contains { $0.event?.kind == kind }, "\(found.compactMap(\.event))")
  }
}

/// A dated step with no forward offset before it keeps its date (negative of
/// CaseEventOffsetTests).
@Suite struct CaseEventOffsetNegativeTests {
  @Test func stepWithoutAnOffsetKeepsItsDate() {
    let found = EventExample.findings("2017年12月，某区人社局督促某公司发放工资，区人社局遂作出行政处罚。")
    #expect(found.contains { $0.event?.kind == .decision && $0.event?.date == "2017-12" })
  }
}
