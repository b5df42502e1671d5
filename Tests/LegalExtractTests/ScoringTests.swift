import Testing

@testable import LegalExtract
@testable import LegalExtractScoring

@Suite struct ScoringTests {
  @Test(arguments: [
    ("《中华人民共和国行政诉讼法（2017年修正）》", "行政诉讼法"),
    ("中华人民共和国刑法", "刑法"),
    ("最高人民法院关于适用《中华人民共和国民事诉讼法》的解释", "最高人民法院关于适用中华人民共和国民事诉讼法的解释"),
    ("刑法修正案（十一）", "刑法修正案（十一）"),
  ])
  func lawNormalization(title: String, expected: String) {
    #expect(ScoreNormalization.law(title) == expected)
  }

  @Test func organizationSuffixMatch() {
    #expect(ScoreNormalization.sameOrganization("湖北省麻城市人民检察院", "麻城市人民检察院"))
    #expect(!ScoreNormalization.sameOrganization("麻城市人民检察院", "人民检察院"))
    #expect(!ScoreNormalization.sameOrganization("十堰市人民检察院", "茅箭区人民检察院"))
  }

  @Test func valuesWithUnknownYear() {
    #expect(ScoreNormalization.valueMatches(.string("XXXX-12-30"), .string("2023-12-30")))
    #expect(!ScoreNormalization.valueMatches(.string("2023-12-30"), .string("XXXX-12-30")))
    #expect(ScoreNormalization.valueMatches(.number(31), .number(31.0000001)))
    #expect(ScoreNormalization.valueMatches(nil, nil))
    #expect(!ScoreNormalization.valueMatches(nil, .string("2023")))
  }

  @Test func docketBrackets() {
    #expect(
      ScoreNormalization.docket("（2023）鄂1181 行初12号")
        == ScoreNormalization.docket("(2023)鄂1181行初12号"))
    #expect(ScoreNormalization.docket("〔2021〕最高法民申1号") == "(2021)最高法民申1号")
  }

  @Test func scoresAnArticle() {
    var gold = GoldDocument()
    gold.dates = [
      .init(text: "同年9月", value: "2019-09", end: nil), .init(text: "近日", value: nil, end: nil),
    ]
    gold.organizations = [
      .init(name: "湖北省麻城市人民检察院", kind: "procuratorate"), .init(name: "极目新闻", kind: "other"),
    ]
    var pred = ExtractionResult()
    pred.dates = [
      DateMention(
        text: "同年9月", span: TextSpan(0, 4), value: "2019-09", granularity: .month, relative: true),
      DateMention(text: "近日", span: TextSpan(5, 7), value: "2024", granularity: .year),
    ]
    pred.organizations = [
      OrganizationMention(
        text: "麻城市人民检察院", span: TextSpan(8, 16), kind: .procuratorate, name: "麻城市人民检察院"),
      OrganizationMention(
        text: "麻城市人民检察院", span: TextSpan(20, 28), kind: .procuratorate, name: "麻城市人民检察院"),
    ]
    var scorer = ArticleScorer()
    scorer.add(article: "a", gold: gold, prediction: pred)
    #expect(scorer.fields["dates.found"] == FieldScore(gold: 2, pred: 2, hit: 2))
    #expect(scorer.fields["dates"] == FieldScore(gold: 2, pred: 2, hit: 1))
    #expect(
      scorer.fields["organizations"] == FieldScore(gold: 1, pred: 1, hit: 1),
      "duplicates and unscored kinds are dropped")
    #expect(scorer.differences.contains { $0.field == "dates" && $0.kind == .missed })
  }

  @Test func fieldScoreEdges() {
    #expect(FieldScore().f1 == 1.0 || FieldScore().precision == 1.0)
    #expect(FieldScore(gold: 3, pred: 0, hit: 0).f1 == 0)
    #expect(abs(FieldScore(gold: 4, pred: 2, hit: 2).f1 - 2.0 / 3.0) < 1e-9)
  }

  @Test func baselineDetectsDrops() {
    var report = RegressionReport(articles: 1)
    report.fields["dates"] = FieldScore(gold: 10, pred: 10, hit: 8)
    let baseline = RegressionBaseline(fields: ["dates": 0.9])
    #expect(baseline.drops(in: report).count == 1)
    #expect(RegressionBaseline(fields: ["dates": 0.8]).drops(in: report).isEmpty)
  }
}
