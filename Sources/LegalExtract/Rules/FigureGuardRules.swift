/// Words and characters that tell a number is not a figure (ANNOTATION.md:
/// idioms, names, grades, statutory ranges), kept apart from the scanner.
enum FigureGuardRules {
  /// Idioms and set phrases whose numerals count nothing (千家万户, 一系列),
  /// and a few names built on numerals (七台河, 两高).
  static let idioms: [String] = [
    "千家万户", "千方百计", "万无一失", "三令五申", "一系列", "一五一十", "五花八门", "四面八方",
    "七上八下", "三番五次", "三番两次", "十全十美", "一举两得", "两面三刀", "九牛一毛", "一干二净",
    "三三两两", "千辛万苦", "千千万万", "成千上万", "一心一意", "一清二楚", "三心二意", "一分为二",
    "独一无二", "说一不二", "接二连三", "不三不四", "乱七八糟", "横七竖八", "七嘴八舌", "五湖四海",
    "四通八达", "三言两语", "一朝一夕", "百家争鸣", "千篇一律", "万众一心", "一成不变", "三位一体",
    "一年一度", "一刀切", "一次性", "两头跑", "三天两头", "三天打鱼", "一天到晚", "有朝一日",
    "七台河", "九台", "五台山", "三台县", "三元里", "四会市", "六盘水", "十堰", "三门峡", "两高",
    "三包", "三只松鼠", "七匹狼", "九头鸟", "三座大山", "三棵树", "六个核桃", "一条龙", "一把手", "一站式", "一揽子", "两个维护", "两个确立",
    "两个责任", "三个代表", "四个意识", "四个自信", "五险一金", "三公经费", "两学一做",
    "八项规定", "一件事", "一桩桩", "一件件", "一起起", "一个个", "一次次", "一批批",
    "有一天", "同一天", "一日游", "百分百", "三五成群", "两高两部", "两高三部", "两高一部",
    "一府两院", "一府一委两院", "两节", "两张皮", "前一天", "后一天", "头一天", "前一年", "前一日", "二次伤害", "二次污染", "二次开发",
    "二次创业", "新三板",
  ]

  static let idiomTrie = PhraseTrie.words(idioms + FigureIdiomRules.phrases)

  /// Bodies a tier count names (两级法院, 三级检察机关, 区街道两级妇联); 十级伤残
  /// and 轻伤二级 are grades, not tiers.
  static let tierNouns: [String] = [
    "法院", "人民法院", "检察", "检察院", "检察机关", "人民检察院", "人民", "人民政府", "妇联", "政府", "党委", "机关", "部门", "组织",
    "残联", "工会",
    "团委", "纪委", "公安", "监察", "审判", "行政", "联动", "网格", "医疗", "医院", "书记",
    "河长", "林长", "财政", "司法", "联席", "平台", "管理", "监管", "执法", "综治", "调解",
    "院", "市场监督", "市场监管",
  ]

  static let tierTrie = PhraseTrie.words(tierNouns)

  /// Industry words an enterprise's name ends in before the number of one
  /// of its units (林州建筑9公司, 中铁十二局, 中建三局).
  static let enterpriseUnitLeads: [String] = [
    "建筑", "建设", "建工", "工程", "化工", "路桥", "铁路", "水电", "电力", "中铁", "中建", "中冶",
    "冶金", "机械", "运输", "纺织", "煤矿", "矿务", "集团", "水泥", "钢铁", "航务",
  ]

  static let enterpriseUnitLeadTrie = PhraseTrie.words(enterpriseUnitLeads)

  /// Units an enterprise numbers (9公司, 十二局, 3厂).
  static let enterpriseUnitNouns: Set<String> = ["公司", "分公司", "局", "厂", "工区", "车间"]

  /// Places that number their groups (某村5组, 某社区三组, 某场2队).
  static let placeUnitLeads: [String] = ["村", "社区", "屯", "分场", "农场", "街道"]

  static let placeUnitLeadTrie = PhraseTrie.words(placeUnitLeads)

  /// Groups a place numbers.
  static let placeUnitNouns: Set<String> = ["组", "队", "社"]

  /// Classifiers of buildings that addresses number (105栋, 8幢).
  static let buildingUnitNouns: Set<String> = ["栋", "幢"]
  static let buildingUnitScalars = ScalarBitmap(scalarsOf: "栋幢")

  /// Last words of a place before a building's number in an address
  /// (科技园内105栋, 某小区3栋, 某花园8幢, 某路18号2栋).
  static let buildingPlaceLeads = [
    "园", "园内", "区", "小区", "苑", "村", "城", "府", "湾", "庭", "大厦", "公寓", "号", "家园",
  ]

  static let buildingPlaceLeadTrie = PhraseTrie.words(buildingPlaceLeads)

  /// Parts of a building or its surroundings after its number (3栋2单元,
  /// 8幢北侧, 5栋楼下).
  static let buildingParts = [
    "单元", "门口", "楼下", "楼前", "楼顶", "北侧", "南侧", "东侧", "西侧", "之间", "旁", "前",
    "后面", "附近", "公共", "通道",
  ]

  static let buildingPartTrie = PhraseTrie.words(buildingParts)

  /// Nouns a count of buildings names (5栋厂房, 3栋房屋).
  static let buildingNouns = ["楼", "房", "厂房", "住宅", "建筑", "别墅", "宿舍", "仓库", "大楼", "民房"]

  static let buildingNounTrie = PhraseTrie.words(buildingNouns)

  /// Joiners of a list of numbered buildings (105栋与106栋, 3栋、5栋).
  static let buildingListJoiners = ScalarBitmap(scalarsOf: "与和及、至到-")

  /// Bodies that carry a grade after X级 (三级医院, 二级甲等医院): not tiers.
  static let gradedBodies = ["医院", "甲等", "乙等", "丙等", "公路", "资质"]

  static let gradedBodyTrie = PhraseTrie.words(gradedBodies)

  /// Words after a group's number that name its post or people (五组组长,
  /// 3组村民): the number names the group.
  static let groupPostWords = ["组长", "村民"]

  static let groupPostTrie = PhraseTrie.words(groupPostWords)

  /// Words after a classifier that make it part of another word (处罚, 人民,
  /// 起诉): the number before it counts nothing.
  static let classifierBreakers: [String] = [
    "处罚", "处以", "处理", "处分", "处置", "人民", "起诉", "起草", "起算", "起点", "起止",
    "条例", "次日", "次年", "次月", "件事", "名义", "家族", "户口", "户籍", "项目", "部分",
    "份额", "张贴", "本人", "本案", "本院", "本市", "本次", "所有", "所在", "所以", "所得",
    "位置", "种类", "种植", "条件", "台湾", "片区", "支付", "支持", "把握", "根据", "款项",
    "头脑", "只有", "只要", "只能", "间接", "单独", "单方", "单元", "单价", "单据", "单身", "单项",
    "单一", "场所", "场地", "场景", "场合", "场面", "段落", "尾款", "尾号", "册子",
    "省级", "省委", "省内", "省外", "双方", "双向", "双重", "双倍", "种种", "期间", "期限", "期满",
    "期内", "期工程", "期项目", "期货", "期刊", "期待", "期望", "期末", "期初", "期中",
    "市场", "市民", "市区", "市级", "市委", "市政", "市值", "市面", "市内", "市外", "市里", "市长",
    "县级", "县委", "县城", "县长", "县里", "机关单位", "发现", "发生", "发布", "发出", "发放",
    "发起", "发展", "发送", "发表", "发给", "发票", "发行", "发布会", "轮流", "轮换", "轮岗",
    "章程", "板块", "板材", "组织", "组成", "组建", "组长", "组合", "组团", "组委", "组件",
    // 地, 犯, 排, 卷 (FigureMeasureWords): 两地 counts places, 地址 is a word.
    "地址", "地方", "地产", "地铁", "地下", "地上", "地面", "地图", "地税", "地价", "地段", "地块",
    "地皮", "地震", "地点", "地位", "地步", "地板", "地球", "地说", "地表", "地处", "地带",
    "犯罪", "犯法", "犯下", "犯有", "犯了", "犯错", "犯规", "犯案", "犯事",
    "排放", "排查", "排名", "排除", "排污", "排水", "排列", "排行", "排序", "排队", "排斥", "排挤",
    "排练", "排期", "排班", "排定", "排位", "排版", "排气", "排出", "排解", "排忧", "排爆", "排涝",
    "卷入", "卷走", "卷款", "卷土", "卷烟",
    // 具, 垄, 则 (FigureMeasureWords): 3具尸体 counts, 具有 and 则是 are words.
    "具有", "具体", "具备", "具结", "具名", "具状", "垄断", "壟斷",
    "则是", "则为", "则由", "则在", "则被", "则会", "则可", "则应", "则需", "则要", "则按", "则以",
    "则将", "则已", "则有", "则不", "则对", "则称", "则表示", "则因", "则从", "则向",
    "則是", "則為", "則由", "則在", "則被", "則會", "則可", "則應", "則需", "則要", "則以", "則將",
    "則已", "則有", "則不", "則對", "則稱", "則表示",
  ]

  static let breakerTrie: PhraseTrie<Bool> = {
    var t = PhraseTrie<Bool>()
    for w in classifierBreakers { t.insert(w, value: true) }
    // Longer words where the classifier stands after all: 两起诉讼, 三处理发店.
    for w in ["起诉讼", "项目部", "处理发"] { t.insert(w, value: false) }
    // 两副院长: 副 is a deputy's title there, not a pair.
    for c in "院主局检庭书部总市县省处科队所厅组校会秘镇乡区经董理行" { t.insert("副\(c)", value: true) }
    return t
  }()

  /// Characters after 元 that make 元 part of a word (一元化, 二元结构, 元旦).
  static let yuanWordTails = ScalarBitmap(scalarsOf: "化素宵旦首老朝代帅音里年月气勋配论结件")

  @inline(__always)
  static func breaksYuan(_ s: Unicode.Scalar) -> Bool { yuanWordTails.contains(s) }

  /// Characters after X成 that make 成 a verb or a word (二人成为, 三成员).
  static let chengWordTails = ScalarBitmap(scalarsOf: "为员本立功果品交年人就型熟长分绩效器材都亲群全像套了被的批案家语色份形败才事千百万")

  @inline(__always)
  static func breaksPercentCheng(_ s: Unicode.Scalar) -> Bool { chengWordTails.contains(s) }

  /// Characters before 一 that make 一年 "the same/each year", not a term.
  static let pointOfOneMarks = ScalarBitmap(scalarsOf: "同这那每当哪某另任逐一统唯万")

  @inline(__always)
  static func blocksDurationOfOne(_ s: Unicode.Scalar) -> Bool { pointOfOneMarks.contains(s) }

  /// What may follow 的一年 when it names the year under review (在过去的一年里,
  /// 不平凡的一年中): `FigureRule.yearInReview`.
  static let yearInReviewFollowers = ScalarBitmap(scalarsOf: "里中间")

  /// Times of day after 一天/一日 (一天晚上: "one evening").
  static let timeOfDayTrie = TimeOfDayWords.trie(.afterOneDay)

  /// Words just before a number that quote a legal norm rather than a fact
  /// (每日不得超过三小时, 处三年以上十年以下有期徒刑).
  static let normCues: [String] = [
    "不得超过", "不超过", "不得少于", "不少于", "不得低于", "不低于", "不满", "最高", "最低",
    "最长", "最短", "法定", "每日不得超过", "每周不得超过", "最高刑期为", "最高刑期是",
    "最低刑期为", "法定刑为", "最高刑为", "最高可判处", "最高可处", "最高可判",
    "诉讼时效期间为", "时效期间为", "诉讼时效为", "每满", "每增加", "每减少", "可处", "可处以",
    "可被处以", "最高可被处以",
    // 可能判处十五年有期徒刑或者无期徒刑的犯罪嫌疑人: a penalty the law allows,
    // not one imposed.
    "可能判处", "可能被判处", "可能判",
  ]

  static let normCueTrie = PhraseTrie.words(normCues)

  /// How far after a count its clause may run to the colon of the list it
  /// announces (围绕五项检查重点开展专项检查：(1)…).
  static let listColonReach = 16

  /// Words between a count and a colon that announce a list of their own
  /// noun (3个典型案例具有以下特点：, 5起案件呈现如下特征：): the colon is
  /// not the count's, which stays a figure.
  static let ownListMarkers: [[Unicode.Scalar]] = ["以下", "下列", "如下"].map {
    Array($0.unicodeScalars)
  }

  /// How many Han scalars (a verb: 逾期, 迟延, 延误) may stand between 每 and
  /// the duration a rate is counted per (每逾期一日).
  static let perVerbReach = 2

  /// Heads a rule's condition names after its bound and 的 (三次以上的行为,
  /// 五人以上的情形); another noun is a thing of the facts (一年以上的工资).
  static let conditionHeads = ["行为", "情形", "情节", "后果", "人员", "单位", "犯罪", "案件"]

  static let conditionHeadTrie = PhraseTrie.words(conditionHeads)

  /// Nouns of a rule's standard written right before a colon that lists its
  /// items: 数额较大的标准：, 具有下列情形之一：, 应当符合下列条件：.
  static let standardNouns = ["标准", "情形", "情形之一", "条件", "情节", "情节之一"]

  /// How far back from a number the colon of such a standard may stand.
  static let standardReach = 120

  /// Words that make a bound (不少于, 不超过) one the parties agreed or a
  /// body ordered, not a rule's.
  static let agreementTrie = PhraseTrie.words([
    "约定", "协议", "合同", "承诺", "要求其", "要求他", "要求被告", "责令", "判令", "判决",
  ])

  /// Words in a clause that make a 以上/以下 bound a statutory one
  /// (数额在十五万元以上, 处五年以下有期徒刑).
  static let statuteClauseCues: [String] = [
    "处", "数额在", "数额达到", "标准", "规定", "应当", "可以", "以上不满", "情节", "含量在",
    "含量达到",
  ]

  static let statuteClauseTrie = PhraseTrie.words(statuteClauseCues)

  /// Scalars after 处 that make a verb of the facts (非法处置, 处理, 处于),
  /// not the statutory 处 of a penalty clause.
  static let factVerbAfterChu = ScalarBitmap(scalarsOf: "置理于在所境分")

  /// Penalties a bounded term names when it is a statutory range (处三年以下
  /// 有期徒刑, 五年以上有期徒刑的): `figure.guard.term-bound`.
  static let boundedTermPenalties: [[Unicode.Scalar]] = ["有期徒刑"].map {
    Array($0.unicodeScalars)
  }

  /// 再犯 after a period's 内: the recidivism window of the criminal law
  /// (刑罚执行完毕后五年内再犯应当判处有期徒刑以上刑罚之罪的, 是累犯).
  static let reoffending = Array("再犯".unicodeScalars)

  /// Last scalars of a ranking word before 前 (排名前五名, 位列前十名, 位居前三名,
  /// 进入前十名, 跻身前五名): `figure.guard.rank`.
  static let rankLeads = ScalarBitmap(scalarsOf: "名列居入身")

  /// Approximation words before a number (约1公里, 近6万元, 逾百人).
  static let approximationPrefixes: [String] = [
    "约", "近", "逾", "大约", "将近", "接近", "超过", "多达", "左右", "上下", "大概", "约为",
  ]

  /// True when `mark` (近, 约) ends a word with `before` (最近, 附近, 违约, 合约).
  static func endsApproximationWord(_ before: Unicode.Scalar, _ mark: Unicode.Scalar) -> Bool {
    switch mark {
    case "近": return "最附邻靠临贴".unicodeScalars.contains(before)
    case "约": return "合契违预签履公条制节邀相".unicodeScalars.contains(before)
    default: return false
    }
  }

  static let approximationPrefixTrie = PhraseTrie.words(approximationPrefixes)

  /// Characters that end the counted noun after a classifier (24家快递企业开展 …
  /// stops nowhere, but 两辆车和 stops at 和).
  static let subjectEnders = ScalarBitmap(
    scalarsOf: "的和与及或等在对被向为于中并共计内后前里以是均都将把给由从自到至也又各之了不没未再还就即则而但且达全分所每入成进可能应")

  @inline(__always)
  static func endsSubject(_ s: Unicode.Scalar) -> Bool { subjectEnders.contains(s) }

  /// Words holding a character that `endsSubject` would stop at (违法行为,
  /// 在建工地, 已建成小区, 未成年子女).
  static let subjectWords: [String] = [
    "行为", "作为", "建成", "组成", "构成", "完成", "形成", "落成", "在建", "在押", "在逃", "在校",
    "在职", "在岗", "在册", "在售", "在营", "在读", "成年", "成员", "成品", "分公司", "分局", "分行",
    "分院", "分店", "全资", "全职", "入户", "进口", "出口", "外地", "所属", "中小", "中型", "不合格",
    "不良", "未成", "已婚", "未婚", "等级", "对象", "和解", "与会", "被害", "被告", "被执行",
    "被申请", "被监护", "被扶养", "被抚养", "被拆迁", "被征收", "受害", "受损", "在押",
    "反向", "双向", "定向", "导向", "正向",
  ]

  /// Head nouns that end a counted noun phrase (…典型案例, 两位老人|年事已高).
  static let subjectHeads: [String] = [
    "案例", "案件", "案子", "线索", "老人", "儿童", "子女", "企业", "公司", "小区", "房屋",
    "车辆", "人员", "问题", "商户", "店铺", "门店", "网站", "账户", "合同", "文书", "隐患",
    "证据", "犯罪", "罪名", "判决", "裁定", "意见", "建议书", "建议", "规定", "文件", "机构",
    // people (3.2万名居民|常在园内锻炼)
    "居民", "群众", "村民", "市民", "职工", "员工", "工人", "学生", "患者", "游客", "农户", "网民",
  ]

  static let subjectHeadTrie = PhraseTrie.words(subjectHeads)

  /// Verbs that end a counted noun (31个小区开展排查 → 小区).
  static let subjectEndingVerbs: [String] = [
    "开展", "进行", "实施", "参加", "参与", "受到", "发生", "涉嫌", "签订", "提起", "作出", "获得",
    "出具", "申请", "提出", "提交", "存在", "组织", "实现", "完成", "纳入", "入选", "违反", "构成",
    "办理", "整改", "投入", "落实", "签署", "接受", "拒绝", "获赔", "支付", "承担", "负责", "联合",
    "修复", "违法", "倾倒", "相撞", "相碰", "损失", "饮水", "座谈", "增收", "交给", "交由", "送达",
    "出庭", "到场", "到案", "受伤", "死亡", "被判", "获刑", "均已", "分别", "共同", "先后", "陆续",
    "报销", "合计", "共计", "总计", "累计", "起诉", "上诉", "申诉", "投诉", "举报", "反映",
  ]

  static let subjectEndingVerbTrie = PhraseTrie.words(subjectEndingVerbs)

  static let subjectWordTrie = PhraseTrie.words(subjectWords)

  /// Verbs of a change from one number to another (由454宗升至996宗, 由3593件
  /// 上升到5404件, 606宗升逾倍至1306宗): they end a count's noun, so the
  /// two numbers stay two figures, not a range.
  static let changeVerbs: [String] = [
    "升至", "升到", "升逾", "升为", "降至", "降到", "降为", "增至", "增到", "增为", "减至", "减到",
    "减为", "涨至", "跌至", "上升", "下降", "增长", "增加至", "增加到", "减少至", "减少到", "攀升",
    "回落", "下滑", "翻番", "翻倍", "上升至", "下降至",
  ]

  static let changeVerbTrie = PhraseTrie.words(changeVerbs)

  /// Marks before an amount that make it a bound (过千万元, 超过百万元).
  static let boundPrefixTrie = PhraseTrie.words(["过", "超过", "超", "逾", "达", "达到"])

  /// Heads of a class of cases that a count follows (…走私犯罪案件80起).
  static let caseClassTrie = PhraseTrie.words([
    "案件", "案", "团伙", "犯罪案", "罪犯", "被告人", "犯罪分子", "人员",
  ])

  /// Totals between a counted class and its number (罪犯共计257人).
  static let totalWordTrie = PhraseTrie.words(["共计", "共", "计", "达", "合计"])

  /// Words after X年来 that make it a comparison (十年来新高, 19年来最强), not
  /// a term: 最 starts any superlative.
  static let comparisonTrie = PhraseTrie.words([
    "新高", "新低", "最", "首次", "之最", "罕见", "首见", "少见",
  ])

  /// Financial numerals that are also everyday words (大陆, 陸船, 队伍, 收拾,
  /// 参加, 肆意): a numeral only beside another numeral or before 元.
  static let financialWordCharacters = ScalarBitmap(scalarsOf: "陆拾伍参肆")

  /// Financial digits and units, whose company makes such a character a numeral.
  static let financialNumerals = ScalarBitmap(scalarsOf: "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角")

  /// Ages counted in years (15年以上树龄, 二十年的房龄): not periods of the facts.
  static let ageWords: [String] = ["树龄", "房龄", "楼龄", "车龄", "船龄", "党龄", "军龄", "年龄", "婚龄"]

  static let ageTrie = PhraseTrie.words(ageWords)

  /// Marks between X年 and an age word (15年以上树龄, 十年左右的房龄).
  static let ageBoundTrie = PhraseTrie.words(["以上", "以下", "左右", "多", "余", "以上的", "的"])

  /// Abstract heads that make X种 a count of kinds (四种法定情形, 两种理念,
  /// 两种不同的专家意见), not of things (十几种走私物品).
  static let abstractKinds: [String] = [
    "情形", "情况", "情节", "理念", "观点", "意见", "方式", "方法", "模式", "类型", "形式", "途径",
    "渠道", "手段", "可能", "结果", "态度", "思路", "做法", "原因", "因素", "措施", "机制", "制度",
    "标准", "程序", "路径", "思维", "声音", "解释", "说法", "理解", "立场", "行为", "责任", "关系",
    "身份", "性质", "层次", "含义", "观念", "价值", "功能", "作用", "风险", "后果", "状态", "选择",
    "方案", "途经", "理论", "权利", "义务", "请求", "诉求", "罪名", "犯罪", "模型", "体系",
  ]

  static let abstractKindTrie = PhraseTrie.words(abstractKinds)

  /// Abstract heads right after 个 or 项 (六个方面, 六项罪名, 三项原则): the
  /// count is of kinds or aspects, not of things found or done.
  static let abstractCountHeads: [String] = [
    "方面", "层面", "维度", "原则", "理念", "观点", "目标", "任务", "要求", "环节", "举措",
    "措施", "特点", "优势", "特征",
    // 综合上述两条规定, 结合前述两项规定 (h61-02, h60-10), “保安全”和“反欺诈”两个主题
    // (h68-03), 分为优秀、良好和一般3个等级 (h61-10), 从轻处罚、…和从重处罚五个裁量阶次
    // (h37-09): rules, themes, grades and tiers of discretion are kinds.
    "规定", "主题", "等级", "裁量",
  ]

  static let abstractCountHeadTrie = PhraseTrie.words(abstractCountHeads)

  /// Quotation marks that open and close a slogan (“四个最严”, 「五個堅持」).
  static let sloganOpeners: ScalarBitmap = ["“", "‘", "「", "『", "\""]
  static let sloganClosers: ScalarBitmap = ["”", "’", "」", "』", "\""]
  /// How many scalars of noun may stand between the classifier and the
  /// closing mark (“四个最严”: 2).
  static let sloganReach = 4

  /// How far back an average word (年均, 人均) may stand before its number
  /// (员额法官年均结案298.56件).
  static let averageReach = 4

  /// Words that open the items of a list (重点厘清五个问题。一是…; 处理方式有三种：
  /// 其一…): a count right before them announces the list.
  static let listItemOpeners: [String] = [
    "一是", "一要", "一、", "其一", "第一，", "第一,", "首先",
    // Numbered items (folded brackets): 检查重点：(1)…, 以下问题：1.…, ①…
    "(1)", "(一)", "1.", "1、", "①",
  ]
  static let listItemOpenerTrie = PhraseTrie.words(listItemOpeners)

  /// Heads of concrete things counted by 种 (走私物品, 违禁药物, 农产品, 器械).
  static let concreteHeads = ScalarBitmap(scalarsOf: "物品药器械材料货粮菜果鱼鸟兽畜禽树苗种籽肥袋箱盒瓶罐桶机车船卡票")

  /// Verbs after 四处 that make it "everywhere" (四处奔走, 四处焦头烂额地筹钱),
  /// not four places (四处房产).
  static let everywhereVerbStarts = ScalarBitmap(
    scalarsOf: "奔打寻找张借求筹躲逃流散碰托搜游乱焦宣炫活走跑问讨藏漂转蔓扩传寻")

  /// What follows 轮 in the name of a kind of vehicle (两轮摩托车, 二轮摩托车,
  /// 三轮车, 四轮电动车, 三轮汽车): N轮 counts the wheels of one vehicle, not
  /// occasions (`figure.guard.vehicle-kind`; h39-01, h64-07, h66-04). The text
  /// is folded, so 車 and 電動 arrive as 车 and 电动.
  static let wheeledVehicleNouns = [
    "车", "摩托", "电动", "机动", "汽车", "货车", "客车", "助力", "自行车", "脚踏", "轻便", "农用",
  ]
  static let wheeledVehicleTrie = PhraseTrie.words(wheeledVehicleNouns)
  /// Scalars after 车 that make it a noun of rounds (两轮车辆检查, 三轮车次调度).
  static let vehicleCountTails = ScalarBitmap(scalarsOf: "辆次")

  /// Words before a rate per period, in its sentence, that make it the
  /// parties' rate (`figure.percent.agreed-rate`): 约定 (借款合同约定…按每日万分之七),
  /// 违约金 (此项违约金额以逾期付款额的每日万分之五计算; h60-03, h64-06). A
  /// rule's rates name 滞纳金 or 利息 (按日加收万分之五的滞纳金, 迟延履行期间的
  /// 债务利息按日万分之一点七五计算) and stay refused.
  static let agreedRateCues = PhraseTrie.words(["约定", "违约金"])
  /// How far back in its sentence an agreed-rate cue may stand.
  static let agreedRateReach = 60
  /// What ends the sentence an agreed-rate cue is looked for in.
  static let agreedRateSentenceEnds = ScalarBitmap(scalarsOf: "。；;!！?？\n")

  /// Meetings numbered by session (十一届全国人大五次会议): X次 is an ordinal.
  static let sessionNouns: [String] = ["会议", "全体会议", "全会", "常委会", "大会"]

  static let sessionNounTrie = PhraseTrie.words(sessionNouns)

  /// Bulk materials measured in 方 (cubic metres): 3000方土, 10万方砂石.
  static let bulkMaterials = ScalarBitmap(scalarsOf: "土石砂沙渣泥水料垃废混木煤矿")

  /// Scalars before 长 that make it a post title (厅长, 检察长, 董事长, 院长):
  /// 长 there names a person, not a length.
  static let postTitleLeads = ScalarBitmap(
    scalarsOf: "厅局院科处部市县校队组社村行事庭察判所站家班师船机州省区镇乡室团营连排股司署馆")

  /// Words just before a number that make it a limit a standard sets
  /// (标准150 mg/m3, 排放限值200mg/m3, 限量为0.05mg/kg), not a measured
  /// quantity of the facts (ANNOTATION.md: thresholds are not figures).
  static let standardLimitWords = ["标准", "标准值", "限值", "限量", "阈值", "标准限值", "上限"]

  static let standardLimitTrie = PhraseTrie.words(standardLimitWords)

  /// Scalars between a limit word and its number (标准为150, 限值：200).
  static let standardLimitJoiners = ScalarBitmap(scalarsOf: "为是:： ")

  /// Characters that end a clause when looking back for context.
  static let clauseBreaks = ScalarBitmap(scalarsOf: "。;!?\n\r,:、()“”【】《》…")

  @inline(__always)
  static func isClauseBreak(_ s: Unicode.Scalar) -> Bool { clauseBreaks.contains(s) }

  // MARK: - Contract terms (figure.duration.contract-term)

  /// Nouns that make a preceding X年期 the term of a contract: 三年期固定期限
  /// 劳动合同, 两年期租赁合同, 五年期服务协议.
  static let contractNouns: [String] = ["合同", "合約", "协议", "協議"]
  static let contractNounTrie = PhraseTrie.words(contractNouns)
  static let contractNounFirsts = ScalarBitmap(scalarsOf: "合协協")
  /// Scalars read after 期 looking for the contract noun (固定期限劳动 is six).
  static let contractTermReach = 8
  /// Scalars that end that search: a rate or a price names a product
  /// (一年期贷款市场报价利率…的借款合同 keeps its term adjective).
  static let contractTermStops = ScalarBitmap(scalarsOf: "率价的")

}

extension PhraseTrie where Value == Bool {
  /// A trie that answers "is a listed word here?" for the figure rule tables.
  static func words(_ list: [String]) -> PhraseTrie<Bool> {
    var t = PhraseTrie<Bool>()
    for w in list { t.insert(w, value: true) }
    return t
  }

}
