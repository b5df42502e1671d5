import Synchronization

/// A per-document index built on its first use, then kept: many documents
/// never ask the question it answers (most have no three-character name to
/// confirm), so building it up front cost more than every lookup together.
final class LazyIndex<Index: Sendable>: Sendable {
  private let build: @Sendable () -> Index
  private let built = Mutex<Index?>(nil)

  init(_ build: @escaping @Sendable () -> Index) {
    self.build = build
  }

  /// The index, built now if this is the first use.
  var index: Index {
    built.withLock { built in
      if let built { return built }
      let index = build()
      built = index
      return index
    }
  }
}
