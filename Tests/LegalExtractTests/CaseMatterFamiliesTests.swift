import ChineseText
import Testing

@testable import LegalExtract

/// The told-matter evidence model (CaseMatterEvidence) and the cues built on
/// it, each family written three ways as different sites would write it, and
/// with what it must leave alone: numbered penalty items, a penalty on firms
/// the text points at, a round-up that only counts, a party-list title told
/// in passing, a sentence passed on a named person, penalties on different
/// actors.
@Suite("Case split, told-matter families")
struct CaseMatterFamiliesTests {
  private func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
  private func cases(_ text: String) -> [CaseRecord] { Extractor().extract(text).cases }
  private func keptRule(_ text: String) -> CaseSplitRule? {
    let doc = TextDocument(text)
    return CaseSplitter.reading(in: doc, organizations: []).kept?.rule
  }

  // MARK: The evidence

  @Test func anActorIsANamedOrAnonymisedPartyOrFirm() {
    for text in [
      "天津市武清区大良医院存在伪造就诊记录的行为", "某商贸有限公司未按规定申报", "王某某在禁采区采砂", "叶先生在网店打出促销水印",
      "被执行人周某拒不履行",
    ] {
      let t = scalars(text)
      #expect(CaseMatterEvidence.actor(t, in: 0..<t.count) != nil, "\(text)")
    }
    // A kind of firm, a firm pointed at, or a premises word names no actor.
    for text in ["各医院要规范诊疗行为", "该公司未按规定申报", "一家公司存在违规行为", "顾客在店内挑选商品"] {
      let t = scalars(text)
      #expect(CaseMatterEvidence.namedFirm(t, in: 0..<t.count) == nil, "\(text)")
    }
  }

  @Test func aRoundUpCountsCasesAndPeriods() {
    let roundUp = scalars("全市共查处案件1000多起，同比增长12%。其中罚款案件392起，移送案件95起。")
    #expect(CaseMatterEvidence.isRoundUp(roundUp, in: 0..<roundUp.count))
    // One case's figures (罚款共计2万元, 查扣商品120件) count no cases.
    let oneCase = scalars("经查，当事人销售假冒商品120件，违法所得5000元，被处以罚款共计2万元。")
    #expect(CaseMatterEvidence.aggregateMarks(oneCase, in: 0..<oneCase.count) == 0)
  }

  // MARK: case.split.told-items

  @Test func numberedItemsInOtherStylesAreCases() {
    let bracketed =
      "区市场监管局公布一批处罚信息。\n（一）某餐饮管理有限公司使用超过保质期的食品原料，违反了食品安全法的规定。区市场监管局责令其改正，并处罚款5万元。\n（二）某副食品商行销售标签不符合规定的预包装食品。区市场监管局没收违法所得，并处罚款8000元。"
    #expect(cases(bracketed).count == 2)
    #expect(keptRule(bracketed) == .toldItems)
    let ordinal =
      "法院通报近期审结的三件醉驾案件。\n第一，被告人陈某醉酒驾驶机动车，血液酒精含量为180mg/100ml，法院判处其拘役三个月。\n第二，被告人刘某某无证醉酒驾驶摩托车，法院判处其拘役四个月，并处罚金。\n第三，被告人赵某醉酒驾驶并发生事故，法院判处其拘役五个月。"
    #expect(cases(ordinal).count == 3)
    let circled =
      "通报如下：\n①宏发建材厂未经批准擅自排放废水，被责令停产整治并处罚款10万元。\n②兴旺养殖场未配套建设污染防治设施，被责令改正并处罚款3万元。"
    #expect(cases(circled).count == 2)
  }

  @Test func numberedMeasuresAndNumberedFiguresAreNoCases() {
    // A plan's measures name no actor; a round-up's items count matters.
    let plan =
      "下一步，我局将重点做好以下工作：\n1、加强日常监管，对违法行为依法处以罚款。\n2、开展专项整治，对重点行业立案查处。\n3、完善信用惩戒，推动责令整改落实到位。"
    let t = TextDocument(plan)
    let lines = t.paragraphs.compactMap { ArticleLine($0, in: t) }
    #expect(CaseSplitter.byToldItems(lines, end: t.folded.count, doc: t) == nil)
    let figures =
      "今年以来工作成效明显：\n1、全市共查处违法案件320起，同比增长15%，罚款金额200万元。\n2、累计立案查处医保违规案件45起，追回医保基金80万元。"
    let f = TextDocument(figures)
    let flines = f.paragraphs.compactMap { ArticleLine($0, in: f) }
    #expect(CaseSplitter.byToldItems(flines, end: f.folded.count, doc: f) == nil)
  }

  @Test func itemNumbersReadEveryStyle() {
    func number(_ s: String) -> Int? {
      let doc = TextDocument(s)
      return doc.paragraphs.compactMap { ArticleLine($0, in: doc) }.first?.itemNumber?.value
    }
    #expect(number("1、某某医院存在…") == 1)
    #expect(number("12.某某公司…") == 12)
    #expect(number("三、某某诊所…") == 3)
    #expect(number("（四）某某药店…") == 4)
    #expect(number("第五，某某超市…") == 5)
    #expect(number("②某某酒店…") == 2)
    // A decimal and a year are no item numbers.
    #expect(number("1.5万元的罚款已缴纳") == nil)
    #expect(number("2023年，某某公司…") == nil)
  }

  // MARK: case.told.penalty-on-body

  @Test func aPenaltyOnFirmsThePointedAtTellsACase() {
    let t1 = scalars("市场监管局依法对该公司处以罚款5万元。")
    #expect(CaseToldCues.penaltyOnBody(t1, range: 0..<t1.count) != nil)
    let t2 = scalars("区卫健委对涉事诊所作出警告并罚款3000元的行政处罚。")
    #expect(CaseToldCues.penaltyOnBody(t2, range: 0..<t2.count) != nil)
    let t3 = scalars("人社局决定对上述2家企业作出行政处罚决定。")
    #expect(CaseToldCues.penaltyOnBody(t3, range: 0..<t3.count) != nil)
  }

  @Test func aPenaltyOnAClassOfFirmsIsAFigure() {
    // A count beyond a few firms, or firms not pointed at, is a round-up's figure.
    let t1 = scalars("全年对120家企业作出行政处罚，罚没款500万元。")
    #expect(CaseToldCues.penaltyOnBody(t1, range: 0..<t1.count) == nil)
    let t2 = scalars("监管部门将对违法企业作出处罚。")
    #expect(CaseToldCues.penaltyOnBody(t2, range: 0..<t2.count) == nil)
  }

  // MARK: case.guard.round-up

  @Test func aNamedExampleInARoundUpIsStillACase() {
    // The guard weighs only a counted example: a named party still tells.
    let text =
      "今年以来，全县共查处环境违法案件120起，同比增长10%，其中移送公安机关案件15起，立案查处案件30起。如被告人钱某某非法倾倒危险废物，法院判处其有期徒刑二年。"
    #expect(cases(text).count == 1)
  }

  // MARK: A party-list title told in passing

  @Test func aPartyListTitleNeedsNoCommaAfterIt() {
    for (text, title) in [
      ("在集中宣判的案件中，王大伟等12人诈骗案社会影响最大。法院审理查明，王大伟等人冒充客服骗取钱财，法院判处王大伟有期徒刑十年。", "王大伟等12人诈骗案"),
      ("本批宣判的李四平等人非法采矿案尤为典型。经审理查明，李四平等人在禁采区采砂，法院以非法采矿罪判处李四平有期徒刑三年。", "李四平等人非法采矿案"),
      ("其中，由市中级人民法院审理的周建军等9名被告人寻衅滋事案备受关注。法院对周建军判处有期徒刑八年。", "周建军等9名被告人寻衅滋事案"),
    ] {
      #expect(cases(text).first?.title == title, "\(text)")
    }
  }

  @Test func aPartyListMustCountOrSayPeople() {
    let t = scalars("王大伟等组织案件")
    #expect(!CaseSplitter.opensPartyList(t, 0, end: t.count))
    let counted = scalars("王大伟等12人诈骗案")
    #expect(CaseSplitter.opensPartyList(counted, 0, end: counted.count))
    // 案件 after 案 is a word, not a title's end.
    let word = scalars("王大伟等12人案件")
    #expect(!CaseSplitter.closesPartyListTitle(word, 7))
  }

  // MARK: case.told.sentence-on-person

  @Test func aSentencePassedOnANamedPersonTellsACase() {
    let t1 = scalars("法院以诈骗罪判处王建国有期徒刑三年。王建国当庭表示服判。")
    #expect(CaseToldCues.sentenceOnPerson(t1, range: 0..<t1.count) != nil)
    let t2 = scalars("公安机关依法对张大伟处以行政拘留10日。张大伟对违法事实供认不讳。")
    #expect(CaseToldCues.sentenceOnPerson(t2, range: 0..<t2.count) != nil)
    let t3 = scalars("锦州中院对刘明远数罪并罚，决定执行有期徒刑20年。刘明远等人均获刑。")
    #expect(CaseToldCues.sentenceOnPerson(t3, range: 0..<t3.count) != nil)
  }

  @Test func aWordAfterDuiThatIsNotNamedAgainIsNoPerson() {
    let t = scalars("执法人员依法对李子园区内的违法建筑处以罚款。")
    #expect(CaseToldCues.sentenceOnPerson(t, range: 0..<t.count) == nil)
  }

  // MARK: case.told.person-penalised

  @Test func aPersonNamedAgainAndPenalisedAfterBeiTellsACase() {
    for text in [
      "刘大军因殴打他人被行政拘留10日。刘大军对处罚没有异议。", "张建华随后被检察机关批准逮捕，张建华的家属已委托律师。",
      "承包人周立恒挪用工程款。周立恒拒不履行，最终被公安机关行政拘留。",
    ] {
      let t = scalars(text)
      #expect(CaseToldCues.personPenalised(t, range: 0..<t.count) != nil, "\(text)")
    }
    // A clause whose opening is named nowhere else names nobody.
    let t = scalars("有关负责人因拒不接受调查，已经被劳动监察部门移送公安机关。")
    #expect(CaseToldCues.personPenalised(t, range: 0..<t.count) == nil)
  }

  // MARK: Officials, firms after role words, titles that end in 工作案

  @Test func anOfficialAPostIntroducesIsNoParty() {
    let t = scalars("今天请来了研究室副主任李程先生。下面先请李程先生作介绍。")
    #expect(CaseToldCues.addressedParty(t, range: 0..<t.count) == nil)
    #expect(CaseToldCues.addressedPerson(t, range: 0..<t.count) != nil)
    let party = scalars("倪先生将工伤问题反映至人社局。")
    #expect(CaseToldCues.addressedParty(party, range: 0..<party.count) != nil)
  }

  @Test func aRoleWordTakesAFirmNamedInFull() {
    for text in ["要求被执行人四川英豪建筑工程有限公司给付工资款。", "原告北京华联商厦有限公司诉称，", "被申请人广州宏图物流有限公司未到庭。"] {
      let t = scalars(text)
      #expect(CaseSplitter.participantOffset(t, range: 0..<t.count) != nil, "\(text)")
    }
    let none = scalars("被执行人与申请执行人达成和解。")
    #expect(CaseSplitter.participantOffset(none, range: 0..<none.count) == nil)
  }

  @Test func aTitleMayEndInWorkAndCase() {
    // 作案 inside 工作案 is no word that ends a title; 作案 itself still is.
    let title = scalars("某餐厅使用无健康证明人员从事接触直接入口食品工作案")
    #expect(!CaseSplitter.isNotTitleEnd(title, title.count - 1))
    let word = scalars("嫌疑人多次作案")
    #expect(CaseSplitter.isNotTitleEnd(word, word.count - 1))
  }

  @Test func anItemTakesTheTitleItOpensWith() {
    let text =
      "区市场监管局通报如下：\n（一）鑫旺商行销售过期食品案。2024年3月，执法人员检查发现，鑫旺商行销售过期饼干，区市场监管局没收违法所得，并处罚款5万元。\n（二）百味烘焙坊经营标签不合格食品案。百味烘焙坊销售的蛋糕未标注生产日期，区市场监管局责令其改正，并处罚款2000元。\n（三）乐家超市销售不合格食品案：经查，乐家超市销售的大米镉含量超标，区市场监管局对其处以罚款1万元。"
    let made = cases(text)
    #expect(made.map(\.title) == ["鑫旺商行销售过期食品案", "百味烘焙坊经营标签不合格食品案", "乐家超市销售不合格食品案"])
  }

  // MARK: A title right before an inline section template

  @Test func aTitleBeforeAnInlineTemplateIsTheCasesTitle() {
    for (text, title) in [
      (
        "优化营商环境典型案例\n诚信履约 守护营商环境 甲科技公司与乙物流公司运输合同纠纷案 【基本案情】 2020年，甲科技公司委托乙物流公司运输设备，设备在途中损坏，甲科技公司起诉至法院。【裁判结果】法院判决乙物流公司赔偿损失5万元。",
        "甲科技公司与乙物流公司运输合同纠纷案"
      ),
      (
        "消费维权典型案例\n王某诉某商场买卖合同纠纷案 基本案情：2021年，王某在某商场购买的手机存在质量问题，王某起诉要求退货。法院判决某商场退还货款3000元。",
        "王某诉某商场买卖合同纠纷案"
      ),
    ] {
      #expect(cases(text).first?.title == title, "\(text)")
    }
  }

  // MARK: case.split.penalised-actors

  @Test func penaltiesOnDifferentActorsAreCases() {
    let passive =
      "甲天下餐厅因使用过期食材被处以罚款3万元。而在另一起案件中，食药监部门对乐购超市罚款8000元，理由是其销售无标签食品。"
    #expect(cases(passive).count == 2)
    let person =
      "王先生因在网店虚构原价被罚款1万元，他表示不服。同月，市场监管局又对李女士罚款5000元，原因相同。"
    #expect(cases(person).count == 2)
    // 被 + the body + 罚款, and a lead that sums both up before each is told alone.
    let byBody =
      "区市场监管局公布两起价格违法案件：乐家电器专卖店被罚款2万元，周先生被罚款8000元。\n乐家电器专卖店张贴“全市最低价”海报，被区市场监管局罚款2万元。\n周先生在网店标注虚构原价，被区市场监管局罚款8000元。"
    #expect(cases(byBody).count == 2)
  }

  @Test func oneDecisionOnAFirmAndItsManagerIsOneCase() {
    let t = scalars("市场监管局对宏达商贸公司罚款10万元，对其负责人王某罚款1万元。宏达商贸公司已缴纳罚款。")
    let doc = TextDocument(String(String.UnicodeScalarView(t)))
    let lines = doc.paragraphs.compactMap { ArticleLine($0, in: doc) }
    #expect(CaseSplitter.byPenalisedActors(lines, end: t.count, doc: doc) == nil)
    // The same firm told twice is one matter.
    let again = TextDocument("宏达超市因销售过期食品被罚款5000元。记者了解到，监管部门对宏达超市罚款5000元后，超市已整改。")
    let againLines = again.paragraphs.compactMap { ArticleLine($0, in: again) }
    #expect(CaseSplitter.byPenalisedActors(againLines, end: again.folded.count, doc: again) == nil)
  }

  // MARK: case.split.penalised-actors — one firm per paragraph, the penalty in a 被 sentence

  @Test func firmsPenalisedParagraphByParagraphAreCases() {
    let text =
      "区生态环境局公布第三批环境行政处罚情况\n近日，区生态环境局公布了第三批环境行政处罚情况，4家企业受到处罚。\n这4家企业分别为：华泰建材有限公司、恒远化工有限公司、鼎盛铸造有限公司、联合矿业有限公司，最高被处20万元罚款。\n华泰建材有限公司因料场未采取覆盖等防尘措施，造成扬尘污染。被区生态环境局责令限期改正，处2万元罚款。\n恒远化工有限公司因扩建项目未取得环评批复，擅自开工建设。被区生态环境局责令停止建设，处15万元罚款。\n鼎盛铸造有限公司因熔炼项目未经环评即投入生产。被区生态环境局责令停产，处20万元罚款。\n联合矿业有限公司选矿项目未依法报批环评文件，擅自开工建设。被区生态环境局责令停止建设，处15万元罚款。"
    #expect(cases(text).count == 4)
  }

  @Test func oneFirmToldInTwoSentencesOrAListedLeadIsNoSplit() {
    // One firm: its penalty sentence opens with 被.
    let one = TextDocument(
      "华泰建材有限公司因料场未采取防尘措施，造成扬尘污染。被区生态环境局责令限期改正，处2万元罚款。\n华泰建材有限公司已缴纳罚款并完成整改，区生态环境局对其处罚款2万元后进行了复查。")
    let oneLines = one.paragraphs.compactMap { ArticleLine($0, in: one) }
    #expect(CaseSplitter.byPenalisedActors(oneLines, end: one.folded.count, doc: one) == nil)
    // A listed lead sums the firms up and tells none of them.
    let t = scalars("这两家企业分别为：华泰建材有限公司、恒远化工有限公司，最高被处20万元罚款。")
    #expect(CaseSplitter.penalties(t, in: 0..<t.count).isEmpty)
  }

  // MARK: case.split.told-items — items that open with a date

  @Test func bracketedItemsOpeningWithADateAreCases() {
    let text =
      "市市场监管局通报2023年度民生领域执法典型案例\n2023年，全市市场监管部门共查办民生领域案件1832件，罚没款1260万元。现将部分典型案例通报如下。\n（一）2023年3月，区市场监管局执法人员检查发现，某某超市销售超过保质期的牛奶12箱。区市场监管局对当事人作出没收过期食品并罚款5万元的行政处罚。\n（二）2023年6月，县市场监管局根据群众举报，对某某加油站的加油机进行检查，发现其主板被加装作弊装置。县市场监管局依法对当事人处以罚款20万元。\n（三）2023年8月，执法人员检查发现，某某药店未凭处方销售处方药。市场监管局依法对当事人给予警告，并处罚款1万元。"
    #expect(cases(text).count == 3)
    // A decimal or a thousands group opens no item.
    for line in ["1.5万元的罚款已缴清。", "1,200元罚款已缴清。"] {
      let doc = TextDocument(line)
      #expect(doc.paragraphs.compactMap { ArticleLine($0, in: doc) }.first?.itemNumber == nil)
    }
  }
}
