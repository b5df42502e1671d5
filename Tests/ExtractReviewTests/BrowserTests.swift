import ExtractReview
import Foundation
import LegalExtract
import Testing

/// Review pages loaded in headless Chromium: what a person sees is what the
/// JSON says, scalar for scalar, and hostile text stays text.
@Suite(.serialized) struct BrowserTests {
  /// Every `Corpus/articles` page made by `extract --format html --output`:
  /// per kind as many marks as the JSON Lines run has mentions, each mark's
  /// text the span's scalars, and the article's text as written.
  @Test func corpusPagesMarkEveryMentionExactly() throws {
    guard let chromium = Chromium.available() else { return }
    let folder = try ReviewTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let corpus = ReviewTestSupport.corpus.path
    let pages = try ReviewTestSupport.extract([
      "--format", "html", "--output", folder.path, "--no-progress", corpus,
    ])
    #expect(pages.status == 0, "\(pages.stderr)")
    let lines = try ReviewTestSupport.extract(["--format", "jsonl", "--no-progress", corpus])
    #expect(lines.status == 0, "\(lines.stderr)")
    // Kept as bytes (Sendable) and parsed on the thread that checks them.
    let documents = lines.stdout.split(separator: 0x0A).map { Data($0) }
    let articles = try ReviewTestSupport.corpusArticles()
    #expect(documents.count == articles.count)
    #expect(articles.count >= 50)

    // Two browsers at a time (the machine has two cores).
    let problems = Problems()
    DispatchQueue.concurrentPerform(iterations: documents.count) { n in
      guard let document = (try? JSONSerialization.jsonObject(with: documents[n])) as? [String: Any]
      else {
        return problems.add("line \(n + 1) is not a JSON object")
      }
      guard let source = document["source"] as? String else {
        return problems.add("document \(n) has no source")
      }
      let name = URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
      do {
        let text = Array(
          String(decoding: try Data(contentsOf: URL(fileURLWithPath: source)), as: UTF8.self)
            .unicodeScalars)
        let dom = ReviewDOM(try chromium.dumpDOM(folder.appendingPathComponent("\(name).html")))
        problems.add(contentsOf: Self.compare(dom, with: document, text: text, name: name))
      } catch {
        problems.add("\(name): \(error)")
      }
    }
    #expect(problems.all.isEmpty, "\(problems.all.prefix(20).joined(separator: "\n"))")

    // The index lists every article, linked, with its counts.
    let index = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
    for article in articles {
      let name = article.deletingPathExtension().lastPathComponent
      #expect(index.contains("href=\"\(name).html\""), "\(name) in the index")
    }
  }

  /// Differences between the DOM and the JSON document, as messages.
  static func compare(
    _ dom: ReviewDOM, with document: [String: Any], text: [Unicode.Scalar], name: String
  ) -> [String] {
    var problems: [String] = []
    if Array(dom.articleText) != text {
      problems.append("\(name): the article's text differs from the input")
    }
    for kind in MentionKind.allCases {
      let mentions = document[kind.field] as? [[String: Any]] ?? []
      let marked = dom.marks.keys.filter { $0.kind == kind.rawValue }
      if marked.count != mentions.count {
        problems.append(
          "\(name): \(marked.count) \(kind.rawValue) marks for \(mentions.count) \(kind.field)")
      }
      for (i, mention) in mentions.enumerated() {
        guard let span = mention["span"] as? [Int], span.count == 2,
          let mentionText = mention["text"] as? String
        else {
          problems.append("\(name): \(kind.field)[\(i)] has no span or text")
          continue
        }
        let covered =
          dom.marks[ReviewDOM.MarkKey(kind: kind.rawValue, index: i)].map(Array.init) ?? []
        if covered != Array(text[span[0]..<span[1]]) || covered != Array(mentionText.unicodeScalars)
        {
          problems.append(
            "\(name): \(kind.field)[\(i)] marks '\(String(String.UnicodeScalarView(covered)))', the span holds '\(mentionText)'"
          )
        }
      }
    }
    return problems
  }

  /// Markup, quotes, line separators, astral characters, combining marks
  /// and CRLF in the article: all render as text, no injected script runs,
  /// and marks (crossing ones too) still cover exactly their spans.
  @Test func hostileTextIsDataNeverMarkup() throws {
    guard let chromium = Chromium.available() else { return }
    let folder = try ReviewTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = HostileArticle.text
    let article = folder.appendingPathComponent("hostile.txt")
    try Data(text.utf8).write(to: article)

    // Through the CLI: one input, no --output, the page on standard output.
    let cli = try ReviewTestSupport.extract(["--format", "html", article.path])
    #expect(cli.status == 0, "\(cli.stderr)")
    let cliPage = folder.appendingPathComponent("cli.html")
    try cli.stdout.write(to: cliPage)
    let result = Extractor().extract(text, source: article.path)
    #expect(
      !result.dates.isEmpty && !result.organizations.isEmpty,
      "the article has real mentions to mark")

    // Through the library, with hand-placed marks crossing the hostile parts.
    let crafted = HostileArticle.craftedResult()
    let craftedPage = folder.appendingPathComponent("crafted.html")
    try Data(ReviewPage(text: text, result: crafted).html().utf8).write(to: craftedPage)

    let scalars = Array(text.unicodeScalars)
    for (page, document) in [(cliPage, result), (craftedPage, crafted)] {
      let dom = ReviewDOM(try chromium.dumpDOM(page))
      #expect(
        dom.rootAttributes["data-pwned"] == nil, "an injected script ran: \(dom.rootAttributes)")
      #expect(!dom.title.contains("pwned"))
      #expect(dom.elementsInArticle.isSubset(of: ["mark", "span"]), "\(dom.elementsInArticle)")
      let json = try #require(
        try JSONSerialization.jsonObject(with: document.jsonData()) as? [String: Any])
      let problems = Self.compare(dom, with: json, text: scalars, name: page.lastPathComponent)
      #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
  }

  /// The probe is real: the same payload in a page that does not escape it
  /// does run, and the DOM shows it.
  @Test func theInjectionProbeDetectsARunningScript() throws {
    guard let chromium = Chromium.available() else { return }
    let folder = try ReviewTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let unsafe = folder.appendingPathComponent("unsafe.html")
    try Data(
      "<!DOCTYPE html><html><head><title>t</title></head><body>\(HostileArticle.text)</body></html>"
        .utf8
    ).write(to: unsafe)
    let dom = ReviewDOM(try chromium.dumpDOM(unsafe))
    #expect(dom.rootAttributes["data-pwned"] != nil)
  }

  /// A picture of one page for people to look at: `.build/review/`.
  @Test func screenshotForPeople() throws {
    guard let chromium = Chromium.available() else { return }
    let folder = ReviewTestSupport.root.appendingPathComponent(".build/review")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let article = ReviewTestSupport.corpus.appendingPathComponent("typical-05.txt")
    let text = String(decoding: try Data(contentsOf: article), as: UTF8.self)
    let result = Extractor().extract(text, source: "Corpus/articles/typical-05.txt")
    let page = folder.appendingPathComponent("typical-05.html")
    try Data(ReviewPage(text: text, result: result).html().utf8).write(to: page)
    let png = folder.appendingPathComponent("typical-05.png")
    try? FileManager.default.removeItem(at: png)
    try chromium.screenshot(page, to: png)
    // With a mark focused (as Tab or a panel link does), its value shows.
    // autofocus stands in for the key press; a mark in view needs no scrolling.
    let focusedPage = folder.appendingPathComponent("typical-05-focus.html")
    let html = ReviewPage(text: text, result: result).html()
    #expect(html.contains("id=\"organization-1\" tabindex=\"0\""))
    try Data(
      html.replacingOccurrences(
        of: "id=\"organization-1\" tabindex=\"0\"",
        with: "id=\"organization-1\" tabindex=\"0\" autofocus"
      ).utf8
    )
    .write(to: focusedPage)
    let focused = folder.appendingPathComponent("typical-05-focus.png")
    try? FileManager.default.removeItem(at: focused)
    try chromium.screenshot(focusedPage, to: focused, height: 700)
    for picture in [png, focused] {
      let bytes = try Data(contentsOf: picture)
      #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG at \(picture.path)")
      #expect(bytes.count > 20_000, "a page, not a blank image")
    }
  }
}

/// Messages gathered from several threads.
final class Problems: @unchecked Sendable {
  private let lock = NSLock()
  private var list: [String] = []
  func add(_ message: String) { lock.withLock { list.append(message) } }
  func add(contentsOf messages: [String]) { lock.withLock { list += messages } }
  var all: [String] { lock.withLock { list } }
}
