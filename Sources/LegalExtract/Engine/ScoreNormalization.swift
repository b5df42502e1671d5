/// The comparisons ../shared/tools/score.py makes, one for one, so that
/// `extract regress` and score.py report the same figures.
package enum ScoreNormalization {
  /// Removes all white space (Python's `\s`).
  package static func text(_ s: String) -> String {
    String(
      String.UnicodeScalarView(
        s.unicodeScalars.filter { !$0.properties.isWhitespace && !isPythonSpace($0) }))
  }

  private static func isPythonSpace(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x1C...0x1F, 0x85: return true
    default: return false
    }
  }

  /// A law title without title marks, a trailing version note and the
  /// 中华人民共和国 prefix.
  package static func law(_ s: String) -> String {
    var scalars = Array(text(s).unicodeScalars.filter { !"《》<>〈〉".unicodeScalars.contains($0) })
    // Trailing （…修正…） / (…修订…) note.
    if let last = scalars.last, last == "）" || last == ")" {
      if let open = scalars.lastIndex(where: { $0 == "（" || $0 == "(" }) {
        let inner = scalars[(open + 1)..<(scalars.count - 1)]
        let clean = !inner.contains { "（）()".unicodeScalars.contains($0) }
        let innerText = String(String.UnicodeScalarView(inner))
        let noted = ["修正", "修订", "修改", "试行", "公布"].contains { innerText.contains($0) }
        if clean && noted { scalars.removeSubrange(open...) }
      }
    }
    var result = String(String.UnicodeScalarView(scalars))
    if result.hasPrefix("中华人民共和国") { result.removeFirst("中华人民共和国".count) }
    return result
  }

  /// A docket with brackets unified.
  package static func docket(_ s: String) -> String {
    String(
      text(s).map { c -> Character in
        switch c {
        case "（", "〔", "［": return "("
        case "）", "〕", "］": return ")"
        default: return c
        }
      })
  }

  /// Two names of the same body: equal, or one a long enough suffix of the other.
  package static func sameOrganization(_ a: String, _ b: String) -> Bool {
    let a = text(a)
    let b = text(b)
    if a == b { return true }
    let (short, long) = a.unicodeScalars.count <= b.unicodeScalars.count ? (a, b) : (b, a)
    let generic: Set<String> = ["人民法院", "人民检察院", "法院", "检察院"]
    return short.unicodeScalars.count >= 5 && !generic.contains(short) && long.hasSuffix(short)
  }

  /// One text contains the other (both non-empty, white space ignored).
  package static func containsEither(_ a: String, _ b: String) -> Bool {
    let a = text(a)
    let b = text(b)
    return !a.isEmpty && !b.isEmpty && (a.contains(b) || b.contains(a))
  }

  /// A gold value and a predicted one agree: numbers within 1e-6 relative,
  /// strings equal where the gold has no X.
  package static func valueMatches(_ gold: ScoredValue?, _ pred: ScoredValue?) -> Bool {
    guard let gold, let pred else { return gold == nil && pred == nil }
    if case .number(let g) = gold, case .number(let p) = pred {
      return abs(g - p) <= 1e-6 * max(1.0, abs(g))
    }
    let g = Array(gold.pythonString.unicodeScalars)
    let p = Array(pred.pythonString.unicodeScalars)
    guard g.count == p.count else { return false }
    return zip(g, p).allSatisfy { $0 == "X" || $0 == $1 }
  }
}

/// A value as score.py sees it after json.loads: a number or a string.
package enum ScoredValue: Equatable {
  case number(Double)
  case string(String)

  package init?(_ s: String?) {
    guard let s else { return nil }
    self = .string(s)
  }

  package init?(_ f: FigureValue?) {
    switch f {
    case .none: return nil
    case .number(let d)?: self = .number(d)
    case .duration(let s)?: self = .string(s)
    }
  }

  /// Python's str() of the decoded JSON value (ints print without ".0").
  var pythonString: String {
    switch self {
    case .string(let s): return s
    case .number(let d): return d.rounded() == d && abs(d) < 1e15 ? String(Int(d)) : String(d)
    }
  }
}
