import PropertyBased
import Testing

@testable import LegalExtract

/// Round 17 (issue 19): demands and answers, generated from their parts. A labour inspection's
/// order to correct (限期改正指令书 in its names, served or issued, in a title or bare); an
/// agency's answer to a petition or a disclosure request (信访回复, 《政府信息公开申请答复书》) and
/// the reconsideration against it; a procuratorate's 检察建议 and the agency's replies, told as
/// letters titled as replies (作出《某局关于回复…的函》), one date or a list of dates; a hearing and
/// the judgment of a sentence opened by 经过…小时…后 (in the hearing's paragraph or the next). Each
/// step is told with a full date or one resolved from the date before. The events are exactly those
/// steps: the order a recommendation, the answer a decision, each letter a reply, the judgment on
/// the hearing's day.
extension EventGrammarPropertyTests {
  static let demandBodies = ["某市人力资源和社会保障局", "某区劳动保障监察大队", "某县人社局"]
  static let orderPapers = [
    "劳动保障监察限期改正指令书", "《劳动保障监察限期改正指令书》", "期限改正指令书", "限期改正指令书",
    "《劳动保障监察期限改正指令书》", "整改指令书",
  ]
  static let orderVerbs = ["下达", "送达", "下达了", "发出", "送达了"]
  static let answerers = ["某林业局", "某区司法局", "某县自然资源局"]
  static let answers = ["信访回复", "《政府信息公开申请答复书》", "信访答复意见", "《信息公开申请答复书》"]
  static let replyLetters = [
    "《某局关于回复履行监督职责的函》", "《关于某检察建议的回复函》", "《某局关于整改情况的复函》",
    "《关于报送检察建议答复意见的函》",
  ]
  static let hourSpans = ["近1个小时的法庭调查、法庭辩论等程序", "两个多小时的庭审", "40分钟的法庭调查", "一个多小时的审理"]

  @Test func demandsAndAnswers() async {
    await propertyCheck(count: 400, input: Gen.int(in: 0...Int(Int32.max))) { pick in
      var digits = MixedRadixPick(pick)
      let y = 2016 + digits.take(8)
      var m = 1 + digits.take(2)
      var d = 1 + digits.take(9)
      var text = ""
      var expected: [String] = []
      // The next date after the one told before: full, 月日, 同年月日 (a month on) or 次日.
      func next() -> String {
        switch digits.take(4) {
        case 0:
          d += 1
          return "次日"
        case 1:
          m += 1
          d = 1 + digits.take(18)
          return "\(m)月\(d)日"
        case 2:
          m += 1
          d = 1 + digits.take(18)
          return "同年\(m)月\(d)日"
        default:
          m += 1
          d = 1 + digits.take(18)
          return "\(y)年\(m)月\(d)日"
        }
      }
      func told(_ date: String, _ clause: String, _ kind: String) {
        text += date + "，" + clause + "。"
        expected.append(Self.iso(y, m, d) + " " + kind)
      }
      text += "\(y)年\(m)月\(d)日，"
      switch digits.take(3) {
      case 0:
        // A labour inspection's order to correct.
        let body = Self.demandBodies[digits.take(Self.demandBodies.count)]
        text +=
          "\(body)向某公司" + Self.orderVerbs[digits.take(Self.orderVerbs.count)]
          + Self.orderPapers[digits.take(Self.orderPapers.count)] + "。"
        expected.append(Self.iso(y, m, d) + " recommendation")
        told(next(), "某公司将拖欠的工资全部支付到位", "rectification")
      case 1:
        // An answer to a petition or a disclosure request, then the reconsideration against it.
        let agency = Self.answerers[digits.take(Self.answerers.count)]
        text += "\(agency)作出" + Self.answers[digits.take(Self.answers.count)] + "。"
        expected.append(Self.iso(y, m, d) + " decision")
        m += 1
        d = 1 + digits.take(18)
        text += "\(m)月\(d)日，王某向某县人民政府申请行政复议。"
        expected.append(Self.iso(y, m, d) + " reconsideration")
      default:
        // A recommendation and the agency's replies, one date or a list.
        text += "某县人民检察院向某局发出检察建议。"
        expected.append(Self.iso(y, m, d) + " recommendation")
        let letter = Self.replyLetters[digits.take(Self.replyLetters.count)]
        if digits.take(2) == 0 {
          told(next(), "某局向某县人民检察院作出" + letter, "reply")
        } else {
          m += 1
          let d1 = 1 + digits.take(9)
          let d2 = d1 + 1 + digits.take(9)
          text += "某局分别于\(y)年\(m)月\(d1)日、\(y)年\(m)月\(d2)日向某县人民检察院作出" + letter + "。"
          expected += [Self.iso(y, m, d1) + " reply", Self.iso(y, m, d2) + " reply"]
          d = d2
        }
      }
      // A hearing, and the judgment after hours of it, in its paragraph or the next.
      m += 1
      d = 1 + digits.take(18)
      text += "\(y)年\(m)月\(d)日，某县人民法院公开开庭审理此案。"
      expected.append(Self.iso(y, m, d) + " hearing")
      if digits.take(2) == 0 { text += "\n被告人张某到庭参加诉讼。" }
      text += "经过" + Self.hourSpans[digits.take(Self.hourSpans.count)] + "后，法庭依法判处被告人张某有期徒刑一年。"
      expected.append(Self.iso(y, m, d) + " judgment")
      #expect(Self.events(text) == expected, "\(text)")
    }
  }
}
