import Testing

@testable import LegalExtract
@testable import LegalExtractScoring

/// Odd input never traps the extractor, and every span it reports cuts the
/// original text at the mention's text.
@Suite struct RobustnessTests {
  /// Pieces that set rules off, mixed at random with noise.
  static let pieces: [String] = [
    "2023", "年", "月", "日", "号", "同年", "次日", "当月", "至", "—", "-", ".", "/", "（", "）", "(", ")", "〔",
    "〕",
    "第", "条", "款", "项", "之一", "《", "》", "中华人民共和国", "刑法", "民法典", "以下简称", "该法",
    "人民法院", "人民检察院", "法院", "检察院", "中院", "麻城市", "湖北省", "十堰", "区", "县", "公司", "有限公司",
    "诉", "被告人", "原告", "被告", "：", "，", "、", "。", "\n", "\n\n", "案例一", "【案例1】", "1.", "一、", "案",
    "罚款", "万元", "元", "人民币", "有期徒刑", "三年", "六个月", "余", "多", "约", "％", "%", "百分之", "个", "家",
    "起", "名", "两", "十", "百", "千", "万", "亿", "〇", "○", "二", "三", "零", "0", "1", "9",
    "99999999999999999999",
    "１２", "檢察院", "於", "𠮷", "😀", "e\u{301}", "\r\n", "\u{FEFF}", " ", "　", "鄂1181", "行初", "民终", "字第",
    "某", "某某", "甲", "判处", "判令", "将", "诉至", "提起公诉", "检察建议", "近日", "今年", "去年", "上旬", "月底",
  ]

  @Test func randomMixesNeverTrapAndSpansHold() {
    var generator = SeededGenerator(seed: 7)
    let extractor = Extractor()
    for round in 0..<1500 {
      var text = ""
      let length = Int(generator.next() % 60)
      for _ in 0..<length { text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }
      let result = extractor.extract(text)
      let check = SpanCheck.check(result, against: Array(text.unicodeScalars))
      #expect(check.bad.isEmpty, "round \(round): \(text.debugDescription) → \(check.bad)")
    }
  }

  @Test func longRepetitionsStayLinear() {
    let extractor = Extractor()
    for unit in ["第", "年", "《", "1", "十", "某", "法院", "2023年6月", "第一条、", "（2023）"] {
      let text = String(repeating: unit, count: 20_000)
      let result = extractor.extract(text)
      #expect(SpanCheck.check(result, against: Array(text.unicodeScalars)).bad.isEmpty, "\(unit)")
    }
  }

  @Test func controlAndUnusualScalars() {
    let text =
      "\u{0001}\u{0008}\u{007F}\u{200B}\u{2028}\u{2029}\u{FFFD}\u{E000}\u{10FFFF}2023年6月\u{0085}法院"
    let result = Extractor().extract(text)
    #expect(SpanCheck.check(result, against: Array(text.unicodeScalars)).bad.isEmpty)
  }
}

struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
