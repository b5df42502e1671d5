import ChineseText

/// Builds a case's timeline: one event per dated step, its kind from the
/// procedure verb that follows the date in the same sentence.
struct CaseEventFinder {
  let doc: TextDocument

  /// The procedure verbs as a trie (the first listed kind wins for a verb).
  private static let verbs: PhraseTrie<CaseEventKind> = {
    var trie = PhraseTrie<CaseEventKind>()
    for (verb, kind) in CaseRules.eventVerbs { trie.insert(verb, value: kind) }
    return trie
  }()

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
        if let v = Self.verbs.longestMatch(in: t, from: i, limit: sentenceEnd) {
          found = (i, v.end, v.value)
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
