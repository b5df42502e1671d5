import ChineseText
import PropertyBased
import Testing

@testable import LegalExtract

/// Round 17, case discovery (issue 12, family 3): guiding and typical cases
/// a press text names only by a title in marks (指导性案例241号《张某诉某物流
/// 公司劳动合同纠纷案》明确，… / 检例第201号“刘某某诉…案”，…:
/// `case.split.quoted-titles`), suit titles named in passing without a comma
/// after them (王某某诉某县人民政府行政赔偿案明确了…), and a work report's
/// party-list title ending in 案件 (成功办理刘某等人涉恶案件，…), both
/// `case.split.named-in-passing`.
@Suite("Case discovery, round 17")
struct CaseDiscoveryRound17Tests {
  private func cases(_ text: String) -> [CaseRecord] { Extractor().extract(text).cases }
  private func rules(_ text: String) -> [RuleName] {
    explain(text).entries.filter(\.isAccepted).compactMap(\.madeBy)
  }

  // MARK: quoted titles

  static let guidingRelease = """
    最高法发布第四十二批指导性案例
    本报北京12月3日电 最高人民法院今天发布第四十二批共4件指导性案例，均涉及劳动者权益保护。
    指导性案例241号《张某诉某物流公司劳动合同纠纷案》明确，用人单位以外包方式规避劳动关系的，人民法院应当根据用工事实认定劳动关系。法院判决某物流公司支付张某工资差额2.3万元。
    指导性案例242号《李某某诉某市人力资源和社会保障局工伤认定案》指出，职工因工外出期间受到伤害的，应当认定为工伤。法院判决撤销该局作出的不予认定工伤决定。
    最高人民法院有关负责人表示，将持续加强案例指导工作。
    """

  @Test func eachQuotedTitleToldIsACase() {
    let found = cases(Self.guidingRelease)
    #expect(found.map(\.title) == ["张某诉某物流公司劳动合同纠纷案", "李某某诉某市人力资源和社会保障局工伤认定案"])
    #expect(rules(Self.guidingRelease).contains(CaseSplitRule.quotedTitles.name))
  }

  @Test func quotedTitlesInOneParagraph() {
    let text = """
      最高人民检察院日前发布第五十批指导性案例。检例第201号“刘某某诉某市人民政府行政补偿检察监督案”，明确检察机关可以促进实质性化解行政争议，法院再审判决支持刘某某补偿款46万元。检例第202号“陈某诉某区住房和城乡建设局房屋登记检察监督案”，指出检察机关对行政登记错误应当依法监督，该局撤销了错误登记。
      """
    #expect(cases(text).count == 2)
  }

  @Test func quotedTitlesOnHeadingLines() {
    let text = """
      最高法发布第四十二批指导性案例
      本报北京12月3日电 最高人民法院今天发布第四十二批指导性案例。
      指导性案例241号《张某诉某物流公司劳动合同纠纷案》
      张某在某物流公司从事配送工作，公司以外包为由否认劳动关系。法院判决某物流公司支付张某工资差额2.3万元。
      指导性案例242号《李某某诉某市人力资源和社会保障局工伤认定案》
      李某某因工外出期间受伤，该局作出不予认定工伤决定。法院判决撤销该决定。
      """
    #expect(cases(text).map(\.title) == ["张某诉某物流公司劳动合同纠纷案", "李某某诉某市人力资源和社会保障局工伤认定案"])
  }

  @Test func quotedTitleShapes() {
    func title(_ s: String) -> String? {
      let t = Array(s.unicodeScalars)
      guard let e = t.indices.last(where: { t[$0] == "案" }) else { return nil }
      return CaseSplitter.quotedTitle(endingAt: e, in: 0..<t.count, t, orgStarts: []).map {
        String(String.UnicodeScalarView(t[$0]))
      }
    }
    #expect(title("指导性案例241号《张某诉某物流公司劳动合同纠纷案》明确") == "张某诉某物流公司劳动合同纠纷案")
    #expect(title("检例第201号“刘某某诉某市人民政府行政补偿检察监督案”，") == "刘某某诉某市人民政府行政补偿检察监督案")
    #expect(title("《王某某等人非法采矿案》") == "王某某等人非法采矿案")
    // A proposal, a plan and a title that names no party are no case titles.
    #expect(title("《关于推动劳动人事争议多元化解的提案》") == nil)
    #expect(title("《某市突发事件应急预案》") == nil)
    #expect(title("“3·10”特大跨境走私案”") == nil)
    // The marks must close right after 案.
    #expect(title("《张某诉某物流公司劳动合同纠纷案评析》") == nil)
  }

  @Test func aListOfQuotedTitlesTellsNone() {
    let text = """
      最高人民法院今天发布第四十二批指导性案例，包括《张某诉某物流公司劳动合同纠纷案》、《李某某诉某市人力资源和社会保障局工伤认定案》、《赵某诉某科技公司竞业限制纠纷案》等5件案例。
      最高人民法院有关负责人表示，将持续加强案例指导工作。
      """
    #expect(!rules(text).contains(CaseSplitRule.quotedTitles.name))
    #expect(!CaseSplitter.quotedTitleIsTold(Array("、《李某案》".unicodeScalars), after: 0, limit: 6))
    #expect(!CaseSplitter.quotedTitleIsTold(Array("等5件。".unicodeScalars), after: 0, limit: 4))
    #expect(!CaseSplitter.quotedTitleIsTold(Array("。".unicodeScalars), after: 0, limit: 1))
    #expect(
      CaseSplitter.quotedTitleIsTold(Array("，明确了工伤认定的标准。".unicodeScalars), after: 0, limit: 12))
  }

  @Test func lawTitlesInMarksAreNoCases() {
    let text = """
      《中华人民共和国劳动合同法》第八十二条规定，用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。《工伤保险条例》第十四条规定了应当认定为工伤的情形。
      """
    #expect(!rules(text).contains(CaseSplitRule.quotedTitles.name))
  }

  /// Guiding-case releases (generated): a lead, then two to four cases, each
  /// named by its number (指导性案例N号 / 检例第N号 / none) and a title in marks
  /// (《》 or “”) — a suit title 甲诉乙…案 or a person's title 甲某…罪案 —
  /// either inside the sentence that tells it (…》明确，… / …”，指出…) or
  /// alone on a heading line over the paragraph that tells it. The generator
  /// is the oracle: one case per title, titled without the marks.
  @Test func guidingReleasesYieldEveryTitledCase() async {
    let numbers = ["指导性案例%d号", "检例第%d号", "指导案例%d号", ""]
    let marks = [("《", "》"), ("“", "”")]
    let defendants = ["某物流公司", "某市人力资源和社会保障局", "某县人民政府", "某科技有限公司", "某区住房和城乡建设局"]
    let matters = ["劳动合同纠纷", "工伤认定", "行政补偿", "房屋登记", "竞业限制纠纷"]
    let offences = ["非法采矿", "污染环境", "帮助信息网络犯罪活动"]
    let verbs = ["明确", "指出", "表明", "确立了规则"]
    await propertyCheck(count: 100, input: Gen.int(in: 0...1_000_000)) { seed in
      var d = CaseLayoutPropertyTests.Draw(state: UInt64(seed) &* 2_654_435_761 &+ 131)
      var used: [String] = []
      func person() -> String {
        let all = CaseLayoutPropertyTests.surnames
        var s = all[d.next(all.count)]
        while used.contains(s) { s = all[d.next(all.count)] }
        used.append(s)
        return s + (d.next(2) == 0 ? "某" : "某某")
      }
      let n = 2 + d.next(3)
      let numberForm = numbers[d.next(numbers.count)]
      let (open, close) = marks[d.next(marks.count)]
      let headings = d.next(2) == 0
      var lines = ["最高人民法院今天发布第\(30 + d.next(20))批指导性案例，供各级法院审判类似案件时参照。"]
      var titles: [String] = []
      for k in 0..<n {
        let plaintiff = person()
        let title: String
        if d.next(3) == 0 {
          title = "\(plaintiff)\(offences[d.next(offences.count)])案"
        } else {
          title =
            "\(plaintiff)诉\(defendants[d.next(defendants.count)])\(matters[d.next(matters.count)])案"
        }
        titles.append(title)
        let number =
          numberForm.isEmpty ? "" : numberForm.replacingOccurrences(of: "%d", with: "\(200 + k)")
        let amount = 2 + d.next(60)
        let told = "法院判决支持\(plaintiff)的请求，涉及金额\(amount)万元。"
        if headings {
          lines.append("\(number)\(open)\(title)\(close)")
          lines.append("\(plaintiff)与对方发生争议后诉至法院。\(told)")
        } else {
          let verb = verbs[d.next(verbs.count)]
          let comma = d.next(2) == 0 ? "，" : ""
          lines.append("\(number)\(open)\(title)\(close)\(comma)\(verb)审理此类案件应当依法认定事实。\(told)")
        }
      }
      lines.append("最高人民法院有关负责人表示，将持续加强案例指导工作。")
      let text = lines.joined(separator: "\n")
      let found = cases(text)
      #expect(found.count == n, "\(text)")
      #expect(found.compactMap(\.title) == titles, "\(text)")
    }
  }

  // MARK: a table of contents is no list of told items

  @Test func contentsEntriesWithSubtitlesAreNoToldItems() {
    // Numbered titles over ——subtitles, then the first case told under its
    // marker: the entries tell nothing, the one case told is the one case.
    let text = """
      某省检察机关支持起诉典型案例

      典型案例目录

      1.支持韩某某等5名农民工讨薪案——依法从工程款中分离农民工工资

      2.支持某协会提起著作权保护诉讼案——依法行使支持起诉权保护知识产权

      3.支持B公司起诉确认合同无效案——依法追回违法获取的拆迁款，推动完善补偿政策

      4.支持冯某某申请恢复受教育权案——依法维护未成年人受教育权，法院判决支持其请求

      典型案例1

      支持韩某某等5名农民工讨薪案

      【基本案情】

      2019年3月，某建筑公司拖欠韩某某等5名农民工工资12万元。韩某某等人申请支持起诉，某县人民检察院支持其向法院起诉，法院判决该公司支付工资12万元。
      """
    #expect(!rules(text).contains(CaseSplitRule.toldItems.name))
    #expect(cases(text).count == 1)
  }

  @Test func numberedItemsThatTellStayToldItems() {
    let text = """
      某区市场监管局公布一批行政处罚案例。
      1、某某医院存在虚假宣传行为，区市场监管局依法对其处罚款3万元。
      2、某某诊所使用过期药品，区市场监管局责令其改正并处罚款1万元。
      """
    #expect(rules(text).contains(CaseSplitRule.toldItems.name))
    #expect(cases(text).count == 2)
  }

  // MARK: suit titles named in passing

  @Test func suitTitlesNeedNoCommaAfterThem() {
    let text = """
      问：此次发布的案例有哪些特点？
      答：此次发布的10件典型案例涵盖征收补偿、行政协议等领域。其中，王某某诉某县人民政府行政赔偿案明确了违法强拆后赔偿数额的确定标准，法院判决某县人民政府赔偿王某某房屋损失38万元。刘某诉某区市场监督管理局行政处罚案则提示行政机关应当遵循过罚相当原则，法院判决撤销了罚款5万元的处罚决定。
      """
    let found = cases(text)
    #expect(found.map(\.title) == ["王某某诉某县人民政府行政赔偿案", "刘某诉某区市场监督管理局行政处罚案"])
    #expect(rules(text).contains(CaseSplitRule.namedInPassing.name))
  }

  @Test func aTitleInMarksAndOneWithoutAreTwoNamedInPassing() {
    let text = """
      问：此次发布的案例有哪些特点？
      答：此次发布的10件典型案例涵盖征收补偿、行政协议等领域。其中，《王某某诉某县人民政府行政赔偿案》明确了违法强拆后赔偿数额的确定标准，法院判决某县人民政府赔偿王某某房屋损失38万元。刘某诉某区市场监督管理局行政处罚案则提示行政机关应当遵循过罚相当原则，法院判决撤销了罚款5万元的处罚决定。
      """
    #expect(cases(text).map(\.title) == ["王某某诉某县人民政府行政赔偿案", "刘某诉某区市场监督管理局行政处罚案"])
    #expect(rules(text).contains(CaseSplitRule.namedInPassing.name))
  }

  @Test func suitWordsAreNoSuitTitles() {
    // 诉至, 诉称 and 起诉 are no 甲诉乙 title; 案例 after 案 is a word.
    let text = "王某诉至法院，要求某公司支付工资。原告李某诉称，某公司拖欠其货款。该类案例表明，劳动者应当保留证据。"
    #expect(!rules(text).contains(CaseSplitRule.namedInPassing.name))
  }

  // MARK: party-list titles ending in 案件

  @Test func aWorkReportsPartyListCaseIsACase() {
    let text = """
      2025年工作回顾
      全年批准逮捕各类刑事犯罪嫌疑人146人，提起公诉287人。纵深推进常态化扫黑除恶斗争，成功办理周某等人涉恶案件，巩固专项斗争成果。
      深入推进领导干部接访下访工作，成功办理的吴某某信访案，联合开展多元救助，保障当事人合法权益。
      """
    let found = cases(text)
    #expect(found.map(\.title) == ["周某等人涉恶案件", "吴某某信访案"])
  }

  @Test func countedOrUnnamedCaseWordsAreNoTitles() {
    // 案件 after a count, or without a party list, names no case.
    let counted = "全年办理周某等人涉恶案件3件，起诉12人。"
    #expect(!rules(counted).contains(CaseSplitRule.namedInPassing.name))
    let unnamed = "全年依法办理涉恶案件，起诉12人；办理电信诈骗案件，起诉30人。"
    #expect(!rules(unnamed).contains(CaseSplitRule.namedInPassing.name))
  }
}
