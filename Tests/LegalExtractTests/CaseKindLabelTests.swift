import ChineseText
import Testing

@testable import LegalExtract

/// Cases told under section labels that name their kind (刑事案例：title /
/// 民事案例： with the title on the next line / 行政审判案例：title): each
/// label marks one case (`case.split.marker`), as 案例一 does.
@Suite("Case kind labels")
struct CaseKindLabelTests {
  static let lead = "昨日，某市中级人民法院召开新闻发布会，通报去年审判工作情况，同时发布典型案例。\n"
  static let criminal =
    "刑事案例：防卫过当致人死亡\n被害人范某携带刀具到被告人国某家中滋事，国某持械反击致范某死亡。法院以故意伤害罪判处国某有期徒刑五年。\n"
  static let civil =
    "民事案例：\n企业对规章制度不享有“最终解释权”\n梅某与某公司存在劳动合同关系，公司以其违反制度为由解除合同。梅某申请仲裁后诉至法院，法院判决公司支付赔偿金8万元。\n"
  static let administrative =
    "行政审判案例：拆除违建须依法定程序\n原告李某诉被告某镇人民政府强制拆除房屋，法院判决确认拆除行为违法。\n"

  @Test func eachLabelMarksOneCase() {
    let cases = Extractor().extract(Self.lead + Self.criminal + Self.civil + Self.administrative)
      .cases
    #expect(cases.count == 3)
    #expect(
      cases.map(\.title) == ["防卫过当致人死亡", "企业对规章制度不享有“最终解释权”", "拆除违建须依法定程序"])
    // Each case keeps its own figures.
    #expect(cases.dropFirst().first?.figures.map(\.text) == ["8万元"])
  }

  @Test func labelsAreMarkers() {
    func line(_ s: String) -> ArticleLine? {
      let doc = TextDocument(s)
      return doc.paragraphs.compactMap { ArticleLine($0, in: doc) }.first
    }
    #expect(line("民事案例：")?.isCaseMarker == true)
    #expect(line("劳动争议案例")?.isCaseMarker == true)
    #expect(line("刑事案例：防卫过当致人死亡")?.markerTitleOffset == 5)
    // A sentence about a kind of cases is no label.
    #expect(line("刑事案例较去年上升12%。")?.isCaseMarker == false)
    #expect(line("刑事案例较去年上升12%。")?.markerTitleOffset == nil)
    #expect(line("刑事审判工作")?.isCaseMarker == false)
  }
}
