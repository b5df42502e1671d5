import ChineseText
import Testing

@testable import LegalExtract

@Suite struct CaseSplitterMoreTests {
  func sections(_ text: String) -> [CaseSection] {
    CaseSplitter.sections(in: TextDocument(text), organizations: [])
  }

  @Test func markerWithTitleOnTheSameLine() {
    let text =
      "导语。\n【案例1】外卖骑手与平台之间是否存在劳动关系\n2022年，骑手起诉要求确认劳动关系，法院判决驳回。\n【案例2】主播违约金如何认定\n原告某公司起诉主播，法院判决酌减违约金。"
    #expect(sections(text).map(\.title) == ["外卖骑手与平台之间是否存在劳动关系", "主播违约金如何认定"])
  }

  @Test func ordinalParagraphsSplitAStory() {
    let text = """
      两起诈骗案集中宣判

      某区人民法院集中宣判两起诈骗案件。

      第一起案件中，被告人甲某骗取他人财物，法院判处其有期徒刑三年。

      另一起案件中，被告人乙某出售银行卡，法院判处其有期徒刑一年。

      法官提示，切勿出租出借银行卡。
      """
    let s = sections(text)
    #expect(s.count == 2)
    let doc = TextDocument(text)
    #expect(
      !doc.originalText(s[1].span.range).contains("法官提示"),
      "closing remarks stay outside the last case")
  }

  @Test func tableOfContentsWithSubtitlesIsNoCase() {
    let text = """
      某某典型案例

      目  录

      案例一 甲某盗窃案

      ——准确认定盗窃数额

      案例二 乙某诈骗案

      ——依法惩处电信诈骗

      案例一 甲某盗窃案

      被告人甲某盗窃财物，法院判处其有期徒刑一年。

      案例二 乙某诈骗案

      被告人乙某骗取钱款，法院判处其有期徒刑二年。
      """
    #expect(sections(text).map(\.title) == ["甲某盗窃案", "乙某诈骗案"])
  }

  @Test func dashTitleParagraphs() {
    let text = """
      通报三起假冒记者案

      某办公室通报了三起案件。

      ——江苏某地张某某等敲诈勒索案。今年6月，张某某等人冒充记者索要钱财，法院判处其有期徒刑。

      ——河北某地李某某等敲诈勒索案。李某某等人以曝光相威胁，检察院提起公诉。

      ——浙江某地王某敲诈勒索案。王某被依法逮捕，案件正在审查起诉。
      """
    #expect(sections(text).map(\.title) == ["江苏某地张某某等敲诈勒索案", "河北某地李某某等敲诈勒索案", "浙江某地王某敲诈勒索案"])
  }

  @Test func oneParagraphPerDefendantAfterACount() {
    let text = """
      三人编造恐怖信息获刑

      今年8月，本市发生3起编造虚假恐怖信息案。昨日，重庆市渝中区人民法院集中宣判。

      法院查明，被告高某明，在车站打电话谎称有炸弹，被判处有期徒刑五年。

      8月2日，被告郑某华因与妻子争吵，打电话谎称商场有炸弹，被判处有期徒刑十年。

      8月4日，被告王某海，醉酒后报假警，被判处有期徒刑三年。

      据悉，两名被告表示要上诉。
      """
    let s = sections(text)
    #expect(s.count == 3)
    let doc = TextDocument(text)
    #expect(!doc.originalText(s[2].span.range).contains("据悉"))
    let result = Extractor().extract(text)
    #expect(result.cases.map(\.defendants) == [["高某明"], ["郑某华"], ["王某海"]])
    #expect(result.cases.allSatisfy { $0.courts == ["重庆市渝中区人民法院"] }, "the lead's one court")
  }

  @Test func coDefendantsOfOneCaseStayTogether() {
    let text = "法院审结一起盗窃案。\n\n被告人甲某某盗窃手机，判处有期徒刑一年。\n\n被告人乙某某销赃，判处拘役三个月。"
    #expect(sections(text).count == 1, "no count of cases in the lead: one case")
  }

  @Test func statisticsAreNotACase() {
    let text = "某省法院工作报告发布\n\n2023年，全省法院审结一审刑事案件7.9万件，判处罪犯9.6万人；审结民商事案件108万件。"
    #expect(sections(text).isEmpty)
  }
}

@Suite struct CasePartyVerbTests {
  func parties(_ text: String, orgs: [(String, OrganizationKind)] = [], criminal: Bool = false)
    -> CasePartyFinder.Parties
  {
    let doc = TextDocument(text)
    var mentions: [OrganizationMention] = []
    for (name, kind) in orgs {
      var from = 0
      while let at = doc.folded.firstOffset(of: name.scalarArray, in: from..<doc.count) {
        mentions.append(
          OrganizationMention(
            text: name, span: TextSpan(at, at + name.unicodeScalars.count), kind: kind, name: name))
        from = at + 1
      }
    }
    return CasePartyFinder(doc: doc, organizations: mentions).parties(
      title: nil, span: TextSpan(0, doc.count), criminal: criminal)
  }

  @Test func suitWithJiangZhiSu() {
    let p = parties("张老太于2023年11月将李某诉至法院，请求赔偿。")
    #expect(p.plaintiffs == ["张老太"])
    #expect(p.defendants == ["李某"])
  }

  @Test func suitAgainstTwoCompanies() {
    let p = parties("马某将甲科技有限公司及其关联乙科技有限公司诉至法院。")
    #expect(p.defendants == ["甲科技有限公司", "乙科技有限公司"])
  }

  @Test func sentencedNamesAreDefendants() {
    let p = parties("法院判处马某某有期徒刑一年六个月，冯某、韩某有期徒刑十个月。")
    #expect(Set(p.defendants) == ["马某某", "冯某", "韩某"])
  }

  @Test func prosecutedNamesAreDefendants() {
    let p = parties(
      "某区人民检察院以诈骗罪对李某某等16名被告人提起公诉。", orgs: [("某区人民检察院", .procuratorate)], criminal: true)
    #expect(p.defendants == ["李某某"])
    #expect(p.plaintiffs == ["某区人民检察院"])
  }

  @Test func firstInstanceRolesWinOnRetrial() {
    let text = "再审申请人：甲航运有限公司。乙贸易公司以甲航运公司为被告诉至海事法院。"
    let p = parties(text)
    #expect(p.defendants.contains("甲航运有限公司"))
    #expect(!p.plaintiffs.contains("甲航运有限公司"), "the first-instance defendant is no plaintiff")
  }

  @Test func revokingAnActIsNotSuingAPerson() {
    #expect(parties("法院判决撤销张某与李某的婚姻关系。").defendants.isEmpty)
    let agency = parties("法院判决撤销某市人力资源和社会保障局作出的决定。", orgs: [("某市人力资源和社会保障局", .agency)])
    #expect(agency.defendants == ["某市人力资源和社会保障局"])
  }

  @Test func namesCloseBeforeParticles() {
    let p = parties("原告袁某敏的丈夫到庭。被告人王某群被法警带上法庭。原告袁某敏诉称，被告人王某群辩称。")
    #expect(p.plaintiffs == ["袁某敏"])
    #expect(p.defendants == ["王某群"])
  }

  @Test func suerOpensTheSentenceWithoutJiang() {
    let p = parties("张某不服仲裁裁决，诉至人民法院，请求判决某建筑公司支付加班费。")
    #expect(p.plaintiffs == ["张某"])
    #expect(p.defendants == ["某建筑公司"])
  }

  @Test func noProsecutorWithoutATrial() {
    let p = parties(
      "某区人民检察院对涉罪未成年人作出附条件不起诉决定。", orgs: [("某区人民检察院", .procuratorate)], criminal: true)
    #expect(p.plaintiffs.isEmpty)
  }
}
