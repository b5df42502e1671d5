import ChineseText

extension CaseSplitter {
  /// The lines without a table of contents before the cases (目录 / 1.甲案 /
  /// 2.乙案 …, then each title again over its case): the listed titles are
  /// no case starts and no heading of a case, so every cue reads the
  /// article as if they were not there (CaseSegmentRules.contents*).
  static func withoutContents(_ lines: [ArticleLine]) -> [ArticleLine] {
    guard lines.count >= 2 * CaseSegmentRules.contentsRunMinimum else { return lines }
    let keys = lines.map(contentsKey)
    var dropped = Set<Int>()
    var i = 0
    while i < lines.count {
      // The run from i of short lines whose titles head later lines, each
      // after the one before; all of them after the run itself.
      var j = i
      var matches: [Int] = []
      while j < lines.count, let key = keys[j],
        lines[j].count <= CaseSegmentRules.contentsLineLimit,
        !lines[j].text.dropLast().contains("。"),
        let later = laterLine(with: key, in: keys, after: max(matches.last ?? j, j))
      {
        matches.append(later)
        j += 1
      }
      if j - i >= CaseSegmentRules.contentsRunMinimum, let first = matches.first, first >= j {
        dropped.formUnion(i..<j)
        if i > 0, CaseSegmentRules.contentsHeadings.contains(where: { lines[i - 1].text == $0 }) {
          dropped.insert(i - 1)
        }
        i = j
      } else {
        i += 1
      }
    }
    guard !dropped.isEmpty else { return lines }
    return lines.indices.filter { !dropped.contains($0) }.map { lines[$0] }
  }

  /// The first line after `after` whose title is `key`.
  private static func laterLine(
    with key: [Unicode.Scalar], in keys: [[Unicode.Scalar]?], after: Int
  )
    -> Int?
  {
    var k = after + 1
    while k < keys.count {
      if keys[k] == key { return k }
      k += 1
    }
    return nil
  }

  /// A line's title without its enumerator marks and a trailing full stop;
  /// nil when nothing of a title is left (案例一, 第一起).
  static func contentsKey(_ line: ArticleLine) -> [Unicode.Scalar]? {
    var t = line.text[...]
    while let f = t.first,
      CaseSegmentRules.contentsEnumeratorMarks.contains(f) || ChineseNumeral.isNumeralScalar(f)
        || ChineseNumeral.isArabicDigit(f)
    {
      t = t.dropFirst()
    }
    if t.last == "。" { t = t.dropLast() }
    return t.count >= 4 ? Array(t) : nil
  }
}
