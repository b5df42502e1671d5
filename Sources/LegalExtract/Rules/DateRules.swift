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
    ("下年", .year, 1), ("这一年", .year, 0), ("那一年", .year, 0),
    // The evening or night of the day told before: 当晚“行动”由院长指挥.
    ("当晚", .day, 0), ("当夜", .day, 0),
  ]

  /// Day words that are dates only after a date of the text (当晚，张某报警
  /// alone is the evening of an untold event).
  static let anchoredDayWords = ["当晚", "当夜"]

  /// 今年 … 明天: resolved against the published date (本月, 上月 against
  /// the text before them when the article's date is unknown or far off).
  static let deicticWords: [(String, Unit, Int)] =
    [
      ("本月", .month, 0), ("上月", .month, -1), ("这个月", .month, 0), ("上个月", .month, -1),
      ("上上个月", .month, -2), ("下月", .month, 1), ("下个月", .month, 1),
      ("下下个月", .month, 2),
      ("今年", .year, 0), ("去年", .year, -1), ("前年", .year, -2), ("明年", .year, 1),
      ("大前年", .year, -3), ("后年", .year, 2), ("大后年", .year, 3),
      ("今天", .day, 0), ("今日", .day, 0), ("昨天", .day, -1), ("昨日", .day, -1),
      ("前天", .day, -2), ("明天", .day, 1), ("明日", .day, 1),
      ("前日", .day, -2), ("后天", .day, 2), ("后日", .day, 2), ("大后天", .day, 3),
      ("大前天", .day, -3),
      // 後 is no Traditional-only marker: a text may keep it unfolded.
      ("後天", .day, 2), ("後日", .day, 2), ("大後天", .day, 3), ("後年", .year, 2),
      ("大後年", .year, 3),
    ] + fusedDayParts

  /// One-scalar day stems that fuse with a time of day (昨晚, 昨下午, 今晨,
  /// 明早): every stem with every part makes a day word, so 昨下午 and
  /// 今凌晨 are read the same way as 昨晚.
  static let fusedDayStems: [(String, Int)] = [("昨", -1), ("今", 0), ("明", 1)]

  /// Times of day a stem fuses with (the longer forms first is not needed:
  /// the trie takes the longest).
  static let fusedDayPartWords = [
    "晚", "夜", "晨", "早", "上午", "下午", "中午", "凌晨", "傍晚", "早上", "晚上", "早晨", "夜里",
    "深夜", "午",
  ]

  static let fusedDayParts: [(String, Unit, Int)] = fusedDayStems.flatMap { stem, offset in
    fusedDayPartWords.map { (stem + $0, Unit.day, offset) }
  }

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
    // 这个五月: a year word only before a month (the scanner checks).
    for w in DateNewsRules.monthOnlyYearWords {
      trie.insert(w, value: .shift(Shift(unit: .year, offset: 0, deictic: true)))
    }
    // 高院今改判: a day word only before a news verb (the scanner checks).
    trie.insert(
      String(DateNewsRules.todayAlone), value: .shift(Shift(unit: .day, offset: 0, deictic: true)))
    return trie
  }()

  /// True for a scalar that can begin a date word (a cheap prefilter).
  @inline(__always)
  static func mayStartWord(_ s: Unicode.Scalar) -> Bool { words.firsts.contains(s) }

  /// 今(22日), 昨(26)日: the one-scalar day words a bracketed day number
  /// may follow (Taiwan and Hong Kong news).
  static let bracketedDayWords = ScalarBitmap(scalarsOf: "今昨明前")

  /// Second scalars of a day word before a bracketed month and day (今日, 今天).
  static let bracketedMonthDayTails = ScalarBitmap(scalarsOf: "日天")

  /// Month parts after 月: 6月初, 6月中旬, 6月底 (the value keeps the month).
  static let monthParts: [(String, MonthPart)] = [
    ("上旬", .early), ("中旬", .mid), ("下旬", .late), ("初", .early), ("中", .mid),
    ("底", .late), ("末", .late), ("头", .early), ("尾", .late),
  ]

  /// Year parts after 年: 2023年底 keeps the year.
  static let yearParts: [(String, MonthPart)] = [
    ("初", .early), ("底", .late), ("末", .late),
    ("头", .early), ("尾", .late), ("年初", .early), ("年底", .late), ("年末", .late),
    ("年尾", .late), ("年头", .early),
  ]

  /// Words after 后天 that make it "acquired" (后天培养, 后天形成), not a day.
  static let acquiredTails = ["培养", "形成", "习得", "获得", "养成", "因素", "环境", "性", "的努力"]

  /// Words after a day word that make it part of a name: 明日之星, 明天系,
  /// 今日头条.
  static let nameTails = [
    "之星", "之子", "之声", "之花", "之城", "系", "集团", "控股", "头条", "说法", "影业", "传媒",
  ]

  /// Characters after 年 that make 同年/当年 something else: 同年龄, 同年级, 当年度 is fine.
  static let yearWordBreakers = ScalarBitmap(scalarsOf: "龄级代纪轻少幼老迈华限份")

  static func blocksYearWord(_ next: Unicode.Scalar) -> Bool { yearWordBreakers.contains(next) }

  /// Characters before 日前 that make it 节日前, 30日前, 之日前 (not the vague 日前).
  static let vagueDayBreakers = ScalarBitmap(
    scalarsOf: "节生假平作之当次每该本期前终周某同翌昨今明首末吉念礼号时月年即两几数多旧往庆寿忌休宁择选"
      // 截止日前, 开庭日前, 届满日前, 生效日前, 交易日前, 还款日前
      + "止庭满效易限诉审判决付款息还票到算始讫结发收缴账据请告")

  static func blocksVagueDay(_ previous: Unicode.Scalar) -> Bool {
    ChineseNumeral.isNumeralScalar(previous) || vagueDayBreakers.contains(previous)
  }

  /// Words after a bare day count that make it a time limit: 15日内, 十日以内.
  static let durationTails = ["内", "以内", "之内", "以上", "以下", "左右", "后", "之后", "以后", "期间", "届满"]

  /// Words after a bare month that make it a length of time: 5月内, 3月有余.
  static let monthDurationTails = ["内", "以内", "之内", "以上", "以下", "有余", "多", "余", "之久", "左右"]

  /// Range connectors between two dates: 6月至8月, 2019年—2021年.
  static let rangeConnectors = ScalarBitmap(scalarsOf: "至到-—–~～〜－")

  static func isRangeConnector(_ s: Unicode.Scalar) -> Bool { rangeConnectors.contains(s) }

  /// List connectors before a bare day or month: 7月19日及26日, 5月18日、25日.
  static let listConnectors = ScalarBitmap(scalarsOf: "、及和与或,")

  static func isListConnector(_ s: Unicode.Scalar) -> Bool { listConnectors.contains(s) }

  /// Scalars before a bare day that introduce a time (记者8日获悉, 于15日).
  static let newsDayIntroducers = ScalarBitmap(scalarsOf: ",。;:\n 于在至到自从者即并…")

  /// Verbs with 于 before a year written without 年 (成立于2004，).
  static let bareYearVerbs = ["成立于", "建于", "始于", "创建于", "设立于", "注册于", "生于", "出生于"]

  /// After an Arabic month: the noun it dates follows (11月的工资).
  static let monthOfNounMarker: Unicode.Scalar = "的"

  /// Scalars before a bare month that introduce a time (于6月, 自6月).
  static let monthCues = ScalarBitmap(scalarsOf: "于自从在至到迄")

  /// Scalars before and after a bracketed dotted year-month: (凤城,2025.4).
  static let yearMonthOpeners = ScalarBitmap(scalarsOf: "(,、 [【")
  static let yearMonthClosers = ScalarBitmap(scalarsOf: ")]】")

  /// Tails of a place named with a month (十月田镇, 六月村): only tails that
  /// cannot follow a month in a date (not 区 or 县: 十月下旬县法院…).
  static let monthPlaceTails = ["镇", "乡", "村", "街道", "社区", "路", "大街", "大道"]

  /// Characters that go on a month in a date, never in a place's name
  /// (十月上旬, 六月初, 三月份).
  static let monthDateTails = ScalarBitmap(scalarsOf: "上中下旬初底末份间前后里以的起至到日号期")

  /// Where a list of parallel phrases ends (当日受理、当日审批。).
  static let listClauseStops = ScalarBitmap(scalarsOf: "，,。；;：:！？!?“”\"\n")

  /// Breaks before a bare Arabic month (，5月作出判决).
  static let monthBreaks = ScalarBitmap(scalarsOf: ",、。;:\n (!?")

  /// Adverbs between 今年 and an age (今年已满66岁).
  static let ageAdverbs = ["已满", "刚满", "已", "刚", "才", "满"]

  /// Times of day that may follow a date and extend its span (上午9时许, 当晚).
  static let timeOfDayTrie = TimeOfDayWords.trie(.afterDate)

  /// Times of day of two scalars or more (上午, 晚上): after a bare Arabic
  /// day they make it a calendar day (3日上午).
  static let dayTimeTrie = TimeOfDayWords.trie(.afterOneDay)

  /// Words that open a background paragraph (据了解，2012年…): its dates
  /// tell the past; a later paragraph's bare 当天 is still the story's day.
  static let flashbackCues = ["据了解", "据悉", "据介绍", "经了解", "经查", "原来", "早在"].map(\.scalarArray)

  /// How far after a dateline (8月9日电) a bare day may repeat its day.
  static let datelineReach = 80

  /// Documents a year may name by edition (2012年解释, 1997年刑法).
  /// 版 after a year: the edition of a document (2022年版《…》), a
  /// `date.guard.document-short-name`.
  static let editionMark: Unicode.Scalar = "版"

  /// Scalars after 版 that make another word (版权, 版画, 版面, 版块, 版图).
  static let editionWordTails = ScalarBitmap(scalarsOf: "权画面块图税")

  static let documentNouns: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for w in [
      "解释", "司法解释", "刑诉法解释", "规定", "意见", "批复", "决定", "修正案", "刑法", "刑事诉讼法",
      "刑诉法", "民事诉讼法", "民诉法", "宪法", "版本", "版",
    ] {
      trie.insert(w, value: true)
    }
    return trie
  }()

  /// The longest document noun, in scalars.
  static let documentNounReach = 5

  /// Scalars before such a year that refer to or compare a document
  /// (与2012年解释, 按1997年刑法, 原2012年规定).
  static let documentReferenceWords = ScalarBitmap(scalarsOf: "与较比同按依照据原旧对沿")

  /// Words after the document noun that compare it (2012年解释相比).
  static let comparisonTails = ["相比", "相较", "比较", "对比"]

  /// Nouns a 号 number names (3号楼, 6号院, 2号线, 5号地块): a list of bare 号
  /// days whose last item is followed by one numbers buildings, not days.
  static let numberedThingNouns = ScalarBitmap(
    scalarsOf: "楼栋幢院门室房铺库仓线桥井坑孔站台厅馆车船机柜箱窗口桩泊地厂车间区段街路巷弄")

  /// How many further items (、2号、3号) a 号 list is read for its noun.
  static let numberedListReach = 12

  /// How far into the text a dateline (新华社北京9月12日电) may start.
  static let datelineStartReach = 300

  /// How far after the dateline, within its paragraph and the next, a bare
  /// day may still repeat its day past other dates (负责人12日说).
  static let datelineLeadReach = 400

  /// Calendar months written by name: 元月 is January (2014年元月6日). The
  /// lunar names 正月, 冬月, 腊月 are lunar months (`DateCalendarRules.lunarMonthNames`),
  /// read with their day (正月初八); alone they span two calendar months and
  /// are no date.
  static let monthNames: [(String, Int)] = [("元月", 1)]

  /// Words that restate the day just given (18日当天): part of its mention.
  static let sameDayWords = ["当天", "当日"]

  /// Words in the first lines that mark a dateline or a lead's date:
  /// 12月30日，记者… / 新华社北京12月30日电 / 截至3月30日，某院共受理… (the
  /// date a report counts to).
  static let leadMarkers = ["记者", "电", "讯", "获悉", "消息", "报道", "截至", "截止"]

  /// How many months after the news day a year's dates must all lie for the
  /// news to be of the next year (1月22日电 … 2015年第四季度 → 2016): news
  /// looks back, as a bare month-day does (README, "News looks back").
  static let lookAheadMonths = 2

  /// 同期 after a year: the same period of that year (与2016年同期相比).
  static let samePeriodWord = "同期"

  /// Words that close a comparison after the period it looks back to
  /// (与2016年1~4月相比, 较2016年同期): that period anchors no later bare month.
  static let comparedPeriodTails = ["相比", "相较", "同期", "比较", "对比"]

  /// How many scalars after the date such a tail may start (2016年1~4月份相比).
  static let comparedPeriodReach = 3

  /// Scalars that end the clause a compared period must close in.
  static let clauseEnds = ScalarBitmap(scalarsOf: "，。；：！？,;\n")

  /// Scalars right before such a year that make it a comparison: 与, 较, 比
  /// (同比 ends in 比).
  static let comparisonWords = ScalarBitmap(scalarsOf: "与较比同")

  /// Labels before a stated publication date: 发布时间：2025年9月28日.
  static let publishedLabels = [
    "发布时间", "发布日期", "发稿时间", "发布于", "发表时间", "发表于", "日期:", "时间:", "来源:",
  ]
}

extension DateRules {
  /// Characters before a date word that make its first character part of
  /// another word: 相当日常, 文明年, 成本月, 接近日, 提早前往.
  /// For each first scalar of a date word, the scalars before it that make
  /// it part of another word (先天后天, 最后天: 后 closes another word).
  static let wordJoiners: [(firsts: String, previous: String)] = [
    ("当", "相应充适担妥恰理得便勾承典正失每"),
    ("同", "共相等不如协会连混认赞合雷陪偕"),
    ("上前", "以之提目日生事空当向马早晚线路"),
    ("明", "文说聪光证表声发查透阐英精鲜分清申简标注写载指列辨高"),
    ("本", "基根资成版文样剧课账书副正范原脚日"),
    ("近", "接靠临邻附将亲贴最"),
    ("早", "提较很更最趁"),
    // 如今, 迄今, 至今; 过去, 失去, 出去: but 开出今年第二批, 升至去年的 are dates.
    ("今", "如迄至现古"),
    ("去", "过失回出进离上下归拿除抹删"),
    ("次", "层档批首名位班场席轮主依"),
    ("后後", "先最之以然其随此落前午靠天"),
    ("下", "以之上天地乡南北东西底手部属"),
    ("大", "最很较重扩放巨强宏伟远"),
    // 节日前, 权益日前夕, 纪念日前, 工作日前: 日 ends a day's name, 日前 is
    // no vague date there.
    ("日", "节假益念庆诞忌生作平末周"),
  ]

  private static let joinerTable: [Unicode.Scalar: ScalarBitmap] = {
    var t: [Unicode.Scalar: ScalarBitmap] = [:]
    for (firsts, previous) in wordJoiners {
      for f in firsts.unicodeScalars { t[f] = ScalarBitmap(scalarsOf: previous) }
    }
    return t
  }()

  /// The scalars `joinerTable` has a row for: most words start with none,
  /// and the bitmap refuses them before the table is hashed.
  private static let joinerFirsts = ScalarBitmap(joinerTable.keys)

  static func blocksWord(startingWith first: Unicode.Scalar, after previous: Unicode.Scalar) -> Bool
  {
    joinerFirsts.contains(first) && (joinerTable[first]?.contains(previous) ?? false)
  }

  /// Characters after a date word that make it part of another phrase:
  /// 同日而语, 早前往, 当天然.
  static let wordEndBreakers = ScalarBitmap(scalarsOf: "而往然辈龄级代纪轻")

  /// `last` is the word's last scalar: 提 after 前 makes 前提 (此前提), but
  /// 今日提审 is a date.
  static func blocksWord(endingAt next: Unicode.Scalar, last: Unicode.Scalar, unit: Unit?) -> Bool {
    wordEndBreakers.contains(next) || (next == "提" && last == "前")
      || (unit == .year && blocksYearWord(next))
  }
}
