/// A small set of scalar spans, for asking "did an earlier stage take this?".
///
/// Claims are few per article (dockets, statute titles), so a sorted array
/// scanned up to the query's end is enough.
struct SpanSet: Sendable {
  private(set) var spans: [TextSpan] = []

  mutating func insert(_ span: TextSpan) {
    // Stages claim in text order: appending is the common case, and a
    // binary search keeps many claims (50,000 statute names) linear overall.
    if spans.last.map({ $0.start <= span.start }) ?? true {
      spans.append(span)
      return
    }
    var lo = 0
    var hi = spans.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if spans[mid].start > span.start { hi = mid } else { lo = mid + 1 }
    }
    spans.insert(span, at: lo)
  }

  /// True when `span` overlaps any span in the set.
  func overlaps(_ span: TextSpan) -> Bool {
    for s in spans {
      if s.start >= span.end { return false }
      if s.end > span.start { return true }
    }
    return false
  }

  /// True when `offset` lies inside a span of the set.
  func contains(offset: Int) -> Bool { overlaps(TextSpan(offset, offset + 1)) }
}
