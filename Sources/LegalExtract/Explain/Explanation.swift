import ChineseText

/// Why an extraction came out as it did: for every mention, the rule that
/// made it, and for every rejected candidate, the rule that rejected it, in
/// text order (`Extractor.explain`, `extract --explain`).
///
///     let e = Extractor().explain("法院作出（2023）鄂1181行初12号判决。")
///     e.entries.first?.madeBy      // docket.modern
///     e.entries.first?.text        // "（2023）鄂1181行初12号"
public struct Explanation: Sendable {
  /// The extraction itself, identical to what `extract` returns.
  public let result: ExtractionResult
  /// Accepted mentions and rejected candidates, in text order (start, then
  /// longer first, then pipeline order).
  public let entries: [Entry]
  /// The input's scalars, to find the text a caller filters on.
  private let scalars: [Unicode.Scalar]

  /// One mention or rejected candidate.
  public struct Entry: Hashable, Sendable {
    /// The stage that recorded it.
    public var stage: StageName
    public var span: TextSpan
    /// The input text under `span`.
    public var text: String
    /// The rule that made the mention or proposed the candidate; nil when a
    /// guard fired before any rule had claimed the text.
    public var madeBy: RuleName?
    /// The rule that threw the candidate away; nil for a mention.
    public var rejectedBy: RuleName?
    /// What the rule read (a docket's year, court and number), or why it lost.
    public var detail: String

    /// True for a mention in the result, false for a rejected candidate.
    public var isAccepted: Bool { rejectedBy == nil }
  }

  init(result: ExtractionResult, trace: RuleTrace, document: TextDocument) {
    self.result = result
    self.scalars = document.original
    let unordered = trace.records.map { r in
      Entry(
        stage: r.stage, span: r.span, text: document.originalText(r.span.range), madeBy: r.madeBy,
        rejectedBy: r.rejectedBy, detail: r.detail)
    }
    // Stable: equal spans keep pipeline order.
    self.entries = unordered.enumerated().sorted { a, b in
      if a.element.span.start != b.element.span.start {
        return a.element.span.start < b.element.span.start
      }
      if a.element.span.end != b.element.span.end { return a.element.span.end > b.element.span.end }
      return a.offset < b.offset
    }.map(\.element)
  }

  private init(result: ExtractionResult, entries: [Entry], scalars: [Unicode.Scalar]) {
    self.result = result
    self.entries = entries
    self.scalars = scalars
  }

  /// Only the entries whose span overlaps some occurrence of `text` in the
  /// input (`extract --explain-match 鄂1181`); none when `text` is absent.
  public func overlapping(_ text: String) -> Explanation {
    let needle = Array(text.unicodeScalars)
    var occurrences: [TextSpan] = []
    if !needle.isEmpty, needle.count <= scalars.count {
      for start in 0...(scalars.count - needle.count)
      where scalars[start] == needle[0]
        && scalars[start..<(start + needle.count)].elementsEqual(needle)
      {
        occurrences.append(TextSpan(start, start + needle.count))
      }
    }
    let kept = entries.filter { e in occurrences.contains { $0.overlaps(e.span) } }
    return Explanation(result: result, entries: kept, scalars: scalars)
  }

  /// Entries that `rule` made (accepted or later rejected) or rejected.
  public func entries(naming rule: RuleName) -> [Entry] {
    entries.filter { $0.madeBy == rule || $0.rejectedBy == rule }
  }
}
