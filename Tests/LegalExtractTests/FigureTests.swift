import ChineseText
import Testing

@testable import LegalExtract

/// Figures found in sentences written for these tests: counts, money,
/// durations, percents, quantities, approximations and ranges.
@Suite struct FigureTests {
  @Test(
    arguments: [
      // counts: classifier + counted noun
      ("执法人员检查了12个在建工地。", ["12个在建工地|count|12"]),
      ("全市共有36家物流企业参加培训。", ["36家物流企业|count|36"]),
      ("当年查办9起非法捕捞案件。", ["9起非法捕捞案件|count|9"]),
      ("两名工作人员到场核实。", ["两名工作人员|count|2"]),
      ("刺伤两名被害人。", ["两名被害人|count|2"]),
      ("该村有58户村民签字。", ["58户村民|count|58"]),
      ("发现三处违法建筑。", ["三处违法建筑|count|3"]),
      ("提出4条整改意见。", ["4条整改意见|count|4"]),
      ("列出七项具体措施。", ["七项具体措施|count|7"]),
      ("印发5份工作提示。", ["5份工作提示|count|5"]),
      ("两批次抽检合格。", ["两批次|count|2"]),
      ("附近有三所小学。", ["三所小学|count|3"]),
      ("扣押货车6辆。", ["6辆|count|6"]),
      ("扣押6辆货车。", ["6辆货车|count|6"]),
      ("查获走私船舶2艘，", ["2艘|count|2"]),
      ("没收赌博机20台。", ["20台|count|20"]),
      ("追回手机15部。", ["15部|count|15"]),
      ("救助野生猕猴4只。", ["4只|count|4"]),
      ("毁坏果树三十棵。", ["三十棵|count|30"]),
      ("移栽古树11株。", ["11株|count|11"]),
      ("审结涉农案件45宗。", ["45宗|count|45"]),
      ("开展普法宣传12场。", ["12场|count|12"]),
      ("刷单3000余单。", ["3000余单|count|3000|~"]),
      ("查获摇头丸120粒。", ["120粒|count|120"]),
      ("拆除违建房屋八座。", ["八座|count|8"]),
      ("开出罚单27张。", ["27张|count|27"]),
      ("两人被当场抓获。", ["两人|count|2"]),
      ("二人系邻居关系。", ["二人|count|2"]),
      ("涉案的十五人均已到案。", ["十五人|count|15"]),
      ("两单位均被起诉。", ["两单位|count|2"]),
      ("本省3案例入选。", ["3案例|count|3"]),
      ("两公司签订协议。", ["两公司|count|2"]),
      ("二被告承担连带责任。", ["二被告|count|2"]),
      ("案件涉及12个省份。", ["12个省份|count|12"]),
      ("覆盖全国20省区市。", ["20省区市|count|20"]),
      ("连捅对方7刀。", ["7刀|count|7"]),
      ("运走垃圾40车。", ["40车|count|40"]),
      ("填埋5船垃圾。", ["5船|count|5"]),
      ("影响当地40万居民饮水。", ["40万居民|count|400000"]),
      ("惠及3000余农户。", ["3000余农户|count|3000|~"]),
      ("两级法院均予支持。", ["两级法院|count|2"]),
      ("推动三级检察机关一体履职。", ["三级检察机关|count|3"]),
      ("省市县三级人民检察院联动。", ["三级人民检察院|count|3"]),
      ("市县两级政府作出承诺。", ["两级政府|count|2"]),
      ("他曾两次被行政处罚。", ["两次|count|2"]),
      ("先后三次前往现场。", ["三次|count|3"]),
      ("涉及两起诉讼。", ["两起诉讼|count|2"]),
      ("受理投诉120件。", ["120件|count|120"]),
      ("走访了2000余名群众。", ["2000余名群众|count|2000|~"]),
      ("二十多人参加听证。", ["二十多人|count|20|~"]),
      ("约300名志愿者参与。", ["约300名志愿者|count|300|~"]),
      ("接近百名代表出席。", ["接近百名代表出席|count|100|~"]),
      ("查处5至8家商户。", ["5至8家商户|count|5|..8"]),
      ("立案查处8起违法行为;", ["8起违法行为|count|8"]),
      // money
      ("罚款人民币5万元。", ["5万元|money|50000"]),
      ("并处罚金人民币八千元。", ["八千元|money|8000"]),
      ("赔偿损失1.2万元。", ["1.2万元|money|12000"]),
      ("涉案金额达3.6亿元。", ["3.6亿元|money|360000000"]),
      ("支付货款12,500元。", ["12,500元|money|12500"]),
      ("退还押金2980.50元。", ["2980.50元|money|2980.5"]),
      ("违法所得三万余元被没收。", ["三万余元|money|30000|~"]),
      ("非法获利40余万元。", ["40余万元|money|400000|~"]),
      ("账上有过200多万元进账。", ["200多万元|money|2000000|~"]),
      ("损失近8万元。", ["近8万元|money|80000|~"]),
      ("最近3年办结案件。", ["3年|duration|P3Y"]),
      ("他违约3次。", ["3次|count|3"]),
      ("约合5万元左右。", ["5万元左右|money|50000|~"]),
      ("货值52万美元。", ["52万美元|money|520000|USD"]),
      ("每吨售价310美元。", ["310美元|money|310|USD"]),
      ("担保金额为200万港元。", ["200万港元|money|2000000|HKD"]),
      ("收取服务费1500欧元。", ["1500欧元|money|1500|EUR"]),
      ("以30万价款转让。", ["30万|money|300000"]),
      ("提供美元120万的担保。", ["120万|money|1200000|USD"]),
      ("收取港币300元。", ["300元|money|300|HKD"]),
      ("标价￥1,299。", ["1,299|money|1299"]),
      ("合同金额USD 25,000。", ["25,000|money|25000|USD"]),
      ("保证金HK$8,000。", ["8,000|money|8000|HKD"]),
      ("扣划人民币20万。", ["20万|money|200000"]),
      ("每人罚款2000元至5000元。", ["2000元至5000元|money|2000|..5000"]),
      ("分别判处罚金3万元至1万元不等。", ["3万元至1万元|money|10000|..30000"]),
      ("索赔5-10万元。", ["5-10万元|money|50000|..100000"]),
      ("捐款壹万贰仟元。", ["壹万贰仟元|money|12000"]),
      ("共计三十五元。", ["三十五元|money|35"]),
      ("补贴五块钱。", ["五块钱|money|5"]),
      ("仅收取1元。", ["1元|money|1"]),
      // durations
      ("判处有期徒刑三年六个月。", ["三年六个月|duration|P3Y6M"]),
      ("判处拘役五个月。", ["五个月|duration|P5M"]),
      ("宣告缓刑四年。", ["四年|duration|P4Y"]),
      ("判处有期徒刑一年八个月,缓刑二年。", ["一年八个月|duration|P1Y8M", "二年|duration|P2Y"]),
      ("判处拘役一个月十五日。", ["一个月十五日|duration|P1M15D"]),
      ("应于判决生效之日起十日内履行。", ["十日|duration|P10D"]),
      ("被行政拘留十五日。", ["十五日|duration|P15D"]),
      ("检测延迟了三个多小时。", ["三个多小时|duration|PT3H|~"]),
      ("持续了45分钟。", ["45分钟|duration|PT45M"]),
      ("暂扣驾驶证6个月。", ["6个月|duration|P6M"]),
      ("连续工作三天。", ["三天|duration|P3D"]),
      ("已经营业一年多。", ["一年多|duration|P1Y|~"]),
      ("判处有期徒刑十年。", ["十年|duration|P10Y"]),
      ("刑期一年半。", ["一年半|duration|P1Y6M"]),
      ("判处有期徒刑3年6月。", ["3年6月|duration|P3Y6M"]),
      ("应提前3日通知。", ["3日|duration|P3D"]),
      ("拖欠共计4年零3个月。", ["4年零3个月|duration|P4Y3M"]),
      ("判处有期徒刑三年零六个月。", ["三年零六个月|duration|P3Y6M"]),
      ("羁押二年又十个月。", ["二年又十个月|duration|P2Y10M"]),
      ("停工一个半月。", ["一个半月|duration|P1M15D"]),
      ("恢复期约半年。", ["约半年|duration|P6M|~"]),
      ("分别判处有期徒刑五年至二年六个月。", ["五年至二年六个月|duration|P2Y6M|..P5Y"]),
      ("各被判处3至5年。", ["3至5年|duration|P3Y|..P5Y"]),
      ("每周加班两周。", ["两周|duration|P2W"]),
      ("等候了两个小时。", ["两个小时|duration|PT2H"]),
      ("确立关系后一年内共同生活。", ["一年|duration|P1Y"]),
      ("审理期限为三十日。", ["三十日|duration|P30D"]),
      ("判处被告人无期徒刑。", []),
      ("一审判处死刑,缓期二年执行。", ["二年|duration|P2Y"]),
      // percents
      ("承担70%的责任。", ["70%|percent|70"]),
      ("按月息10.98%计算。", ["10.98%|percent|10.98"]),
      ("同比增长百分之三十五。", ["百分之三十五|percent|35"]),
      ("占百分之三点五。", ["百分之三点五|percent|3.5"]),
      ("涉案一点二亿元。", ["一点二亿元|money|120000000"]),
      ("减轻三成责任。", ["三成|percent|30"]),
      ("近八成受访者表示满意。", ["近八成|percent|80|~"]),
      ("利率上浮５％。", ["５％|percent|5"]),
      ("同比下降2.5个百分点。", ["2.5个百分点|percent|2.5"]),
      ("占比在10%—20%之间。", ["10%—20%|percent|10|..20"]),
      // quantities
      ("非法占用耕地12.5亩。", ["12.5亩|quantity|12.5"]),
      ("倾倒废液300吨。", ["300吨|quantity|300"]),
      ("查获毒品52.3克。", ["52.3克|quantity|52.3"]),
      ("缴获野生菌80公斤。", ["80公斤|quantity|80"]),
      ("毁坏林地0.8公顷。", ["0.8公顷|quantity|0.8"]),
      ("修复河道6.5公里。", ["6.5公里|quantity|6.5"]),
      ("堆放渣土2000立方米。", ["2000立方米|quantity|2000"]),
      ("违建面积120平方米。", ["120平方米|quantity|120"]),
      ("血液酒精含量为95.2mg/100ml。", ["95.2mg/100ml|quantity|95.2"]),
      ("酒精含量为150毫克/100毫升。", ["150毫克/100毫升|quantity|150"]),
      ("前方十余米处设卡。", ["十余米|quantity|10|~"]),
      ("驾车行驶约1公里。", ["约1公里|quantity|1|~"]),
      ("约3千克重。", ["约3千克|quantity|3|~"]),
      ("收购大米300斤。", ["300斤|quantity|300"]),
      ("占地2至3亩。", ["2至3亩|quantity|2|..3"]),
      ("《某法 缺右括号。罚款3万元。", ["3万元|money|30000"]),
      // full-width and Traditional input
      ("罰款人民幣２萬元。", ["２萬元|money|20000"]),
      ("查處１２家企業。", ["１２家企業|count|12"]),
    ] as [(String, [String])])
  func finds(sentence: String, expected: [String]) {
    #expect(FigureProbe.describe(sentence) == expected, "\(sentence)")
  }

  @Test func subjectAndContext() throws {
    let f = try #require(FigureProbe.figures(in: "依法立案查处8起违法行为。").first)
    #expect(f.subject == "违法行为")
    #expect(f.context == "立案查处")
    #expect(f.unit == "起")
    let g = try #require(FigureProbe.figures(in: "对辖区31个已建成小区开展排查。").first)
    #expect(g.subject == "已建成小区")
    let m = try #require(FigureProbe.figures(in: "判处拘役五个月，并处罚金人民币九千元。").last)
    #expect(m.context == "并处罚金")
    let d = try #require(FigureProbe.figures(in: "判处被告人有期徒刑三年。").first)
    #expect(d.context == "有期徒刑")
  }

  @Test func penaltiesAreFindable() throws {
    let life = try #require(Extractor().extract("法院判处被告人王某无期徒刑。").penalties.first)
    #expect(life.penalty == .lifeImprisonment)
    #expect(life.text == "无期徒刑")
    let death = try #require(Extractor().extract("二审改判死刑。").penalties.first)
    #expect(death.penalty == .death)
    #expect(
      Extractor().extract("最高刑期为死刑的罪名。").penalties.isEmpty, "a statutory maximum is no sentence")
  }

  /// Spans an earlier stage claimed (a docket, a date) hold no figure.
  @Test func claimedSpansAreSkipped() {
    let sentence = "罚款5万元,扣押6辆货车。"
    var context = ExtractionContext(
      document: TextDocument(sentence), published: nil, result: ExtractionResult())
    context.claimed.insert(TextSpan(2, 5))
    FigureStage().run(&context)
    #expect(context.result.figures.map(\.text) == ["6辆货车"])
  }

  /// A bare-day date claim (十五日) does not hide the duration it ends.
  @Test func durationsOverruleBareDayClaims() {
    let sentence = "判处拘役一个月十五日,2023年5月6日宣判。"
    var context = ExtractionContext(
      document: TextDocument(sentence), published: nil, result: ExtractionResult())
    let day = TextSpan(7, 10)
    context.result.dates.append(
      DateMention(text: "十五日", span: day, value: "XXXX-XX-15", granularity: .day))
    context.claimed.insert(day)
    context.claimed.insert(TextSpan(11, 20))
    FigureStage().run(&context)
    #expect(context.result.figures.map(\.text) == ["一个月十五日"])
  }

  @Test func spansPointAtTheOriginal() {
    let sentence = "𠮷某罚款５万元"
    let scalars = Array(sentence.unicodeScalars)
    for f in FigureProbe.figures(in: sentence) {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[f.span.start..<f.span.end])
      #expect(String(view) == f.text)
    }
  }
}
