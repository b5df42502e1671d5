/// Guards that keep a court or procuratorate the case only names off the
/// case's bodies, and the lead's court a case takes (the engine is
/// Stages/CaseBodyFilter.swift and CaseStage).
enum CaseBodyRule: String, NamedRule {
  /// Hashed by case tag, not by name (`NamedRule.caseTag`).
  func hash(into hasher: inout Hasher) { hasher.combine(caseTag) }

  /// 渝中区法院对这3起案件集中宣判 / 北京市密云区人民法院召开新闻发布会…案例1…法院经审理:
  /// a case that names no court but the bare 法院 takes the lead's one court
  /// when the lead tells several cases it tried, or one case of a basic
  /// court (区/县/市人民法院) that tells its own.
  case leadCourt = "case.body.lead-court"
  /// 最高检抗诉的许某运输毒品案、陈某抢劫案…均经法院再审改判: a case whose title opens
  /// in the middle of a sentence takes the body that sentence names before it
  /// with its act and 的 (抗诉的, 提起公诉的, 审理的).
  case actingBeforeTitle = "case.body.acting-before-title"
  /// 依法报请最高人民法院核准: a body the case is sent up to has not acted in it
  /// (经层报某省人民检察院同意, 经某中级人民法院报请某高级人民法院批准 tell it has).
  case referredTo = "case.body.guard.referred-to"
  /// 最高人民检察院、农业农村部联合开展…专项活动, 最高法院组织拍摄…: a national
  /// body named without a step of the case it takes (提审, 审理, 受理, 向最高人民法院
  /// 申请再审) does not act in the case.
  case nationalNotActing = "case.body.guard.national-not-acting"
  /// 省高级人民法院、某研究会联合发布…典型案例: a body in the joint subject of a
  /// release publishes the cases, it does not act in them.
  case jointPublisher = "case.body.guard.joint-publisher"
  /// 如，某区检察院推动出台… / 例如某市法院…: a body another place's practice is
  /// given by, after the case is told.
  case example = "case.body.guard.example"
  /// 社会治理。某市人民检察院及时总结经验… / 某省人民检察院以此案为切入口…: a body
  /// named only in the follow-up work the case led to (a governance
  /// paragraph, or a sentence that generalises the case) did not act in it.
  case followUp = "case.body.guard.follow-up"
  /// 记者从辽宁省高级人民法院获悉 / 由甘肃省高级人民法院主办的…行动 / 据某市人民检察院消息: a
  /// body the report comes from, or that hosts the event it covers, does not
  /// act in a case that names another body of its kind (when the case names
  /// none, the source is mostly the court that tried it, and stays).
  case newsSource = "case.body.guard.news-source"
}

extension CaseBodyFilter {
  /// Words before a body the case is sent up to (报请…核准).
  static let referralWords = ["报请", "层报", "提请", "报送"]
  /// How far before a referral word 经 may open its clause (经江西省景德镇市中级人民法院报请).
  static let approvalReach = 24
  /// What ends a clause before a referral word.
  static let clauseEnds: ScalarBitmap = ["，", ",", "。", "；", ";", "\n", "：", ":"]
  /// The national bodies that act in a case only by a step of it.
  static let nationalBodies: Set<String> = ["最高人民法院", "最高人民检察院"]
  /// Steps a national body takes in a case, right after its name.
  static let nationalSteps = [
    "提审", "审理", "判决", "裁定", "再审", "受理", "立案", "作出", "指定", "抗诉", "审查", "知识产权法庭", "巡回法庭", "第",
    "督办", "交办",
  ]
  /// Words right before a national body that make it the one the case goes to
  /// (向最高人民法院申请再审, 由最高人民检察院…).
  static let toNationalBody: [Unicode.Scalar] = ["向", "由", "经", "至"]
}

extension CaseBodyFilter {
  /// Verbs of a release whose joint subject publishes the cases.
  static let publishVerbs = ["联合发布", "共同发布", "发布", "印发"]
  /// Words that open a sentence giving another place's practice as an example.
  static let exampleOpenings = ["如,", "如:", "例如", "比如", "譬如"]
  /// Labels of a paragraph telling the governance work a case led to.
  static let followUpLabels = [
    "社会治理", "诉源治理", "溯源治理", "综合治理", "系统治理", "延伸履职", "以案促治", "类案监督", "源头治理", "深化治理",
  ]
  /// Words of a sentence that generalises the case beyond itself.
  static let followUpWords = ["以此案为切入口", "以该案为切入口", "以本案为切入口", "以此案为契机", "以本案为契机", "举一反三", "总结"]
  /// How far back a paragraph's label is looked for.
  static let paragraphReach = 800
}

extension CaseBodyFilter {
  /// Courts above the basic level: they publish other courts' cases.
  static let upperCourtWords = ["中级", "高级", "最高"]
  /// What a case says when it names its court only as 法院.
  static let bareCourtWords = ["法院"]
}

extension CaseBodyFilter {
  /// Words before a body that make it the report's source (记者从…获悉).
  static let sourceOpeners = ["从", "记者", "据"]
  /// Words after a source body, in its clause (…获悉, …消息).
  static let sourceClosers = ["获悉", "了解到", "得知", "消息", "通报"]
  /// Words after a body that make it the host of the event covered
  /// (由…主办, …承办的…活动).
  static let hostWords = ["主办", "承办", "举办", "协办"]
  /// How far after a source body its closing word may stand (记者从某法院
  /// 扫黑除恶专项斗争领导小组办公室获悉).
  static let sourceReach = 24
}

extension CaseBodyFilter {
  /// What a body's official does in the case for the body (出庭, 担任审判长).
  static let officialActs = ["出庭", "担任审判长", "任审判长", "主审", "支持公诉", "担任公诉人", "作为第一公诉人"]
  /// How far after the body the official's act may stand in its clause.
  static let officialActReach = 24
  /// Acts a serving head takes for the body, right after the post (某县人民
  /// 检察院检察长接到人大代表反映, 检察长带队): the body acts in the case.
  /// A former post (原院长) never acts for the body.
  static let postActs = ["接到", "带队", "批示", "主持", "签发"]
  static let formerPostMark: Unicode.Scalar = "原"
}
