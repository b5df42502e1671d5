import ChineseText

/// Reads a list of provisions at an offset of the folded text:
///
///     第二十五条第四款               → [25 ¶4]
///     第一百三十三条之一             → [133 sub 1]
///     第十条第一款第（三）项          → [10 ¶1 item 3]
///     第六十四条、第六十五条          → [64, 65]
///     第十条第一款、第二款            → [10 ¶1, 10 ¶2]
///     第一百七十九条第一款（二）、（三）项 → [179 ¶1 item 2, 179 ¶1 item 3]
///     第二十五条至第二十七条          → [25, 26, 27]
///
/// A list must start with an article (第N条), unless `continuing` gives the
/// article that a leading 第二款 attaches to.
enum ProvisionParser {
  private enum Level { case article, paragraph, item }

  private struct Token {
    var level: Level
    var value: Int
    var sub: Int?
    var end: Int
  }

  /// The provisions starting at `start` and the offset after the last one.
  /// `markOptional` lets the first article drop its 第 (《刑法》二百二十五条:
  /// right after a title a numeral and 条 can only be an article).
  static func parse(
    _ text: [Unicode.Scalar], at start: Int, continuing: Provision? = nil,
    markOptional: Bool = false
  ) -> (provisions: [Provision], end: Int)? {
    var out: [Provision] = []
    var pending: Provision? = nil
    var last: Provision? = continuing
    var i = start
    var end = start
    var chained = false  // previous token touched this one, no separator between
    while true {
      let firstWithoutMark =
        markOptional && i == start
        && token(text, at: i, afterSeparator: true).map { $0.level == .article } == true
      guard
        let tok = token(text, at: i, afterSeparator: (i > start && !chained) || firstWithoutMark)
      else { break }
      switch tok.level {
      case .article:
        if let p = pending { out.append(p) }
        pending = Provision(article: tok.value, sub: tok.sub)
      case .paragraph:
        guard let base = pending ?? last else { return finish() }
        if chained, var p = pending, p.paragraph == nil, p.item == nil {
          p.paragraph = tok.value
          pending = p
        } else {
          if let p = pending { out.append(p) }
          pending = Provision(article: base.article, sub: base.sub, paragraph: tok.value)
        }
      case .item:
        guard let base = pending ?? last else { return finish() }
        if chained, var p = pending, p.item == nil {
          p.item = tok.value
          pending = p
        } else {
          if let p = pending { out.append(p) }
          pending = Provision(
            article: base.article, sub: base.sub, paragraph: base.paragraph, item: tok.value)
        }
      }
      if let p = pending { last = p }
      i = tok.end
      end = tok.end
      // An item list written (二)、(三)项 closes with one 项 for all of them.
      if i < text.count, text[i] == "项" {
        i += 1
        end = i
      }
      // Range: 第二十五条至第二十七条, 第（一）至（五）项: each element between.
      if let r = rangeEnd(text, at: i), r.level == tok.level, let p = pending,
        let from = value(of: p, at: tok.level), r.value > from, r.value - from <= 60
      {
        for v in from..<r.value { out.append(with(p, v, at: tok.level)) }
        pending = with(p, r.value, at: tok.level)
        last = pending
        i = r.end
        if i < text.count, text[i] == "项" { i += 1 }
        end = i
        chained = true
        continue
      }
      if let next = separator(text, at: i), token(text, at: next, afterSeparator: true) != nil {
        i = next
        chained = false
      } else {
        chained = true
      }
    }
    return finish()

    func finish() -> (provisions: [Provision], end: Int)? {
      if let p = pending { out.append(p) }
      return out.isEmpty ? nil : (out, end)
    }
  }

  /// 第二百二十五规定 right after a title: an article whose 条 the source
  /// dropped. Read only there, where 第N cannot be anything else.
  static func articleMissingMark(_ text: [Unicode.Scalar], at i: Int) -> (
    provisions: [Provision], end: Int
  )? {
    guard i < text.count, text[i] == "第", let n = number(text, at: i + 1),
      match(StatuteRules.provisionVerb, in: text, at: n.end) != nil
    else { return nil }
    return ([Provision(article: n.value)], n.end)
  }

  /// The element after a range word (至第二十七条, 至二十七条, 至（五）项).
  private static func rangeEnd(_ text: [Unicode.Scalar], at i: Int) -> (
    level: Level, value: Int, end: Int
  )? {
    guard i < text.count else { return nil }
    for w in StatuteRules.rangeWords {
      guard let j = match(w, in: text, at: i), let t = token(text, at: j, afterSeparator: true)
      else { continue }
      return (t.level, t.value, t.end)
    }
    return nil
  }

  private static func value(of p: Provision, at level: Level) -> Int? {
    switch level {
    case .article: return p.sub == nil && p.paragraph == nil && p.item == nil ? p.article : nil
    case .paragraph: return p.item == nil ? p.paragraph : nil
    case .item: return p.item
    }
  }

  private static func with(_ p: Provision, _ v: Int, at level: Level) -> Provision {
    var q = p
    switch level {
    case .article: q = Provision(article: v)
    case .paragraph: q.paragraph = v
    case .item: q.item = v
    }
    return q
  }

  /// The offset after a list separator, when one stands at `i`.
  private static func separator(_ text: [Unicode.Scalar], at i: Int) -> Int? {
    for w in StatuteRules.listSeparators {
      if let j = match(w, in: text, at: i) { return j }
    }
    return nil
  }

  /// One element: 第N条[之N], 第N款, 第N项, 第(N)项, (N)项 or (N) before 、/项.
  private static func token(_ text: [Unicode.Scalar], at i: Int, afterSeparator: Bool = false)
    -> Token?
  {
    guard i < text.count else { return nil }
    // 第六十四条、六十五条: later elements of a list may drop 第.
    if afterSeparator, text[i] != "第", text[i] != "(", let n = number(text, at: i),
      n.end < text.count
    {
      switch text[n.end] {
      case "条": return Token(level: .article, value: n.value, end: n.end + 1)
      case "款": return Token(level: .paragraph, value: n.value, end: n.end + 1)
      case "项": return Token(level: .item, value: n.value, end: n.end + 1)
      case "、":
        // 第一、二、三款: a middle element of a list that one 款 closes.
        guard let level = sharedLevel(text, from: n.end) else { return nil }
        return Token(level: level, value: n.value, end: n.end)
      default: return nil
      }
    }
    if text[i] == "第" {
      var j = skipInlineSpace(text, from: i + 1)
      if j < text.count, text[j] == "(" {
        guard let n = number(text, at: j + 1), n.end < text.count, text[n.end] == ")" else {
          return nil
        }
        j = n.end + 1
        // 第（三）项, or 第（一）至（五）项 whose 项 comes after the range, or
        // 第（一）、（二）项 whose 项 closes the list.
        guard j < text.count,
          text[j] == "项" || (text[j] == "、" && sharedLevel(text, from: j) == .item)
            || StatuteRules.rangeWords.contains(where: { match($0, in: text, at: j) != nil })
        else { return nil }
        return Token(level: .item, value: n.value, end: text[j] == "项" ? j + 1 : j)
      }
      guard let n = number(text, at: j), n.end < text.count else { return nil }
      j = skipInlineSpace(text, from: n.end)
      guard j < text.count else { return nil }
      // 第16A条 (a Hong Kong or Macau ordinance's lettered section, inserted
      // after 第16条): the letter numbers the sub-article, as 之一 does.
      if let sub = sectionLetter(text, at: j, after: n.end) {
        return Token(level: .article, value: n.value, sub: sub, end: j + 2)
      }
      // 第一、三款, 第二、四项, 第十、十一条: the list's closing word gives
      // every element its level.
      if j == n.end, text[j] == "、", let level = sharedLevel(text, from: j) {
        return Token(level: level, value: n.value, end: j)
      }
      // 第10至12条, 第一至三款: the range's closing word gives its first
      // element the level.
      if j == n.end, let level = sharedRangeLevel(text, from: j) {
        return Token(level: level, value: n.value, end: j)
      }
      switch text[j] {
      case "条":
        var t = Token(level: .article, value: n.value, end: j + 1)
        // 之一 as a sub-article, but not 之规定.
        if j + 2 < text.count, text[j + 1] == "之", let s = number(text, at: j + 2) {
          t.sub = s.value
          t.end = s.end
        }
        return t
      case "款": return Token(level: .paragraph, value: n.value, end: j + 1)
      case "项": return Token(level: .item, value: n.value, end: j + 1)
      default: return nil
      }
    }
    if text[i] == "(" {
      guard let n = number(text, at: i + 1), n.end < text.count, text[n.end] == ")" else {
        return nil
      }
      let j = n.end + 1
      guard j < text.count,
        text[j] == "项" || text[j] == "、"
          || StatuteRules.rangeWords.contains(where: { match($0, in: text, at: j) != nil })
      else { return nil }
      return Token(level: .item, value: n.value, end: j)
    }
    return nil
  }

  /// The level of a list of bare numbers that one 款 or 项 closes, read from
  /// the 、 at `k` (第一、三款 → paragraph; （一）、（二）项 → item), or nil
  /// when the list closes with anything else (第一、二审).
  private static func sharedLevel(_ text: [Unicode.Scalar], from k: Int) -> Level? {
    var i = k
    for _ in 0..<sharedListReach {
      guard i < text.count, text[i] == "、" else { return nil }
      i += 1
      var bracketed = false
      if i < text.count, text[i] == "(" {
        bracketed = true
        i += 1
      }
      guard let n = number(text, at: i) else { return nil }
      i = n.end
      if bracketed {
        guard i < text.count, text[i] == ")" else { return nil }
        i += 1
      }
      guard i < text.count else { return nil }
      switch text[i] {
      case "条": return bracketed ? nil : .article
      case "款": return bracketed ? nil : .paragraph
      case "项": return .item
      case "、": continue
      default: return nil
      }
    }
    return nil
  }

  /// The level of a range of bare numbers that one 条, 款 or 项 closes
  /// (第10至12条 → article, 第一至三款 → paragraph), read from the range
  /// word at `k`, or nil when it closes with anything else (第三至五名).
  private static func sharedRangeLevel(_ text: [Unicode.Scalar], from k: Int) -> Level? {
    guard k < text.count, StatuteRules.rangeStarts.contains(text[k]) else { return nil }
    for w in StatuteRules.rangeWords {
      guard let j = match(w, in: text, at: k), let n = number(text, at: j), n.end < text.count
      else { continue }
      switch text[n.end] {
      case "条": return .article
      case "款": return .paragraph
      case "项": return .item
      default: return nil
      }
    }
    return nil
  }

  /// The most elements a list closed by one 款 or 项 may have.
  static let sharedListReach = 8

  /// The sub-article a capital letter right after an Arabic article number
  /// gives (16A条 → 1, 16B条 → 2), or nil.
  private static func sectionLetter(
    _ text: [Unicode.Scalar], at j: Int, after numberEnd: Int
  ) -> Int? {
    guard j == numberEnd, j + 1 < text.count, text[j + 1] == "条",
      ChineseNumeral.isArabicDigit(text[numberEnd - 1]),
      text[j].value >= 65, text[j].value <= 90
    else { return nil }
    return Int(text[j].value) - 64
  }

  /// Spaces a page leaves inside a provision (第 一项, 第一百二十三 条):
  /// at most `inlineSpaceReach` of them are skipped.
  static let inlineSpaces = ScalarBitmap(scalarsOf: " \u{00A0}\u{3000}")
  static let inlineSpaceReach = 2

  private static func skipInlineSpace(_ text: [Unicode.Scalar], from i: Int) -> Int {
    var j = i
    while j < text.count, j - i < inlineSpaceReach, inlineSpaces.contains(text[j]) { j += 1 }
    return j
  }

  /// A positive integer written in Arabic or Chinese numerals.
  private static func number(_ text: [Unicode.Scalar], at i: Int) -> (value: Int, end: Int)? {
    guard i < text.count else { return nil }
    var j = i
    let arabic = ChineseNumeral.isArabicDigit(text[i])
    while j < text.count, j - i < 12,
      arabic ? ChineseNumeral.isArabicDigit(text[j]) : isPlainChineseNumeral(text[j])
    {
      j += 1
    }
    guard j > i, let v = ChineseNumeral.value(of: text[i..<j])?.integerValue, v > 0, v < 100_000
    else {
      return nil
    }
    return (v, j)
  }

  private static func isPlainChineseNumeral(_ s: Unicode.Scalar) -> Bool {
    ChineseNumeral.isChineseNumeralScalar(s) && s != "万" && s != "亿"
  }

  /// The offset after `word` when it stands at `i`.
  static func match(_ word: String, in text: [Unicode.Scalar], at i: Int) -> Int? {
    var j = i
    for s in word.unicodeScalars {
      guard j < text.count, text[j] == s else { return nil }
      j += 1
    }
    return j
  }
}
