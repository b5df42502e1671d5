import Synchronization
import Testing
@testable import LegalExtractBatch

@Suite struct OrderedParallelMapTests {
  @Test(arguments: [1, 2, 4])
  func keepsInputOrder(jobs: Int) {
    var out: [Int] = []
    OrderedParallelMap.run(0..<1000, jobs: jobs, transform: { i in
      // Uneven work, so that workers finish out of order.
      var x = 0
      for k in 0..<((i * 7919) % 500) { x &+= k }
      return i + (x & 0)
    }) { out.append($0) }
    #expect(out == Array(0..<1000))
  }

  @Test func holdsAtMostTheWindowInFlight() {
    let inFlight = Atomic<Int>(0)
    let peak = Atomic<Int>(0)
    var consumed = 0
    OrderedParallelMap.run(0..<400, jobs: 3, window: 6, transform: { i in
      let now = inFlight.add(1, ordering: .relaxed).newValue
      _ = peak.max(now, ordering: .relaxed)
      for _ in 0..<2000 { _ = i }
      inFlight.subtract(1, ordering: .relaxed)
      return i
    }) { _ in consumed += 1 }
    #expect(consumed == 400)
    #expect(peak.load(ordering: .relaxed) <= 6)
  }

  @Test func emptyInput() {
    var count = 0
    OrderedParallelMap.run([Int](), jobs: 4, transform: { $0 }) { _ in count += 1 }
    #expect(count == 0)
  }
}
