import Testing

@testable import LegalExtract

/// Issue 16, session 16: statute and organization families of the press,
/// report and labour genres (B50-fit, B54-fit, B58-fit, B61-fit). Each test
/// names the rule or guard it exercises, with positive and negative cases;
/// the generated tests build their inputs from grammar parts and check the
/// generator's own answer.
@Suite("Statute and organization families, session 16 (issue 16)")
struct StatuteOrganizationFamily16Tests {
  func names(in text: String) -> [String] {
    OrgTesting.organizations(in: text).map(\.name)
  }

  func statutes(in text: String) -> [StatuteMention] {
    Extractor(onlyStages: ["statutes"]).extract(text).statutes
  }

  func laws(in text: String) -> [String] { statutes(in: text).map(\.law) }

  // MARK: statute.guard.judicial-policy-opinion

  static let issuers = ["最高人民法院", "最高人民检察院", "最高人民法院、最高人民检察院"]
  static let policySubjects = [
    "为稳定就业提供司法服务和保障", "为加快建设全国统一大市场提供司法服务和保障", "建立健全执行信访案件“接访即办”工作机制",
    "为推进乡村振兴提供司法保障", "完善涉企案件诉讼服务保障工作机制",
  ]

  /// Generated: an issuer × a policy subject × a news frame (the opinion
  /// issued, implemented or drawn on, no citing word, no provision) cites
  /// no law.
  @Test func judicialPolicyOpinionsNamedAsNewsAreNoLaw() {
    let frames = [
      "{i}在《关于{s}的意见》中专门提出相应要求。",
      "指导各级法院贯彻落实好《{i}关于{s}的意见》，推动工作落地。",
      "近日，{i}印发《关于{s}的意见》（以下简称《意见》），共二十条。",
    ]
    var failures: [String] = []
    for (n, issuer) in Self.issuers.enumerated() {
      for (m, subject) in Self.policySubjects.enumerated() {
        let text = frames[(n + m) % frames.count]
          .replacingOccurrences(of: "{i}", with: issuer)
          .replacingOccurrences(of: "{s}", with: subject)
        if !laws(in: text).isEmpty { failures.append(text) }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(4))")
  }

  /// Generated negatives: the same opinions applied (a citing word before
  /// the title in its clause, or a provision after it) stay cited, with the
  /// issuers in the law.
  @Test func judicialPolicyOpinionsAppliedStayCited() {
    let frames = [
      "本院依据《{i}关于{s}的意见》，对该企业解除了查封。",
      "法院最终决定适用《{i}关于{s}的意见》处理。",
      "《{i}关于{s}的意见》第五条规定，应当依法保护。",
    ]
    var failures: [String] = []
    for (n, issuer) in Self.issuers.enumerated() {
      for (m, subject) in Self.policySubjects.enumerated() {
        let text = frames[(n + m) % frames.count]
          .replacingOccurrences(of: "{i}", with: issuer)
          .replacingOccurrences(of: "{s}", with: subject)
        let want = issuer + "关于" + subject + "的意见"
        if laws(in: text) != [want] { failures.append(text) }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(4))")
  }

  /// Negatives: an opinion on applying law, or on a working idea the court
  /// applies, is no policy subject and stays cited whatever the frame.
  @Test func judicialOpinionsOnApplyingLawStayCited() {
    #expect(
      laws(in: "最高人民法院、最高人民检察院、公安部联合印发《关于办理醉酒危险驾驶刑事案件的意见》。")
        == ["最高人民法院、最高人民检察院、公安部关于办理醉酒危险驾驶刑事案件的意见"])
    #expect(
      laws(in: "法院决定适用《最高人民法院关于在执行工作中进一步强化善意文明执行理念的意见》。")
        == ["最高人民法院关于在执行工作中进一步强化善意文明执行理念的意见"])
    #expect(
      laws(in: "依照《人力资源社会保障部、最高人民法院关于劳动人事争议仲裁与诉讼衔接若干问题的意见（二）》第三条处理。")
        == ["人力资源社会保障部、最高人民法院关于劳动人事争议仲裁与诉讼衔接若干问题的意见（二）"])
  }

  // MARK: organ words, generated

  /// Generated: a place (city, district, province) × an organ word of the
  /// administrative, press and detention stories × a narrative frame names
  /// the agency as written. Found missing by generating these shapes:
  /// 版权局 (山东省版权局, B50-fit), a numbered 看守所 (太原市第二看守所,
  /// B58-fit), 保密局, 水文局, 通信管理局, 未成年犯管教所.
  @Test func localAgenciesNamedByPlaceAndOrgan() {
    let places = ["山东省", "太原市", "江苏省苏州市吴江区", "宁波市鄞州区", "湖北省武汉市"]
    let organs = [
      "版权局", "第一看守所", "第二看守所", "第三看守所", "看守所", "保密局", "水文局", "通信管理局", "未成年犯管教所",
      "档案局", "文物局", "劳动人事争议仲裁委员会", "人力资源和社会保障局", "市场监督管理局",
    ]
    let frames = [
      "2023年5月，案件由{}办理。", "后从{}取得登记证书。", "法院在{}小法庭公开宣判。", "经{}调查，情况属实。",
    ]
    var failures: [String] = []
    for (p, place) in places.enumerated() {
      for (o, organ) in organs.enumerated() {
        // 山东省第二看守所 is no real shape: provinces keep no numbered centres.
        if place.hasSuffix("省"), organ.hasPrefix("第") { continue }
        let text = frames[(p + o) % frames.count].replacingOccurrences(
          of: "{}", with: place + organ)
        if !names(in: text).contains(place + organ) { failures.append(text) }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(6))")
  }

  /// Negatives: the organ words with no place name no body; a numbered
  /// centre's ordinal does not run into a word before it.
  @Test func organWordsWithoutAPlaceNameNothing() {
    #expect(names(in: "当事人可以到版权局办理作品登记。").isEmpty)
    #expect(names(in: "他被羁押在第二看守所。").isEmpty)
    #expect(names(in: "水文局的职责包括水文监测。").isEmpty)
    #expect(!names(in: "国家版权局发布通知。").contains { $0.hasSuffix("版权局") && $0 != "国家版权局" })
  }

  // MARK: a tribunal after a verb that opens with a preposition

  /// Generated: a preposition or a verb opening with one (到, 向, 到达,
  /// 经过) × a tribunal's place × whether the text wrote 法院 + that place
  /// before. The place never takes the verb's second scalar (达老城法庭,
  /// B34-fit); with the court written the tribunal is its office.
  @Test func tribunalAfterAPrepositionVerb() {
    let leads = ["到", "向", "到达", "经过"]
    let places = ["老城", "高升", "三界", "梅川"]
    var failures: [String] = []
    for (n, lead) in leads.enumerated() {
      for (m, place) in places.enumerated() {
        let alone = "次日，双方当事人一起\(lead)\(place)法庭参加调解。"
        let got = names(in: alone)
        let isPreposition = lead.unicodeScalars.count == 1 || lead == "到达"
        if isPreposition, got != [place + "法庭"] { failures.append(alone + " → \(got)") }
        if got.contains(where: { $0.hasSuffix(place + "法庭") && $0 != place + "法庭" }) {
          failures.append(alone + " → \(got)")
        }
        let court = ["淅川", "武穴", "嵊州", "宝应"][(n + m) % 4]
        let written = "\(court)法院\(place)法庭受理此案。调解当日，双方\(lead)\(place)法庭签收了文书。"
        if names(in: written).contains(where: { $0.hasSuffix("法庭") }) {
          failures.append(written + " → \(names(in: written))")
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(4))")
  }

  /// Negatives: a tribunal without a preposition and a bare 法庭 name none.
  @Test func tribunalWithoutAPrepositionNamesNone() {
    #expect(names(in: "他走出老城法庭时已是傍晚。").isEmpty)
    #expect(names(in: "一起到达法庭参加庭审。").isEmpty)
  }

  // MARK: districts whose name other districts share

  /// Generated: each city owning a district name another city's district
  /// shares (南山区 of 深圳 and 鹤岗, 鼓楼区 of four cities; the gazetteer kept
  /// only the first by code, so 深圳市南山区公安局 lost its city) × an organ
  /// word × a frame: the body keeps its city and resolves to that city's
  /// district (B34-fit 上海市宝山区人民法院, B39-fit 青海西宁城中区劳动监察大队).
  @Test func sharedDistrictNamesKeepTheirCity() {
    let places: [(String, String)] = [
      ("深圳市南山区", "440305"), ("鹤岗市南山区", "230404"), ("上海市宝山区", "310113"),
      ("双鸭山市宝山区", "230506"), ("重庆市江北区", "500105"), ("宁波市江北区", "330205"),
      ("南昌市西湖区", "360103"), ("杭州市西湖区", "330106"), ("福州市鼓楼区", "350102"),
      ("南京市鼓楼区", "320106"), ("长春市朝阳区", "220104"), ("北京市朝阳区", "110105"),
      ("舟山市普陀区", "330903"), ("上海市普陀区", "310107"), ("沈阳市和平区", "210102"),
      ("贵阳市白云区", "520113"),
    ]
    let organs = ["公安局", "人民检察院", "市场监督管理局", "人力资源和社会保障局"]
    let frames = ["2023年5月，{}依法立案。", "经{}调查，情况属实。", "此后，{}作出决定。"]
    var failures: [String] = []
    for (p, (place, code)) in places.enumerated() {
      for (o, organ) in organs.enumerated() {
        let text = frames[(p + o) % frames.count].replacingOccurrences(
          of: "{}", with: place + organ)
        let found = Extractor().extract(text).organizations
        if !found.contains(where: { $0.name == place + organ && $0.regionCode == code }) {
          failures.append(text + " → \(found.map { ($0.name, $0.regionCode ?? "") })")
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(4))")
  }

  /// Negative: a shared district written alone, with no city, stays
  /// ambiguous (no region code).
  @Test func sharedDistrictAloneStaysAmbiguous() {
    let found = Extractor().extract("南山区公安局依法立案。").organizations
    #expect(found.map(\.name) == ["南山区公安局"])
    #expect(found.first?.regionCode == nil)
  }

  // MARK: statute.continuation after 其中

  /// 其中第N条 right after a citation in its paragraph continues the law just
  /// cited (B61-fit: 修改了《应收账款质押登记办法》，其中第35条…).
  @Test(arguments: [
    ("中国人民银行修改了《应收账款质押登记办法》，其中第35条将融资租赁纳入登记范围。", 35),
    ("国务院修订了《工伤保险条例》，其中第十四条对工伤认定的范围作了调整。", 14),
    ("人社部对《劳动保障监察条例》进行了解读，其中第二十六条规定了加付赔偿金。", 26),
  ])
  func continuationAfterQizhong(_ example: (String, Int)) {
    let got = statutes(in: example.0)
    #expect(Set(got.map(\.law)).count == 1, "\(example.0)")
    #expect(got.flatMap(\.provisions) == [Provision(article: example.1)], "\(example.0)")
  }

  /// Negatives: 其中 before a chapter, a batch or an item of a list is no
  /// provision; 文中第五条 (中 alone) continues nothing; with no citation
  /// before it in the paragraph 其中第三条 cites nothing.
  @Test func qizhongWithoutAProvisionCitesNothing() {
    #expect(
      statutes(in: "修改了《应收账款质押登记办法》，其中第三章作了调整。").flatMap(\.provisions).isEmpty)
    #expect(
      statutes(in: "依照《工伤保险条例》处理。公司共发布五项制度，其中第一批已经实施。").flatMap(\.provisions).isEmpty)
    #expect(
      statutes(in: "修改了《应收账款质押登记办法》，文中第五条另有说明。").flatMap(\.provisions).isEmpty)
    #expect(statutes(in: "公司提出三条建议，其中第三条被采纳。").isEmpty)
  }
}
