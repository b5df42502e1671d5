/// Rule tables for Taiwan case numbers: 最高法院110年度台上字第5678號, an ROC
/// year (民國 era: year + 1911), 年度, the case-type word (字別: 台上, 上訴,
/// 訴, 易, 交易, 簡), 字第, the number and 號. The number names no court; the
/// full court name written right before it gives `courtName`. Tables are
/// Simplified: the text is folded before it is read.
enum DocketRulesTaiwan {
  /// ROC year 1 is 1912.
  static let rocYearOffset = 1911
  /// ROC years a case number can carry (1912–2061).
  static let rocYears = 1...150

  /// Case-type words by their meaning, matched on the word's end (北简 reads
  /// as 简, 交上易 as 上易): a court's abbreviation may stand before the type.
  /// A word used by both civil and criminal divisions (诉, 上易, 简) has no
  /// category; a third-instance appeal (台上) has no stage.
  static let caseTypes: [(code: String, category: DocketCategory?, stage: ProceedingStage?)] = [
    ("台上", nil, nil), ("台抗", nil, nil), ("台非", .criminal, nil), ("台再", nil, .retrial),
    ("上诉", .criminal, .secondInstance), ("上易", nil, .secondInstance),
    ("上", .civil, .secondInstance), ("重上", .civil, .secondInstance),
    ("简上", nil, .secondInstance), ("金上诉", .criminal, .secondInstance),
    ("家上", .civil, .secondInstance), ("劳上", .civil, .secondInstance),
    ("诉", nil, .firstInstance), ("重诉", nil, .firstInstance), ("简", nil, .firstInstance),
    ("易", .criminal, .firstInstance), ("交易", .criminal, .firstInstance),
    ("交简", .criminal, .firstInstance), ("交诉", .criminal, .firstInstance),
    ("金诉", .criminal, .firstInstance), ("金重诉", .criminal, .firstInstance),
    ("家诉", .civil, .firstInstance), ("劳诉", .civil, .firstInstance),
    ("再", nil, .retrial), ("声再", nil, .retrialReview),
    ("执", .enforcement, .enforcement), ("司执", .enforcement, .enforcement),
  ]

  /// The courts of last instance: there a type word's lower-court meaning
  /// (上 a civil appeal) does not hold; only their own words (台上, 台非) say
  /// anything.
  static let supremeCourts: Set<String> = ["最高法院", "最高行政法院"]
  static let supremeCodeMark: Unicode.Scalar = "台"

  /// Case-type words of a prosecutors' office (地檢署110年度偵字第1234號:
  /// 偵 investigation, 他 other, 核退, 相 autopsy): an indictment's number,
  /// not a court's. A word containing 侦 is one too (调侦, 侦续, 少连侦).
  static let prosecutionCodes: Set<String> = ["他", "核退", "相", "蒞"]
  static let prosecutionMark: Unicode.Scalar = "侦"

  /// The longest case-type word read before 字.
  static let maxCodeLength = 6

  /// Court names that may stand right before the number (with 臺灣 / 台湾
  /// or 福建 in front or not).
  static let courtNames: [String] = {
    var names = [
      "最高法院", "最高行政法院", "台湾高等法院", "高等法院", "福建高等法院金门分院",
      "台北高等行政法院", "台中高等行政法院", "高雄高等行政法院",
      "智慧财产及商业法院", "智慧财产法院", "宪法法庭", "惩戒法院",
      "台湾高雄少年及家事法院", "高雄少年及家事法院",
    ]
    for branch in ["台中", "台南", "高雄", "花莲"] {
      names.append("台湾高等法院\(branch)分院")
      names.append("高等法院\(branch)分院")
    }
    for city in districtCourtCities {
      names.append("\(city)地方法院")
      names.append("台湾\(city)地方法院")
    }
    names += ["福建金门地方法院", "福建连江地方法院"]
    return names
  }()

  /// Seats of the district courts (地方法院).
  static let districtCourtCities = [
    "台北", "新北", "士林", "桃园", "新竹", "苗栗", "台中", "彰化", "南投", "云林", "嘉义",
    "台南", "高雄", "桥头", "屏东", "台东", "花莲", "宜兰", "基隆", "澎湖", "金门", "连江",
  ]
}
