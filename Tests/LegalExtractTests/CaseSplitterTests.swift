import ChineseText
import Testing

@testable import LegalExtract

@Suite struct CaseSplitterTests {
  func titles(_ text: String, orgs: [OrganizationMention] = []) -> [String?] {
    CaseSplitter.sections(in: TextDocument(text), organizations: orgs).map(\.title)
  }

  @Test func markerLinesWithTitleBelow() {
    let text = """
      某省检察机关发布保护未成年人典型案例

      案例一

      王某某盗窃案

      【基本案情】
      2022年3月，被告人王某某盗窃手机两部，法院判处其有期徒刑六个月。

      案例二

      李某诈骗案

      【基本案情】
      被告人李某骗取他人财物，检察院依法提起公诉，法院判决其有期徒刑一年。
      """
    #expect(titles(text) == ["王某某盗窃案", "李某诈骗案"])
  }

  @Test func bracketMarkers() {
    let text = "导语。\n【案例1】\n赵某危险驾驶案\n被告人赵某醉酒驾车，法院判决。\n【案例2】\n钱某交通肇事案\n被告人钱某肇事逃逸，法院判决。"
    #expect(titles(text) == ["赵某危险驾驶案", "钱某交通肇事案"])
  }

  @Test func numberedTitleHeadings() {
    let text = """
      醉驾警示案例

      最高检发布了3起案例。

      1.江苏南京孙某危险驾驶案

      被告人孙某饮酒后驾驶机动车，法院判处拘役二个月。

      2.浙江宁波周某危险驾驶案

      被告人周某醉酒驾驶，法院判处拘役三个月。

      3.上海吴某交通肇事案

      被告人吴某肇事后逃逸，法院判处有期徒刑一年。
      """
    #expect(titles(text) == ["江苏南京孙某危险驾驶案", "浙江宁波周某危险驾驶案", "上海吴某交通肇事案"])
  }

  @Test func tableOfContentsIsNotCases() {
    let text = """
      典型案例（第一批）

      目录

      1.甲公司与乙公司买卖合同纠纷案

      2.丙某与丁某离婚纠纷案

      案例一

      甲公司与乙公司买卖合同纠纷案

      原告甲公司起诉要求支付货款，法院判决被告支付。
      """
    #expect(titles(text) == ["甲公司与乙公司买卖合同纠纷案"], "only the told case counts")
  }

  @Test func bareTitleLines() {
    let text = "导语一段。\n陈某遗弃案\n被告人陈某拒绝扶养，法院判决。\n林某虐待案\n被告人林某虐待家人，法院判决。"
    #expect(titles(text) == ["陈某遗弃案", "林某虐待案"])
  }

  @Test func singleCaseNews() {
    let text = "某法院审结一起合同纠纷\n\n2023年5月，原告张某起诉被告某公司，要求支付货款。法院审理后判决被告支付货款。\n\n（来源：某某日报）"
    let sections = CaseSplitter.sections(in: TextDocument(text), organizations: [])
    #expect(sections.count == 1)
    #expect(sections[0].title == nil)
    #expect(
      !TextDocument(text).originalText(sections[0].span.range).contains("来源"),
      "closing notes stay outside")
  }

  @Test func guidingCaseTitleAfterLabel() {
    let text = "指导案例999号：周某诉某物业公司物业服务合同纠纷案\n\n关键词 民事\n\n原告周某起诉，法院判决驳回。"
    #expect(titles(text) == ["周某诉某物业公司物业服务合同纠纷案"])
  }

  @Test func commentaryHasNoCase() {
    let text = "加强法治宣传，弘扬社会主义核心价值观。\n\n各地要把普法工作落到实处，营造良好法治环境。"
    #expect(titles(text).isEmpty)
  }

  @Test func leadListedTitlesLinkToSubheadings() {
    let text = """
      两案入选典型案例

      近日发布典型案例。其中，甲市检察院诉甲市环保局不履行监管职责案、乙县检察院诉乙县林业局不履行监管职责案入选。

      河道污染无人管，检察建议促整改到位

      甲市检察院发现河道污染，向甲市环保局发出检察建议，后提起诉讼，法院判决。

      林地被毁未修复，公益诉讼守护绿水青山

      乙县检察院发现林地被毁，向乙县林业局发出检察建议，后提起诉讼，法院判决。
      """
    let doc = TextDocument(text)
    func org(_ name: String, _ kind: OrganizationKind, occurrence: Int) -> OrganizationMention {
      var from = 0
      var found = 0
      while let at = doc.folded.firstOffset(of: name.scalarArray, in: from..<doc.count) {
        if found == occurrence {
          return OrganizationMention(
            text: name, span: TextSpan(at, at + name.unicodeScalars.count), kind: kind, name: name)
        }
        found += 1
        from = at + 1
      }
      preconditionFailure("no \(name) #\(occurrence)")
    }
    // The sections name bodies in the opposite order to the lead.
    let orgs = [
      org("甲市检察院", .procuratorate, occurrence: 0), org("甲市环保局", .agency, occurrence: 0),
      org("乙县检察院", .procuratorate, occurrence: 0), org("乙县林业局", .agency, occurrence: 0),
      org("甲市检察院", .procuratorate, occurrence: 1), org("乙县检察院", .procuratorate, occurrence: 1),
    ]
    #expect(titles(text, orgs: orgs) == ["甲市检察院诉甲市环保局不履行监管职责案", "乙县检察院诉乙县林业局不履行监管职责案"])
  }
}

@Suite struct CasePartyTests {
  func parties(_ text: String, title: String? = nil) -> CasePartyFinder.Parties {
    let doc = TextDocument(text)
    let titleSpan = title.flatMap { t in
      doc.folded.firstOffset(of: t.scalarArray, in: 0..<doc.count).map {
        TextSpan($0, $0 + t.unicodeScalars.count)
      }
    }
    return CasePartyFinder(doc: doc, organizations: []).parties(
      title: titleSpan, span: TextSpan(0, doc.count))
  }

  @Test(arguments: [
    ("被告人郑某，男，30岁。", ["郑某"]),
    ("被告人喻某某醉酒后驾驶。", ["喻某某"]),
    ("被告人冯某甲持刀伤人。", ["冯某甲"]),
    ("被告：上海某某装饰有限公司，住所地上海。", ["上海某某装饰有限公司"]),
    ("被告人王某的行为构成犯罪。", ["王某"]),
    // ANNOTATION.md: 被告单位 is a defendant too.
    ("被告单位某化工有限公司与被告人赵某某", ["某化工有限公司", "赵某某"]),
  ])
  func defendantsFromRoles(text: String, expected: [String]) {
    #expect(parties(text).defendants == expected)
  }

  @Test func plaintiffsFromRoles() {
    #expect(parties("原告：刘某，女。被告：某物业公司，住所地某市。").plaintiffs == ["刘某"])
  }

  @Test func plainNamesNeedTheTitle() {
    #expect(parties("原告要求赔偿，被告恢复原状。").plaintiffs.isEmpty)
    #expect(parties("原告要求赔偿，被告恢复原状。").defendants.isEmpty)
    let titled = parties("周海诉某公司买卖合同纠纷案\n原告周海诉称，被告未付款。", title: "周海诉某公司买卖合同纠纷案")
    #expect(titled.plaintiffs == ["周海"])
    #expect(titled.defendants == ["某公司"])
  }

  @Test func titleNamesBothSides() {
    let p = parties("周海诉北京某某科技有限公司买卖合同纠纷案", title: "周海诉北京某某科技有限公司买卖合同纠纷案")
    #expect(p.plaintiffs == ["周海"])
    #expect(p.defendants == ["北京某某科技有限公司"])
  }

  @Test func anonymisedDefendantFromCriminalTitle() {
    #expect(parties("浙江杭州邱某危险驾驶案", title: "浙江杭州邱某危险驾驶案").defendants == ["邱某"])
  }

  @Test func appealTitleIsNotASuit() {
    #expect(parties("某甲与某乙合同纠纷抗诉案", title: "某甲与某乙合同纠纷抗诉案").plaintiffs.isEmpty)
  }

  @Test func abbreviationsMerge() {
    #expect(CasePartyFinder.merged(["上海隆盛建筑装潢有限公司", "隆盛公司"]) == ["上海隆盛建筑装潢有限公司"])
    #expect(CasePartyFinder.merged(["麻城市人民检察院", "湖北省麻城市人民检察院"]) == ["湖北省麻城市人民检察院"])
  }
}
