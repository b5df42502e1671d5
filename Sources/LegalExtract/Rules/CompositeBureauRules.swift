/// Departments named by the functions they hold (issue 16): local
/// governments merge departments and name the result by its functions, so
/// the organ word is a run of function stems, joined or not by 和/与, then a
/// bureau word: 海南区农牧水务局, 某县文化体育广电旅游局, 某市科学技术和工业信息
/// 化局, 某区农业农村和水利局. Rule `org.region-chain.composite-bureau`; it
/// applies only after a region chain and only where `OrganRules` has no organ
/// word as long.
enum CompositeBureauRules {
  /// Function stems of local departments (the 三定 names of county and city
  /// governments). Each is a function, never a place or a verb on its own in
  /// a name: 农牧 + 水务 + 局.
  static let stems: [String] = [
    "农业", "农村", "农牧", "农牧业", "畜牧", "兽医", "畜牧兽医", "水务", "水利", "水产", "渔业", "海洋",
    "林业", "草原", "园林", "绿化", "林草", "自然资源", "规划", "国土", "国土资源", "测绘", "不动产",
    "住房", "城乡建设", "城乡规划", "建设", "城建", "住建", "房产", "房屋", "交通", "运输", "交通运输",
    "物流", "港口", "口岸", "航务", "商务", "经济", "信息化", "工业", "工业和信息化", "科技", "科学技术",
    "教育", "体育", "文化", "旅游", "文旅", "广电", "广播电视", "新闻出版", "卫生", "健康", "卫生健康",
    "计划生育", "民政", "人力资源", "社会保障", "财政", "审计", "统计", "应急", "应急管理", "安全生产",
    "市场监督", "市场监管", "生态环境", "环境保护", "环保", "能源", "粮食", "物资储备", "发展", "改革",
    "发展改革", "行政审批", "政务服务", "大数据", "数据", "机关事务", "城市管理", "综合执法", "行政执法",
    "民族", "宗教", "民族宗教", "气象", "地震", "信访", "司法", "人防", "退役军人", "医疗保障", "医保",
    "金融", "招商", "投资促进", "外事", "侨务", "乡村振兴", "扶贫", "移民", "公用事业", "市政", "国资",
    "科学技术和工业信息化", "人力资源和社会保障", "住房和城乡建设", "文化和旅游", "农业农村", "水利水务",
    "市容", "环境卫生", "园林绿化",
    // Merged culture departments' own short stems (某县文体广电旅游局, 文广新局).
    "文体", "文广", "文广新", "广播", "电视", "文物", "新闻", "出版", "人社",
    // The market regulators before the 2018 merger (某旗食品药品和工商质量技术
    // 监督管理局, 某县食品药品监督管理局, 某县工商行政管理局) and town bureaus
    // (某旗城镇管理局).
    "食品药品", "食品药品监督", "工商", "工商行政", "质量技术监督", "质监", "城镇",
  ]

  /// The organ rule a composite bureau's branch is read with (…局某某分局).
  static let bureauRule = OrganRule(
    surface: "局", kind: .agency, key: "composite", canonical: "局", level: .none)

  /// Words that end such a name.
  /// (管理委员会, 管理局: 市政市容管理委员会 is 市政 + 市容 + 管理委员会.)
  static let heads: [String] = ["委员会", "局", "厅", "管理委员会", "管理局"]

  /// Scalars after a head that make it another word (局面, 局势, 局限, 局部).
  static let headBlockers = ScalarBitmap(scalarsOf: "面势限部")

  /// Joiners between two stems (科学技术和工业信息化局).
  static let joiners = ScalarBitmap(scalarsOf: "和与")

  /// The most stems one name holds (文化 + 广电 + 体育 + 旅游 is four).
  static let maxStems = 6

  static let stemTrie: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for s in stems { trie.insert(s, value: true) }
    return trie
  }()

  static let headTrie: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for h in heads { trie.insert(h, value: true) }
    return trie
  }()
}
