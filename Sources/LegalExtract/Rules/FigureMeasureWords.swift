/// The measure words counts are made of, by what they count (issue 12/16/19
/// families: 川渝两地, 证据材料23卷, 前面4排坐椅, 审结11件11犯). The unit table
/// (`FigureUnitRules.trie`) is generated from these rows, so a word is added
/// once, in its class, and is both read and reported.
///
/// A row's `nounLike` words name the counted thing themselves (二人, 两地,
/// 30车) and take no counted noun after them; the others are classifiers
/// before a noun (24家快递企业). Words that start another word after the
/// classifier (地址, 排放, 犯罪, 卷入) are `FigureGuardRules.classifierBreakers`.
enum MeasureWordClass: String, CaseIterable, Sendable {
  /// 个, 种, 项: any thing.
  case general
  /// 名, 位, 人, 犯: people, parties and offenders.
  case people
  /// 家, 所, 单位: firms, bodies and households.
  case bodies
  /// 份, 卷, 篇, 案件: documents, files and cases.
  case documents
  /// 处, 座, 地, 省: places and buildings.
  case places
  /// 次, 起, 场, 轮: occasions and acts.
  case occasions
  /// 辆, 台, 排, 车: objects, vehicles and their parts.
  case objects
}

struct MeasureWordRow: Sendable {
  var wordClass: MeasureWordClass
  var classifiers: [String]
  var nounLike: [String]
}

enum FigureMeasureWords {
  static let rows: [MeasureWordRow] = [
    MeasureWordRow(
      wordClass: .general, classifiers: ["个", "种", "项", "款", "组", "批", "级"],
      nounLike: ["批次"]),
    MeasureWordRow(
      wordClass: .people, classifiers: ["名", "位", "口"],
      nounLike: [
        "人", "人次", "代人", "被告", "被告人", "原告", "被害人", "上诉人", "当事人", "犯罪嫌疑人",
        "嫌疑人", "犯",
        // 二被执行人, 三申请执行人, 两被上诉人: the parties of an enforcement or
        // an appeal counted as 二被告 is.
        "被执行人", "申请执行人", "被上诉人", "被申请人", "申请人",
      ]),
    MeasureWordRow(
      wordClass: .bodies, classifiers: ["家", "户", "所"],
      nounLike: ["户次", "单位", "公司", "企业", "部门", "家庭", "机关"]),
    MeasureWordRow(
      wordClass: .documents,
      classifiers: [
        "件", "份", "条", "本", "篇", "封", "页", "册", "章", "字", "例", "宗", "笔", "单", "卷",
        // 三则代表性案例, 兩則報道
        "则", "則",
      ],
      nounLike: ["件次", "案例", "案件", "案", "期"]),
    MeasureWordRow(
      wordClass: .places, classifiers: ["处", "座", "间", "栋", "幢", "栏", "段", "片", "块"],
      nounLike: ["省份", "省市", "省区市", "地市", "县市区", "县区", "省", "市", "县", "地"]),
    MeasureWordRow(
      wordClass: .occasions, classifiers: ["次", "起", "场", "趟", "遍", "轮", "发", "吨次", "车次"],
      nounLike: ["辆次", "艘次", "架次", "航次", "班次", "刀"]),
    MeasureWordRow(
      wordClass: .objects,
      classifiers: [
        "辆", "艘", "台", "套", "只", "头", "株", "棵", "张", "部", "枚", "瓶", "袋", "箱", "幅",
        "颗", "把", "支", "根", "匹", "架", "节", "盒", "罐", "桶", "尾", "粒", "双", "副", "包",
        "眼", "板", "排",
        // 灭火器筒体398850具, 3具尸体; 十多垄菜地
        "具", "垄", "壟",
      ],
      nounLike: ["车", "船", "艇", "舰", "舰艇"]),
  ]

  /// Every classifier that takes a counted noun after it.
  static let classifiers: [String] = rows.flatMap(\.classifiers)

  /// Every measure word that is the counted thing itself.
  static let nounLike: [String] = rows.flatMap(\.nounLike)

  /// The class a measure word belongs to (for explanations and tests).
  static let classOf: [String: MeasureWordClass] = {
    var t: [String: MeasureWordClass] = [:]
    for row in rows {
      for w in row.classifiers + row.nounLike { t[w] = row.wordClass }
    }
    return t
  }()
}
