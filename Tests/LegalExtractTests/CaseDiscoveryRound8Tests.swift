import ChineseText
import Testing

@testable import LegalExtract

/// Session 8, case discovery and segmentation: families read across the
/// pooled held-out batches. Each family has texts in two or three phrasings
/// a site might use, and a negative that must stay no case (or keep its count).
@Suite("Case discovery, round 8")
struct CaseDiscoveryRound8Tests {
  private func cases(_ text: String) -> [CaseRecord] { Extractor().extract(text).cases }

  // MARK: 起诉 is a suit brought only when somebody brings it (case.guard.statistics)

  @Test(arguments: [
    // A work report: the charged are counted at the clause's end.
    "2024年，检察机关依法保障绿色发展。会同有关部门制定办理污染环境犯罪案件证据指引，起诉破坏生态环境资源犯罪3.6万人，办理公益诉讼5.7万件。",
    "专项行动取得显著成效。检察机关共起诉1614起环境违法案件，共起诉涉案人员4077人。各地协同办理跨区域案件116起。",
    "全省法院审结各类案件。检察机关依法起诉侵犯知识产权犯罪案件356件，同比上升12%。",
    // Negated, modal, nominal.
    "2019年共受理审查逮捕未成年犯罪嫌疑人28万人，其中不起诉5.8万人（含附条件不起诉考验期满后不起诉），不捕率高于普通刑事犯罪。",
    "对应当逮捕、应当起诉而未提请批捕、未移送起诉的，检察机关依法追加逮捕。审查起诉案件质量持续向好。",
    "检察官对农民工的诉请进行了充分了解，听取了当事人的陈述。对符合起诉的案件，检察院将第一时间支持起诉。",
    "传票，通常是指法院传票，是由原告准备、由法庭下达的用来通知答辩人其被起诉信息的法定文件。",
  ])
  func suitWordInStatisticsTellsNoCase(_ text: String) {
    #expect(cases(text).isEmpty)
  }

  @Test(arguments: [
    "小区业主起诉物业公司，要求退还多收的物业费。法院审理后判决物业公司退还。",
    "去年8月，村民起诉镇政府，要求撤销征收决定。法院经审理判决驳回其诉讼请求。",
  ])
  func aSuitBroughtStillTellsACase(_ text: String) {
    #expect(cases(text).count == 1)
  }

  @Test func suitWordReadByItsNeighbours() {
    func noSuit(_ s: String) -> Bool {
      let t = Array(s.unicodeScalars)
      guard let at = t.firstOffset(of: "起诉", in: 0..<t.count) else { return false }
      return CaseSplitter.isNoSuitBrought(t, at: at, range: 0..<t.count)
    }
    #expect(noSuit("起诉破坏生态环境资源犯罪3.6万人，"))
    #expect(noSuit("共起诉涉案人员4077人。"))
    #expect(noSuit("不起诉5.8万人"))
    #expect(noSuit("制作起诉书并签字"))
    #expect(!noSuit("业主起诉物业公司，要求退还物业费。"))
    #expect(!noSuit("王某起诉某公司返还借款3万元。"))
  }

  // MARK: case.split.inline-markers

  @Test func markersInProseAreOneCaseEach() {
    let text =
      "一、问题的提出\n立法不完善造成司法实践中的难以操作。\n（一）典型案例\n为了有直观感受，本文列举三则代表性案例。案例一，杨某承揽工程后未给25名工人付10万元工资，法院以拒不支付劳动报酬罪判处杨某有期徒刑10个月。\n案例二，被告人胡某因拖欠20余名工人工资共12万余元，一审被判有期徒刑一年。\n案例三，某市法院受理某市检察院提起公诉的黄某某涉嫌拒不支付劳动报酬罪一案。黄某某拖欠职工工资30余万元。"
    let found = cases(text)
    #expect(found.count == 3)
    #expect(found.flatMap(\.defendants).contains("杨某"))
  }

  @Test func markersAfterWhichTheTextGoesOn() {
    let text =
      "最高人民法院发布四起滥伐林木的典型案例。\n案例一涉及吴某良等人的滥伐林木行为。他们未经许可擅自砍伐林木，法院依法判处刑罚。\n案例二中的洪某应因采用环剥树皮的方式破坏森林资源，构成滥伐林木罪，法院依法适用缓刑。\n案例三中，李某贵等人因滥伐林木构成滥伐林木罪，法院全链条打击。\n案例四涉及某区园林绿化局申请执行行政处罚案。齐某因砍伐板栗树被行政处罚，法院裁定准予强制执行。"
    let found = cases(text)
    #expect(found.count == 4)
    #expect(found.last?.title == "某区园林绿化局申请执行行政处罚案")
  }

  @Test func numberedCasesOfAPageThatLostItsLineBreaks() {
    let text =
      "同样的伤害为什么判决不同案件事实：案件1梁某某人身损害赔偿纠纷案2018年5月22日受害人梁某某被他人伤害，向某县人民法院提起诉讼，法院判决赔偿精神损害抚慰金5000元。案件2于某交通事故人身损害赔偿纠纷案2017年11月4日受害人于某同马某某发生碰撞，向某区人民法院提起诉讼，法院不予支持精神损害抚慰金。"
    let found = cases(text)
    #expect(found.map(\.title) == ["梁某某人身损害赔偿纠纷案", "于某交通事故人身损害赔偿纠纷案"])
  }

  @Test func markersNamedInCommentaryMakeNoCases() {
    // Markers that list or compare cases (案例一和案例二, 案例一至案例三)
    // open no case, nor does a count (案件3起).
    let text =
      "本文讨论拒不支付劳动报酬罪的适用。案例一和案例二都说明，立法上的不完善造成了司法实践中的难以操作。案例一至案例三的共同点在于行为人均有能力支付。全年受理案件3起。"
    let doc = TextDocument(text)
    let lines = doc.paragraphs.compactMap { ArticleLine($0, in: doc) }
    #expect(CaseSplitter.byInlineMarkers(lines, end: doc.folded.count, doc: doc) == nil)
  }

  // MARK: heading items (case.split.told-items)

  @Test(arguments: [
    "某区法院发布消费者维权案例。\n1 商品虚假宣传，商家被判赔偿\n2014年5月，蒋先生从某超市购买了肉酱3瓶，后诉至法院。法院判决超市退还货款并赔偿500元。\n2 跟团出行摔伤，旅行社成被告\n2013年3月，江老太参加了某旅行社组织的旅游活动，返程途中摔伤，遂诉至法院。法院判决保险公司赔偿5.6万元。",
    "某区法院发布消费者维权案例。\n一、商品虚假宣传，商家被判赔偿\n2014年5月，蒋先生从某超市购买了肉酱3瓶，后诉至法院。法院判决超市退还货款并赔偿500元。\n二、跟团出行摔伤，旅行社成被告\n2013年3月，江老太参加了某旅行社组织的旅游活动，返程途中摔伤，遂诉至法院。法院判决保险公司赔偿5.6万元。",
    "某区法院发布消费者维权案例。\n（一）商品虚假宣传，商家被判赔偿\n2014年5月，蒋先生从某超市购买了肉酱3瓶，后诉至法院。法院判决超市退还货款并赔偿500元。\n（二）跟团出行摔伤，旅行社成被告\n2013年3月，江老太参加了某旅行社组织的旅游活动，返程途中摔伤，遂诉至法院。法院判决保险公司赔偿5.6万元。",
  ])
  func headingItemsNameTheirActorUnderTheHeading(_ text: String) {
    #expect(cases(text).count == 2)
  }

  @Test func headingItemsOfAReportAreNoCases() {
    let text =
      "某市中级人民法院工作报告\n1 审判执行工作\n2017年，全市法院共受理案件12万件，同比上升8%，审结11万件。\n2 司法改革\n全市法院推进员额制改革，共遴选员额法官300名，结案率同比提高。"
    #expect(cases(text).isEmpty)
  }

  // MARK: a title heard at a court (case.told.title-names-party)

  @Test(arguments: [
    "某社北京9月19日电 9月17日至18日，王立新涉嫌徇私枉法、受贿案在某省某市中级人民法院依法开庭审理。法庭上，检察机关出示了有关证据。法庭宣布择期宣判。",
    "本报讯 李大海涉嫌贪污案于昨日在某市中级人民法院公开开庭审理。检察机关指控其侵吞公款，法庭宣布择期宣判。",
    "本报讯 赵明远受贿案于日前在某县法院公开审理，检察机关出庭支持公诉，法庭当庭宣判。",
  ])
  func aTitleHeardAtACourtTellsTheCase(_ text: String) {
    let found = cases(text)
    #expect(found.count == 1)
    #expect(found.first?.title?.hasSuffix("案") == true)
  }

  @Test func aTitleTalkedAboutIsNoHearing() {
    let t = Array("某某案在社会上引起广泛关注，".unicodeScalars)
    let at = 3
    #expect(!CaseSplitter.isHeardAt(t, at, limit: t.count))
    let heard = Array("某某案在某市法院开庭审理。".unicodeScalars)
    #expect(CaseSplitter.isHeardAt(heard, 3, limit: heard.count))
  }

  // MARK: a sentence that only lists titles tells none (case.guard.untold)

  @Test(arguments: [
    "生态环境部日前公布了3个典型案例。截至10月，全国共查处案件269起。此次公布的典型案例包括：浙江某家纺有限公司篡改自动监测数据逃避监管案、安徽某建材有限公司篡改自动监测数据案、江苏某食品有限公司伪造自动监测数据案。",
    "生态环境部日前公布了典型案例。截至10月，全国共查处案件269起。此次公布的典型案例包括浙江某家纺有限公司篡改自动监测数据案和安徽某建材有限公司篡改自动监测数据案。",
  ])
  func aListOfTitlesTellsNoCase(_ text: String) {
    #expect(cases(text).isEmpty)
  }

  @Test func titlesToldTogetherStayCases() {
    // The list goes on to tell them (，均属于…): not a bare list.
    let t = Array("如，甲某盗窃案、乙某诈骗案，均属于多次犯罪".unicodeScalars)
    #expect(!CaseSplitter.isTitleList(t, 0..<t.count))
    let list = Array("包括：甲公司篡改数据案、乙公司伪造数据案".unicodeScalars)
    #expect(CaseSplitter.isTitleList(list, 0..<list.count))
  }

  // MARK: 对单位判处罚金 names nobody (case.told.sentence-on-person)

  @Test func aStatuteSentencingAnOffenderTellsNoCase() {
    let text =
      "（一）刑法规定\n第二百七十六条之一 以转移财产、逃匿等方法逃避支付劳动者的劳动报酬，数额较大的，处三年以下有期徒刑或者拘役。\n单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员依照前款的规定处罚。"
    #expect(cases(text).isEmpty)
  }
}
