import Testing

@testable import LegalExtract

/// One example per figures rule (`FigureRule`): a failure names the rule.
/// Every stage runs, so that guards meet the claims of the stages before them.
@Suite("Figure rules")
struct FigureRuleTests {
  static let examples: [RuleExample<FigureRule>] = [
    RuleExample(.countClassifier, "当年查办9起非法捕捞案件。", .makes("9起非法捕捞案件")),
    RuleExample(.countNounClassifier, "二人系邻居关系。", .makes("二人")),
    RuleExample(.countPeopleNoun, "惠及40万居民。", .makes("40万居民")),
    RuleExample(.countPeopleBefore, "拥有粉丝120余万，", .makes("120余万")),
    RuleExample(.countPair, "在海巡队双艇戒护下返港。", .makes("双艇")),
    RuleExample(.durationTermMonths, "幫助洗錢罪判6月併科罰金10萬元。", .makes("6月")),
    RuleExample(.countPeopleRole, "两掏粪工掏粪时发现尸体。", .makes("两掏粪工")),
    RuleExample(.moneyDigitByDigit, "判决支付工资三零零零零元。", .makes("三零零零零元")),
    RuleExample(.numberedUnit, "林州建筑9公司承建该工程。", .rejects("9公司")),
    RuleExample(.moneyUnit, "罚款5万元。", .makes("5万元")),
    RuleExample(.moneyCurrencyPrefix, "退还美元120万。", .makes("120万")),
    RuleExample(.moneyNoun, "被处以8万罚款。", .makes("8万")),
    RuleExample(.moneyBlock, "找回二十块五毛。", .makes("二十块五毛")),
    RuleExample(.moneySubunit, "判令赔偿两毛五。", .makes("两毛五")),
    RuleExample(.moneyAfterCue, "对该公司罚5万。", .makes("5万")),
    RuleExample(.moneyAfterCue, "詐領助理費63萬　前議員仍無罪。", .makes("63萬")),
    RuleExample(.durationUnit, "判处有期徒刑三年六个月。", .makes("三年六个月")),
    RuleExample(.durationHalf, "宣告缓刑半年。", .makes("半年")),
    RuleExample(.durationMinutesSeconds, "排污持续三分半钟。", .makes("三分半钟")),
    RuleExample(.durationContractTerm, "双方签订三年期固定期限劳动合同。", .makes("三年期")),
    RuleExample(.lifeImprisonment, "法院判处其无期徒刑。", .makes("无期徒刑")),
    RuleExample(.death, "法院判处其死刑。", .makes("死刑")),
    RuleExample(.percentUnit, "同比增长7.3%。", .makes("7.3%")),
    RuleExample(.percentCheng, "商品降价三成。", .makes("三成")),
    RuleExample(.percentFraction, "变化幅度为千分之三。", .makes("千分之三")),
    RuleExample(.quantityUnit, "查获毒品32.7吨。", .makes("32.7吨")),
    RuleExample(.quantityHalf, "查获毒品半公斤。", .makes("半公斤")),
    RuleExample(.quantityFraction, "倾倒废液四分之一公升。", .makes("四分之一公升")),
    RuleExample(.quantityLiang, "查获毒品九两半。", .makes("九两半")),
    RuleExample(.quantityCubicMetres, "非法采砂10万方。", .makes("10万方")),
    RuleExample(.idiom, "走进千家万户。", .rejects("千")),
    RuleExample(.vagueAmount, "获利几十万元。", .rejects("几十")),
    RuleExample(.digitString, "车次二七到站。", .rejects("二七")),
    RuleExample(.claimed, "五家渠市人民法院审理。", .rejects("五家")),
    RuleExample(.countOfOne, "一名医生出庭作证。", .rejects("一名")),
    RuleExample(.classifierInWord, "两场所均已关闭。", .rejects("两场所")),
    RuleExample(.ordinalTwo, "法院二次开庭。", .rejects("二次")),
    RuleExample(.articleNumber, "违反刑法133条规定。", .rejects("133条")),
    RuleExample(.ordinalList, "支持第1、2项诉讼请求。", .rejects("2项")),
    RuleExample(.listAnnouncement, "同时符合以下三个条件：", .rejects("三个")),
    RuleExample(.grade, "构成十级伤残。", .rejects("十级")),
    RuleExample(.financialWord, "陸船非法越界捕魚。", .rejects("陸船")),
    RuleExample(.kinds, "具有四种法定情形。", .rejects("四种")),
    RuleExample(.unitInWord, "推进一元化管理。", .rejects("一元化")),
    RuleExample(.yearIsDate, "90年代建成的小区。", .rejects("90年")),
    RuleExample(.dayIsDate, "于7月3日及9日开庭。", .rejects("3日")),
    RuleExample(.termAdjective, "参照一年期贷款利率。", .rejects("一年期")),
    RuleExample(.pointInTime, "那一年冬天离开。", .rejects("那一年")),
    RuleExample(.timeAgo, "三年前曾受过处罚。", .rejects("三年前")),
    RuleExample(.reportingPeriod, "今年前10个月，海关立案。", .rejects("10个月")),
    RuleExample(.yearInReview, "一年来，全市法院审结案件3万件。", .rejects("一年")),
    RuleExample(.statutory, "处三年以上十年以下有期徒刑。", .rejects("三年以上")),
    RuleExample(.statutoryMaximum, "依裁罚标准，最高可裁罚新台币240万元。", .rejects("240万元")),
    RuleExample(.age, "杨梅树多为15年以上树龄。", .rejects("15年")),
    RuleExample(.sessionNumber, "十一届全国人大五次会议审议通过。", .rejects("五次")),
    RuleExample(.statutoryTimeLimit, "法律规定的六个月起诉期限。", .rejects("六个月")),
    RuleExample(.categoryThreshold, "侦办偷逃税额千万元以上走私犯罪案件80起。", .rejects("千万元以上")),
    RuleExample(.rateBase, "按每10万美元收取300元。", .rejects("10万美元")),
    RuleExample(.ratePerPeriod, "按日万分之五计算。", .rejects("万")),
    RuleExample(.quorum, "经三分之二以上成员同意。", .rejects("三分之二以上")),
    RuleExample(.standardLimit, "氮氧化物监测值508mg/m3、标准150 mg/m3。", .rejects("150 mg/m3")),
    RuleExample(.abstractKinds, "从六个方面回顾了工作。", .rejects("六个方面")),
    RuleExample(.quotedSlogan, "积极落实“四个最严”要求。", .rejects("四个")),
    RuleExample(.countAverage, "员额法官年均结案298.56件。", .makes("298.56件")),
    RuleExample(.countTimesDu, "被告两度到同一所超市取去日用品。", .makes("两度")),
    RuleExample(.listSharedUnit, "已审结的传票分别有3084及2269张。", .makes("3084")),
    RuleExample(.moneyRestated, "5.2亿！巨头偷排废水。该公司最终付出了5.2亿元。", .makes("5.2亿")),
    RuleExample(.penaltyNotImposed, "最高刑期为死刑的案件。", .rejects("死刑")),
    RuleExample(.termBound, "该情形升格为判处五年以上有期徒刑的加重情形。", .rejects("五年以上")),
    RuleExample(.rank, "案件数量排名前五名的省份是江苏。", .rejects("前五名")),
    RuleExample(.vehicleKind, "张某驾驶一辆两轮摩托车。", .rejects("两轮")),
    RuleExample(.percentAgreedRate, "合同约定违约金按每日万分之七计算。", .makes("万分之七")),
    RuleExample(.shareOfWhole, "被告承担损失的三分之一。", .rejects("三分之一")),
  ]

  static let allStages = Set(StageName.allCases)

  @Test(arguments: examples)
  func rule(_ example: RuleExample<FigureRule>) {
    example.verify(stages: Self.allStages)
  }

  @Test func everyRuleHasAnExample() {
    #expect(RuleExample.uncovered(Self.examples).isEmpty)
  }

  @Test func namesAreDottedLowercase() {
    for rule in FigureRule.allCases {
      let name = rule.rawValue
      #expect(name.hasPrefix("figure.") || name.hasPrefix("penalty."), "\(name)")
      #expect(name.allSatisfy { $0.isLowercase || $0 == "." || $0 == "-" }, "\(name)")
    }
  }

  @Test func explainedFiguresAreTheExtractedOnes() {
    let text = "罚款5万元，判处有期徒刑三年六个月，查获毒品九两半，走进千家万户。"
    let e = explain(text, stages: ["figures"])
    #expect(
      e.entries.filter { $0.isAccepted && $0.stage == .figures }.map(\.span)
        == e.result.figures.map(\.span))
    #expect(e.result == Extractor(onlyStages: ["figures"]).extract(text))
  }
}
