import Testing

@testable import LegalExtract

/// Round 13 party families: 以 + the accused + a charge before the act that
/// prosecutes or sentences them (`case.party.charged-by-yi`), 对 + the accused
/// + offence + 一案 before the court's act (`case.party.tried-case-of`), and a
/// title naming the victim before 被 (`case.party.guard.title-victim`).
@Suite("Case party shapes, round 13")
struct CasePartySession13Tests {
  private func parties(_ text: String) -> (plaintiffs: Set<String>, defendants: Set<String>) {
    let cases = Extractor().extract(text).cases
    return (Set(cases.flatMap(\.plaintiffs)), Set(cases.flatMap(\.defendants)))
  }

  @Test(arguments: [
    ("2024年11月11日，某区人民检察院以李某某、曾某某等人涉嫌诈骗罪依法提起公诉。法院审理后作出判决。", ["李某某", "曾某某"]),
    ("侦查机关以覃某等5名犯罪嫌疑人涉嫌诈骗罪移送至检察院审查起诉。某县人民法院以诈骗罪判处覃某有期徒刑五年。", ["覃某"]),
    ("2025年1月20日，某区人民检察院以王某某涉嫌猥亵儿童罪提起公诉。2月17日，法院以王某某犯猥亵儿童罪判处其有期徒刑一年九个月。", ["王某某"]),
    ("同年6月27日，某区人民法院以徐某华犯故意伤害罪，判处有期徒刑一年六个月。", ["徐某华"]),
  ])
  func theAccusedAfterYiAreDefendants(_ text: String, _ names: [String]) {
    let p = parties(text)
    for n in names { #expect(p.defendants.contains(n), "\(text) \(p)") }
  }

  @Test func aFilingAfterYiChargesNobody() {
    // 以…罪立案 is a filing: the case goes no further here, nobody is charged.
    let p = parties("公安机关以周某某涉嫌拒不支付劳动报酬罪立案。某区人民检察院支持农民工向法院起诉。")
    #expect(!p.defendants.contains("周某某"), "\(p)")
  }

  @Test func aChargeAfterYiNamesNoPerson() {
    // 以非法采矿罪判处: a charge, no name after 以.
    let p = parties("某县人民法院以非法采矿罪判处被告单位某某石料有限责任公司罚金15万元。")
    #expect(p.defendants == ["某某石料有限责任公司"], "\(p)")
  }

  @Test(arguments: [
    ("5月11日上午，某市高级人民法院对黎建波、叶文尘故意杀人一案作出二审宣判：驳回上诉，维持原判。", ["黎建波", "叶文尘"]),
    ("今天上午，某区人民法院依法对被告人贺某某盗窃一案公开宣判，判处其有期徒刑一年。", ["贺某某"]),
  ])
  func theAccusedOfATriedCaseAreDefendants(_ text: String, _ names: [String]) {
    let p = parties(text)
    for n in names { #expect(p.defendants.contains(n), "\(text) \(p)") }
  }

  @Test func aDisputeCaseAfterDuiHasNoAccused() {
    let p = parties("某区人民法院对冉某与某物流有限公司劳动争议一案作出一审判决。")
    #expect(!p.defendants.contains("冉某"), "\(p)")
  }

  @Test func aTitleVictimIsNoDefendant() {
    let p = parties(
      "案例二\n林某某被猥亵案\n2024年某日，王某某趁机对林某某实施猥亵。2025年1月20日，某区人民检察院以王某某涉嫌猥亵儿童罪提起公诉。"
    )
    #expect(!p.defendants.contains("林某某") && p.defendants.contains("王某某"), "\(p)")
  }

  @Test func aTitleNameBeforeBeiKongIsTheAccused() {
    let p = parties("案例一\n陈某某被控诈骗案\n陈某某虚构投资项目骗取他人钱款。某区人民法院以诈骗罪判处陈某某有期徒刑三年。")
    #expect(p.defendants.contains("陈某某"), "\(p)")
  }

  @Test func aLoneSurnamedAccusedIsTheDefendant() {
    let p = parties(
      "台東一名鄭姓男子9月間酒後駕車發生追撞事故，被依公共危險罪送辦。檢察官於10月8日對其提起公訴，台東地方法院審理後判決。")
    #expect(p.defendants == ["郑姓男子"], "\(p)")
  }

  @Test func aLoneSurnamedVictimIsNoDefendant() {
    let p = parties("一名黃姓男子遭詐騙集團騙走50萬元，警方循線查獲車手，檢方依詐欺罪提起公訴。")
    #expect(!p.defendants.contains("黄姓男子"), "\(p)")
  }

  @Test func twoSurnamedPersonsWithoutACountAreLeftAlone() {
    let p = parties("一名鄭姓男子與一名吳姓女子發生口角，檢方依傷害罪提起公訴，法院判決。")
    #expect(p.defendants.isEmpty, "\(p)")
  }
}
