import LegalExtract

/// The index page of a folder of review pages: one row per article with
/// its counts per kind, or the reason it could not be read.
public struct ReviewIndex {
  public struct Entry: Sendable {
    /// The input as named on the command line.
    public var source: String
    /// The page's file name beside the index (nil when the input failed).
    public var page: String?
    public var result: ExtractionResult?
    public var error: String?

    public init(source: String, page: String?, result: ExtractionResult?, error: String? = nil) {
      self.source = source
      self.page = page
      self.result = result
      self.error = error
    }
  }

  public var entries: [Entry]

  public init(entries: [Entry]) { self.entries = entries }

  public func html() -> String {
    var rows = ""
    for entry in entries {
      rows += "<tr>"
      if let page = entry.page {
        rows +=
          "<td><a href=\"\(HTMLText.escape(Self.href(page)))\">\(HTMLText.escape(entry.source))</a></td>"
      } else {
        rows += "<td>\(HTMLText.escape(entry.source))</td>"
      }
      if let result = entry.result {
        for kind in MentionKind.allCases {
          rows += "<td class=\"n\">\(result.count(of: kind))</td>"
        }
        rows += "<td class=\"n\">\(result.cases.count)</td><td></td>"
      } else {
        rows += String(repeating: "<td></td>", count: MentionKind.allCases.count + 1)
        rows += "<td class=\"error\">\(HTMLText.escape(entry.error ?? "failed"))</td>"
      }
      rows += "</tr>\n"
    }
    var head = "<th>Article</th>"
    for kind in MentionKind.allCases { head += "<th>\(kind.field)</th>" }
    head += "<th>cases</th><th>error</th>"
    return """
      <!DOCTYPE html>
      <html lang="zh-Hans">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
      <title>legal-extract review · \(entries.count) articles</title>
      <style>
      body { margin: 20px; font: 15px/1.5 "Noto Sans CJK SC", system-ui, sans-serif; color: #1f2328; }
      table { border-collapse: collapse; } th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; }
      th { background: #f6f8fa; } td.n { text-align: right; font-variant-numeric: tabular-nums; } td.error { color: #9b1c00; }
      </style>
      </head>
      <body>
      <h1>legal-extract review: \(entries.count) articles</h1>
      <table>
      <thead><tr>\(head)</tr></thead>
      <tbody>
      \(rows)</tbody>
      </table>
      </body>
      </html>

      """
  }

  /// A relative link to a file name (percent-encoding what a URL path cannot hold).
  static func href(_ name: String) -> String {
    var out = ""
    for byte in name.utf8 {
      let c = Character(Unicode.Scalar(byte))
      if byte < 0x80, c.isLetter || c.isNumber || "-_.~".contains(c) {
        out.append(c)
      } else {
        out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
      }
    }
    return out
  }
}
