/// Where a body's name is not a mention of the body: inside a law title
/// (《最高人民法院关于…的解释》), at the head of an unbracketed title
/// (最高人民法院、最高人民检察院关于…), or in a document number (…〔2023〕5号).
/// An issuer right before 《关于…》 is outside the title and is a mention.
enum OrganizationExclusions {
  /// Ranges between 《 and its matching 》 (nested titles count once).
  static func titleRanges(_ text: [Unicode.Scalar]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var depth = 0
    var start = 0
    // Over the buffer, with one test refusing nearly every scalar: the stage
    // asks this for each of its three candidate lists.
    text.withUnsafeBufferPointer { text in
      for i in 0..<text.count {
        let v = text[i].value
        guard v == 0x0A || v & ~1 == 0x300A else { continue }
        if v == 0x300A {  // 《
          if depth == 0 { start = i }
          depth += 1
        } else if v == 0x300B {  // 》
          guard depth > 0 else { continue }
          depth -= 1
          if depth == 0 { out.append(start..<(i + 1)) }
        } else {
          depth = 0  // an unclosed 《 never spans paragraphs
        }
      }
    }
    return out
  }

  static let about = Array("关于".unicodeScalars)
  static let titleBreaks = ScalarBitmap(scalarsOf: "。，,；;：:！？\n《》（）()")
  static let titleEndingsAfterDe: [[Unicode.Scalar]] =
    (StatuteRules.normativeSuffixes + StatuteRules.issuerDependentSuffixes).map {
      Array($0.unicodeScalars)
    }
  static let titleEndingsAlone: [[Unicode.Scalar]] = ["若干规定", "条例", "办法", "细则", "规则"]
    .map { Array($0.unicodeScalars) }

  /// True when the 关于… stretch at `start` (to the next punctuation) holds a
  /// normative title's ending (…的解释, …的意见, 若干规定, 办法): 最高人民检察院、
  /// 中华全国总工会关于协同推进…的相关文件 is no title, and its issuers are mentions.
  static func headsTitle(_ text: [Unicode.Scalar], about start: Int) -> Bool {
    var stop = start
    while stop < text.count, stop - start < 100, !titleBreaks.contains(text[stop]) { stop += 1 }
    for k in start..<stop {
      func ends(_ e: [Unicode.Scalar]) -> Bool {
        k + e.count <= stop && RegionChain.hasPrefix(text, k, e)
      }
      if text[k - 1] == "的", titleEndingsAfterDe.contains(where: ends) { return true }
      if titleEndingsAlone.contains(where: ends) { return true }
    }
    return false
  }

  /// True when the 《 at `open` opens a 关于… title (one of `titles`, in
  /// text order) with a normative ending (…的解释, 若干规定): the issuers
  /// written right before it are part of its official title.
  static func citesNormativeTitle(_ text: [Unicode.Scalar], at open: Int, in titles: [Range<Int>])
    -> Bool
  {
    var lo = 0
    var hi = titles.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if titles[mid].lowerBound < open { lo = mid + 1 } else { hi = mid }
    }
    guard lo < titles.count, titles[lo].lowerBound == open,
      RegionChain.hasPrefix(text, open + 1, about)
    else { return false }
    let close = titles[lo].upperBound - 1  // the 》
    func ends(_ e: [Unicode.Scalar]) -> Bool {
      close - e.count > open && RegionChain.hasPrefix(text, close - e.count, e)
    }
    if let e = titleEndingsAfterDe.first(where: ends), text[close - e.count - 1] == "的" {
      return true
    }
    return titleEndingsAlone.contains(where: ends)
  }

  /// Rule `issuer-line`: 国务院¶《劳动保障监察条例》¶第十八条…: a body alone on
  /// its line, the next line opening with 《, is the issuer heading the
  /// quoted text (legal-basis blocks), not a mention.
  static func headsTitleLine(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
    var s = range.lowerBound
    while s > 0, LineLayout.isLineSpace(text[s - 1]) { s -= 1 }
    guard s == 0 || text[s - 1] == "\n" else { return false }
    var e = range.upperBound
    while e < text.count, LineLayout.isLineSpace(text[e]) { e += 1 }
    guard e < text.count, text[e] == "\n" else { return false }
    e += 1
    while e < text.count, LineLayout.isLineSpace(text[e]) || text[e] == "\n" { e += 1 }
    return e < text.count && text[e] == "《"
  }

  /// Drops candidates inside titles or claimed spans, before a document
  /// number's 〔, or heading an unbracketed title (…关于…).
  static func filter(
    _ candidates: [OrganizationCandidate], text: [Unicode.Scalar], claimed: SpanSet,
    rejections: inout [Rejection]
  ) -> [OrganizationCandidate] {
    func reject(_ c: OrganizationCandidate, _ rule: OrganizationRule) {
      rejections.append(
        Rejection(TextSpan(c.range), proposedBy: c.rule.name, rejectedBy: rule.name))
    }
    // Nothing to filter: no title walk either.
    guard !candidates.isEmpty else { return [] }
    let titles = titleRanges(text)
    var titleIndex = 0
    var heads: [OrganizationRule?] = Array(repeating: nil, count: candidates.count)
    for k in stride(from: candidates.count - 1, through: 0, by: -1) {
      let end = candidates[k].range.upperBound
      // 最高人民法院关于…的解释 written without 《》: the issuer heads the title.
      if RegionChain.hasPrefix(text, end, about), headsTitle(text, about: end) {
        heads[k] = .titleIssuer
      } else if end < text.count, text[end] == "《", citesNormativeTitle(text, at: end, in: titles) {
        // 最高人民法院、最高人民检察院《关于…的解释》: the cited title's issuers.
        // (Before 《关于…的通知》 the issuer stands outside the title and is a mention.)
        heads[k] = .citedTitleIssuer
      } else if end < text.count, text[end] == "、", k + 1 < candidates.count,
        candidates[k + 1].range.lowerBound == end + 1, let next = heads[k + 1]
      {
        heads[k] = next
      }
    }
    var out: [OrganizationCandidate] = []
    for (k, c) in candidates.enumerated() {
      while titleIndex < titles.count, titles[titleIndex].upperBound <= c.range.lowerBound {
        titleIndex += 1
      }
      if titleIndex < titles.count, titles[titleIndex].overlaps(c.range) {
        reject(c, .insideTitle)
        continue
      }
      if let guardRule = heads[k] {
        reject(c, guardRule)
        continue
      }
      if c.prefix.isEmpty, headsTitleLine(c.range, in: text) {
        reject(c, .issuerLine)
        continue
      }
      if claimed.overlaps(TextSpan(c.range)) {
        reject(c, .claimed)
        continue
      }
      let end = c.range.upperBound
      if end < text.count, text[end] == "〔" || text[end] == "[" {
        reject(c, .documentNumber)
        continue
      }
      out.append(c)
    }
    return out
  }
}
