import PropertyBased
import Testing

@testable import LegalExtract

/// Property tests of the party grammar: short case texts put together from
/// parts (a role word for each side, a name shape, a list, a sentence frame)
/// read back to exactly the names put in. The generator is the oracle: every
/// text it makes is one ANNOTATION.md annotates with exactly those parties
/// (公诉机关 and 公益诉讼起诉人 on the plaintiff side; 被告人, 被告, 被执行人,
/// 被申请人 on the other; 甲诉乙: 甲 plaintiff, 乙 defendant).
@Suite struct CasePartyPropertyTests {
  static let singleSurnames =
    "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金廖贾夏韦方邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃戴莫孔汤"
    .map(String.init)
  static let compoundSurnames = ["欧阳", "司马", "上官", "诸葛", "东方", "慕容", "令狐", "皇甫", "公孙", "夏侯"]
  static let masks = ["某", "某某", "某甲", "某乙", "某丙"]
  static let places = ["北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "西安", "长沙"]
  static let trades = ["科技", "贸易", "建筑工程", "房地产开发", "物流", "投资", "商贸", "网络科技", "实业", "机械设备"]
  static let crimes = ["盗窃", "诈骗", "故意伤害", "合同诈骗", "非法吸收公众存款", "危险驾驶", "开设赌场", "污染环境"]
  static let disputes = ["买卖合同", "民间借贷", "劳动争议", "房屋租赁合同", "建设工程施工合同", "股权转让", "借款合同"]
  static let courts = ["北京市朝阳区人民法院", "上海市浦东新区人民法院", "广州市中级人民法院", "杭州市西湖区人民法院", "成都市中级人民法院"]
  static let procuratorates = [
    "北京市朝阳区人民检察院", "上海市浦东新区人民检察院", "广州市人民检察院", "杭州市西湖区人民检察院", "成都市人民检察院",
  ]
  /// The last joint of a list of two or more names (甲、乙和丙).
  static let lastJoints = ["、", "和", "及"]
  /// Datelines a story opens with before a blank.
  static let leads = ["", "本报讯 ", "新华社北京3月5日电 "]

  /// A masked person: a single or compound surname + 某 / 某某 / 某甲.
  static func person(_ p: Int) -> String {
    let surname =
      p % 4 == 0
      ? compoundSurnames[(p / 4) % compoundSurnames.count]
      : singleSurnames[(p / 4) % singleSurnames.count]
    return surname + masks[(p / 400) % masks.count]
  }

  /// A company: 某某（地名）…有限公司, 某…有限公司, 地名某…有限公司.
  static func company(_ p: Int) -> String {
    let place = places[(p / 3) % places.count]
    let trade = trades[(p / 30) % trades.count]
    switch p % 3 {
    case 0: return "某某（\(place)）\(trade)有限公司"
    case 1: return "某\(trade)有限公司"
    default: return "\(place)某\(trade)有限公司"
    }
  }

  /// As many distinct names as picks, none inside another (张某 and 张某某
  /// would be one person told twice).
  static func distinct(_ picks: [Int], _ shape: (Int) -> String) -> [String] {
    var names: [String] = []
    for p in picks {
      var pick = p
      var name = shape(pick)
      while names.contains(where: { $0.contains(name) || name.contains($0) }) {
        pick += 7
        name = shape(pick)
      }
      names.append(name)
    }
    return names
  }

  /// The part of a company's name after its mask or bracket (贸易有限公司):
  /// two companies sharing it read as one name and its short form.
  static func core(_ name: String) -> Substring {
    name.lastIndex(where: { $0 == "某" || $0 == "）" }).map { name[name.index(after: $0)...] }
      ?? name[...]
  }

  /// True when a reader could take one company for the other's short form: the
  /// same core, or one core ending the other (某科技有限公司 beside
  /// 某某（北京）网络科技有限公司).
  static func readAsOne(_ a: String, _ b: String) -> Bool {
    // Only two companies can: a masked person's core is empty (张某), and an
    // empty core would end every name, so no second party could be drawn.
    guard a.hasSuffix("公司"), b.hasSuffix("公司") else { return false }
    let (x, y) = (core(a), core(b))
    return x.hasSuffix(y) || y.hasSuffix(x)
  }

  /// 甲、乙和丙: the names joined, the last joint picked.
  static func list(_ names: [String], joint: Int) -> String {
    guard names.count > 1 else { return names.first ?? "" }
    return names.dropLast().joined(separator: "、") + lastJoints[joint % lastJoints.count]
      + (names.last ?? "")
  }

  static func parties(_ text: String) -> (plaintiffs: Set<String>, defendants: Set<String>) {
    let cases = Extractor().extract(text).cases
    return (Set(cases.flatMap(\.plaintiffs)), Set(cases.flatMap(\.defendants)))
  }

  /// …检察院以…罪对被告人甲、乙和丙提起公诉。法院经审理认为，甲的行为构成…罪。
  @Test func prosecutionNamesEveryAccused() async {
    await propertyCheck(
      count: 150, input: Gen.int(in: 0...3999).array(of: 1...3), Gen.int(in: 0...999)
    ) { picks, k in
      let accused = Self.distinct(picks, Self.person)
      let procuratorate = Self.procuratorates[k % Self.procuratorates.count]
      let crime = Self.crimes[(k / 5) % Self.crimes.count]
      let text =
        Self.leads[k % Self.leads.count] + "\(procuratorate)以\(crime)罪对被告人"
        + Self.list(accused, joint: k / 40) + "提起公诉。法院经审理认为，\(accused[0])的行为构成\(crime)罪。"
      let p = Self.parties(text)
      #expect(p.defendants == Set(accused), "\(text)")
      #expect(p.plaintiffs == [procuratorate], "\(text)")
    }
  }

  /// 原告甲诉被告乙…纠纷一案 (after a dateline or not), with a person or a
  /// company on either side.
  @Test func suitTitleNamesBothSides() async {
    await propertyCheck(
      count: 150, input: Gen.int(in: 0...3999), Gen.int(in: 0...3999), Gen.int(in: 0...999)
    ) { a, b, k in
      // With role words: without them, case discovery tells some of these
      // one-sentence titles as commentary (公孙某某诉某某（北京）…公司…一案).
      let roles = ("原告", "被告")
      let plaintiff = a % 2 == 0 ? Self.person(a / 2) : Self.company(a / 2)
      // Two sides, neither's name inside the other's (某科技有限公司 would read
      // as the short form of 长沙某科技有限公司).
      var pick = b
      var defendant = pick % 2 == 0 ? Self.person(pick / 2) : Self.company(pick / 2)
      while defendant.contains(plaintiff) || plaintiff.contains(defendant)
        || Self.readAsOne(defendant, plaintiff)
      {
        pick += 1
        defendant = pick % 2 == 0 ? Self.person(pick / 2) : Self.company(pick / 2)
      }
      let dispute = Self.disputes[k % Self.disputes.count]
      let court = Self.courts[(k / 7) % Self.courts.count]
      let text =
        Self.leads[k % Self.leads.count] + roles.0 + plaintiff + "诉" + roles.1 + defendant
        + "\(dispute)纠纷一案，\(court)作出一审判决。"
      let p = Self.parties(text)
      #expect(p.plaintiffs == [plaintiff], "\(text)")
      #expect(p.defendants == [defendant], "\(text)")
    }
  }

  /// …法院以…罪判处被告人甲有期徒刑…，判处乙…: every name sentenced is a
  /// defendant, masked or with a compound surname.
  @Test func judgmentNamesEverySentenced() async {
    await propertyCheck(
      count: 150, input: Gen.int(in: 0...3999).array(of: 1...3), Gen.int(in: 0...999)
    ) { picks, k in
      let sentenced = Self.distinct(picks, Self.person)
      let court = Self.courts[k % Self.courts.count]
      let crime = Self.crimes[(k / 5) % Self.crimes.count]
      var text = "\(court)以\(crime)罪判处被告人\(sentenced[0])有期徒刑三年"
      for name in sentenced.dropFirst() { text += "，判处\(name)有期徒刑二年" }
      text += "。"
      let p = Self.parties(text)
      #expect(p.defendants == Set(sentenced), "\(text)")
      #expect(p.plaintiffs.isEmpty, "\(text)")
    }
  }

  /// A person or a company, by the pick's parity.
  static func party(_ p: Int) -> String { p % 2 == 0 ? person(p / 2) : company(p / 2) }

  /// Two parties, neither's name inside the other's.
  static func twoParties(_ a: Int, _ b: Int) -> (String, String) {
    let first = party(a)
    var pick = b
    var second = party(pick)
    while second.contains(first) || first.contains(second) || readAsOne(second, first) {
      pick += 1
      second = party(pick)
    }
    return (first, second)
  }

  /// 申请人甲与被申请人乙申请撤销仲裁裁决一案 / 申请执行人甲…申请强制执行被执行人乙 /
  /// 公益诉讼起诉人…检察院诉被告乙 / 原告甲诉被告…局: each procedure's role words.
  @Test func everyProcedureNamesItsSides() async {
    await propertyCheck(
      count: 200, input: Gen.int(in: 0...7999), Gen.int(in: 0...7999), Gen.int(in: 0...999)
    ) { a, b, k in
      let (first, second) = Self.twoParties(a, b)
      let court = Self.courts[k % Self.courts.count]
      let procuratorate = Self.procuratorates[k % Self.procuratorates.count]
      let lead = Self.leads[(k / 5) % Self.leads.count]
      let agency = ["某市人民政府", "某县自然资源局", "某区市场监督管理局"][(k / 15) % 3]
      let frames: [(text: String, plaintiff: String, defendant: String)] = [
        (
          "申请人\(first)与被申请人\(second)申请撤销仲裁裁决一案，\(court)裁定驳回\(first)的申请。",
          first, second
        ),
        ("申请执行人\(first)向\(court)申请强制执行被执行人\(second)，法院依法冻结了其银行存款。", first, second),
        (
          "公益诉讼起诉人\(procuratorate)诉被告\(second)污染环境民事公益诉讼一案，由\(court)公开开庭审理。",
          procuratorate, second
        ),
        ("原告\(Self.person(a))诉被告\(agency)行政处罚一案，\(court)判决撤销被诉处罚决定。", Self.person(a), agency),
      ]
      let frame = frames[(k / 45) % frames.count]
      let text = lead + frame.text
      let p = Self.parties(text)
      #expect(p.plaintiffs == [frame.plaintiff], "\(text)")
      #expect(p.defendants == [frame.defendant], "\(text)")
    }
  }

  /// 法院依法将拒不履行生效判决的被执行人甲纳入失信被执行人名单: the defaulter is the
  /// defendant, with or without the modifier before its role word.
  @Test func aDefaulterIsTheDefendant() async {
    await propertyCheck(count: 100, input: Gen.int(in: 0...7999), Gen.int(in: 0...999)) { a, k in
      let name = Self.party(a)
      let court = Self.courts[k % Self.courts.count]
      let text =
        k % 2 == 0
        ? "\(court)依法将拒不履行生效判决的被执行人\(name)纳入失信被执行人名单。"
        : "因拒不履行生效判决，\(court)依法将被执行人\(name)纳入失信被执行人名单。"
      let p = Self.parties(text)
      #expect(p.defendants == [name], "\(text)")
      #expect(p.plaintiffs.isEmpty, "\(text)")
    }
  }

  /// 以甲为首的犯罪团伙… + 公诉机关…指控，被告人甲、乙和丙…: every accused, the
  /// leader told first.
  @Test func aLeaderAndTheAccusedAreDefendants() async {
    await propertyCheck(
      count: 100, input: Gen.int(in: 0...3999).array(of: 2...3), Gen.int(in: 0...999)
    ) { picks, k in
      let accused = Self.distinct(picks, Self.person)
      let procuratorate = Self.procuratorates[k % Self.procuratorates.count]
      let crime = Self.crimes[(k / 5) % Self.crimes.count]
      let text =
        "以\(accused[0])为首的犯罪团伙长期实施\(crime)。公诉机关\(procuratorate)指控，被告人"
        + Self.list(accused, joint: k / 40) + "于2022年3月起实施\(crime)。法院审理后依法作出判决。"
      let p = Self.parties(text)
      #expect(p.defendants == Set(accused), "\(text)")
      #expect(p.plaintiffs == [procuratorate], "\(text)")
    }
  }

  /// …检察院以甲、乙和丙(等N人)涉嫌…罪提起公诉 (`case.party.charged-by-yi`): every
  /// name after 以 is a defendant, the procuratorate the plaintiff.
  @Test func theAccusedAfterYiAreDefendants() async {
    await propertyCheck(
      count: 100, input: Gen.int(in: 0...3999).array(of: 1...3), Gen.int(in: 0...999)
    ) { picks, k in
      let accused = Self.distinct(picks, Self.person)
      let procuratorate = Self.procuratorates[k % Self.procuratorates.count]
      let crime = Self.crimes[(k / 5) % Self.crimes.count]
      let tail = ["", "等", "等人", "等五人", accused.count > 1 ? ["二人", "三人"][accused.count - 2] : ""][
        (k / 40) % 5]
      let verb = ["提起公诉", "依法提起公诉"][(k / 160) % 2]
      let text =
        "\(procuratorate)以" + Self.list(accused, joint: k / 3) + tail
        + "涉嫌\(crime)罪\(verb)。法院审理后依法作出判决。"
      let p = Self.parties(text)
      #expect(p.defendants == Set(accused), "\(text)")
      #expect(p.plaintiffs == [procuratorate], "\(text)")
    }
  }

  /// …法院对(被告人)甲、乙…罪名一案作出一审宣判 (`case.party.tried-case-of`).
  @Test func theAccusedOfATriedCaseAreDefendants() async {
    await propertyCheck(
      count: 100, input: Gen.int(in: 0...3999).array(of: 1...3), Gen.int(in: 0...999)
    ) { picks, k in
      let accused = Self.distinct(picks, Self.person)
      let court = Self.courts[k % Self.courts.count]
      let crime = Self.crimes[(k / 5) % Self.crimes.count]
      let role = ["", "被告人"][(k / 40) % 2]
      let act = ["作出一审宣判", "作出二审宣判", "公开开庭审理"][(k / 80) % 3]
      let text = "\(court)对\(role)" + Self.list(accused, joint: k / 3) + "\(crime)一案\(act)。"
      let p = Self.parties(text)
      #expect(p.defendants == Set(accused), "\(text)")
      #expect(p.plaintiffs.isEmpty, "\(text)")
    }
  }

  /// 上诉人甲（原审被告）与被上诉人乙（原审原告）…纠纷一案 and 再审申请人甲（一审原告、
  /// 二审上诉人）因与被申请人乙（一审被告…）… (`case.party.first-instance-bracket`): the
  /// first-instance roles decide, whichever side appealed.
  @Test func theFirstInstanceRolesOfAnAppealDecide() async {
    await propertyCheck(
      count: 100, input: Gen.int(in: 0...7999), Gen.int(in: 0...7999), Gen.int(in: 0...999)
    ) { a, b, k in
      let (plaintiff, defendant) = Self.twoParties(a, b)
      let court = Self.courts[k % Self.courts.count]
      let dispute = Self.disputes[(k / 5) % Self.disputes.count]
      let frames = [
        "上诉人\(defendant)（原审被告）与被上诉人\(plaintiff)（原审原告）\(dispute)纠纷一案，\(court)二审判决驳回上诉，维持原判。",
        "上诉人\(plaintiff)（原审原告）与被上诉人\(defendant)（原审被告）\(dispute)纠纷一案，\(court)二审判决驳回上诉，维持原判。",
        "再审申请人\(defendant)（一审被告、二审上诉人）因与被申请人\(plaintiff)（一审原告、二审被上诉人）\(dispute)纠纷一案，不服\(court)作出的二审判决，向最高人民法院申请再审。",
      ]
      let text = Self.leads[(k / 35) % Self.leads.count] + frames[(k / 7) % frames.count]
      let p = Self.parties(text)
      #expect(p.plaintiffs == [plaintiff], "\(text)")
      #expect(p.defendants == [defendant], "\(text)")
    }
  }

  /// 甲与乙…纠纷一案，甲起诉要求乙… (`case.party.company-sues` for a company, the
  /// masked-name reading for a person): the one before 起诉要求 sues the one after 要求.
  @Test func theOneWhoSuesBeforeQisuYaoqiu() async {
    await propertyCheck(
      count: 100, input: Gen.int(in: 0...7999), Gen.int(in: 0...7999), Gen.int(in: 0...999)
    ) { a, b, k in
      let (plaintiff, defendant) = Self.twoParties(a, b)
      let court = Self.courts[k % Self.courts.count]
      let dispute = Self.disputes[(k / 5) % Self.disputes.count]
      let text =
        "\(plaintiff)与\(defendant)\(dispute)纠纷一案，\(plaintiff)起诉要求\(defendant)返还借款。\(court)经审理支持了原告的诉讼请求。"
      let p = Self.parties(text)
      #expect(p.plaintiffs == [plaintiff], "\(text)")
      #expect(p.defendants == [defendant], "\(text)")
    }
  }

  /// Short masked companies civil stories use (某物流公司, 某某科技公司).
  static func shortCompany(_ p: Int) -> String {
    (p % 2 == 0 ? "某" : "某某") + trades[(p / 2) % trades.count] + "公司"
  }

  /// 甲入职乙。…甲向(某区)仲裁委提出仲裁申请 / 申请劳动仲裁，要求乙支付…
  /// (`case.party.applies-or-sues` with the round-14 arbitration verbs,
  /// `case.party.claim-against`): the applicant claims from the company.
  @Test func theArbitrationApplicantClaimsFromTheCompany() async {
    await propertyCheck(
      count: 100, input: Gen.int(in: 0...7999), Gen.int(in: 0...7999), Gen.int(in: 0...999)
    ) { a, b, k in
      let worker = Self.person(a)
      let company = b % 3 == 0 ? Self.company(b / 3) : Self.shortCompany(b)
      let body = ["仲裁委", "某区仲裁委", "某区劳动人事争议仲裁委员会", "杭州市劳动人事争议仲裁委员会"][k % 4]
      let verb = ["提出仲裁申请", "提出劳动仲裁申请", "申请劳动仲裁", "申请仲裁", "提出了仲裁申请"][(k / 4) % 5]
      let text =
        "案例一\n\(worker)于2020年入职\(company)。因发生争议，\(worker)向\(body)\(verb)，要求\(company)支付未休年休假工资报酬。仲裁委裁决支持了\(worker)的仲裁请求。"
      let p = Self.parties(text)
      #expect(p.plaintiffs == [worker], "\(text)")
      #expect(p.defendants == [company], "\(text)")
    }
  }

  /// 甲对乙作出的…决定不服，以乙为被告向…法院提起行政诉讼
  /// (`case.party.named-as-defendant`, `case.party.named-as-defendant-topic`).
  @Test func theTopicSuesTheAgencyNamedAsDefendant() async {
    await propertyCheck(
      count: 100, input: Gen.int(in: 0...7999), Gen.int(in: 0...999)
    ) { a, k in
      let suer = a % 3 == 0 ? Self.shortCompany(a / 3) : Self.person(a)
      let agency = ["某县自然资源局", "某区市场监督管理局", "某市人民政府", "某区人力资源和社会保障局", "某县人民政府"][k % 5]
      let court = Self.courts[(k / 5) % Self.courts.count]
      let decision = ["行政处罚决定", "不予受理决定", "房屋征收决定"][(k / 25) % 3]
      let text =
        "案例一\n\(suer)对\(agency)作出的\(decision)不服，以\(agency)为被告向\(court)提起行政诉讼。法院判决撤销被诉决定。"
      let p = Self.parties(text)
      #expect(p.plaintiffs == [suer], "\(text)")
      #expect(p.defendants == [agency], "\(text)")
    }
  }

  /// …对(失信)被执行人乙采取…措施 (`case.party.role-list`): a firm after its
  /// role word ends before the verb.
  @Test func aDefaulterAfterItsRoleEndsBeforeTheVerb() async {
    await propertyCheck(
      count: 100, input: Gen.int(in: 0...7999), Gen.int(in: 0...999)
    ) { a, k in
      let defaulter = a % 2 == 0 ? Self.shortCompany(a / 2) : Self.company(a / 2)
      let court = Self.courts[k % Self.courts.count]
      let role = ["被执行人", "失信被执行人"][(k / 5) % 2]
      let act = ["采取司法拘留措施", "采取限制高消费措施", "拒不履行生效判决一事依法处理"][(k / 10) % 3]
      let text = "案例一\n\(court)执行局近日对\(role)\(defaulter)\(act)。"
      let p = Self.parties(text)
      #expect(p.defendants == [defaulter], "\(text)")
      #expect(p.plaintiffs.isEmpty, "\(text)")
    }
  }

  /// Agencies an administrative suit is brought against (full names the
  /// organizations stage reads, none a short form of another).
  static let agencies = [
    "某县自然资源局", "某区市场监督管理局", "某市人民政府", "某区人力资源和社会保障局", "某县人民政府", "某街道办事处", "某镇人民政府",
    "某县住房和城乡建设局",
  ]

  /// The post of an agency's head (局长 of a 局, 主任 of an office, 县长 of a county).
  static func headPost(of agency: String, _ k: Int) -> String {
    if agency.hasSuffix("局") { return ["局长", "副局长", "党组书记、局长"][k % 3] }
    if agency.hasSuffix("办事处") { return ["主任", "副主任"][k % 2] }
    let level = agency.contains("县") ? "县" : agency.contains("镇") ? "镇" : "市"
    return [level + "长", "副" + level + "长"][k % 2]
  }

  /// Administrative suits told without a title or a role word (round 17): the
  /// agencies whose act the suit asks to hold unlawful, or a judgment item holds
  /// so (`case.party.act-held-unlawful`), and the agency whose head appears in
  /// court (`case.party.head-appears`) are the defendants.
  @Test func theAgencyWhoseActIsReviewedIsTheDefendant() async {
    await propertyCheck(
      count: 150, input: Gen.int(in: 0...7999), Gen.int(in: 0...7).array(of: 1...2),
      Gen.int(in: 0...999)
    ) { a, picks, k in
      let suer = Self.person(a)
      var sued: [String] = []
      for p in picks where !sued.contains(Self.agencies[p]) { sued.append(Self.agencies[p]) }
      let court = Self.courts[k % Self.courts.count]
      let act = ["强制拆除其房屋", "未依法履行监管职责", "作出行政处罚决定", "不予答复"][(k / 5) % 4]
      let text: String
      switch (k / 20) % 3 {
      case 0:
        let asks = ["请求", "请求法院", "请求判决", "诉请"][(k / 60) % 4]
        text =
          "案例一\n\(suer)不服，向\(court)提起行政诉讼，\(asks)确认\(Self.list(sued, joint: k / 240))\(act)的行为违法。法院经审理作出判决。"
      case 1:
        let item = ["2、", "二、", "3."][(k / 60) % 3]
        text =
          "案例一\n\(suer)向\(court)提起行政诉讼。法院判决如下：\n1、撤销被诉行政行为；\n\(item)确认\(Self.list(sued, joint: k / 240))\(act)的行为违法。"
      default:
        sued = [sued[0]]
        let head = Self.headPost(of: sued[0], k / 60) + Self.singleSurnames[a % 50] + "某"
        text = "案例一\n\(court)公开开庭审理一起行政案件，\(sued[0])\(head)作为行政机关负责人出庭应诉。"
      }
      let p = Self.parties(text)
      #expect(p.defendants == Set(sued), "\(text) \(p)")
      #expect(p.plaintiffs.isDisjoint(with: sued), "\(text) \(p)")
    }
  }

  /// Bodies a state-compensation claim is made to (the organizations stage
  /// names each; none a short form of another).
  static let obligors = [
    "杭州市公安局西湖分局", "北京市朝阳区人民法院", "上海市浦东新区人民检察院", "广州市公安局", "成都市中级人民法院",
    "南京市看守所",
  ]

  /// State compensation (round 18): 甲(被判无罪后，)(分别)向(赔偿义务机关)乙(和丙)(依法)
  /// 申请国家赔偿 / 提出国家赔偿的请求 (`case.party.compensation-obligor`,
  /// `case.party.guard.acquitted`): the bodies asked owe it, the claimant sues.
  @Test func theBodiesAskedForStateCompensationAreDefendants() async {
    await propertyCheck(
      count: 150, input: Gen.int(in: 0...3999), Gen.int(in: 0...5).array(of: 1...2),
      Gen.int(in: 0...999)
    ) { a, picks, k in
      let claimant = Self.person(a)
      var bodies: [String] = []
      for p in picks where !bodies.contains(Self.obligors[p]) { bodies.append(Self.obligors[p]) }
      let opening = ["", "被判无罪后，", "不服，"][k % 3]
      let adverb = bodies.count > 1 ? ["", "分别"][(k / 3) % 2] : ""
      let role = bodies.count == 1 ? ["", "赔偿义务机关"][(k / 6) % 2] : ""
      let request = ["申请国家赔偿", "提出国家赔偿申请", "提出国家赔偿的请求", "依法申请国家赔偿", "要求国家赔偿"][(k / 12) % 5]
      let joint = bodies.count > 1 ? ["和", "、"][(k / 60) % 2] : ""
      let text =
        "案例一\n\(claimant)\(opening)\(adverb)向\(role)\(bodies.joined(separator: joint))\(request)。赔偿委员会依法作出决定。"
      let p = Self.parties(text)
      #expect(p.defendants == Set(bodies), "\(text) \(p)")
      #expect(p.plaintiffs.isSubset(of: [claimant]), "\(text) \(p)")
    }
  }

  /// A finding of guilt (round 18): 法院认定(被告人)甲、乙和丙(等人)犯…罪
  /// (`case.party.found-guilty`): every name the charge closes is a defendant.
  @Test func theNamesFoundGuiltyAreDefendants() async {
    await propertyCheck(
      count: 100, input: Gen.int(in: 0...3999).array(of: 1...3), Gen.int(in: 0...999)
    ) { picks, k in
      let accused = Self.distinct(picks, Self.person)
      let court = Self.courts[k % Self.courts.count]
      let crime = Self.crimes[(k / 5) % Self.crimes.count]
      let role = ["", "被告人"][(k / 40) % 2]
      let tail = ["", "等人"][(k / 80) % 2]
      let text =
        "案例一\n2022年3月，\(accused[0])等人实施\(crime)，公安机关立案侦查。\(court)经审理，认定\(role)"
        + Self.list(accused, joint: k / 3) + "\(tail)犯\(crime)罪，分别判处有期徒刑五年至一年不等。"
      let p = Self.parties(text)
      #expect(p.defendants == Set(accused), "\(text) \(p)")
      #expect(p.plaintiffs.isEmpty, "\(text) \(p)")
    }
  }

  /// Several debtors told one after another (round 18): 被执行人甲…；被执行人乙…:
  /// each is a defendant, the one who applied the plaintiff.
  @Test func debtorsToldOneAfterAnotherAreDefendants() async {
    await propertyCheck(
      count: 100, input: Gen.int(in: 0...7999).array(of: 2...3), Gen.int(in: 0...999)
    ) { picks, k in
      // Distinct debtors, no company the short form of another (readAsOne).
      var debtors: [String] = []
      for p in picks {
        var pick = p
        var name = Self.party(pick)
        while debtors.contains(where: {
          $0.contains(name) || name.contains($0) || Self.readAsOne($0, name)
        }) {
          pick += 7
          name = Self.party(pick)
        }
        debtors.append(name)
      }
      let court = Self.courts[k % Self.courts.count]
      let acts = ["拒不履行生效判决", "以转移财产方式逃避执行", "有履行能力而拒不履行"]
      var text = "案例一\n\(court)近日集中执行一批案件。"
      for (i, d) in debtors.enumerated() {
        text += "被执行人\(d)\(acts[(k + i) % acts.count])，法院依法对其采取强制措施"
        text += i == debtors.count - 1 ? "。" : "；"
      }
      let p = Self.parties(text)
      #expect(p.defendants == Set(debtors), "\(text) \(p)")
      #expect(p.plaintiffs.isEmpty, "\(text) \(p)")
    }
  }

  /// Administrative public-interest suits (round 18): 某检察院向某法院提起行政公益诉讼，
  /// 请求确认某镇人民政府…的行为违法 / 请求判令某局依法履职: the procuratorate sues the agency.
  @Test func aProcuratorateSuesTheAgencyInAnAdministrativePublicInterestSuit() async {
    await propertyCheck(
      count: 100, input: Gen.int(in: 0...7), Gen.int(in: 0...999)
    ) { a, k in
      let agency = Self.agencies[a]
      let procuratorate = Self.procuratorates[k % Self.procuratorates.count]
      let court = Self.courts[(k / 5) % Self.courts.count]
      let ask =
        (k / 25) % 2 == 0
        ? "请求确认\(agency)未依法履行监管职责的行为违法" : "请求判令\(agency)依法履行监管职责"
      let text = "案例一\n\(procuratorate)向\(court)提起行政公益诉讼，\(ask)。法院判决支持检察机关的诉讼请求。"
      let p = Self.parties(text)
      #expect(p.defendants == [agency], "\(text) \(p)")
      #expect(p.plaintiffs == [procuratorate], "\(text) \(p)")
    }
  }
}
