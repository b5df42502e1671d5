import ChineseText
import Testing

@testable import LegalExtract

/// Round 12, case titles (issue 12 family 1): a case's heading line is its
/// title when it is a question or a statement, and a release of one case
/// keeps its heading's title (CaseSplitter+HeadingTitles,
/// CaseSegmentRules.headingTitle* / sectionLabels).
@Suite("Case heading titles")
struct CaseHeadingTitleTests {
  private func cases(_ text: String) -> [CaseRecord] { Extractor().extract(text).cases }

  @Test func questionHeadingsOverTemplatesAreTitles() {
    let text = """
      某市人力资源和社会保障局发布劳动争议典型案例
      近日，某市人力资源和社会保障局发布两件劳动争议典型案例。
      （一）用人单位单方调岗降薪，劳动者能否主张补足差额
      案情简介
      2021年3月，某物流公司将王某某调至仓库岗位并降低工资。王某某向杭州市余杭区劳动人事争议仲裁委员会申请仲裁。
      处理结果
      仲裁委员会裁决某物流公司向王某某支付工资差额2万元。
      评析
      用人单位不得无故单方调岗降薪。
      （二）未签书面劳动合同，二倍工资从何时起算
      案情简介
      2022年5月，李某入职某餐饮公司，双方未签订书面劳动合同。李某向南京市江宁区劳动人事争议仲裁委员会申请仲裁。
      处理结果
      仲裁委员会裁决某餐饮公司向李某支付二倍工资差额3万元。
      评析
      二倍工资自用工之日起满一个月的次日起算。
      """
    let found = cases(text)
    #expect(found.count == 2)
    #expect(found.first?.title == "用人单位单方调岗降薪，劳动者能否主张补足差额")
    #expect(found.last?.title == "未签书面劳动合同，二倍工资从何时起算")
  }

  @Test func statementHeadingsOverPlainBodiesAreTitles() {
    let text = """
      某省检察机关发布典型案例
      近日，某省人民检察院通报了两起依法办理的典型案例。
      一、公安机关不立案，申请执行可自诉
      2020年6月，被告人张某多次窃取他人财物，涉案金额共计3万元。武汉市江夏区人民检察院以张某涉嫌盗窃罪向武汉市江夏区人民法院提起公诉。
      二、电信网络诈骗犯罪从严惩处
      2021年9月，被告人刘某某虚构投资项目骗取被害人钱款，涉案金额共计8万元。成都市双流区人民检察院以刘某某涉嫌诈骗罪向成都市双流区人民法院提起公诉。
      """
    let found = cases(text)
    #expect(found.count == 2)
    #expect(found.map(\.title) == ["公安机关不立案，申请执行可自诉", "电信网络诈骗犯罪从严惩处"])
  }

  @Test func aOneCaseReleaseKeepsItsHeadingsTitle() {
    let text = """
      某省法院发布典型案例
      6月20日，某省高级人民法院召开新闻发布会，发布一件典型案例。
      案例一
      恶意拖欠劳动报酬应承担法律责任
      【基本案情】2019年1月，孙某某拖欠赵某工资5万元。赵某向南京市江宁区人民法院提起诉讼。
      【裁判结果】南京市江宁区人民法院判决孙某某向赵某支付5万元。
      【典型意义】本案明确了此类纠纷的裁判规则。
      """
    let found = cases(text)
    #expect(found.count == 1)
    #expect(found.first?.title == "恶意拖欠劳动报酬应承担法律责任")
  }

  /// The release's headline, a template's 典型意义 line and a subheading
  /// among several inside one story are no titles.
  @Test func headlinesLabelsAndSubheadingsAreNoTitles() {
    let story = """
      依法惩治侵财犯罪
      6月20日，杭州市余杭区人民法院公开审理了被告人王某某盗窃一案。
      一、多次盗窃
      2019年8月，被告人王某某多次窃取他人财物，涉案金额共计3万元。
      二、当庭宣判
      杭州市余杭区人民法院以盗窃罪判处王某某有期徒刑一年。
      三、典型意义
      本案体现了依法惩治侵财犯罪的立场。
      """
    let found = cases(story)
    #expect(found.count == 1)
    // The wire title inside the lead may be read; no heading is taken.
    let headings: Set<String> = ["依法惩治侵财犯罪", "多次盗窃", "当庭宣判", "典型意义"]
    #expect(!headings.contains(found.first?.title ?? ""))
    let lines = story.split(separator: "\n").map(String.init)
    let doc = TextDocument(story)
    let article = doc.paragraphs.compactMap { ArticleLine($0, in: doc) }
    #expect(article.count == lines.count)
    // 三、典型意义 is a section label; the headline has no heading mark.
    #expect(CaseSplitter.headingTitle(at: 6, article, after: -1) == nil)
    #expect(CaseSplitter.headingTitle(at: 0, article, after: -1) == nil)
    // A sentence under a mark is no heading; a dated line is no title.
    #expect(CaseSplitter.headingTitle(at: 2, article, after: -1) != nil)
    let dated = TextDocument("1.2019年8月王某某盗窃\n正文。")
    let datedLines = dated.paragraphs.compactMap { ArticleLine($0, in: dated) }
    #expect(CaseSplitter.headingTitle(at: 0, datedLines, after: -1) == nil)
  }

  @Test func aSentenceUnderAMarkIsNoHeading() {
    let doc = TextDocument("一、王某某多次窃取他人财物。\n正文。")
    let lines = doc.paragraphs.compactMap { ArticleLine($0, in: doc) }
    #expect(CaseSplitter.headingTitle(at: 0, lines, after: -1) == nil)
  }
}
