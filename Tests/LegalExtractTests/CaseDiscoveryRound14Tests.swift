import ChineseText
import Testing

@testable import LegalExtract

/// Round 14, case discovery: a release's case numbers 之一…之十 and 案例之一
/// on a line of their own mark cases as 案例一 does (ArticleLine.isCaseMarker),
/// and a story that tells the cases a court heard year by year, the court
/// the subject (2017年，某区人民法院审理了一起…案件 / 还有，2019年该院审理的
/// 甲诉乙…一案中), has one case per year (case.split.dated-matters).
@Suite("Case discovery, round 14")
struct CaseDiscoveryRound14Tests {
  private func cases(_ text: String) -> [CaseRecord] { Extractor().extract(text).cases }
  private func line(_ text: String) -> ArticleLine? {
    let doc = TextDocument(text)
    return doc.paragraphs.compactMap { ArticleLine($0, in: doc) }.first
  }

  // MARK: case numbers 之一 / 案例之一

  @Test func caseNumbersWithZhiMarkCases() {
    #expect(line("之一")?.isCaseMarker == true)
    #expect(line("之十")?.isCaseMarker == true)
    #expect(line("案例之二")?.isCaseMarker == true)
    #expect(line("【典型案例之三】")?.isCaseMarker == true)
    #expect(line("案例之一：未签书面劳动合同，二倍工资从何时起算")?.markerTitleOffset == 5)
  }

  @Test func wordsOpeningWithZhiMarkNoCase() {
    #expect(line("之所以")?.isCaseMarker != true)
    #expect(line("之后")?.isCaseMarker != true)
    #expect(line("之一所述情形")?.isCaseMarker != true)
    #expect(line("案例之外")?.isCaseMarker != true)
  }

  static let zhiRelease = """
    劳动人事争议典型案例发布
    近日，省劳动人事争议仲裁院发布10件劳动人事争议典型案例，现选取其中两件予以刊发。
    之一
    用人单位不得以末位淘汰为由解除劳动合同
    【案情简介】2021年5月，罗某入职某餐饮管理公司，月工资4000元。2022年5月，某餐饮管理公司以考核排名末位为由解除劳动合同。罗某申请仲裁，请求裁决某餐饮管理公司支付赔偿金2万元。
    【处理结果】仲裁委员会裁决某餐饮管理公司支付罗某赔偿金2万元。
    【典型意义】末位淘汰不等于不能胜任工作。
    之二
    劳动者提供虚假学历，用人单位可以解除劳动合同
    【案情简介】2022年7月，高某某入职某建筑公司。2023年1月，某建筑公司发现其学历证书系伪造，解除劳动合同。高某某申请仲裁，请求裁决某建筑公司支付赔偿金3万元。
    【处理结果】仲裁委员会驳回了高某某的仲裁请求。
    【典型意义】劳动合同的订立应当遵循诚实信用原则。
    """

  @Test func aReleaseNumberedZhiYieldsEachCaseWithItsTitle() {
    let found = cases(Self.zhiRelease)
    #expect(found.count == 2)
    #expect(found.first?.title == "用人单位不得以末位淘汰为由解除劳动合同")
    #expect(found.last?.title == "劳动者提供虚假学历，用人单位可以解除劳动合同")
  }

  // MARK: a court's dated cases (case.split.dated-matters)

  @Test func aCourtsDatedCaseOpensAMatter() {
    let t = Array("2017年，双流区人民法院审理了一起劳务合同纠纷案件。".unicodeScalars)
    #expect(CaseSplitter.datedCourtCase(t, sentence: 0, limit: t.count))
    let u = Array("还有，2019年该院审理的胡某诉刘某某劳务合同纠纷一案中，刘某某拖欠劳务费。".unicodeScalars)
    #expect(CaseSplitter.datedCourtCase(u, sentence: 0, limit: u.count))
  }

  @Test func aCourtsDatedStatisticsOpenNoMatter() {
    // Counts of cases, a judgment without 一起, no date: no court's case.
    for text in [
      "2021年，双流区人民法院审结各类案件3000件。", "2021年，法院判决被告支付货款。", "双流区人民法院审理了一起劳务合同纠纷案件。",
      "2019年该院审理的案件中，劳动争议占三成。",
    ] {
      let t = Array(text.unicodeScalars)
      #expect(!CaseSplitter.datedCourtCase(t, sentence: 0, limit: t.count), "\(text)")
    }
  }

  static let byYear = """
    法官多年守护劳动者权益
    近年来，成都市双流区人民法院持续加大对劳动者权益的保护力度。
    2017年，双流区人民法院审理了一起劳务合同纠纷案件。周某为林某某提供劳务，林某某拖欠其劳务费10万元。法院判决林某某支付全部劳务费。
    还有，2021年该院审理的胡某诉刘某某劳务合同纠纷一案中，刘某某拖欠胡某劳务费9万元，法院判决刘某某支付全部劳务费。
    该院表示，将继续依法保护劳动者合法权益。
    """

  @Test func aCourtsCasesToldByYearAreOneCaseEach() {
    let found = cases(Self.byYear)
    #expect(found.count == 2)
    #expect(found.last?.defendants.contains("刘某某") == true)
  }

  @Test func oneSuitToldOverTwoYearsStaysOneCase() {
    let text = """
      借款不还被判返还
      2020年，王某起诉李某某，请求判令李某某归还借款20万元。2021年，江宁区人民法院审理后判决李某某归还全部借款。
      """
    #expect(cases(text).count == 1)
  }
}
