import Foundation
import Testing

@testable import LegalExtract

/// `SortedKeysEncoder` agrees with Foundation's JSONEncoder.
@Suite struct JSONOutputTests {
  static let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpus/articles").path

  @Test func compactOutputIsJSONEncodersByteForByte() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.articles).filter {
      $0.hasSuffix(".txt")
    }.sorted()
    #expect(names.count >= 10)
    for name in names {
      let text = try String(contentsOfFile: Self.articles + "/" + name, encoding: .utf8)
      let result = Extractor().extract(
        text, source: name, id: "x\"\\\n\t\u{1}",
        published: PublishedDate(value: "2024-01-02", inferred: true))
      #expect(try result.jsonData(pretty: false) == encoder.encode(result), "\(name)")
    }
  }

  @Test func prettyOutputParsesToTheSameValue() throws {
    let text = "2023年6月，湖北省麻城市人民法院依照《中华人民共和国刑法》第二百六十四条，以盗窃罪判处被告人张某有期徒刑三年，并处罚金人民币5万元。"
    let result = Extractor().extract(text, source: "a.txt")
    let pretty =
      try JSONSerialization.jsonObject(with: result.jsonData(pretty: true)) as? NSDictionary
    let compact =
      try JSONSerialization.jsonObject(with: result.jsonData(pretty: false)) as? NSDictionary
    #expect(pretty != nil && pretty == compact)
    #expect(try ExtractionResult.decode(json: result.jsonData(pretty: true)) == result)
  }

  @Test func escapesStrings() {
    var out = JSONOutput(pretty: false)
    out.string("a\"b\\c\nd\u{7}e/法")
    #expect(String(decoding: out.bytes, as: UTF8.self) == #""a\"b\\c\nd\u0007e/法""#)
  }

  /// Any Codable type, not only today's model: a field added to a model
  /// type is written without a second edit, as JSONEncoder would write it.
  private struct Probe: Codable {
    struct Inner: Codable { var zeta: [Int?]; var alpha: String }
    var b: UInt64 = .max
    var a: [Inner] = [Inner(zeta: [1, nil, -3], alpha: "é\u{0}/x")]
    var c: Double = 0.25
    var missing: String? = nil
    var flag = true
    var nested: [String: Int] = ["y": 2, "x": 1]
  }

  @Test func encodesAnyCodableTypeAsJSONEncoderDoes() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let ours = SortedKeysEncoder.encode(Probe(), pretty: false)
    #expect(ours == Array(try encoder.encode(Probe())))
    #expect(String(decoding: ours, as: UTF8.self).hasPrefix(#"{"a":[{"alpha":"#))
  }
}
