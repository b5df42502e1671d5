import Testing

@testable import LegalExtract

/// Examples of the timeline families of issue 19's ninth round, read across the blind batches:
/// a step a story's lead tells of all its cases (集中宣判); a negation that belongs to a word
/// (罚没款) or to the conduct a decision acts on (对…未…的行为作出处罚), not to the step; a
/// trigger heading a noun (强制执行案件).
extension CaseEventRuleTests {
  static let session9Examples: [EventExample] = [
    // The batch judgment of the lead is a step of every case told after it.
    EventExample(.leadStep, Self.batchLeadUnknownYear, .leads("XXXX-03-12", .judgment)),
    EventExample(.leadStep, Self.batchLeadDated, .leads("2024-09-05", .judgment)),
    // 罚没款 is a word, not a negation.
    EventExample(
      .decision, "2025年3月2日，某县市场监管局给予当事人没收违法所得、罚没款合计12万元的行政处罚。",
      .makes("2025-03-02", .decision)),
    EventExample(
      .decision, "2024年6月10日，某区市场监管局对该公司作出罚没款共计8万元的行政处罚决定。",
      .makes("2024-06-10", .decision)),
    // A negation inside the conduct 对…的行为 a decision acts on is the conduct's.
    EventExample(
      .decision, "2022年4月7日，该局对当事人未按照规定建立购进记录的行为作出责令改正、给予警告的处罚。",
      .makes("2022-04-07", .decision)),
    EventExample(
      .decision, "2023年5月9日，某区卫健委对该诊所未取得执业许可的违法行为作出行政处罚决定。",
      .makes("2023-05-09", .decision)),
    // A negation of the step itself still rejects it, also with 行为 after it.
    EventExample(.negated, "2023年5月9日，某局未对该公司的违法行为作出行政处罚。", .rejects(.decision)),
    EventExample(.negated, "2021年8月，某公司仍未支付到位。", .rejects(.rectification)),
    // The ends of a time span summed up (从立案到宣判) are no steps; the step dated before stays.
    EventExample(
      .spanSummary, "某县法院2月19日立案后，启动速裁程序，从立案到开庭、宣判，仅用3天时间。", .rejects(.judgment)),
    EventExample(.spanSummary, "2021年5月6日，该案从受理到审结仅用了7天。", .rejects(.filing)),
    EventExample(
      .filing, "某县法院2月19日立案后，启动速裁程序，从立案到开庭、宣判，仅用3天时间。", .makes("XXXX-02-19", .filing)),
    // 从 in another word (从业, 从重), no span: the step is dated.
    EventExample(.detention, "2023年4月2日，从业人员张某回到住处时被公安机关抓获。", .makes("2023-04-02", .detention)),
    // A sentencing proposal (提出判处…) is no judgment; the court's 判处 is.
    EventExample(
      .requestedRuling, "2月26日，某区人民检察院提起公诉，综合考虑其自首情节，提出判处拘役五个月。", .rejects(.judgment)),
    EventExample(
      .requestedRuling, "2023年3月1日，公诉人当庭提出判处被告人有期徒刑一年的量刑建议。", .rejects(.judgment)),
    EventExample(.judgment, "2023年3月8日，某区人民法院判处被告人有期徒刑一年。", .makes("2023-03-08", .judgment)),
    // Papers demanding a correction by a deadline or a filing are written demands.
    EventExample(
      .demandPaper, "2021年5月，某区检察院向公安机关发出《通知立案书》。", .makes("2021-05", .recommendation)),
    EventExample(
      .demandPaper, "2022年3月，某县检察院向公安局发出要求说明不立案理由通知书。", .makes("2022-03", .recommendation)),
    EventExample(.filing, "2022年5月，公安机关以涉嫌拒不支付劳动报酬罪对周某立案。", .makes("2022-05", .filing)),
    EventExample(
      .correctionOrderPaper, "2022年3月，某市人社局向该公司下达劳动保障监察限期改正指令书。",
      .makes("2022-03", .recommendation)),
    // Asking for help (求助) is a complaint; to the procuratorate, a lead.
    EventExample(
      .complaintToProcuratorate, "2022年12月，田某等人多次追讨欠薪无果，便向某县检察院求助。", .makes("2022-12", .clue)),
    EventExample(.complaint, "2024年3月，12名务工人员向属地某街道求助。", .makes("2024-03", .clue)),
    EventExample(.notAStep, "2024年3月，工人们一度求助无门。", .rejects(.other)),
    EventExample(.decision, "2022年2月，某局向该公司送达行政处罚决定书。", .makes("2022-02", .decision)),
    // The court sentencing in the clause after its hearing (对被告人…判处) judges at that sitting;
    // a trial that only opened, with the sentences told after it, still does not.
    EventExample(
      .judgment, "2月21日下午，某县法院依法公开开庭审理了一起妨害公务案，对被告人秦某以妨害公务罪判处有期徒刑一年。",
      .makes("XXXX-02-21", .judgment)),
    EventExample(
      .judgment, "2023年5月6日，某区法院公开开庭审理了该案，对被告人李某以盗窃罪判处有期徒刑八个月。",
      .makes("2023-05-06", .judgment)),
    EventExample(
      .trialOutcome, "2019年12月2日，某法院开始公开开庭审理此案，张某等人分别被判处有期徒刑。", .rejects(.judgment)),
    // A body briefing the press on a case: the date is the briefing's.
    EventExample(.reportDate, "1月15日，某市人民法院通报了该案，法院驳回卖家的诉讼请求。", .rejects(.judgment)),
    EventExample(.reportDate, "2024年3月8日，某区法院通报了这起案件，法院判决被告赔偿损失。", .rejects(.judgment)),
    EventExample(.judgment, "2024年3月8日，某区法院判决被告赔偿损失。", .makes("2024-03-08", .judgment)),
    // A procuratorate's view is no court reasoning: the decision it leads to is dated.
    EventExample(
      .hearing, "某县检察院认为，多数工人已在外地务工，便决定于12月22日上门召开公开听证会。", .makes("XXXX-12-22", .hearing)),
    EventExample(
      .hearing, "2023年6月1日，某区人民检察院认为有必要听取各方意见，于当日召开公开听证会。", .makes("2023-06-01", .hearing)),
    EventExample(.reasoning, "2023年3月1日，某区法院认为，被告人有自首情节，判处其缓刑。", .rejects(.judgment)),
    // A date counted on from another (一个月后, 一年后, 兩日後) dates no step; 次日 does.
    EventExample(
      .offsetAfter, "2017年12月，某区人社局督促某公司发放工资。一个月后，该公司无动于衷，区人社局遂作出行政处罚。",
      .rejects(.decision)),
    EventExample(
      .offsetAfter, "2005年2月，张某因涉嫌故意杀人被当地警方刑拘。一年后，某市中级人民法院以故意杀人罪判处张某无期徒刑。",
      .rejects(.judgment)),
    EventExample(
      .detention, "2023年5月10日，张某被公安机关抓获，次日被刑事拘留。", .makes("2023-05-11", .detention)),
    // 提起的…诉讼 names the suit (由检察机关提起的…公益诉讼案件); 提起…诉讼 is the suit.
    EventExample(
      .attributive, "7月19日，某县法院公开开庭审理了这起由检察机关提起的刑事附带民事公益诉讼案件。", .rejects(.lawsuit)),
    EventExample(
      .lawsuitRaised, "2023年7月19日，某县人民检察院提起刑事附带民事公益诉讼。", .makes("2023-07-19", .lawsuit)),
    // Counts of cases received are no filing.
    EventExample(.notAStep, "2025年10月，该局詐騙案件的受理数共13673件。", .rejects(.filing)),
    // 刑拘 is 刑事拘留.
    EventExample(.detention, "2005年2月，张某因涉嫌故意杀人被当地警方刑拘。", .makes("2005-02", .detention)),
    EventExample(.negated, "2024年3月，张某因情节轻微未被刑拘。", .rejects(.detention)),
    // A step summed up with a coarser date, then told with a finer one: one step, the finer date.
    EventExample(
      .finerRestated, "2005年，张某因涉嫌故意杀人被警方刑拘。2005年2月，张某被当地警方刑拘。", .merges("2005-02", .detention)),
    EventExample(
      .finerRestated, "2019年，某县检察院对该案立案审查。2019年5月6日，该院决定立案审查。", .merges("2019-05-06", .filing)),
    EventExample(
      .filing, "2019年，某县检察院对该案立案审查。2020年5月6日，该院对另一线索立案审查。", .makes("2019", .filing)),
    // The same day with its year unknown, of the same kind, is the same step, told before or after.
    EventExample(
      .finerRestated, "央广网淄博1月14日消息 昨天宣判后，张某被当庭释放。2020年1月13日，某高级人民法院再审判决张某无罪。",
      .merges("2020-01-13", .judgment)),
    EventExample(
      .sameStep, "某报1月14日消息 2020年1月13日，某高级人民法院再审判决张某无罪。昨天宣判后，张某被当庭释放。",
      .merges("2020-01-13", .judgment)),
    EventExample(
      .sameStep, "2023年6月9日，某县检察院发出检察建议。6月9日，该院向某局发出检察建议。", .merges("2023-06-09", .recommendation)),
    // 强制执行案件 names a case, no step.
    EventExample(.notAStep, "2020年10月，某检察院在办案中发现一件强制执行案件。", .rejects(.enforcement)),
  ]

  static let batchLeadUnknownYear =
    "某法院集中宣判两起盗窃案\n\n"
    + "3月12日上午，某省某县人民法院对两起盗窃刑事案件进行集中宣判，群众60余人旁听。\n\n"
    + "第一起案件中，2022年5月至8月，被告人王某刚多次潜入居民家中盗窃财物共计3万元。"
    + "某县人民检察院以盗窃罪对王某刚提起公诉。法院以盗窃罪判处王某刚有期徒刑三年，并处罚金五千元。\n\n"
    + "第二起案件中，被告人赵某明在商场内扒窃手机两部，价值8000元。法院以盗窃罪判处赵某明有期徒刑一年，并处罚金二千元。"
  static let batchLeadDated =
    "某区法院集中宣判两起醉驾案\n\n"
    + "2024年9月5日，某市某区人民法院集中公开宣判两起危险驾驶案件。\n\n"
    + "第一起案件中，被告人孙某华醉酒后驾驶机动车在道路上行驶，血液酒精含量为180毫克/100毫升。"
    + "法院以危险驾驶罪判处孙某华拘役四个月，并处罚金八千元。\n\n"
    + "第二起案件中，被告人钱某军醉酒驾驶机动车与他人车辆相撞。法院以危险驾驶罪判处钱某军拘役三个月，并处罚金六千元。"

  /// A lead that tells a step of no batch kind (提起公诉 of two cases) gives it to no case.
  @Test func leadOfAnotherKindIsNotShared() {
    let text =
      "某区检察院起诉两起醉驾案\n\n"
      + "2024年9月5日，某市某区人民检察院对两起危险驾驶案件提起公诉。\n\n"
      + "第一起案件中，被告人孙某华醉酒后驾驶机动车在道路上行驶，血液酒精含量为180毫克/100毫升。"
      + "法院以危险驾驶罪判处孙某华拘役四个月，并处罚金八千元。\n\n"
      + "第二起案件中，被告人钱某军醉酒驾驶机动车与他人车辆相撞。法院以危险驾驶罪判处钱某军拘役三个月，并处罚金六千元。"
    let cases = Extractor().extract(text).cases
    #expect(cases.count == 2)
    #expect(cases.allSatisfy { $0.events.isEmpty })
  }
}
