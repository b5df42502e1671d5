import ChineseText

/// Vocabulary of the dates stage: the words that name a date without digits,
/// the words that qualify one, and the contexts that make a number something
/// else. The scanner and resolver (Stages/Date*.swift) read only these tables.
enum DateRules {
  /// The unit a word moves.
  enum Unit: Sendable { case year, month, day }

  /// What a date word means: a step of `offset` units from an anchor.
  /// `deictic` words (今年, 昨日) count from the article's published date;
  /// the others (同年, 次日) from the date the text gave before them.
  struct Shift: Sendable, Equatable {
    let unit: Unit
    let offset: Int
    let deictic: Bool
  }

  /// What a phrase found by the word trie is.
  enum Word: Sendable, Equatable {
    case shift(Shift)
    /// 近日, 日前: a vague date (value null).
    case vague
  }

  /// 同年 … 前一日: resolved against the preceding date of the text.
  static let contextualWords: [(String, Unit, Int)] = [
    ("同年", .year, 0), ("当年", .year, 0), ("次年", .year, 1), ("翌年", .year, 1),
    ("第二年", .year, 1), ("上年", .year, -1), ("前一年", .year, -1), ("上一年", .year, -1),
    ("同月", .month, 0), ("当月", .month, 0), ("次月", .month, 1),
    ("翌月", .month, 1), ("前一月", .month, -1),
    ("当日", .day, 0), ("同日", .day, 0), ("当天", .day, 0), ("同一天", .day, 0),
    ("次日", .day, 1), ("翌日", .day, 1), ("第二天", .day, 1), ("次一日", .day, 1),
    ("前一日", .day, -1), ("前一天", .day, -1),
  ]

  /// 今年 … 明天: resolved against the published date (本月, 上月 against
  /// the text before them when the article's date is unknown or far off).
  static let deicticWords: [(String, Unit, Int)] = [
    ("本月", .month, 0), ("上月", .month, -1),
    ("今年", .year, 0), ("去年", .year, -1), ("前年", .year, -2), ("明年", .year, 1),
    ("今天", .day, 0), ("今日", .day, 0), ("昨天", .day, -1), ("昨日", .day, -1),
    ("前天", .day, -2), ("明天", .day, 1), ("明日", .day, 1),
  ]

  /// The closed list of vague dates (ANNOTATION.md).
  static let vagueWords = ["近日", "日前", "近期", "近年", "近年来", "此前", "早前", "前不久"]

  /// The trie of every date word, longest match first.
  static let words: PhraseTrie<Word> = {
    var trie = PhraseTrie<Word>()
    for (w, unit, offset) in contextualWords {
      trie.insert(w, value: .shift(Shift(unit: unit, offset: offset, deictic: false)))
    }
    for (w, unit, offset) in deicticWords {
      trie.insert(w, value: .shift(Shift(unit: unit, offset: offset, deictic: true)))
    }
    for w in vagueWords { trie.insert(w, value: .vague) }
    return trie
  }()

  /// True for a scalar that can begin a date word (a cheap prefilter).
  @inline(__always)
  static func mayStartWord(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "同", "当", "次", "翌", "第", "上", "前", "本", "今", "去", "明", "昨", "近", "日", "此", "早":
      return true
    default: return false
    }
  }

  /// Month parts after 月: 6月初, 6月中旬, 6月底 (the value keeps the month).
  static let monthParts: [(String, MonthPart)] = [
    ("上旬", .early), ("中旬", .mid), ("下旬", .late), ("初", .early), ("中", .mid),
    ("底", .late), ("末", .late),
  ]

  /// Year parts after 年: 2023年底 keeps the year.
  static let yearParts: [(String, MonthPart)] = [
    ("初", .early), ("底", .late), ("末", .late), ("上半年", .early), ("下半年", .late),
  ]

  /// Characters after 年 that make 同年/当年 something else: 同年龄, 同年级, 当年度 is fine.
  static func blocksYearWord(_ next: Unicode.Scalar) -> Bool {
    switch next {
    case "龄", "级", "代", "纪", "轻", "少", "幼", "老", "迈", "华", "限", "份": return true
    default: return false
    }
  }

  /// Characters before 日前 that make it 节日前, 30日前, 之日前 (not the vague 日前).
  static func blocksVagueDay(_ previous: Unicode.Scalar) -> Bool {
    if ChineseNumeral.isNumeralScalar(previous) { return true }
    switch previous {
    case "节", "生", "假", "平", "作", "之", "当", "次", "每", "该", "本", "期", "前", "终", "周",
      "某", "同", "翌", "昨", "今", "明", "首", "末", "吉", "念", "礼", "号", "时", "月", "年",
      "即", "两", "几", "数", "多", "旧", "往", "庆", "寿", "忌", "休", "宁", "择", "选",
      // 截止日前, 开庭日前, 届满日前, 生效日前, 交易日前, 还款日前
      "止", "庭", "满", "效", "易", "限", "诉", "审", "判", "决", "付", "款", "息", "还", "票", "到",
      "算", "始", "讫", "结", "发", "收", "缴", "账", "据", "请", "告":
      return true
    default: return false
    }
  }

  /// Words after a bare day count that make it a time limit: 15日内, 十日以内.
  static let durationTails = ["内", "以内", "之内", "以上", "以下", "左右", "后", "之后", "以后", "期间", "届满"]

  /// Words after a bare month that make it a length of time: 5月内, 3月有余.
  static let monthDurationTails = ["内", "以内", "之内", "以上", "以下", "有余", "多", "余", "之久", "左右"]

  /// Range connectors between two dates: 6月至8月, 2019年—2021年.
  static func isRangeConnector(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "至", "到", "-", "—", "–", "~", "～", "〜", "－": return true
    default: return false
    }
  }

  /// List connectors before a bare day or month: 7月19日及26日, 5月18日、25日.
  static func isListConnector(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "、", "及", "和", "与", "或", ",": return true
    default: return false
    }
  }

  /// Times of day that may follow a date and extend its span (上午9时许, 当晚).
  static let timeOfDayTrie = TimeOfDayWords.trie(.afterDate)

  /// Words in the first lines that mark a dateline or a lead's date:
  /// 12月30日，记者… / 新华社北京12月30日电.
  static let leadMarkers = ["记者", "电", "讯", "获悉", "消息", "报道"]

  /// Labels before a stated publication date: 发布时间：2025年9月28日.
  static let publishedLabels = [
    "发布时间", "发布日期", "发稿时间", "发布于", "发表时间", "发表于", "日期:", "时间:", "来源:",
  ]
}

extension DateRules {
  /// Characters before a date word that make its first character part of
  /// another word: 相当日常, 文明年, 成本月, 接近日, 提早前往.
  static func blocksWord(startingWith first: Unicode.Scalar, after previous: Unicode.Scalar) -> Bool
  {
    switch first {
    case "当":
      return "相应充适担妥恰理得便勾承典正失每".unicodeScalars.contains(previous)
    case "同":
      return "共相等不如协会连混认赞合雷陪偕".unicodeScalars.contains(previous)
    case "上", "前":
      return "以之提目日生事空当向马早晚线路".unicodeScalars.contains(previous)
    case "明":
      return "文说聪光证表声发查透阐英精鲜分清申简标注写载指列辨高".unicodeScalars.contains(previous)
    case "本":
      return "基根资成版文样剧课账书副正范原脚日".unicodeScalars.contains(previous)
    case "近":
      return "接靠临邻附将亲贴最".unicodeScalars.contains(previous)
    case "早":
      return "提较很更最趁".unicodeScalars.contains(previous)
    case "今", "去":
      return "如迄至过失回出进离".unicodeScalars.contains(previous)
    case "次":
      return "层档批首名位班场席轮主依".unicodeScalars.contains(previous)
    default:
      return false
    }
  }

  /// Characters after a date word that make it part of another phrase:
  /// 同日而语, 此前提, 早前往, 当天然.
  static func blocksWord(endingAt next: Unicode.Scalar, unit: Unit?) -> Bool {
    switch next {
    case "而", "提", "往", "然", "辈", "龄", "级", "代", "纪", "轻": return true
    default: return unit == .year && blocksYearWord(next)
    }
  }
}
