/// What a unit written after a number makes of it.
enum FigureUnitRole: Sendable, Hashable {
  /// A classifier (个, 家, 起); `nounLike` classifiers name the thing
  /// themselves (二人, 两单位, 30车) and take no counted noun after them.
  case count(nounLike: Bool)
  /// Money; the currency's ISO 4217 code, nil for yuan.
  case money(currency: String?)
  /// A duration part (年 → Y, 个月 → M, 小时 → H).
  case duration(DurationPart)
  case percent
  /// Mass, area, volume, length, concentration.
  case quantity
}

/// The designators of an ISO 8601 duration, biggest first.
enum DurationPart: Int, Sendable, Hashable, Comparable {
  case year, month, week, day, hour, minute, second

  static func < (a: DurationPart, b: DurationPart) -> Bool { a.rawValue < b.rawValue }

  var designator: String {
    switch self {
    case .year: "Y"
    case .month, .minute: "M"
    case .week: "W"
    case .day: "D"
    case .hour: "H"
    case .second: "S"
    }
  }

  var isTime: Bool { self >= .hour }

  /// Rough length in days, for ordering the ends of a range.
  var days: Double {
    switch self {
    case .year: 365
    case .month: 30
    case .week: 7
    case .day: 1
    case .hour: 1.0 / 24
    case .minute: 1.0 / 1440
    case .second: 1.0 / 86400
    }
  }
}

/// A unit as the rule table lists it.
struct FigureUnit: Sendable, Hashable {
  var role: FigureUnitRole
  /// The unit as it is reported (个, 万元 is reported as 元).
  var name: String
  /// True when the written unit carries 多 (个多月, 个多小时).
  var approximate = false
  /// True when the unit carries 半 (个半月 = one more half month).
  var half = false
}

/// The units and classifiers figures are made of (ANNOTATION.md, Figures).
enum FigureUnitRules {
  /// Measure words for counts (24家快递企业, 8起违法行为, 两辆小型汽车), by
  /// class (`FigureMeasureWords`).
  static let measureWords: [String] = FigureMeasureWords.classifiers

  /// The one-character measure words, for quick membership tests.
  static let measureWordSet = ScalarBitmap(
    measureWords.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil })

  /// Classifiers that are the counted thing (二人, 两单位, 2案例, 30车, 两地).
  static let nounClassifiers: [String] = FigureMeasureWords.nounLike

  /// Vessels 双 counts as two (在海巡队双艇戒护下); 双方, 双倍 stay words.
  static let pairNouns: [String] = ["艇", "舰", "舰艇"]

  static let pairNounTrie = PhraseTrie.words(pairNouns)

  /// Money units and currencies (元 = yuan, no currency code).
  static let money: [(String, String?)] = [
    ("元", nil), ("圆", nil), ("块钱", nil), ("元人民币", nil), ("人民币", nil), ("美元", "USD"),
    ("美金", "USD"), ("美圆", "USD"), ("台币", "TWD"), ("日圆", "JPY"), ("港圆", "HKD"),
    ("港元", "HKD"), ("港币", "HKD"), ("欧元", "EUR"), ("英镑", "GBP"), ("日元", "JPY"),
    ("澳元", "AUD"), ("加元", "CAD"), ("韩元", "KRW"), ("新台币", "TWD"), ("卢布", "RUB"),
    ("澳门元", "MOP"), ("新加坡元", "SGD"), ("瑞士法郎", "CHF"),
    ("特别提款权", "XDR"), ("澳门币", "MOP"), ("泰铢", "THB"), ("新西兰元", "NZD"),
    ("林吉特", "MYR"), ("马来西亚林吉特", "MYR"), ("越南盾", "VND"), ("印尼盾", "IDR"),
    ("菲律宾比索", "PHP"), ("印度卢比", "INR"), ("卢比", "INR"), ("瑞典克朗", "SEK"),
    ("挪威克朗", "NOK"), ("丹麦克朗", "DKK"), ("南非兰特", "ZAR"), ("兰特", "ZAR"),
    ("土耳其里拉", "TRY"), ("巴西雷亚尔", "BRL"), ("雷亚尔", "BRL"), ("迪拉姆", "AED"),
    ("沙特里亚尔", "SAR"), ("奈拉", "NGN"), ("墨西哥比索", "MXN"), ("加拿大元", "CAD"),
    ("澳大利亚元", "AUD"), ("新台币元", "TWD"), ("港币元", "HKD"),
  ]

  /// Duration units; the 多 forms say the number is approximate (三个多小时).
  static let durations: [(String, DurationPart, Bool)] = [
    ("年", .year, false), ("个月", .month, false), ("个多月", .month, true),
    ("周", .week, false), ("个星期", .week, false), ("星期", .week, false),
    ("日", .day, false), ("天", .day, false), ("个工作日", .day, false), ("工作日", .day, false),
    ("小时", .hour, false), ("个小时", .hour, false), ("个多小时", .hour, true),
    ("个钟头", .hour, false), ("分钟", .minute, false), ("秒钟", .second, false), ("秒", .second, false),
  ]

  /// Duration units with a half after the number (一个半月, 两个半小时).
  static let halfDurations: [(String, DurationPart)] = [("个半月", .month), ("个半小时", .hour)]

  /// Physical units, written as the text writes them: every spelling of the
  /// one table (`FigureUnitSpellings.quantities`).
  static let quantities: [String] = FigureUnitSpellings.quantities.flatMap(\.written)

  /// Every unit, longest match first (个多小时 over 个).
  static let trie: PhraseTrie<FigureUnit> = {
    var t = PhraseTrie<FigureUnit>()
    for w in measureWords { t.insert(w, value: FigureUnit(role: .count(nounLike: false), name: w)) }
    for w in nounClassifiers {
      t.insert(w, value: FigureUnit(role: .count(nounLike: true), name: w))
    }
    for (w, code) in money { t.insert(w, value: FigureUnit(role: .money(currency: code), name: w)) }
    for (w, part, approx) in durations {
      t.insert(w, value: FigureUnit(role: .duration(part), name: w, approximate: approx))
    }
    for (w, part) in halfDurations {
      t.insert(w, value: FigureUnit(role: .duration(part), name: w, half: true))
    }
    for w in quantities { t.insert(w, value: FigureUnit(role: .quantity, name: w)) }
    t.insert("%", value: FigureUnit(role: .percent, name: "%"))
    t.insert("‰", value: FigureUnit(role: .percent, name: "‰"))
    t.insert("个百分点", value: FigureUnit(role: .percent, name: "个百分点"))
    t.insert("百分点", value: FigureUnit(role: .percent, name: "百分点"))
    return t
  }()

  /// Currency names written before the number (人民币5万元, 美元120万, 港币300元).
  static let currencyPrefixes: [(String, String?)] = [
    ("人民币", nil), ("美元", "USD"), ("美金", "USD"), ("港币", "HKD"), ("港元", "HKD"),
    ("欧元", "EUR"), ("英镑", "GBP"), ("日元", "JPY"), ("澳元", "AUD"), ("新台币", "TWD"),
    ("韩元", "KRW"), ("澳门元", "MOP"), ("加元", "CAD"), ("台币", "TWD"), ("美圆", "USD"),
    ("¥", nil), ("\u{FFE5}", nil), ("RMB", nil), ("$", "USD"), ("US$", "USD"), ("USD", "USD"),
    ("HK$", "HKD"), ("HKD", "HKD"), ("€", "EUR"), ("EUR", "EUR"), ("£", "GBP"),
  ]

  static let currencyPrefixTrie: PhraseTrie<(name: String, code: String?)> = {
    var t = PhraseTrie<(name: String, code: String?)>()
    for (w, code) in currencyPrefixes { t.insert(w, value: (w, code)) }
    return t
  }()

  /// People counted without a classifier (40万居民, 3000余名 is a classifier).
  static let peopleNouns: [String] = [
    "居民", "群众", "人口", "村民", "农民工", "农民", "职工", "员工", "工人", "学生", "用户", "网民",
    "消费者", "投资者", "儿童", "老人", "患者", "游客", "市民", "农户", "家庭", "被害人", "受害人",
    "当事人", "会员", "粉丝", "玩家", "注册用户", "观众", "读者", "残疾人", "老年人", "未成年人",
    "农妇", "妇女", "人员", "务工人员", "从业人员", "志愿者", "党员", "干部", "劳动者", "旅客",
    "乘客", "病人", "孤儿", "贫困人口", "常住人口", "户籍人口",
    "民警", "警察", "辅警", "交警", "特警", "法官", "检察官", "律师", "医生", "护士", "教师", "司机",
    "记者", "男子", "女子", "少年", "青年", "歹徒", "劫匪", "罪犯", "嫌犯", "毒贩", "保安", "村民代表",
    "家长", "子女", "孩子", "兄弟", "姐妹", "村干部", "工作人员", "执法人员",
    "职员", "雇员", "店员", "船员", "队员",
    // Headline counts (4異議人士, 3網友, 5嫌: blind B33-06, B37-01, B38-03).
    "网友", "人士", "异议人士", "嫌疑人", "犯罪嫌疑人", "嫌",
  ]

  /// Statuses that qualify the people counted (3000万下岗职工, 2万名 is a
  /// classifier): every status before every people noun is read as one noun.
  static let peopleStatuses: [String] = [
    "下岗", "失业", "退休", "在职", "留守", "外出", "农村", "城镇", "困难", "贫困", "受灾", "涉案",
    "受骗", "外来", "进城", "在校", "在押", "服刑", "特困", "低保", "新生代",
  ]

  static let peopleNounTrie = PhraseTrie.words(
    peopleNouns + peopleStatuses.flatMap { status in peopleNouns.map { status + $0 } })

  /// The longest people noun the trie holds, for the scan's limit.
  static let peopleNounReach =
    (peopleNouns + peopleStatuses).map(\.unicodeScalars.count).max()
    .map { $0 * 2 } ?? 8

  /// Chinese digits written one by one (三零零零零元): no units, no 两.
  static let positionalDigits = ScalarBitmap(scalarsOf: "〇零一二三四五六七八九")

  /// Last two scalars of trade and post words that name people (掏粪工,
  /// 装卸工, 协警): alone or with one scalar before them, counted without a
  /// classifier. Verbs that end the same way (施工, 开工, 用工, 报警) are not
  /// listed.
  static let peopleRoleTails: [String] = [
    "民工", "技工", "童工", "矿工", "电工", "木工", "焊工", "瓦工", "钳工", "粪工", "卸工", "洁工",
    "运工", "杂工", "帮工", "雇工", "劳工", "女工", "男工", "船工", "泥工", "漆工", "水工", "厨工",
    "民警", "交警", "辅警", "协警", "特警", "刑警", "武警", "巡警", "法警", "狱警", "乘警", "片警",
  ]

  static let peopleRoleTailTrie = PhraseTrie.words(peopleRoleTails)

  /// Scalars after such a tail that make another word (工作, 工程, 警务):
  /// the number counts nothing there.
  static let peopleRoleBreakers = ScalarBitmap(scalarsOf: "作程业厂资期种地具艺会商局队区人务戒示察")

  /// Nouns after a bare 万/亿 amount that make it money (以40万价款出售).
  static let moneyNouns: [String] = [
    "价款", "价格", "的价格", "的价款", "现金", "资金", "款项", "存款", "借款", "贷款", "欠款",
    "赃款", "货款", "工资", "罚款", "罚金", "赔偿金", "赔偿款", "违约金", "保证金", "奖金", "租金",
    "本金", "利息", "好处费", "手续费", "服务费", "彩礼", "学费", "医疗费", "补偿款", "赔款",
  ]

  static let moneyNounTrie = PhraseTrie.words(moneyNouns)
}
