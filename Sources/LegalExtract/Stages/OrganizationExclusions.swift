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
    for (i, s) in text.enumerated() {
      if s == "《" {
        if depth == 0 { start = i }
        depth += 1
      } else if s == "》", depth > 0 {
        depth -= 1
        if depth == 0 { out.append(start..<(i + 1)) }
      } else if s == "\n" {
        depth = 0  // an unclosed 《 never spans paragraphs
      }
    }
    return out
  }

  static let about = Array("关于".unicodeScalars)

  /// Drops candidates inside titles or claimed spans, before a document
  /// number's 〔, or heading an unbracketed title (…关于…).
  static func filter(
    _ candidates: [OrganizationCandidate], text: [Unicode.Scalar], claimed: SpanSet,
    rejections: inout [Rejection]
  ) -> [OrganizationCandidate] {
    func reject(_ c: OrganizationCandidate, _ rule: OrganizationRule) {
      rejections.append(Rejection(TextSpan(c.range), proposedBy: c.rule.name, rejectedBy: rule.name))
    }
    let titles = titleRanges(text)
    var titleIndex = 0
    var heads = Array(repeating: false, count: candidates.count)
    for k in stride(from: candidates.count - 1, through: 0, by: -1) {
      let end = candidates[k].range.upperBound
      // 最高人民法院关于…的解释 written without 《》: the issuer heads the title.
      // (Before 《关于…》 the issuer stands outside the title and is a mention.)
      if RegionChain.hasPrefix(text, end, about) {
        heads[k] = true
      } else if end < text.count, text[end] == "、", k + 1 < candidates.count,
        candidates[k + 1].range.lowerBound == end + 1, heads[k + 1]
      {
        heads[k] = true
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
      if heads[k] {
        reject(c, .titleIssuer)
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
