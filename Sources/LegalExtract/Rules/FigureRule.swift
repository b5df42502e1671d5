/// Every rule of the figures stage, by name (docs/RULES.md): the forms that
/// make a figure or a penalty, and the guards that reject a candidate.
enum FigureRule: String, NamedRule {
  /// Hashed by case tag, not by name (`NamedRule.caseTag`).
  func hash(into hasher: inout Hasher) { hasher.combine(caseTag) }

  // MARK: counts
  /// 8起违法行为, 两辆小型汽车: a number and a measure word (and the noun after it).
  case countClassifier = "figure.count.classifier"
  /// 二人, 两单位, 三机关: a classifier that is the counted thing.
  case countNounClassifier = "figure.count.noun-classifier"
  /// 40万居民: people counted without a classifier.
  case countPeopleNoun = "figure.count.people-noun"
  /// 粉丝120余万，: people named just before a 万/亿 amount.
  case countPeopleBefore = "figure.count.people-before"
  /// 在海巡队双艇戒护下: 双 counting two vessels.
  case countPair = "figure.count.pair"
  /// 两掏粪工, 三辅警: people named by a trade or post word (…工, …警)
  /// counted without a classifier.
  case countPeopleRole = "figure.count.people-role"
  /// 年均结案298.56件: an average count may be a fraction.
  case countAverage = "figure.count.average"
  /// 兩度到同一所超級市場, 三度提出: 度 after 两–九 counts times (a verbal
  /// classifier), unless a degree follows (三度烧伤, 两度电) or a
  /// temperature comes before (零下两度).
  case countTimesDu = "figure.count.times-du"
  /// 分别有3084及2269张, 分别下降4.01、3.35个百分点: a number of a list
  /// joined by 、/及/和/与 whose last item carries the unit shares that unit.
  case listSharedUnit = "figure.list.shared-unit"

  // MARK: money
  /// 5万元, 300港币, 贰仟零伍拾圆整, 86元5角2分: a number and a money unit.
  case moneyUnit = "figure.money.unit"
  /// 美元120万, 港币300: a currency written before the number.
  case moneyCurrencyPrefix = "figure.money.currency-prefix"
  /// 40万价款, 8万罚款: a 万/亿 amount before a money noun.
  case moneyNoun = "figure.money.noun"
  /// 十块三毛, 3.04块, 赔偿三五百块: 块 as money.
  case moneyBlock = "figure.money.block"
  /// 两毛五, 赔偿五分: jiao and fen with no yuan.
  case moneySubunit = "figure.money.subunit"
  /// 罚5万, 赔偿肆佰叁拾萬: an amount with no unit after a money cue.
  case moneyAfterCue = "figure.money.after-cue"
  /// 三零零零零元, 二零四零零元: an amount spelt digit by digit before a money unit.
  case moneyDigitByDigit = "figure.money.digit-by-digit"
  /// 5.2亿！ … 付出了5.2亿元: a unitless 万/亿 amount the text restates as yuan.
  case moneyRestated = "figure.money.restated"

  // MARK: durations and penalties
  /// 三年六个月, 十五日内, 2-3个月: a number and a duration unit.
  case durationUnit = "figure.duration.unit"
  /// 判6月, 處有期徒刑3月: months of a sentence written with a bare 月 right
  /// after the sentencing word (the Taiwan and older mainland style).
  case durationTermMonths = "figure.duration.term-months"
  /// 半年, 半个月: a half with no number.
  case durationHalf = "figure.duration.half"
  /// 三分半钟, 四分二十秒: minutes written with a bare 分.
  case durationMinutesSeconds = "figure.duration.minutes-seconds"
  /// 三年期固定期限劳动合同, 两年期租赁合同: X年期 before the contract it
  /// qualifies (within `FigureGuardRules.contractTermReach`) is the
  /// contract's term, a duration (h56-06 ×2, h70-06); 一年期贷款市场报价利率
  /// stays `figure.guard.term-adjective`.
  case durationContractTerm = "figure.duration.contract-term"
  /// 判处无期徒刑.
  case lifeImprisonment = "penalty.life-imprisonment"
  /// 判处死刑.
  case death = "penalty.death"

  // MARK: percents and quantities
  /// 35%, 3.5个百分点, 3‰.
  case percentUnit = "figure.percent.unit"
  /// 三成 = 30 %.
  case percentCheng = "figure.percent.cheng"
  /// 百分之三十五, 千分之三, 三分之一.
  case percentFraction = "figure.percent.fraction"
  /// 约定…违约金按每日万分之七计算: a rate per period the parties agreed (a
  /// contract's 违约金 or 约定) is a fact of the case, not a rule's rate.
  case percentAgreedRate = "figure.percent.agreed-rate"
  /// 32.7吨, 2公分, 800㎡, 两吨半.
  case quantityUnit = "figure.quantity.unit"
  /// 半公斤.
  case quantityHalf = "figure.quantity.half"
  /// 四分之一公升.
  case quantityFraction = "figure.quantity.fraction"
  /// 九两半, 二两: 两 as the weight unit.
  case quantityLiang = "figure.quantity.liang"
  /// 10万方: 方 as cubic metres.
  case quantityCubicMetres = "figure.quantity.cubic-metres"

  // MARK: guards
  /// 千家万户, 三番五次, 七台河: an idiom or a name built on numerals.
  case idiom = "figure.guard.idiom"
  /// 几十万元, 数百人: a vague amount with no number.
  case vagueAmount = "figure.guard.vague-amount"
  /// 二〇二三, 二七: Chinese digits read one by one name years and places.
  case digitString = "figure.guard.digit-string"
  /// An earlier stage (a date, a statute, a docket) owns the text.
  case claimed = "figure.guard.claimed"
  /// 一张快递运单: a count of one is an article.
  case countOfOne = "figure.guard.count-of-one"
  /// 三处罚, 两人民: the classifier starts another word.
  case classifierInWord = "figure.guard.classifier-in-word"
  /// 林州建筑9公司, 中铁十二局, 某村5组: a number between an industry or
  /// place word and a unit noun names the unit.
  case numberedUnit = "figure.guard.numbered-unit"
  /// 二次伤害: 二 + 次/期 is "second".
  case ordinalTwo = "figure.guard.ordinal-two"
  /// 刑法133条: an article number written without 第.
  case articleNumber = "figure.guard.article-number"
  /// 第1、2项: the tail of an ordinal list.
  case ordinalList = "figure.guard.ordinal-list"
  /// 符合以下三个条件: a count that announces a list.
  case listAnnouncement = "figure.guard.list-announcement"
  /// 十级伤残: a grade, not a tier of bodies.
  case grade = "figure.guard.grade"
  /// 陸船, 大陆, 队伍, 收拾: a financial numeral character used as a word.
  case financialWord = "figure.guard.financial-word"
  /// 四种法定情形: a count of abstract kinds.
  case kinds = "figure.guard.kinds"
  /// 一元化, 二元结构, 型号5mi: the unit is the start of another word.
  case unitInWord = "figure.guard.unit-in-word"
  /// 2023年, 90年代, 三年级, 23年5月: a date or a grade, not a term.
  case yearIsDate = "figure.guard.year-is-date"
  /// 19日及26日, 四周镶有: a day or week with no evidence of a period.
  case dayIsDate = "figure.guard.day-is-date"
  /// 一年期贷款: X年期 names a product.
  case termAdjective = "figure.guard.term-adjective"
  /// 同一天, 每一年, 一天晚上: one day as a point, not a period.
  case pointInTime = "figure.guard.point-in-time"
  /// 两轮摩托车, 三轮车: N轮 before a vehicle noun names a kind of vehicle.
  case vehicleKind = "figure.guard.vehicle-kind"
  /// 三年前: a time before now, not a period.
  case timeAgo = "figure.guard.time-ago"
  /// 今年前10个月, 创下十年来新高: a reporting period or a comparison.
  case reportingPeriod = "figure.guard.reporting-period"
  /// 一年来, 在过去的一年里, 2025年是…实干破难的一年: the year a report or a
  /// press release looks back on, not a length of the facts (三年来 and
  /// 过去五年 stay figures, as the fit annotators write them: h38-13, h48-04,
  /// h48-07).
  case yearInReview = "figure.guard.year-in-review"
  /// 处三年以上十年以下有期徒刑, 数额在十五万元以上: quoted from a rule.
  case statutory = "figure.guard.statutory"
  /// 最高可裁罚新台币240万元, 可处5万元以下罚款: the most a rule allows.
  case statutoryMaximum = "figure.guard.statutory-maximum"
  /// 15年以上树龄: an age, not a period of the facts.
  case age = "figure.guard.age"
  /// 十一届全国人大五次会议: the number of a session, an ordinal.
  case sessionNumber = "figure.guard.session-number"
  /// 法律规定的六个月起诉期限: a statutory time limit.
  case statutoryTimeLimit = "figure.guard.statutory-time-limit"
  /// 偷逃税额千万元以上…案件80起: a bound naming a class of cases.
  case categoryThreshold = "figure.guard.category-threshold"
  /// 每10万美元收取300元: the base of a rate.
  case rateBase = "figure.guard.rate-base"
  /// 按日万分之五: a rate per period, as a rule states it.
  case ratePerPeriod = "figure.guard.rate-per-period"
  /// 标准150 mg/m3, 排放限值200mg/m3: a limit a standard sets, not a
  /// measured quantity.
  case standardLimit = "figure.guard.standard-limit"
  /// 六个方面, 六项罪名: a count of abstract kinds, not of things.
  case abstractKinds = "figure.guard.abstract-kinds"
  /// 落实“四个最严”, 盯住“三个时点”, “两个”一批: a count that opens a short
  /// quotation names a slogan, it counts nothing.
  case quotedSlogan = "figure.guard.quoted-slogan"
  /// 不能清偿部分的二分之一, 医疗费自负部分的五分之一: a share (X分之Y, X not
  /// 百/千/万) right after 的 divides a whole the text names; it is a
  /// proportion of liability, not a quantity (h60-10, h66-10).
  case shareOfWhole = "figure.guard.share-of-whole"
  /// 三分之二以上成员同意: a quorum.
  case quorum = "figure.guard.quorum"
  /// 处三年以下有期徒刑, 升格为判处五年以上有期徒刑的, 判处10年以上有期徒刑93人:
  /// a term bounded by 以上/以下 before 有期徒刑 is a statutory range or a
  /// tier of a statistic; a court imposes a definite term.
  case termBound = "figure.guard.term-bound"
  /// 排名前五名的省份, 位列前十名: a rank, not a count of people.
  case rank = "figure.guard.rank"
  /// 最高刑期为死刑的: a penalty named, not imposed.
  case penaltyNotImposed = "penalty.guard.not-imposed"
}

/// The rejections a scan records when an explanation is asked for (nil
/// otherwise, so a plain extraction records nothing and allocates nothing).
final class FigureRejectionLog: @unchecked Sendable {
  struct Entry {
    var start: Int
    var end: Int
    var proposedBy: FigureRule?
    var rejectedBy: FigureRule
  }

  private(set) var entries: [Entry] = []

  func add(_ entry: Entry) { entries.append(entry) }
}
