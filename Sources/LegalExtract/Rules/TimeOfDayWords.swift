/// Times of day (上午, 当晚): one table, read by the date stage (a time of
/// day after a date extends its span: 6月18日上午) and by the figure guards
/// (一天晚上 is "one evening", not a duration of one day).
enum TimeOfDayWords {
  /// The readers of the table.
  struct Subsets: OptionSet, Sendable {
    let rawValue: UInt8
    /// May follow a date and extend its span (上午9时许, 当晚).
    static let afterDate = Subsets(rawValue: 1 << 0)
    /// May follow 一天 / 一日 and make it "one day" in a story.
    static let afterOneDay = Subsets(rawValue: 1 << 1)
  }

  static let table: [(word: String, subsets: Subsets)] = [
    ("凌晨", [.afterDate, .afterOneDay]), ("清晨", [.afterDate, .afterOneDay]),
    ("早晨", [.afterDate, .afterOneDay]), ("早上", [.afterDate, .afterOneDay]),
    ("上午", [.afterDate, .afterOneDay]), ("中午", [.afterDate, .afterOneDay]),
    ("下午", [.afterDate, .afterOneDay]), ("傍晚", [.afterDate, .afterOneDay]),
    ("晚上", [.afterDate, .afterOneDay]), ("晚间", [.afterDate, .afterOneDay]),
    ("夜间", [.afterDate, .afterOneDay]), ("深夜", [.afterDate, .afterOneDay]),
    ("夜里", [.afterDate, .afterOneDay]),
    // One scalar, or already anchored (当晚): only after a date.
    ("午后", .afterDate), ("午夜", .afterDate), ("晚", .afterDate), ("夜", .afterDate), ("早", .afterDate),
    ("当晚", .afterDate), ("当夜", .afterDate), ("当天晚上", .afterDate),
  ]

  /// The words of `subset`, in table order.
  static func words(_ subset: Subsets) -> [String] {
    table.filter { $0.subsets.contains(subset) }.map(\.word)
  }

  /// A trie of the words of `subset`.
  static func trie(_ subset: Subsets) -> PhraseTrie<Bool> {
    var trie = PhraseTrie<Bool>()
    for w in words(subset) { trie.insert(w, value: true) }
    return trie
  }
}
