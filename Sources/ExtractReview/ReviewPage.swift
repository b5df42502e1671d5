import LegalExtract

/// A self-contained HTML page to review one article's extraction: the text
/// as written with every mention marked by kind, the normalised value on
/// hover and keyboard focus, a legend, and a side panel per case whose
/// entries link to their place in the text.
///
/// The page loads nothing: its style and script are inline, a Content
/// Security Policy forbids any other source, and the article is written as
/// escaped text (never markup), so hostile input renders as the characters
/// it is. Each mark covers exactly the Unicode scalars of its span; a span
/// that crosses another is split into parts sharing `data-kind`/`data-i`.
/// (The one scalar HTML cannot carry is U+0000, which browsers show as
/// U+FFFD; `extract` refuses such input as binary.)
///
/// The DOM contract tests and tools can rely on:
/// `<article id="text">` holds the text; each mark is
/// `<mark class="m m-KIND" data-kind="KIND" data-i="INDEX">`, INDEX being
/// the mention's place in the document's array for that kind (`dates`, …),
/// with `data-part="N"` on continuation parts of a split mark.
public struct ReviewPage {
  public let text: String
  public let result: ExtractionResult
  /// A random token that lets the page's own script and style run under its CSP.
  let nonce: String

  public init(text: String, result: ExtractionResult) {
    self.text = text
    self.result = result
    var generator = SystemRandomNumberGenerator()
    nonce = (0..<2).map { _ in String(generator.next() as UInt64, radix: 16) }.joined()
  }

  /// The page as one HTML document.
  public func html() -> String {
    let scalars = Array(text.unicodeScalars)
    let marks = ReviewMark.all(in: result)
    var targets = CaseTargets(result: result, marks: marks, scalars: scalars)
    let panel = CasePanel.html(result: result, targets: &targets)
    let layout = MarkLayout.tokens(
      length: scalars.count, spans: marks.map { $0.span.range }, anchors: targets.anchors)

    var body = ""
    body.reserveCapacity(scalars.count * 3 + marks.count * 160)
    for token in layout {
      switch token {
      case .text(let range):
        body += HTMLText.escape(scalars[range])
      case .open(let i, let part):
        body += openTag(marks[i], part: part)
      case .close:
        body += "</mark>"
      case .anchor(let id):
        body += "<span class=\"anchor\" id=\"\(HTMLText.escape(id))\" tabindex=\"-1\"></span>"
      }
    }

    let name = result.id?.description ?? result.source ?? "article"
    var page = "<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n"
    page += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
    page +=
      "style-src 'nonce-\(nonce)'; script-src 'nonce-\(nonce)'; base-uri 'none'; form-action 'none'\">\n"
    page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    page +=
      "<meta name=\"generator\" content=\"legal-extract \(HTMLText.escape(LegalExtractVersion.string))\">\n"
    page += "<title>\(HTMLText.escape(name)) · legal-extract review</title>\n"
    page += "<style nonce=\"\(nonce)\">\(ReviewStyle.css)</style>\n</head>\n<body>\n"
    page += header(name: name)
    page += "<main>\n<article id=\"text\" class=\"text\" lang=\"zh-Hans\">"
    page += body
    page += "</article>\n<aside id=\"cases\" aria-label=\"Cases\">\n\(panel)</aside>\n</main>\n"
    page += "<script nonce=\"\(nonce)\">\(ReviewStyle.script)</script>\n</body>\n</html>\n"
    return page
  }

  private func openTag(_ mark: ReviewMark, part: Int) -> String {
    let note = HTMLText.escape(mark.note)
    var tag =
      "<mark class=\"m m-\(mark.kind.rawValue)\" data-kind=\"\(mark.kind.rawValue)\" data-i=\"\(mark.index)\""
    if part == 0 {
      tag += " id=\"\(mark.anchor)\" tabindex=\"0\""
    } else {
      tag += " data-part=\"\(part)\""
    }
    tag += " data-note=\"\(note)\" aria-description=\"\(note)\">"
    return tag
  }

  private func header(name: String) -> String {
    var h =
      "<header>\n<h1>\(HTMLText.escape(name))</h1>\n<p class=\"meta\">schema \(HTMLText.escape(result.schema))"
    if let published = result.published {
      h +=
        " · published \(HTMLText.escape(published.value))\(published.inferred ? " (inferred)" : "")"
    }
    h += " · \(result.cases.count) case\(result.cases.count == 1 ? "" : "s")"
    h += " · hover or focus (Tab) a mark for its normalised value</p>\n"
    h += "<ul class=\"legend\" aria-label=\"Legend\">"
    for kind in MentionKind.allCases {
      h += "<li><mark class=\"m m-\(kind.rawValue) sample\">\(HTMLText.escape(kind.label))</mark> "
      h +=
        "<span class=\"count\" data-count-kind=\"\(kind.rawValue)\">\(result.count(of: kind))</span> "
      h += "<span class=\"style\">\(kind.underline)</span></li>"
    }
    h += "</ul>\n</header>\n"
    return h
  }
}
