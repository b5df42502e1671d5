/// Rule `org.region-chain.composite-bureau`: a bureau named by its function
/// stems after a region chain (海南区 + 农牧水务局). Table: `CompositeBureauRules`.
extension OrganizationScanner {
  /// The end of a composite bureau word starting at `pos`: one or more
  /// stems (a joiner allowed between two), then a head word; nil otherwise.
  static func compositeBureauEnd(in text: [Unicode.Scalar], at pos: Int) -> Int? {
    let rules = CompositeBureauRules.self
    guard rules.stemTrie.mayStart(text, at: pos) else { return nil }
    var p = pos
    var stems = 0
    while stems < rules.maxStems, let (end, _) = rules.stemTrie.longestMatch(in: text, from: p) {
      p = end
      stems += 1
      if p + 1 < text.count, rules.joiners.contains(text[p]),
        rules.stemTrie.hasMatch(in: text, from: p + 1)
      {
        p += 1
      }
    }
    guard stems > 0, let (end, _) = rules.headTrie.longestMatch(in: text, from: p),
      end >= text.count || !rules.headBlockers.contains(text[end])
    else {
      return nil
    }
    return end
  }
}
