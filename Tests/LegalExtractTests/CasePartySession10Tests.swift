import Testing

@testable import LegalExtract

/// The party families of the tenth round: shops and small firms masked with
/// 某 (某便利店, 禹州市某加油站) and their short forms, and the sentenced named
/// before 获刑. Each with a negative.
@Suite("Case party families, tenth round")
struct CasePartySession10Tests {
  private func only(_ text: String) -> CaseRecord? {
    let cases = Extractor().extract(text).cases
    #expect(cases.count == 1)
    return cases.first
  }

  // MARK: maskedEstablishment

  @Test func aMaskedShopOrderedByTheCourtIsTheDefendant() {
    let c = only(
      "本报讯 近日，某区人民法院审结一起买卖合同纠纷案。孙某在某五金店购买电动车一辆，后发现该车系翻新车。法院经审理认为，某五金店构成欺诈，遂判决某五金店向孙某退还购车款8000元并支付三倍赔偿金。"
    )
    #expect(c?.defendants.contains("某五金店") == true, "\(c?.defendants ?? [])")
    #expect(c?.plaintiffs.contains("孙某") == true, "\(c?.plaintiffs ?? [])")
  }

  @Test func aMaskedStationWithItsPlaceAfterARole() {
    let c = only(
      "本报讯 近日，某县人民法院审结一起合同纠纷案。原告平顶山市某加油站诉称，被告刘某长期欠付加油款。法院判决被告刘某支付原告平顶山市某加油站加油款2万元。"
    )
    #expect(c?.plaintiffs.contains("平顶山市某加油站") == true, "\(c?.plaintiffs ?? [])")
  }

  @Test func aShortShopNameTakesItsMaskedForm() {
    let c = only(
      "本报讯 近日，某区人民法院审结一起网络购物合同纠纷案。2023年5月，吴某在某水果店购买进口车厘子，后发现系国产。吴某将水果店起诉至法院，要求退一赔三。法院判决被告水果店退还货款并支付三倍赔偿。"
    )
    #expect(c?.defendants == ["某水果店"], "\(c?.defendants ?? [])")
  }

  @Test func anUnmaskedShopWordIsNoParty() {
    // 便利店 never written masked: a common noun, no party.
    let c = only(
      "本报讯 近日，某区人民法院审结一起劳动争议案。原告赵某在便利店工作期间受伤。法院判决被告某物流公司向赵某支付工伤保险待遇5万元。"
    )
    #expect(c?.defendants.contains("便利店") != true, "\(c?.defendants ?? [])")
    #expect(c?.defendants.contains("某便利店") != true, "\(c?.defendants ?? [])")
  }

  @Test func aPersonMaskedBeforeAShopWordIsNoShop() {
    // 王某店里: a masked person and a word, no shop.
    let c = only(
      "本报讯 近日，某区人民法院审结一起盗窃案。被告人王某店里打工期间多次窃取财物。法院以盗窃罪判处被告人王某有期徒刑一年。"
    )
    #expect(c?.defendants.contains("王某店") != true, "\(c?.defendants ?? [])")
  }

  // MARK: 获刑

  @Test func theOneNamedBeforeHuoxingIsADefendant() {
    let c = only(
      "本报讯 近日，某县人民法院审结一起诈骗案。2022年，崔某某以投资为名骗取被害人50余万元。公安机关立案侦查后将崔某某抓获，检察院依法提起公诉。最终崔某某获刑6年，并处罚金5万元。"
    )
    #expect(c?.defendants.contains("崔某某") == true, "\(c?.defendants ?? [])")
  }

  @Test func huoxingAfterAWordIsNoName() {
    // 获刑最重者: 获刑 opens the clause, no name before it.
    let c = only(
      "本报讯 近日，某县人民法院集中宣判5起危险驾驶案，获刑最重者被判处拘役四个月。被告人郑某醉酒驾驶机动车被查获。"
    )
    #expect(c?.defendants.contains("宣判") != true, "\(c?.defendants ?? [])")
  }
}

extension CasePartySession10Tests {
  // MARK: organs of two levels (insertsLowerRegion)

  @Test func anOrganOfAnotherLevelIsNoShortForm() {
    #expect(
      !CasePartyFinder.isOrganShortForm("重庆市规划和自然资源局", of: "重庆市某区规划和自然资源局"))
    #expect(!CasePartyFinder.isOrganShortForm("武汉市人社局", of: "武汉市江岸区人社局"))
    let c = only(
      "案例三 李某诉南京市某区市场监督管理局、南京市市场监督管理局撤销行政处罚决定及行政复议决定案\n2022年，南京市某区市场监督管理局对李某作出罚款决定，李某申请复议，南京市市场监督管理局维持。李某不服，诉至法院。南京市中级人民法院判决撤销上述决定。"
    )
    #expect(
      Set(c?.defendants ?? []) == ["南京市某区市场监督管理局", "南京市市场监督管理局"],
      "\(c?.defendants ?? [])")
  }

  @Test func anOrgansShortFormStillExpands() {
    #expect(CasePartyFinder.isOrganShortForm("区人社局", of: "某区人力资源和社会保障局"))
    #expect(CasePartyFinder.isOrganShortForm("江岸区人社局", of: "武汉市江岸区人力资源和社会保障局"))
  }
}
