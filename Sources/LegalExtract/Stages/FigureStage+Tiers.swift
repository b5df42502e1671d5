import ChineseText

/// Tiers of bodies (FigureTierRules): 市、区两级检察机关, 省、市、县三级沟通网络.
extension FigureScanner {
  /// Where the bodies a tier count names end, reading from `unitEnd` past a
  /// modifier (两级不同监管部门, 三级的法院), or nil when none follows.
  func tierBodies(after unitEnd: Int) -> (start: Int, end: Int)? {
    let n = text.count
    var k = unitEnd
    if let (m, _) = FigureTierRules.modifierTrie.longestMatch(
      in: text, from: k, limit: min(n, k + 3))
    {
      k = m
    }
    guard
      let (end, _) = FigureGuardRules.tierTrie.longestMatch(in: text, from: k, limit: min(n, k + 6))
    else { return nil }
    return (k, end)
  }

  /// True when two or more administrative levels are listed right before
  /// the number (省、市、县三级; 区街道两级): the count sums them up. Two
  /// one-character levels side by side without a joiner (福州市) are a
  /// place name, not a list.
  func listsLevels(before start: Int) -> Bool {
    var k = start
    var levels = 0
    var joined = true
    var previousLength = 0
    while k > 0 {
      if levels > 0, FigureTierRules.levelJoiners.contains(text[k - 1]) {
        joined = true
        k -= 1
        continue
      }
      guard let s = wordStart(FigureTierRules.levelTrie, endingAt: k) else { break }
      if !joined, k - s < 2, previousLength < 2 { break }
      levels += 1
      previousLength = k - s
      joined = false
      k = s
    }
    return levels >= 2
  }
}
