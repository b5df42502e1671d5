import Foundation
import Testing

@testable import LegalExtract

@Suite struct ModelEncodingTests {
  @Test func emptyResultHasEveryKey() throws {
    let json =
      try JSONSerialization.jsonObject(with: ExtractionResult().jsonData()) as? [String: Any]
    for key in ["schema", "dates", "organizations", "statutes", "figures", "dockets", "cases"] {
      #expect(json?[key] != nil, "missing \(key)")
    }
    #expect(json?["schema"] as? String == "legal-extract/1")
  }

  @Test func spansEncodeAsPairs() throws {
    let date = DateMention(text: "近日", span: TextSpan(3, 5), value: nil, granularity: .vague)
    let data = try JSONEncoder().encode(date)
    let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    #expect(object?["span"] as? [Int] == [3, 5])
    #expect(object?.keys.contains("value") == true, "vague dates keep value: null")
    #expect(object?["value"] is NSNull)
  }

  @Test func wholeFigureValuesPrintWithoutFraction() throws {
    let data = try JSONEncoder().encode(FigureValue.number(31))
    #expect(String(decoding: data, as: UTF8.self) == "31")
    #expect(
      String(decoding: try JSONEncoder().encode(FigureValue.number(0.5)), as: UTF8.self) == "0.5")
  }

  @Test func roundTrips() throws {
    var r = ExtractionResult(source: "a.txt")
    r.statutes = [
      StatuteMention(
        text: "《刑法》第二百六十四条", span: TextSpan(0, 11), law: "中华人民共和国刑法",
        kind: .law, provisions: [Provision(article: 264)])
    ]
    r.figures = [
      FigureMention(text: "三年", span: TextSpan(20, 22), kind: .duration, value: .duration("P3Y"))
    ]
    let back = try ExtractionResult.decode(json: r.jsonData())
    #expect(back == r)
  }

  @Test func keysAreSorted() throws {
    let text = String(
      decoding: ExtractionResult(source: "x").jsonData(pretty: false), as: UTF8.self)
    #expect(text.hasPrefix("{\"cases\":[],\"dates\":[]"))
  }

  @Test(arguments: ["2024-12-30", "2024-02", "2024", "2024-02-29"])
  func acceptsCallerDates(value: String) { #expect(PublishedDate(callerValue: value) != nil) }

  @Test(arguments: ["2023-02-29", "24-12-30", "2024-13", "2024-1-5", "yesterday", ""])
  func rejectsBadCallerDates(value: String) { #expect(PublishedDate(callerValue: value) == nil) }
}
