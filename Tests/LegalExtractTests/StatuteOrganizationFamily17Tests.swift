import Testing

@testable import LegalExtract

/// Issue 16, session 17: statute and organization families of short local
/// news, procuratorate work and administrative-penalty texts (B61-fit,
/// B64-fit, B66-fit, B68-fit). Each test names the rule or guard it
/// exercises, with positive and negative cases; the generated tests build
/// their inputs from grammar parts and check the generator's own answer.
/// Examples are invented (某 parties, real bodies), never copied.
@Suite("Statute and organization families, session 17 (issue 16)")
struct StatuteOrganizationFamily17Tests {
  func names(in text: String) -> [String] {
    OrgTesting.organizations(in: text).map(\.name)
  }

  func statutes(in text: String) -> [StatuteMention] {
    Extractor(onlyStages: ["statutes"]).extract(text).statutes
  }

  // MARK: org.guard.party-state-formula

  static let formulaVerbs = ["贯彻落实", "认真贯彻", "坚决落实", "按照", "根据"]
  static let formulaJoins = ["党中央、国务院", "党中央国务院"]
  static let formulaObjects = ["决策部署", "重大决策部署", "工作要求", "的部署要求"]

  /// Generated: a verb × the formula (with or without 、) × its object
  /// names no body.
  @Test func partyStateFormulaNamesNoBody() {
    var failures: [String] = []
    for (n, verb) in Self.formulaVerbs.enumerated() {
      for join in Self.formulaJoins {
        for (m, object) in Self.formulaObjects.enumerated() {
          let tail = (n + m) % 2 == 0 ? "，某市开展专项行动。" : "、省委省政府工作要求，查办了一批案件。"
          let text = "为\(verb)\(join)\(object)\(tail)"
          if names(in: text).contains("国务院") { failures.append(text) }
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(4))")
    let e = explain("深入贯彻落实党中央、国务院决策部署，开展整治。", stages: ["organizations"])
    #expect(e.rejection(ruleNamed: OrganizationRule.partyStateFormula.name)?.text == "国务院")
  }

  /// Negatives: 国务院 acting, or after another body than 党中央, is a body.
  @Test(arguments: [
    "经国务院批准，某省设立新区。",
    "国务院印发《某某工作方案》。",
    "中共中央、国务院印发《某某规划纲要》。",
    "国务院安委会挂牌督办此案。",
    "党中央高度重视，国务院专门部署整治工作。",
  ])
  func stateCouncilActingIsABody(_ text: String) {
    #expect(names(in: text).contains { $0.hasPrefix("国务院") }, "\(names(in: text))")
  }

  // MARK: org.guard.verb-before-organ.after-words

  static let placeWords = ["水域", "境外", "货物", "船舶", "冻品"]
  static let objectVerbs = ["逃避", "规避", "躲避", "绕过", "骗过"]

  /// Generated: words × a verb × 海关: the verb's object, no customs district.
  @Test func verbAfterWordsNamesNoCustoms() {
    var failures: [String] = []
    for words in Self.placeWords {
      for verb in Self.objectVerbs {
        let text = "被告人驾驶船舶从境外\(words)\(verb)海关监管，走私冻品进境。"
        let found = OrgTesting.scored(in: text).map(\.name)
        if !found.isEmpty { failures.append("\(text) → \(found)") }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(4))")
    let e = explain("从境外水域逃避海关监管。", stages: ["organizations"])
    #expect(e.rejection(ruleNamed: OrganizationRule.verbAfterWords.name)?.text == "水域逃避海关")
  }

  /// Negatives: a customs district named by its port, after a break or a
  /// joint verb, is a body.
  @Test(arguments: [
    ("，拱北海关查获走私冻品。", "拱北海关"),
    ("公安机关联合黄埔海关开展行动。", "黄埔海关"),
    ("去年拱北海关缉私局立案侦查。", "拱北海关缉私局"),
  ])
  func customsByPortIsABody(_ c: (String, String)) {
    #expect(OrgTesting.scored(in: c.0).map(\.name).contains(c.1), "\(names(in: c.0))")
  }

  // MARK: statute.title.issuers-written-elsewhere

  static let opinionIssuers = [
    "最高人民法院、最高人民检察院、公安部、司法部", "最高人民法院、最高人民检察院、公安部",
    "最高人民检察院、公安部", "最高人民法院、最高人民检察院",
  ]
  static let opinionSubjects = [
    "关于办理某甲犯罪案件若干问题的意见", "关于办理某乙刑事案件适用法律若干问题的意见", "关于依法惩治某丙违法犯罪行为的指导意见",
  ]

  /// Generated: issuers × an opinion's 关于 title written in full once;
  /// the title cited again without issuers (before or after the full one)
  /// is the same law and keeps its provision.
  @Test func issuerlessTitleTakesIssuersWrittenElsewhere() {
    var failures: [String] = []
    for (n, issuers) in Self.opinionIssuers.enumerated() {
      for (m, subject) in Self.opinionSubjects.enumerated() {
        let full = "依照《\(issuers)\(subject)》第四条规定，作出决定。"
        let short = "此前，《\(subject)》第十二条已作规定。"
        let text = (n + m) % 2 == 0 ? full + short : short + full
        let found = statutes(in: text)
        let law = issuers + subject
        let articles = Set(found.filter { $0.law == law }.flatMap(\.provisions).map(\.article))
        if Set(found.map(\.law)) != [law] || articles != [4, 12] {
          failures.append("\(text) → \(found.map(\.law)) \(articles)")
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(3))")
  }

  /// Negatives: an 意见 whose only issuers written elsewhere are local, or
  /// which the article never writes with issuers, stays out; a different
  /// title by national issuers lends none.
  @Test(arguments: [
    "某市人民检察院、某市公安局关于办理某甲案件的意见印发。此前，《关于办理某甲案件的意见》第二条已作规定。",
    "此前，《关于办理某甲犯罪案件若干问题的意见》第十二条已作规定。",
    "依照《最高人民法院、最高人民检察院关于办理某乙案件的意见》第一条。此前，《关于办理某甲案件的意见》第二条已作规定。",
  ])
  func issuerlessOpinionWithoutNationalIssuersElsewhere(_ text: String) {
    #expect(
      !statutes(in: text).contains {
        $0.law.hasSuffix("关于办理某甲案件的意见") || $0.law.hasSuffix("关于办理某甲犯罪案件若干问题的意见")
      })
  }

  // MARK: statute.title.issuing-notice

  static let noticeIssuers = ["海关总署、财政部", "人力资源社会保障部", "某省市场监督管理局"]
  static let issuedDocuments = ["某某物品处置办法（试行）", "某某案件移送规定", "某某行政处罚裁量基准"]
  static let innerMarks: [(String, String)] = [("〈", "〉"), ("<", ">"), ("《", "》")]

  /// Generated: issuers × a normative document × the inner marks: the
  /// notice issuing it, with a provision after it, cites the document with
  /// that provision.
  @Test func issuingNoticeCitesTheDocument() {
    var failures: [String] = []
    for (n, issuers) in Self.noticeIssuers.enumerated() {
      for (m, document) in Self.issuedDocuments.enumerated() {
        let (o, c) = Self.innerMarks[(n + m) % Self.innerMarks.count]
        let text = "依据《\(issuers)关于印发\(o)\(document)\(c)的通知》（某发〔2015〕289号）第三条规定，可以依法拍卖。"
        let found = statutes(in: text)
        let laws = found.map(\.law)
        let ok =
          found.count == 1 && laws[0].hasPrefix(String(document.prefix(4)))
          && !laws[0].contains("通知") && found[0].provisions.map(\.article) == [3]
        if !ok {
          failures.append("\(text) → \(laws) \(found.map { $0.provisions.map(\.article) })")
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(3))")
    let e = explain("依据《某部关于印发〈某某物品处置办法〉的通知》第三条处理。", stages: ["statutes"])
    #expect(e.entries.contains { $0.madeBy == StatuteRule.titleIssuingNotice.name })
  }

  /// Negatives: a notice issuing a plan or a notice with no inner title
  /// cites nothing; a notice whose inner title is followed by more words
  /// than 的通知 is not an issuing notice.
  @Test(arguments: [
    "印发《关于印发〈某市推进和谐劳动关系创建活动工作方案〉的通知》，广泛开展创建活动。",
    "依照《某部关于印发某某处置办法的通知》第三条处理。",
    "依照《某部关于查获走私冻品由地方归口处置的通知》规定处理。",
  ])
  func notIssuingNoticeOrNoLaw(_ text: String) {
    #expect(statutes(in: text).isEmpty, "\(statutes(in: text).map(\.law))")
  }
}
