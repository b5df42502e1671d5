import Testing

@testable import LegalExtract

/// Round 13 (second task) civil, labour and appeal party families:
/// a first-instance role in brackets after an appeal or retrial party's name
/// (`case.party.first-instance-bracket`), a company before 起诉要求
/// (`case.party.company-sues`), an arbitration applied for without 向 and the
/// other side suing after the award (`case.party.arbitration-then-suit`), and
/// an aspect particle after a lead verb that is no part of a company's name.
@Suite("Case party shapes, round 13 civil")
struct CasePartySession13bTests {
  private func parties(_ text: String) -> (plaintiffs: Set<String>, defendants: Set<String>) {
    let cases = Extractor().extract(text).cases
    return (Set(cases.flatMap(\.plaintiffs)), Set(cases.flatMap(\.defendants)))
  }

  @Test(arguments: [
    (
      "上诉人某物流有限公司（原审被告）与被上诉人刘某某（原审原告）劳动争议纠纷一案，成都市中级人民法院二审判决驳回上诉，维持原判。",
      "刘某某", "某物流有限公司"
    ),
    (
      "上诉人张某（原审原告）与被上诉人某某（上海）投资有限公司（原审被告）买卖合同纠纷一案，上海市第一中级人民法院作出二审判决。",
      "张某", "某某（上海）投资有限公司"
    ),
    (
      "再审申请人王某某（一审被告、二审上诉人）因与被申请人某村镇银行股份有限公司（一审原告、二审被上诉人）借款合同纠纷一案，不服二审判决，向最高人民法院申请再审。",
      "某村镇银行股份有限公司", "王某某"
    ),
  ])
  func theFirstInstanceRoleInBracketsDecides(
    _ text: String, _ plaintiff: String, _ defendant: String
  ) {
    let p = parties(text)
    #expect(p.plaintiffs == [plaintiff], "\(text) \(p)")
    #expect(p.defendants == [defendant], "\(text) \(p)")
  }

  @Test func aBracketBeforeTheNameIsReadOnItsOwn() {
    // 上诉人（原审被告人）甲: the bracket opens the name, the inner role reads it.
    let p = parties("上诉人（原审被告人）李某某犯盗窃罪一案，某市中级人民法院二审裁定驳回上诉，维持原判。")
    #expect(p.defendants == ["李某某"], "\(p)")
    #expect(p.plaintiffs.isEmpty, "\(p)")
  }

  @Test func aBracketThatIsNoRoleLeavesTheAppealUnsided() {
    // 上诉人某某（杭州）科技有限公司 in a civil case with no first-instance role: no side.
    let p = parties("上诉人某某（杭州）科技有限公司因与被上诉人赵某买卖合同纠纷一案，不服一审判决，向杭州市中级人民法院提起上诉。")
    #expect(!p.plaintiffs.contains("某某（杭州）科技有限公司"), "\(p)")
    #expect(!p.defendants.contains("某某（杭州）科技有限公司"), "\(p)")
  }

  @Test func aCompanyBeforeQisuYaoqiuSues() {
    let p = parties("某某物流公司与某某公司建设工程施工合同纠纷一案，某某物流公司起诉要求某某公司返还借款。上海市浦东新区人民法院经审理支持了原告的诉讼请求。")
    #expect(p.plaintiffs == ["某某物流公司"], "\(p)")
    #expect(p.defendants == ["某某公司"], "\(p)")
  }

  @Test func aCompanyTheSuitIsAgainstDoesNotSue() {
    // 要求某公司…: the company after 要求 is sued, it opens no 起诉.
    let p = parties("钱某与某农业合作社土地承包经营权纠纷案中，钱某起诉要求某农业合作社返还土地。法院判决支持了钱某的诉讼请求。")
    #expect(!p.plaintiffs.contains("某农业合作社"), "\(p)")
  }

  @Test func theApplicantOfAnAwardTheOtherSideSuesOverIsTheDefendant() {
    let p = parties("韩某与某实业公司因劳动报酬发生争议，韩某申请劳动仲裁。某实业公司不服仲裁裁决，诉至广州市中级人民法院。法院判决驳回某实业公司的诉讼请求。")
    #expect(p.plaintiffs == ["某实业公司"], "\(p)")
    #expect(p.defendants == ["韩某"], "\(p)")
  }

  @Test func anApplicantWhoThenSuesStaysThePlaintiff() {
    let p = parties("韩某与某实业公司因劳动报酬发生争议，韩某申请劳动仲裁。韩某不服仲裁裁决，诉至广州市中级人民法院，要求某实业公司支付工资。法院判决某实业公司支付工资。")
    #expect(p.plaintiffs == ["韩某"], "\(p)")
  }

  @Test func theParticleAfterALeadVerbIsNoName() {
    let p = parties(
      "广州某实业有限公司与乙公司股权转让纠纷一案中，广州某实业有限公司向成都市中级人民法院起诉乙公司，请求判令其返还款项。法院判决支持了广州某实业有限公司的诉讼请求。")
    #expect(p.plaintiffs == ["广州某实业有限公司"], "\(p)")
  }

  @Test func aCompanyNamedLiaoStillReads() {
    // 了 inside a name is kept when no lead verb comes before it.
    let orgs = Extractor().extract("了然科技有限公司与某公司发生合同纠纷。").organizations.map(\.name)
    #expect(orgs.contains("了然科技有限公司"), "\(orgs)")
  }
}
