/// Vocabulary of the news families of the dates stage: the verbs that make a
/// bare day (or 今 alone) the day of a news item, the words that keep a bare
/// day a length, dotted named days (“3·15”), quoted speech, and the words
/// that name a year only before its month (这个五月). The scanner
/// (Stages/DateScanner*.swift) reads only these tables.
enum DateNewsRules {
  /// Verbs a news item puts right after its day: 法院二十四日宣判, 检方9日起诉,
  /// 更一审今改判. A length is followed by other words (拘留十五日，…).
  static let newsVerbs = [
    "宣判", "改判", "判决", "判处", "被判", "裁定", "驳回", "开庭", "审理", "审结", "受审", "出庭",
    "提起", "起诉", "侦结", "发布", "公布", "宣布", "召开", "举行", "表示", "指出", "回应", "通报",
    "作出", "做出", "裁决", "签署", "批准", "逮捕", "查获", "破获",
  ]

  static let newsVerbTrie: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for w in newsVerbs { trie.insert(w, value: true) }
    return trie
  }()

  /// Prepositions that open the place or source of a news act between its
  /// day and its verb: 20日在国务院吹风会上介绍, 26日从省人社厅获悉.
  static let venuePrepositions = ScalarBitmap(scalarsOf: "在从向于就对")

  /// How far after such a preposition the news verb may stand, in scalars.
  static let venueReach = 20

  /// Verbs that close a venue phrase: the news verbs and the verbs of
  /// reporting (介绍, 获悉, 透露).
  static let reportingVerbTrie: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for w in newsVerbs + ["介绍", "获悉", "透露", "披露", "证实", "答记者问", "通报"] {
      trie.insert(w, value: true)
    }
    return trie
  }()

  /// Scalars before a bare day that make it counted from an event (判决生效后
  /// 10日向…): no venue phrase makes it a news day.
  static let offsetWords = ScalarBitmap(scalarsOf: "后前")

  /// Scalars before a bare day that make it a length or a count (拘留十五日,
  /// 历时3日, 耗时二十日, 每10日, 约5日, 第3日): no news verb after it makes it a date.
  static let lengthWords = ScalarBitmap(scalarsOf: "逾满达过经历长隔了超余共留役押期限为计续每近约仅第时")

  /// Last scalars of a body's or a person's name before the day of its act:
  /// 该局14日发现, 法院3日…, 警方5日抓获, 公司12日退还, 专案组8日, 民警2日.
  /// (处 is left out: 并处10日拘留 is a term.)
  static let agentEnds = ScalarBitmap(scalarsOf: "局院所队部厅署委会庭方司组站办警")

  /// Scalars after a day that make it a length even after a name: 公司15日的
  /// 整改期, 15日之内, 15日以上, 15日期限.
  static let lengthFollowers = ScalarBitmap(scalarsOf: "的之内以左期余多")

  /// Scalars before 今 that make it part of another word: 至今, 如今, 当今,
  /// 古今, 从今 (今 alone is a day only before a news verb).
  static let todayJoiners = ScalarBitmap(scalarsOf: "如迄至过失回出进离古当现而自从于距")

  /// The single-scalar day word read before a news verb: 高院今改判.
  static let todayAlone: Unicode.Scalar = "今"

  /// Separators of a dotted named day: “3·15”, “3.15”, “7•23”.
  static let namedDaySeparators = ScalarBitmap(scalarsOf: "·.•・･")

  /// Scalars before an unquoted dotted day that make it part of a number
  /// or code (1.3·15, A3·15).
  static let namedDayBlockers = ScalarBitmap(
    scalarsOf: "0123456789.·-/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

  /// How far after a dotted named day its name may end (“3·15”国际消费者权益日).
  static let namedDayReach = 12

  /// Last scalars of a day's name (…权益日, …购物节) after a dotted named day.
  static let namedDayNameEnds = ScalarBitmap(scalarsOf: "日节")

  /// Scalars that make a dotted number a case or an event's name before any
  /// day name: “3·10”特大诈骗案, “7·23”事故.
  static let namedEventWords = ScalarBitmap(scalarsOf: "案件事故专行动")

  /// Quotation marks that open and close quoted speech.
  static let speechOpeners = ScalarBitmap(scalarsOf: "“「『\"")
  static let speechClosers = ScalarBitmap(scalarsOf: "”」』")

  /// How far back an opening quotation mark is looked for, in scalars.
  static let speechReach = 200

  /// Year words that name a year only before its month or a holiday:
  /// 这个五月, 这个春节 (alone 这个 is no date; 这个月 is a month word).
  static let monthOnlyYearWords = ["这个"]

  /// Scalars that may follow the month after such a word (这个五月的, 这个
  /// 五月里); another Han character makes a phrase (这个十月怀胎).
  static let monthOnlyYearFollowers = ScalarBitmap(scalarsOf: "的里间中将就是起以来内")

  /// Brackets around a byline (（记者某某 通讯员某某）8日): the day after the
  /// closing one opens the lead.
  static let bylineOpeners = ScalarBitmap(scalarsOf: "(（[【")
  static let bylineClosers = ScalarBitmap(scalarsOf: ")）]】")

  /// Words a byline bracket holds.
  static let bylineWords = ["记者", "通讯员", "实习生", "见习记者"]

  /// How far back a byline's opening bracket may stand.
  static let bylineReach = 40
}
