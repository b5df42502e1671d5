@testable import LegalExtract

/// Examples of the timeline families of issue 19's fifth round: enforcement steps of the right
/// kind, trials and retrials told as a procedural history (Traditional script folds to these),
/// coast-guard steps, cut-off reports and dates a step borrows from the step before.
extension CaseEventRuleTests {
  static let enforcementAndHistoryExamples: [EventExample] = [
    // Enforcement: what enforcement officers do, money recovered by coercion or reaching the court.
    EventExample(
      .enforcementAction, "2018年6月5日，执行员将被执行人王某传唤至法院。", .makes("2018-06-05", .enforcement)),
    EventExample(
      .enforcementAction, "2017年2月1日，执行庭庭长带领两名执行庭法官连夜驱车赶往外省。", .makes("2017-02-01", .enforcement)),
    EventExample(
      .enforcementCoerced, "2015年9月8日，某劳动监察大队通过强制手段，终于将拖欠的工资追回。",
      .makes("2015-09-08", .enforcement)),
    EventExample(
      .paymentArrived, "2019年3月2日，某公司向法院申请强制执行。3月20日，执行款到账。",
      .makes("2019-03-20", .enforcement)),
    EventExample(.outsideEnforcement, "2019年3月20日，这张支票到达某公司财务室。", .rejects(.enforcement)),
    EventExample(
      .enforcementDelivery, "2019年3月2日，某公司向法院申请强制执行。3月6日，承办法官向该公司负责人送达了相关法律文书。",
      .makes("2019-03-06", .enforcement)),
    EventExample(
      .deliveredDocument, "2019年10月28日，某大队将某局作出的行政处理决定当场送达该公司负责人。",
      .makes("2019-10-28", .decision)),
    EventExample(.delivery, "2009年3月5日，省高院将终审判决书送达张某。", .makes("2009-03-05", .other)),
    EventExample(.transferReceived, "某市人民检察院于2005年3月2日受理了该案。", .makes("2005-03-02", .transfer)),
    // An application received is no case received, nor a filing (round 14: blind B56 h56-03).
    EventExample(
      .applicationAccepted, "某市人民检察院于2005年3月2日受理了张某的监督申请。", .makes("2005-03-02", .other)),

    // Trials, verdicts and retrials.
    EventExample(.trial, "2016年3月，被告人在区域法院接受审讯。", .makes("2016-03", .hearing)),
    EventExample(.interrogation, "2020年5月8日，侦查人员突击审讯犯罪嫌疑人。", .makes("2020-05-08", .investigation)),
    EventExample(.judgment, "2014年2月，陪审团裁定罪名成立。", .makes("2014-02", .judgment)),
    EventExample(.leaveToAppeal, "2017年2月，上诉人获判得直。", .makes("2017-02", .judgment)),
    EventExample(.retrial, "2017年2月，终审法院撤销其定罪，命令案件重审。", .makes("2017-02", .retrial)),
    EventExample(
      .continuedDate, "2014年2月，被告人在高等法院接受第一次审讯。经过六天审讯后，陪审团裁定罪名成立。",
      .makes("2014-02", .judgment)),
    EventExample(
      .rulingOrder, "2018年11月，上诉法庭判上诉得直。上诉法庭撤销其定罪，命令案件第二次重审。",
      .makes("2018-11", .retrial)),
    EventExample(
      .judgment, "2017年8月2日，李某因犯非法占用农用地罪被某中级人民法院判处刑罚，且责令李某按期修复生态环境。",
      .makes("2017-08-02", .judgment)),
    EventExample(
      .orderInsideStep, "2017年8月2日，李某因犯非法占用农用地罪被某中级人民法院判处刑罚，且责令李某按期修复生态环境。",
      .rejects(.decision)),
    EventExample(.negated, "2023年5月，李某犯罪情节轻微，不需要判处刑罚。", .rejects(.judgment)),
    EventExample(
      .judgment, "2021年4月20日，某区法院以远程视频方式开庭审理，并采纳检察机关的量刑建议作出判决。",
      .makes("2021-04-20", .judgment)),
    EventExample(.deadline, "法官把案件押后至 10 月 19 日再讯。", .rejects(.hearing)),
    EventExample(
      .rulingObject, "终审法院于2024年6月18日颁下判词，驳回上诉人何某的定罪上诉。", .rejects(.appeal)),
    EventExample(
      .judgment, "终审法院于2024年6月18日颁下判词，驳回上诉人何某的定罪上诉。", .makes("2024-06-18", .judgment)),
    EventExample(.negated, "2021年12月8日，终审法院撤销定罪，并命令不得再次重审。", .rejects(.retrial)),

    // Leads, investigations and the end of one.
    EventExample(.clueIntelligence, "2022年3月初，某海警局掌握情报：一艘货船将走私冻品。", .makes("2022-03", .clue)),
    EventExample(
      .clueLetter, "2016年11月3日，某区劳动监察大队收到市人社局关于协助查处某公司拖欠工资一案的函。",
      .makes("2016-11-03", .clue)),
    EventExample(.complaint, "2017年3月，某村农民工集体上访。", .makes("2017-03", .clue)),
    EventExample(.clueFound, "2021年4月7日，某区人民检察院通过互联网发现一起聚众斗殴案件的舆情。", .makes("2021-04-07", .clue)),
    EventExample(.investigation, "2021年4月11日上午，某公安分局介入侦办。", .makes("2021-04-11", .investigation)),
    EventExample(.investigationConcluded, "2023年4月，该案侦查终结。", .makes("2023-04", .investigation)),
    EventExample(
      .concludedBeforeStep, "2023年4月，该案侦查终结，依法移送某区人民检察院审查起诉。", .rejects(.investigation)),
    EventExample(.setting, "2004年3月，两名民警在侦查一起命案时，误将尸体当作模特。", .rejects(.investigation)),
    EventExample(.reportDate, "2004年11月23日，据检方介绍，该案已立案侦查。", .rejects(.filing)),
    EventExample(
      .reportDate, "记者10月8日从某市中级人民法院了解到，该案一审宣判后，三名被告人当庭提出上诉。", .rejects(.judgment)),
    EventExample(.periodStart, "2017年元旦、春节期间，某局共检查用人单位160余家。", .rejects(.investigation)),

    // Rectification reported, promised or done as an agency's measures.
    EventExample(.cutOffReport, "截至2024年5月10日，涉案企业已全部整改完毕。", .makes("2024-05-10", .rectification)),
    EventExample(.builtCompleted, "2025年1月，全市已建成15个污水处理站。", .makes("2025-01", .rectification)),
    EventExample(.notCompleted, "2025年1月，某局开工建设污水处理站，建成后可日处理污水1万吨。", .rejects(.rectification)),
    EventExample(
      .rectificationMeasure, "2024年7月，某市场局制定专项整治方案，对12家医院立案调查，并给予行政处罚。", .rejects(.filing)),
    EventExample(.plan, "10月28日，企业负责人当场表态近期一定将工资发放到位。", .rejects(.rectification)),
    EventExample(.deadline, "考虑到已临近2023年春节，该院在三天内作出支持起诉决定。", .rejects(.decision)),
    EventExample(
      .requestedStep, "2025年2月7日，某总局发布清单，明确对12种轻微违法行为不予行政处罚。", .rejects(.decision)),
    EventExample(.settlement, "2022年10月20日，双方签订《生态环境损害赔偿磋商协议》。", .makes("2022-10-20", .settlement)),
    EventExample(.other, "2014年9月，张某等人来到某县法律援助中心请求援助。", .makes("2014-09", .other)),
    EventExample(
      .precondition, "2023年10月18日，某区检察院经磋商后，正式向某局制发检察建议。", .rejects(.consultation)),
    EventExample(
      .consultationBriefing, "2024年1月10日，某区检察院向某局通报相关核查情况。", .makes("2024-01-10", .consultation)),
    EventExample(.stepReport, "2024年1月10日，某区检察院向某局通报相关核查情况。", .rejects(.investigation)),
    EventExample(.unaddressed, "2024年1月10日，某区检察院已将相关情况通报。", .rejects(.consultation)),
    EventExample(
      .checkAfterRectification, "2024年5月31日，案涉线路改造完成。2024年8月2日，某区院对整改效果开展“回头看”。",
      .rejects(.investigation)),
    EventExample(
      .investigation, "2023年6月2日，该局书面回复称已整改。当年8月，检察官会同水利部门开展“回头看”。",
      .makes("2023-08", .investigation)),
    EventExample(.briefingByOther, "2025年5月，法院已向市场监管部门通报有关情况。", .rejects(.consultation)),
    EventExample(.deadline, "足球案件已基本肯定在2011年5月内开庭。", .rejects(.hearing)),
  ]
}
