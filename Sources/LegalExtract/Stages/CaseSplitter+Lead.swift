import ChineseText

extension CaseSplitter {
  /// A lead paragraph that lists case titles (甲诉乙…案、丙诉丁…案), told
  /// below under as many subheadings that need not repeat the titles: each
  /// section is linked to the title whose bodies and places it shares.
  static func byListedTitles(
    _ lines: [ArticleLine], end: Int, doc: TextDocument, organizations: [OrganizationMention]
  ) -> [CaseSection]? {
    for (index, line) in lines.enumerated() {
      let titles = listedTitles(in: line)
      guard titles.count >= 2 else { continue }
      let later = lines[(index + 1)...].filter { l in
        l.range.upperBound <= end && l.isShortHeading && l.count >= 8 && l.text.contains(where: \.isHan)
          && !l.endsLikeCaseTitle
      }
      guard later.count == titles.count else { continue }
      var sections: [CaseSection] = []
      for (n, head) in later.enumerated() {
        let stop = n + 1 < later.count ? later[n + 1].range.lowerBound : end
        sections.append(CaseSection(span: TextSpan(head.range.lowerBound, stop)))
      }
      link(titles, to: &sections, doc: doc, organizations: organizations)
      return sections
    }
    return nil
  }

  /// Titles of the form 甲诉乙…案 inside one paragraph.
  static func listedTitles(in line: ArticleLine) -> [Range<Int>] {
    var titles: [Range<Int>] = []
    let t = line.text
    let starts: Set<Unicode.Scalar> = ["、", ",", "，", ":", "：", ";", "；", "。", "“", "\"", "《"]
    var i = 0
    while i < t.count {
      guard t[i] == "诉", i > 0 else { i += 1; continue }
      var s = i - 1
      while s > 0, !starts.contains(t[s - 1]) { s -= 1 }
      var e = i + 1
      while e < t.count, e - i <= 60, !(t[e] == "案" && !Self.isCaseWordTail(t, e)) , !starts.contains(t[e]) { e += 1 }
      if e < t.count, t[e] == "案", i - s >= 2 {
        var start = s
        // Drop a lead-in word before the first title (其中, 包括).
        for lead in ["其中", "包括", "分别是", "分别为"] where t.hasLiteral(lead.scalarArray, at: start) {
          start += lead.unicodeScalars.count
        }
        titles.append((line.range.lowerBound + start)..<(line.range.lowerBound + e + 1))
        i = e + 1
      } else {
        i += 1
      }
    }
    return titles
  }

  /// 案件, 案例, 案情 are not the 案 that ends a title.
  static func isCaseWordTail(_ t: [Unicode.Scalar], _ e: Int) -> Bool {
    e + 1 < t.count && ["件", "例", "情", "由"].contains(t[e + 1])
  }

  /// Gives each section the listed title that shares the most with it: the
  /// bodies named in both, then place names, then order.
  static func link(
    _ titles: [Range<Int>], to sections: inout [CaseSection], doc: TextDocument,
    organizations: [OrganizationMention]
  ) {
    func names(in span: TextSpan) -> [String] {
      organizations.filter { span.contains($0.span) }.map(\.name)
    }
    func places(_ names: [String]) -> Set<String> {
      var out = Set<String>()
      for n in names {
        let s = Array(n.unicodeScalars)
        for marker in ["省", "市", "区", "县"] {
          var i = 0
          while let j = s.firstOffset(of: marker.scalarArray, in: i..<s.count) {
            let from = max(0, j - 2)
            out.insert(s.text(from..<j))
            i = j + 1
          }
        }
      }
      return out
    }
    var free = Array(titles.indices)
    for k in sections.indices {
      let sectionNames = names(in: sections[k].span)
      let sectionPlaces = places(sectionNames)
      let best = free.max { a, b in
        score(titles[a]) < score(titles[b]) || (score(titles[a]) == score(titles[b]) && a > b)
      }
      func score(_ r: Range<Int>) -> Int {
        let titleNames = names(in: TextSpan(r))
        let shared = titleNames.filter { t in sectionNames.contains { ScoreNormalization.sameOrganization($0, t) } }.count
        return shared * 10 + places(titleNames).intersection(sectionPlaces).count
      }
      if let best {
        free.removeAll { $0 == best }
        sections[k].title = doc.folded.text(titles[best])
        sections[k].titleSpan = TextSpan(titles[best])
      }
    }
  }

  /// One case spanning the article's body, when the article tells a case.
  static func singleCase(_ lines: [ArticleLine], end: Int, doc: TextDocument) -> [CaseSection] {
    let body = doc.folded[0..<end]
    guard CaseRules.evidenceKeywords.count(in: doc.folded, range: 0..<end) >= 2 else { return [] }
    // A case is told, not counted: someone takes part in it (a party word,
    // an anonymised name, a suit), else the text is statistics or comment.
    let told = CaseRules.concreteKeywords.count(in: doc.folded, range: 0..<end) > 0 || hasAnonymisedName(body)
    guard told else { return [] }
    // The title: one of the first lines that reads as a case title, with a
    // leading 指导案例N号: or 【…】 mark removed.
    var title: (String, TextSpan)?
    for line in lines.prefix(6) {
      var t = line.text[...]
      var offset = 0
      if let colon = t.firstIndex(where: { $0 == ":" || $0 == "：" }), colon < 12 {
        offset = colon + 1
      } else if t.first == "【", let close = t.firstIndex(of: "】"), close < 14 {
        offset = close + 1
      } else if t.first == "(" || t.first == "（", let close = t.firstIndex(where: { $0 == ")" || $0 == "）" }), close < 14 {
        offset = close + 1  // (检例第138号) 岳某侮辱案
      }
      while offset < t.count, t[offset] == " " { offset += 1 }
      t = t.dropFirst(offset)
      if t.last == "案", t.count >= 4, !t.contains("。"), !t.contains(",") {
        title = (String(String.UnicodeScalarView(t)), TextSpan(line.range.lowerBound + offset, line.range.upperBound))
        break
      }
    }
    let start = lines[0].range.lowerBound
    return [CaseSection(span: TextSpan(start, max(end, start)), title: title?.0, titleSpan: title?.1)]
  }
}

/// True when the text names someone the way case reports do: 张某, 李某某.
func hasAnonymisedName(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
  var i = text.startIndex
  while i + 1 < text.endIndex {
    if text[i + 1] == "某", text[i].isHan, text[i] != "某", !["有", "在", "是", "的", "于", "对", "与"].contains(text[i]) {
      return true
    }
    i += 1
  }
  return false
}
