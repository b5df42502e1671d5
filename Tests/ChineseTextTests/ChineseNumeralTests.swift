import Testing

@testable import ChineseText

@Suite struct ChineseNumeralTests {
  @Test(arguments: [
    ("二〇二三", 2023), ("一九九八", 1998), ("三十一", 31), ("十二", 12), ("十", 10),
    ("一百二十万", 1_200_000), ("十二万三千", 123_000), ("一千零五", 1005), ("两", 2),
    ("叁仟伍佰", 3500), ("一亿二千万", 120_000_000), ("廿三", 23), ("三万五", 35_000),
    ("一万零五百", 10_500), ("二百六十四", 264), ("一百三十三", 133), ("零", 0),
  ])
  func chineseNumerals(text: String, expected: Int) {
    #expect(ChineseNumeral.value(of: text)?.integerValue == expected)
  }

  @Test(arguments: [
    ("1.2万", 12000), ("3万", 30000), ("5千", 5000), ("12.5亿", 1_250_000_000), ("1,234", 1234),
  ])
  func mixedNumerals(text: String, expected: Int) {
    #expect(ChineseNumeral.value(of: text)?.integerValue == expected)
  }

  @Test func decimalsStayExact() {
    #expect(ChineseNumeral.value(of: "707397.40")?.description == "707397.4")
    #expect(ChineseNumeral.value(of: "0.5")?.doubleValue == 0.5)
  }

  @Test(arguments: ["", "万", "二三十", "十十", "万万", "abc"])
  func notNumerals(text: String) {
    #expect(ChineseNumeral.value(of: text) == nil)
  }

  @Test func scanFindsTheLongestNumeral() {
    let text = Array("罚款1,234元与三十一个".unicodeScalars)
    let a = ChineseNumeral.scan(text, from: 2)
    #expect(a?.value.integerValue == 1234 && a?.end == 7)
    let b = ChineseNumeral.scan(text, from: 9)
    #expect(b?.value.integerValue == 31 && b?.end == 12)
  }

  /// Generated numerals agree with ICU's zh spellout parser.
  @Test func agreesWithICUSpellout() {
    let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    var checked = 0
    for n in stride(from: 1, through: 99_999, by: 37) {
      let text = Self.spell(n, digits: digits)
      guard let reference = ICU.spelloutValue(text) else { continue }
      #expect(ChineseNumeral.value(of: text)?.integerValue == Int(reference), "\(text)")
      checked += 1
    }
    #expect(checked > 2000)
  }

  /// Spells n (< 100000) the standard way: 二万零三百零五.
  static func spell(_ n: Int, digits: [String]) -> String {
    let units = [(10_000, "万"), (1000, "千"), (100, "百"), (10, "十")]
    var out = ""
    var rest = n
    var zeroPending = false
    for (u, name) in units {
      let d = rest / u
      rest %= u
      if d == 0 {
        if !out.isEmpty { zeroPending = true }
        continue
      }
      if zeroPending { out += "零"; zeroPending = false }
      out += (u == 10 && d == 1 && out.isEmpty ? "" : digits[d]) + name
    }
    if rest > 0 {
      if zeroPending { out += "零" }
      out += digits[rest]
    }
    return out
  }
}
