import PropertyBased
import Testing

@testable import LegalExtract

/// Round 16 (issue 19): the procedure of an administrative penalty, generated from its parts. After
/// the agency's 立案调查, in date order: the notices of a step to come (事先告知书, 听证告知书,
/// 听证通知书 served, made or mailed; maybe with the hearing date they set and the right they tell),
/// the party's request for a hearing or its postponement, its written statement, the hearing held,
/// the decision, and the decision mailed or served on a later day. Each is told with a full date or
/// a date resolved from the one before (X月X日, 同年X月X日, 次日). The events are exactly: the filing,
/// one `other` per notice, request, statement and later delivery, the hearing, the decision; no
/// hearing on a notice's or a request's date, none on the date a notice sets.
extension EventGrammarPropertyTests {
  static let penaltyAgency = ["某市生态环境局", "某区市场监督管理局", "某省证监局", "某县自然资源局"]
  static let penaltyParty = ["某公司", "王某某", "某化工有限公司", "江某"]
  static let noticePapers = ["《行政处罚事先告知书》", "《听证告知书》", "《听证通知书》", "行政处罚事先告知书"]
  static let noticeVerbs = ["送达", "作出", "发出", "邮寄", "作出了"]
  static let hearingAsks = ["要求举行听证会", "申请听证", "申请延期举办听证会", "要求听证", "申请延期举行听证"]
  static let statements = [
    "申辩书", "陈述申辩材料", "诉求书", "听证会申辩材料", "书面申辩意见", "《关于请求审慎考虑举行听证会的诉求书》",
    "《关于某案听证会申辩材料》", "《关于延期举办案件听证会的申请》",
  ]
  static let deliveries = ["邮寄行政处罚决定书", "送达行政处罚决定书", "邮寄被诉处罚决定"]

  enum PenaltyForm: Int, CaseIterable { case full, monthDay, sameYear, nextDay }

  @Test func administrativePenaltyProcedure() async {
    await propertyCheck(count: 400, input: Gen.int(in: 0...Int(Int32.max))) { pick in
      var digits = MixedRadixPick(pick)
      let agency = Self.penaltyAgency[digits.take(Self.penaltyAgency.count)]
      let party = Self.penaltyParty[digits.take(Self.penaltyParty.count)]
      let y = 2018 + digits.take(6)
      // Months stay within the year: at most nine steps after the filing, each a month on.
      var m = 1
      var d = 1 + digits.take(9)
      var text = "\(y)年\(m)月\(d)日，\(agency)对\(party)立案调查。"
      var expected = [Self.iso(y, m, d) + " filing"]
      // A date a notice sets (召开听证会, 延期至…前) is told last in its sentence: the step after it
      // is told with a full date (a 次日 there would count from the date set).
      var fullNext = false
      // The next date, in a form resolved from the date told before.
      func next() -> String {
        var form = PenaltyForm.allCases[digits.take(PenaltyForm.allCases.count)]
        if fullNext {
          form = .full
          fullNext = false
        }
        if form == .nextDay {
          d += 1
          return "次日"
        }
        m += 1
        d = 1 + digits.take(18)
        switch form {
        case .full: return "\(y)年\(m)月\(d)日"
        case .monthDay: return "\(m)月\(d)日"
        default: return "同年\(m)月\(d)日"
        }
      }
      func told(_ date: String, _ clause: String, _ kind: String) {
        text += date + "，" + clause + "。"
        let made = Self.iso(y, m, d) + " " + kind
        if !expected.contains(made) { expected.append(made) }
      }
      // The notice, maybe with the right it tells or the hearing date it sets (a month on).
      let noticeDate = next()
      var clause =
        "\(agency)向\(party)\(Self.noticeVerbs[digits.take(Self.noticeVerbs.count)])"
        + Self.noticePapers[digits.take(Self.noticePapers.count)]
      switch digits.take(4) {
      case 0: clause += "，告知其有权要求举行听证"
      case 1:
        clause += "，通知其\(y)年\(m + 1)月\(1 + digits.take(20))日上午9时召开听证会"
        fullNext = true
      case 2: clause += "，通知其自收到本通知之日起5日内作出书面答复"
      default: break
      }
      told(noticeDate, clause, "other")
      if digits.take(2) == 0 {
        told(
          next(), "\(party)向\(agency)" + Self.hearingAsks[digits.take(Self.hearingAsks.count)],
          "other")
      }
      if digits.take(2) == 0 {
        told(
          next(), "\(party)向\(agency)提交" + Self.statements[digits.take(Self.statements.count)],
          "other")
      }
      if digits.take(2) == 0 { told(next(), "\(agency)举行听证会", "hearing") }
      told(next(), "\(agency)对\(party)作出行政处罚决定", "decision")
      if digits.take(2) == 0 {
        told(
          next(), "\(agency)向\(party)" + Self.deliveries[digits.take(Self.deliveries.count)],
          "other")
      }
      // The reconsideration: applied for, put off by a notice, decided.
      if digits.take(2) == 0 {
        let reviewer = "某市人民政府"
        told(next(), "\(party)向\(reviewer)申请行政复议", "reconsideration")
        if digits.take(2) == 0 {
          let date = next()
          told(
            date, "\(reviewer)作出《行政复议延期审理通知书》，通知其复议决定延期至\(y)年\(m + 2)月\(d)日前作出",
            "other")
          fullNext = true
        }
        told(next(), "\(reviewer)作出行政复议决定", "reconsideration")
      }
      #expect(Self.events(text) == expected, "\(text)")
    }
  }
}
