import Testing

@testable import LegalExtract

/// Examples of round 16's administrative-penalty families: the notices of a step to come
/// (听证通知书, 行政处罚事先告知书, 行政复议答复通知书, 延期审理通知书) issued are steps of their own
/// (other), and the date a notice sets is no step's; a hearing asked for or put off (要求举行听证会,
/// 申请延期举办听证会) is a request (other), a right to ask for one (告知其有权要求听证) no step; a
/// written statement lodged (提交申辩书, 诉求书) is a step of its own; a decision delivered after it
/// was made on an earlier date is the delivery (other). Sentences are invented; the shapes are
/// those of B60 h60-09, B39 h39-10 and B37 h37-14, and are generated in
/// EventGrammarPropertyTests.administrativePenaltyProcedure.
extension CaseEventRuleTests {
  static let session16Examples: [EventExample] = [
    EventExample(
      .noticeOfStep, "2020年5月8日，某局向王某送达《听证通知书》。", .makesOnly(["2020-05-08 other"])),
    EventExample(
      .noticeOfStep, "2019年12月5日，某市证监局向王某作出了《行政处罚事先告知书》。",
      .makesOnly(["2019-12-05 other"])),
    EventExample(
      .noticeOfStep, "2021年8月19日，某部向王某作出并邮寄《行政复议延期审理通知书》。",
      .makesOnly(["2021-08-19 other"])),
    // Negative: the hearing the notice sets is not held on the notice's date nor on its own.
    EventExample(
      .noticedDate, "2020年5月11日，某局向王某作出《听证通知书》，通知其2020年5月26日上午9时召开听证会。",
      .makesOnly(["2020-05-11 other"])),
    EventExample(
      .noticedDate, "王某表示不同意该局工作人员口头告知的6月中旬举行听证会。", .rejects(.hearing)),
    EventExample(
      .hearingAskedOrPutOff, "2019年12月23日，王某签收上述文书后要求举行听证会。",
      .makesOnly(["2019-12-23 other"])),
    EventExample(
      .hearingAskedOrPutOff, "2020年5月14日，王某以身体原因向某局申请延期举办听证会。",
      .makesOnly(["2020-05-14 other"])),
    // Negative: a right to ask for a hearing is no step; a hearing held on application is one.
    EventExample(
      .rightOrNotice, "2019年12月5日，某局告知其有权要求举行听证。", .rejects(.hearing)),
    EventExample(
      .hearing, "2021年3月17日，某局依申请举行了听证会。", .makesOnly(["2021-03-17 hearing"])),
    EventExample(
      .rightOrNotice, "2021年2月27日，王某签收《听证参加人确认书》和《听证纪律》。", .rejects(.hearing)),
    EventExample(
      .statementLodged, "2020年10月30日，某镇政府再发《催告通知书》。尹某次日提交申辩书。",
      .makesOnly(["2020-10-30 recommendation", "2020-10-31 other"])),
    EventExample(
      .statementLodged, "2021年4月8日，王某向某局提交听证会申辩材料。", .makesOnly(["2021-04-08 other"])),
    EventExample(
      .applicationTitled, "2020年11月9日，王某向某局提交《关于延期举办案件听证会的申请》及相关证明材料。",
      .makesOnly(["2020-11-09 other"])),
    EventExample(
      .deliveredAgain, "2021年5月7日，某局作出行政处罚决定。2021年5月11日，某局向王某邮寄被诉处罚决定。",
      .makesOnly(["2021-05-07 decision", "2021-05-11 other"])),
    EventExample(
      .deliveredAgain,
      "2020年3月26日，某市规资局作出《行政复议决定书》，并于次日向张某邮寄。2020年4月15日，张某前往该局领取法律文书并签名收到复议决定书。",
      .makesOnly(["2020-03-26 reconsideration", "2020-03-27 other", "2020-04-15 other"])),
    // Negative: a decision made and delivered in one telling is the decision.
    EventExample(
      .decision,
      "2019年10月，某区规资局向其发出接受调查通知书。同年11月，某区规资局向其作出《限期拆除违法建筑决定书》并送达。",
      .makesOnly(["2019-10 investigation", "2019-11 decision"])),
    EventExample(
      .deliveredWithPaper, "某局于2020年3月26日作出处罚决定书，并按照张某认可的地址向其邮寄送达。",
      .makesOnly(["2020-03-26 decision"])),
    EventExample(
      .applicationTitled, "2020年6月1日，江某向某局提交《关于请求某局审慎考虑举行听证会的诉求书》及相关证据。",
      .makesOnly(["2020-06-01 other"])),
    EventExample(
      .applicationReceivedOfKind,
      "某部负责法制工作的机构于2021年6月25日收到王某的行政复议申请书，王某复议请求为：撤销某局作出的处罚决定。",
      .makesOnly(["2021-06-25 reconsideration"])),
    // Negative: what a request's colon opens is asked for.
    EventExample(
      .requestedStep, "2021年6月25日，王某向某区人民法院提起诉讼，诉讼请求为：撤销某局作出的处罚决定。",
      .rejects(.decision)),
    EventExample(
      .timeLimit,
      "2021年7月1日，某部向某局作出《行政复议答复通知书》，通知某局自收到申请书副本之日起10日内作出书面答复。",
      .rejects(.reply)),
    EventExample(
      .timeLimit,
      "2021年7月1日，某部作出《行政复议答复通知书》，通知某局自收到行政复议申请书副本之日起10日内提出书面意见。",
      .makesOnly(["2021-07-01 other"])),
    EventExample(
      .putOff, "2021年8月19日，某部作出并邮寄《行政复议延期审理通知书》，通知王某复议决定延期至2021年9月23日前作出。",
      .rejects(.reconsideration)),
    EventExample(
      .questioned, "8月2日，某区法院公开开庭审理此案，该案的行政处罚决定是否合法成为争议焦点。",
      .rejects(.decision)),
    // The investigation a court finds (另查明) is a step of the case, not an agency's history.
    EventExample(
      .investigation, "另查明，2018年12月10日，某局向王某送达《调查通知书》。",
      .makesOnly(["2018-12-10 investigation"])),
    EventExample(
      .custodyPaper, "2018年12月5日，执行法官随即宣读了拘留决定书，法警为强某戴上手铐。",
      .makesOnly(["2018-12-05 detention"])),
    // Negative: custody a court officer orders, told with no paper, stays the enforcement's.
    EventExample(
      .enforcementCustody, "2019年，执行法官欲将祝某拘留时，祝某的亲戚向法院提供担保。",
      .makes("2019", .enforcement)),
    EventExample(
      .replyPaper, "某区政府于2021年7月12日向某市政府作出《行政复议答复意见书》。",
      .makesOnly(["2021-07-12 reply"])),
  ]
}
