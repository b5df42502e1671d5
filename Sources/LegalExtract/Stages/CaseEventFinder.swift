import ChineseText

/// Builds a case's timeline: one event per dated step, its kind from the
/// procedure verb that follows the date in the same sentence.
struct CaseEventFinder {
  let doc: TextDocument

  private static let verbs: [(verb: [Unicode.Scalar], kind: CaseEventKind)] =
    CaseRules.eventVerbs.map { ($0.verb.scalarArray, $0.kind) }

  func events(for dates: [DateMention]) -> [CaseEvent] {
    var out: [CaseEvent] = []
    let t = doc.folded
    for date in dates where date.value != nil {
      guard let si = doc.sentenceIndex(containing: date.span.start) else { continue }
      let sentenceEnd = doc.sentences[si].upperBound
      // The verb: the earliest one after the date in the same sentence, but
      // not past the next date (which starts its own step).
      let nextDate = dates.first { $0.span.start > date.span.start && $0.value != nil }?.span.start ?? Int.max
      let stop = min(sentenceEnd, nextDate)
      var found: (Int, Int, CaseEventKind)?
      var i = date.span.end
      while i < stop, found == nil {
        if let v = Self.verbs.filter({ t.hasLiteral($0.verb, at: i) && i + $0.verb.count <= sentenceEnd })
          .max(by: { $0.verb.count < $1.verb.count })
        {
          found = (i, i + v.verb.count, v.kind)
        }
        i += 1
      }
      guard let (_, verbEnd, kind) = found else { continue }
      var start = date.span.start
      if start > 0, t[start - 1] == "于" { start -= 1 }
      out.append(CaseEvent(date: date.value, kind: kind, text: doc.originalText(start..<verbEnd)))
    }
    return out
  }
}
