/// Bodies named without a region: the supreme court and procuratorate,
/// military courts, the national legislature and supervision commission, the
/// China Coast Guard (中国海警局: under the armed police, not the State
/// Council), the national trade union (kind other: a mass organisation, not
/// a state organ) here; the State Council's ministries and
/// administrations come from the generated `stateCouncilBodiesTSV`
/// (Scripts/data/state-council-bodies.tsv, the State Council's published
/// organisation list), each short name with its canonical full name
/// (人社部 → 人力资源和社会保障部, 市场监管总局 → 国家市场监督管理总局).
///
/// Columns: `surface`; `kind`; `name` (canonical; 最高法 → 最高人民法院);
/// `level` for courts and procuratorates (or `-`).
enum NationalBodyRules {
  static let table = #"""
    surface	kind	name	level
    最高人民法院	court	最高人民法院	supreme
    最高法院	court	最高人民法院	supreme
    最高法	court	最高人民法院	supreme
    最高院	court	最高人民法院	supreme
    最高人民检察院	procuratorate	最高人民检察院	supreme
    最高检察院	procuratorate	最高人民检察院	supreme
    最高检	procuratorate	最高人民检察院	supreme
    成渝金融法院	court	成渝金融法院	special
    海南自由贸易港知识产权法院	court	海南自由贸易港知识产权法院	special
    中国人民解放军军事法院	court	中国人民解放军军事法院	special
    中国人民解放军军事检察院	procuratorate	中国人民解放军军事检察院	special
    解放军军事法院	court	解放军军事法院	special
    解放军军事检察院	procuratorate	解放军军事检察院	special
    国务院	agency	国务院	-
    国家监察委员会	agency	国家监察委员会	-
    国家监委	agency	国家监察委员会	-
    中央纪委国家监委	agency	中央纪委国家监委	-
    中央纪委监察部	agency	中央纪委监察部	-
    中央纪律检查委员会	agency	中央纪律检查委员会	-
    中央纪委	agency	中央纪律检查委员会	-
    国家版权局	agency	国家版权局	-
    新疆生产建设兵团人民检察院	procuratorate	新疆生产建设兵团人民检察院	high
    兵团人民检察院	procuratorate	新疆生产建设兵团人民检察院	high
    兵团检察院	procuratorate	新疆生产建设兵团人民检察院	high
    全国人民代表大会常务委员会	other	全国人民代表大会常务委员会	-
    全国人大常委会	other	全国人民代表大会常务委员会	-
    中华全国总工会	other	中华全国总工会	-
    全国总工会	other	中华全国总工会	-
    中国海警局	agency	中国海警局	-
    高检院	procuratorate	最高人民检察院	supreme
    """#

  struct Body: Sendable {
    let kind: OrganizationKind
    let name: String
    let level: OrganizationLevel?
  }

  static let trie: PhraseTrie<Body> = {
    var trie = PhraseTrie<Body>()
    let t = TSVTable(table)
    let surface = t.column("surface")
    let kind = t.column("kind")
    let name = t.column("name")
    let level = t.column("level")
    for row in t.rows {
      guard let k = OrganizationKind(rawValue: row[kind]) else { continue }
      trie.insert(
        row[surface],
        value: Body(
          kind: k, name: row[name],
          level: OrganizationLevel(rawValue: row[level])))
    }
    // The State Council's bodies, under every written form (rule
    // `state-council-short-name`); a hand row above wins for the same surface.
    let council = TSVTable(stateCouncilBodiesTSV)
    let cSurface = council.column("surface")
    let cName = council.column("name")
    for row in council.rows where trie.value(for: row[cSurface]) == nil {
      trie.insert(row[cSurface], value: Body(kind: .agency, name: row[cName], level: nil))
    }
    // 东部战区军事法院 and the like.
    for zone in ["东部", "南部", "西部", "北部", "中部"] {
      for (organ, kind) in [("军事法院", OrganizationKind.court), ("军事检察院", .procuratorate)] {
        let name = "中国人民解放军\(zone)战区\(organ)"
        let body = Body(kind: kind, name: name, level: .special)
        trie.insert(name, value: body)
        trie.insert("\(zone)战区\(organ)", value: body)
      }
    }
    return trie
  }()

  /// Units a national body keeps in a place, after the place's name:
  /// 国家外汇管理局 + 贵州省 + 分局, 国家税务总局 + 苏州市 + 税务局, 国家金融监督管理总局 +
  /// 江阴 + 金融监管支局, 中国证券监督管理委员会 + 江苏 + 监管局, 中国人民银行 + 嘉兴市 + 中心支行.
  static let branchUnits: PhraseTrie<Int> = {
    var trie = PhraseTrie<Int>()
    for (k, unit) in [
      "分局", "支局", "中心支局", "税务局", "监管局", "监管分局", "监管支局", "金融监管局", "金融监管分局",
      "金融监管支局", "分署", "分行", "支行", "中心支行", "营业管理部", "海关", "稽查局",
    ].enumerated() {
      trie.insert(unit, value: k)
    }
    return trie
  }()

  /// Units inside a national body named right after it, kept in its name
  /// (rule `national-body-unit`): 海关总署缉私局, the customs' anti-smuggling
  /// police; 公安部物证鉴定中心, the ministry's forensic centre (a unit that
  /// acts in its own name, not an office; cut to the ministry it is another body).
  /// 中国海警局直属第五局: the coast guard's directly administered bureaus
  /// (第一局…第九局) act in their own name too, and so do the trademark and
  /// patent offices (国家工商行政管理总局商标局, B50-fit; 商标评审委员会 is the
  /// defendant of trademark review suits).
  static let bodyUnits: [String] =
    [
      "缉私局", "物证鉴定中心", "司法鉴定中心", "司法鉴定科学研究院", "价格认证中心", "信息中心",
      // 国家工商行政管理总局商标局, …商标评审委员会, 国家知识产权局专利局: the
      // trademark and patent offices decide and are sued in their own name.
      "商标局", "商标评审委员会", "专利局", "专利复审委员会",
    ] + ["一", "二", "三", "四", "五", "六", "七", "八", "九"].map { "直属第\($0)局" }
  static let bodyUnitTrie: PhraseTrie<Int> = {
    var trie = PhraseTrie<Int>()
    for (k, unit) in bodyUnits.enumerated() { trie.insert(unit, value: k) }
    return trie
  }()

  /// A ministry's internal bureaus (内设机构), written right after it
  /// (rule `national.office-inside-body`): 公安部刑事侦查局 is 公安部, as
  /// 民事审判庭 is its court (ANNOTATION.md: offices inside a body are part of it).
  static let internalBureaus: [String] = [
    "刑事侦查局", "禁毒局", "经济犯罪侦查局", "网络安全保卫局", "治安管理局", "食品药品犯罪侦查局",
    "反恐怖局",
  ]
  static let internalBureauTrie: PhraseTrie<Int> = {
    var trie = PhraseTrie<Int>()
    for (k, unit) in internalBureaus.enumerated() { trie.insert(unit, value: k) }
    return trie
  }()

  /// The party–state formula of political preambles (贯彻落实党中央、国务院
  /// 决策部署; 党中央国务院、省委省政府决策部署): 国务院 there is half of a set
  /// phrase naming the central leadership, not a body that acts in the story
  /// (guard `org.guard.party-state-formula`; B61 h61-10, B68 h68-04 list no
  /// 国务院). Each row: the body's canonical name and the words written right
  /// before it. 中共中央、国务院印发 (an issuer acting) is not among them.
  static let partyStateFormula: [(body: String, leads: [String])] = [
    ("国务院", ["党中央、", "党中央"])
  ]

  /// 新疆生产建设兵团人民检察院第一分院: a branch of the corps' procuratorate.
  static let corpsProcuratorate = "新疆生产建设兵团人民检察院"
}
