import Testing

@testable import LegalExtract

/// Figures that need evidence of what they are: statutory time limits
/// restated from a law (not figures) against periods imposed on a party,
/// 周 as "all around", X年期 as a product name, a day ending a date range,
/// currencies, where a counted noun ends, and each imposed life sentence.
@Suite struct FigureEvidenceTests {
  @Test(arguments: [
    // statutory time limits restated from a law
    "民事诉讼法规定的二年、三年的申请执行期限自生效之日起计算。",
    "当事人应当自收到决定书之日起十五日内申请复议。",
    "债权人应自知道撤销事由之日起一年内行使撤销权,该一年期间为除斥期间。",
    "起诉期限为六个月,法律另有规定的除外。",
    "相对人可以自知道该行为之日起三个月内提起诉讼。",
    // 周 without evidence of a length of time
    "柜子四周装有铜条。", "房屋四周种满了果树。", "他绕操场跑了一周。",
    // X年期 names a rate or a product
    "按同期一年期贷款市场报价利率计算利息。", "购买了三年期国债。", "五年期以上利率下调。",
    // X内 limits in a sentence citing an article's rule, look-back windows
    "该条例第十二条规定,被吊销许可证的,三年内不得再次申请。",
    "《某法》第九条第二款同时规定,违反规定的,二年内不得担任董事。",
    "但其一年内曾因赌博受过治安处罚。", "新规定明确设置两年过渡期。",
    "依照民事诉讼法第二百四十条,申请执行的期间为一年以上二年以下。",
    // caps quoted from a rule
    "按规定,经营者最高可被处以2万元罚款。",
    // enumerations of kinds, deputies, phases
    "包括四种法定情形。", "一年中最忙的季节。", "两副院长出席。", "二期工程开工。", "相关省级部门。",
    // a day that ends a date range
    "款项在同月8日至19日期间被转出。", "于5月3日至17日开展检查。",
  ])
  func ignores(sentence: String) {
    #expect(FigureProbe.describe(sentence) == [], "\(sentence)")
  }

  @Test(
    arguments: [
      // periods imposed on a party stay figures
      ("责令其自收到决定书之日起十日内提出书面说明。", ["十日|duration|P10D"]),
      ("判决被告于判决生效之日起十日内支付货款5万元。", ["十日|duration|P10D", "5万元|money|50000"]),
      ("双方约定借款期限为一年。", ["一年|duration|P1Y"]),
      ("对其宣告缓刑,缓刑考验期限为三年,应当遵守规定。", ["三年|duration|P3Y"]),
      ("当事人应当在十日内提交证据,逾期不予采纳。", ["十日|duration|P10D"]),
      ("缓刑考验期满一年后。", ["一年|duration|P1Y"]),
      ("整改期一年期满后复查。", ["一年|duration|P1Y"]),
      // 周 with evidence
      ("要求两周内完成整改。", ["两周|duration|P2W"]),
      ("开展为期三周的专项行动。", ["三周|duration|P3W"]),
      ("工厂停产持续4周。", ["4周|duration|P4W"]),
      ("休息了两周后复工。", ["两周|duration|P2W"]),
      // currencies
      ("责任限额为8600特别提款权。", ["8600特别提款权|money|8600|XDR"]),
      ("赔偿5万英镑。", ["5万英镑|money|50000|GBP"]),
      ("支付韩元300万。", ["300万|money|3000000|KRW"]),
      ("押金2000澳门元。", ["2000澳门元|money|2000|MOP"]),
      ("损失120万日元。", ["120万日元|money|1200000|JPY"]),
      ("货款3万欧元。", ["3万欧元|money|30000|EUR"]),
      ("售价8000新台币。", ["8000新台币|money|8000|TWD"]),
      // a purpose clause (…为目的，) is no rule's condition
      ("法院认为,三被告人以牟利为目的,共同实施犯罪。", ["三被告人|count|3"]),
      // bounds the parties agreed or a body ordered
      ("合同约定每周工作不少于5天。", ["5天|duration|P5D"]),
      ("要求其完成不少于30小时的社区服务。", ["30小时|duration|PT30H"]),
      ("法院判决被告于判决生效之日起十五日内给付欠款。", ["十五日|duration|P15D"]),
      ("被告应于本判决生效之日起十日内提出书面道歉。", ["十日|duration|P10D"]),
      // classifiers: things counted after their noun, pairs, installments, provinces
      ("查获假冒商品共计26种。", ["26种|count|26"]),
      ("购买皮鞋3双。", ["3双|count|3"]),
      ("分两期支付价款。", ["两期|count|2"]),
      ("扣押假冒眼镜800副。", ["800副|count|800"]),
      ("在湖南、湖北两省销售。", ["两省|count|2"]),
      ("共同生活的十五年中。", ["十五年|duration|P15Y"]),
      // people named before a 万 amount that ends the clause
      ("该账号拥有粉丝80余万,影响较大。", ["80余万|count|800000|~"]),
      ("平台注册用户3万。", ["3万|count|30000"]),
      // …but not a fee: a 万 amount after 费 is money (figure.money.after-cue)
      ("会员费5万,", ["5万|money|50000"]),
      // a head noun ends the counted noun
      ("选编了5件金融领域反向衔接典型案例。", ["5件金融领域反向衔接典型案例|count|5"]),
      ("两位老人身体不好。", ["两位老人|count|2"]),
      ("对9件行政非诉执行案件开展监督。", ["9件行政非诉执行案件|count|9"]),
    ] as [(String, [String])])
  func finds(sentence: String, expected: [String]) {
    #expect(FigureProbe.describe(sentence) == expected, "\(sentence)")
  }

  /// 判处无期徒刑 … 决定执行无期徒刑: each imposed penalty is a penalty, not a figure.
  @Test func eachImposedLifeSentence() {
    let text = "以诈骗罪判处无期徒刑,剥夺政治权利终身;数罪并罚,决定执行无期徒刑。"
    let result = Extractor().extract(text)
    #expect(result.penalties.map(\.penalty) == [.lifeImprisonment, .lifeImprisonment])
    #expect(!result.figures.contains { $0.text.contains("无期徒刑") })
  }
}
