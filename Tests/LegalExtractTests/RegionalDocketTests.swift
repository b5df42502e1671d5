import Testing

@testable import LegalExtract

/// Hong Kong and Taiwan case numbers, rendered as
/// "text|year|court|code|number|province|courtName|category|stage" (nil → "-").
private func regionalDockets(_ text: String) -> [String] {
  Extractor(onlyStages: ["dockets"]).extract(text).dockets.map { d in
    [
      d.text, "\(d.year)", d.court, d.code, "\(d.number)", d.province ?? "-",
      d.courtName ?? d.region ?? "-",
      d.category?.rawValue ?? "-", d.stage?.rawValue ?? "-",
    ].joined(separator: "|")
  }
}

@Suite("Regional dockets")
struct RegionalDocketTests {
  /// docket.hong-kong.chinese: court, case type, year 年, 第, number, 號.
  static let hongKongChinese: [DocketCase] = [
    DocketCase(
      "陳某某（終院刑事上訴2016年第3號）一案",
      [
        "終院刑事上訴2016年第3號|2016|终院|刑事上诉|3|香港特别行政区|终审法院|criminal|-"
      ]),
    DocketCase(
      "案件編號為高院刑事案件2019年第123號。",
      [
        "高院刑事案件2019年第123號|2019|高院|刑事案件|123|香港特别行政区|高等法院|criminal|first-instance"
      ]),
    DocketCase(
      "區域法院刑事案件2020年第456號審結",
      [
        "區域法院刑事案件2020年第456號|2020|区域法院|刑事案件|456|香港特别行政区|区域法院|criminal|first-instance"
      ]),
    DocketCase(
      "高院刑事上訴2018年第77號",
      [
        "高院刑事上訴2018年第77號|2018|高院|刑事上诉|77|香港特别行政区|高等法院|criminal|second-instance"
      ]),
    DocketCase(
      "高院憲法及行政訴訟 2021 年第 9 號",
      [
        "高院憲法及行政訴訟 2021 年第 9 號|2021|高院|宪法及行政诉讼|9|香港特别行政区|高等法院|administrative|first-instance"
      ]),
    DocketCase(
      "觀塘裁判法院傳票2022年第1888號",
      [
        "觀塘裁判法院傳票2022年第1888號|2022|观塘裁判法院|传票|1888|香港特别行政区|观塘裁判法院|criminal|first-instance"
      ]),
    DocketCase(
      "土地審裁處建築物管理案件2019年第12號",
      [
        "土地審裁處建築物管理案件2019年第12號|2019|土地审裁处|建筑物管理案件|12|香港特别行政区|土地审裁处|civil|first-instance"
      ]),
    // Simplified script reads the same.
    DocketCase(
      "终院民事上诉2015年第21号",
      [
        "终院民事上诉2015年第21号|2015|终院|民事上诉|21|香港特别行政区|终审法院|civil|-"
      ]),
    // The court's own listing spaces the parts and may add 案 after the type.
    DocketCase(
      "見終審法院刑事上訴案 2019 年第 7 號判詞",
      [
        "終審法院刑事上訴案 2019 年第 7 號|2019|终审法院|刑事上诉|7|香港特别行政区|终审法院|criminal|-"
      ]),
    DocketCase(
      "高等法院 民事上訴案件2018年第45號",
      [
        "高等法院 民事上訴案件2018年第45號|2018|高等法院|民事上诉|45|香港特别行政区|高等法院|civil|second-instance"
      ]),
    DocketCase(
      "高院杂项案件2020年第1号",
      [
        "高院杂项案件2020年第1号|2020|高院|杂项案件|1|香港特别行政区|高等法院|-|other"
      ]),
  ]

  /// docket.hong-kong.english: prefix from the Judiciary's list, number/year.
  static let hongKongEnglish: [DocketCase] = [
    DocketCase("（FACC 8/2013）", ["FACC 8/2013|2013|FA|CC|8|香港特别行政区|终审法院|criminal|-"]),
    DocketCase(
      "案件編號HCCC 123/2019。",
      [
        "HCCC 123/2019|2019|HC|CC|123|香港特别行政区|高等法院原讼法庭|criminal|first-instance"
      ]),
    DocketCase(
      "案件编号DCCC456/2020",
      [
        "DCCC456/2020|2020|DC|CC|456|香港特别行政区|区域法院|criminal|first-instance"
      ]),
    DocketCase(
      "司法覆核（HCAL No. 473/2021）",
      [
        "HCAL No. 473/2021|2021|HC|AL|473|香港特别行政区|高等法院原讼法庭|administrative|first-instance"
      ]),
    DocketCase("HCMP 598/2022", ["HCMP 598/2022|2022|HC|MP|598|香港特别行政区|高等法院原讼法庭|-|other"]),
    DocketCase(
      "上訴法庭（CACC 12/2018）",
      [
        "CACC 12/2018|2018|CA|CC|12|香港特别行政区|高等法院上诉法庭|criminal|second-instance"
      ]),
    DocketCase(
      "九龍城裁判法院 KCCC 3456/2021",
      [
        "KCCC 3456/2021|2021|KC|CC|3456|香港特别行政区|九龙城裁判法院|criminal|first-instance"
      ]),
    DocketCase(
      "ESCC 1/2020、WKCC 22/2023",
      [
        "ESCC 1/2020|2020|ES|CC|1|香港特别行政区|东区裁判法院|criminal|first-instance",
        "WKCC 22/2023|2023|WK|CC|22|香港特别行政区|西九龙裁判法院|criminal|first-instance",
      ]),
    DocketCase("FACV No. 17 of 2008", ["FACV No. 17 of 2008|2008|FA|CV|17|香港特别行政区|终审法院|civil|-"]),
    DocketCase(
      "ＨＣＣＣ第１２３／２０１９號",
      [
        "ＨＣＣＣ第１２３／２０１９號|2019|HC|CC|123|香港特别行政区|高等法院原讼法庭|criminal|first-instance"
      ]),
  ]

  /// docket.taiwan.roc-year: ROC year + 1911; the court before it, outside the span.
  static let taiwan: [DocketCase] = [
    DocketCase(
      "最高法院110年度台上字第5678號判決",
      [
        "110年度台上字第5678號|2021||台上|5678|-|最高法院|-|-"
      ]),
    DocketCase(
      "臺灣高等法院108年度上訴字第1234號",
      [
        "108年度上訴字第1234號|2019||上诉|1234|-|台湾高等法院|criminal|second-instance"
      ]),
    DocketCase(
      "臺灣臺北地方法院109年度訴字第123號",
      [
        "109年度訴字第123號|2020||诉|123|-|台湾台北地方法院|-|first-instance"
      ]),
    DocketCase(
      "臺北地方法院 112 年度 交易 字第 45 號",
      [
        "112 年度 交易 字第 45 號|2023||交易|45|-|台北地方法院|criminal|first-instance"
      ]),
    DocketCase("高雄地院111年度簡字第88號", ["111年度簡字第88號|2022||简|88|-|-|-|first-instance"]),
    DocketCase("本院113年度易字第7號", ["113年度易字第7號|2024||易|7|-|-|criminal|first-instance"]),
    // A labour court's 勞訴 is a court type word, though 勞 marks arbitration on the mainland.
    DocketCase(
      "臺灣新北地方法院112年度勞訴字第15號",
      [
        "112年度勞訴字第15號|2023||劳诉|15|-|台湾新北地方法院|civil|first-instance"
      ]),
    // A court's abbreviation before the type: the type word's end gives the meaning.
    DocketCase("112年度北簡字第9號", ["112年度北簡字第9號|2023||北简|9|-|-|-|first-instance"]),
    // Old numbers have no 度; at the Supreme Court 上 is no second instance.
    DocketCase("最高法院29年上字第1005號判例", ["29年上字第1005號|1940||上|1005|-|最高法院|-|-"]),
  ]

  /// Not dockets: typhoon numbers, documents and announcements with a year,
  /// document numbers with 字第 and no ROC year, phone numbers, bare court
  /// names and case types.
  static let negatives: [DocketCase] = [
    // 案 after the type with no year: a case named, not numbered.
    DocketCase("終審法院刑事上訴案中，上訴人得直。", []),
    DocketCase("受第8號颱風影響，法院休庭。", []),
    DocketCase("政府2014年第8號文件", []),
    DocketCase("2014年第8號公告", []),
    DocketCase("依據府字第12號函辦理", []),
    DocketCase("北市府法字第1100123456號函", []),
    DocketCase("查詢電話2014-8888，傳真（852）2869 0869", []),
    DocketCase("高等法院刑事案件數量2019年第1季上升", []),
    DocketCase("區域法院刑事案件中，2020年共審結", []),
    DocketCase("該案於110年度審結", []),
    DocketCase("HCCC案件在2019年增多", []),
    DocketCase("THCCC 123/2019", []),
    DocketCase("政府第8/2014號公告", []),
    DocketCase("公司2014年度報告字第3號", []),
    // An agency's decision number: the marker 勞 stands before no court type word.
    DocketCase("勞動部111年度勞動法訴二字第3號決定", []),
    DocketCase("臺北地檢署110年度偵字第1234號起訴書", []),
  ]

  @Test(arguments: hongKongChinese)
  func hongKongChineseForm(_ c: DocketCase) { #expect(regionalDockets(c.text) == c.expected) }

  @Test(arguments: hongKongEnglish)
  func hongKongEnglishForm(_ c: DocketCase) { #expect(regionalDockets(c.text) == c.expected) }

  @Test(arguments: taiwan)
  func taiwanRocYearForm(_ c: DocketCase) { #expect(regionalDockets(c.text) == c.expected) }

  @Test(arguments: negatives)
  func negative(_ c: DocketCase) { #expect(regionalDockets(c.text) == c.expected) }

  /// The docket's year is neither a date nor a case event; a date beside it still is.
  @Test func docketYearIsNotADate() {
    let text = "香港特別行政區 訴 周某某（終院刑事上訴2016年第3號）案中，上訴人於2015年3月被判監禁8年，終審法院於2017年判上訴得直。"
    let r = Extractor().extract(text)
    #expect(r.dockets.map(\.text) == ["終院刑事上訴2016年第3號"])
    #expect(!r.dates.contains { $0.text.contains("2016") })
    #expect(r.dates.map(\.text).contains("2015年3月"))
    let events = r.cases.flatMap(\.events)
    #expect(!events.contains { $0.date?.hasPrefix("2016") == true })
  }

  @Test func taiwanDocketYearIsNotADateAndTheCourtIsOutsideTheSpan() {
    let text = "臺灣高等法院108年度上訴字第1234號刑事判決，判處被告陳某有期徒刑1年。"
    let r = Extractor().extract(text)
    #expect(r.dockets.map(\.text) == ["108年度上訴字第1234號"])
    #expect(r.dates.isEmpty)
    // The court name stays outside the span, free for the organizations stage.
    #expect(r.dockets.first?.span.start == 6)
  }

  @Test func englishNumberIsNotAFigureOrDate() {
    let r = Extractor().extract("法院於2020年審理HCCC 123/2019一案，判處監禁3年。")
    #expect(r.dockets.map(\.text) == ["HCCC 123/2019"])
    #expect(r.dates.map(\.text) == ["2020年"])
    #expect(!r.figures.contains { $0.text.contains("123") })
  }
}
