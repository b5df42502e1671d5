/// More organ words for `OrganRules` (same columns): bureaus of marine and
/// fishery, taxation, finance regulation, culture and municipal works, the
/// courts of Macau; trade unions, labour arbitration and mediation
/// committees, legal-aid centres (agencies named with the place as written,
/// issue 16), the branch procuratorate of a league (锡林郭勒盟检察分院), and
/// forest police (利川市森林公安局), the state farms' bureaus and their courts
/// and procuratorates (齐齐哈尔农垦分局, 嫩江农垦法院: named as written), zone
/// administrations and port authorities (洋浦管理局, 某某港务局), and the
/// labour bodies labour releases name (某市劳动保障监察支队, 某县社会保险事业管理局,
/// 某市住房公积金管理中心), coast-guard bureaus (海南海口海警局), a
/// government's general office (北京市人民政府办公厅) and a party committee's
/// (聊城市委办公室, kind other), and local bureaus a generated place ×
/// organ test found missing (issue 16, session 16: 山东省版权局, 某市保密局,
/// 某市水文局, 某省通信管理局, 某省未成年犯管教所). Trade
/// unions (总工会) are kind `other`: a mass organisation, not a state organ
/// (the blind batches' convention). So are mediation committees (某镇人民调解
/// 委员会, 某开发区人民调解委员会): self-governing mass organisations under the
/// People's Mediation Law, kind `other` in every blind gold that lists one
/// (issue 16, session 18).
extension OrganRules {
  static let header = "surface\tkind\tkey\tcanonical\tlevel\n"

  /// Organ words that end a name only after a zone (洋浦管理局, 某某开发区管理局,
  /// 横琴粤澳深度合作区执行委员会): after a division they name nothing.
  static let zoneOnlyKeys: Set<String> = ["zone-admin", "zone-executive"]

  /// Functions that name an office inside a public security bureau (治安支队,
  /// 刑警大队, 经侦支队): the bureau is the body, the squad part of it
  /// (ANNOTATION.md). Traffic police (交通警察支队) and branch bureaus are not
  /// listed: they act in their own name.
  static let policeOffices: Set<String> = [
    "治安", "刑侦", "刑警", "刑事侦查", "经侦", "经济犯罪侦查", "禁毒", "网安", "网警", "网络安全保卫", "特警",
    "巡警", "巡特警", "食药环侦", "环食药侦", "反诈", "国保", "技侦", "法制", "督察", "警务保障", "出入境管理",
  ]

  /// Tails a police function takes in an office's name (治安管理大队,
  /// 刑事侦查工作支队): the office is still the function's.
  static let policeOfficeTails: [[Unicode.Scalar]] = ["管理", "工作", "侦查", "保卫", "执法"].map {
    Array($0.unicodeScalars)
  }

  static let moreTable = #"""
    海洋局	agency	ocean	海洋局	none
    版权局	agency	copyright	版权局	none
    保密局	agency	secrecy	保密局	none
    水文局	agency	hydrology	水文局	none
    通信管理局	agency	telecom	通信管理局	none
    未成年犯管教所	agency	juvenile-prison	未成年犯管教所	none
    防汛抗旱指挥部	agency	flood	防汛抗旱指挥部	none
    防汛指挥部	agency	flood	防汛指挥部	none
    监狱	agency	prison	监狱	none
    戒毒所	agency	rehab	戒毒所	none
    海洋与渔业局	agency	ocean	海洋与渔业局	none
    海洋和渔业局	agency	ocean	海洋和渔业局	none
    海洋发展局	agency	ocean	海洋发展局	none
    渔业局	agency	fishery	渔业局	none
    农业局	agency	agriculture	农业局	none
    畜牧局	agency	livestock	畜牧局	none
    园林局	agency	garden	园林局	none
    林业和园林局	agency	garden	林业和园林局	none
    卫生局	agency	health	卫生局	none
    卫生和计划生育委员会	agency	health	卫生和计划生育委员会	none
    卫计委	agency	health	卫计委	none
    教育体育局	agency	education	教育体育局	none
    教体局	agency	education	教体局	none
    人力资源和社会保障委员会	agency	labour	人力资源和社会保障委员会	none
    人力资源社会保障厅	agency	labour	人力资源社会保障厅	none
    国家税务局	agency	tax	国家税务局	none
    地方税务局	agency	tax-local	地方税务局	none
    国税局	agency	tax	国税局	none
    地税局	agency	tax-local	地税局	none
    税务分局	agency	tax	税务分局	none
    工商行政管理局	agency	commerce-admin	工商行政管理局	none
    工商局	agency	commerce-admin	工商局	none
    质量技术监督局	agency	quality	质量技术监督局	none
    质监局	agency	quality	质监局	none
    食品药品监督管理局	agency	food-drug	食品药品监督管理局	none
    食药监局	agency	food-drug	食药监局	none
    安全生产监督管理局	agency	safety	安全生产监督管理局	none
    安监局	agency	safety	安监局	none
    物价局	agency	prices	物价局	none
    城乡规划局	agency	planning	城乡规划局	none
    国土资源和规划局	agency	land	国土资源和规划局	none
    自然资源和规划分局	agency	land-branch	自然资源和规划分局	none
    自然资源分局	agency	land-branch	自然资源分局	none
    民族宗教事务局	agency	ethnic	民族宗教事务局	none
    民族宗教事务委员会	agency	ethnic	民族宗教事务委员会	none
    档案局	agency	archives	档案局	none
    粮食局	agency	grain	粮食局	none
    人民防空办公室	agency	civil-defence	人民防空办公室	none
    人防办	agency	civil-defence	人防办	none
    地方金融监督管理局	agency	local-finance	地方金融监督管理局	none
    金融工作局	agency	local-finance	金融工作局	none
    金融监管局	agency	finance-regulator	金融监管局	none
    金融监管分局	agency	finance-regulator	金融监管分局	none
    金融监管支局	agency	finance-regulator-local	金融监管支局	none
    文化广电新闻出版旅游局	agency	culture	文化广电新闻出版旅游局	none
    文化广电新闻出版局	agency	culture	文化广电新闻出版局	none
    新闻出版广电局	agency	press	新闻出版广电局	none
    市政园林局	agency	urban-works	市政园林局	none
    市政管理局	agency	urban-works	市政管理局	none
    初级法院	court	court-macau	初级法院	basic
    终审法院	court	court-macau-final	终审法院	high
    证监局	agency	securities	证监局	none
    银保监局	agency	banking	银保监局	none
    银保监分局	agency	banking	银保监分局	none
    公路管理局	agency	roads	公路管理局	none
    公路局	agency	roads	公路局	none
    道路运输管理局	agency	road-transport	道路运输管理局	none
    运管局	agency	road-transport	运管局	none
    政务服务管理局	agency	services	政务服务管理局	none
    数据资源管理局	agency	data	数据资源管理局	none
    外事办公室	agency	foreign	外事办公室	none
    外汇管理局	agency	forex	外汇管理局	none
    盐务局	agency	salt	盐务局	none
    新闻出版局	agency	press	新闻出版局	none
    广播电视局	agency	broadcast	广播电视局	none
    文化广电和旅游局	agency	culture	文化广电和旅游局	none
    文化广电旅游局	agency	culture	文化广电旅游局	none
    市场监督管理分局	agency	market-branch	市场监督管理分局	none
    交通运输委员会	agency	transport	交通运输委员会	none
    交通局	agency	transport	交通局	none
    水利和湖泊局	agency	water	水利和湖泊局	none
    水务和湖泊局	agency	water	水务和湖泊局	none
    住房和城乡建设管理局	agency	housing	住房和城乡建设管理局	none
    住房和城市更新局	agency	housing	住房和城市更新局	none
    城市管理委员会	agency	urban	城市管理委员会	none
    城市管理和行政执法局	agency	urban	城市管理和行政执法局	none
    城市管理综合行政执法局	agency	urban	城市管理综合行政执法局	none
    不动产登记中心	agency	land-registry	不动产登记中心	none
    不动产登记局	agency	land-registry	不动产登记局	none
    退役军人事务厅	agency	veterans	退役军人事务厅	none
    医疗保障厅	agency	medical-insurance	医疗保障厅	none
    市场监督管理厅	agency	market	市场监督管理厅	none
    司法行政局	agency	justice	司法行政局	none
    规划和自然资源局	agency	land	规划和自然资源局	none
    公安消防支队	agency	police-fire	公安消防支队	none
    公安消防大队	agency	police-fire-local	公安消防大队	none
    纪律检查委员会	agency	discipline	纪律检查委员会	none
    纪委	agency	discipline	纪委	none
    总工会	other	union	总工会	none
    劳动人事仲裁委员会	agency	labour-arbitration	劳动人事仲裁委员会	none
    劳动争议仲裁委员会	agency	labour-arbitration	劳动争议仲裁委员会	none
    劳动人事争议仲裁委	agency	labour-arbitration	劳动人事争议仲裁委	none
    劳动人事争议仲裁院	agency	labour-arbitration	劳动人事争议仲裁院	none
    劳动仲裁委	agency	labour-arbitration	劳动仲裁委	none
    仲裁委员会	other	arbitration	仲裁委员会	none
    仲裁委	other	arbitration	仲裁委	none
    人民调解委员会	other	mediation	人民调解委员会	none
    调解委员会	other	mediation	调解委员会	none
    法律援助中心	agency	legal-aid	法律援助中心	none
    人力资源保障局	agency	labour	人力资源保障局	none
    劳动和社会保障局	agency	labour-old	劳动和社会保障局	none
    劳动和社会保障厅	agency	labour-old	劳动和社会保障厅	none
    劳动保障局	agency	labour-old	劳动保障局	none
    交通厅	agency	transport	交通厅	none
    精神文明建设指导委员会办公室	agency	civilisation	精神文明建设指导委员会办公室	none
    精神文明建设委员会办公室	agency	civilisation	精神文明建设委员会办公室	none
    文明办	agency	civilisation	文明办	none
    检察分院	procuratorate	proc-branch-league	检察分院	intermediate
    森林公安局	agency	police-forest	森林公安局	none
    森林公安分局	agency	police-forest-branch	森林公安分局	none
    司法所	agency	justice-office	司法所	none
    分局	agency	branch	分局	none
    劳动人事争议调解中心	agency	labour-mediation	劳动人事争议调解中心	none
    调解中心	agency	mediation-centre	调解中心	none
    交通委员会	agency	transport	交通委员会	none
    交通委	agency	transport	交通委	none
    生态环境保护局	agency	environment	生态环境保护局	none
    环境保护厅	agency	environment	环境保护厅	none
    市场监督管理委员会	agency	market	市场监督管理委员会	none
    市场监管委	agency	market	市场监管委	none
    生态环境保护综合执法局	agency	environment-enforcement	生态环境保护综合执法局	none
    生态环境保护综合行政执法局	agency	environment-enforcement	生态环境保护综合行政执法局	none
    价格认定中心	agency	price-appraisal	价格认定中心	none
    价格认证中心	agency	price-appraisal	价格认证中心	none
    司法鉴定中心	agency	forensic	司法鉴定中心	none
    渔政	agency	fishery-enforcement	渔政	none
    渔政支队	agency	fishery-enforcement	渔政支队	none
    渔政大队	agency	fishery-enforcement-local	渔政大队	none
    渔政管理站	agency	fishery-enforcement-local	渔政管理站	none
    劳动保障监察支队	agency	labour-inspection	劳动保障监察支队	none
    劳动保障监察大队	agency	labour-inspection-local	劳动保障监察大队	none
    劳动监察支队	agency	labour-inspection	劳动监察支队	none
    劳动监察大队	agency	labour-inspection-local	劳动监察大队	none
    劳动保障监察局	agency	labour-inspection	劳动保障监察局	none
    社会保险事业管理局	agency	social-insurance	社会保险事业管理局	none
    社会保险事业管理中心	agency	social-insurance	社会保险事业管理中心	none
    社会保险事业局	agency	social-insurance	社会保险事业局	none
    社保局	agency	social-insurance	社保局	none
    住房公积金管理中心	agency	housing-fund	住房公积金管理中心	none
    就业服务中心	agency	employment	就业服务中心	none
    公共就业服务中心	agency	employment	公共就业服务中心	none
    管理局	agency	zone-admin	管理局	none
    港务局	agency	port	港务局	none
    港航管理局	agency	port	港航管理局	none
    港口管理局	agency	port	港口管理局	none
    执行委员会	agency	zone-executive	执行委员会	none
    农垦法院	court	court-farm-basic	农垦法院	basic
    农垦人民法院	court	court-farm-basic	农垦人民法院	basic
    农垦检察院	procuratorate	proc-farm	农垦检察院	basic
    农垦人民检察院	procuratorate	proc-farm	农垦人民检察院	basic
    农垦分局	agency	farm-bureau-branch	农垦分局	none
    农垦局	agency	farm-bureau	农垦局	none
    农垦总局	agency	farm-bureau-general	农垦总局	none
    委办公室	other	party-office	委办公室	none
    海警局	agency	coast-guard	海警局	none
    人民政府办公厅	agency	government-office	人民政府办公厅	none
    人民政府办公室	agency	government-office	人民政府办公室	none
    政府办公厅	agency	government-office	政府办公厅	none
    政府办公室	agency	government-office	政府办公室	none
    """#
}
