/// Issuers that may stand before a 《关于…》 title and become part of the
/// official title (“两高两部”《关于办理醉酒危险驾驶刑事案件的意见》), and
/// customary short names the law table lacks.
enum StatuteIssuerRules {
  /// Written form → full name as official titles spell it.
  static let issuers: [(written: String, full: String)] = [
    ("两高两部", "最高人民法院、最高人民检察院、公安部、司法部"),
    ("两高三部", "最高人民法院、最高人民检察院、公安部、国家安全部、司法部"),
    ("两高一部", "最高人民法院、最高人民检察院、公安部"),
    ("两高", "最高人民法院、最高人民检察院"),
    ("最高人民法院", "最高人民法院"),
    ("最高法院", "最高人民法院"),
    ("最高法", "最高人民法院"),
    ("最高人民检察院", "最高人民检察院"),
    ("最高检", "最高人民检察院"),
    ("公安部", "公安部"),
    ("司法部", "司法部"),
    ("国家安全部", "国家安全部"),
    ("国务院", "国务院"),
    ("全国人民代表大会常务委员会", "全国人民代表大会常务委员会"),
    ("全国人大常委会", "全国人民代表大会常务委员会"),
    ("全国人民代表大会", "全国人民代表大会"),
    ("全国人大", "全国人民代表大会"),
    // Ministries whose 关于… rules carry their name.
    ("财政部", "财政部"), ("民政部", "民政部"), ("商务部", "商务部"), ("教育部", "教育部"),
    ("人力资源和社会保障部", "人力资源和社会保障部"), ("人力资源社会保障部", "人力资源社会保障部"),
    ("生态环境部", "生态环境部"), ("自然资源部", "自然资源部"), ("交通运输部", "交通运输部"),
    ("住房和城乡建设部", "住房和城乡建设部"), ("农业农村部", "农业农村部"), ("水利部", "水利部"),
    ("应急管理部", "应急管理部"), ("工业和信息化部", "工业和信息化部"),
    // The short name of the labour ministry, as its official titles spell it
    // (人社部、最高人民法院联合印发《关于…的意见（一）》), and its predecessor
    // whose implementing rules labour judgments still cite.
    ("人社部", "人力资源社会保障部"), ("劳动和社会保障部", "劳动和社会保障部"),
  ]

  /// Words before a named issuer that make an earlier body its lead issuer
  /// (最高人民法院…，联合最高人民检察院发布《…》).
  static let coIssuerMarkers: [String] = ["联合", "会同", "协同"]

  /// How far back the lead issuer may stand, in scalars (commas allowed).
  static let leadIssuerReach = 40

  /// Where the search for a lead issuer stops: the sentence ends.
  static let sentenceBreaks: ScalarBitmap = ["。", ";", "!", "?", "\n", "》", "《"]

  /// Verbs that let the issuers stand a few words before the title
  /// (最高人民法院于2024年8月发布的《关于…》).
  static let distantIssuingVerbs: [String] = [
    "联合出台", "联合印发", "联合发布", "出台", "印发", "发布", "制定", "下发", "颁布", "公布", "通过",
  ]

  /// How far before the verb such issuers may stand, in scalars.
  static let issuerReach = 24

  /// Scalars that end the clause the issuers must share with the title.
  static let clauseBreaks: ScalarBitmap = ["。", ";", "!", "?", ",", ":", "\n", "》", "《"]

  /// Document-number prefixes that name the issuer: 法释〔2024〕8号 is the
  /// Supreme People's Court's (so are its 法发 documents), 高检发释字 and
  /// 高检发 the Supreme People's Procuratorate's.
  static let documentNumberIssuers: [(prefix: String, issuer: String)] = [
    ("法释", "最高人民法院"), ("法发", "最高人民法院"), ("高检发", "最高人民检察院"),
  ]

  /// Full issuer names that make a 《…意见》 national, hence cited law.
  static let nationalIssuers: [String] = [
    "最高人民法院", "最高人民检察院", "国务院", "全国人民代表大会",
  ]

  /// Verbs between the issuers and 《 (最高法、最高检联合出台《…》).
  static let issuingVerbs: [String] = [
    "联合出台", "联合印发", "联合发布", "联合制定", "联合下发", "共同出台", "共同制定",
    "出台", "印发", "发布", "制定", "下发", "颁布", "公布",
    // 最高人民法院在《关于…的批复》中明确: the issuer speaking through its text.
    "在",
  ]

  /// Scalars to skip between issuers and 《: quotes, spaces, 了, 的.
  static let issuerGlue: ScalarBitmap = ["“", "”", "\"", "'", " ", "了", "的"]

  /// Joiners between two issuers.
  static let issuerJoiners: ScalarBitmap = ["、", "和", "与", "及", ","]

  /// Customary short names not in the table's `short` column → full title.
  static let customaryShortNames: [(short: String, title: String)] = [
    ("民诉法解释", "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释"),
    ("刑诉法解释", "最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释"),
    ("行诉法解释", "最高人民法院关于适用《中华人民共和国行政诉讼法》的解释"),
    ("民诉法", "中华人民共和国民事诉讼法"),
    ("刑诉法", "中华人民共和国刑事诉讼法"),
    ("行诉法", "中华人民共和国行政诉讼法"),
    ("个保法", "中华人民共和国个人信息保护法"),
    ("反家暴法", "中华人民共和国反家庭暴力法"),
    ("未保法", "中华人民共和国未成年人保护法"),
    ("消保法", "中华人民共和国消费者权益保护法"),
    ("环保法", "中华人民共和国环境保护法"),
    ("食安法", "中华人民共和国食品安全法"),
    // The press's short forms of laws it cites most (criminal, traffic,
    // labour and data news).
    ("道交法", "中华人民共和国道路交通安全法"),
    ("反电诈法", "中华人民共和国反电信网络诈骗法"),
    ("个税法", "中华人民共和国个人所得税法"),
    ("网安法", "中华人民共和国网络安全法"),
    ("数安法", "中华人民共和国数据安全法"),
    ("治安处罚法", "中华人民共和国治安管理处罚法"),
    ("社保法", "中华人民共和国社会保险法"),
    ("劳动争议仲裁法", "中华人民共和国劳动争议调解仲裁法"),
  ]
}
