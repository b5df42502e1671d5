import Dispatch
import Synchronization
import Testing

@testable import LegalExtractBatch

@Suite struct OrderedParallelMapTests {
  @Test(arguments: [1, 2, 4])
  func keepsInputOrder(jobs: Int) {
    var out: [Int] = []
    OrderedParallelMap.run(
      0..<1000, jobs: jobs,
      transform: { i in
        // Uneven work, so that workers finish out of order.
        var x = 0
        for k in 0..<((i * 7919) % 500) { x &+= k }
        return i + (x & 0)
      },
      consume: { out.append($0) })
    #expect(out == Array(0..<1000))
  }

  @Test func holdsAtMostTheWindowInFlight() {
    let inFlight = Atomic<Int>(0)
    let peak = Atomic<Int>(0)
    var consumed = 0
    OrderedParallelMap.run(
      0..<400, jobs: 3, window: 6,
      transform: { i in
        let now = inFlight.add(1, ordering: .relaxed).newValue
        _ = peak.max(now, ordering: .relaxed)
        for _ in 0..<2000 { _ = i }
        inFlight.subtract(1, ordering: .relaxed)
        return i
      },
      consume: { _ in consumed += 1 })
    #expect(consumed == 400)
    #expect(peak.load(ordering: .relaxed) <= 6)
  }

  @Test func emptyInput() {
    var count = 0
    OrderedParallelMap.run([Int](), jobs: 4, transform: { $0 }, consume: { _ in count += 1 })
    #expect(count == 0)
  }
}

/// Outputs flow while reading the next input blocks: the shape of a
/// co-process, where the next input is written only after the previous
/// output was read.
@Suite struct OrderedParallelMapStreamingTests {
  /// Yields 0, 1, 2…; each `next()` after the first waits until the previous
  /// output has been consumed (as a caller waiting for its answer would).
  struct LockStepInputs: Sequence, IteratorProtocol, @unchecked Sendable {
    let consumed: DispatchSemaphore
    let count: Int
    var index = 0
    mutating func next() -> Int? {
      guard index < count else { return nil }
      if index > 0 {
        // A generous timeout so a broken map fails the test rather than hanging it.
        if consumed.wait(timeout: .now() + 20) == .timedOut { return nil }
      }
      index += 1
      return index - 1
    }
  }

  @Test(arguments: [1, 2, 3])
  func outputIsHandedOverWhileTheNextInputBlocks(jobs: Int) {
    let consumed = DispatchSemaphore(value: 0)
    var out: [Int] = []
    var idles = 0
    OrderedParallelMap.run(
      LockStepInputs(consumed: consumed, count: 20), jobs: jobs, transform: { $0 * 2 },
      consume: {
        out.append($0)
        consumed.signal()
      },
      whenIdle: {
        idles += 1
      })
    #expect(out == (0..<20).map { $0 * 2 }, "every answer came back before the next question")
    // Idle whenever nothing else was ready: at least once, at most once per answer.
    #expect((1...20).contains(idles))
  }

  struct Stop: Error {}

  @Test func aThrowingConsumerStopsTheRun() {
    var seen = 0
    #expect(throws: Stop.self) {
      try OrderedParallelMap.run(
        0..<10_000, jobs: 2, transform: { $0 },
        consume: { _ in
          seen += 1
          if seen == 5 { throw Stop() }
        })
    }
    #expect(seen == 5)
  }
}
