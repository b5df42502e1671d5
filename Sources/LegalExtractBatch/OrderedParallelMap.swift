import Foundation

/// Maps a stream of inputs on several threads and hands the outputs back in
/// input order, holding at most `window` items in flight.
///
/// Memory stays bounded whatever the length of the stream: the reader waits
/// when `window` items are unfinished or unconsumed. `consume` runs on the
/// calling thread, in input order, as soon as each output is ready; the
/// inputs are read on a thread of their own, so an output is handed over
/// even while reading the next input blocks (a caller on the other end of a
/// pipe can write one input and wait for its output). `whenIdle` runs on the
/// calling thread after outputs were consumed and no further one is ready:
/// the place to flush buffered output.
///
///     OrderedParallelMap.run(paths, jobs: 4) { path in extract(path) } consume: { print($0) }
///
/// If `consume` or `whenIdle` throws, no further input is read or handed to
/// a worker, running transforms finish, and the error is rethrown; a read
/// blocked at that moment is left to finish on its own thread.
///
/// - Complexity: O(n) transforms; one reader thread iterates `inputs`, `jobs`
///   worker threads do the transforms, the caller's thread consumes.
public enum OrderedParallelMap {
  /// The map, with nothing to do when idle.
  public static func run<S: Sequence, Output: Sendable>(
    _ inputs: S, jobs: Int, window: Int? = nil,
    transform: @escaping @Sendable (S.Element) -> Output,
    consume: (Output) throws -> Void
  ) rethrows where S.Element: Sendable {
    try run(
      inputs, jobs: jobs, window: window, transform: transform, consume: consume, whenIdle: {})
  }

  public static func run<S: Sequence, Output: Sendable>(
    _ inputs: S, jobs: Int, window: Int? = nil,
    transform: @escaping @Sendable (S.Element) -> Output,
    consume: (Output) throws -> Void,
    whenIdle: () throws -> Void
  ) rethrows where S.Element: Sendable {
    let workers = max(1, jobs)
    if workers == 1 {
      // One thread: each output is ready the moment it is made.
      for input in inputs {
        try consume(transform(input))
        try whenIdle()
      }
      return
    }
    let state = SharedState<S.Element, Output>(
      window: max(window ?? workers * 4, workers), workers: workers)
    for _ in 0..<workers {
      let thread = Thread { state.work(transform) }
      thread.stackSize = 8 << 20
      thread.start()
    }
    var iterator = inputs.makeIterator()
    let reader = InputReaderThread { iterator.next() }
    Thread { reader.feed(state) }.start()
    do {
      var consumedSinceIdle = false
      while true {
        switch state.nextOutputs(idleAllowed: consumedSinceIdle) {
        case .outputs(let ready):
          for output in ready { try consume(output) }
          consumedSinceIdle = true
        case .idle:
          try whenIdle()
          consumedSinceIdle = false
        case .finished:
          state.joinWorkers()
          if consumedSinceIdle { try whenIdle() }
          return
        }
      }
    } catch {
      state.cancel()
      state.joinWorkers()
      throw error
    }
  }
}

/// Owns the input iterator (inside `next`) once the reader thread has it;
/// nothing else touches it after hand-over, hence the unchecked sendability.
private final class InputReaderThread<Element: Sendable>: @unchecked Sendable {
  private let next: () -> Element?

  init(_ next: @escaping () -> Element?) { self.next = next }

  func feed<Output>(_ state: SharedState<Element, Output>) {
    var index = 0
    while state.waitForRoom(submitted: index), let input = next() {
      state.submit(input, index: index)
      index += 1
    }
    state.closeSubmissions(total: index)
  }
}

/// What the consumer gets when it asks for outputs.
private enum ConsumerStep<Output> {
  case outputs([Output])
  /// Nothing is ready yet and something was consumed since the last idle.
  case idle
  /// Every input has been read and its output consumed.
  case finished
}

/// The state the reader, the workers and the consumer share, guarded by one
/// condition.
private final class SharedState<Input: Sendable, Output: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private let window: Int
  /// Submitted inputs; a taken one is cleared at once, so an input's
  /// memory goes as soon as a worker has it.
  private var pending: [(Int, Input)?] = []
  private var pendingHead = 0
  private var done: [Int: Output] = [:]
  private var nextToConsume = 0
  /// The number of inputs, once the reader has seen the end.
  private var total: Int?
  private var cancelled = false
  /// Workers not yet returned.
  private var running: Int

  init(window: Int, workers: Int) {
    self.window = window
    self.running = workers
  }

  /// Waits until another input fits in the window; false when cancelled.
  func waitForRoom(submitted: Int) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while !cancelled && submitted - nextToConsume >= window { condition.wait() }
    return !cancelled
  }

  func submit(_ input: Input, index: Int) {
    condition.lock()
    pending.append((index, input))
    condition.broadcast()
    condition.unlock()
  }

  func closeSubmissions(total count: Int) {
    condition.lock()
    total = count
    condition.broadcast()
    condition.unlock()
  }

  func cancel() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    condition.unlock()
  }

  /// Waits for the outputs ready in order, the end, or (when allowed) a
  /// moment when nothing is ready.
  func nextOutputs(idleAllowed: Bool) -> ConsumerStep<Output> {
    condition.lock()
    defer { condition.unlock() }
    while true {
      var ready: [Output] = []
      while let output = done.removeValue(forKey: nextToConsume) {
        ready.append(output)
        nextToConsume += 1
      }
      if !ready.isEmpty {
        condition.broadcast()
        return .outputs(ready)
      }
      if let total, nextToConsume == total { return .finished }
      if idleAllowed { return .idle }
      condition.wait()
    }
  }

  func work(_ transform: @Sendable (Input) -> Output) {
    while true {
      condition.lock()
      while pendingHead == pending.count && total == nil && !cancelled { condition.wait() }
      if pendingHead == pending.count || cancelled {
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

  /// Waits until every worker has returned (after the end or a cancel).
  func joinWorkers() {
    condition.lock()
    while running > 0 { condition.wait() }
    condition.unlock()
  }
}
