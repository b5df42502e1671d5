import ChineseText

/// What may follow a law name: version and alias brackets, parts of a code,
/// provisions, and a bracket restating them under a newer version.
extension StatuteScanner {
  /// Version and alias brackets, then provisions, then a renumbering bracket.
  func tail(after start: Int) -> CitationTail {
    var t = CitationTail(end: start)
    var i = start
    for _ in 0..<3 {
      while i < text.count, text[i] == " " { i += 1 }
      guard i < text.count, text[i] == "(", let close = StatuteTitle.closingParen(of: i, in: text)
      else { break }
      // （劳社部函〔2004〕256号，以下简称《意见》）: one bracket may hold a document number or version note and then the
      // alias, parted by a comma; every part must be one of the three.
      var read = t
      var understood = true
      for part in Self.bracketParts(Array(text[(i + 1)..<close])) {
        if let a = StatuteTitle.aliasName(in: part) {
          read.alias = a.name
          read.aliasBracketed = a.bracketed
        } else if StatuteTitle.isVersionNote(part) {
          read.version = StatuteTitle.display(part)
        } else if StatuteTitle.isDocumentNumber(part) {
          read.documentNumber = LawLexicon.key(StatuteTitle.display(part))
        } else {
          understood = false
          break
        }
      }
      guard understood else { break }
      t = read
      i = close + 1
      t.end = i
    }
    let bracketed = start > 0 && text[start - 1] == "》"
    if let p = ProvisionParser.parse(text, at: i) ?? structure(at: i).flatMap({
      ProvisionParser.parse(text, at: $0)
    })
      ?? (bracketed || i > start ? ProvisionParser.parse(text, at: i, markOptional: true) : nil)
    {
      t.provisions = p.provisions
      t.end = p.end
      renumbered(into: &t)
    } else if let p = ProvisionParser.articleMissingMark(text, at: i) {
      t.provisions = p.provisions
      t.end = p.end
    }
    return t
  }

  /// The parts of a bracket's inner text, split at commas and semicolons
  /// (whole when it holds none).
  static func bracketParts(_ inner: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    guard inner.contains(where: { StatuteRules.bracketPartBreaks.contains($0) }) else {
      return [inner]
    }
    return inner.split(whereSeparator: { StatuteRules.bracketPartBreaks.contains($0) }).map(
      Array.init)
  }

  /// Past the parts of a code before an article: 侵权责任编, 第七编, 第一章, 第二节.
  func structure(at start: Int) -> Int? {
    var k = start
    for _ in 0..<3 {
      if k < text.count, text[k] == "第" {
        var j = k + 1
        while j < text.count, j - k < 6,
          ChineseNumeral.isChineseNumeralScalar(text[j]) || ChineseNumeral.isArabicDigit(text[j])
        {
          j += 1
        }
        guard j > k + 1, j < text.count, ["编", "章", "节"].contains(text[j]) else { break }
        k = j + 1
        if k < text.count, text[k] == " " { k += 1 }
        continue
      }
      var j = k
      while j < text.count, j - k < 8, StatuteTitle.isHan(text[j]), text[j] != "第", text[j] != "编" {
        j += 1
      }
      guard j > k, j < text.count, text[j] == "编" else { break }
      k = j + 1
    }
    return k > start ? k : nil
  }

  /// （现为2021年修正后的第五十八条第二款） after provisions adds the new numbers.
  func renumbered(into t: inout CitationTail) {
    guard t.end < text.count, text[t.end] == "(",
      let close = StatuteTitle.closingParen(of: t.end, in: text)
    else { return }
    let inner = t.end + 1
    guard
      StatuteRules.renumberMarkers.contains(where: { w in
        (inner..<close).contains { ProvisionParser.match(w, in: text, at: $0) != nil }
      }), let first = (inner..<close).first(where: { text[$0] == "第" }),
      // （现为…《人民检察院民事诉讼监督规则》第三条）: the numbers belong to the
      // newer text the bracket names; the scan cites it on its own.
      !(inner..<first).contains(where: { text[$0] == "《" }),
      let p = ProvisionParser.parse(text, at: first)
    else { return }
    t.provisions += p.provisions
    t.end = close + 1
  }

  /// Past any provisions that follow a rejected title, so they attach to nothing.
  func skipProvisions(after start: Int) -> Int {
    var i = start
    for _ in 0..<2 {
      guard i < text.count, text[i] == "(", let close = StatuteTitle.closingParen(of: i, in: text)
      else { break }
      i = close + 1
    }
    return ProvisionParser.parse(text, at: i)?.end ?? start
  }
}
