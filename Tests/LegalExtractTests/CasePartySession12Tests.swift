import Testing

@testable import LegalExtract

/// The name shapes and frames the party property test
/// (CasePartyPropertyTests) found failing: a compound surname before a mask,
/// the third character of a masked name before a closing word, a name told
/// once closed by its sentence, a list going on after such a name, a dateline
/// before a 甲诉乙 title, two plaintiffs joined in a title, a respondent's
/// name before 申请 in a title, and a defaulter behind a modifier.
@Suite("Case party shapes, round 12")
struct CasePartySession12Tests {
  private func parties(_ text: String) -> (plaintiffs: Set<String>, defendants: Set<String>) {
    let cases = Extractor().extract(text).cases
    return (Set(cases.flatMap(\.plaintiffs)), Set(cases.flatMap(\.defendants)))
  }

  @Test(arguments: [
    ("某市人民检察院以盗窃罪对被告人欧阳某某提起公诉。法院经审理认为，欧阳某某的行为构成盗窃罪。", "欧阳某某"),
    ("某区人民法院以诈骗罪判处被告人司马某有期徒刑三年。", "司马某"),
    ("本报讯 原告张某诉被告诸葛某甲民间借贷纠纷一案，某区人民法院作出一审判决。", "诸葛某甲"),
  ])
  func aCompoundSurnameOpensAMaskedName(_ text: String, _ name: String) {
    #expect(parties(text).defendants == [name], "\(parties(text))")
  }

  @Test func aPairThatIsNoSurnameOpensNoMaskedName() {
    let p = parties("原告张某诉被告李某借款合同纠纷一案，某区人民法院支持某些诉讼请求。")
    #expect(p.plaintiffs == ["张某"] && p.defendants == ["李某"], "\(p)")
  }

  @Test(arguments: [
    ("申请人罗某某与被申请人方某鹏申请撤销仲裁裁决一案，某市中级人民法院裁定驳回罗某某的申请。", "方某鹏"),
    ("某区人民法院以盗窃罪判处被告人夏侯某鹏有期徒刑五年。", "夏侯某鹏"),
  ])
  func aMaskedNameKeepsItsThirdBeforeAClosingWord(_ text: String, _ name: String) {
    #expect(parties(text).defendants.contains(name), "\(parties(text))")
  }

  @Test func aWordAfterTheMaskStaysOutOfTheName() {
    // 提出 opens right after 李某: 提 is no given name.
    let p = parties("某区人民法院以盗窃罪判处被告人李某有期徒刑一年。被告人李某提出上诉。")
    #expect(p.defendants == ["李某"], "\(p)")
  }

  @Test func aNameToldOnceClosedByItsSentence() {
    let p = parties("本报讯 某区人民法院以污染环境罪判处被告人叶继成有期徒刑五年。")
    #expect(p.defendants == ["叶继成"], "\(p)")
    // No surname: no name.
    let q = parties("某区人民法院以盗窃罪判处被告人各有期徒刑三年。")
    #expect(q.defendants.isEmpty, "\(q)")
  }

  @Test func aListGoesOnAfterANameToldOnce() {
    let p = parties(
      "公诉机关某市人民检察院指控，被告人熊刚宇、夏某某和陈某于2022年3月起实施诈骗。某市人民法院审理后依法作出判决。")
    #expect(p.defendants == ["熊刚宇", "夏某某", "陈某"], "\(p)")
    // Another role word ends the list.
    let q = parties("公诉机关某市人民检察院指控，被告人熊刚宇和被害人陈某发生争执。某市人民法院审理后依法作出判决。")
    #expect(!q.defendants.contains("陈某"), "\(q)")
  }

  @Test func theLastItemOfAListClosesOnItsVerb() {
    let p = parties("某市人民检察院以故意伤害罪对被告人杨某、夏某丙和欧阳艳提起公诉。")
    #expect(p.defendants == ["杨某", "夏某丙", "欧阳艳"], "\(p)")
    let q = parties("某市人民检察院以故意伤害罪对被告人杨某、夏某丙和部分群众提起公诉。")
    #expect(q.defendants == ["杨某", "夏某丙"], "\(q)")
  }

  @Test func aDatelineOpensNoName() {
    let p = parties("本报讯 原告宋某丙诉被告某县自然资源局行政处罚一案，某市中级人民法院判决撤销被诉处罚决定。")
    #expect(p.plaintiffs == ["宋某丙"], "\(p)")
    let q = parties("新华社北京3月5日电 公益诉讼起诉人某市人民检察院诉被告某化工有限公司污染环境民事公益诉讼一案，由某市中级人民法院公开开庭审理。")
    #expect(q.plaintiffs == ["某市人民检察院"], "\(q)")
    // A list before 诉 is still split at 、.
    let r = parties("原告张某、李某诉被告某物流有限公司劳动争议一案，某区人民法院作出判决。")
    #expect(r.plaintiffs == ["张某", "李某"], "\(r)")
  }

  @Test func twoPlaintiffsJoinedInATitle() {
    let p = parties("某市中级人民法院公开审理了原告廖某及严某某诉被告马某乙房屋租赁合同纠纷一案。")
    #expect(p.plaintiffs == ["廖某", "严某某"], "\(p)")
    // 和 inside one name does not split it.
    let q = parties("原告中和某科技有限公司诉被告张某买卖合同纠纷一案，某区人民法院作出判决。")
    #expect(q.plaintiffs == ["中和某科技有限公司"], "\(q)")
  }

  @Test func aRespondentBefore申请IsNoApplicant() {
    let p = parties(
      "申请人某某（成都）贸易有限公司与被申请人某某（成都）商贸有限公司申请撤销仲裁裁决一案，某市中级人民法院裁定驳回申请。")
    #expect(p.plaintiffs == ["某某（成都）贸易有限公司"], "\(p)")
    #expect(p.defendants == ["某某（成都）商贸有限公司"], "\(p)")
    // With no respondent's role, the one before 申请 applies.
    let q = parties("申请人某某（成都）贸易有限公司申请撤销仲裁裁决一案，某市中级人民法院裁定驳回申请。")
    #expect(q.plaintiffs == ["某某（成都）贸易有限公司"], "\(q)")
  }

  @Test func aDefaulterBehindAModifier() {
    let p = parties("某区人民法院依法将拒不履行生效判决的被执行人某公司纳入失信被执行人名单。")
    #expect(p.defendants == ["某公司"], "\(p)")
    let q = parties("某区人民法院依法将拒不履行生效判决的被执行人董某成纳入失信被执行人名单。")
    #expect(q.defendants == ["董某成"], "\(q)")
    // A role word and no name: nobody.
    let r = parties("某区人民法院依法将拒不履行生效判决的被执行人纳入失信被执行人名单。")
    #expect(r.defendants.isEmpty, "\(r)")
  }
}
