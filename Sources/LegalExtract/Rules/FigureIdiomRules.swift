/// Set phrases whose numerals count nothing, as a table the idiom guard
/// (`figure.guard.idiom`) reads with `FigureGuardRules.idioms`.
///
/// Two families:
/// - rhetorical magnitudes before the people or homes they stand for
///   (牵动千万家, 亿万群众, 万千家庭): a real count writes digits or a
///   multiplier (1000万家, 上千万户), never a bare 千万 or 亿万;
/// - four-character idioms and set phrases built on numerals (两头空,
///   三长两短, 一穷二白), listed as written.
enum FigureIdiomRules {
  /// Magnitudes that, alone, mean "countless".
  static let rhetoricalMagnitudes = ["千万", "万千", "亿万", "千千万万", "万万千千"]

  /// What such a magnitude stands before in a set phrase.
  static let rhetoricalHeads = [
    "家", "户", "家庭", "群众", "百姓", "民众", "人民", "网民", "观众", "读者", "农民", "职工",
    "劳动者", "老人", "儿童", "消费者", "患者", "学子", "考生", "父母", "人心",
  ]

  /// Numeral idioms not in the older list.
  static let setPhrases = [
    "两头空", "两手空空", "一穷二白", "三长两短", "四分五裂", "七零八落", "九死一生", "十拿九稳",
    "丢三落四", "五颜六色", "八九不离十", "一石二鸟", "千军万马", "万水千山", "千差万别",
    "千丝万缕", "千头万绪", "万家灯火", "一波三折", "半斤八两", "三头六臂", "四平八稳",
    "七七八八", "百里挑一", "千载难逢", "一目十行", "两袖清风", "三思而行", "万里挑一",
    // N位一体 names a whole of N parts (构建“惩、教、防、护、治”五位一体的…体系, h50-02),
    // as 三位一体 does.
    "两位一体", "四位一体", "五位一体", "六位一体", "七位一体",
  ]

  /// Every phrase of both families.
  static let phrases: [String] =
    rhetoricalMagnitudes.flatMap { m in rhetoricalHeads.map { m + $0 } } + setPhrases
}
