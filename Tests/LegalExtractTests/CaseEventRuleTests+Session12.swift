import Testing

@testable import LegalExtract

/// Examples of the timeline families found by the generated-grammar property test of issue 19's
/// twelfth round (EventGrammarPropertyTests): a plan word before a step's date (拟于, 计划于,
/// 将于, 预计) makes it a planned step, however far the trigger stands from the plan word.
extension CaseEventRuleTests {
  static let session12Examples: [EventExample] = [
    // A plan word before 于 / 在 and the date: the date is a plan's.
    EventExample(.plannedDate, "某县人民法院拟于2021年9月10日开庭审理此案。", .rejects(.hearing)),
    EventExample(.plannedDate, "某县人民检察院计划于2021年9月向某县人民法院提起公诉。", .rejects(.lawsuit)),
    EventExample(.plannedDate, "该案将于2021年9月10日开庭审理。", .rejects(.hearing)),
    EventExample(.plannedDate, "该案预计2021年9月开庭审理。", .rejects(.hearing)),
    // Negative: 将 as the object marker after a date (于…将该案移送) and a date before the plan
    // word are steps.
    EventExample(.transfer, "某县公安局于2021年3月1日将该案移送某县人民检察院审查起诉。", .makes("2021-03-01", .transfer)),
    EventExample(.hearing, "某县人民法院于2021年9月10日公开开庭审理此案。", .makes("2021-09-10", .hearing)),
  ]
}

/// The after-clause frame (case.event.guard.after-clause), found by EventGrammarPropertyTests'
/// generator: 于DATE…后， dates only its own clause's step.
extension CaseEventRuleTests {
  static let session12bExamples: [EventExample] = [
    EventExample(
      .afterClause, "本院于2021年3月5日立案受理后，依法适用简易程序，公开开庭进行了审理。",
      .rejects(.hearing)),
    EventExample(
      .afterClause, "该院于2021年3月1日立案后，依法调查取证。", .rejects(.investigation)),
    // Negative: the step of the 后 clause keeps the date; a later clause with its own date, or
    // told as at once (当即), is dated.
    EventExample(.filing, "本院于2021年3月5日立案受理后，依法适用简易程序审理。", .makes("2021-03-05", .filing)),
    EventExample(
      .hearing, "本院于2021年3月5日立案后，依法组成合议庭，于2021年4月2日公开开庭进行了审理。",
      .makes("2021-04-02", .hearing)),
    EventExample(
      .filing, "某县人民检察院于2021年3月5日收到线索后，当即立案审查。", .makes("2021-03-05", .filing)),
    // A date opening its own clause is no 后 clause: 2021年3月5日，某院受理该案后，… is unchanged.
    EventExample(
      .hearing, "2021年3月5日，某县人民法院公开开庭审理此案。", .makes("2021-03-05", .hearing)),
  ]
}
