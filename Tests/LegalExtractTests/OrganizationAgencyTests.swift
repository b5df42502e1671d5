import Testing

@testable import LegalExtract

/// Government and administrative organs: region + organ, national ministries,
/// units under a bureau, towns under a county.
@Suite struct OrganizationAgencyTests {
  static let cases: [OrgCase] = [
    OrgCase("公安部部署打击整治行动。", "公安部", "公安部", .agency),
    OrgCase("生态环境部通报了典型案例。", "生态环境部", "生态环境部", .agency),
    OrgCase("国家市场监督管理总局发布公告。", "国家市场监督管理总局", "国家市场监督管理总局", .agency),
    OrgCase("国家市场监管总局约谈平台。", "国家市场监管总局", "国家市场监管总局", .agency),
    OrgCase("司法部印发通知。", "司法部", "司法部", .agency),
    OrgCase("国务院批复同意。", "国务院", "国务院", .agency),
    OrgCase("孝感市人民政府作出复议决定。", "孝感市人民政府", "孝感市人民政府", .agency),
    OrgCase("以来凤县人民政府为被告提起诉讼。", "来凤县人民政府", "来凤县人民政府", .agency),
    OrgCase(
      "襄阳市住房和城乡建设局未依法履职。", "襄阳市住房和城乡建设局",
      "襄阳市住房和城乡建设局", .agency),
    OrgCase("检察院向宜昌市邮政管理局发出建议。", "宜昌市邮政管理局", "宜昌市邮政管理局", .agency),
    OrgCase("武汉市市场监督管理局立案调查。", "武汉市市场监督管理局", "武汉市市场监督管理局", .agency),
    OrgCase("黄石市生态环境局作出处罚。", "黄石市生态环境局", "黄石市生态环境局", .agency),
    OrgCase(
      "鄂州市自然资源和规划局回复整改情况。", "鄂州市自然资源和规划局",
      "鄂州市自然资源和规划局", .agency),
    OrgCase("咸宁市公安局立案侦查。", "咸宁市公安局", "咸宁市公安局", .agency),
    OrgCase("英山县监察委员会对其立案调查。", "英山县监察委员会", "英山县监察委员会", .agency),
    OrgCase("潜江市农业农村局开展执法检查。", "潜江市农业农村局", "潜江市农业农村局", .agency),
    OrgCase("天门市应急管理局责令停产。", "天门市应急管理局", "天门市应急管理局", .agency),
    OrgCase("荆州市卫生健康委员会回函。", "荆州市卫生健康委员会", "荆州市卫生健康委员会", .agency),
    OrgCase("当阳市综合行政执法局拆除违建。", "当阳市综合行政执法局", "当阳市综合行政执法局", .agency),
    OrgCase("湖北省公安厅督办此案。", "湖北省公安厅", "湖北省公安厅", .agency),
    OrgCase(
      "广州市人力资源和社会保障局认定工伤。", "广州市人力资源和社会保障局",
      "广州市人力资源和社会保障局", .agency),
    OrgCase(
      "南宁市劳动人事争议仲裁委员会裁决。", "南宁市劳动人事争议仲裁委员会",
      "南宁市劳动人事争议仲裁委员会", .agency),
    // Units under a bureau and towns under a county are part of the name.
    OrgCase("经襄阳市公安局樊城分局侦查终结。", "襄阳市公安局樊城分局", "襄阳市公安局樊城分局", .agency),
    OrgCase(
      "被宜昌市公安局交通警察支队夷陵大队查获。", "宜昌市公安局交通警察支队夷陵大队",
      "宜昌市公安局交通警察支队夷陵大队", .agency),
    OrgCase(
      "武汉市公安局交通管理局作出认定。", "武汉市公安局交通管理局",
      "武汉市公安局交通管理局", .agency),
    OrgCase(
      "咸丰县公安局高乐山派出所民警到场。", "咸丰县公安局高乐山派出所",
      "咸丰县公安局高乐山派出所", .agency),
    OrgCase(
      "黄石市生态环境局阳新分局现场检查。", "黄石市生态环境局阳新分局",
      "黄石市生态环境局阳新分局", .agency),
    OrgCase(
      "罗田县九资河镇人民政府作出决定。", "罗田县九资河镇人民政府",
      "罗田县九资河镇人民政府", .agency),
    OrgCase(
      "武昌区首义路街道办事处组织调解。", "武昌区首义路街道办事处",
      "武昌区首义路街道办事处", .agency),
    OrgCase("对此，长岭镇人民政府表示将整改。", "长岭镇人民政府", "长岭镇人民政府", .agency),
    OrgCase("向花园街道办事处反映。", "花园街道办事处", "花园街道办事处", .agency),
    OrgCase("宜昌市看守所依法羁押。", "宜昌市看守所", "宜昌市看守所", .agency),
    // Agencies keep the place as written (courts and procuratorates expand it).
    OrgCase("孝感市场监管局开出罚单。", "孝感市场监管局", "孝感市场监管局", .agency),
    OrgCase("嫌疑人被羁押于宜城看守所。", "宜城看守所", "宜城看守所", .agency),
    OrgCase("宜城市看守所与宜城看守所是同一单位。", "宜城看守所", "宜城市看守所", .agency),
    // Companies are listed, not scored.
    OrgCase(
      "原告与被告武汉长江船务有限公司签订合同。", "武汉长江船务有限公司",
      "武汉长江船务有限公司", .company),
    OrgCase(
      "涉事企业系宜昌三峡旅游股份有限公司。", "宜昌三峡旅游股份有限公司",
      "宜昌三峡旅游股份有限公司", .company),
    OrgCase("原告与武钢集团、另一家企业签订协议。", "武钢集团", "武钢集团", .company),
    OrgCase("被告系某某股份集团有限公司的子公司。", "某某股份集团有限公司", "某某股份集团有限公司", .company),
    // Traditional script.
    OrgCase("襄陽市公安局立案偵查。", "襄陽市公安局", "襄阳市公安局", .agency),
  ]

  @Test(arguments: cases) func agency(_ c: OrgCase) { OrgTesting.check(c) }
}
