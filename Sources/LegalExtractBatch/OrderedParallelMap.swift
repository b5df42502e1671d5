import Foundation

/// Maps a stream of inputs on several threads and hands the outputs back in
/// input order, holding at most `window` items in flight.
///
/// Memory stays bounded whatever the length of the stream: the producer
/// waits when `window` items are unfinished or unconsumed. `consume` runs on
/// the calling thread, in input order.
///
///     OrderedParallelMap.run(paths, jobs: 4) { path in extract(path) } consume: { print($0) }
///
/// - Complexity: O(n) transforms; the caller's thread does the iteration and
///   the consumption, `jobs` worker threads do the transforms.
public enum OrderedParallelMap {
  public static func run<S: Sequence, Output: Sendable>(
    _ inputs: S, jobs: Int, window: Int? = nil,
    transform: @escaping @Sendable (S.Element) -> Output,
    consume: (Output) throws -> Void
  ) rethrows where S.Element: Sendable {
    let workers = max(1, jobs)
    if workers == 1 {
      for input in inputs { try consume(transform(input)) }
      return
    }
    let state = SharedState<S.Element, Output>(window: max(window ?? workers * 4, workers))
    var threads: [Thread] = []
    for _ in 0..<workers {
      let thread = Thread { state.work(transform) }
      thread.stackSize = 8 << 20
      threads.append(thread)
      thread.start()
    }
    defer { state.finishAndJoin() }
    var next = 0
    for input in inputs {
      // Wait for room, handing over finished outputs meanwhile.
      while true {
        let (ready, hasRoom) = state.takeReady(waitingForRoomBeyond: next)
        for output in ready { try consume(output) }
        if hasRoom { break }
      }
      state.submit(input, index: next)
      next += 1
    }
    state.closeSubmissions()
    var remaining = state.consumedCount
    while remaining < next {
      for output in state.takeReadyBlocking() { try consume(output) }
      remaining = state.consumedCount
    }
  }
}

/// The state the caller and the workers share, guarded by one condition.
private final class SharedState<Input: Sendable, Output: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private let window: Int
  /// Submitted inputs; a taken one is cleared at once, so an input's
  /// memory goes as soon as a worker has it.
  private var pending: [(Int, Input)?] = []
  private var pendingHead = 0
  private var done: [Int: Output] = [:]
  private var nextToConsume = 0
  private var submissionsClosed = false
  private var running = 0

  init(window: Int) { self.window = window }

  var consumedCount: Int {
    condition.lock()
    defer { condition.unlock() }
    return nextToConsume
  }

  func submit(_ input: Input, index: Int) {
    condition.lock()
    pending.append((index, input))
    condition.broadcast()
    condition.unlock()
  }

  func closeSubmissions() {
    condition.lock()
    submissionsClosed = true
    condition.broadcast()
    condition.unlock()
  }

  /// Outputs ready in order, and whether another input fits in the window;
  /// waits for a change when neither is so.
  func takeReady(waitingForRoomBeyond submitted: Int) -> ([Output], Bool) {
    condition.lock()
    defer { condition.unlock() }
    var ready = drainLocked()
    var room = submitted - nextToConsume < window
    if ready.isEmpty && !room {
      condition.wait()
      ready = drainLocked()
      room = submitted - nextToConsume < window
    }
    return (ready, room)
  }

  /// Waits until at least one output is ready in order, then takes them all.
  func takeReadyBlocking() -> [Output] {
    condition.lock()
    defer { condition.unlock() }
    while done[nextToConsume] == nil { condition.wait() }
    return drainLocked()
  }

  private func drainLocked() -> [Output] {
    var ready: [Output] = []
    while let output = done.removeValue(forKey: nextToConsume) {
      ready.append(output)
      nextToConsume += 1
    }
    if !ready.isEmpty { condition.broadcast() }
    return ready
  }

  func work(_ transform: @Sendable (Input) -> Output) {
    condition.lock()
    running += 1
    condition.unlock()
    while true {
      condition.lock()
      while pendingHead == pending.count && !submissionsClosed { condition.wait() }
      if pendingHead == pending.count {
        running -= 1
        condition.broadcast()
        condition.unlock()
        return
      }
      guard let (index, input) = pending[pendingHead] else {
        preconditionFailure("an input taken twice")
      }
      pending[pendingHead] = nil
      pendingHead += 1
      if pendingHead >= 64 && pendingHead * 2 >= pending.count {
        pending.removeFirst(pendingHead)
        pendingHead = 0
      }
      condition.unlock()
      let output = transform(input)
      condition.lock()
      done[index] = output
      condition.broadcast()
      condition.unlock()
    }
  }

  func finishAndJoin() {
    condition.lock()
    submissionsClosed = true
    condition.broadcast()
    while running > 0 { condition.wait() }
    condition.unlock()
  }
}
