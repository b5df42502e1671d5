/// The one step that turns a stage's candidates into mentions: it keeps a
/// non-overlapping subset under a named policy and reports every dropped
/// candidate to the trace as rejected by `Selection.overlapRule`.
///
///     let kept = Selection.select(candidates, policy: .leftmostLongest, trace: &context.trace)
enum Selection {
  /// The rule name a candidate lost to overlap is rejected by.
  static let overlapRule: RuleName = "selection.overlap"

  /// How overlapping candidates are ranked; the first in rank order that
  /// overlaps nothing kept so far is kept.
  enum Policy: Sendable {
    /// Earliest start, then longest, then priority: a left-to-right scanner
    /// that skips past each match (dockets, statute titles).
    case leftmostLongest
    /// Longest, then priority, then earliest start (spaCy's filter_spans,
    /// Recognizers-Text's MergeAllTokens).
    case longestThenPriorityThenEarliest
    /// Priority tiers first, then leftmost-longest within a tier: a stage
    /// whose readings have an order of trust (organizations: named bodies,
    /// then companies, then organs named by a bare place).
    case priorityThenLeftmostLongest
  }

  /// Keeps a non-overlapping subset of `candidates`, in text order.
  ///
  /// - Complexity: O(n) for `leftmostLongest` over candidates already in
  ///   start order (what a scanner emits); O(n log n + n·k) otherwise, k the
  ///   number kept.
  static func select<Value>(
    _ candidates: [Candidate<Value>], policy: Policy, trace: inout RuleTrace?
  ) -> [Candidate<Value>] {
    if candidates.count < 2 { return candidates }
    switch policy {
    case .leftmostLongest:
      return leftmostLongest(candidates, trace: &trace)
    case .longestThenPriorityThenEarliest:
      return longestFirst(candidates, trace: &trace)
    case .priorityThenLeftmostLongest:
      return tiered(candidates, trace: &trace)
    }
  }

  private static func leftmostLongest<Value>(
    _ candidates: [Candidate<Value>], trace: inout RuleTrace?
  ) -> [Candidate<Value>] {
    let ordered: [Candidate<Value>]
    if isLeftmostOrdered(candidates) {
      ordered = candidates
    } else {
      ordered = candidates.enumerated().sorted { a, b in
        precedesLeftmost(a.element, b.element)
          || (!precedesLeftmost(b.element, a.element) && a.offset < b.offset)
      }.map(\.element)
    }
    var kept: [Candidate<Value>] = []
    kept.reserveCapacity(ordered.count)
    for c in ordered {
      if let last = kept.last, c.span.start < last.span.end {
        trace?.reject(
          Rejection(c.span, proposedBy: c.rule, rejectedBy: overlapRule),
          detail: "lost to \(last.rule) at \(last.span)")
      } else {
        kept.append(c)
      }
    }
    return kept
  }

  private static func longestFirst<Value>(
    _ candidates: [Candidate<Value>], trace: inout RuleTrace?
  ) -> [Candidate<Value>] {
    let ordered = candidates.enumerated().sorted { a, b in
      let sa = a.element.span
      let sb = b.element.span
      if sa.length != sb.length { return sa.length > sb.length }
      if a.element.priority != b.element.priority { return a.element.priority > b.element.priority }
      if sa.start != sb.start { return sa.start < sb.start }
      return a.offset < b.offset
    }
    var kept: [Candidate<Value>] = []
    for (_, c) in ordered {
      if let winner = kept.first(where: { $0.span.overlaps(c.span) }) {
        trace?.reject(
          Rejection(c.span, proposedBy: c.rule, rejectedBy: overlapRule),
          detail: "lost to \(winner.rule) at \(winner.span)")
      } else {
        kept.append(c)
      }
    }
    return kept.sorted { $0.span < $1.span }
  }

  /// Tier by tier, highest priority first: leftmost-longest inside the tier,
  /// and a candidate overlapping anything an earlier tier kept is dropped.
  /// Linear per tier: the kept spans stay sorted and disjoint, so each tier
  /// merges into them in one pass.
  private static func tiered<Value>(
    _ candidates: [Candidate<Value>], trace: inout RuleTrace?
  ) -> [Candidate<Value>] {
    let tiers = Set(candidates.map(\.priority)).sorted(by: >)
    if tiers.count < 2 { return leftmostLongest(candidates, trace: &trace) }
    var kept: [Candidate<Value>] = []
    for tier in tiers {
      let inTier = leftmostLongest(candidates.filter { $0.priority == tier }, trace: &trace)
      var merged: [Candidate<Value>] = []
      merged.reserveCapacity(kept.count + inTier.count)
      var k = 0
      for c in inTier {
        // Kept spans are disjoint and sorted: only the ones around c's start can overlap it.
        while k < kept.count, kept[k].span.end <= c.span.start {
          merged.append(kept[k])
          k += 1
        }
        if k < kept.count, kept[k].span.start < c.span.end {
          trace?.reject(
            Rejection(c.span, proposedBy: c.rule, rejectedBy: overlapRule),
            detail: "lost to \(kept[k].rule) at \(kept[k].span)")
        } else {
          merged.append(c)
        }
      }
      merged.append(contentsOf: kept[k...])
      kept = merged
    }
    return kept
  }

  /// Earliest start, then longest, then higher priority.
  private static func precedesLeftmost<Value>(_ a: Candidate<Value>, _ b: Candidate<Value>) -> Bool
  {
    if a.span.start != b.span.start { return a.span.start < b.span.start }
    if a.span.end != b.span.end { return a.span.end > b.span.end }
    return a.priority > b.priority
  }

  private static func isLeftmostOrdered<Value>(_ candidates: [Candidate<Value>]) -> Bool {
    var i = 1
    while i < candidates.count {
      if precedesLeftmost(candidates[i], candidates[i - 1]) { return false }
      i += 1
    }
    return true
  }
}
