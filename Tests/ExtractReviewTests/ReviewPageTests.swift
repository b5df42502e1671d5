import ExtractReview
import Foundation
import LegalExtract
import Testing

/// The page as HTML text: self-contained, values in the notes, links that
/// land on an element, and the CLI's ways of writing pages.
@Suite struct ReviewPageTests {
  let article = """
    2023年6月，湖北省麻城市人民检察院依据《行政诉讼法》第二十五条第四款向麻城市住房和城乡建设局发出检察建议。\
    2024年1月，麻城市人民法院判处被告人张某有期徒刑三年六个月，并处罚款人民币5万元。
    """

  @Test func notesCarryTheNormalisedValues() throws {
    let result = Extractor().extract(article)
    let html = ReviewPage(text: article, result: result).html()
    let notes = Self.attributeValues("data-note", in: html)
    #expect(notes.contains { $0.hasPrefix("2023-06") })
    #expect(notes.contains { $0.hasPrefix("湖北省麻城市人民检察院") && $0.contains("421181") })
    #expect(notes.contains { $0.hasPrefix("中华人民共和国行政诉讼法") && $0.contains("第25条第4款") })
    #expect(notes.contains { $0.hasPrefix("P3Y6M") })
    #expect(notes.contains { $0.hasPrefix("50000 CNY") })
    #expect(notes.count == MentionKind.allCases.map { result.count(of: $0) }.reduce(0, +))
  }

  @Test func pagesLoadNothingFromOutside() throws {
    let result = Extractor().extract(article)
    let html = ReviewPage(text: article, result: result).html()
    for outside in ["http:", "https:", "src=", "url(", "@import", "@font-face", "<link"] {
      #expect(!html.contains(outside), "\(outside)")
    }
    #expect(html.contains("default-src 'none'"), "a CSP that forbids every other source")
  }

  /// Every link of every Corpus page lands on an element of that page.
  @Test func everyPanelLinkHasATarget() throws {
    var links = 0
    for url in try ReviewTestSupport.corpusArticles() {
      let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
      let result = Extractor().extract(text)
      let html = ReviewPage(text: text, result: result).html()
      let ids = Set(Self.attributeValues("id", in: html))
      for href in Self.attributeValues("href", in: html) {
        links += 1
        #expect(
          href.hasPrefix("#") && ids.contains(String(href.dropFirst())),
          "\(url.lastPathComponent): \(href)")
      }
      // Each timeline entry is a link when its clause is in the text.
      let events = result.cases.flatMap(\.events).filter { text.contains($0.text) }
      #expect(Self.attributeValues("href", in: html).count >= events.count + result.cases.count)
    }
    #expect(links > 200)
  }

  @Test func onePageOnStandardOutput() throws {
    let folder = try ReviewTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("a.txt")
    try Data(article.utf8).write(to: file)
    let r = try ReviewTestSupport.extract(["--format", "html", file.path])
    #expect(r.status == 0, "\(r.stderr)")
    let page = String(decoding: r.stdout, as: UTF8.self)
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("湖北省麻城市人民检察院"))
  }

  @Test func severalInputsNeedAFolder() throws {
    let r = try ReviewTestSupport.extract(["--format", "html", ReviewTestSupport.corpus.path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("--output"))
  }

  @Test func folderOfPagesWithIndexAndFailures() throws {
    let folder = try ReviewTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for sub in ["a", "b"] {
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
      try Data(article.utf8).write(to: folder.appendingPathComponent("\(sub)/same.txt"))
    }
    let bad = folder.appendingPathComponent("bad.txt")
    try Data([0xE6, 0xB3, 0x41]).write(to: bad)
    let out = folder.appendingPathComponent("pages")
    let r = try ReviewTestSupport.extract([
      "--format", "html", "--output", out.path, "--no-progress",
      folder.appendingPathComponent("a").path, folder.appendingPathComponent("b").path, bad.path,
    ])
    #expect(r.status == 1, "a bad input fails the run")
    #expect(r.stderr.contains("bad.txt: not valid UTF-8"))
    let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(names == ["index.html", "same-2.html", "same.html"])
    let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(index.contains("href=\"same.html\"") && index.contains("href=\"same-2.html\""))
    #expect(index.contains("not valid UTF-8"))
    let result = Extractor().extract(article)
    #expect(index.contains("<td class=\"n\">\(result.organizations.count)</td>"))
  }

  /// The one --output option: a folder for html (above), a file for JSON Lines.
  @Test func outputIsAFileForJSONLines() throws {
    let folder = try ReviewTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("out.jsonl")
    let r = try ReviewTestSupport.extract([
      "--output", file.path, "--no-progress", ReviewTestSupport.corpus.path,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.isEmpty)
    let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == (try ReviewTestSupport.corpusArticles().count))
  }

  /// The values of one attribute, in page order, references decoded.
  static func attributeValues(_ name: String, in html: String) -> [String] {
    var values: [String] = []
    var rest = Substring(html)
    let marker = " \(name)=\""
    while let start = rest.range(of: marker) {
      rest = rest[start.upperBound...]
      guard let end = rest.firstIndex(of: "\"") else { break }
      values.append(String(ReviewDOM.decodeReferences(String(rest[..<end]).unicodeScalars)))
      rest = rest[rest.index(after: end)...]
    }
    return values
  }
}
