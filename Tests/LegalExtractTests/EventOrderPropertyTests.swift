import PropertyBased
import Testing

@testable import LegalExtract

/// Property test (issue 19): for random timelines told out of order, with
/// steps repeated, the case's events come out one per (date, kind), in date
/// order, equal dates in the order they are first told.
@Suite struct EventOrderPropertyTests {
  /// Step sentences after a date, with the kind each makes.
  static let steps: [(clause: String, kind: CaseEventKind)] = [
    ("，某区人民检察院立案审查。", .filing),
    ("，某区人民检察院向某局发出检察建议。", .recommendation),
    ("，某局书面回复称已完成整改。", .reply),
    ("，某区人民法院公开开庭审理此案。", .hearing),
    ("，某区人民法院作出一审判决。", .judgment),
    ("，被告人张某被公安机关抓获。", .detention),
    ("，双方达成调解协议。", .settlement),
    ("，张某向某仲裁委员会申请仲裁。", .arbitration),
  ]

  @Test func eventsAreDateOrderedOnePerStep() async {
    await propertyCheck(
      count: 200,
      input: Gen.int(in: 0...(12 * 28 * Self.steps.count - 1)).array(of: 1...8)
    ) { picks in
      var text = ""
      var told: [(date: String, kind: CaseEventKind)] = []
      for p in picks {
        let step = Self.steps[p % Self.steps.count]
        let month = 1 + (p / Self.steps.count) % 12
        let day = 1 + (p / (Self.steps.count * 12)) % 28
        text += "2023年\(month)月\(day)日" + step.clause
        let iso = "2023-" + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
        told.append((iso, step.kind))
      }
      let events = EventExample.findings(text).compactMap(\.event)
      // One per (date, kind), first-told order kept among equal dates.
      var seen = Set<String>()
      let distinct = told.filter { seen.insert($0.date + $0.kind.rawValue).inserted }
      let expected = distinct.enumerated().sorted { a, b in
        a.element.date != b.element.date ? a.element.date < b.element.date : a.offset < b.offset
      }.map(\.element)
      #expect(events.map(\.date) == expected.map(\.date), "\(text)")
      #expect(events.map(\.kind) == expected.map(\.kind), "\(text)")
    }
  }
}
