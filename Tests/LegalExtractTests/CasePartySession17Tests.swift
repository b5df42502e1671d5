import PropertyBased
import Testing

@testable import LegalExtract

/// Round 17 party families (issue 12, family 5, administrative suits): the agency
/// whose act a suit reviews is its defendant, told by what is asked of the court
/// about the act (请求确认甲、乙…的行为违法, `case.party.act-held-unlawful`) or by
/// its head appearing for it (甲局长…出庭应诉, `case.party.head-appears`); and a
/// prosecutor whose
/// charge (指控) opens a long list of the accused before 提起公诉.
@Suite("Case party shapes, round 17")
struct CasePartySession17Tests {
  private func parties(_ text: String) -> (plaintiffs: Set<String>, defendants: Set<String>) {
    let cases = Extractor().extract(text).cases
    return (Set(cases.flatMap(\.plaintiffs)), Set(cases.flatMap(\.defendants)))
  }

  // MARK: - Positives

  @Test(arguments: [
    (
      "李某不服，诉至某市中级人民法院，请求法院确认区政府、某街道办事处强制拆除其房屋的行为违法。法院经审理作出判决。",
      ["区政府", "某街道办事处"]
    ),
    (
      "案例一\n2024年5月，某县人民检察院向某县人民法院提起行政公益诉讼，请求确认某县市场监督管理局未依法履行监管职责的行为违法。8月8日，法院判决支持了检察机关的全部诉讼请求。",
      ["某县市场监督管理局"]
    ),
    (
      "张某以某镇人民政府为被告提起行政诉讼。法院判决如下：\n1、驳回张某的其他诉讼请求；\n2、确认某镇人民政府拆除张某房屋的行政行为违法。",
      ["某镇人民政府"]
    ),
  ])
  func theAgencyWhoseActIsHeldUnlawfulIsSued(_ text: String, _ sued: [String]) {
    let p = parties(text)
    for s in sued { #expect(p.defendants.contains(s), "\(text) \(p)") }
    for s in sued { #expect(!p.plaintiffs.contains(s), "\(text) \(p)") }
  }

  @Test(arguments: [
    ("某县人民法院开庭审理一起行政案件，某县司法局局长乔某作为行政机关正职负责人出庭应诉。", "某县司法局"),
    ("某县人民法院开庭审理一起行政案件，某县司法局局局长乔某作为行政机关正职负责人出庭应诉。", "某县司法局"),
    ("某区人民法院开庭审理一起行政处罚案件，某区市场监督管理局党组书记、局长刘某出庭应诉。", "某区市场监督管理局"),
  ])
  func theAgencyWhoseHeadAppearsIsSued(_ text: String, _ sued: String) {
    let p = parties(text)
    #expect(p.defendants.contains(sued), "\(text) \(p)")
  }

  @Test func aChargeOpeningALongListStillProsecutes() {
    let p = parties(
      "【裁判结果】\n上海市人民检察院第三分院指控被告单位上海某教育科技发展有限公司、被告人姚某、被告人钱某犯假冒注册商标罪，向上海市第三中级人民法院提起公诉。法院判处被告人姚某有期徒刑三年。"
    )
    #expect(p.plaintiffs.contains("上海市人民检察院第三分院"), "\(p)")
  }

  /// 由某检察院起诉的…案: the procuratorate before 起诉的 sues (B66 h66-04), as before
  /// 提起公诉的 (B40 b40-01, B46 h46-01).
  @Test func theProcuratorateBeforeQisuDeSues() {
    let p = parties(
      "2023年9月26日，由武汉市江汉区人民检察院起诉的全某非法捕捞水产品刑事附带民事公益诉讼案件开庭，法院当庭判处被告人全某有期徒刑六个月。"
    )
    #expect(p.plaintiffs.contains("武汉市江汉区人民检察院"), "\(p)")
  }

  /// 不起诉的 / 支持起诉的: no suit of the procuratorate.
  @Test(arguments: [
    "2023年9月，武汉市江汉区人民检察院对李某作出不起诉的决定。李某向法院起诉某公司，要求支付货款。法院判决某公司支付李某货款。",
    "2023年9月，由武汉市江汉区人民检察院支持起诉的李某追索劳动报酬纠纷案审结，法院判决某公司支付李某工资。",
  ])
  func aProcuratorateThatDeclinesOrSupportsDoesNotSue(_ text: String) {
    let p = parties(text)
    #expect(!p.plaintiffs.contains("武汉市江汉区人民检察院"), "\(text) \(p)")
  }

  /// Work reports name a sentenced person after what he did (B54 h54-04, B39 h39-13).
  @Test(arguments: [
    ("依法严惩暴力犯罪，对公交车上故意杀人的颜某志依法判处死刑。", "颜某志"),
    ("依法打击安全生产领域犯罪，对驾驶船只违规出海引发事故的姜某判处有期徒刑八个月。", "姜某"),
    ("保障国家机关工作人员依法行使职权，对醉酒后袭警的被告人蔡某判处有期徒刑九个月。", "蔡某"),
  ])
  func theOneSentencedAfterWhatHeDidIsADefendant(_ sentence: String, _ name: String) {
    let p = parties("案例一\n某市中级人民法院2023年审结刑事案件1200件。" + sentence)
    #expect(p.defendants.contains(name), "\(sentence) \(p)")
  }

  /// Without a name before the verb the court sentences nobody: only 王某 is read.
  @Test func aModifierWithNoNameBeforeTheVerbNamesNobody() {
    let p = parties(
      "案例一\n某市中级人民法院2023年审结刑事案件1200件。对侵害未成年人的被告人王某依法从重判处。对侵害未成年人的犯罪依法从重判处。")
    #expect(p.defendants == ["王某"], "\(p)")
  }

  // MARK: - Negatives

  /// 确认 with no request or judgment before it, or no finding of unlawfulness
  /// after the agency, names nobody.
  @Test(arguments: [
    "经某县自然资源局确认，该地块属于基本农田。李某不服，诉至法院。",
    "李某向某县人民法院起诉，请求确认某县自然资源局具有管辖权。法院经审理作出判决。",
    "记者确认某县自然资源局的行为违法。",
    "李某请求确认张某的行为违法。法院经审理作出判决。",
  ])
  func noAgencyIsSuedWithoutTheFrame(_ text: String) {
    let p = parties(text)
    #expect(!p.defendants.contains("某县自然资源局"), "\(text) \(p)")
    #expect(!p.defendants.contains("张某") || text.contains("记者"), "\(text) \(p)")
  }

  /// 出庭应诉率 is a statistic; an agency named in its sentence is no party.
  @Test func anAppearanceRateNamesNobody() {
    let p = parties(
      "某县人民法院审理一起行政案件，原告李某诉某县人民政府。今年以来，某县自然资源局局长带头，全县行政机关负责人出庭应诉率达到百分之百。")
    #expect(!p.defendants.contains("某县自然资源局"), "\(p)")
  }

  /// A case whose title names the defendant keeps it: a head who comes to court
  /// for another agency adds nobody.
  @Test func aTitledDefendantIsNotJoinedByTheAppearingAgency() {
    let p = parties(
      "近日，某县人民法院公开开庭审理原告周某诉被告某县人民政府行政协议一案，某县自然资源局局长吴某作为行政机关负责人出庭应诉。")
    #expect(p.defendants.contains("某县人民政府"), "\(p)")
    #expect(!p.defendants.contains("某县自然资源局"), "\(p)")
  }
}
