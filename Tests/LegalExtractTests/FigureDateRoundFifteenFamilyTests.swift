import PropertyBased
import Testing

@testable import LegalExtract

/// Round-fifteen figures families (blind fit batches): X年期 before the contract
/// it qualifies is that contract's term, a duration (h56-06 三年期固定期限劳动合同
/// ×2, h70-06 三年期固定期限劳动合同), while X年期 naming a rate or a product
/// (一年期贷款市场报价利率, 五年期国债) stays `figure.guard.term-adjective`; a
/// right's time limit counted from a day and followed by 向 + the body the act
/// is brought to is statutory (之日起十五日内向人民法院提起诉讼 h39-10, 可在接到
/// 决定书之日起15日内向法院提起诉讼 h70-10), while a judgment's order keeps its term.
@Suite struct FigureDateRoundFifteenFamilyTests {
  static func describe(_ sentence: String) -> [String] { FigureProbe.describe(sentence) }

  @Test(arguments: [
    ("双方签订了三年期固定期限劳动合同。", "三年期|duration|P3Y"),
    ("公司与王某订立自2018年3月26日起至2021年3月25日止的三年期固定期限劳动合同。", "三年期|duration|P3Y"),
    ("双方签订两年期租赁合同，约定月租金5000元。", "两年期|duration|P2Y"),
    ("原告与被告签订5年期服务协议。", "5年期|duration|P5Y"),
    ("双方签订了六个月期劳动合同。", "六个月期|duration|P6M"),
  ])
  func contractTermsAreDurations(sentence: String, expected: String) {
    let figures = Extractor().extract(sentence).figures.map(FigureProbe.describe)
    #expect(figures.contains(expected), "\(sentence): \(figures)")
  }

  /// Rates and products keep their term adjective: no duration.
  @Test(arguments: [
    "参照一年期贷款利率。", "按照同期全国银行间同业拆借中心公布的一年期贷款市场报价利率计算。",
    "利息按五年期以上贷款市场报价利率的四倍计算借款合同利息。", "他购买了三年期国债。",
    "按一年期存款基准利率的合同约定计息。", "以三年期定期存款利率计算。",
  ])
  func ratesAndProductsStayTermAdjectives(sentence: String) {
    #expect(
      !FigureProbe.figures(in: sentence).contains { $0.kind == .duration },
      "\(sentence): \(Self.describe(sentence))")
  }

  /// Generated: frame × numeral (Chinese, 两, Arabic) × unit × contract noun;
  /// the oracle is the numeral's value as an ISO term. A rate or product noun
  /// in the contract noun's place gives no duration.
  @Test func generatedContractTerms() async {
    let frames: [(String, String)] = [
      ("双方签订了", "。"), ("公司与张某订立", "，约定试用期为两个月。"), ("原告与被告于当日签订", "一份。"),
      ("李某入职后，双方签订", "。"),
    ]
    let contracts = ["固定期限劳动合同", "劳动合同", "租赁合同", "聘用合同", "服务协议", "承包合同", "劳务合同"]
    let products = ["贷款市场报价利率", "国债", "定期存款", "贷款利率", "存款基准利率"]
    let units: [(String, String)] = [("年期", "Y"), ("个月期", "M")]
    await propertyCheck(
      count: 160, input: Gen.int(in: 2...10), Gen.int(in: 0...(3 * frames.count - 1)),
      Gen.int(in: 0...(contracts.count + products.count - 1))
    ) { n, formFrame, k in
      let f = formFrame / 3
      let numeral: String
      switch formFrame % 3 {
      case 0: numeral = DateOffsetPropertyTests.chinese(n)
      case 1: numeral = n == 2 ? "两" : DateOffsetPropertyTests.chinese(n)
      default: numeral = String(n)
      }
      let (unit, code) = units[n % 2 == 0 ? 0 : 1]
      let isContract = k < contracts.count
      let noun = isContract ? contracts[k] : products[k - contracts.count]
      let term = numeral + unit
      let sentence = frames[f].0 + term + noun + frames[f].1
      let durations = Extractor().extract(sentence).figures.filter {
        $0.kind == .duration && $0.text.hasPrefix(numeral + unit.prefix(1))
      }
      if isContract {
        #expect(
          durations.count == 1 && durations.first?.text == term
            && durations.first?.value == .duration("P\(n)\(code)"),
          "\(sentence): \(Self.describe(sentence))")
      } else {
        #expect(durations.isEmpty, "\(sentence): \(Self.describe(sentence))")
      }
    }
  }

  // MARK: figure.guard.statutory-time-limit with 向 + a body before the act

  @Test(arguments: [
    "公民、法人或者其他组织不服行政复议决定的，可以在收到复议决定书之日起十五日内向人民法院提起诉讼。",
    "该决定书中告知，如不服复议决定，可在接到决定书之日起15日内向法院提起诉讼。",
    "当事人可以自收到决定书之日起六十日内向上一级机关申请行政复议。",
  ])
  func rightsTimeLimitsAreStatutory(sentence: String) {
    #expect(
      !FigureProbe.figures(in: sentence).contains { $0.kind == .duration },
      "\(sentence): \(Self.describe(sentence))")
  }

  /// Orders and facts keep their terms: a judgment's time to pay, a party's act.
  @Test(arguments: [
    ("判决被告于判决生效之日起十日内向原告支付工资2万元。", "十日|duration|P10D"),
    ("法院责令其自收到通知之日起十五日内向本院提出申请。", "十五日|duration|P15D"),
    ("张某于收到判决书之日起十五日内向中级法院提起上诉。", "十五日|duration|P15D"),
  ])
  func ordersKeepTheirTerms(sentence: String, expected: String) {
    #expect(Self.describe(sentence).contains(expected), "\(sentence): \(Self.describe(sentence))")
  }

  /// Generated: rule frame × numeral (Chinese or Arabic) × day unit × body ×
  /// act: never a duration. The same limit ordered by a judgment (判决…支付)
  /// is a duration whose value the numeral gives.
  @Test func generatedRightsTimeLimits() async {
    let frames = [
      "当事人不服的，可以在收到决定书之日起", "如不服本决定，可在接到决定书之日起",
      "依照法律规定，当事人应当自知道该行政行为之日起",
    ]
    let bodies = ["人民法院", "法院", "本院", "上一级人民法院", "复议机关", "仲裁委员会"]
    let acts = ["提起诉讼", "提起上诉", "申请复议", "申请仲裁", "提出申诉"]
    await propertyCheck(
      count: 160, input: Gen.int(in: 2...90), Gen.int(in: 0...(2 * frames.count - 1)),
      Gen.int(in: 0...(bodies.count * acts.count - 1))
    ) { days, formFrame, ba in
      let numeral = formFrame % 2 == 0 ? DateOffsetPropertyTests.chinese(days) : String(days)
      let frame = frames[formFrame / 2]
      let tail = "内向" + bodies[ba % bodies.count] + acts[ba / bodies.count] + "。"
      let rule = frame + numeral + "日" + tail
      #expect(
        !FigureProbe.figures(in: rule).contains { $0.kind == .duration },
        "\(rule): \(Self.describe(rule))")
      let order = "判决被告于判决生效之日起" + numeral + "日内向原告支付货款。"
      #expect(
        FigureProbe.figures(in: order).contains {
          $0.kind == .duration && $0.text == numeral + "日" && $0.value == .duration("P\(days)D")
        }, "\(order): \(Self.describe(order))")
    }
  }
}
