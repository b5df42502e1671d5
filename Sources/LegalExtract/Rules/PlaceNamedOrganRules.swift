/// Organs named by a place that is no division (蔡家庙派出所, 拱北海关, 黄埔海关):
/// the place is a village, street or port, so the region rules cannot build
/// the name. Read by `PoliceStationScanner`.
struct PlaceNamedOrgan: Sendable {
  /// Rule name, for tests and traces.
  let rule: String
  let organ: String
  /// Units that may follow inside the same body (拱北海关缉私局).
  let units: [String]
  var kind: OrganizationKind = .agency
  /// True for words that are names only as an item of a list of bodies
  /// (新塘街道、新塘司法所; not 街道上, 清扫街道。): a list joiner must follow.
  var endsPhrase: Bool = false
  /// Scalars after the organ that make it another word (法庭调查, 法庭辩论).
  var blockedAfter: String = ""
  /// True when the place must come right after a preposition (起诉到高升法庭):
  /// 法庭 is a common noun (走出法庭, 告上法庭) everywhere else.
  var afterPreposition: Bool = false
}

enum PlaceNamedOrganRules {
  /// Time words that may open the window before the organ (去年拱北海关): the
  /// place starts after them (rule `time-word-before-place`).
  static let leadingTimeWords: [String] = [
    "去年", "今年", "前年", "近日", "日前", "此前", "目前", "同年", "当年", "次年", "近期", "今日", "昨日", "年初", "年底",
  ]

  /// Verbs that may open the window before the organ (逃避海关监管, 联合拱北
  /// 海关): the place starts after them, and with no place left the organ is
  /// the verb's object, no body (guard `org.guard.verb-before-organ`).
  static let leadingVerbs: [String] = [
    "逃避", "规避", "躲避", "逃脱", "绕开", "绕过", "骗过", "瞒过", "蒙骗", "欺骗", "应付", "对抗",
    "联合", "会同", "配合", "协助", "接受", "通过", "经过", "经由", "报经", "移交", "移送",
  ]

  static let organs: [PlaceNamedOrgan] = [
    PlaceNamedOrgan(rule: "police-station-by-place", organ: "派出所", units: []),
    PlaceNamedOrgan(rule: "customs-by-place", organ: "海关", units: ["缉私局"]),
    // Grassroots bodies named by their township or street (新塘司法所, 新塘街道).
    PlaceNamedOrgan(rule: "justice-office-by-place", organ: "司法所", units: []),
    PlaceNamedOrgan(rule: "subdistrict-by-place", organ: "街道", units: [], endsPhrase: true),
    // A people's tribunal named alone (起诉到高升法庭, 到龟山人民法庭): a court of its own name.
    PlaceNamedOrgan(
      rule: "tribunal-by-place", organ: "法庭", units: [], kind: .court,
      blockedAfter: "调辩审上内外纪秩庭长", afterPreposition: true),
  ]

  /// Verbs of joint action after which a street (街道) is a body though no
  /// list joiner follows (联合城南路街道，将…; 会同新塘街道开展…).
  static let jointVerbs: [[Unicode.Scalar]] = ["联合", "会同", "协同", "配合"].map {
    Array($0.unicodeScalars)
  }

  /// Unit words a grassroots place may end with before its organ
  /// (程家桥街道司法所, 某某镇派出所): they lengthen the place's reach.
  static let townshipUnits: [[Unicode.Scalar]] = ["街道", "镇", "乡"].map {
    Array($0.unicodeScalars)
  }

  /// What may follow an organ that `endsPhrase`: list joiners.
  static let phraseEnds = ScalarBitmap(scalarsOf: "、和与及")

  /// The longest place before the organ, in scalars.
  static let placeReach = 4

  /// Prepositions a tribunal's place may follow (起诉到高升法庭, 向三界法庭).
  static let prepositions = ScalarBitmap(scalarsOf: "到在向至赴由经")
  /// Verbs that open with such a preposition (一起到达老城法庭, 赶赴…, 经过…):
  /// the place starts after the whole verb, not inside it (达老城 is no
  /// place; the tribunal is 老城法庭).
  static let prepositionVerbs: [[Unicode.Scalar]] = ["到达", "在于", "由于", "至于", "经过", "经由", "赴往"].map {
    Array($0.unicodeScalars)
  }

  /// Two-scalar generic words a place may follow inside a Han run (属地新塘街道).
  static let genericLeads: [[Unicode.Scalar]] = generic.filter { $0.unicodeScalars.count == 2 }
    .map { Array($0.unicodeScalars) }

  /// Words before the organ that say which one without naming it
  /// (rule `generic-place`): 辖区派出所, 当地海关, 直属海关.
  static let generic: [String] = [
    "辖区", "当地", "属地", "所在地", "附近", "本地", "该", "各", "某", "所辖", "管辖", "涉事", "事发地", "户籍地",
    "居住地", "就近", "所属", "所在", "公安", "分局", "县", "区", "市", "乡", "镇", "村", "人民", "基层", "城乡", "农村",
    "城市", "老旧", "周边", "全市", "全区", "全县", "全省", "各级", "本级", "上级",
    "中国", "直属", "隶属", "口岸", "出入境", "全国", "我国", "国内", "境外", "进境", "出境",
  ]

  /// Words that open a town's name alone only as a verb or a pointing word
  /// (宣判，认定镇政府…; 向所属街道办事处反映): the verbs and generic words
  /// above, and verbs that take a body as their object.
  static let notTownNames: [[Unicode.Scalar]] =
    (leadingVerbs + generic.filter { $0.unicodeScalars.count >= 2 } + [
      "认定", "确认", "判令", "责令", "督促", "要求", "建议", "通知", "发现", "请求", "支持", "认为", "指导", "协调",
      "组织", "责成", "约谈", "提醒", "告知", "函告", "报告", "答复", "回复",
    ]).map { Array($0.unicodeScalars) }
  static let notTownHeads = ScalarBitmap(notTownNames.compactMap(\.first))
}
