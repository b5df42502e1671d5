/// Organ words that end an organization's name after a region (麻城市 +
/// 人民检察院, 十堰 + 中院, 成都市 + 公安局).
///
/// Columns: `surface` as written; `kind`; `key` (surfaces naming the same
/// organ share it: 住建局 and 住房和城乡建设局); `canonical` (the name courts and
/// procuratorates take: 检察院 → 人民检察院, 中院 → 中级人民法院); `level`
/// (`region` = decided by the region's level).
struct OrganRule: Sendable {
  let surface: String
  let kind: OrganizationKind
  let key: String
  let canonical: String
  let level: OrganLevelRule
}

enum OrganLevelRule: Sendable, Equatable {
  case fixed(OrganizationLevel)
  /// Basic court below a county or zone; prefecture or province needs the court list.
  case courtByRegion
  /// Province → high, prefecture → intermediate, county or zone → basic.
  case procuratorateByRegion
  case none
}

enum OrganRules {
  static let table = #"""
    surface	kind	key	canonical	level
    人民法院	court	court	人民法院	region
    法院	court	court	人民法院	region
    中级人民法院	court	court-mid	中级人民法院	intermediate
    中级法院	court	court-mid	中级人民法院	intermediate
    中院	court	court-mid	中级人民法院	intermediate
    高级人民法院	court	court-high	高级人民法院	high
    高级法院	court	court-high	高级人民法院	high
    高院	court	court-high	高级人民法院	high
    海事法院	court	court-maritime	海事法院	special
    知识产权法院	court	court-ip	知识产权法院	special
    互联网法院	court	court-internet	互联网法院	special
    金融法院	court	court-finance	金融法院	special
    铁路运输法院	court	court-rail	铁路运输法院	special
    铁路运输中级法院	court	court-rail-mid	铁路运输中级法院	special
    铁路运输中级人民法院	court	court-rail-mid	铁路运输中级法院	special
    军事法院	court	court-military	军事法院	special
    林区基层法院	court	court-forest	林区基层法院	basic
    林区中级法院	court	court-forest-mid	林区中级法院	intermediate
    林区中级人民法院	court	court-forest-mid	林区中级人民法院	intermediate
    农垦中级人民法院	court	court-farm-mid	农垦中级人民法院	intermediate
    垦区人民法院	court	court-farm	垦区人民法院	basic
    人民检察院	procuratorate	proc	人民检察院	region
    检察院	procuratorate	proc	人民检察院	region
    铁路运输检察院	procuratorate	proc-rail	铁路运输检察院	special
    铁路运输检察分院	procuratorate	proc-rail-branch	铁路运输检察分院	special
    军事检察院	procuratorate	proc-military	军事检察院	special
    人民政府	agency	government	人民政府	none
    政府	agency	government	政府	none
    监察委员会	agency	supervision	监察委员会	none
    监委	agency	supervision	监委	none
    纪委监委	agency	supervision	纪委监委	none
    公安局	agency	police	公安局	none
    公安分局	agency	police-branch	公安分局	none
    公安厅	agency	police-prov	公安厅	none
    派出所	agency	police-station	派出所	none
    住房和城乡建设局	agency	housing	住房和城乡建设局	none
    住房和城乡建设委员会	agency	housing	住房和城乡建设委员会	none
    住房和城乡建设厅	agency	housing	住房和城乡建设厅	none
    住房城乡建设局	agency	housing	住房城乡建设局	none
    住建局	agency	housing	住建局	none
    邮政管理局	agency	post	邮政管理局	none
    市场监督管理局	agency	market	市场监督管理局	none
    市场监管局	agency	market	市场监管局	none
    生态环境局	agency	environment	生态环境局	none
    生态环境厅	agency	environment	生态环境厅	none
    生态环境分局	agency	environment-branch	生态环境分局	none
    环境保护局	agency	environment	环境保护局	none
    环保局	agency	environment	环保局	none
    自然资源和规划局	agency	land	自然资源和规划局	none
    自然资源局	agency	land	自然资源局	none
    自然资源厅	agency	land	自然资源厅	none
    国土资源局	agency	land	国土资源局	none
    农业农村局	agency	agriculture	农业农村局	none
    农业农村厅	agency	agriculture	农业农村厅	none
    应急管理局	agency	emergency	应急管理局	none
    应急管理厅	agency	emergency	应急管理厅	none
    卫生健康委员会	agency	health	卫生健康委员会	none
    卫生健康委	agency	health	卫生健康委	none
    卫健委	agency	health	卫健委	none
    卫生健康局	agency	health	卫生健康局	none
    卫健局	agency	health	卫健局	none
    管理委员会	agency	committee	管理委员会	none
    管委会	agency	committee	管委会	none
    综合行政执法局	agency	enforcement	综合行政执法局	none
    城市管理局	agency	urban	城市管理局	none
    城市管理综合执法局	agency	urban	城市管理综合执法局	none
    城市管理和综合执法局	agency	urban	城市管理和综合执法局	none
    城管局	agency	urban	城管局	none
    交通运输局	agency	transport	交通运输局	none
    交通运输厅	agency	transport	交通运输厅	none
    水利局	agency	water	水利局	none
    水务局	agency	water	水务局	none
    水利厅	agency	water	水利厅	none
    林业局	agency	forestry	林业局	none
    林业和草原局	agency	forestry	林业和草原局	none
    教育局	agency	education	教育局	none
    教育厅	agency	education	教育厅	none
    教育和体育局	agency	education	教育和体育局	none
    民政局	agency	civil	民政局	none
    民政厅	agency	civil	民政厅	none
    司法局	agency	justice	司法局	none
    国家安全局	agency	state-security	国家安全局	none
    国家安全厅	agency	state-security	国家安全厅	none
    司法厅	agency	justice	司法厅	none
    财政局	agency	finance	财政局	none
    财政厅	agency	finance	财政厅	none
    税务局	agency	tax	税务局	none
    人力资源和社会保障局	agency	labour	人力资源和社会保障局	none
    人力资源和社会保障厅	agency	labour	人力资源和社会保障厅	none
    人力资源社会保障局	agency	labour	人力资源社会保障局	none
    人社局	agency	labour	人社局	none
    人社厅	agency	labour	人社厅	none
    劳动人事争议仲裁委员会	agency	labour-arbitration	劳动人事争议仲裁委员会	none
    劳动能力鉴定委员会	agency	labour-appraisal	劳动能力鉴定委员会	none
    文化和旅游局	agency	culture	文化和旅游局	none
    文化旅游局	agency	culture	文化旅游局	none
    文旅局	agency	culture	文旅局	none
    商务局	agency	commerce	商务局	none
    发展和改革委员会	agency	development	发展和改革委员会	none
    发展改革委	agency	development	发展改革委	none
    发改委	agency	development	发改委	none
    审计局	agency	audit	审计局	none
    统计局	agency	statistics	统计局	none
    医疗保障局	agency	medical-insurance	医疗保障局	none
    医保局	agency	medical-insurance	医保局	none
    退役军人事务局	agency	veterans	退役军人事务局	none
    烟草专卖局	agency	tobacco	烟草专卖局	none
    海关	agency	customs	海关	none
    气象局	agency	weather	气象局	none
    科学技术局	agency	science	科学技术局	none
    科技局	agency	science	科技局	none
    工业和信息化局	agency	industry	工业和信息化局	none
    经济和信息化局	agency	industry	经济和信息化局	none
    规划局	agency	planning	规划局	none
    住房保障和房产管理局	agency	housing-admin	住房保障和房产管理局	none
    房产管理局	agency	housing-admin	房产管理局	none
    房管局	agency	housing-admin	房管局	none
    消防救援支队	agency	fire	消防救援支队	none
    消防救援大队	agency	fire-local	消防救援大队	none
    海事局	agency	maritime	海事局	none
    畜牧兽医局	agency	livestock	畜牧兽医局	none
    信访局	agency	petition	信访局	none
    药品监督管理局	agency	drug	药品监督管理局	none
    知识产权局	agency	ip	知识产权局	none
    体育局	agency	sport	体育局	none
    交通警察支队	agency	traffic-police	交通警察支队	none
    交警支队	agency	traffic-police	交警支队	none
    交通警察大队	agency	traffic-police-local	交通警察大队	none
    交警大队	agency	traffic-police-local	交警大队	none
    城市管理执法局	agency	urban	城市管理执法局	none
    城市管理行政执法局	agency	urban	城市管理行政执法局	none
    综合执法局	agency	enforcement	综合执法局	none
    行政审批局	agency	approval	行政审批局	none
    行政审批服务局	agency	approval	行政审批服务局	none
    大数据管理局	agency	data	大数据管理局	none
    互联网信息办公室	agency	cyberspace	互联网信息办公室	none
    社区矫正管理局	agency	community-correction	社区矫正管理局	none
    发展和改革局	agency	development	发展和改革局	none
    乡村振兴局	agency	rural	乡村振兴局	none
    粮食和物资储备局	agency	grain	粮食和物资储备局	none
    地震局	agency	earthquake	地震局	none
    国有资产监督管理委员会	agency	assets	国有资产监督管理委员会	none
    国资委	agency	assets	国资委	none
    看守所	agency	detention	看守所	none
    拘留所	agency	detention-admin	拘留所	none
    强制隔离戒毒所	agency	rehab	强制隔离戒毒所	none
    监狱管理局	agency	prison-admin	监狱管理局	none
    戒毒管理局	agency	rehab-admin	戒毒管理局	none
    街道办事处	agency	subdistrict	街道办事处	none
    办事处	agency	office	办事处	none
    人民代表大会常务委员会	other	congress	人民代表大会常务委员会	none
    人大常委会	other	congress	人大常委会	none
    公证处	other	notary	公证处	none
    """#

  static let all: [OrganRule] = {
    var rules: [OrganRule] = []
    for t in [TSVTable(table), TSVTable(header + moreTable)] {
      let surface = t.column("surface")
      let kind = t.column("kind")
      let key = t.column("key")
      let canonical = t.column("canonical")
      let level = t.column("level")
      for row in t.rows {
        guard let k = OrganizationKind(rawValue: row[kind]) else { continue }
        let lv: OrganLevelRule
        switch row[level] {
        case "region": lv = k == .court ? .courtByRegion : .procuratorateByRegion
        case "none": lv = .none
        default: lv = OrganizationLevel(rawValue: row[level]).map { .fixed($0) } ?? .none
        }
        rules.append(
          OrganRule(
            surface: row[surface], kind: k, key: row[key],
            canonical: row[canonical], level: lv))
      }
    }
    // 北京市第一中级人民法院, 上海一中院, 东莞市第一人民法院.
    for n in ["一", "二", "三", "四", "五", "六"] {
      let mid = "第\(n)中级人民法院"
      for s in [mid, "第\(n)中级法院", "\(n)中院"] {
        rules.append(
          OrganRule(
            surface: s, kind: .court, key: "court-mid-\(n)", canonical: mid,
            level: .fixed(.intermediate)))
      }
      rules.append(
        OrganRule(
          surface: "第\(n)人民法院", kind: .court, key: "court-\(n)",
          canonical: "第\(n)人民法院", level: .fixed(.basic)))
      // 太原市第二看守所: a city's detention centres numbered in order.
      rules.append(
        OrganRule(
          surface: "第\(n)看守所", kind: .agency, key: "detention-\(n)",
          canonical: "第\(n)看守所", level: .none))
      // 东莞市第三市区人民检察院: a city's procuratorates numbered by district.
      let urban = "第\(n)市区人民检察院"
      for s in [urban, "第\(n)市区检察院"] {
        rules.append(
          OrganRule(
            surface: s, kind: .procuratorate, key: "proc-urban-\(n)",
            canonical: urban, level: .fixed(.basic)))
      }
      // 北京市人民检察院第一分院, 北京市检察一分院; and 北京市检察院一分院,
      // 市检一分院: written without 第, named as written with 检察院 / 检
      // spelt 人民检察院 (ANNOTATION.md). Both are the same branch.
      let branch = "人民检察院第\(n)分院"
      let unnumbered = "人民检察院\(n)分院"
      let spellings = [
        (branch, [branch, "检察院第\(n)分院", "检察\(n)分院"]),
        (unnumbered, [unnumbered, "检察院\(n)分院", "检\(n)分院"]),
      ]
      for (canonical, surfaces) in spellings {
        for s in surfaces {
          rules.append(
            OrganRule(
              surface: s, kind: .procuratorate, key: "proc-branch-\(n)",
              canonical: canonical, level: .fixed(.intermediate)))
        }
      }
    }
    return rules
  }()

  /// Organs of central bodies named after a place as written, not after the
  /// division's full name: 南京海关, 湖北证监局, 江阴金融监管支局.
  static let namedAsWritten: Set<String> = [
    "customs", "proc-branch-league", "securities", "banking", "finance-regulator",
    "finance-regulator-local", "forex",
    "maritime", "court-macau", "court-macau-final", "proc-farm",
  ]

  /// Grassroots stations a bureau keeps in its towns, named after the
  /// bureau: 阳谷县司法局 + 西湖 +
  /// 司法所 is one body, the station (ANNOTATION.md: the fullest name), not
  /// the bureau and a second body. By the bureau's key.
  static let bureauStations: [String: [String]] = [
    "justice": ["司法所"],
    "market": ["市场监督管理所", "市场监管所"],
    "tax": ["税务所"],
    "land": ["自然资源所", "国土资源所", "自然资源和规划所"],
    "finance": ["财政所"],
    "forestry": ["林业站"],
    "agriculture": ["农业综合服务中心"],
  ]

  /// Per rule: named with the place as written. Special, forest and farm
  /// courts (大连海事法院, 汪清林区基层法院) and `namedAsWritten` organs.
  static let asWritten: [Bool] = all.map { rule in
    rule.level == .fixed(.special) || rule.key.hasPrefix("court-forest")
      || rule.key.hasPrefix("court-farm") || namedAsWritten.contains(rule.key)
  }

  static let trie: PhraseTrie<Int> = {
    var trie = PhraseTrie<Int>()
    for (i, rule) in all.enumerated() { trie.insert(rule.surface, value: i) }
    return trie
  }()
}
