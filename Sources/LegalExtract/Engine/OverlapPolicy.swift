/// The one rule for choosing among overlapping candidates: the longest span
/// wins, ties go to the higher priority, then to the earliest start
/// (spaCy's filter_spans, Recognizers-Text's MergeAllTokens).
enum OverlapPolicy {
  /// Keeps a non-overlapping subset of `candidates`, returned in text order.
  static func longestThenPriorityThenEarliest<T>(
    _ candidates: [T], span: (T) -> TextSpan, priority: (T) -> Int = { _ in 0 }
  ) -> [T] {
    let ordered = candidates.enumerated().sorted { a, b in
      let sa = span(a.element)
      let sb = span(b.element)
      if sa.length != sb.length { return sa.length > sb.length }
      let pa = priority(a.element)
      let pb = priority(b.element)
      if pa != pb { return pa > pb }
      if sa.start != sb.start { return sa.start < sb.start }
      return a.offset < b.offset
    }
    var kept: [(TextSpan, T)] = []
    for (_, c) in ordered {
      let s = span(c)
      if !kept.contains(where: { $0.0.overlaps(s) }) { kept.append((s, c)) }
    }
    return kept.sorted { $0.0 < $1.0 }.map { $0.1 }
  }
}
