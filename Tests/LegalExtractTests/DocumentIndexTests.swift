import Testing

@testable import LegalExtract

/// The per-document indexes that keep long documents linear answer as the
/// whole-document scans they replace.
@Suite struct DocumentIndexTests {
  @Test func spanIndexAgreesWithFiltering() {
    var generator = SeededGenerator(seed: 3)
    for _ in 0..<30 {
      let spans = (0..<40).map { _ -> TextSpan in
        let s = Int(generator.next() % 200)
        return TextSpan(s, s + Int(generator.next() % 20))
      }
      let index = SpanIndex(spans)
      for start in stride(from: 0, to: 220, by: 7) {
        let span = TextSpan(start, start + Int(generator.next() % 60))
        #expect(index.positions(inside: span) == spans.indices.filter { span.contains(spans[$0]) })
        #expect(
          index.positions(around: start)
            == spans.indices.filter { spans[$0].start < start && start < spans[$0].end })
      }
    }
  }

  @Test func scalarOccurrencesFindEveryPlace() {
    var generator = SeededGenerator(seed: 5)
    let alphabet = Array("王某海李张强，在的公司富春".unicodeScalars)
    let text = (0..<3000).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
    let index = ScalarOccurrences(text)
    for name in ["王某海", "某海", "富春公司", "海，", "张强张强张"] {
      let literal = Array(name.unicodeScalars)
      let places = (0...(text.count - literal.count)).filter { text.hasLiteral(literal, at: $0) }
      var found: [Int] = []
      _ = index.contains(literal) {
        found.append($0); return false
      }
      #expect(found.sorted() == places, "\(name)")
      if let first = places.first {
        #expect(index.contains(literal) { $0 != first } == (places.count > 1))
      }
    }
  }

  @Test func closedNamesMatchAScan() {
    let text = Array("王某海，男。王某海在庭上。李某强犯盗窃罪。李某强醉酒".unicodeScalars)
    let closes: (Unicode.Scalar) -> Bool = { "，。在犯".unicodeScalars.contains($0) }
    let index = ClosedNameIndex(text, closes: closes)
    func scan(_ name: String, _ offset: Int) -> Bool {
      let n = Array(name.unicodeScalars)
      return (0..<text.count).contains { at in
        at != offset && at + 3 < text.count && text.hasLiteral(n, at: at) && closes(text[at + 3])
      }
    }
    for (name, offset) in [
      ("王某海", 0), ("王某海", 6), ("李某强", 13), ("李某强", 22), ("张某明", 0), ("某海，", 1),
    ] {
      #expect(
        index.isClosed(Array(name.unicodeScalars), elsewhereThan: offset) == scan(name, offset),
        "\(name) at \(offset)")
    }
  }

  @Test func companyNamesExpandAsTheFullComparison() {
    let names = ["杭州富春建设有限公司", "富春江建材有限公司", "上海隆茂建筑装潢有限公司", "杭州富春建设有限公司", "A化工集团有限公司", "富春公司"]
    let index = CompanyNameIndex(names)
    for short in ["富春公司", "隆茂公司", "A公司", "建设公司", "无名公司", "富春", "公司"] {
      let expected = names.filter { CasePartyFinder.isAbbreviation(short, of: $0) }
        .max { $0.unicodeScalars.count < $1.unicodeScalars.count }
      #expect(index.longestExpansion(of: short) == expected, "\(short)")
    }
  }
}
