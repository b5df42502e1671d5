import Testing

@testable import LegalExtract

/// One example per docket rule (`DocketRule`): a failure names the rule.
@Suite("Docket rules")
struct DocketRuleTests {
  static let examples: [RuleExample<DocketRule>] = [
    RuleExample(.modern, "法院作出（2023）鄂1181行初12号判决。", .makes("（2023）鄂1181行初12号")),
    RuleExample(.modernSupreme, "见（2020）最高法民申1234号裁定", .makes("（2020）最高法民申1234号")),
    RuleExample(.legacy, "(2015)麻行初字第00012号判决", .makes("(2015)麻行初字第00012号")),
    RuleExample(.legacyCourtless, "（2015）民申字第853号裁定", .makes("（2015）民申字第853号")),
    RuleExample(.yearRange, "见（1900）鄂1181行初12号", .rejects("（1900）")),
    RuleExample(.courtCodeDigits, "（2023）鄂118行初12号", .rejects("（2023）鄂118")),
    RuleExample(.unknownTypeCode, "（2023）鄂1181某初12号", .rejects("（2023）鄂1181")),
    RuleExample(.foreignMarker, "（2023）鄂劳人仲字第5号裁决书", .rejects("（2023）鄂劳")),
    RuleExample(.numberBeforeCode, "印发法〔2025〕225号通知", .rejects("〔2025〕225号")),
    RuleExample(.legacyShape, "（2023）年度 GDP 增长", .rejects("（2023）年度")),
    RuleExample(.unknownLegacyCode, "（2015）某某某字第3号", .rejects("（2015）某某某字")),
    RuleExample(.noNumber, "（2023）鄂1181行初号", .rejects("（2023）鄂1181行初")),
    RuleExample(.noHao, "（2023）鄂1181行初12件", .rejects("（2023）鄂1181行初12")),
    RuleExample(.hongKongChinese, "陳某某（終院刑事上訴2016年第3號）一案", .makes("終院刑事上訴2016年第3號")),
    RuleExample(.hongKongEnglish, "案件編號HCCC 123/2019。", .makes("HCCC 123/2019")),
    RuleExample(.taiwanRocYear, "最高法院110年度台上字第5678號判決", .makes("110年度台上字第5678號")),
    RuleExample(.noYear, "案件編號HCCC 123，押後再訊", .rejects("HCCC 123")),
    RuleExample(.prosecutionNumber, "臺北地檢署110年度偵字第1234號起訴書", .rejects("110年度偵")),
  ]

  @Test(arguments: examples)
  func rule(_ example: RuleExample<DocketRule>) {
    example.verify(stages: ["dockets"])
  }

  @Test func everyRuleHasAnExample() {
    #expect(RuleExample.uncovered(Self.examples).isEmpty)
  }

  /// Why the court-less form needs no guard of its own: the bare stage codes
  /// (初, 终, 再) are one scalar, and a court-less code is two or more.
  @Test func bareStageCodesAreOneScalar() {
    for row in DocketRules.legacyCodes where row.category == nil {
      #expect(row.code.unicodeScalars.count == 1, "\(row.code)")
    }
  }

  @Test func explainedDocketsAreTheExtractedOnes() {
    let text = "（2023）鄂1181行初12号与（2015）民申字第853号；法〔2025〕225号"
    let e = explain(text, stages: ["dockets"])
    #expect(e.entries.filter(\.isAccepted).map(\.span) == e.result.dockets.map(\.span))
    #expect(e.result == Extractor(onlyStages: ["dockets"]).extract(text))
  }
}

/// The docket tables read into their enums without loss.
@Suite struct DocketLexiconTests {
  @Test func everyCaseTypeRowNamesAKnownCategoryAndStage() {
    let t = TSVTable(caseTypeCodesTSV)
    #expect(!t.rows.isEmpty)
    for row in t.rows {
      #expect(DocketCategory(rawValue: row[t.column("category")]) != nil, "\(row)")
      #expect(ProceedingStage(rawValue: row[t.column("stage")]) != nil, "\(row)")
    }
  }
}
