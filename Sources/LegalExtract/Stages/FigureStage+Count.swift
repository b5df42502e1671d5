import ChineseText

/// Counts: number + classifier + the counted noun (31个已建成小区, 二人, 两级法院).
extension FigureScanner {
  func count(
    phrase: NumeralPhrase, start: Int, unit: FigureUnit, nounLike: Bool,
    unitStart: Int, unitEnd: Int
  ) -> FigureCandidate? {
    let n = text.count
    let rule: FigureRule = nounLike ? .countNounClassifier : .countClassifier
    // The classifier's one scalar (次, 级, 个…), compared instead of its name:
    // comparing two Han strings normalises them, a few hundred instructions
    // each, and a count asks a dozen times.
    let single = Self.onlyScalar(of: unit.name)
    // 年均结案298.56件: an average may be a fraction of a thing.
    if phrase.value.integerValue == nil, phrase.upTo == nil, phrase.value.doubleValue > 1,
      isAverage(before: start)
    {
      var f = FigureCandidate(
        start: start, end: unitEnd, kind: .count, value: .number(phrase.value.doubleValue),
        magnitude: phrase.value.doubleValue, unit: unit.name, numberStart: start,
        rule: .countAverage)
      f.approximate = phrase.approximate
      return f
    }
    guard let value = phrase.value.integerValue, value > 0 else { return nil }
    // A count of one is an article (一张快递运单, 一名医生), not a figure.
    if value == 1 && phrase.upTo == nil && !phrase.approximate {
      return reject(.countOfOne, start, unitEnd, proposedBy: rule)
    }
    // 处罚, 人民, 起诉: the classifier is the start of another word.
    if let (_, breaks) = FigureGuardRules.breakerTrie.longestMatch(
      in: text, from: unitStart, limit: min(n, unitStart + 3)), breaks
    {
      return reject(.classifierInWord, start, unitEnd + 1, proposedBy: rule)
    }
    if namesNumberedUnit(start: start, unit: unit.name, unitEnd: unitEnd) {
      return reject(.numberedUnit, start, unitEnd, proposedBy: rule)
    }
    // 二次伤害, 二期工程: 二 + 次/期 means "second"; a count says 两次.
    if single == "次" || single == "期", text[start] == "二", unitStart == start + 1 {
      return reject(.ordinalTwo, start, unitEnd, proposedBy: rule)
    }
    // 两轮摩托车, 三轮车: the wheels of a kind of vehicle, not occasions.
    if single == "轮", unitEnd < n,
      let (nounEnd, _) = FigureGuardRules.wheeledVehicleTrie.longestMatch(
        in: text, from: unitEnd, limit: min(n, unitEnd + 3)),
      nounEnd >= n || !FigureGuardRules.vehicleCountTails.contains(text[nounEnd])
    {
      return reject(.vehicleKind, start, unitEnd, proposedBy: rule)
    }
    // 刑法133条, 《条例》12条: an article number written without 第.
    if single == "条" || single == "款" || single == "项", start > 0,
      "法》例定释则典".unicodeScalars.contains(text[start - 1])
    {
      return reject(.articleNumber, start, unitEnd, proposedBy: rule)
    }
    // 第1、2项: the tail of an ordinal list.
    if isOrdinalListTail(start) { return reject(.ordinalList, start, unitEnd, proposedBy: rule) }
    // 符合以下三个条件, 有以下两种情形: a count that announces a list.
    if announcesList(start: start) {
      return reject(.listAnnouncement, start, unitEnd, proposedBy: rule)
    }
    // 级 counts tiers of bodies only (两级法院, 省、市、县三级); 十级伤残 is a grade.
    // 二级 is a grade (二级公路, 轻伤二级); tiers say 两级.
    if single == "级" {
      let levelsListed = listsLevels(before: start)
      guard !phrase.arabic, value <= 6, text[start] != "二" || unitStart != start + 1,
        tierBodies(after: unitEnd) != nil || levelsListed
      else { return reject(.grade, start, unitEnd, proposedBy: rule) }
      // 三级医院, 二级甲等医院: a body's grade, unless levels are listed
      // (省、市、县三级医疗急救) or counted with 两 (区县两级医院: tiers).
      if !levelsListed, text[start] != "两",
        FigureGuardRules.gradedBodyTrie.longestMatch(
          in: text, from: unitEnd, limit: min(n, unitEnd + 4)) != nil
      {
        return reject(.grade, start, unitEnd, proposedBy: rule)
      }
    }
    // 四处奔走, 四处焦头烂额地筹钱: 四处 is "everywhere".
    if single == "处", text[start] == "四", unitStart == start + 1, unitEnd < n,
      FigureGuardRules.everywhereVerbStarts.contains(text[unitEnd])
    {
      return reject(.idiom, start, unitEnd + 1, proposedBy: rule)
    }
    // 十一届全国人大五次会议: a session's number after the 届.
    if single == "次", isSessionNumber(start: start, unitEnd: unitEnd) {
      return reject(.sessionNumber, start, unitEnd, proposedBy: rule)
    }
    var f = FigureCandidate(
      start: start, end: unitEnd, kind: .count, value: .number(Double(value)),
      magnitude: Double(value), unit: unit.name, numberStart: start, rule: rule)
    f.approximate = phrase.approximate || unit.approximate
    if let high = phrase.upTo { f.upTo = .number(high.doubleValue) }
    var e = unitEnd
    // 1000余名, 二十多个: the mark may come after the classifier too.
    if e < n, NumeralPhrase.isApproximationMark(text[e]), single == "个" {
      f.approximate = true
      e += 1
    }
    // 共计37种: 种 counts the things named before it; 四种法定情形, 两种不同的
    // 专家意见 name kinds, an enumeration rather than a quantity; 十几种走私
    // 物品, 3种违禁药物 count concrete things.
    if single == "种", namesKinds(from: e) {
      return reject(.kinds, start, e, proposedBy: rule)
    }
    // 六个方面, 六项罪名, 两条规定: 个, 项 and 条 before an abstract head count kinds.
    if single == "个" || single == "项" || single == "条",
      FigureGuardRules.abstractCountHeadTrie.longestMatch(in: text, from: e, limit: min(n, e + 2))
        != nil
    {
      return reject(.abstractKinds, start, e + 2, proposedBy: rule)
    }
    // 共7万多字: 字 counts a text's characters; 十字路口, 八字 are words.
    if single == "字", value < 100 {
      return reject(.classifierInWord, start, unitEnd, proposedBy: rule)
    }
    if nounLike {
      f.subject = unit.name
    } else if single == "级" {
      if let bodies = tierBodies(after: e) {
        f.subject = document.foldedText(bodies.start..<bodies.end)
        f.end = bodies.end
      }
    } else if single != "次", let subjectEnd = subjectEnd(from: e), subjectEnd > e {
      f.subject = document.foldedText(e..<subjectEnd)
      f.end = subjectEnd
    }
    // 落实“四个最严”: a quotation that opens on the count and closes on its
    // noun is a slogan's name.
    if isQuotedSlogan(start: start, unitEnd: unitEnd) {
      return reject(.quotedSlogan, start, unitEnd, proposedBy: rule)
    }
    // 重点厘清五个问题。一是…: the count announces the list that follows;
    // 围绕五项检查重点开展检查：(1)…: its clause ends on the list's colon.
    if opensListItems(at: max(f.end, e)) || opensListItems(at: clauseColon(after: max(f.end, e))) {
      return reject(.listAnnouncement, start, f.end, proposedBy: rule)
    }
    return f
  }

  /// The scalar of a one-scalar string (a classifier's name), or nil.
  static func onlyScalar(of s: String) -> Unicode.Scalar? {
    var scalars = s.unicodeScalars.makeIterator()
    guard let first = scalars.next(), scalars.next() == nil else { return nil }
    return first
  }

  /// True when an opening quotation mark stands right before the count and
  /// its closing mark within a short noun after the classifier (“四个最严”,
  /// “两个”一批, 「五個堅持」), with nothing else quoted.
  func isQuotedSlogan(start: Int, unitEnd: Int) -> Bool {
    let n = text.count
    guard start > 0, start <= n, FigureGuardRules.sloganOpeners.contains(text[start - 1]) else {
      return false
    }
    var k = unitEnd
    while k < n, k - unitEnd <= FigureGuardRules.sloganReach {
      let s = text[k]
      if FigureGuardRules.sloganClosers.contains(s) { return true }
      if !s.isHan { return false }
      k += 1
    }
    return false
  }

  /// True when punctuation and then a list item's opener (一是, 其一, 第一，,
  /// (1), 1.) follow `end`, or a colon and then one, on its line or the next
  /// (五项检查重点：\n(1)…).
  func opensListItems(at end: Int) -> Bool {
    let n = text.count
    var k = end
    guard k < n, "：:，,。；".unicodeScalars.contains(text[k]) else { return false }
    let colon = text[k] == ":" || text[k] == "："
    k += 1
    // After a colon the items may start on the next line; after a sentence's
    // end a new paragraph (一、吕某某等人…) is a heading, not an item.
    while colon, k < n, text[k] == "\n" || text[k] == " ", k - end <= 3 { k += 1 }
    return FigureGuardRules.listItemOpenerTrie.longestMatch(in: text, from: k, limit: min(n, k + 3))
      != nil
  }

  /// The offset of the colon that ends the clause running on from `end`
  /// (within `FigureGuardRules.listColonReach`), else `end`.
  func clauseColon(after end: Int) -> Int {
    var k = end
    while k < text.count, k - end <= FigureGuardRules.listColonReach {
      let s = text[k]
      if s == ":" { return k }
      if FigureGuardRules.isClauseBreak(s) || s == "，" { return end }
      // 3个典型案例具有以下特点：: the colon opens the list of another noun
      // the clause announces itself (以下特点, 如下问题), not of the count's.
      if k > end, FigureGuardRules.ownListMarkers.contains(where: { text.hasLiteral($0, at: k) }) {
        return end
      }
      k += 1
    }
    return end
  }

  /// 拥有粉丝120余万，注册用户3万。: people named just before a 万/亿 amount
  /// that ends its clause are counted by it.
  func peopleCountAfterNoun(phrase: NumeralPhrase, start: Int) -> FigureCandidate? {
    let n = text.count
    let e = phrase.end
    guard e < n, e - start >= 2, text[e - 1] == "万" || text[e - 1] == "亿",
      FigureGuardRules.isClauseBreak(text[e]),
      let v = phrase.value.integerValue, v > 1
    else { return nil }
    var nounStart: Int?
    for length in [2, 3, 4] where start - length >= 0 {
      if let (end, _) = FigureUnitRules.peopleNounTrie.longestMatch(
        in: text, from: start - length, limit: start), end == start
      {
        nounStart = start - length
        break
      }
    }
    // 赔偿残疾人3万，: the people are paid, the amount is money.
    guard let noun = nounStart, !hasMoneyCue(before: noun) else { return nil }
    var f = FigureCandidate(
      start: start, end: e, kind: .count, value: .number(Double(v)), magnitude: Double(v),
      unit: nil, numberStart: start, rule: .countPeopleBefore)
    f.approximate = phrase.approximate
    return f
  }

  /// True when an average word (年均, 人均, 平均) stands within the few Han
  /// scalars before `start`, in its clause.
  func isAverage(before start: Int) -> Bool {
    var k = start - 1
    while k >= 0, start - k <= FigureGuardRules.averageReach {
      let s = text[k]
      if FigureGuardRules.isClauseBreak(s) || !s.properties.isIdeographic { return false }
      if s == "均" { return true }
      k -= 1
    }
    return false
  }

  /// True when the noun phrase after 种 names kinds: an abstract head (情形,
  /// 意见, 方式) within its clause, or a noun with no concrete head (物品,
  /// 药物) right after 种 (四种法定禁止区, 四种事).
  func namesKinds(from e: Int) -> Bool {
    let n = text.count
    var k = e
    var concrete = false
    while k < n, k - e < 10 {
      let s = text[k]
      if FigureGuardRules.isClauseBreak(s) || !s.properties.isIdeographic { break }
      if FigureGuardRules.abstractKindTrie.longestMatch(in: text, from: k, limit: min(n, k + 3))
        != nil
      {
        return true
      }
      if FigureGuardRules.concreteHeads.contains(s) { concrete = true }
      k += 1
    }
    guard !concrete, e < n else { return false }
    return text[e].properties.isIdeographic && !FigureGuardRules.endsSubject(text[e])
  }

  /// True when 会议 (全会, 大会) follows X次 and a 届 stands earlier in the
  /// clause: 十一届全国人大五次会议 numbers a session.
  func isSessionNumber(start: Int, unitEnd: Int) -> Bool {
    let n = text.count
    guard
      FigureGuardRules.sessionNounTrie.longestMatch(
        in: text, from: unitEnd, limit: min(n, unitEnd + 4))
        != nil
    else { return false }
    var k = start - 1
    while k >= 0, start - k <= 12 {
      if FigureGuardRules.isClauseBreak(text[k]) { return false }
      if text[k] == "届" { return true }
      k -= 1
    }
    return false
  }

  /// True when 以下, 下列, 如下 or 下述 stands just before the number (the
  /// list it announces follows).
  func announcesList(start: Int) -> Bool {
    var k = start
    if k > 0, text[k - 1] == "的" { k -= 1 }
    guard k >= 2 else { return false }
    let pair = (text[k - 2], text[k - 1])
    return pair == ("以", "下") || pair == ("下", "列") || pair == ("如", "下") || pair == ("下", "述")
  }

  /// True for the later members of 第1、2项 and 第三、四条.
  func isOrdinalListTail(_ start: Int) -> Bool {
    var k = start - 1
    while k >= 0, start - k <= 12 {
      let s = text[k]
      if s == "第" { return true }
      guard s == "、" || s == "," || ChineseNumeral.isNumeralScalar(s) || s == "和" || s == "及"
      else { return false }
      k -= 1
    }
    return false
  }

  /// The end of the counted noun starting at `start`: a run of Han
  /// characters up to a function word or punctuation. A function character
  /// inside a word (行为, 在建, 建成) does not end it. A head noun (案例,
  /// 案件, 老人) ends the noun where it stands, up to 14 characters on
  /// (6件跨境领域反向衔接典型案例); without one the noun is cut at 6.
  func subjectEnd(from start: Int) -> Int? {
    let n = text.count
    var e = start
    while e < n, e - start < 14 {
      let s = text[e]
      guard s.properties.isIdeographic, !ChineseNumeral.isNumeralScalar(s) else { break }
      // 兩名懲教署人員, 兩名被告早前: a claimed mention (an organization, a
      // date) ends the counted noun; the count stands without it.
      if claimed.contains(offset: e) { break }
      // 454宗升至996宗, 3593件上升到5404件: a change to another number ends
      // the count; the verb is no counted noun (and 至 there is no range).
      if FigureGuardRules.changeVerbTrie.longestMatch(in: text, from: e, limit: min(n, e + 3))
        != nil
      {
        break
      }
      if e > start,
        FigureGuardRules.subjectEndingVerbTrie.longestMatch(in: text, from: e, limit: min(n, e + 2))
          != nil
      {
        break
      }
      // 6座桥梁坡度超过8%: a comparison before the next number ends the noun.
      if e > start, startsComparedNumber(at: e) { break }
      if FigureGuardRules.endsSubject(s) {
        let inWord =
          (e > start
            && FigureGuardRules.subjectWordTrie.longestMatch(in: text, from: e - 1, limit: e + 1)
              != nil)
          || (e + 1 < n
            && FigureGuardRules.subjectWordTrie.longestMatch(in: text, from: e, limit: e + 2) != nil)
        guard inWord else { break }
      }
      e += 1
      if e - start >= 2,
        FigureGuardRules.subjectHeadTrie.longestMatch(in: text, from: e - 2, limit: e) != nil
      {
        return e
      }
    }
    e = min(e, start + 6)
    return e > start ? e : nil
  }

  /// True when a comparison or approximation word (超过, 小于, 约) at `k` is
  /// followed by a number: 坡度超过8% measures something else.
  func startsComparedNumber(at k: Int) -> Bool {
    let n = text.count
    let limit = min(n, k + 6)
    let end =
      FigureGuardRules.approximationPrefixTrie.longestMatch(in: text, from: k, limit: limit)?.0
      ?? FigureBoundRules.comparisonTrie.longestMatch(in: text, from: k, limit: limit)?.0
    guard let e = end, e < n else { return false }
    return ChineseNumeral.isNumeralScalar(text[e])
  }
}

/// Counts made without a classifier: people named by a trade or post word
/// (两掏粪工), and amounts spelt digit by digit (三零零零零元).
extension FigureScanner {
  /// 两掏粪工被困, 三协警赶到: a number, then a trade or post tail
  /// (`FigureUnitRules.peopleRoleTails`) alone or after one more Han scalar,
  /// that no other word continues (工作, 警务).
  func peopleRoleCount(phrase: NumeralPhrase, start: Int) -> FigureCandidate? {
    let n = text.count
    let e = phrase.end
    guard let v = phrase.value.integerValue, v > 1, v <= 100, phrase.upTo == nil else {
      return nil
    }
    for length in [2, 3] where e + length <= n {
      let last = e + length - 1
      guard text[e].isHan, !ChineseNumeral.isNumeralScalar(text[e]) else { return nil }
      guard
        let (tailEnd, _) = FigureUnitRules.peopleRoleTailTrie.longestMatch(
          in: text, from: last - 1, limit: last + 1), tailEnd == last + 1
      else { continue }
      if last + 1 < n, FigureUnitRules.peopleRoleBreakers.contains(text[last + 1]) { return nil }
      var f = FigureCandidate(
        start: start, end: last + 1, kind: .count, value: .number(Double(v)),
        magnitude: Double(v), unit: nil, numberStart: start, rule: .countPeopleRole)
      f.subject = document.foldedText(e..<(last + 1))
      f.approximate = phrase.approximate
      return f
    }
    return nil
  }

  /// 三零零零零元, 二零四零零元: three or more Chinese digits read one by
  /// one, the first not zero, with a money unit right after them. (Alone,
  /// such strings name years and places: 二〇二三, 二七.)
  func spellsMoneyDigitByDigit(phrase: NumeralPhrase, start: Int) -> Bool {
    let n = text.count
    let e = phrase.end
    guard e - start >= 3, e < n, phrase.upTo == nil, text[start] != "零", text[start] != "〇",
      (start..<e).allSatisfy({ FigureUnitRules.positionalDigits.contains(text[$0]) }),
      let (_, unit) = FigureUnitRules.trie.longestMatch(in: text, from: e, limit: min(n, e + 6)),
      case .money = unit.role
    else { return false }
    return true
  }

  /// 林州建筑9公司, 中铁十二局: a unit numbered after its enterprise's
  /// industry word; 某村5组, 五组组长: a group numbered after its place or
  /// before its post (两 counts, it numbers nothing).
  func namesNumberedUnit(start: Int, unit: String, unitEnd: Int) -> Bool {
    if FigureGuardRules.buildingUnitNouns.contains(unit) {
      return numbersBuilding(start: start, unitEnd: unitEnd)
    }
    if FigureGuardRules.enterpriseUnitNouns.contains(unit) {
      return wordStart(FigureGuardRules.enterpriseUnitLeadTrie, endingAt: start) != nil
    }
    guard FigureGuardRules.placeUnitNouns.contains(unit), text[start] != "两" else { return false }
    if wordStart(FigureGuardRules.placeUnitLeadTrie, endingAt: start) != nil { return true }
    return FigureGuardRules.groupPostTrie.longestMatch(
      in: text, from: unitEnd, limit: min(text.count, unitEnd + 2)) != nil
  }

  /// 科技园内105栋与106栋公共通道, 某小区3栋2单元, 某花园8幢北侧: a building
  /// numbered in an address, after a place's last word or before a part of
  /// the building or another numbered one. 建有5栋厂房, 村里3栋房屋 count
  /// buildings (a building noun follows); 两栋 is always a count.
  func numbersBuilding(start: Int, unitEnd: Int) -> Bool {
    let n = text.count
    guard text[start] != "两",
      FigureGuardRules.buildingNounTrie.longestMatch(
        in: text, from: unitEnd, limit: min(n, unitEnd + 3)) == nil
    else { return false }
    if wordStart(FigureGuardRules.buildingPlaceLeadTrie, endingAt: start) != nil { return true }
    if FigureGuardRules.buildingPartTrie.longestMatch(
      in: text, from: unitEnd, limit: min(n, unitEnd + 3)) != nil
    {
      return true
    }
    // …105栋与106栋: the second of a list of numbered buildings.
    guard start >= 2, FigureGuardRules.buildingListJoiners.contains(text[start - 1]) else {
      return false
    }
    return FigureGuardRules.buildingUnitScalars.contains(text[start - 2])
  }
}
