import Testing

@testable import LegalExtract

/// Examples of round 17's families: a labour inspection's order to correct by a deadline
/// (限期改正指令书) is a written demand; an agency's answer to a petition or a disclosure request
/// (信访回复, 《政府信息公开申请答复书》) is its decision; a letter titled as a reply (《…关于回复…的函》)
/// is the reply; a sentence opened by 经过…小时…后 continues the sitting before on its day.
/// Sentences are invented; the shapes are those of B36 b36-06, B66 h66-07, B64 h64-03, h64-04,
/// h64-08, B68 h68-06 and B60 h60-09, and are generated in
/// EventGrammarPropertyTests.demandsAndAnswers.
extension CaseEventRuleTests {
  static let session17Examples: [EventExample] = [
    EventExample(
      .correctionOrderPaper, "同年12月24日，某市人力资源社会保障局向程某下达期限改正指令书。",
      .makes("XXXX-12-24", .recommendation)),
    EventExample(
      .correctionOrderPaper, "2022年2月，某区劳动监察大队向该公司下达了劳动保障监察期限改正指令书，责令其限期支付。",
      .makesOnly(["2022-02 recommendation"])),
    // Negative: an order to correct told as a decision paper of its own name stays a decision.
    EventExample(
      .correctionOrderPaper, "2022年2月，某局向该公司送达《责令改正决定书》。", .makesOnly(["2022-02 decision"])),
    EventExample(
      .petitionAnswer, "2023年5月15日，某林业局作出信访回复并公开相关文件。",
      .makesOnly(["2023-05-15 decision"])),
    EventExample(
      .petitionAnswer, "某司法局受理后，于2022年12月12日作出《政府信息公开申请答复书》，告知冯某该信息已公开。",
      .makesOnly(["2022-12-12 decision"])),
    // Negative: the answer named as the ground of a later step is no step of that date.
    EventExample(
      .petitionAnswer, "2023年6月，王某以信访回复违法为由向某县政府申请行政复议。",
      .makesOnly(["2023-06 reconsideration"])),
    // Negative: an answer to a procuratorate's demand is still a reply.
    EventExample(
      .reply, "2016年8月26日，某局对某检察院的检察建议书进行书面答复。", .makes("2016-08-26", .reply)),
    EventExample(
      .replyTitled, "2017年3月24日，某农牧业局向某检察院作出《某农牧业局关于回复履行监督职责的函》。",
      .makesOnly(["2017-03-24 reply"])),
    EventExample(
      .replyTitled,
      "某局分别于2017年3月24日、2017年5月12日向某检察院作出《某局关于回复整改情况的函》，称已恢复植被。",
      .makesOnly(["2017-03-24 reply", "2017-05-12 reply"])),
    // Negative: a letter whose title says no reply is no reply.
    EventExample(
      .replyTitled, "2017年3月24日，某局向某检察院发出《关于协助调查的函》。", .makesOnly([])),
    EventExample(
      .continuedSameDay,
      "4月25日，某县法院公开开庭审理了一起盗窃案。\n被告人罗某因涉嫌盗窃罪被提起公诉。经过近1个小时的法庭调查、法庭辩论等程序后，法庭依法判处被告人罗某有期徒刑一年。",
      .makesOnly(["XXXX-04-25 hearing", "XXXX-04-25 judgment"])),
    EventExample(
      .continuedSameDay,
      "2023年4月25日，某县法院公开开庭审理了一起盗窃案。经过两个小时的庭审后，法院依法判处被告人有期徒刑一年。",
      .makesOnly(["2023-04-25 hearing", "2023-04-25 judgment"])),
    // Negative: a continuation counting days is no sitting's; a day-dated step is not carried.
    EventExample(
      .continuedSameDay,
      "4月25日，某县法院公开开庭审理了一起盗窃案。\n被告人罗某因涉嫌盗窃罪被提起公诉。经过三天的审理后，法庭依法判处被告人罗某有期徒刑一年。",
      .makesOnly(["XXXX-04-25 hearing"])),
  ]
}

extension CaseEventRuleTests {
  static let session17bExamples: [EventExample] = [
    EventExample(
      .resolvedWord, "2024年8月28日，检察官出庭支持起诉，加强释法说理，争取化解各方心结。",
      .makesOnly(["2024-08-28 hearing"])),
    EventExample(
      .resolvedWord, "4月2日，该案开庭审理，并当庭促成行政争议实质性化解。", .rejects(.settlement)),
    EventExample(
      .rulingPaperMade, "原告申请撤诉，本院于2008年12月24日作出准许原告撤诉的刑事裁定书。",
      .makesOnly(["2008-12-24 judgment"])),
    EventExample(
      .rulingPaperMade, "7月1日，朱某收到了某市第一中级人民法院出具的《行政判决书》。",
      .makesOnly(["XXXX-07-01 judgment"])),
    // Negative: an enforcement's ruling paper keeps the enforcement's kind.
    EventExample(
      .rulingPaperMade, "2021年12月24日，某中院作出执行裁定书，裁定拍卖某公司名下房产。",
      .makesOnly(["2021-12-24 enforcement"])),
    EventExample(
      // The application lodged after 不服 is the reaction to the answer, not dated by it.
      .answerNamedAgain, "同年5月15日，某林业局作出信访回复，但原告对该回复不服，向县政府申请行政复议。",
      .makesOnly(["XXXX-05-15 decision"])),
    EventExample(
      .objectedDecision, "2022年12月12日，某司法局作出《政府信息公开申请答复书》，但冯某对司法局的答复意见不满意。",
      .makesOnly(["2022-12-12 decision"])),
    // Positive: an answer told as the step, with no demonstrative, is the reply.
    EventExample(.reply, "2023年3月2日，某局书面回复某检察院。", .makes("2023-03-02", .reply)),
    // Positive: 化解 told as done is the settlement.
    EventExample(.settlement, "2021年6月，某法庭成功化解了这起邻里纠纷。", .makes("2021-06", .settlement)),
  ]
}
