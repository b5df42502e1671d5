import Foundation
import Testing

/// JSON Lines input: per-line dates, ids as given, errors that keep the id
/// and say where, blank lines.
@Suite struct JSONLinesTests {
  func run(_ input: String, _ arguments: [String] = []) throws -> (
    status: Int32, records: [[String: Any]], stdout: String
  ) {
    let r = try CLIRunner.run(["--input", "jsonl"] + arguments, stdin: Data(input.utf8))
    let records = try r.stdout.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
    return (r.status, records, r.stdout)
  }

  @Test func eachLineMayCarryItsPublicationDate() throws {
    let input = """
      {"id": "a", "text": "今年6月，法院判决。", "published": "2021-12-30"}
      {"id": "b", "text": "今年6月，法院判决。", "published": "2019"}
      {"id": "c", "text": "今年6月，法院判决。"}
      {"id": "d", "text": "今年6月，法院判决。", "published": "2021-13"}
      """
    let r = try run(input, ["--published", "2015-03"])
    #expect(r.status == 1, "the bad date fails its line")
    func firstDate(_ i: Int) -> String? {
      ((r.records[i]["dates"] as? [[String: Any]])?.first)?["value"] as? String
    }
    #expect(firstDate(0) == "2021-06")
    #expect(firstDate(1) == "2019-06")
    #expect(firstDate(2) == "2015-06", "lines without one use --published")
    #expect((r.records[1]["published"] as? [String: Any])?["value"] as? String == "2019")
    #expect(
      (r.records[3]["error"] as? String)?.contains(
        "\"published\" must be YYYY-MM-DD, YYYY-MM or YYYY") == true)
    #expect(r.records[3]["id"] as? String == "d")
  }

  @Test func idsComeBackAsGiven() throws {
    let input = """
      {"id": 42, "text": "甲"}
      {"id": "42", "text": "乙"}
      {"id": 7.5, "text": "丙"}
      {"text": "丁"}
      """
    let r = try run(input)
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines[0].contains(#""id":42,"#), "a number stays a number")
    #expect(lines[1].contains(#""id":"42","#), "a string stays a string")
    #expect(lines[2].contains(#""id":7.5,"#))
    #expect(!lines[3].contains(#""id""#))
  }

  @Test func errorRecordsKeepTheIdAndSayWhere() throws {
    var bytes = Array(#"{"id": 9, "text": "法院"#.utf8)
    let badByte = bytes.count
    bytes += [0xC3, 0x28]  // a broken two-byte sequence
    bytes += Array("\"}\n".utf8)
    bytes += Array(#"{"id": "no-text"}"#.utf8) + [0x0A]
    bytes += Array(#"{"id": "num", "text": 5}"#.utf8) + [0x0A]
    let r = try CLIRunner.run(["--input", "jsonl"], stdin: Data(bytes))
    #expect(r.status == 1)
    let records = try r.stdout.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
    #expect(records.count == 3)
    #expect(records[0]["id"] as? Int == 9)
    #expect(
      records[0]["error"] as? String
        == "line 1 is not valid UTF-8 (first bad byte at byte \(badByte) of the line)")
    #expect(records[0]["line"] as? Int == 1)
    #expect(records[1]["id"] as? String == "no-text")
    #expect(records[1]["error"] as? String == "line 2 has no \"text\" string")
    #expect(records[2]["id"] as? String == "num")
  }

  @Test func blankLinesAreNotInputs() throws {
    let input = "{\"id\": 1, \"text\": \"甲\"}\n\n   \n\r\n{\"id\": 2, \"text\": \"乙\"}\n\n"
    let r = try run(input)
    #expect(r.status == 0)
    #expect(r.records.map { $0["id"] as? Int } == [1, 2], "no output line for a blank line")
    #expect(
      r.records.map { $0["source"] as? String } == ["-:1", "-:5"],
      "blank lines still count in line numbers")
  }

  @Test func oneInputHasTheSameJSONShapeFromAFileOrStandardInput() throws {
    let folder = try CLIRunner.temporaryFolder()
    let file = folder.appendingPathComponent("a.txt")
    let text = "2023年6月，湖北省麻城市人民法院判决。"
    try Data(text.utf8).write(to: file)
    let fromFile = try CLIRunner.run(["--format", "json", file.path])
    let fromStandardInput = try CLIRunner.run(["--format", "json", "-"], stdin: Data(text.utf8))
    let a = try JSONSerialization.jsonObject(with: Data(fromFile.stdout.utf8)) as? [String: Any]
    let b =
      try JSONSerialization.jsonObject(with: Data(fromStandardInput.stdout.utf8)) as? [String: Any]
    #expect(a != nil && b != nil, "one document each, not an array")
    #expect(a?["source"] as? String == file.path && b?["source"] as? String == "-")
    #expect(
      fromFile.stdout.replacingOccurrences(of: file.path, with: "-") == fromStandardInput.stdout)
  }
}
