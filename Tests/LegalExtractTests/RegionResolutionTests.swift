import Testing

@testable import LegalExtract

@Suite struct RegionResolutionTests {
  @Test(arguments: [
    ("茅箭区", "420302", "湖北省十堰市茅箭区"),
    ("湖北省十堰市茅箭区", "420302", "湖北省十堰市茅箭区"),
    ("麻城市", "421181", "湖北省黄冈市麻城市"),
    ("十堰市", "420300", "湖北省十堰市"),
    ("湖北省", "420000", "湖北省"),
    ("北京市朝阳区", "110105", "北京市朝阳区"),
  ])
  func resolves(prefix: String, code: String, path: String) {
    let r = RegionResolution(prefix: prefix)
    #expect(r?.code == code)
    #expect(r?.path == path)
  }

  @Test func ambiguousNamesStayUnresolved() {
    #expect(RegionResolution(prefix: "朝阳区") == nil, "Beijing and Changchun both have one")
    #expect(RegionResolution(prefix: "") == nil)
    #expect(RegionResolution(prefix: "某县") == nil)
  }
}
