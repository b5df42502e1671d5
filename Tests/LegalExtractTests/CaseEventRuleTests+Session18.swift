import Testing

@testable import LegalExtract

/// Examples of round 18's families: a step told with its ordinal after a day or a month
/// (于2024年1月18日第二次开庭); a debtor brought to court by 拘传 (拘传到院), and an application
/// early in a month (月初) beside a later day's step; a party coming in person to the procuratorate
/// or the labour inspection (来到某检察院，请求检察机关支持起诉); a worker's injury told as recognised
/// (被认定为工伤); a demolition a later suit challenges. Sentences are invented; the shapes are
/// those of B74 h74-08, B64 h64-05, B60 h60-01, h60-07, B66 h66-05, B68 h68-09, B41 b41-02 and
/// B56 h56-05, and are generated in EventGrammarPropertyTests.ordinalStepsAndInPersonLeads.
extension CaseEventRuleTests {
  static let session18Examples: [EventExample] = [
    EventExample(
      .hearing, "本院依职权通知其参加诉讼，并于2024年1月18日第二次开庭，原告委托代理人出庭参加诉讼。",
      .makesOnly(["2024-01-18 hearing"])),
    EventExample(
      .enforcementCoercion, "10月26日，马某通过调查得知陈某具体住址，并将陈某拘传到院。",
      .makesOnly(["XXXX-10-26 enforcement"])),
    EventExample(
      .finerRestated, "周某遂于2024年10月初向法院申请执行。10月26日，马某将陈某拘传到院。",
      .makesOnly(["2024-10 enforcement", "2024-10-26 enforcement"])),
    EventExample(
      .finerRestated, "周某遂于2024年10月初向法院申请执行。10月6日，周某向法院申请执行。",
      .merges("2024-10-06", .enforcement)),
    // Negative: a measure named as a kind of measure, undated, is no step.
    EventExample(.enforcementCoercion, "对拒不履行的被执行人，依法拘传到院并予以训诫。", .makesOnly([])),
    EventExample(
      .clueCameToBody, "2024年1月，程某等人来到某市检察院，请求检察机关支持他们起诉，追回工资欠款。",
      .makesOnly(["2024-01 clue"])),
    EventExample(
      .clueCameToBody, "2023年7月，工人代表刘某来到某市劳动保障监察局气愤地说道。", .makesOnly(["2023-07 clue"])),
    // Negative: an official's visit is the investigation, no lead.
    EventExample(
      .clueCameToBody, "2023年7月，承办检察官来到某县人社局调取证据。", .makesOnly(["2023-07 investigation"])),
    // Negative: a request made by letter stays a request.
    EventExample(
      .other, "2019年11月27日，某协会发函，请求检察机关支持起诉。", .makesOnly(["2019-11-27 other"])),
    EventExample(.injuryStatus, "2012年4月，周某经诊断为矽肺三期，2012年5月初被认定为工伤。", .rejects(.decision)),
    EventExample(
      .injuryStatus, "2019年12月，陈某因工受伤后死亡，并被认定为工伤。因陈某死亡，某医院拒绝实施胚胎移植。",
      .rejects(.decision)),
    // Negative: the agency's recognition, or its refusal, is its decision.
    EventExample(.decisionWorkInjury, "2019年3月，某区人社局认定张某受伤属于工伤。", .makes("2019-03", .decision)),
    EventExample(
      .disputedDemolition,
      "2017年7月19日，于某的部分房屋被拆除。于某不服，请求法院确认某区政府强制拆除其房屋的行为违法。",
      .rejects(.rectification)),
    EventExample(
      .disputedDemolition,
      "2024年10月，征收方对合作社的大门、围墙等设施强制破坏拆除。柯某提起行政诉讼，请求确认被告镇政府强制拆除设施行为违法。",
      .rejects(.enforcement)),
    // Negative: a demolition after a suit against a failure to demolish is the rectification.
    EventExample(
      .rectification,
      "2023年5月，某局将违法建筑全部拆除。某县检察院请求确认某局未依法拆除违法建筑的行为违法。",
      .makes("2023-05", .rectification)),
  ]
}
