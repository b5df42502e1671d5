import ChineseText
import Testing

@testable import LegalExtract

/// A case title cut inside a body's name (a trimmed heading, a title that
/// ends mid-name) must not make the title walk step past the title's end.
/// The fuzzer found this: the walk went on from the body's end, beyond the
/// title, and built an inverted range.
@Suite struct CasePartyTitleBoundsTests {
  func parties(_ text: String, title: TextSpan, bodies: [String]) -> CasePartyFinder.Parties {
    let doc = TextDocument(text)
    let mentions = bodies.compactMap { name -> OrganizationMention? in
      guard let at = doc.folded.firstOffset(of: name.scalarArray, in: 0..<doc.count) else {
        return nil
      }
      return OrganizationMention(
        text: name, span: TextSpan(at, at + name.unicodeScalars.count), kind: .company, name: name)
    }
    return CasePartyFinder(doc: doc, organizations: mentions).parties(
      title: title, span: TextSpan(0, doc.count), criminal: true)
  }

  @Test func bodyRunningPastTheTitleEndIsNoTitleParty() {
    // The title is 上海某科 (four scalars); the body 上海某科技有限公司 runs past it.
    let p = parties(
      "上海某科技有限公司盗窃案。被告人张某盗窃财物。", title: TextSpan(0, 4), bodies: ["上海某科技有限公司"])
    #expect(!p.defendants.contains("上海某科技有限公司"))
  }

  @Test func bodyInsideTheTitleStillNamesTheDefendant() {
    let text = "上海某科技有限公司、姚某走私案。"
    let p = parties(text, title: TextSpan(0, 15), bodies: ["上海某科技有限公司"])
    #expect(p.defendants.contains("上海某科技有限公司"))
    #expect(p.defendants.contains("姚某"))
  }
}
