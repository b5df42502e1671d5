/// Turns possibly overlapping spans into properly nested elements.
///
/// Spans that nest become nested elements; spans that cross are split: the
/// one that must close early is closed, and the ones above it that go on
/// are reopened as further parts of the same mark. Each scalar of the text
/// is inside exactly the marks whose spans cover it, so a mark's parts hold
/// exactly its span's scalars.
struct MarkLayout {
  enum Token: Equatable {
    /// Scalars `range` of the text.
    case text(Range<Int>)
    /// Opens part `part` (0 for the first) of mark `mark` (an index into the marks given).
    case open(mark: Int, part: Int)
    case close(mark: Int)
    /// An empty target element for a link into the text.
    case anchor(String)
  }

  /// - Parameters:
  ///   - length: the text's length in scalars; spans are clamped to it.
  ///   - spans: the marks' spans, in the order the caller indexes them.
  ///   - anchors: offsets that links point at, with their element ids.
  static func tokens(length: Int, spans: [Range<Int>], anchors: [(offset: Int, id: String)] = [])
    -> [Token]
  {
    let clamped = spans.map { r in
      min(max(r.lowerBound, 0), length)..<min(max(r.upperBound, 0), length)
    }
    // Earlier starts first; at one start the longest is outermost.
    let order = clamped.indices.sorted {
      clamped[$0].lowerBound != clamped[$1].lowerBound
        ? clamped[$0].lowerBound < clamped[$1].lowerBound
        : (clamped[$0].upperBound != clamped[$1].upperBound
          ? clamped[$0].upperBound > clamped[$1].upperBound : $0 < $1)
    }
    var starting: [Int: [Int]] = [:]
    for i in order { starting[clamped[i].lowerBound, default: []].append(i) }
    var anchorsAt: [Int: [String]] = [:]
    for a in anchors { anchorsAt[min(max(a.offset, 0), length), default: []].append(a.id) }
    var stops = Set([0, length])
    for r in clamped { stops.insert(r.lowerBound); stops.insert(r.upperBound) }
    stops.formUnion(anchorsAt.keys)
    let positions = stops.sorted()

    var tokens: [Token] = []
    var stack: [Int] = []
    var parts = [Int](repeating: 0, count: clamped.count)
    for (n, p) in positions.enumerated() {
      // Close every mark ending here, and whatever sits above the lowest of them.
      var reopen: [Int] = []
      if let lowest = stack.firstIndex(where: { clamped[$0].upperBound == p }) {
        for i in stack[lowest...].reversed() {
          tokens.append(.close(mark: i))
          if clamped[i].upperBound > p { reopen.append(i) }
        }
        stack.removeSubrange(lowest...)
      }
      for id in anchorsAt[p] ?? [] { tokens.append(.anchor(id)) }
      let fresh = starting[p] ?? []
      // Empty spans still get their (empty) element.
      for i in fresh where clamped[i].isEmpty {
        tokens.append(.open(mark: i, part: 0))
        tokens.append(.close(mark: i))
      }
      // What runs on: the longest-running outermost, so that nesting holds.
      let opening = (reopen.reversed() + fresh.filter { !clamped[$0].isEmpty }).sorted {
        clamped[$0].upperBound != clamped[$1].upperBound
          ? clamped[$0].upperBound > clamped[$1].upperBound
          : (clamped[$0].lowerBound != clamped[$1].lowerBound
            ? clamped[$0].lowerBound < clamped[$1].lowerBound : $0 < $1)
      }
      for i in opening {
        tokens.append(.open(mark: i, part: parts[i]))
        parts[i] += 1
        stack.append(i)
      }
      if n + 1 < positions.count, p < positions[n + 1] {
        tokens.append(.text(p..<positions[n + 1]))
      }
    }
    for i in stack.reversed() { tokens.append(.close(mark: i)) }
    return tokens
  }
}
