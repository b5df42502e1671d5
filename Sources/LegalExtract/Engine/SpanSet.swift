/// A set of scalar spans, for asking "did an earlier stage take this?".
///
/// Spans are kept sorted by start, with the running maximum of their ends,
/// so that asking is logarithmic and claiming a stage's spans at once is
/// linear: pathological inputs make tens of thousands of claims, and a
/// stage's claims come after an earlier stage's in the text (statutes
/// after dates), which one-by-one inserts would shift into place.
struct SpanSet: Sendable {
  private(set) var spans: [TextSpan] = []
  /// maxEnd[i] is the largest end among spans[0...i].
  private var maxEnd: [Int] = []

  init() {}

  /// A set holding `spans`, in any order.
  init(_ spans: [TextSpan]) { insert(contentsOf: spans) }

  mutating func insert(_ span: TextSpan) {
    // Claims in text order append; others go through the linear merge.
    if spans.last.map({ $0.start <= span.start }) ?? true {
      spans.append(span)
      maxEnd.append(max(maxEnd.last ?? span.end, span.end))
      return
    }
    insert(contentsOf: [span])
  }

  /// Claims many spans at once: one sort of the new spans and one merge,
  /// whatever their order. Among equal starts, spans already held come first.
  mutating func insert(contentsOf newSpans: [TextSpan]) {
    guard !newSpans.isEmpty else { return }
    // A stable sort by start keeps equal starts in the order given.
    let added = newSpans.enumerated().sorted {
      ($0.element.start, $0.offset) < ($1.element.start, $1.offset)
    }.map(\.element)
    if spans.last.map({ $0.start <= added[0].start }) ?? true {
      for s in added { insert(s) }
      return
    }
    var merged: [TextSpan] = []
    merged.reserveCapacity(spans.count + added.count)
    var i = 0
    var j = 0
    while i < spans.count || j < added.count {
      if j == added.count || (i < spans.count && spans[i].start <= added[j].start) {
        merged.append(spans[i])
        i += 1
      } else {
        merged.append(added[j])
        j += 1
      }
    }
    spans = merged
    maxEnd = []
    maxEnd.reserveCapacity(merged.count)
    for s in merged { maxEnd.append(max(maxEnd.last ?? s.end, s.end)) }
  }

  /// True when `span` overlaps any span in the set.
  func overlaps(_ span: TextSpan) -> Bool {
    // Candidates start before the query ends; one of them reaches past its start.
    let candidates = firstIndex { $0.start >= span.end }
    return candidates > 0 && maxEnd[candidates - 1] > span.start
  }

  /// True when a span of the set that overlaps `span` satisfies `predicate`.
  /// Walks back only while an earlier span can still reach `span`.
  func containsOverlap(of span: TextSpan, where predicate: (TextSpan) -> Bool) -> Bool {
    var k = firstIndex { $0.start >= span.end } - 1
    while k >= 0, maxEnd[k] > span.start {
      if spans[k].overlaps(span), predicate(spans[k]) { return true }
      k -= 1
    }
    return false
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
