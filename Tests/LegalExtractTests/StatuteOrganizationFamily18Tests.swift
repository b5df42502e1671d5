import Testing

@testable import LegalExtract

/// Issue 16, session 18: organization families of labour, consumer and
/// press-conference texts (B48-fit, B60-fit, B70-fit, B72-fit, B74-fit).
/// Each test names the rule it exercises, with positive and negative cases;
/// the generated tests build their inputs from grammar parts and check the
/// generator's own answer. Examples are invented (某 parties, real bodies).
@Suite("Statute and organization families, session 18 (issue 16)")
struct StatuteOrganizationFamily18Tests {
  func bodies(in text: String) -> [(String, OrganizationKind)] {
    OrgTesting.organizations(in: text).map { ($0.name, $0.kind) }
  }

  // MARK: mediation committees are kind other

  static let mediationPlaces = ["上海市奉贤区金汇镇", "杭州市西湖区", "某县城关镇", "芜湖市鸠江区"]
  static let mediationWords = ["人民调解委员会", "调解委员会"]
  static let mediationFrames = ["经%@调解，双方达成协议。", "%@组织双方调解。", "双方在%@主持下达成调解协议。"]

  /// Generated: a place × a mediation committee word × a clause frame: the
  /// committee, if named, is kind other (never a scored agency).
  @Test func mediationCommitteeIsOther() {
    var failures: [String] = []
    for (n, place) in Self.mediationPlaces.enumerated() {
      for word in Self.mediationWords {
        let frame = Self.mediationFrames[n % Self.mediationFrames.count]
        let text = frame.replacingOccurrences(of: "%@", with: place + word)
        if bodies(in: text).contains(where: { $0.0.hasSuffix(word) && $0.1 != .other }) {
          failures.append(text)
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(4))")
    let found = bodies(in: "经上海市奉贤区金汇镇人民调解委员会调解，双方达成协议。")
    #expect(found.contains { $0.0 == "上海市奉贤区金汇镇人民调解委员会" && $0.1 == .other }, "\(found)")
  }

  /// Negatives: labour arbitration committees and mediation centres stay agencies.
  @Test(arguments: [
    ("张某向北京市海淀区劳动人事争议仲裁委员会申请仲裁。", "北京市海淀区劳动人事争议仲裁委员会"),
    ("大龙山镇劳动人事争议调解中心受理了申请。", "大龙山镇劳动人事争议调解中心"),
  ])
  func arbitrationStaysAgency(_ text: String, _ name: String) {
    #expect(bodies(in: text).contains { $0.0 == name && $0.1 == .agency }, "\(bodies(in: text))")
  }

  // MARK: org.body-name.national-parent: a committee's office, 全国 parents

  static let officeParents = ["国家", "国务院", "全国"]
  static let officeCores = ["防灾减灾救灾", "食品安全", "绿化", "老龄工作"]
  static let officeFrames = ["%@会同有关部门开展评估。", "据%@介绍，评估已经完成。", "%@负责人介绍了情况。"]

  /// Generated: a national parent × a core × 委员会办公室 × a clause frame:
  /// the office is the body, named as written, kind agency.
  @Test func committeeOfficeIsTheBody() {
    var failures: [String] = []
    for (n, parent) in Self.officeParents.enumerated() {
      for (m, core) in Self.officeCores.enumerated() {
        let name = parent + core + "委员会办公室"
        let text = Self.officeFrames[(n + m) % Self.officeFrames.count]
          .replacingOccurrences(of: "%@", with: name)
        let found = bodies(in: text)
        if !found.contains(where: { $0.0 == name && $0.1 == .agency })
          || found.contains(where: { $0.0 == parent + core + "委员会" })
        {
          failures.append("\(text) → \(found)")
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(4))")
  }

  /// 全国 opens a leading group and its office (a nationwide body).
  @Test(arguments: [
    ("全国打击侵权假冒工作领导小组办公室主任介绍了情况。", "全国打击侵权假冒工作领导小组办公室"),
    ("全国绿化委员会部署春季植树工作。", "全国绿化委员会"),
  ])
  func nationwideBodies(_ text: String, _ name: String) {
    #expect(bodies(in: text).contains { $0.0 == name && $0.1 == .agency }, "\(bodies(in: text))")
  }

  /// Negatives: a committee not followed by the full word 办公室 ends at 委员会
  /// (委员会办理, 委员会主任); the legislature in full is no 全国 agency; 全国
  /// with a function word before the suffix names nothing.
  @Test func committeeOfficeNegatives() {
    let handled = bodies(in: "国家禁毒委员会办理了这批线索。")
    #expect(handled.contains { $0.0 == "国家禁毒委员会" }, "\(handled)")
    let head = bodies(in: "国家标准化管理委员会主任在会上介绍。")
    #expect(head.contains { $0.0 == "国家标准化管理委员会" }, "\(head)")
    let npc = bodies(in: "全国人民代表大会常务委员会通过了修正案。")
    #expect(!npc.contains { $0.1 == .agency && $0.0.hasPrefix("全国人民代表大会") }, "\(npc)")
    #expect(bodies(in: "全国各地的调查组已经出发。").isEmpty)
    #expect(bodies(in: "全国的领导小组开会。").isEmpty)
  }

  // MARK: statute.guard.uncited-local-rules

  func statutes(in text: String) -> [StatuteMention] {
    Extractor(onlyStages: ["statutes"]).extract(text).statutes
  }

  static let localPlaces = ["山东省", "嵊州市", "北京市", "浙江省", "长兴县"]
  static let localCores = ["安全生产领域举报奖励", "维护新就业形态劳动者劳动保障权益", "生态环境行政处罚"]
  static let localEndings = ["实施办法", "实施细则（试行）", "裁量基准", "裁量标准", "管理办法"]
  static let localFrames = [
    "根据《中华人民共和国劳动法》《%@》等相关规定，某区院制发检察建议。",
    "依据《%@》的规定，某市生态环境局决定对该公司处以罚款1万元。",
    "严格按照《%@》，依法对案件进行受理。",
  ]

  /// Generated: a place × a core × a local document's kind × a citing frame
  /// with no provision: not listed; the national law beside it stays.
  @Test func uncitedLocalDocumentIsNoLaw() {
    var failures: [String] = []
    for (n, place) in Self.localPlaces.enumerated() {
      for (m, core) in Self.localCores.enumerated() {
        for (k, ending) in Self.localEndings.enumerated() where (n + m + k) % 2 == 0 {
          let title = place + core + ending
          let text = Self.localFrames[(n + k) % Self.localFrames.count]
            .replacingOccurrences(of: "%@", with: title)
          let laws = statutes(in: text).map(\.law)
          if laws.contains(where: { $0.hasPrefix(place) }) { failures.append("\(text) → \(laws)") }
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(4))")
    let e = explain("依据《山东省生态环境行政处罚裁量基准》的规定，某局作出处罚。", stages: ["statutes"])
    #expect(e.rejection(ruleNamed: StatuteRule.uncitedLocalRules.name) != nil)
  }

  /// Negatives: a provision cited keeps it; a local 条例 or 规定 is law; a
  /// national 办法 is law; a title opening with no place's full name stays.
  @Test(arguments: [
    ("某市应急管理局根据《河南省安全生产领域举报奖励实施办法》第六条规定给予奖励。", "河南省安全生产领域举报奖励实施办法"),
    ("依照《上海市工伤保险实施办法》第二十条，某公司应当支付待遇。", "上海市工伤保险实施办法"),
    ("根据《上海市养犬管理条例》，某区执法局作出处罚。", "上海市养犬管理条例"),
    ("依据《企业职工带薪年休假实施办法》的规定，公司应当支付工资。", "企业职工带薪年休假实施办法"),
  ])
  func citedOrNationalStays(_ text: String, _ law: String) {
    let laws = statutes(in: text).map(\.law)
    #expect(laws.contains(law), "\(laws)")
  }
}
