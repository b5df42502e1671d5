import Testing

@testable import LegalExtract

/// Issue 13: relative and colloquial dates, resolved against the reference
/// date (2013-02-12 is a Tuesday; 2021-06-14 a Monday). Each rule of
/// `DateCalendarRules` and the new rows of `DateRules` has a positive and a
/// negative row here.
@Suite struct DateColloquialTests {
  static let tue = "2013-02-12"
  static let mon = "2021-06-14"

  // MARK: - The month-range crash and its siblings

  /// 十二至一月 crashed (a ClosedRange built as 13...12): every shared-unit
  /// range whose start is the largest value its unit allows.
  static let rangeTraps: [DateCase] = [
    DateCase("他说：十二至一月。", "十二至一月=2012-12..2013-01", published: tue),
    DateCase("12至1月，该院审结案件。", "12至1月=2012-12..2013-01", published: tue),
    DateCase("活动于2099—2100年举行。"),
    DateCase("该院于2024年1月31—2日开庭。", "2024年1月=2024-01"),
    DateCase("2023年2月28—1日", "2023年2月=2023-02"),
    DateCase("他说：十二月至一月。", "十二月至一月=2012-12..2013-01", published: tue),
  ]

  @Test(arguments: rangeTraps) func checkRangeTrapsDoNotCrash(_ c: DateCase) {
    DateTestSupport.check(c)
  }

  // MARK: - Weekdays (weekdayTrie, WeekdayField), Monday-first weeks

  static let weekdays: [DateCase] = [
    DateCase("他说：上周四。", "上周四=2013-02-07", published: tue),
    DateCase("他说：下周一。", "下周一=2013-02-18", published: tue),
    DateCase("他说：下周三。", "下周三=2013-02-20", published: tue),
    DateCase("他说：这周日。", "这周日=2013-02-17", published: tue),
    DateCase("他说：这周一。", "这周一=2013-02-11", published: tue),
    DateCase("他说：本周三。", "本周三=2013-02-13", published: tue),
    DateCase("他说：上个星期六。", "上个星期六=2013-02-09", published: tue),
    DateCase("他说：下星期一。", "下星期一=2021-06-21", published: mon),
    DateCase("他说：上礼拜天。", "上礼拜天=2013-02-10", published: tue),
    DateCase("他说：下周周六。", "下周周六=2021-06-26", published: mon),
    DateCase("他說：這禮拜三。", "這禮拜三=2013-02-13", published: tue),
    // Bare weekdays look back (the day itself counts) unless the clause looks ahead.
    DateCase("他说：星期一。", "星期一=2013-02-11", published: tue),
    DateCase("他说：周二。", "周二=2013-02-12", published: tue),
    DateCase("他说：星期天。", "星期天=2021-06-13", published: mon),
    DateCase("该案将于周五开庭。", "周五=2013-02-15", published: tue),
    DateCase("该案已于周五开庭。", "周五=2013-02-08", published: tue),
    DateCase("周一上午，法院宣判。", "周一上午=2013-02-11", published: tue),
    // Ordinal weekday of a month: the month's year from context.
    DateCase("他说：十月第一个星期一。", "十月第一个星期一=2013-10-07", published: tue),
    DateCase("他说：6月第3个星期日。", "6月第3个星期日=2021-06-20", published: "2021-07-01"),
    DateCase("他说：八月份的第一个周二。", "八月份的第一个周二=2021-08-03", published: mon),
    DateCase("2019年9月第二个星期三开学。", "2019年9月第二个星期三=2019-09-11"),
    // HK style: the bracketed day restates the weekday's date.
    DateCase("周三(7 日)，区域法院判刑。", "周三(7 日)=2022-09-07", published: "2022-09-10"),
    DateCase("周六中秋节(10 日)，市民赏月。", "周六中秋节(10 日)=2022-09-10", published: "2022-09-10"),
  ]

  @Test(arguments: weekdays) func checkWeekdays(_ c: DateCase) { DateTestSupport.check(c) }

  static let weekdayNegatives: [DateCase] = [
    DateCase("办公时间为每周一至周五。", published: tue),
    DateCase("他每星期三去一次。", published: tue),
    DateCase("凤凰卫视前总监周一男遭灭门。", published: tue),
    DateCase("一周一次，两周一查。", published: tue),
    // A whole week is the range of its days (DateIssueFormsTests); 周末 alone names no week.
    DateCase("周末，法院照常开放。", published: tue),
  ]

  @Test(arguments: weekdayNegatives) func checkWeekdayNegatives(_ c: DateCase) {
    DateTestSupport.check(c)
  }

  // MARK: - Day, month and year words (DateRules.deicticWords, contextualWords)

  static let words: [DateCase] = [
    DateCase("他说：后天。", "后天=2013-02-14", published: tue),
    DateCase("高法今日提审此案。", "今日=2013-02-12", published: tue),
    DateCase("他说：大后天。", "大后天=2013-02-15", published: tue),
    DateCase("他说：大前天。", "大前天=2013-02-09", published: tue),
    DateCase("他说：前日。", "前日=2013-02-10", published: tue),
    DateCase("他說：後天。", "後天=2013-02-14", published: tue),
    DateCase("昨晚10时，警方接报。", "昨晚10时=2013-02-11", published: tue),
    DateCase("他说：上个月。", "上个月=2013-01", published: tue),
    DateCase("他说：下个月。", "下个月=2013-03", published: tue),
    DateCase("他说：下月九号。", "下月九号=2021-07-09", published: mon),
    DateCase("他说：上个月15号。", "上个月15号=2021-05-15", published: mon),
    DateCase("他说：这个月。", "这个月=2013-02", published: tue),
    DateCase("他说：后年。", "后年=2015", published: tue),
    DateCase("他说：大前年。", "大前年=2010", published: tue),
    DateCase("他说：下年3月。", "下年3月=2014-03", published: tue),
    DateCase("他说：这一年。", "这一年=2013", published: tue),
    DateCase("2019年3月案发，下年3月宣判。", "2019年3月=2019-03", "下年3月=2020-03"),
    DateCase("2019年11月开工，至次年3月完工。", "2019年11月=2019-11", "次年3月=2020-03"),
    DateCase("他说：11月至次年3月。", "11月至次年3月=2012-11..2013-03", published: tue),
    // Parts: 月初/月底 alone take the context's month, 年底 its year.
    DateCase("他说：年底。", "年底=2021", published: mon),
    DateCase("他说：月尾。", "月尾=2013-02", published: tue),
    DateCase("他说：三月头。", "三月头=2013-03", published: tue),
    DateCase("他说：今年年尾。", "今年年尾=2013", published: tue),
    DateCase("他说：明年初。", "明年初=2022", published: mon),
    DateCase("2019年6月立案，月底移送。", "2019年6月=2019-06", "月底=2019-06"),
  ]

  @Test(arguments: words) func checkWords(_ c: DateCase) { DateTestSupport.check(c) }

  static let wordNegatives: [DateCase] = [
    DateCase("他被评为明日之星。", published: tue),
    DateCase("在此前提下，双方签约。", published: tue),
    DateCase("明天系的资本运作。", published: tue),
    DateCase("他在今日头条发文。", published: tue),
    DateCase("能力靠后天培养，先天后天都重要。", published: tue),
    DateCase("岁月中的每月底都要对账。", published: tue),
    DateCase("他今年25周岁。", published: tue),
    DateCase("下午三点，他到了。", published: tue),
  ]

  @Test(arguments: wordNegatives) func checkWordNegatives(_ c: DateCase) {
    DateTestSupport.check(c)
  }

  // MARK: - Holidays and lunar dates (holidayTrie, LunarCalendar)

  static let holidays: [DateCase] = [
    DateCase("2023年春节，他回乡。", "2023年春节=2023-01-22"),
    DateCase("2022年农历腊月二十三，他被抓获。", "2022年农历腊月二十三=2023-01-14"),
    DateCase("2024年中秋节，法院开放日。", "2024年中秋节=2024-09-17"),
    DateCase("他说：中秋节。", "中秋节=2024-09-17", published: "2024-06-01"),
    DateCase("他说：元旦。", "元旦=2013-01-01", published: tue),
    DateCase("他说：国庆节晚上。", "国庆节晚上=2013-10-01", published: tue),
    DateCase("他说：国庆。", "国庆=2020-10-01", published: "2020-07-01"),
    DateCase("他说：五一国际劳动节。", "五一国际劳动节=2013-05-01", published: tue),
    DateCase("“五一”期间，交警加强巡查。", "五一=2020-05-01", published: "2020-05-03"),
    DateCase("五一期间，交警加强巡查。", "五一=2020-05-01", published: "2020-05-03"),
    DateCase("六一儿童节，法官进校园。", "六一儿童节=2020-06-01", published: "2020-05-03"),
    DateCase("他说：国家宪法日。", "国家宪法日=2013-12-04", published: tue),
    DateCase("他说：除夕。", "除夕=2013-02-09", published: tue),
    DateCase("他说：去年春节。", "去年春节=2019-02-05", published: "2020-07-01"),
    DateCase("他说：去年春节到元宵节。", "去年春节到元宵节=2019-02-05..2019-02-19", published: "2020-07-01"),
    DateCase("他说：零六年端午。", "零六年端午=2006-05-31", published: "2020-07-01"),
    DateCase("他说：大前年七夕节。", "大前年七夕节=2018-08-17", published: "2021-07-01"),
    DateCase("他说：农历八月十五。", "农历八月十五=2021-09-21", published: "2021-07-01"),
    DateCase("他说：去年五月初五。", "去年五月初五=2020-06-25", published: "2021-07-01"),
    DateCase("他说：后年九月廿二。", "后年九月廿二=2023-11-05", published: "2021-07-01"),
    DateCase("他说：2012年正月初8。", "2012年正月初8=2012-01-30", published: mon),
    DateCase("他说：大年初十。", "大年初十=2021-02-21", published: mon),
    DateCase("2020年闰四月初一，他出生。", "2020年闰四月初一=2020-05-23"),
    // 期间/前后 keep the holiday's date.
    DateCase("2021年春节期间，他返乡。", "2021年春节=2021-02-12"),
  ]

  @Test(arguments: holidays) func checkHolidays(_ c: DateCase) { DateTestSupport.check(c) }

  static let holidayNegatives: [DateCase] = [
    DateCase("他住在五四大街。", published: tue),
    DateCase("村民三五成群地聊天。", published: tue),
    DateCase("被告人张国庆到案。", published: tue),
    DateCase("他家在国庆路。", published: tue),
    DateCase("五一广场人很多。", published: tue),
    DateCase("在第24个世界知识产权日到来之际。", published: tue),
    // A bare month with no tense cue looks back (more than two months ahead: last year's).
    DateCase("6月初，工程开工。", "6月初=2012-06", published: tue),
    DateCase("工程将于6月初开工。", "6月初=2013-06", published: tue),
  ]

  @Test(arguments: holidayNegatives) func checkHolidayNegatives(_ c: DateCase) {
    DateTestSupport.check(c)
  }

  // MARK: - Two-digit and old years (DateScanner.shortYear, writtenOldYear)

  static let years: [DateCase] = [
    DateCase("他说：15年3月2日。", "15年3月2日=2015-03-02", published: mon),
    DateCase("他说：16年11月2日。", "16年11月2日=2016-11-02", published: mon),
    DateCase("他说：零七年八月二十九号。", "零七年八月二十九号=2007-08-29", published: "2017-10-30"),
    DateCase("他说：09年。", "09年=2009", published: mon),
    DateCase("他说：三三年。", "三三年=1933", published: mon),
    DateCase("他说：91年5月。", "91年5月=1991-05", published: mon),
    DateCase("他说：19年底。", "19年底=2019", published: mon),
    DateCase("他说：’06年。", "06年=2006", published: mon),
    DateCase("他说：30年代前的98年5月。", "98年5月=1998-05", published: "2000-01-01"),
    DateCase("公元832年，他出生。", "公元832年=0832"),
    DateCase("1279年3月19日，崖山海战。", "1279年3月19日=1279-03-19"),
    DateCase("他说：2019/3/2。", "2019/3/2=2019-03-02"),
    DateCase("他说：2019.3.2。", "2019.3.2=2019-03-02"),
    DateCase("他说：2019-03-02。", "2019-03-02=2019-03-02"),
    DateCase("他说：二〇〇八年。", "二〇〇八年=2008"),
  ]

  @Test(arguments: years) func checkYears(_ c: DateCase) { DateTestSupport.check(c) }

  static let yearNegatives: [DateCase] = [
    DateCase("判处有期徒刑15年6月。", published: mon),
    DateCase("他服刑15年。", published: mon),
    DateCase("三五年内可以还清。", published: mon),
    DateCase("七八年前的事。", published: mon),
    DateCase("判囚 1 年 7 月。", published: "2022-09-10"),
    DateCase("判感化 12 月。", published: "2022-09-10"),
  ]

  @Test(arguments: yearNegatives) func checkYearNegatives(_ c: DateCase) {
    DateTestSupport.check(c)
  }

  // MARK: - Ranges and lists

  static let ranges: [DateCase] = [
    DateCase("他说：从2012到2015。", "2012到2015=2012..2015"),
    DateCase("他说：2012-2015年。", "2012-2015年=2012..2015"),
    DateCase("他说：1998 – 2001年。", "1998 – 2001年=1998..2001"),
    DateCase("他说：2010年与2013年之间。", "2010年与2013年=2010..2013"),
    DateCase("他说：2011年和2014年间。", "2011年和2014年=2011..2014"),
    DateCase("他说：16年3月1日到17年1月5日。", "16年3月1日到17年1月5日=2016-03-01..2017-01-05", published: mon),
    DateCase("他说：2019/3/2-2019/9/30。", "2019/3/2-2019/9/30=2019-03-02..2019-09-30"),
    DateCase("他说：2022.9.4-10。", "2022.9.4-10=2022-09-04..2022-09-10"),
    DateCase("他说：1999.08-2002.02。", "1999.08-2002.02=1999-08..2002-02"),
    DateCase("他说：2008.03-2009。", "2008.03-2009=2008-03..2009"),
    DateCase("他说：四月到六月。", "四月到六月=2013-04..2013-06", published: tue),
    DateCase("他说：6月-9月。", "6月-9月=2021-06..2021-09", published: mon),
    DateCase("他说：三月五日到八日。", "三月五日到八日=2013-03-05..2013-03-08", published: tue),
    DateCase("他说：二月十三到十五。", "二月十三到十五=2013-02-13..2013-02-15", published: tue),
    DateCase("他说：2018年2——4月。", "2018年2——4月=2018-02..2018-04"),
    DateCase("他说：从2008年——2018年。", "2008年——2018年=2008..2018"),
    DateCase("他说：2019年1-五月。", "2019年1-五月=2019-01..2019-05"),
    DateCase(
      "12月9日零时至12月16日24时", "12月9日零时至12月16日24时=2020-12-09..2020-12-16",
      published: "2021-07-01"),
    DateCase(
      "2023年4月和7月，张某两次作案。", "2023年4月=2023-04", "7月=2023-07"),
    DateCase(
      "2023年3月5日、8日和12日，张某三次作案。", "2023年3月5日=2023-03-05", "8日=2023-03-08",
      "12日=2023-03-12"),
  ]

  @Test(arguments: ranges) func checkRanges(_ c: DateCase) { DateTestSupport.check(c) }

  // MARK: - Chinese numerals and 号

  static let numerals: [DateCase] = [
    DateCase("他说：三月。", "三月=2013-03", published: tue),
    DateCase("他说：十二号。", "十二号=2013-02-12", published: tue),
    DateCase("他住3号楼，坐12号线。", published: tue),
    DateCase("法公布（2002）3号\n最高人民法院", published: tue),
    DateCase("他说：二月十五。", "二月十五=2013-02-15", published: tue),
    DateCase("他说：二零一五年三月三。", "二零一五年三月三=2015-03-03"),
    DateCase("他说：两千零八年。", "两千零八年=2008"),
    DateCase("他说：三月一号。", "三月一号=2013-03-01", published: tue),
  ]

  @Test(arguments: numerals) func checkNumerals(_ c: DateCase) { DateTestSupport.check(c) }
}
