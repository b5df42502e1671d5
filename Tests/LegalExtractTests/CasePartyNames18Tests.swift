import Testing

@testable import LegalExtract

/// Round 18 names: the modern surnames of Scripts/data/modern-surnames.tsv in
/// the surname table, and a masked name (X某, X某某, X某甲) that ends before a
/// modal verb (被执行人黄某应向… → 黄某, `CasePartyFinder.modalsAfterMask`).
@Suite("Case party names, round 18")
struct CasePartyNames18Tests {
  private func defendants(_ text: String) -> Set<String> {
    Set(Extractor().extract(text).cases.flatMap(\.defendants))
  }

  // MARK: - Surname table

  @Test(arguments: [
    "付", "麦", "兰", "苟", "邝", "粟", "檀", "战", "揭", "练", "矫", "邸", "铁", "朴", "旷", "仝", "菅", "庹",
  ])
  func modernSurnamesAreInTheTable(_ s: String) {
    #expect(SurnameLexicon.single.contains(s.unicodeScalars.first!), "\(s)")
  }

  /// Words of running text the modern list also holds stay out (原告, 才能, 保证, 代理…).
  @Test(arguments: ["原", "才", "达", "保", "代", "小", "但", "由", "多", "位", "区", "税"])
  func wordCharactersAreLeftOut(_ s: String) {
    #expect(!SurnameLexicon.single.contains(s.unicodeScalars.first!), "\(s)")
  }

  /// The poem's surnames all stay (赵钱孙李, 欧阳, 司马).
  @Test func thePoemStays() {
    for s in "赵钱孙李周吴郑王冯陈褚卫".unicodeScalars { #expect(SurnameLexicon.single.contains(s)) }
    #expect(SurnameLexicon.compound.contains("欧阳"))
    #expect(SurnameLexicon.compound.contains("司马"))
  }

  // MARK: - Masked name before a modal verb (generated)

  static let surnames = ["黄", "王", "李", "麦", "付", "邝", "欧阳", "诸葛"]
  static let forms = ["某", "某某", "某甲"]
  /// What follows the name: a modal, an adverb or a particle, then the predicate.
  static let predicates = [
    "应向申请执行人张某乙支付货款5万元", "须向申请执行人张某乙支付货款5万元", "需向申请执行人张某乙支付货款5万元",
    "要向申请执行人张某乙支付货款5万元", "已向申请执行人张某乙支付货款5万元", "于判决生效后十日内向申请执行人张某乙支付货款5万元",
    "向申请执行人张某乙支付货款5万元", "将货款5万元支付给申请执行人张某乙", "系某建材公司法定代表人，应支付货款5万元",
    "在判决生效后拒不支付货款5万元", "等三人应向申请执行人张某乙支付货款5万元", "拒不向申请执行人张某乙支付货款5万元",
    "未向申请执行人张某乙支付货款5万元", "亦应向申请执行人张某乙支付货款5万元", "必须向申请执行人张某乙支付货款5万元",
  ]

  /// Every surname × masked form × predicate: the defendant is the masked
  /// name itself, never the name with the predicate's first character.
  @Test func aMaskedNameEndsBeforeTheModal() {
    for s in Self.surnames {
      for f in Self.forms {
        for p in Self.predicates {
          let name = s + f
          let text = "某区法院执结一起买卖合同纠纷案\n近日，某区人民法院执结一起买卖合同纠纷案。被执行人\(name)\(p)。"
          let d = defendants(text)
          #expect(d.contains(name), "\(text) \(d)")
          let swallowed = name + String(p.prefix(1))
          #expect(!d.contains(swallowed), "\(text) \(d)")
        }
      }
    }
  }

  // MARK: - Negatives: three-character masked names stay whole

  @Test(arguments: [
    ("被告人王某乙、李某甲犯盗窃罪，某县人民法院判处被告人王某乙有期徒刑一年，判处李某甲有期徒刑十个月。", ["王某乙", "李某甲"]),
    ("某区人民法院审理一起执行案件。被执行人方某鹏申请延期履行，法院依法驳回。", ["方某鹏"]),
    ("某区人民法院审理一起执行案件。被执行人麦某华向法院申请暂缓执行。", ["麦某华"]),
  ])
  func fullerMaskedNamesStay(_ text: String, _ names: [String]) {
    let d = defendants(text)
    for n in names { #expect(d.contains(n), "\(text) \(d)") }
  }
}
