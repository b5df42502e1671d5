/// Local branches of national bodies: one agency named by the body, a place
/// and a unit (国家外汇管理局黔南州分局, 国家税务总局苏州市吴中区税务局,
/// 国家金融监督管理总局江阴金融监管支局), and the branches of the corps'
/// procuratorate (新疆生产建设兵团人民检察院第一分院).
extension OrganizationScanner {
  static let inspection = Array("稽查局".unicodeScalars)
  static let taxBranch = Array("税务分局".unicodeScalars)

  /// The end and written tail of a branch at `pos`, right after a national body.
  static func nationalBranch(in text: [Unicode.Scalar], at pos: Int, body: NationalBodyRules.Body)
    -> (Int, String)?
  {
    if body.name == NationalBodyRules.corpsProcuratorate {
      // 第一分院: an ordinal and 分院.
      guard pos + 4 <= text.count, text[pos] == "第", ordinals.contains(text[pos + 1]),
        RegionChain.hasPrefix(text, pos + 2, branchCourt)
      else { return nil }
      return (pos + 4, RegionChain.string(text[pos..<(pos + 4)]))
    }
    guard body.kind == .agency else { return nil }
    var best: Int?
    var tokens: [RegionToken] = []
    func extend(at p: Int) {
      if !tokens.isEmpty,
        let (end, _) = NationalBodyRules.branchUnits.longestMatch(in: text, from: p, limit: p + 8),
        best.map({ end > $0 }) ?? true
      {
        best = end
      }
      guard tokens.count < 3 else { return }
      RegionChain.visitTokens(in: text, at: p, after: tokens.last, afterName: true) { t in
        guard t.shape != .town else { return }
        tokens.append(t)
        extend(at: t.end)
        tokens.removeLast()
      }
    }
    extend(at: pos)
    guard var end = best else { return nil }
    end = inspectionTail(in: text, at: end) ?? end
    return (end, RegionChain.string(text[pos..<end]))
  }

  /// 稽查局, 第一稽查局, 第三税务分局 or (稽查局) after a tax bureau: still the same body.
  static func inspectionTail(in text: [Unicode.Scalar], at pos: Int) -> Int? {
    func unit(at p: Int) -> Int? {
      var q = p
      if q + 1 < text.count, text[q] == "第", ordinals.contains(text[q + 1]) { q += 2 }
      for word in [inspection, taxBranch] where RegionChain.hasPrefix(text, q, word) {
        return q + word.count
      }
      return nil
    }
    if let end = unit(at: pos) { return end }
    if pos < text.count, text[pos] == "(", let end = unit(at: pos + 1), end < text.count,
      text[end] == ")"
    {
      return end + 1
    }
    return nil
  }
}
