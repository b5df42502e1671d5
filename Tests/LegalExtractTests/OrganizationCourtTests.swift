import Testing

@testable import LegalExtract

/// Courts at every level, short forms expanded, special courts kept as named.
@Suite struct OrganizationCourtTests {
  static let cases: [OrgCase] = [
    // Supreme court and its tribunals.
    OrgCase("今年3月，最高人民法院公布了一批案例。", "最高人民法院", "最高人民法院", .court, .supreme),
    OrgCase("最高法、公安部联合发布通知。", "最高法", "最高人民法院", .court, .supreme),
    OrgCase("此案由最高法院提审。", "最高法院", "最高人民法院", .court, .supreme),
    OrgCase(
      "判决书落款为中华人民共和国最高人民法院。", "中华人民共和国最高人民法院",
      "中华人民共和国最高人民法院", .court, .supreme),
    OrgCase(
      "当事人向最高人民法院第二巡回法庭申请再审。", "最高人民法院第二巡回法庭",
      "最高人民法院第二巡回法庭", .court, .supreme),
    // Its 知识产权法庭 is an office inside the court, like 民事审判庭.
    OrgCase("上诉至最高人民法院知识产权法庭。", "最高人民法院", "最高人民法院", .court, .supreme),
    // High courts.
    OrgCase("广东省高级人民法院二审维持原判。", "广东省高级人民法院", "广东省高级人民法院", .court, .high),
    OrgCase("他不服，上诉至浙江高院。", "浙江高院", "浙江省高级人民法院", .court, .high),
    OrgCase(
      "内蒙古自治区高级人民法院作出裁定。", "内蒙古自治区高级人民法院",
      "内蒙古自治区高级人民法院", .court, .high),
    OrgCase("北京市高级人民法院驳回上诉。", "北京市高级人民法院", "北京市高级人民法院", .court, .high),
    OrgCase("广西高院近日召开发布会。", "广西高院", "广西壮族自治区高级人民法院", .court, .high),
    // Intermediate courts.
    OrgCase(
      "案件由湖南省岳阳市中级人民法院审理。", "湖南省岳阳市中级人民法院",
      "湖南省岳阳市中级人民法院", .court, .intermediate),
    OrgCase("被告人向襄阳中院提出上诉。", "襄阳中院", "襄阳市中级人民法院", .court, .intermediate),
    OrgCase("宜昌市中院审结一起合同纠纷。", "宜昌市中院", "宜昌市中级人民法院", .court, .intermediate),
    OrgCase(
      "上海市第二中级人民法院公开宣判。", "上海市第二中级人民法院",
      "上海市第二中级人民法院", .court, .intermediate),
    OrgCase("天津一中院召开新闻发布会。", "天津一中院", "天津市第一中级人民法院", .court, .intermediate),
    OrgCase(
      "恩施州中级人民法院作出终审判决。", "恩施州中级人民法院",
      "恩施州中级人民法院", .court, .intermediate),
    OrgCase("苏州市中级法院受理后依法审理。", "苏州市中级法院", "苏州市中级人民法院", .court, .intermediate),
    // Basic courts of counties, county-level cities, districts and banners.
    OrgCase("原告向枣阳市人民法院提起诉讼。", "枣阳市人民法院", "枣阳市人民法院", .court, .basic),
    OrgCase("经黄梅县人民法院主持调解。", "黄梅县人民法院", "黄梅县人民法院", .court, .basic),
    OrgCase("武汉市洪山区人民法院一审认为。", "武汉市洪山区人民法院", "武汉市洪山区人民法院", .court, .basic),
    // ANNOTATION.md: a county's short place stays as written (rule `short-place-as-written`).
    OrgCase("宜都法院对此案作出判决。", "宜都法院", "宜都人民法院", .court, .basic),
    OrgCase("鄂伦春自治旗人民法院开庭审理。", "鄂伦春自治旗人民法院", "鄂伦春自治旗人民法院", .court, .basic),
    OrgCase(
      "长阳土家族自治县人民法院依法受理。", "长阳土家族自治县人民法院",
      "长阳土家族自治县人民法院", .court, .basic),
    OrgCase("海淀区法院审理了这起纠纷。", "海淀区法院", "海淀区人民法院", .court, .basic),
    OrgCase(
      "湖北省宜昌市夷陵区人民法院判决如下。", "湖北省宜昌市夷陵区人民法院",
      "湖北省宜昌市夷陵区人民法院", .court, .basic),
    OrgCase("东莞市第二人民法院执行局。", "东莞市第二人民法院", "东莞市第二人民法院", .court, .basic),
    // Tribunals under a basic court: the nested name is one body.
    OrgCase(
      "由安陆市人民法院巡店人民法庭就地审理。", "安陆市人民法院巡店人民法庭",
      "安陆市人民法院巡店人民法庭", .court, .basic),
    // Development zones and new areas.
    OrgCase(
      "案件移送武汉东湖新技术开发区人民法院。", "武汉东湖新技术开发区人民法院",
      "武汉东湖新技术开发区人民法院", .court, .basic),
    OrgCase("重庆两江新区人民法院受理此案。", "重庆两江新区人民法院", "重庆两江新区人民法院", .court, .basic),
    OrgCase("同月，两江新区法院立案。", "两江新区法院", "两江新区人民法院", .court, .basic),
    OrgCase("苏州工业园区人民法院作出判决。", "苏州工业园区人民法院", "苏州工业园区人民法院", .court, .basic),
    // Special courts keep the short city name.
    OrgCase("船东向青岛海事法院申请扣船。", "青岛海事法院", "青岛海事法院", .court, .special),
    OrgCase("北京互联网法院审理了该案。", "北京互联网法院", "北京互联网法院", .court, .special),
    OrgCase("广州知识产权法院认定侵权成立。", "广州知识产权法院", "广州知识产权法院", .court, .special),
    OrgCase("上海金融法院发布典型案例。", "上海金融法院", "上海金融法院", .court, .special),
    OrgCase("成渝金融法院受理首案。", "成渝金融法院", "成渝金融法院", .court, .special),
    OrgCase("郑州铁路运输中级法院二审改判。", "郑州铁路运输中级法院", "郑州铁路运输中级法院", .court, .special),
    OrgCase("由南昌铁路运输法院集中管辖。", "南昌铁路运输法院", "南昌铁路运输法院", .court, .special),
    OrgCase("中国人民解放军军事法院审理。", "中国人民解放军军事法院", "中国人民解放军军事法院", .court, .special),
    OrgCase("东部战区军事法院宣判。", "东部战区军事法院", "中国人民解放军东部战区军事法院", .court, .special),
    // Forest, farm and Corps courts from the court list.
    OrgCase("汪清林区基层法院审理一起滥伐林木案。", "汪清林区基层法院", "汪清林区基层法院", .court, .basic),
    OrgCase(
      "兵团第三师中级人民法院二审。", "兵团第三师中级人民法院",
      "新疆生产建设兵团第三师中级人民法院", .court, .intermediate),
    OrgCase(
      "新疆维吾尔自治区高级人民法院生产建设兵团分院裁定。",
      "新疆维吾尔自治区高级人民法院生产建设兵团分院",
      "新疆维吾尔自治区高级人民法院生产建设兵团分院", .court, .high),
    // Traditional script: the name is Simplified.
    OrgCase(
      "案件由臺灣無關的廣州市中級人民法院審理。", "廣州市中級人民法院", "广州市中级人民法院",
      .court, .intermediate),
    OrgCase("隨州市曾都區人民法院受理。", "隨州市曾都區人民法院", "随州市曾都区人民法院", .court, .basic),
  ]

  @Test(arguments: cases) func court(_ c: OrgCase) { OrgTesting.check(c) }
}
