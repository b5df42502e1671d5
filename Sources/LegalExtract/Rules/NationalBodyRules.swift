/// Bodies named without a region: the supreme court and procuratorate,
/// central ministries and commissions, military courts.
///
/// Columns: `surface`; `kind`; `name` (canonical; 最高法 → 最高人民法院);
/// `level` for courts and procuratorates (or `-`).
enum NationalBodyRules {
  static let table = #"""
surface	kind	name	level
最高人民法院	court	最高人民法院	supreme
最高法院	court	最高人民法院	supreme
最高法	court	最高人民法院	supreme
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
公安部	agency	公安部	-
司法部	agency	司法部	-
国家安全部	agency	国家安全部	-
外交部	agency	外交部	-
国防部	agency	国防部	-
教育部	agency	教育部	-
科学技术部	agency	科学技术部	-
工业和信息化部	agency	工业和信息化部	-
民政部	agency	民政部	-
财政部	agency	财政部	-
人力资源和社会保障部	agency	人力资源和社会保障部	-
人力资源社会保障部	agency	人力资源和社会保障部	-
自然资源部	agency	自然资源部	-
生态环境部	agency	生态环境部	-
住房和城乡建设部	agency	住房和城乡建设部	-
住房城乡建设部	agency	住房和城乡建设部	-
交通运输部	agency	交通运输部	-
水利部	agency	水利部	-
农业农村部	agency	农业农村部	-
商务部	agency	商务部	-
文化和旅游部	agency	文化和旅游部	-
国家卫生健康委员会	agency	国家卫生健康委员会	-
国家卫生健康委	agency	国家卫生健康委员会	-
国家卫健委	agency	国家卫生健康委员会	-
退役军人事务部	agency	退役军人事务部	-
应急管理部	agency	应急管理部	-
中国人民银行	agency	中国人民银行	-
审计署	agency	审计署	-
海关总署	agency	海关总署	-
国家税务总局	agency	国家税务总局	-
国家市场监督管理总局	agency	国家市场监督管理总局	-
国家市场监管总局	agency	国家市场监督管理总局	-
国家金融监督管理总局	agency	国家金融监督管理总局	-
中国证券监督管理委员会	agency	中国证券监督管理委员会	-
中国证监会	agency	中国证券监督管理委员会	-
国家发展和改革委员会	agency	国家发展和改革委员会	-
国家发展改革委	agency	国家发展和改革委员会	-
国家发改委	agency	国家发展和改革委员会	-
国家邮政局	agency	国家邮政局	-
国家互联网信息办公室	agency	国家互联网信息办公室	-
国家网信办	agency	国家互联网信息办公室	-
国家知识产权局	agency	国家知识产权局	-
国家药品监督管理局	agency	国家药品监督管理局	-
国家林业和草原局	agency	国家林业和草原局	-
国家医疗保障局	agency	国家医疗保障局	-
国家烟草专卖局	agency	国家烟草专卖局	-
国家移民管理局	agency	国家移民管理局	-
国家外汇管理局	agency	国家外汇管理局	-
中央纪委国家监委	agency	中央纪委国家监委	-
中央纪委监察部	agency	中央纪委监察部	-
中央纪律检查委员会	agency	中央纪律检查委员会	-
中央纪委	agency	中央纪律检查委员会	-
监察部	agency	监察部	-
国家金融监管总局	agency	国家金融监督管理总局	-
中国银行保险监督管理委员会	agency	中国银行保险监督管理委员会	-
中国银保监会	agency	中国银行保险监督管理委员会	-
国家统计局	agency	国家统计局	-
国家能源局	agency	国家能源局	-
国家文物局	agency	国家文物局	-
国家粮食和物资储备局	agency	国家粮食和物资储备局	-
国家矿山安全监察局	agency	国家矿山安全监察局	-
国家消防救援局	agency	国家消防救援局	-
国家数据局	agency	国家数据局	-
国家版权局	agency	国家版权局	-
国家广播电视总局	agency	国家广播电视总局	-
国家体育总局	agency	国家体育总局	-
国家民族事务委员会	agency	国家民族事务委员会	-
国家国防科技工业局	agency	国家国防科技工业局	-
国务院国有资产监督管理委员会	agency	国务院国有资产监督管理委员会	-
国务院国资委	agency	国务院国有资产监督管理委员会	-
新疆生产建设兵团人民检察院	procuratorate	新疆生产建设兵团人民检察院	high
兵团人民检察院	procuratorate	新疆生产建设兵团人民检察院	high
兵团检察院	procuratorate	新疆生产建设兵团人民检察院	high
全国人民代表大会常务委员会	other	全国人民代表大会常务委员会	-
全国人大常委会	other	全国人民代表大会常务委员会	-
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
      trie.insert(row[surface], value: Body(kind: k, name: row[name],
                                             level: OrganizationLevel(rawValue: row[level])))
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

  /// 新疆生产建设兵团人民检察院第一分院: a branch of the corps' procuratorate.
  static let corpsProcuratorate = "新疆生产建设兵团人民检察院"
}
