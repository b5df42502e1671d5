import Testing

@testable import ChineseText

/// Numerals as amounts are written: plain values, approximations, ranges,
/// separators, and agreement with ICU's zh spellout parser.
@Suite struct NumeralPhraseTests {
  /// Chinese numerals, standard and colloquial.
  @Test(arguments: [
    ("一", 1), ("二", 2), ("两", 2), ("三", 3), ("九", 9), ("十", 10), ("十一", 11), ("十九", 19),
    ("二十", 20), ("二十一", 21), ("三十五", 35), ("九十九", 99), ("一百", 100), ("一百零一", 101),
    ("一百一十", 110), ("一百一十一", 111), ("两百", 200), ("二百五十", 250), ("三百零六", 306),
    ("九百九十九", 999), ("一千", 1000), ("一千零一", 1001), ("一千零十", 1010),
    ("一千二百", 1200), ("两千", 2000), ("三千零五十", 3050), ("九千九百九十九", 9999),
    ("一万", 10_000), ("一万零一", 10_001), ("两万", 20_000), ("十万", 100_000),
    ("十五万", 150_000), ("一百万", 1_000_000), ("一千万", 10_000_000), ("一亿", 100_000_000),
    ("三亿五千万", 350_000_000), ("十亿", 1_000_000_000), ("一百二十三", 123),
    ("四万五千六百七十八", 45_678), ("一千二百三十四万", 12_340_000), ("二十万零五百", 200_500),
    ("五千零八", 5008), ("七万零四十", 70_040), ("八百万", 8_000_000), ("六十万", 600_000),
    ("一百五", 150), ("两千五", 2500), ("三万二", 32_000), ("廿五", 25), ("卅", 30), ("卅一", 31),
    ("〇", 0), ("十二万三千四百五十六", 123_456),
  ])
  func chinese(text: String, expected: Int) {
    #expect(ChineseNumeral.value(of: text)?.integerValue == expected, "\(text)")
  }

  /// Financial numerals (大写) as contracts and judgments write amounts.
  @Test(arguments: [
    ("壹", 1), ("贰", 2), ("叁", 3), ("肆", 4), ("伍", 5), ("陆", 6), ("柒", 7), ("捌", 8), ("玖", 9),
    ("拾", 10), ("壹拾", 10), ("壹佰", 100), ("壹仟", 1000), ("贰拾叁", 23), ("伍佰陆拾", 560),
    ("柒仟捌佰", 7800), ("壹万贰仟", 12_000), ("玖万玖仟玖佰玖拾玖", 99_999), ("叁拾万", 300_000),
    ("伍仟零伍", 5005), ("贰佰万", 2_000_000), ("壹亿", 100_000_000),
  ])
  func financial(text: String, expected: Int) {
    #expect(ChineseNumeral.value(of: text)?.integerValue == expected, "\(text)")
  }

  /// Arabic digits with separators, decimals and Chinese units, exact.
  @Test(arguments: [
    ("0", "0"), ("7", "7"), ("42", "42"), ("1,000", "1000"), ("12,700,000", "12700000"),
    ("3.5", "3.5"), ("0.25", "0.25"), ("114.6", "114.6"), ("707397.40", "707397.4"),
    ("1.2万", "12000"), ("3万", "30000"), ("45万", "450000"), ("6.5万", "65000"),
    ("21.5万", "215000"), ("12.5亿", "1250000000"), ("1.05亿", "105000000"), ("5千", "5000"),
    ("3千万", "30000000"), ("0.8万", "8000"), ("1,520,878.40", "1520878.4"),
    ("1,520.878.40", "1520878.4"), ("2853665.56", "2853665.56"), ("100", "100"),
    ("3.14159", "3.14159"), ("10.98", "10.98"), ("1.5亿", "150000000"), ("2.35万", "23500"),
  ])
  func arabic(text: String, expected: String) {
    #expect(ChineseNumeral.value(of: text)?.description == expected, "\(text)")
  }

  /// Decimals convert to the nearest Double, so they print as written.
  @Test(arguments: ["2853665.56", "57135.45", "532860.11", "0.07", "3148.4", "1332.45", "10.98"])
  func decimalsPrintAsWritten(text: String) {
    #expect(ChineseNumeral.value(of: text)?.doubleValue.description == text, "\(text)")
  }

  /// Phrases with 余/多 and ranges: value, upTo, approximate, scanned length.
  @Test(
    arguments: [
      ("3万余元", "30000", nil, true, 3), ("一百余万元", "1000000", nil, true, 4),
      ("400多万元", "4000000", nil, true, 5), ("十余米", "10", nil, true, 2),
      ("10余刀", "10", nil, true, 3), ("1000余名", "1000", nil, true, 5),
      ("23万余元", "230000", nil, true, 4), ("70多万", "700000", nil, true, 4),
      ("二十多人", "20", nil, true, 3), ("三十余家", "30", nil, true, 3),
      ("5-10万元", "50000", "100000", false, 5), ("3至5年", "3", "5", false, 3),
      ("二至三人", "2", "3", false, 3), ("1-2个月", "1", "2", false, 3),
      ("5万至10万", "50000", "100000", false, 6), ("二十至三十", "20", "30", false, 5),
      ("1~3天", "1", "3", false, 3), ("八到十", "8", "10", false, 3),
      ("2.5至3.5吨", "2.5", "3.5", false, 7), ("5千", "5000", nil, false, 2),
      ("12", "12", nil, false, 2), ("三十一个", "31", nil, false, 3),
      ("三点五", "3.5", nil, false, 3), ("十二点五亿", "1250000000", nil, false, 5),
      ("零点零五", "0.05", nil, false, 4), ("一点二万余", "12000", nil, true, 5),
      ("三点五十分", "3", nil, false, 1), ("三点", "3", nil, false, 1),
    ] as [(String, String, String?, Bool, Int)])
  func phrase(text: String, value: String, upTo: String?, approximate: Bool, length: Int) {
    let p = NumeralPhrase.scan(Array(text.unicodeScalars), from: 0)
    #expect(p?.value.description == value, "\(text)")
    #expect(p?.upTo?.description == upTo, "\(text)")
    #expect(p?.approximate == approximate, "\(text)")
    #expect(p?.end == length, "\(text)")
  }

  /// Not ranges: a descending pair, or digits meeting Chinese numerals.
  @Test(arguments: [("10-5", 2), ("3至二", 1), ("2023-06", 4), ("5,12", 1)])
  func notRanges(text: String, length: Int) {
    let p = NumeralPhrase.scan(Array(text.unicodeScalars), from: 0)
    #expect(p?.upTo == nil, "\(text)")
    #expect(p?.end == length, "\(text)")
  }

  /// Text that holds no numeral at its start.
  @Test(arguments: ["", "元", "余", "多家", "万万", "第", "abc", "。三", "-5"])
  func noPhrase(text: String) {
    #expect(NumeralPhrase.scan(Array(text.unicodeScalars), from: 0) == nil, "\(text)")
  }

  /// Whole-text values that are not numerals.
  @Test(arguments: ["十十", "二三十", "万", "亿万", "一万万", "百百", "十三十", "x1"])
  func notNumerals(text: String) {
    #expect(ChineseNumeral.value(of: text) == nil, "\(text)")
  }

  /// Generated numerals, one argument each, agree with ICU's zh spellout parser.
  @Test(
    arguments: stride(from: 3, through: 99_999_999, by: 1_333_337).map { $0 } + [
      10, 11, 20, 101, 110, 1001, 1010, 10_010, 100_001, 1_000_100, 20_000_002, 99_999_999,
    ])
  func agreesWithICU(n: Int) throws {
    let text = Self.spell(n)
    let reference = try #require(ICU.spelloutValue(text), "\(text)")
    #expect(ChineseNumeral.value(of: text)?.integerValue == Int(reference), "\(text)")
    #expect(Int(reference) == n, "\(text)")
  }

  /// Decimals in words agree with ICU's spellout parser.
  @Test(arguments: ["三点五", "零点二五", "十二点零八", "一百点五", "九十九点九九", "二点七一八"])
  func decimalsAgreeWithICU(text: String) throws {
    let reference = try #require(ICU.spelloutValue(text), "\(text)")
    let p = NumeralPhrase.scan(Array(text.unicodeScalars), from: 0)
    #expect(p?.value.doubleValue == reference, "\(text)")
    #expect(p?.end == text.unicodeScalars.count, "\(text)")
  }

  /// Spells n (< 10^8) the standard way: 二千零三万零五百零六.
  static func spell(_ n: Int) -> String {
    let high = n / 10_000
    let low = n % 10_000
    if high == 0 { return section(low, leadingTen: true) }
    var out = section(high, leadingTen: true) + "万"
    if low > 0 { out += (low < 1000 ? "零" : "") + section(low, leadingTen: false) }
    return out
  }

  /// Spells 1...9999; 一十 stays 一十 inside a larger number.
  static func section(_ n: Int, leadingTen: Bool) -> String {
    let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    let units = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
    var out = ""
    var zero = false
    for (u, name) in units {
      let d = n / u % 10
      if d == 0 {
        if !out.isEmpty { zero = true }
        continue
      }
      if zero {
        out += "零"
        zero = false
      }
      if u == 10 && d == 1 && out.isEmpty && leadingTen {
        out += name
      } else {
        out += digits[d] + name
      }
    }
    return out
  }
}
