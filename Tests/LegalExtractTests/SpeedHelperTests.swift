import ChineseText
import PropertyBased
import Testing

@testable import LegalExtract

/// The speed helpers answer exactly what the slower forms they replace
/// answered (the output must not change when a rule moves to them).
@Suite struct SpeedHelperTests {
  static let words = ["支付", "赔偿", "继续履行", "向原告", "于", "曾", "𠮷野"]
  static let alphabet = Array("支付赔偿继续履行向原告于曾𠮷野家，。 a1".unicodeScalars)

  @Test func literalListFindsWhatStringComparisonsFind() async {
    let list = LiteralList(Self.words)
    await propertyCheck(
      count: 300, input: Gen.int(in: 0...(Self.alphabet.count - 1)).array(of: 0...24)
    ) { picks in
      let text = picks.map { Self.alphabet[$0] }
      for offset in -1...(text.count + 1) {
        let slow = Self.words.firstIndex { text.hasLiteral($0, at: offset) }
        #expect(list.firstIndex(in: text, at: offset) == slow, "\(text) at \(offset)")
        #expect(list.contains(in: text, at: offset) == (slow != nil))
      }
    }
  }

  @Test func literalListKeepsTableOrderAndRejectsEmptyText() {
    let list = LiteralList(["继续", "继续履行"])
    let text = Array("继续履行合同".unicodeScalars)
    #expect(list.firstIndex(in: text, at: 0) == 0, "the first listed word wins, as first(where:)")
    #expect(list.firstIndex(in: [], at: 0) == nil)
    #expect(!LiteralList([""]).contains(in: text, at: 0), "an empty word never matches")
  }

  @Test func dateOrderSplitsOnceButOrdersAsBefore() {
    func finding(_ date: String?) -> CaseEventFinder.Finding {
      CaseEventFinder.Finding(
        rule: .background, span: TextSpan(0, 1),
        event: CaseEvent(date: date, kind: .filing, text: date ?? "-"))
    }
    let dates: [String?] = [
      "2023-05", "2023-04-02", nil, "2023-05-01", "2022", "2023-04-02", "2021-XX",
    ]
    let ordered = CaseEventFinder.dateOrdered(dates.map(finding))
    // The reference: the same insertion with `earlier` comparing the strings.
    var expected: [String?] = []
    for d in dates {
      var floor = expected.count
      while floor > 0, !CaseEventFinder.earlier(expected[floor - 1], than: d) { floor -= 1 }
      let at =
        expected[floor...].firstIndex { CaseEventFinder.earlier(d, than: $0) } ?? expected.count
      expected.insert(d, at: at)
    }
    #expect(ordered.map { $0.event?.date } == expected)
  }
}
