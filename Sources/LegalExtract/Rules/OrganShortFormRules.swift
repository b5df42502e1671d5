/// Rule tables for bodies written without their place (issue 16): a bare
/// level word in a list (贵州省总工会、省高级人民法院), the 院 short forms
/// (报请山东省院指导). Hong Kong courts: `RegionalBodyRules`.
enum OrganShortFormRules {
  /// How far back the place a bare 省/市/区/县 stands for may be named.
  static let inheritReach = 400

  /// Bare level words and the division levels they stand for.
  static let levelWords: [(word: Unicode.Scalar, levels: Set<Int>)] = [
    ("省", [RegionGazetteer.Level.province.rawValue]),
    // 市 is a prefecture or county-level city, or a municipality (北京市, a
    // province-level 市: its 市检一分院, 市公安局).
    (
      "市",
      [
        RegionGazetteer.Level.province.rawValue, RegionGazetteer.Level.prefecture.rawValue,
        RegionGazetteer.Level.county.rawValue,
      ]
    ),
    ("州", [RegionGazetteer.Level.prefecture.rawValue]),
    ("区", [RegionGazetteer.Level.county.rawValue]),
    ("县", [RegionGazetteer.Level.county.rawValue]),
  ]

  /// What may stand right before a bare level word that opens a name: list
  /// joiners and verbs (、省人民检察院, 由市司法局, 向县人社局). 该/本/各/某 are not
  /// here: 该市公安局 and 各市法院 do not name one body.
  static let inheritLeads = ScalarBitmap(scalarsOf: "的在向经由诉和与及对将被于为是给从到把等以已后至并报请同会合")

  /// Joiners of a list of bodies: 贵州省总工会、省高级人民法院.
  static let listJoiners = ScalarBitmap(scalarsOf: "、和及与")

  /// How far back a list may have written the place its later items share
  /// (临安市综治办、市人社局: from 临安市 to the level word).
  static let listReach = 24

  /// Organ keys a bare list item never takes a place for: 政府 and 办事处
  /// after a joiner are generic (公安局和政府部门).
  static let listGenericOrganKeys: Set<String> = ["government", "office", "committee"]

  /// Level words that take the place named earlier in the paragraph outside a
  /// list too (由市司法局…): a province or city is named once and meant after.
  static let paragraphLevelWords = ScalarBitmap(scalarsOf: "省市")

  /// Level words a body may open as written when the article writes no
  /// place of their level (rule `level-word-as-written`), each with a
  /// placeholder place of that level the organ is read after (its kind and
  /// span; the placeholder never reaches the name). 州 is not here: 州 bodies
  /// are named with their prefecture.
  static let asWrittenPlaceholders: [(word: Unicode.Scalar, place: [Unicode.Scalar])] = [
    ("省", Array("河北省".unicodeScalars)), ("市", Array("石家庄市".unicodeScalars)),
    ("县", Array("正定县".unicodeScalars)), ("区", Array("海淀区".unicodeScalars)),
  ]

  /// Marks that stand for an anonymised place before a level word (×县, ＊市).
  static let placeholderMarks = ScalarBitmap(scalarsOf: "×*＊○〇ＡＢＣＸＹＺ")

  /// Level words that take the one place of their level the text names, when
  /// it names only one (县法院 in a story about one county, 区法院 about one district).
  static let uniqueLevelWords = ScalarBitmap(scalarsOf: "县区")
  static let uniqueReach = 4000

  /// Intermediate-court words a bare 市 may open when the article names one
  /// prefecture-level city anywhere (rule `sole-city`): only such a city has
  /// one, so the bare 市中级人民法院 is its.
  static let soleCityOrgans: [[Unicode.Scalar]] = ["中级人民法院", "中级法院", "中院"].map {
    Array($0.unicodeScalars)
  }

  /// Places whose name is also a verb (会同: "together with"): read as the
  /// place only when the article names one of its parents (rule
  /// `verb-homograph-place`).
  static let verbHomographPlaces: [(place: [Unicode.Scalar], parents: [[Unicode.Scalar]])] = [
    (Array("会同".unicodeScalars), ["湖南", "怀化"].map { Array($0.unicodeScalars) })
  ]
  static let verbHomographHeads = ScalarBitmap(verbHomographPlaces.compactMap(\.place.first))

  /// Brackets that define a short form as the body named right before them
  /// (浮梁县人民检察院（以下简称浮梁县院）), in the folded view.
  static let aliasMarkers: [String] = ["(以下简称", "(简称", "(下称"]

  /// Words in a bracket right after a body that define its short name
  /// (rule `defined-short-name`): （以下简称X）, （简称X）, （下称X）, in
  /// the folded view (the bracket reads `(`), longest first.
  static let definitionMarkers: [[Unicode.Scalar]] = ["以下简称", "以下称", "简称", "下称"].map {
    Array($0.unicodeScalars)
  }
  /// Quotes around a defined short name (（以下简称“区院”）).
  static let definitionQuotes = ScalarBitmap(scalarsOf: "“”\"'‘’「」『』")

  /// Scalars after 省院/市院 that make it part of another word (省院长, 市院系).
  static let yuanBlockers = ScalarBitmap(scalarsOf: "长士校子落线系里内外领党")

  /// Work words that tell a 院 short form's kind when the text names no
  /// other court or procuratorate: a procuratorate's (检察长, 检察建议,
  /// 检察官 all hold 检察) and a court's.
  static let procuratorateCues = ["检察"]
  static let courtCues = ["审判", "法官", "法庭", "判决"]
  static let cueTrie: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for w in procuratorateCues { trie.insert(w, value: true) }
    for w in courtCues { trie.insert(w, value: false) }
    return trie
  }()

  /// The organ a 院 short form stands for, by the kind the article's other
  /// bodies mostly are, and by the level of the place (courts only).
  static let procuratorateOrgan = "人民检察院"
  static let courtOrgans: [RegionGazetteer.Level: String] = [
    .province: "高级人民法院", .prefecture: "中级人民法院", .county: "人民法院",
  ]
}
