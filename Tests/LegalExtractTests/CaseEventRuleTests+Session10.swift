import Testing

@testable import LegalExtract

/// Examples of the timeline families of issue 19's tenth round (B44, B45 with B40, Corpus):
/// a court's name holding a trigger (上诉庭), a published list of penalties (处罚信息), the paper
/// of a reconsideration (行政复议决定书), coercion a suit asks to be judged (请求确认…强制拆除…违法).
extension CaseEventRuleTests {
  static let session10Examples: [EventExample] = [
    // 上诉庭 (Hong Kong's Court of Appeal) is a court, not an appeal; the appeal it dismisses is no step.
    EventExample(.notAStep, "2001年8月21日，高等法院上訴庭駁回陳某的上訴。", .rejects(.appeal)),
    EventExample(.notAStep, "2015年3月2日，上诉庭审理此案。", .rejects(.appeal)),
    EventExample(.appeal, "2001年9月3日，陳某再次提出上訴。", .makes("2001-09-03", .appeal)),
    // A published list of penalties of a month is no decision of that month.
    EventExample(.notAStep, "近日，某市某区环保局对外公布了2017年2月行政处罚信息。", .rejects(.decision)),
    EventExample(.notAStep, "2018年5月，某县市场监管局公开了一批行政处罚信息。", .rejects(.decision)),
    EventExample(.decision, "2017年2月，某区环保局对该公司作出行政处罚。", .makes("2017-02", .decision)),
    // The reconsideration's paper is the reconsideration.
    EventExample(
      .reconsideration, "同年8月28日，某市市场监督管理局下发了《行政复议决定书》，维持原处罚决定。",
      .makes("XXXX-08-28", .reconsideration)),
    // Coercion a suit asks to be judged unlawful is the suit's object; coercion done is a step.
    EventExample(
      .requestedStep, "2024年12月，某公司提起行政诉讼，请求确认镇政府的涉案强制拆除厂房的行为违法。",
      .rejects(.enforcement)),
    EventExample(
      .requestedStep, "2023年3月，张某提起诉讼，请求确认某局强制拆除其房屋的行为违法。", .rejects(.enforcement)),
    // 自2015年間起: the start of the conduct's span dates no step told after it.
    EventExample(
      .periodStart, "前某縣議員黃某被控自2015年間起，與其兒子詐領補助款63萬多元被起訴。", .rejects(.lawsuit)),
    EventExample(.lawsuit, "2018年6月，某区检察院对张某提起公诉。", .makes("2018-06", .lawsuit)),
    // 后者 (the latter) opens no later step: the sitting is of the date before it.
    EventExample(
      .hearing, "6月5日，某市中级人民法院院长和某市人民检察院检察长共同出席了一起民事公益诉讼案件审理，后者出庭担任公益诉讼起诉人。",
      .makes("XXXX-06-05", .hearing)),
    EventExample(
      .afterMarker, "2023年5月2日，张某被公安机关抓获，后被提起公诉。", .rejects(.lawsuit)),
    EventExample(
      .enforcementCoerced, "2023年3月5日，某镇政府强制拆除了该厂房。", .makes("2023-03-05", .enforcement)),
  ]

  /// A reconsideration's paper (行政复议决定书) makes one step, not an agency's decision as well.
  @Test func reconsiderationPaperIsNoDecision() {
    let found = EventExample.findings("2018年8月28日，某市市场监督管理局下发了《行政复议决定书》。")
    #expect(found.contains { $0.event?.kind == .reconsideration })
    #expect(!found.contains { $0.event?.kind == .decision && $0.event?.date == "2018-08-28" })
  }
}
