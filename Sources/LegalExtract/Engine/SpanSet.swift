/// A set of scalar spans, for asking "did an earlier stage take this?".
///
/// Spans are kept sorted by start, with the running maximum of their ends,
/// so that both claiming (usually in text order) and asking are
/// logarithmic: pathological inputs make tens of thousands of claims.
struct SpanSet: Sendable {
  private(set) var spans: [TextSpan] = []
  /// maxEnd[i] is the largest end among spans[0...i].
  private var maxEnd: [Int] = []

  mutating func insert(_ span: TextSpan) {
    // Stages claim in text order: appending is the common case.
    if spans.last.map({ $0.start <= span.start }) ?? true {
      spans.append(span)
      maxEnd.append(max(maxEnd.last ?? span.end, span.end))
      return
    }
    let i = firstIndex { $0.start > span.start }
    spans.insert(span, at: i)
    maxEnd.insert(0, at: i)
    for k in i..<spans.count { maxEnd[k] = max(k > 0 ? maxEnd[k - 1] : spans[k].end, spans[k].end) }
  }

  /// True when `span` overlaps any span in the set.
  func overlaps(_ span: TextSpan) -> Bool {
    // Candidates start before the query ends; one of them reaches past its start.
    let candidates = firstIndex { $0.start >= span.end }
    return candidates > 0 && maxEnd[candidates - 1] > span.start
  }

  /// True when `offset` lies inside a span of the set.
  func contains(offset: Int) -> Bool { overlaps(TextSpan(offset, offset + 1)) }

  /// The first index whose span satisfies `predicate` (which must be false
  /// then true along the sorted spans), or `spans.count`.
  private func firstIndex(where predicate: (TextSpan) -> Bool) -> Int {
    var lo = 0
    var hi = spans.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if predicate(spans[mid]) { hi = mid } else { lo = mid + 1 }
    }
    return lo
  }
}
