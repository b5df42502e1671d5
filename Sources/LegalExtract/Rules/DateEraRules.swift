/// Calendar eras a text may count its years in, and the evidence a document
/// must give before a year is read in one (rules `date.ymd.republic-era`).
///
/// Taiwan's documents count years from 1912 (民國 / 民国 1 = 1912) and
/// often drop the era word after its first use (民國113年1月31日 … 113年2月21日).
/// A mainland text never does, so a bare 113年 is converted only in a text
/// that shows the era: 民国 written before a year, or a Taiwan body or
/// currency (`RegionalBodyRules.markers[.taiwan]`: 地方检察署, 地方法院,
/// 新台币 …).
enum DateEraRules {
  /// ROC year 1 is 1912: the Gregorian year is the ROC year + 1911.
  static let republicOffset = 1911

  /// Era words written before a year (folded: 民國 reads 民国; 中華民國 ends in it).
  static let republicEraWord = "民国"

  /// ROC years a bare year may be read as once the text shows the era: from
  /// ROC 38 (1949, the government's move to Taiwan; a two-digit year before
  /// it stays a two-digit Gregorian year such as 16年) to 199 (2110; 200 and
  /// more would be a three-digit year of the common era).
  static let unmarkedRepublicYears = 38...199

  /// The Gregorian year of ROC year `n`.
  static func gregorian(republicYear n: Int) -> Int { n + republicOffset }
}
