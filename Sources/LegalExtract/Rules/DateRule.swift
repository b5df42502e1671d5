/// Every rule of the dates stage, by name (docs/RULES.md): the forms that
/// make a date mention and the guards that reject a candidate.
enum DateRule: String, NamedRule {
  /// Hashed by case tag, not by name (`NamedRule.caseTag`).
  func hash(into hasher: inout Hasher) { hasher.combine(caseTag) }

  // MARK: Forms

  /// 2023年6月15日, 六月, 同年9月 … fields with their units: the calendar form.
  case fields = "date.ymd"
  /// 2012月11月5日: a four-digit year written with 月 before its month.
  case misprintedYear = "date.ymd.misprinted-year"
  /// 成立于2004，: a year without 年 after a verb of founding and 于.
  case bareYearAfterVerb = "date.year.after-founding-verb"
  /// 113年2月21日 in a text that writes 民國 or a Taiwan body: an ROC year
  /// without its era word (year + 1911; `DateEraRules`).
  case republicEra = "date.ymd.republic-era"
  /// 北京8月9日电 …最高人民法院9日发布: a bare day repeating the dateline's.
  case datelineDay = "date.news-day.dateline-repeat"
  /// 2019/3/2, 2019.3.2, 2019-03-02: a date written with separators.
  case separated = "date.separated"
  /// 今年, 昨日, 上个月, 后天: a word counted from the reference date.
  case deicticWord = "date.relative.deictic-word"
  /// 同年, 次日, 当月, 下年: a word counted from the date the text gave before.
  case contextualWord = "date.relative.contextual-word"
  /// 8天前, 三个月后, 半年后: an offset from the reference (or the last) date.
  case offset = "date.relative.offset"
  /// 上周四, 下星期一, 这礼拜三: a weekday of a week counted from the reference.
  case weekdayInWeek = "date.relative.weekday-in-week"
  /// 星期一, 周三: the nearest such day, back unless the clause looks ahead.
  case bareWeekday = "date.relative.weekday"
  /// 上周, 本周, 下个星期: a whole week counted from the reference week, as
  /// the range of its days (Monday to Sunday).
  case week = "date.relative.week"
  /// 上周末, 这个周末: the Saturday and Sunday of a counted week.
  case weekend = "date.relative.weekend"
  /// 2025年一季度, 第二季度, 上半年, 前三季度, 今年前10个月: a part of a year,
  /// valued at its year (2025); 一季度末 keeps its month (2025-03, late).
  case yearSpan = "date.year-span"
  /// (辽宁凤城,2025.4): a dotted year-month closed by a bracket.
  case bracketedYearMonth = "date.separated.year-month"
  /// 3日上午, 8日晚: a bare Arabic day with a time of day after it.
  case dayWithTime = "date.news-day.time-of-day"
  /// 公元前221年: a year before the common era (the contract's values cannot
  /// write it: the value is XXXX).
  case beforeCommonEra = "date.year.before-common-era"
  /// 十月第一个星期一: the n-th weekday of a month.
  case ordinalWeekday = "date.weekday.ordinal"
  /// 周三(7 日), 昨(26)日: a day number in brackets after a weekday or day word.
  case bracketedDay = "date.news-day.bracketed"
  /// 今日（一月九日）, 今日(8月30日): a day word with its month and day in
  /// brackets is one date, valued by the brackets (Hong Kong government
  /// releases; blind B35-04, B39-07).
  case bracketedMonthDay = "date.news-day.bracketed-month-day"
  /// 记者8日获悉, 上海5日电: a bare Arabic day of the news month.
  case newsDay = "date.news-day"
  /// 十二号: a bare day with 号 standing alone.
  case bareHaoDay = "date.news-day.hao"
  /// 7月19日及26日, 2023年6月、8月: a bare day or month continuing a list.
  case listItem = "date.list-item"
  /// 春节, 国庆节, “五一”: a holiday (Gregorian or lunar) of its year.
  case holiday = "date.holiday"
  /// 农历八月十五, 腊月二十三, 五月初五: a lunar date through ICU's calendar.
  case lunar = "date.lunar"
  /// 09年, 16年11月2日, 零七年: a two-digit year, in the past of the reference.
  case shortYear = "date.short-year"
  /// 年底, 月初: a bare part of the context's year or month.
  case barePart = "date.part.bare"
  /// 近日, 日前: a vague date (value null).
  case vague = "date.vague"
  /// 2010年与2013年之间: two years joined by a list word and 之间.
  case rangeBetween = "date.range.between"
  /// 1999.08-2002.02, 2008.03-2009: a range of dotted year-months.
  case rangeSeparatedMonths = "date.range.separated-months"
  /// 2022年6、7月间, 6、7、8月份: consecutive months listed with 、 before one
  /// 月 are one range (2022-06 to 2022-07); 3、5月 (not consecutive) is none.
  case rangeMonthList = "date.range.month-list"
  /// 2010年八九月间, 七八月份: two consecutive months written as adjacent
  /// Chinese digits before one 月 are one range (2010-08 to 2010-09; h68-08),
  /// as 6、7月 is; 七八个月 is a length and 十八九月 no month.
  case rangeMonthPair = "date.range.month-pair"
  /// 2015年下半年至2021年, 2019年上半年至2020年6月: a part of a year opens a
  /// range whose end names its own year; the start keeps its year's value.
  case rangeFromYearSpan = "date.range.year-span-start"
  /// 原班人马19日至21日出击: two bare days joined by a connector, a range in
  /// the news month.
  case bareDayRange = "date.range.bare-days"
  /// 法院二十四日宣判, 检方9日起诉: a bare day right before a news verb.
  case newsDayBeforeVerb = "date.news-day.before-verb"
  /// 该局14日发现, 警方5日抓获: an Arabic day between a body's or person's
  /// name and the verb of its act.
  case newsDayAfterAgent = "date.news-day.after-agent"
  /// 高院今改判, 检方今侦结: 今 alone before a news verb is the article's day.
  case todayBeforeVerb = "date.relative.today-before-verb"
  /// “3·15”国际消费者权益日, “3.15”期间: a quoted month·day that names a day.
  case namedDayDotted = "date.named-day.dotted"
  /// 3月19日约谈…表示：“我今天只能凑够一两万”: a day word in quoted speech
  /// counts from the day its paragraph told.
  case speechDay = "date.relative.speech-day"

  // MARK: Guards

  /// A span an earlier stage claimed. The dates stage runs first, so only a
  /// context built by hand reaches it (DateRelativeTests.claimedSpansAreSkipped).
  case claimed = "date.guard.claimed"

  /// 2011年11月……次日报案: a day word (a month word) whose case told dates
  /// before it but none with a day (a month): it counts from nothing told.
  case unanchored = "date.guard.unanchored"
  /// 判囚 1 年 7 月, 判处有期徒刑15年6月: a month count after a sentencing word.
  case termCount = "date.guard.term-count"
  /// 每周一, 每周一至周五: a repeated weekday.
  case repeatedWeekday = "date.guard.repeated-weekday"
  /// 周一男: 周 as a surname before a given name.
  case weekdaySurname = "date.guard.weekday-surname"
  /// 还押逾一年后: a length before 后, not an offset.
  case offsetLength = "date.guard.offset-length"
  /// 15日前, 6月前: a calendar day or month before 前/后, not an offset.
  case calendarBeforeAfter = "date.guard.calendar-not-offset"
  /// 七八年前, 三五年: neighbouring digits are a rough count.
  case roughCount = "date.guard.rough-count"
  /// 明日之星, 明天系, 今日头条: a day word that begins a name.
  case nameTail = "date.guard.name-tail"
  /// 后天培养: 后天 meaning "acquired".
  case acquired = "date.guard.acquired"
  /// 张国庆, 国庆路, 五一广场: a holiday name inside a person's or place's name.
  case holidayInName = "date.guard.holiday-in-name"
  /// 五四大街: a short numeric holiday name with no holiday cue.
  case holidayWithoutCue = "date.guard.holiday-without-cue"
  /// 第24个世界知识产权日: a numbered occasion.
  case numberedOccasion = "date.guard.numbered-occasion"
  /// 今年25周岁: a year word that introduces an age.
  case age = "date.guard.age"
  /// 享受当年度年休假, （当年度在本单位剩余日历天数÷365天）: 当年度 before its
  /// noun is "the year in question" of a rule or a claim, not a date of the
  /// text (the fit annotators leave it out: h56-01, h56-02).
  case currentYearAttributive = "date.guard.attributive-current-year"
  /// 一年六月, 三月份以内: a bare month or day without a cue that it is a date.
  case bareNumber = "date.guard.bare-number"
  /// 在十月田镇举行: a Chinese-numeral month that begins a place's name.
  case monthInName = "date.guard.month-in-name"
  /// 当日受理、当日审批: a same-day word repeated through a list is a working
  /// rule's slogan, not the day of a step.
  case slogan = "date.guard.slogan"
  /// （2023）-1-5, 〔2025〕.3.2: a bracketed year belongs to a docket or document number.
  case docketYear = "date.guard.docket-year"
  /// 辛苦半年后, 服刑两年后: a forward offset right after a verb is that
  /// verb's length, counted from its event.
  case offsetAfterVerb = "date.guard.offset-after-verb"
  /// 判决生效6年，…而6年后: an offset repeating a length the sentence gave.
  case echoedLength = "date.guard.echoed-length"
  /// 终院刑事上诉2014年第8号, 公告2023年第5号: a year numbering a document.
  case serialYear = "date.guard.serial-year"
  /// 案发当日, 事发当天 with no date before them in the paragraph, 当晚 with
  /// no date before it in the text: the day of an untold event.
  case eventDay = "date.guard.event-day"
  /// 自办理退休的次月起 with no date told before it and no article date: a
  /// month or year counted from nothing is a rule's timing.
  case noAntecedent = "date.guard.no-antecedent"
  /// 3·15国际消费者权益日当天, 春节当天: the day word restates the named day
  /// before it.
  case restatedNamedDay = "date.guard.restated-named-day"
  /// 2019.3.2.1, 2019.3.25: a fourth field or digit after a dotted date
  /// makes a version or serial number.
  case versionNumber = "date.guard.version-number"
  /// 周末 with no week word before it: no day can be given.
  case unanchoredWeekend = "date.guard.unanchored-weekend"
  /// 2月30日, 4月31日: a day the month does not have voids the date.
  case impossibleDay = "date.guard.impossible-day"
  /// 《刑法》(2020年修正): a year in a title's version note belongs to the title.
  case titleVersion = "date.guard.title-version"
  /// 三年以来, 十年间: a Chinese two-digit "year" followed by a word of length.
  case lengthTail = "date.guard.length-tail"
  /// 半天前: half a day before is hours, not a date.
  case halfDay = "date.guard.half-day"
  /// 相当日常, 以上周期, 同日而语: a date word that is part of another word.
  case wordBoundary = "date.guard.word-boundary"
  /// 与2012年解释相比, 按照1997年刑法: a year naming a document's edition
  /// is part of its short name, not a date.
  case documentShortName = "date.guard.document-short-name"
  /// 1号、2号、3号楼, 6号院: bare 号 numbers whose list ends on a noun they
  /// number (a building, a line, a plot) are identifiers, not days.
  case numberedThing = "date.guard.numbered-thing"
  /// 半年后，村主任被刑拘 with no date before it in the text: a forward
  /// offset counted from an untold event.
  case unanchoredOffset = "date.guard.unanchored-offset"
}
