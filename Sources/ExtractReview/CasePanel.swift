import LegalExtract

/// The side panel: one section per case with its title, type, parties,
/// courts, procuratorates and timeline, each entry a link into the text.
enum CasePanel {
  static func html(result: ExtractionResult, targets: inout CaseTargets) -> String {
    guard !result.cases.isEmpty else { return "<p class=\"none\">No case found.</p>\n" }
    var out = ""
    for (k, c) in result.cases.enumerated() {
      let start = targets.caseStart(k, span: c.span)
      out += "<section class=\"case\" aria-labelledby=\"case-\(k)-title\">\n"
      out +=
        "<h2 id=\"case-\(k)-title\"><a href=\"#\(start)\">\(HTMLText.escape(c.title ?? "Case \(k + 1)"))</a></h2>\n"
      out += "<dl>\n"
      if let type = c.type { out += "<dt>Type</dt><dd>\(HTMLText.escape(type))</dd>\n" }
      let groups: [(String, String, [String])] = [
        ("Plaintiffs", "plaintiff", c.plaintiffs), ("Defendants", "defendant", c.defendants),
        ("Courts", "court", c.courts), ("Procuratorates", "procuratorate", c.procuratorates),
      ]
      for (label, role, names) in groups where !names.isEmpty {
        out += "<dt>\(label)</dt><dd><ul>"
        for (j, name) in names.enumerated() {
          let target = targets.entity(name, caseIndex: k, entry: "\(role)-\(j)", span: c.span)
          out += "<li>\(link(name, to: target))</li>"
        }
        out += "</ul></dd>\n"
      }
      out += "<dt>Mentions</dt><dd>\(c.dates.count) dates, \(c.statutes.count) statutes, "
      out +=
        "\(c.figures.count) figures, \(c.dockets.count) dockets, \(c.penalties.count) penalties</dd>\n"
      out += "</dl>\n"
      if !c.events.isEmpty {
        out += "<h3>Timeline</h3>\n<ol class=\"timeline\">"
        for (n, event) in c.events.enumerated() {
          let target = targets.event(event, caseIndex: k, number: n, span: c.span)
          out += "<li><span class=\"when\">\(HTMLText.escape(event.date ?? "undated"))</span> "
          out += "<span class=\"kind\">\(HTMLText.escape(event.kind.rawValue))</span> "
          out += link(event.text, to: target) + "</li>"
        }
        out += "</ol>\n"
      }
      out += "</section>\n"
    }
    return out
  }

  private static func link(_ text: String, to target: String?) -> String {
    guard let target else { return HTMLText.escape(text) }
    return "<a href=\"#\(HTMLText.escape(target))\">\(HTMLText.escape(text))</a>"
  }
}
