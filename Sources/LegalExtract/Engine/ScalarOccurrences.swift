/// Where each scalar occurs in a text, bucketed by the scalar's low bits and
/// built in one pass, so that finding every occurrence of a short literal
/// (a name) costs the occurrences of its rarest scalar, not a scan of the
/// whole text: a long document asks this for every name a case mentions.
struct ScalarOccurrences: Sendable {
  private let text: [Unicode.Scalar]
  private let mask: UInt32
  /// Offsets in bucket order: bucket b holds positions[bucketStart[b]..<bucketStart[b + 1]], ascending.
  private let bucketStart: [Int]
  private let positions: [UInt32]

  init(_ text: [Unicode.Scalar]) {
    self.text = text
    // About two scalars a bucket; 2^21 buckets give every scalar its own.
    var buckets = 16
    while buckets < text.count / 2, buckets < 1 << 21 { buckets <<= 1 }
    let mask = UInt32(buckets - 1)
    self.mask = mask
    var start = [Int](repeating: 0, count: buckets + 1)
    var positions = [UInt32](repeating: 0, count: text.count)
    // Over buffer pointers: every index is a masked bucket or a text offset,
    // in range by construction, and the checked subscripts were most of the
    // cost of building (a case stage builds this for every document).
    text.withUnsafeBufferPointer { text in
      start.withUnsafeMutableBufferPointer { start in
        for s in text { start[Int(s.value & mask) + 1] += 1 }
        for b in 0..<buckets { start[b + 1] += start[b] }
        var fill = Array(start)
        fill.withUnsafeMutableBufferPointer { fill in
          positions.withUnsafeMutableBufferPointer { positions in
            for (i, s) in text.enumerated() {
              let b = Int(s.value & mask)
              positions[fill[b]] = UInt32(truncatingIfNeeded: i)
              fill[b] += 1
            }
          }
        }
      }
    }
    self.bucketStart = start
    self.positions = positions
  }

  /// Calls `visit` with every offset in `range` whose scalar may be one of
  /// `scalars` (it shares a bucket with one), each offset once, in ascending
  /// order within a bucket: the places a phrase table could match, found
  /// without reading the offsets where none of its first scalars stands.
  func forEachCandidate(
    of scalars: [Unicode.Scalar], in range: Range<Int>, _ visit: (Int) -> Void
  ) {
    var buckets: [Int] = []
    buckets.reserveCapacity(scalars.count)
    for s in scalars where !buckets.contains(Int(s.value & mask)) {
      buckets.append(Int(s.value & mask))
    }
    for b in buckets {
      // The first position of the bucket at or after the range (binary search).
      var lo = bucketStart[b]
      var hi = bucketStart[b + 1]
      while lo < hi {
        let mid = (lo + hi) / 2
        if Int(positions[mid]) < range.lowerBound { lo = mid + 1 } else { hi = mid }
      }
      while lo < bucketStart[b + 1], Int(positions[lo]) < range.upperBound {
        visit(Int(positions[lo]))
        lo += 1
      }
    }
  }

  /// True when `literal` occurs at some offset that satisfies `predicate`.
  func contains(_ literal: [Unicode.Scalar], where predicate: (Int) -> Bool) -> Bool {
    guard !literal.isEmpty else { return false }
    // Candidates come from the literal's smallest bucket.
    let sizes = literal.map {
      bucketStart[Int($0.value & mask) + 1] - bucketStart[Int($0.value & mask)]
    }
    guard let k = sizes.indices.min(by: { sizes[$0] < sizes[$1] }) else { return false }
    let b = Int(literal[k].value & mask)
    for p in positions[bucketStart[b]..<bucketStart[b + 1]] {
      let at = Int(p) - k
      if text.hasLiteral(literal, at: at), predicate(at) { return true }
    }
    return false
  }
}
