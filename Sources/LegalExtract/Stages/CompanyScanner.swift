/// Named companies (…有限公司, …有限责任公司): kind `company`, not scored,
/// so the rule stays conservative: the name runs back from the suffix to
/// punctuation, a function word or an organization already found.
enum CompanyScanner {
  /// 股份有限公司 is covered: the name runs back over 股份.
  static let suffixes: [[Unicode.Scalar]] = ["有限责任公司", "有限公司"]
    .map { Array($0.unicodeScalars) }

  /// Scalars where a company name stops when read backwards (向某公司, 与某公司, 被告某公司).
  static let leadBreakers: Set<UInt32> = Set("的在向经由诉和与及对将被于为是给从到把等该本各以已后告至称系即".unicodeScalars.map(\.value))

  static func scan(_ text: [Unicode.Scalar], taken: [Range<Int>]) -> [OrganizationCandidate] {
    var out: [OrganizationCandidate] = []
    var i = 0
    var floor = 0
    var takenIndex = 0
    while i < text.count {
      guard text[i] == "有" else { i += 1; continue }
      guard let suffix = suffixes.first(where: { RegionChain.hasPrefix(text, i, $0) }) else {
        i += 1
        continue
      }
      let suffixStart = i
      let end = suffixStart + suffix.count
      // Never reach back into an organization or an earlier company.
      while takenIndex < taken.count, taken[takenIndex].upperBound <= suffixStart { takenIndex += 1 }
      var lowest = floor
      if let prev = taken[..<takenIndex].last { lowest = max(lowest, prev.upperBound) }
      var start = suffixStart
      while start > lowest, suffixStart - start < 30, isNameScalar(text[start - 1]),
        !leadBreakers.contains(text[start - 1].value)
      {
        start -= 1
      }
      while start < suffixStart, leadBreakers.contains(text[start].value) { start += 1 }
      if suffixStart - start >= 2 {
        let name = RegionChain.string(text[start..<end])
        out.append(OrganizationCandidate(range: start..<end, kind: .company, level: nil,
                                         key: "company|\(name)", prefix: "", organ: name))
        floor = end
      }
      i = end
    }
    return out
  }

  static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
    if RegionChain.isHan(s) { return true }
    switch s {
    case "(", ")", "（", "）": return true
    default: return s.isASCII && s.properties.isAlphabetic
    }
  }
}
