import Testing
@testable import LegalExtract

/// Numbers that are not figures (ANNOTATION.md): dates, ordinals, article
/// and docket numbers, phone numbers, names, articles, idioms, ages,
/// grades, multiples and statutory ranges.
@Suite struct FigureNegativeTests {
  @Test(arguments: [
    // dates and times
    "2023年6月15日,检察院立案。", "二〇二三年五月,法院开庭。", "2019年起实施。",
    "同年9月作出判决。", "于7月3日及9日开庭。", "凌晨1时许到达现场。", "下午3点半离开。",
    "90年代建成的小区。", "2021年底完成整改。", "12月30日召开会议。", "今年3月以来。",
    "于23年5月1日签约。", "上半年办结案件。", "每月15日发放。",
    // ordinals and lists
    "入选第二批典型案例。", "第三人提出异议。", "这是第5次开庭。", "第1、2项诉讼请求。",
    "第三、四条规定。", "一是加强监管,二是完善制度。", "其一,证据不足。",
    // article and docket numbers, document numbers, identifiers
    "依据刑法第二百六十四条。", "违反刑法133条规定。", "案发前一天晚上。", "民法典第1165条第一款。", "案号(2023)鄂1181行初12号。",
    "法〔2025〕225号通知。", "车牌号为浙CVU661。", "联系电话13912345678。",
    "账户022401470000719。", "编号No.2023-15。", "3号楼2单元。",
    // names
    "十堰市人民检察院。", "七台河市中级人民法院。", "两高联合发布。", "“两高两部”意见。",
    "北京市第一中级人民法院。", "三只松鼠公司。", "七匹狼服饰。", "3单元502室。", "两场所均已关闭。", "五组村民。", "二七区人民法院。",
    // one as an article, counts of one
    "一张快递运单能泄露个人信息。", "一名医生出庭作证。", "提交一份书面意见。", "一起交通事故。",
    "做了一次手术。", "有一家公司。", "一人受伤。",
    // idioms and vague counts
    "走进千家万户。", "出台一系列措施。", "三令五申禁止。", "多家企业参与。", "获利几十万元。", "数百人围观。", "千方百计逃避执行。",
    "三番五次拒绝。", "一成不变的做法。", "一次性补助金。", "防止二次伤害。",
    // ages, grades, multiples, fractions
    "被告人张某某(23岁)。", "年满18周岁。", "构成十级伤残。", "轻伤二级。", "三年级学生。",
    "按3倍赔偿。", "超标2.2至177.33倍不等。", "三分之二以上成员同意。", "造成三类违纪。",
    // statutory ranges, thresholds and limits
    "处三年以上十年以下有期徒刑。", "数额在十五万元以上的。", "处五年以下有期徒刑或者拘役。",
    "每日不得超过三小时。", "最高刑期为15年有期徒刑。", "规定的“数额达30万元”标准。",
    "可以处十日以下拘留。", "盗窃财物价值一千元至三千元以上的。", "三年前曾因盗窃被判刑。",
    "诉讼时效期间为三年。", "血液酒精含量达到80毫克/100毫升以上的,属于醉酒驾驶。",
    // numbers inside law titles
    "《关于1万元以下案件的规定》。",
    // stray numerals in words
    "统一规划。", "万一发生事故。", "一直以来。", "十分严重。", "百姓满意。",
    "二元结构。", "三元里街道。", "统一个人信息。",
  ])
  func ignores(sentence: String) {
    #expect(FigureProbe.describe(sentence) == [], "\(sentence)")
  }
}
