/// Police stations named by their place alone (蔡家庙派出所, 柏树林派出所),
/// which the region rules cannot build: the place is a village or street,
/// not a division. Generic ones (辖区派出所, 当地派出所) are not names.
enum PoliceStationScanner {
  static let organ: [Unicode.Scalar] = Array("派出所".unicodeScalars)

  /// Words before 派出所 that say which station without naming it.
  static let generic: [String] = [
    "辖区", "当地", "属地", "所在地", "附近", "本地", "该", "各", "某", "所辖", "管辖", "涉事", "事发地", "户籍地",
    "居住地", "就近", "所属", "公安", "分局", "县", "区", "市", "乡", "镇", "村",
  ]

  /// Ranges of station names not already inside `taken`.
  static func scan(_ text: [Unicode.Scalar], taken: SpanSet) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var from = 0
    while let at = text.firstOffset(of: organ, in: from..<text.count) {
      from = at + organ.count
      let end = at + organ.count
      guard !taken.overlaps(TextSpan(at, end)) else { continue }
      // The place: two to four Han characters standing after a break.
      var start = at
      while start > 0, at - start < 4, text[start - 1].isHan { start -= 1 }
      let place = text[start..<at]
      guard place.count >= 2, start == 0 || !text[start - 1].isHan else { continue }
      let word = String(String.UnicodeScalarView(place))
      if generic.contains(where: { word.hasScalarPrefix($0) || word.hasScalarSuffix($0) }) { continue }
      if place.contains(where: { CasePartyFinder.functionCharacters.contains($0) }) { continue }
      out.append(start..<end)
    }
    return out
  }
}
