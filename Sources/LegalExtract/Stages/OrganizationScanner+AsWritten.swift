/// Rule `level-word-as-written` (issue 16, session 13): 省法院, 市人社局,
/// 县人民法院 in an article that writes no place of that level anywhere are
/// listed as written (ANNOTATION.md: 法院/检察院 expand only where the region
/// is given). Tables: `OrganShortFormRules.asWrittenPlaceholders`.
extension OrganizationScanner {
  /// Rule `level-word-as-written` at `i` (a bare 省/市/县/区 with an organ
  /// word right after it, which no inheriting rule gave a place). `written`
  /// caches, per level word, whether the article writes a place of its level.
  static func asWrittenBody(
    in text: [Unicode.Scalar], at i: Int, written: inout [Unicode.Scalar: Bool]
  ) -> OrganizationCandidate? {
    guard
      let placeholder = OrganShortFormRules.asWrittenPlaceholders.first(where: {
        $0.word == text[i]
      }),
      let levels = inheritedLevels(in: text, at: i),
      !placeholderMarked(text, before: i)
    else { return nil }
    if i >= 2, OrganShortFormRules.listJoiners.contains(text[i - 1]) {
      // 新竹縣、市政府: the level word shares the place of the item before.
      if OrganShortFormRules.asWrittenPlaceholders.contains(where: { $0.word == text[i - 2] }) {
        return nil
      }
      // 威海中院和市人社局: the list wrote its place (even a short one).
      if listNamesPlace(levels: levels, before: i, in: text) { return nil }
    }
    let isWritten = written[text[i]] ?? levelPlaceWritten(text[i], levels: levels, in: text)
    written[text[i]] = isWritten
    guard !isWritten,
      var c = bodyWithRegion(
        placeholder.place, organ: text[(i + 1)..<min(text.count, i + 1 + 24)], start: i,
        organStart: i + 1) ?? organOnlyBody(in: text, at: i),
      c.kind != .company
    else { return nil }
    let asWritten = RegionChain.string(text[c.range])
    // The key keeps the organ's identity (市人社局 and 市人力资源和社会保障局
    // are one body, the longer form names it) under the level word.
    let parts = c.key.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
    c.key =
      parts.count == 3
      ? "\(parts[0])|\(String(text[i]))|\(parts[2])" : "\(c.kind.rawValue)|\(asWritten)"
    c.prefix = ""
    c.organ = asWritten
    c.suffix = ""
    c.organAsWritten = true
    c.expandedPrefix = nil
    c.rule = .levelWordAsWritten
    return c
  }

  /// Rule `placeholder-unit` at the level word `i` (an organ word right
  /// after it): 江西省南昌市某区人民检察院, 北京市A区法院, 浙江省某市某区人民法院.
  /// The unit before the level word is anonymised (某 or a placeholder mark)
  /// and a named place (full division names, at most three links, other
  /// anonymised links between them) ends right before it. The body is named
  /// as written, its organ canonical (法院 → 人民法院). Courts and
  /// procuratorates only (one per place and level, as guard
  /// `region-not-written` holds): the unit's bureaus (江苏省某县人力资源和社会
  /// 保障局) are left out, as the fit golds leave them. Nothing starts before
  /// `notBefore` (the end of the body found last).
  static func placeholderUnitBody(
    in text: [Unicode.Scalar], at i: Int, notBefore: Int
  ) -> OrganizationCandidate? {
    guard i >= 3, i + 1 < text.count,
      let placeholder = OrganShortFormRules.asWrittenPlaceholders.first(where: {
        $0.word == text[i]
      }),
      text[i - 1] == "某" || placeholderMarked(text, before: i),
      let start = namedPlaceStart(endingAt: i - 1, in: text), start >= notBefore,
      var c = bodyWithRegion(
        placeholder.place, organ: text[(i + 1)..<min(text.count, i + 1 + 24)], start: start,
        organStart: i + 1),
      c.kind == .court || c.kind == .procuratorate
    else { return nil }
    let written = RegionChain.string(text[start...i])
    let parts = c.key.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
    c.key =
      parts.count == 3
      ? "\(parts[0])|\(written)|\(parts[2])" : "\(c.kind.rawValue)|\(written)|\(c.organ)"
    c.prefix = written
    c.expandedPrefix = nil
    c.rule = .placeholderUnit
    return c
  }

  /// Where the named place that ends at `end` begins: full division names
  /// (江西省, 南昌市) back to back, at most three links, anonymised links
  /// (某市, X县) allowed after the first; nil when no named link is there.
  static func namedPlaceStart(endingAt end: Int, in text: [Unicode.Scalar]) -> Int? {
    let gazetteer = RegionGazetteer.shared
    var k = end
    var named: Int?
    for _ in 0..<3 {
      var link: Int?
      for n in stride(from: min(10, k), through: 2, by: -1) {
        guard RegionChain.isHan(text[k - n]),
          let forms = gazetteer.trie.value(forScalars: text[(k - n)..<k]),
          forms.contains(where: { !$0.isShort && !gazetteer.divisions[$0.division].isBareDistrict })
        else { continue }
        link = k - n
        break
      }
      if let link {
        k = link
        named = k
        continue
      }
      // 浙江省某市某区: an anonymised link between named ones.
      guard k >= 2, OrganizationScanner.levelWords.contains(text[k - 1]),
        text[k - 2] == "某" || placeholderMarked(text, before: k - 1)
      else { break }
      k -= 2
    }
    return named
  }

  /// 省法院 (a province's 法院 builds no chain: the level is unknown): the
  /// organ word alone after the level word, of the organ's kind.
  static func organOnlyBody(in text: [Unicode.Scalar], at i: Int) -> OrganizationCandidate? {
    guard let (end, index) = OrganRules.trie.longestMatch(in: text, from: i + 1) else {
      return nil
    }
    let rule = OrganRules.all[index]
    var level: OrganizationLevel?
    if case .fixed(let l) = rule.level { level = l }
    return OrganizationCandidate(
      range: i..<end, kind: rule.kind, level: level,
      key: "\(rule.kind.rawValue)|\(String(text[i]))|\(rule.key)", prefix: "", organ: rule.surface,
      rule: .levelWordAsWritten)
  }

  /// A level word after a placeholder's letter or mark (北京市A区法院, X市,
  /// ×县): an anonymised place, not a bare level word.
  static func placeholderMarked(_ text: [Unicode.Scalar], before i: Int) -> Bool {
    guard i > 0 else { return false }
    let p = text[i - 1]
    return (p.isASCII && (p.properties.isAlphabetic || ("0"..."9").contains(p)))
      || OrganShortFormRules.placeholderMarks.contains(p)
  }

  /// True when the list item before the joiner at `i - 1` (Han and 、 back
  /// within `listReach`) writes a place of one of `levels`, full or short.
  static func listNamesPlace(levels: Set<Int>, before i: Int, in text: [Unicode.Scalar]) -> Bool {
    let gazetteer = RegionGazetteer.shared
    var from = i - 1
    while from > 0, i - from < OrganShortFormRules.listReach,
      RegionChain.isHan(text[from - 1]) || text[from - 1] == "、"
    {
      from -= 1
    }
    var k = from
    while k < i - 1 {
      guard gazetteer.trie.mayStart(text, at: k),
        let (end, forms) = gazetteer.trie.longestMatch(in: text, from: k, limit: i - 1)
      else {
        k += 1
        continue
      }
      if forms.contains(where: { levels.contains(gazetteer.divisions[$0.division].level.rawValue) })
      {
        return true
      }
      k = end
    }
    return false
  }

  /// True when the article writes a place a bare `word` could stand for: a
  /// full division name of one of `levels` ending in `word` (太原市, 正定县;
  /// not the bare 城区), and for 省 any province (江苏, 江苏省), for 市 any
  /// municipality (北京). A prefecture's short name (太原) is no 市: the
  /// blind golds list 市人力资源和社会保障局 as written beside 太原通报….
  static func levelPlaceWritten(
    _ word: Unicode.Scalar, levels: Set<Int>, in text: [Unicode.Scalar]
  ) -> Bool {
    let gazetteer = RegionGazetteer.shared
    for k in text.indices where k > 0 && text[k] == word {
      // 某区政法委、区政府: an anonymised place of the level is written.
      if text[k - 1] == "某" || placeholderMarked(text, before: k) { return true }
      for n in 1...min(10, k) {
        let s = k - n
        guard RegionChain.isHan(text[s]) else { break }
        if let forms = gazetteer.trie.value(forScalars: text[s...k]),
          forms.contains(where: {
            let d = gazetteer.divisions[$0.division]
            return !$0.isShort && !d.isBareDistrict && levels.contains(d.level.rawValue)
          })
        {
          return true
        }
      }
    }
    guard word == "省" || word == "市" else { return false }
    var found = false
    gazetteer.walkNames(in: text) { forms in
      found = forms.contains(where: {
        let d = gazetteer.divisions[$0.division]
        return d.level == .province && (word == "省" || d.name.hasSuffix("市"))
      })
      return !found
    }
    return found
  }
}
