/// Vocabulary for weekdays, offsets, holidays and lunar dates (issue 13).
/// The scanner reads these tables; the resolver does the calendar
/// arithmetic. Weeks are Monday-first, as in China.
enum DateCalendarRules {
  // MARK: - Weeks and weekdays

  /// Words for "week": 周 and 星期 take a weekday directly (周三, 星期三),
  /// 礼拜 as well (礼拜三); 个 before a week word is optional (上个星期六).
  static let weekNouns = ["周", "星期", "礼拜"]

  /// Weekday names after a week noun: ISO numbers, Monday = 1.
  static let weekdayNames: [(String, Int)] = [
    ("一", 1), ("二", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6), ("日", 7), ("天", 7),
  ]

  /// Week words before a weekday and the week they name, counted from the
  /// reference date's week: 上周四 is the Thursday of the week before.
  static let weekPrefixes: [(String, Int)] = [
    ("上上", -2), ("上上个", -2), ("上", -1), ("上个", -1), ("这", 0), ("这个", 0), ("本", 0),
    ("下", 1), ("下个", 1), ("下下", 2), ("下下个", 2),
  ]

  /// What a weekday phrase says: the weekday and which week holds it.
  enum WeekdayPhrase: Sendable, Equatable {
    /// 上周四, 下星期一, 这周日: a weekday of a week counted from the reference.
    case inWeek(weekday: Int, week: Int)
    /// 星期一, 周三: the nearest such day in the direction the tense implies.
    case bare(weekday: Int)
    /// 上周, 本周, 下个星期: the whole week, counted from the reference.
    case week(week: Int)
    /// 上周末, 这个周末: the Saturday and Sunday of a counted week.
    case weekend(week: Int)
    /// 周末 alone: no week anchors it.
    case bareWeekend
  }

  /// The weekend's words, after a week prefix (上周末, 这个周末) or alone.
  static let weekendNouns = ["周末", "星期末"]

  /// Scalars after a week word that make it another word: 上周期, 本周年,
  /// 这周围, 下周刊.
  static let weekWordBreakers = ScalarBitmap(scalarsOf: "期年岁边围转全密知长刊报")

  /// Every weekday phrase: prefixes × week nouns × names, and 下周周六.
  static let weekdayTrie: PhraseTrie<WeekdayPhrase> = {
    var trie = PhraseTrie<WeekdayPhrase>()
    for noun in weekNouns {
      for (name, wd) in weekdayNames where !(noun == "周" && name == "天") {
        trie.insert(noun + name, value: .bare(weekday: wd))
        for (prefix, week) in weekPrefixes {
          // 上个周四 is rare but harmless; 个 before 周 is not written.
          trie.insert(prefix + noun + name, value: .inWeek(weekday: wd, week: week))
          // 下周周六, 下周星期六: the week, then the weekday with its own noun.
          for noun2 in weekNouns where noun == "周" && !(noun2 == "周" && name == "天") {
            trie.insert(prefix + noun + noun2 + name, value: .inWeek(weekday: wd, week: week))
          }
        }
      }
      // 上周, 本周, 下个星期: the week itself (上个周 is not written).
      for (prefix, week) in weekPrefixes where !(noun == "周" && prefix.hasSuffix("个")) {
        trie.insert(prefix + noun, value: .week(week: week))
      }
    }
    for noun in weekendNouns {
      trie.insert(noun, value: .bareWeekend)
      for (prefix, week) in weekPrefixes { trie.insert(prefix + noun, value: .weekend(week: week)) }
    }
    return trie
  }()

  /// Scalars before a bare weekday that make it a repetition or a count:
  /// 每周一, 逢周三, 一周一次, 两个星期.
  static let bareWeekdayBlockers = ScalarBitmap(
    scalarsOf: "每逢隔个一二三四五六七八九十两几数半上下这本近0123456789")

  static func blocksBareWeekday(after previous: Unicode.Scalar) -> Bool {
    bareWeekdayBlockers.contains(previous)
  }

  /// Scalars that may follow a bare 周一 … 周日: a time, a verb, a
  /// particle. 周 is also a surname (周一男): another Han character after
  /// it makes a name.
  static let bareWeekdayFollowers = ScalarBitmap(
    scalarsOf: "上下中晚早凌傍夜午起至到开举召将在于当前后是的和与及宣表又再还也都已曾均正被对向从晨深清")

  static func mayFollowBareWeekday(_ next: Unicode.Scalar) -> Bool {
    !next.properties.isIdeographic || bareWeekdayFollowers.contains(next)
  }

  /// 第一个星期一, 第3个周日: an ordinal weekday after a month.
  static let ordinalWeekdayIntro = "第"

  // MARK: - Offsets: 8天前, 三个月后, 半年后

  /// What one unit of an offset counts.
  enum OffsetUnit: Sendable, Equatable {
    case days(Int)
    case months(Int)
    case years(Int)
  }

  /// Unit words of an offset, longest first where one is a prefix of another.
  /// 日 and bare 月 take only numbers that cannot be a calendar day or
  /// month (see `DateScanner.offset`): 15日前 and 6月前 are "before the 15th"
  /// and "before June".
  static let offsetUnits: [(String, OffsetUnit)] = [
    ("个星期", .days(7)), ("个礼拜", .days(7)), ("星期", .days(7)), ("礼拜", .days(7)),
    ("周", .days(7)), ("天", .days(1)), ("日", .days(1)), ("个月", .months(1)),
    ("月", .months(1)), ("年", .years(1)),
  ]

  /// Scalars before an offset that make it a length (还押逾一年后, 满三年后,
  /// 历时两个月后): the phrase counts from an event, not a date.
  static let lengthMarkers = ScalarBitmap(scalarsOf: "逾满达过经历长隔了超余共")

  static func makesOffsetALength(_ previous: Unicode.Scalar) -> Bool {
    lengthMarkers.contains(previous)
  }

  /// Scalars before a forward offset that introduce it as a time (而6年后,
  /// 直到三天后, 约半年后, 张某五日后); any other Han character makes it a
  /// verb's length (辛苦半年后, 服刑两年后).
  static let forwardOffsetIntroducers = ScalarBitmap(
    // and the ends of a subject: 张某五日后返回, 他三天后到案, 被告人两年后.
    scalarsOf: "约在于而又才就仅是到至并但且即再也都已便则" + "他她它们某者人方")

  /// How far back a sentence is searched for the length an offset echoes.
  static let echoWindow = 80

  /// Scalars that end a sentence.
  static let sentenceEnds = ScalarBitmap(scalarsOf: "。!?;\n")

  /// Direction words after an offset: 前 counts back from the reference date,
  /// 后 forward from the date the text gave before (else the reference).
  /// 後 is listed too: it is no Traditional-only marker (GB 2312 has it), so
  /// a text whose only Traditional character it is stays unfolded.
  static let offsetDirections: [(String, Int)] = [
    ("以前", -1), ("之前", -1), ("前", -1), ("以后", 1), ("之后", 1), ("后", 1),
    ("以後", 1), ("之後", 1), ("後", 1),
  ]

  // MARK: - Holidays

  /// A named day: its month and day in the Gregorian or lunar calendar.
  struct Holiday: Sendable, Equatable {
    let month: Int
    let day: Int
    let lunar: Bool
    /// Days after the named lunar date (除夕: the day before 春节).
    let shift: Int
    /// Short numeric names (五一, 六一) need a holiday cue around them:
    /// 五四大街 and 三五成群 are not dates.
    let needsCue: Bool
    /// Names that are also given names or place names (国庆, 元宵): not
    /// after another Han character (张国庆) nor before a place word (国庆路).
    let nameLike: Bool
  }

  static func fixed(_ m: Int, _ d: Int, cue: Bool = false, name: Bool = false) -> Holiday {
    Holiday(month: m, day: d, lunar: false, shift: 0, needsCue: cue, nameLike: name || cue)
  }

  static func lunar(_ m: Int, _ d: Int, shift: Int = 0, cue: Bool = false, name: Bool = false)
    -> Holiday
  {
    Holiday(month: m, day: d, lunar: true, shift: shift, needsCue: cue, nameLike: name || cue)
  }

  /// Holidays and memorial days (Simplified; Traditional text is folded).
  /// 国庆 is 10-01 (the mainland's National Day).
  static let holidays: [(String, Holiday)] = [
    ("元旦", fixed(1, 1)), ("元旦节", fixed(1, 1)), ("情人节", fixed(2, 14)),
    ("妇女节", fixed(3, 8)), ("三八妇女节", fixed(3, 8)), ("国际妇女节", fixed(3, 8)),
    ("三八节", fixed(3, 8)), ("植树节", fixed(3, 12)), ("愚人节", fixed(4, 1)),
    ("全民国家安全教育日", fixed(4, 15)), ("国家安全教育日", fixed(4, 15)),
    ("世界知识产权日", fixed(4, 26)),
    ("劳动节", fixed(5, 1)), ("五一劳动节", fixed(5, 1)), ("国际劳动节", fixed(5, 1)),
    ("五一国际劳动节", fixed(5, 1)), ("五一", fixed(5, 1, cue: true)),
    ("青年节", fixed(5, 4)), ("五四青年节", fixed(5, 4)), ("五四", fixed(5, 4, cue: true)),
    ("儿童节", fixed(6, 1)), ("六一儿童节", fixed(6, 1)), ("国际儿童节", fixed(6, 1)),
    ("六一", fixed(6, 1, cue: true)), ("国际禁毒日", fixed(6, 26)),
    ("建党节", fixed(7, 1)), ("七一", fixed(7, 1, cue: true)), ("香港回归纪念日", fixed(7, 1)),
    ("建军节", fixed(8, 1)), ("八一建军节", fixed(8, 1)), ("八一", fixed(8, 1, cue: true)),
    ("教师节", fixed(9, 10)), ("国庆节", fixed(10, 1)), ("国庆", fixed(10, 1, name: true)),
    ("十一国庆节", fixed(10, 1)), ("国家宪法日", fixed(12, 4)), ("宪法日", fixed(12, 4)),
    ("澳门回归纪念日", fixed(12, 20)), ("平安夜", fixed(12, 24)), ("圣诞节", fixed(12, 25)),
    ("圣诞", fixed(12, 25, name: true)),
    ("春节", lunar(1, 1)), ("农历新年", lunar(1, 1)), ("大年初一", lunar(1, 1)),
    // 过年 is also the verb "to spend the New Year": a date only with a year
    // or a cue (2024年过年, 过年期间).
    ("过年", lunar(1, 1, cue: true)),
    ("除夕", lunar(1, 1, shift: -1)), ("大年三十", lunar(1, 1, shift: -1)),
    ("大年夜", lunar(1, 1, shift: -1)),
    ("元宵节", lunar(1, 15)), ("元宵", lunar(1, 15, name: true)), ("农历元宵", lunar(1, 15)),
    ("龙抬头", lunar(2, 2)), ("端午节", lunar(5, 5)), ("端午", lunar(5, 5, name: true)),
    ("七夕节", lunar(7, 7)), ("七夕", lunar(7, 7, name: true)), ("中元节", lunar(7, 15)),
    ("中秋节", lunar(8, 15)), ("中秋", lunar(8, 15, name: true)), ("重阳节", lunar(9, 9)),
    ("重阳", lunar(9, 9, name: true)), ("腊八节", lunar(12, 8)), ("腊八", lunar(12, 8, cue: true)),
  ]

  static let holidayTrie: PhraseTrie<Holiday> = {
    var trie = PhraseTrie<Holiday>()
    for (w, h) in holidays { trie.insert(w, value: h) }
    return trie
  }()

  /// Words right after a short holiday name that show it is the holiday:
  /// 五一期间, 国庆假期, 六一当天.
  static let holidayCues = [
    "时", "节", "期间", "假期", "长假", "小长假", "黄金周", "前后", "当天", "当日", "前夕", "假", "档",
    "晚会", "以来", "之后", "过后", "前", "后", "这天", "那天",
  ]

  /// Words after a name-like holiday that make it a place: 国庆路, 五四大街.
  static let placeTails = [
    "路", "街", "大街", "大道", "村", "广场", "桥", "小区", "中学", "小学", "公园", "镇", "乡",
    "里", "巷", "宾馆", "饭店", "酒店", "号",
  ]

  /// Scalars before a short holiday name that make it part of a name:
  /// 张国庆, 五四大街 (after), 路 … a person's or a place's name.
  static let holidayIntroducers = ScalarBitmap(scalarsOf: "年的是在于至到从和与及或、逢过度迎今去前明")

  static func blocksShortHoliday(after previous: Unicode.Scalar) -> Bool {
    previous.properties.isIdeographic && !holidayIntroducers.contains(previous)
  }

  // MARK: - Lunar dates: 农历八月十五, 腊月二十三, 正月初八

  /// Words that put the following month and day in the lunar calendar.
  static let lunarMarkers = ["农历", "阴历", "旧历"]

  /// Lunar month names that need no marker.
  static let lunarMonthNames: [(String, Int)] = [
    ("正月", 1), ("冬月", 11), ("腊月", 12), ("大年", 1),
  ]

  /// 初一 … 初十: lunar day names.
  static let lunarDayPrefix: Unicode.Scalar = "初"

  /// A leap month: 闰四月.
  static let leapMarker: Unicode.Scalar = "闰"

  // MARK: - Parts of a year as month ranges: 一季度, 上半年

  /// A part of a year that names its months: (first month, last month).
  struct YearSpan: Sendable, Equatable {
    let first: Int
    let last: Int
    /// 前9个月 is a span of a year only after the year (今年前9个月);
    /// alone it is a length.
    var needsYear = false
  }

  /// 一季度, 第二季度, 第3季度, 前三季度, 上半年: after a year or alone.
  static let yearSpanTrie: PhraseTrie<YearSpan> = {
    var trie = PhraseTrie<YearSpan>()
    let numbers: [(String, Int)] = [
      ("一", 1), ("二", 2), ("三", 3), ("四", 4), ("1", 1), ("2", 2), ("3", 3), ("4", 4),
    ]
    for (n, q) in numbers {
      let span = YearSpan(first: 3 * q - 2, last: 3 * q)
      for form in [n, "第" + n, "第" + n + "个"] { trie.insert(form + "季度", value: span) }
      if q > 1 {
        trie.insert("前" + n + "季度", value: YearSpan(first: 1, last: 3 * q))
        trie.insert("前" + n + "个季度", value: YearSpan(first: 1, last: 3 * q))
      }
    }
    trie.insert("前两个季度", value: YearSpan(first: 1, last: 6))
    // 今年前9个月, 2016年前十个月: the year's first months.
    let monthNumbers: [(String, Int)] =
      [
        ("两", 2), ("二", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6), ("七", 7), ("八", 8),
        ("九", 9), ("十", 10), ("十一", 11),
      ] + (2...11).map { (String($0), $0) }
    for (n, m) in monthNumbers {
      trie.insert("前" + n + "个月", value: YearSpan(first: 1, last: m, needsYear: true))
    }
    trie.insert("上半年", value: YearSpan(first: 1, last: 6))
    trie.insert("下半年", value: YearSpan(first: 7, last: 12))
    return trie
  }()

  /// Parts after a quarter: 一季度末 is the end of its last month, 一季度初
  /// the start of its first.
  static let yearSpanParts: [(String, MonthPart)] = [("末", .late), ("底", .late), ("初", .early)]

  /// Scalars before a bare year span that may introduce it (于上半年).
  static let yearSpanIntroducers = ScalarBitmap(scalarsOf: "于在至到从自是和与及或截今")

  /// Scalars before a bare year span that make its first scalar part of
  /// another word, by that first scalar: 马上半年, 线下半年, 目前三季度,
  /// 每一季度, 统一季度. After any other subject (全国检察机关上半年…) the
  /// span is a time.
  static let yearSpanJoiners: [(firsts: String, previous: String)] = [
    ("上", "以之提目日生事空当向马早晚线路会网身加街楼台场桌面墙"),
    ("下", "以之上天地乡南北东西底手部属私眼当线"),
    ("前", "以之提目日生事空当向马早晚线路"),
    // 上一季度, 前三季度 read at 三: a relative quarter (not read) or a
    // span already refused at its first scalar.
    ("一二三四第", "每统同唯单逐其第十百千万零两几数个之前上下本该近后"),
  ]

  private static let yearSpanJoinerTable: [Unicode.Scalar: ScalarBitmap] = {
    var t: [Unicode.Scalar: ScalarBitmap] = [:]
    for (firsts, previous) in yearSpanJoiners {
      for f in firsts.unicodeScalars { t[f] = ScalarBitmap(scalarsOf: previous) }
    }
    return t
  }()

  /// True when `previous` joins a bare year span starting with `first` into
  /// another word. A span starting with a scalar not listed (1季度) is
  /// joined by any Han character.
  static func joinsYearSpan(startingWith first: Unicode.Scalar, after previous: Unicode.Scalar)
    -> Bool
  {
    guard previous.properties.isIdeographic, !yearSpanIntroducers.contains(previous) else {
      return false
    }
    return yearSpanJoinerTable[first]?.contains(previous) ?? true
  }

  /// Bare parts of the current year or month: 年底, 月初 (the context's
  /// year or month, with `part`).
  static let bareYearParts: [(String, MonthPart)] = [
    ("年初", .early), ("年头", .early), ("年中", .mid), ("年底", .late), ("年末", .late),
    ("年尾", .late),
  ]
  static let bareMonthParts: [(String, MonthPart)] = [
    ("月初", .early), ("月头", .early), ("月中", .mid), ("月底", .late), ("月末", .late),
    ("月尾", .late),
  ]

  /// Scalars before a bare 年底/月初 that may introduce it (于年底, 到月底);
  /// any other Han character makes it part of a word (岁月中, 每月底, 周年底).
  static let barePartIntroducers = ScalarBitmap(scalarsOf: "于在至到从自止是和与及或截了")

  /// Two-scalar event nouns before 当日/当天 (案发当日): the day of an event
  /// that needs a date before it to be one.
  static let eventNouns = ["案发", "事发", "出事", "作案", "发案"]

  static func introducesBarePart(_ previous: Unicode.Scalar) -> Bool {
    !previous.properties.isIdeographic || barePartIntroducers.contains(previous)
  }

  /// Scalars just before a sentence length that make a following "N 月" a
  /// count of months (判囚 1 年 7 月, 判感化 12 月), not a calendar month.
  static let termWordEnds = ScalarBitmap(scalarsOf: "判囚禁刑役狱化押年")

  static func closesTermWord(_ previous: Unicode.Scalar) -> Bool { termWordEnds.contains(previous) }

  /// Clause breaks that bound the tense window of a date.
  static let clauseBreaks = ScalarBitmap(scalarsOf: ",。;!?\n:")

  // MARK: - Tense

  /// Words in a date's clause that put a bare weekday or month-day in the
  /// future (将于周五开庭); without one, news dates look back.
  static let futureCues = [
    "将", "拟", "计划", "预计", "定于", "准备", "即将", "有望", "届时", "下周", "明年", "下月",
    "请于", "须于", "应于", "务必", "需于",
  ]

  /// Words that keep the clause in the past even with a future cue nearby.
  static let pastCues = ["了", "已", "曾", "去年", "上周", "上月"]

  // The tables above as scalars, read at every offset the scanner tries.
  static let pastCueScalars = pastCues.map(\.scalarArray)
  static let futureCueScalars = futureCues.map(\.scalarArray)
  /// The first scalars of every past and future cue.
  static let cueFirsts = ScalarBitmap(firstScalarsOf: pastCueScalars + futureCueScalars)
  static let lunarMarkerScalars = lunarMarkers.map(\.scalarArray)
  static let lunarMonthNameScalars: [([Unicode.Scalar], Int)] = lunarMonthNames.map {
    ($0.0.scalarArray, $0.1)
  }
  /// The first scalars of the lunar markers and month names: the scanner
  /// asks for them at every date anchor, and most anchors start neither.
  static let lunarMarkerFirsts = ScalarBitmap(firstScalarsOf: lunarMarkerScalars)
  static let lunarMonthNameFirsts = ScalarBitmap(firstScalarsOf: lunarMonthNameScalars.map(\.0))
  static let offsetUnitScalars: [(String, [Unicode.Scalar], OffsetUnit)] = offsetUnits.map {
    ($0.0, $0.0.scalarArray, $0.1)
  }
  static let offsetDirectionScalars: [([Unicode.Scalar], Int)] = offsetDirections.map {
    ($0.0.scalarArray, $0.1)
  }
}
