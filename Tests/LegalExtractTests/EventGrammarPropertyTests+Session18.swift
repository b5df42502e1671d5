import PropertyBased
import Testing

@testable import LegalExtract

/// Round 18 (issue 19): steps told with their ordinal, court coercion and in-person leads,
/// generated from their parts. A sitting or a ruling told with 第N次 right after its date (a full
/// date, a month and day, or a year and month; 于 before it or a comma after a clause); a debtor
/// brought to court by 拘传, whoever is named doing it; a party coming
/// to the procuratorate or the labour inspection, with or without a request after it, and an
/// official's visit that is the investigation. Each text is one ANNOTATION.md would annotate with
/// exactly those events.
extension EventGrammarPropertyTests {
  static let ordinals = ["第二次", "第三次", "第四次"]
  static let ordinalSteps: [(String, CaseEventKind)] = [
    ("开庭", .hearing), ("开庭审理此案", .hearing), ("公开开庭审理本案", .hearing), ("开庭审理", .hearing),
  ]
  static let coercers = ["执行干警马某", "马某", "执行法官", "承办法官李某", "该院"]
  static let coercions = ["将陈某拘传到院", "将被执行人陈某拘传至法院", "依法将陈某拘传到法院", "当场将陈某拘传到院"]
  static let visitors = ["程某等人", "工人代表刘某", "农民工张某等5人", "李某"]
  static let visitedBodies: [(String, Bool)] = [
    ("某县人民检察院", true), ("某市检察院", true), ("某市劳动保障监察大队", false), ("某区人社局", false),
    ("某县劳动保障监察局", false),
  ]
  static let visitTails = ["", "，请求检察机关支持他们起诉", "，请求检察机关支持起诉，追回工资欠款", "，申请监督"]
  static let officials = ["承办检察官", "办案检察官", "检察院工作人员"]

  static let demolished = ["部分房屋", "养殖场围墙", "厂房", "门面房"]
  static let demolitionTold = ["被拆除", "被强制拆除", "被某镇政府强制拆除"]
  static let demolishers = ["某区政府", "某镇政府、某街道办事处", "被告"]
  static let challengeEnds = ["的行为违法", "行为违法", "的行政行为违法"]
  static let failures = ["未依法", "不履行职责、未", "怠于"]

  @Test func ordinalStepsAndInPersonLeads() async {
    await propertyCheck(count: 400, input: Gen.int(in: 0...Int(Int32.max))) { pick in
      var digits = MixedRadixPick(pick)
      let y = 2016 + digits.take(8)
      let m = 1 + digits.take(9)
      let d = 1 + digits.take(18)
      var text = "\(y)年\(m)月\(d)日，某县人民法院受理原告李某诉某公司劳动争议一案。"
      var expected = [Self.iso(y, m, d) + " filing"]
      switch digits.take(4) {
      case 0:
        // A sitting told with its ordinal after the date.
        let m2 = m + 1 + digits.take(3)
        let d2 = 1 + digits.take(20)
        let (step, kind) = Self.ordinalSteps[digits.take(Self.ordinalSteps.count)]
        let ordinal = Self.ordinals[digits.take(Self.ordinals.count)]
        switch digits.take(3) {
        case 0:
          text += "本院依职权通知某公司参加诉讼，并于\(y)年\(m2)月\(d2)日" + ordinal + step + "。"
          expected.append(Self.iso(y, m2, d2) + " " + kind.rawValue)
        case 1:
          text += "\(m2)月\(d2)日" + ordinal + step + "时，原告委托代理人到庭。"
          expected.append(Self.iso(y, m2, d2) + " " + kind.rawValue)
        default:
          text += "某县人民法院于\(y)年\(m2)月" + ordinal + step + "。"
          expected.append(Self.iso(y, m2) + " " + kind.rawValue)
        }
      case 1:
        // A debtor brought to court, or a house cleared, by the enforcement.
        // After an application dated early in the month (月初): another step on a later day, the
        // same step (dated by the day) on a day in the month's first ten.
        let m2 = m + 1 + digits.take(3)
        let d2 = 1 + digits.take(28)
        let applied = digits.take(2) == 0
        if applied {
          text += "李某于\(y)年\(m2)月初向法院申请强制执行。\n"
          if d2 > 10 { expected.append(Self.iso(y, m2) + " enforcement") }
        }
        text +=
          (applied ? "\(m2)月\(d2)日，" : "\(y)年\(m2)月\(d2)日，")
          + Self.coercers[digits.take(Self.coercers.count)]
          + Self.coercions[digits.take(Self.coercions.count)] + "。"
        expected.append(Self.iso(y, m2, d2) + " enforcement")
      case 2:
        // A demolition: the act a suit challenges, or the rectification after a suit against a
        // failure to demolish.
        let m2 = m + 1 + digits.take(3)
        let d2 = 1 + digits.take(20)
        let thing = Self.demolished[digits.take(Self.demolished.count)]
        if digits.take(2) == 0 {
          text +=
            "\(y)年\(m2)月\(d2)日，王某的" + thing
            + Self.demolitionTold[digits.take(Self.demolitionTold.count)]
            + "。王某不服，请求法院确认" + Self.demolishers[digits.take(Self.demolishers.count)] + "强制拆除其"
            + thing
            + Self.challengeEnds[digits.take(Self.challengeEnds.count)] + "。"
        } else {
          text +=
            "\(y)年\(m2)月\(d2)日，某局将违法建筑全部拆除。某县人民检察院请求确认某局"
            + Self.failures[digits.take(Self.failures.count)] + "拆除违法建筑的行为违法。"
          expected.append(Self.iso(y, m2, d2) + " rectification")
        }
      default:
        // A party's visit to a body, or an official's.
        let m2 = m + 1 + digits.take(3)
        let (body, procuratorate) = Self.visitedBodies[digits.take(Self.visitedBodies.count)]
        if digits.take(4) == 0 {
          text +=
            "\(y)年\(m2)月，" + Self.officials[digits.take(Self.officials.count)] + "来到" + body
            + "调取证据。"
          expected.append(Self.iso(y, m2) + " investigation")
        } else {
          let tail = procuratorate ? Self.visitTails[digits.take(Self.visitTails.count)] : ""
          text +=
            "\(y)年\(m2)月，" + Self.visitors[digits.take(Self.visitors.count)] + "来到" + body + tail
            + "。"
          expected.append(Self.iso(y, m2) + " clue")
        }
      }
      #expect(Self.events(text) == expected, "\(text)")
    }
  }
}
