/// Hong Kong and Taiwan bodies (rules `org.regional.*`): their names are
/// built from the generated `regionalBodiesTSV` (Scripts/data/regional-bodies.tsv:
/// the Judiciary's and the HK Government's lists, 司法院, 法務部, 內政部 and
/// 海巡署 lists), read only in a text that shows the jurisdiction.
enum RegionalBodyRules {
  enum Jurisdiction: String, Sendable, CaseIterable {
    case hongKong = "hk"
    case taiwan = "tw"
  }

  enum Role: String, Sendable {
    /// Stands alone: 终审法院, 海巡署.
    case body
    /// Starts a name, never ends one: 海洋国家公园.
    case head
    /// A place that starts or continues a name: 台北, 西九龙.
    case place
    /// Ends a name after a place, an ordinal or a body: 地方法院, 海巡队.
    case unit
    /// An office inside the body written right before it (高等法院原讼法庭 is
    /// 高等法院, ANNOTATION.md); written alone it names itself.
    case office
  }

  struct Token: Sendable {
    let surface: String
    let role: Role
    let kind: OrganizationKind
    let level: OrganizationLevel?
  }

  /// Words that show a text is about the jurisdiction (folded view). A
  /// mainland text naming 台湾 or 香港 in passing does not switch the rules
  /// on unless it also writes one of these.
  static let markers: [Jurisdiction: [String]] = [
    // HK departments no mainland or Taiwan body shares a name with (勞工處,
    // 廉政公署 …: a government release often never writes 香港; not 入境处,
    // a mainland port's entry desk too), and the courts' words (裁判法院, 上訴庭).
    .hongKong: [
      "香港", "本港", "港元", "港币", "律政司", "终院", "劳工处", "警务处", "廉政公署", "惩教署", "破产管理署",
      "裁判法院", "上诉庭",
    ],
    // 士林地院, 警政署, 金管會: the press's Taiwan words.
    .taiwan: [
      "地检署", "地方检察署", "地方法院", "海巡署", "海巡队", "新台币", "台湾高等法院", "警分局", "立法院", "地院",
      "警政署", "金管会",
    ],
  ]

  static let markerTrie: PhraseTrie<Jurisdiction> = {
    var trie = PhraseTrie<Jurisdiction>()
    for (j, words) in markers { for w in words { trie.insert(w, value: j) } }
    return trie
  }()

  /// The jurisdictions whose markers `text` (folded) writes: one pass.
  static func shown(in text: [Unicode.Scalar]) -> Set<Jurisdiction> {
    var out: Set<Jurisdiction> = []
    for i in text.indices where markerTrie.mayStart(text, at: i) {
      if let (_, j) = markerTrie.longestMatch(in: text, from: i) {
        out.insert(j)
        if out.count == Jurisdiction.allCases.count { break }
      }
    }
    return out
  }

  /// True when `text` (folded) writes one of the jurisdiction's markers.
  static func isShown(_ j: Jurisdiction, in text: [Unicode.Scalar]) -> Bool {
    shown(in: text).contains(j)
  }

  /// Short unit words and the full word they stand for: 澎湖地检署 is
  /// 澎湖地方检察署 (or 台湾澎湖地方检察署) when the text writes that too.
  /// Written alone, the short unit still names the full one (台東地檢署 →
  /// 台东地方检察署, 士林地院 → 士林地方法院: the blind batches' names).
  static let shortUnits: [(short: String, full: String)] = [
    ("地检署", "地方检察署"), ("地院", "地方法院"),
  ]
  /// Bodies the press names by a short form, and their full names (rule
  /// `org.regional.short-name`): 金管會 is 金融监督管理委员会, 高院 in a
  /// Hong Kong text 高等法院. 勞福局 is kept as written (the blind batches do).
  static let shortNames: [Jurisdiction: [String: String]] = [
    .hongKong: ["高院": "高等法院"],
    .taiwan: ["金管会": "金融监督管理委员会", "数位部": "数位发展部", "数发部": "数位发展部"],
  ]
  /// Short forms that name the full body only in a text that also writes it
  /// (rule `org.regional.short-name`): 廉署 beside 廉政公署 is one body, the
  /// fullest form the article uses (ANNOTATION.md); alone it stays as written.
  static let shortNamesWhenFullWritten: [Jurisdiction: [String: String]] = [
    .hongKong: ["廉署": "廉政公署", "入境处": "入境事务处"]
  ]
  /// Places written before a seat's name in full titles (台湾台北地方法院, 福建金门地方法院).
  static let leadingPlaces: [String] = ["台湾", "福建"]

  /// The body each office sits in (the Judiciary's court structure: the
  /// High Court is the Court of Appeal and the Court of First Instance): a
  /// bare 上诉法庭 in a text that names 高等法院 is that court.
  static let officeParents: [String: String] = [
    "上诉法庭": "高等法院", "原讼法庭": "高等法院", "上诉庭": "高等法院", "原讼庭": "高等法院",
  ]

  /// Posts held in a body, written right after it: 律政司司长 names a person.
  static let postTitles: [String] = ["司长", "署长", "处长", "局长", "院长", "部长", "检察长", "主任委员"]

  /// The most Han scalars allowed between a name's last part and its unit
  /// word (屏东县 + 内埔 + 警分局, 新北市 + 违建拆除 + 大队).
  static let modifierReach = 4

  /// The longest a bracketed alias or unit part may be (第三(台中)海巡队).
  static let bracketReach = 6

  static let tries: [Jurisdiction: PhraseTrie<Token>] = {
    var out: [Jurisdiction: PhraseTrie<Token>] = [:]
    let t = TSVTable(regionalBodiesTSV)
    let jurisdiction = t.column("jurisdiction")
    let surface = t.column("surface")
    let role = t.column("role")
    let kind = t.column("kind")
    let level = t.column("level")
    for row in t.rows {
      guard let j = Jurisdiction(rawValue: row[jurisdiction]), let r = Role(rawValue: row[role]),
        let k = OrganizationKind(rawValue: row[kind])
      else { continue }
      out[j, default: PhraseTrie<Token>()].insert(
        row[surface],
        value: Token(
          surface: row[surface], role: r, kind: k, level: OrganizationLevel(rawValue: row[level])))
    }
    return out
  }()
}
