/// Money written without 元 and money's small units (issue 14): the words
/// that make a bare amount money, and the units below the yuan.
enum FigureMoneyRules {
  /// Verbs and nouns that, standing just before an amount with no unit, make
  /// it money: 罚5万, 赔偿三百万, 赔偿两毛五, 花了十几块.
  static let cues: [String] = [
    "赔偿", "赔", "赔付", "判赔", "索赔", "退赔", "赔了", "罚", "罚款", "罚金", "罚没", "处罚",
    "支付", "付", "付了", "花", "花了", "花费", "收取", "收了", "索要", "骗", "骗取", "骗走", "骗了",
    "借", "借了", "欠", "欠了", "补偿", "补贴", "奖励", "赚", "赚了", "挣", "获利", "损失", "价值",
    "售价", "卖", "卖了", "涉案金额", "金额", "缴纳", "交纳", "退还", "返还", "收受", "受贿", "行贿",
    "贪污", "挪用", "侵占", "盗窃", "偷", "偷了", "抢", "抢走", "转账", "汇款", "追回", "追缴",
    "多收", "少收", "多付", "少付", "多扣", "凑够", "凑齐", "凑了", "筹集", "筹到", "还款", "还了",
    // 月入4萬, 月薪8000, 年收入30万: income.
    "月入", "年入", "月收入", "年收入", "月薪", "年薪", "日薪", "薪水",
    // 恢复费用230余万, 助理費63萬: a fee noun right before a 万/亿 amount
    // (the amount still needs its magnitude and a clause end; b40-03, b45-06).
    "费用", "費用", "费", "費",
    // 拖欠货款共计20余万, 缴纳保证金270余万, 追回执行款十二万: a money noun of a
    // civil or enforcement story right before a 万/亿 amount (b40-03, h56-09).
    "货款", "貨款", "工程款", "执行款", "執行款", "案款", "欠款", "借款", "价款", "款项", "钱款", "赃款",
    "税款", "工资", "工資", "欠薪", "薪酬", "报酬", "保证金", "保證金", "违约金", "違約金", "赔偿金",
    "賠償金", "补偿金", "補償金", "本金", "利息", "租金", "标的额", "標的額",
  ]

  static let cueTrie = PhraseTrie.words(cues)

  /// Words that may stand between a cue and the amount (赔偿最多一块二,
  /// 赔偿原告3万, 罚了其5万).
  static let fillers: [String] = [
    "最多", "至少", "最少", "不到", "不足", "仅", "只", "共", "共计", "合计", "总计", "约", "近",
    "给", "其", "他", "她", "对方", "原告", "被告", "被害人", "人民币", "了", "款",
  ]

  static let fillerTrie = PhraseTrie.words(fillers)

  /// Units below the yuan and how many make a yuan: 角 and 毛 are tenths,
  /// 分 hundredths.
  static let subunits: [Unicode.Scalar: Int] = ["角": 10, "毛": 10, "分": 100]

  static func subunit(_ s: Unicode.Scalar) -> Int? { subunits[s] }

  /// Scalars after a unitless 万/亿 amount that end it (5.2亿！, 500万，).
  /// Blanks that end a bare amount as a clause break does: a headline's
  /// parts are set apart by a space (詐領助理費63萬　前嘉義縣議員…).
  static let bareAmountBlanks = ScalarBitmap(scalarsOf: "\u{3000} ")

  static let unitlessAmountEnds = ScalarBitmap(scalarsOf: "!！,，。;；?？ \n")
}
