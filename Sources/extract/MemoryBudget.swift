import Foundation

/// Bounds the input bytes being extracted at once, whatever the number of
/// jobs: extraction holds about twenty bytes per input byte, so many large
/// documents in flight together would multiply the peak. A document larger
/// than the budget still runs, alone.
final class MemoryBudget: @unchecked Sendable {
  private let condition = NSCondition()
  private let limit: Int
  private var inUse = 0

  init(bytes limit: Int) { self.limit = limit }

  /// Runs `body` once `bytes` fit in the budget beside the documents already
  /// being extracted.
  func withReserved<T>(_ bytes: Int, _ body: () -> T) -> T {
    condition.lock()
    while inUse > 0 && inUse + bytes > limit { condition.wait() }
    inUse += bytes
    condition.unlock()
    defer {
      condition.lock()
      inUse -= bytes
      condition.broadcast()
      condition.unlock()
    }
    return body()
  }
}
