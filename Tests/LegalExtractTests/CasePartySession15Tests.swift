import PropertyBased
import Testing

@testable import LegalExtract

/// Round 15 party families: a full (unmasked) name told once that fills the
/// whole subject slot of a suit verb (廖峰向仲裁委申请仲裁, 曾超将某局诉至法院,
/// 受害人李伟依法向…提起诉讼; the subject slot of `case.party.applies-or-sues` and
/// `case.party.procedure-verb`), the words that fill such a slot without being a
/// suer (曾多次, 马上, 代理律师张强), and a full name told once between a party's
/// role and its statement (申请人顾玉静称, 原告张伟诉称; `case.party.named-once`).
@Suite("Case party shapes, round 15")
struct CasePartySession15Tests {
  private func parties(_ text: String) -> (plaintiffs: Set<String>, defendants: Set<String>) {
    let cases = Extractor().extract(text).cases
    return (Set(cases.flatMap(\.plaintiffs)), Set(cases.flatMap(\.defendants)))
  }

  // MARK: - A full name told once fills the slot

  @Test(arguments: [
    ("案例一\n廖峰向某区劳动人事争议仲裁委员会申请仲裁，请求裁决某某贸易公司支付加班费。", "廖峰"),
    ("案例一\n欧阳敏成向区劳动人事争议仲裁委员会申请仲裁，请求裁决某某房地产开发公司支付加班费。", "欧阳敏成"),
    ("案例一\n2021年3月，田超将某区人社局诉至成都市中级人民法院，要求撤销处罚决定。法院经审理作出判决。", "田超"),
    ("案例一\n受害人李伟依法向北京市朝阳区人民法院提起诉讼，要求某某物流公司赔偿损失。法院判决支持了原告的诉讼请求。", "李伟"),
  ])
  func aFullNameToldOnceSues(_ text: String, _ suer: String) {
    let p = parties(text)
    #expect(p.plaintiffs.contains(suer), "\(text) \(p)")
  }

  @Test(arguments: [
    "案例一\n李某与某物流公司发生纠纷。此后曾多次向法院起诉，要求某物流公司付款。法院判决驳回。",
    "案例一\n李某与某物流公司发生纠纷。李某马上向法院申请强制执行，法院依法受理。",
  ])
  func anAdverbInTheSlotIsNoName(_ text: String) {
    let p = parties(text)
    for word in ["曾多次", "马上"] {
      #expect(!p.plaintiffs.contains(word), "\(text) \(p)")
    }
  }

  @Test func aLawyerToldOnceDoesNotSue() {
    let text =
      "案例一\n王某与某物流公司发生劳动争议。代理律师张强向仲裁委申请仲裁，要求某物流公司支付工资。仲裁委支持了王某的请求。"
    let p = parties(text)
    #expect(!p.plaintiffs.contains("张强"), "\(p)")
  }

  @Test(arguments: [
    ("案例一\n申请人顾玉静称，双方曾签订借款协议。被申请人乙公司辩称其已还清借款。北京市朝阳区人民法院审查后裁定驳回申请。", "顾玉静", true),
    ("案例一\n申请人某某贸易公司称，双方曾签订借款协议。被申请人廖浩辩称其已还清借款。北京市朝阳区人民法院审查后裁定驳回申请。", "廖浩", false),
    ("案例一\n原告张伟诉称，被告某某物流公司拖欠货款。北京市朝阳区人民法院经审理判决支持原告诉请。", "张伟", true),
  ])
  func aFullNameBetweenRoleAndStatement(_ text: String, _ name: String, _ plaintiff: Bool) {
    let p = parties(text)
    #expect((plaintiff ? p.plaintiffs : p.defendants).contains(name), "\(text) \(p)")
  }

  @Test(arguments: [
    "案例一\n原告张某诉称，被告某物流公司拖欠货款。被告方称已付清。法院判决支持原告诉请。",
    "案例一\n原告张某诉称，被告某物流公司拖欠货款。原告家属称其多次催要。法院判决支持原告诉请。",
  ])
  func aSideOrKinBeforeTheStatementIsNoName(_ text: String) {
    let p = parties(text)
    for word in ["方称", "家属"] {
      #expect(!p.plaintiffs.contains(word) && !p.defendants.contains(word), "\(text) \(p)")
    }
  }

  // MARK: - A supported suer told once

  @Test func aSupportedFullNameToldOnceSues() {
    let p = parties(
      "案例一\n武汉市江汉区人民检察院支持孟磊起诉某某（广州）商贸有限公司追索劳动报酬。法院判决某某（广州）商贸有限公司支付工资。")
    #expect(p.plaintiffs.contains("孟磊"), "\(p)")
    #expect(!p.plaintiffs.contains("武汉市江汉区人民检察院"), "\(p)")
  }

  @Test func aSupportedWordIsNoName() {
    let p = parties("案例一\n检察院支持当事人起诉某某商贸公司追索劳动报酬。法院判决某某商贸公司支付工资。")
    #expect(!p.plaintiffs.contains("当事人"), "\(p)")
  }

  // MARK: - The employer by the kind of business

  @Test(arguments: [
    ("案例一\n刘某系某外贸公司女员工，于2014年3月入职。刘某申请劳动仲裁，要求支付经济补偿金。", "某外贸公司"),
    ("案例一\n杨某系某超市员工，于2014年入职，双方订立了劳动合同。杨某申请劳动仲裁，要求支付经济补偿金。", "某超市"),
  ])
  func theEmployerByItsKindOfBusiness(_ text: String, _ employer: String) {
    let p = parties(text)
    #expect(p.defendants.contains(employer), "\(text) \(p)")
  }

  @Test func anOwnerIsNoStaff() {
    let p = parties("案例一\n杨某系某超市股东。杨某申请劳动仲裁，要求支付经济补偿金。")
    #expect(!p.defendants.contains("某超市"), "\(p)")
  }

  // MARK: - Generated: given names in narrative suit frames

  static let givens = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰文辉建国志海斌鹏宇浩凯红鑫波俊峰成林晓云亮东"
    .map(String.init)

  /// Single surnames a full name told once may open with: 曾 (曾多次) and the
  /// numeral surnames 万 / 陆 read as words there (a known gap).
  static let onceSurnames = CasePartyPropertyTests.singleSurnames.filter {
    !["曾", "万", "陆"].contains($0)
  }

  /// A full name: a single or compound surname and one or two given characters.
  static func fullName(_ p: Int) -> String {
    let surname =
      p % 5 == 0
      ? CasePartyPropertyTests.compoundSurnames[
        (p / 5) % CasePartyPropertyTests.compoundSurnames.count]
      : onceSurnames[(p / 5) % onceSurnames.count]
    let first = givens[(p / 7) % givens.count]
    return p % 2 == 0 ? surname + first : surname + first + givens[(p / 11) % givens.count]
  }

  /// 甲向…仲裁委申请仲裁，请求裁决乙支付… / 甲将乙诉至…法院，要求…: a full
  /// name told once is the suer, the firm it claims from the other side.
  @Test func aFullNameToldOnceSuesInNarrativeFrames() async {
    await propertyCheck(
      count: 150, input: Gen.int(in: 0...7999), Gen.int(in: 0...7999), Gen.int(in: 0...999)
    ) { a, b, k in
      let suer = Self.fullName(a)
      let firm =
        b % 2 == 0 ? CasePartyPropertyTests.company(b / 2) : CasePartyPropertyTests.shortCompany(b)
      let opener = ["", "2021年3月，", "随后，", "后"][k % 4]
      let body = ["某区劳动人事争议仲裁委员会", "仲裁委", "杭州市劳动人事争议仲裁委员会"][(k / 4) % 3]
      let court = CasePartyPropertyTests.courts[(k / 12) % CasePartyPropertyTests.courts.count]
      let text =
        (k / 60) % 2 == 0
        ? "案例一\n\(opener)\(suer)向\(body)申请仲裁，请求裁决\(firm)支付加班费。"
        : "案例一\n\(opener)\(suer)将\(firm)诉至\(court)，要求支付货款。\(court)经审理作出判决。"
      let p = Self.parties(text)
      #expect(p.plaintiffs == [suer], "\(text)")
      #expect(p.defendants == [firm], "\(text)")
    }
  }

  static func parties(_ text: String) -> (plaintiffs: Set<String>, defendants: Set<String>) {
    let cases = Extractor().extract(text).cases
    return (Set(cases.flatMap(\.plaintiffs)), Set(cases.flatMap(\.defendants)))
  }
}
