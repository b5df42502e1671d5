/// The spans of a list of mentions ordered by start, for asking which of
/// them lie in a range without walking the whole list: a document of many
/// cases asks once per case.
struct SpanIndex: Sendable {
  /// Positions in the source list, by start (equal starts keep list order).
  private let order: [Int]
  private let starts: [Int]
  private let spans: [TextSpan]
  /// The longest span's length: a span holding an offset starts at most this far before it.
  private let longest: Int

  init(_ spans: [TextSpan]) {
    self.spans = spans
    order = spans.indices.sorted { (spans[$0].start, $0) < (spans[$1].start, $1) }
    starts = order.map { spans[$0].start }
    longest = spans.map(\.length).max() ?? 0
  }

  /// Positions in the source list (ascending) of the spans that start in `range`.
  func positions(startingIn range: Range<Int>) -> [Int] {
    let lo = firstOrder(startAtLeast: range.lowerBound)
    let hi = firstOrder(startAtLeast: range.upperBound)
    guard lo < hi else { return [] }
    return order[lo..<hi].sorted()
  }

  /// Positions in the source list (ascending) of the spans inside `span`.
  func positions(inside span: TextSpan) -> [Int] {
    positions(startingIn: span.start..<max(span.start, span.end + 1)).filter {
      span.contains(spans[$0])
    }
  }

  /// Positions in the source list (ascending) of the spans with `offset`
  /// strictly inside them (start < offset < end).
  func positions(around offset: Int) -> [Int] {
    positions(startingIn: max(0, offset - longest)..<max(0, offset)).filter {
      spans[$0].end > offset
    }
  }

  /// The elements of `list` (the list this index was built from) inside `span`, in list order.
  func elements<T>(of list: [T], inside span: TextSpan) -> [T] {
    positions(inside: span).map { list[$0] }
  }

  private func firstOrder(startAtLeast value: Int) -> Int {
    var lo = 0
    var hi = starts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if starts[mid] >= value { hi = mid } else { lo = mid + 1 }
    }
    return lo
  }
}
