import ChineseText

/// Whether a document counts its years in the Republic of China era, decided
/// once per document from what it writes (`DateEraRules`): 民国 (民國)
/// before a year's number, or a Taiwan marker (a Taiwan body, 新台币).
/// Without either, 113年2月21日 stays the year 113 of the common era.
enum RepublicEraEvidence {
  /// True when `text` (folded) writes 民国 before a numeral or shows Taiwan.
  static func isShown(in text: [Unicode.Scalar]) -> Bool {
    writesEraBeforeYear(text) || RegionalBodyRules.isShown(.taiwan, in: text)
  }

  /// 民国113年, 中华民国 113 年, 民国一百一十三年: the era word right before a
  /// year's number (one space allowed: PDF text). 民国时期 names a period.
  static func writesEraBeforeYear(_ text: [Unicode.Scalar]) -> Bool {
    let word = DateEraRules.republicEraWord.unicodeScalars
    guard let first = word.first else { return false }
    let n = word.count
    var i = 0
    while i + n < text.count {
      if text[i] == first, text.hasLiteral(DateEraRules.republicEraWord, at: i) {
        var j = i + n
        if j < text.count, text[j] == " " { j += 1 }
        if j < text.count, ChineseNumeral.isNumeralScalar(text[j]) { return true }
      }
      i += 1
    }
    return false
  }
}
