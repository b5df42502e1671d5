import LegalExtract

/// Where each entry of a case's side panel points in the text: a mark when
/// one stands there, else an empty anchor placed at the entry's text.
struct CaseTargets {
  private let marks: [ReviewMark]
  private let result: ExtractionResult
  private let locator: TextLocator
  /// Anchors the page must place: offset and element id.
  private(set) var anchors: [(offset: Int, id: String)] = []

  init(result: ExtractionResult, marks: [ReviewMark], scalars: [Unicode.Scalar]) {
    self.result = result
    self.marks = marks
    self.locator = TextLocator(scalars: scalars)
  }

  /// The anchor at the start of case `caseIndex`.
  mutating func caseStart(_ caseIndex: Int, span: TextSpan) -> String {
    let id = "case-\(caseIndex)"
    anchors.append((span.start, id))
    return id
  }

  /// An organization or party named in the case: its first organization
  /// mark in the case (by canonical name or as written), else its first
  /// occurrence in the case's text, else in the whole text.
  mutating func entity(_ name: String, caseIndex: Int, entry: String, span: TextSpan) -> String? {
    let inCase = marks.first { m in
      m.kind == .organization && span.range.contains(m.span.start)
        && (result.organizations[m.index].name == name
          || result.organizations[m.index].text == name)
    }
    if let inCase { return inCase.anchor }
    if let offset = locator.find(name, in: span.range) ?? locator.find(name, in: 0..<Int.max) {
      return anchor(at: offset, id: "case-\(caseIndex)-\(entry)")
    }
    let anywhere = marks.first { m in
      m.kind == .organization && result.organizations[m.index].name == name
    }
    return anywhere?.anchor
  }

  /// A timeline event: the first date mark inside its clause, else the clause's start.
  mutating func event(_ event: CaseEvent, caseIndex: Int, number: Int, span: TextSpan) -> String? {
    guard
      let offset = locator.find(event.text, in: span.range)
        ?? locator.find(event.text, in: 0..<Int.max)
    else {
      return nil
    }
    let clause = offset..<(offset + event.text.unicodeScalars.count)
    if let date = marks.first(where: { $0.kind == .date && clause.contains($0.span.start) }) {
      return date.anchor
    }
    return anchor(at: offset, id: "case-\(caseIndex)-event-\(number)")
  }

  private mutating func anchor(at offset: Int, id: String) -> String {
    anchors.append((offset, id))
    return id
  }
}
