import Foundation
import Testing

/// Everything `extract` writes validates against docs/legal-extract-1.schema.json
/// (checked by JSONSchemaValidator, a validator for the subset of draft
/// 2020-12 that the schema uses), and the check can fail.
@Suite struct SchemaTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  let validator: JSONSchemaValidator

  init() throws {
    let schema = try Data(
      contentsOf: Self.root.appendingPathComponent("docs/legal-extract-1.schema.json"))
    validator = JSONSchemaValidator(root: try JSONValue.parse(schema))
  }

  func lines(_ output: String) throws -> [JSONValue] {
    try output.split(separator: "\n").map { try JSONValue.parse(Data($0.utf8)) }
  }

  @Test func everyCorpusDocumentValidates() throws {
    let corpus = Self.root.appendingPathComponent("Corpus/articles")
    let r = try CLIRunner.run(["--no-progress", corpus.path])
    #expect(r.status == 0, "\(r.stderr)")
    let documents = try lines(r.stdout)
    let articles = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter {
      $0.hasSuffix(".txt")
    }
    #expect(documents.count == articles.count && documents.count >= 50)
    for document in documents {
      let errors = validator.errors(in: document)
      #expect(errors.isEmpty, "\(errors.prefix(5))")
    }
    // One file as one indented document, the same shape.
    let one = try CLIRunner.run([corpus.appendingPathComponent(articles.sorted()[0]).path])
    #expect(validator.errors(in: try JSONValue.parse(Data(one.stdout.utf8))).isEmpty)
  }

  @Test func everyErrorRecordKindValidates() throws {
    let folder = try CLIRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
      let url = folder.appendingPathComponent(name)
      try Data(bytes).write(to: url)
      return url.path
    }
    let good = try file("good.txt", Array("2023年6月，麻城市人民法院判决。".utf8))
    let latin1 = try file("latin1.txt", Array("法院".utf8) + [0xE9, 0x41])
    let binary = try file("image.bin", [0x50, 0x4E, 0x47, 0x00, 0x1A])
    let big = try file("big.txt", Array(String(repeating: "法院判决。", count: 40).utf8))
    let empty = folder.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let files = try CLIRunner.run([
      "--format", "jsonl", "--max-bytes", "300", "/no/such/article.txt", "/proc/self/mem", latin1,
      binary, big, empty.path, good,
    ])
    #expect(files.status == 1)
    let jsonl = """
      {"id": "a1", "text": "2023年6月，麻城市人民法院判决。"}
      not json
      {"id": 7}
      {"id": "long", "text": "\(String(repeating: "判决", count: 200))"}
      {"id": 8, "text": "同年9月"}
      {"id": 9, "text": "法院\\u0000判决"}
      {"id": 10, "text": "同年9月", "published": "2024-02-30"}
      """
    let lines = try CLIRunner.run(
      ["--input", "jsonl", "--max-bytes", "300"], stdin: Data(jsonl.utf8))
    #expect(lines.status == 1)
    let records = try self.lines(files.stdout) + self.lines(lines.stdout)
    var reasons: [String] = []
    for record in records {
      if case .object(let fields) = record, case .string(let reason)? = fields["error"] {
        reasons.append(reason)
      }
      let errors = validator.errors(in: record)
      #expect(errors.isEmpty, "\(record): \(errors.prefix(5))")
    }
    // Missing, unreadable, not UTF-8, binary, too large, empty folder; not JSON,
    // no text, too long a line, NUL in the text, a bad published date.
    #expect(reasons.count == 11, "\(reasons)")
    #expect(records.count == 14)
    for kind in [
      "no such file", "not valid UTF-8", "binary content", "too large", "no .txt files",
      "not a JSON object", "has no \"text\"",
      "line 4 is too large", "line 6 \"text\": binary content", "\"published\" must be",
    ] {
      #expect(reasons.contains { $0.contains(kind) }, "an error record for: \(kind)")
    }
  }

  @Test func theValidatorRejectsWhatTheContractForbids() throws {
    let good =
      #"{"schema":"legal-extract/1","dates":[{"text":"同年9月","span":[3,7],"value":"2019-09","granularity":"month","relative":true}],"organizations":[],"statutes":[],"figures":[{"text":"三年","span":[0,2],"kind":"duration","value":"P3Y"}],"dockets":[],"penalties":[],"cases":[]}"#
    #expect(validator.errors(in: try JSONValue.parse(Data(good.utf8))).isEmpty)
    let broken = [
      good.replacingOccurrences(of: #""penalties":[],"#, with: ""),
      good.replacingOccurrences(of: #""cases":[]"#, with: #""cases":[],"extra":1"#),
      good.replacingOccurrences(of: #""month""#, with: #""week""#),
      good.replacingOccurrences(of: "[3,7]", with: "[3,7,9]"),
      good.replacingOccurrences(of: #""2019-09""#, with: #""Sept 2019""#),
      good.replacingOccurrences(of: #""P3Y""#, with: #""three years""#),
      good.replacingOccurrences(of: #""relative":true"#, with: #""relative":1"#),
      good.replacingOccurrences(of: #""legal-extract/1""#, with: #""legal-extract/2""#),
      #"{"source":"x.txt"}"#,
      #"{"source":"x.txt","error":"no such file","id":true}"#,
      #"{"source":"x.txt","error":"no such file","line":0}"#,
    ]
    for text in broken {
      #expect(!validator.errors(in: try JSONValue.parse(Data(text.utf8))).isEmpty, "\(text)")
    }
    let unknown = JSONSchemaValidator(
      root: try JSONValue.parse(Data(#"{"type":"object","maxProperties":1}"#.utf8)))
    #expect(unknown.errors(in: .object([:])).contains { $0.contains("unsupported schema keyword") })
  }
}
