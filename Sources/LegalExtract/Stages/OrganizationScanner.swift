/// An organization found in the text, before its name is unified with the
/// other mentions of the same body in the article.
struct OrganizationCandidate: Sendable {
  var range: Range<Int>
  var kind: OrganizationKind
  var level: OrganizationLevel?
  /// Identity of the body within one article (kind, innermost region, organ).
  var key: String
  /// The region part of the name (湖北省麻城市; a final short form expanded).
  var prefix: String
  /// The organ part: canonical for courts and procuratorates, as written for agencies.
  var organ: String
  /// A unit named after the organ (兰山分局, 第一巡回法庭, 某某人民法庭).
  var suffix: String = ""
  /// True for agencies: the longest organ form the article uses wins.
  var organAsWritten: Bool = false
  /// The rule that made it.
  var rule: OrganizationRule = .regionChain
  /// For a short place kept as written (浦东法院), the region spelt out
  /// (浦东新区): the body the article also writes in full is this one.
  var expandedPrefix: String?

  var name: String { prefix + organ + suffix }
}

/// Scans the folded text once, left to right. A name ends in an organ word
/// (人民法院, 公安局), so a region chain is tried only where an organ word
/// begins within `window` scalars of Han text; a national body or a listed
/// court is tried only where its first scalar stands. The longest wins.
enum OrganizationScanner {
  /// The longest region chain before an organ word (新疆维吾尔自治区伊犁哈萨克自治州…).
  static let window = 40

  static func scan(_ text: [Unicode.Scalar]) -> [OrganizationCandidate] {
    var ignored: [Rejection] = []
    return scan(text, rejections: &ignored)
  }

  /// The candidates, and in `rejections` what the national-body guards threw away.
  static func scan(_ text: [Unicode.Scalar], rejections: inout [Rejection])
    -> [OrganizationCandidate]
  {
    var out: [OrganizationCandidate] = []
    var yuanForms:
      [(start: Int, region: [Unicode.Scalar], level: RegionGazetteer.Level, end: Int)] = []
    var i = 0
    var hanEnd = 0  // end of the Han run holding i
    var organ = 0  // the next organ word's start after i in this run, or hanEnd
    var soleCity = SoleCity.unknown
    var soleProvince: [Unicode.Scalar]?? = nil
    var homographParentsNamed: [Int: Bool] = [:]
    // Read once, tested inline: the walk for the next organ word asks both
    // tries at every Han scalar, and their first-scalar bitmaps refuse
    // nearly all of them without a call.
    let organs = OrganRules.trie
    let stems = CompositeBureauRules.stemTrie
    // The tables every Han scalar is tested against, read once too (a
    // static read in the loop is a once-check and a retain per test).
    let nationalBodies = NationalBodyRules.trie
    let levels = levelWords
    let joiners = OrganShortFormRules.listJoiners
    let homographHeads = OrganShortFormRules.verbHomographHeads
    var levelPlacesWritten: [Unicode.Scalar: Bool] = [:]
    while i < text.count {
      guard RegionChain.isHan(text[i]) else {
        i += 1
        continue
      }
      if hanEnd <= i {
        hanEnd = i
        while hanEnd < text.count, RegionChain.isHan(text[hanEnd]) { hanEnd += 1 }
      }
      if organ <= i {
        organ = i + 1
        while organ < hanEnd,
          !(organs.mayStart(text, at: organ) && organs.hasMatch(in: text, from: organ)),
          !(stems.mayStart(text, at: organ) && compositeBureauEnd(in: text, at: organ) != nil)
        {
          organ += 1
        }
      }
      let nearOrgan = organ < hanEnd && organ - i <= window
      let national = text[i] == "中" || nationalBodies.mayStart(text, at: i)
      if levels.contains(text[i]) {
        if organ == i + 1,
          let c = placeholderUnitBody(in: text, at: i, notBefore: out.last?.range.upperBound ?? 0)
            ?? inheritedBody(
              in: text, at: i, previous: out.last, soleCity: &soleCity, soleProvince: &soleProvince)
            ?? asWrittenBody(in: text, at: i, written: &levelPlacesWritten)
        {
          out.append(c)
          i = c.range.upperBound
          continue
        }
        if let y = yuanShortForm(in: text, at: i),
          !out.contains(where: { $0.range.overlaps(y.start..<y.end) })
        {
          yuanForms.append(y)
        }
      }
      // 太仆寺旗国土资源局、环境保护局: the list's place for a bare organ word.
      if i >= 1, joiners.contains(text[i - 1]),
        let c = listItemBody(in: text, at: i, previous: out.last)
      {
        out.append(c)
        i = c.range.upperBound
        continue
      }
      // 会同县总工会 after …检察院: 会同 is the verb unless the text names its parents.
      if nearOrgan, homographHeads.contains(text[i]),
        let k = OrganShortFormRules.verbHomographPlaces.firstIndex(where: {
          RegionChain.hasPrefix(text, i, $0.place)
        })
      {
        let named =
          homographParentsNamed[k]
          ?? OrganShortFormRules.verbHomographPlaces[k].parents.contains {
            text.firstOffset(of: $0, in: 0..<text.count) != nil
          }
        homographParentsNamed[k] = named
        // The verb reading needs a body after it that takes a place named
        // before (…会同县总工会 after 桐庐县…); at a text's start 会同县 is the place.
        let after = i + OrganShortFormRules.verbHomographPlaces[k].place.count
        let inherits =
          after < text.count
          && OrganShortFormRules.levelWords.first(where: { $0.word == text[after] }).map {
            namedRegion(endingWith: text[after], levels: $0.levels, before: i, in: text) != nil
          } == true
        if !named, inherits {
          // The guard fires on reading the place: the rejection spans it.
          rejections.append(
            Rejection(
              TextSpan(i, after), proposedBy: OrganizationRule.regionChain.name,
              rejectedBy: OrganizationRule.verbHomographPlace.name))
          i = after
          continue
        }
      }
      guard nearOrgan || national, let c = best(in: text, at: i, nearOrgan: nearOrgan) else {
        if national, let m = nationalMatch(in: text, at: i),
          let g = nationalGuard(in: text, at: i, start: m.start, end: m.end, body: m.body)
        {
          rejections.append(
            Rejection(
              TextSpan(i, m.end), proposedBy: OrganizationRule.national.name, rejectedBy: g.name))
        }
        i += 1
        continue
      }
      out.append(c)
      i = c.range.upperBound
    }
    let more = resolveYuanShortForms(yuanForms, among: out, in: text)
    guard !more.isEmpty else { return out }
    return (out + more).sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  static func best(in text: [Unicode.Scalar], at i: Int, nearOrgan: Bool = true)
    -> OrganizationCandidate?
  {
    var best: OrganizationCandidate?
    func consider(_ c: OrganizationCandidate?) {
      guard let c else { return }
      if best.map({ c.range.count > $0.range.count }) ?? true { best = c }
    }
    consider(national(in: text, at: i))
    guard nearOrgan else { return best }
    var chainBest: (OrganizationCandidate, Int)?
    var tokens: [RegionToken] = []
    tokens.reserveCapacity(4)
    extendChain(in: text, from: i, at: i, tokens: &tokens, best: &chainBest)
    consider(chainBest?.0)
    if let (end, index) = CourtLexicon.shared.trie.longestMatch(
      in: text, from: i, limit: i + window)
    {
      let name = CourtLexicon.shared.names[index]
      consider(
        OrganizationCandidate(
          range: i..<end, kind: .court, level: CourtLexicon.shared.level(of: name),
          key: "court|\(name)", prefix: "", organ: name, rule: .listedCourt))
    }
    return best
  }

  // MARK: - National bodies

  static let prcPrefix = Array("中华人民共和国".unicodeScalars)
  /// Last scalars of the foreign states (`StatuteRules.foreignStates`): a
  /// cheap test before looking one up behind a national body's name.
  static let foreignStateEnds = ScalarBitmap(
    StatuteRules.foreignStates.compactMap { $0.unicodeScalars.last })

  /// A national body's name at `i` (with 中华人民共和国 before it or not).
  static func nationalMatch(in text: [Unicode.Scalar], at i: Int)
    -> (start: Int, end: Int, body: NationalBodyRules.Body, prefix: String)?
  {
    var start = i
    var prefix = ""
    if RegionChain.hasPrefix(text, i, prcPrefix) {
      start = i + prcPrefix.count
      prefix = "中华人民共和国"
    }
    guard
      let (end, body) = NationalBodyRules.trie.longestMatch(
        in: text, from: start, limit: start + 20)
    else { return nil }
    return (start, end, body, prefix)
  }

  /// The guard that throws away the national body at `i`, if any.
  static func nationalGuard(
    in text: [Unicode.Scalar], at i: Int, start: Int, end: Int, body: NationalBodyRules.Body
  )
    -> OrganizationRule?
  {
    // 人力资源社会保障部令第18号, 人社部发〔2020〕: the body names a document.
    if isDocumentSuffix(text, at: end) { return .ministryDocument }
    // 贯彻党中央、国务院决策部署: half of a set phrase, not an acting body.
    if start == i,
      let formula = NationalBodyRules.partyStateFormula.first(where: { $0.body == body.name }),
      formula.leads.contains(where: { StatuteTitle.matchBackward($0, in: text, endingAt: i) != nil }
      )
    {
      return .partyStateFormula
    }
    // 市人社部门: a short name right after 省/市/县/区 belongs to a local word.
    if start == i, i > 0, levelWords.contains(text[i - 1]),
      body.name.unicodeScalars.count != end - start
    {
      return .shortNameAfterLevelWord
    }
    return nil
  }

  static func national(in text: [Unicode.Scalar], at i: Int) -> OrganizationCandidate? {
    guard let (start, end, body, prefix) = nationalMatch(in: text, at: i) else { return nil }
    if end < text.count, blocked(after: text[end - 1], next: text[end]) {
      return nil
    }
    // 劳动部分, 财政部分资金: 部分 is the word "part" (not 人社部分别).
    if end + 1 < text.count, text[end - 1] == "部", text[end] == "分", text[end + 1] != "别" {
      return nil
    }
    if nationalGuard(in: text, at: i, start: start, end: end, body: body) != nil { return nil }
    // 加拿大最高法院: the state's own court, as written.
    if start == i, i > 0, foreignStateEnds.contains(text[i - 1]),
      let state = StatuteTitle.foreignState(before: i, in: text)
    {
      let s = i - state.unicodeScalars.count
      let name = RegionChain.string(text[s..<end])
      return OrganizationCandidate(
        range: s..<end, kind: body.kind, level: nil, key: "\(body.kind.rawValue)|\(name)",
        prefix: "", organ: name,
        rule: .foreignNational)
    }
    // (2023)最高法民终12号: the court code of a docket number, not a mention.
    if i > 0, text[i - 1] == ")" || text[i - 1] == "〕", end - start <= 3 { return nil }
    let isShortName = body.name.unicodeScalars.count != end - start
    // An agency's short name stays as written (国家医保局, 国新办) unless the
    // article writes a longer form: ANNOTATION.md names a body by the fullest
    // form the article uses, and only 法院 / 检察院 short forms expand
    // (最高检 → 最高人民检察院). `OrganizationNaming.unify` keeps the longest.
    let asWritten = body.kind == .agency
    var c = OrganizationCandidate(
      range: i..<end, kind: body.kind, level: body.level, key: "\(body.kind.rawValue)|\(body.name)",
      prefix: prefix,
      organ: asWritten && isShortName ? RegionChain.string(text[start..<end]) : body.name,
      organAsWritten: asWritten,
      rule: isShortName ? .stateCouncilShortName : .national)
    if body.name == "最高人民法院", let (tEnd, suffix) = circuitCourt(in: text, at: end) {
      c.range = i..<tEnd
      c.suffix = suffix
      c.key += "|" + suffix
      c.rule = .nationalUnit
    } else if let (oEnd, _) = NationalBodyRules.internalBureauTrie.longestMatch(
      in: text, from: end)
    {
      c.range = i..<oEnd
      c.rule = .nationalOffice
    } else if let (uEnd, _) = NationalBodyRules.bodyUnitTrie.longestMatch(in: text, from: end) {
      let unit = RegionChain.string(text[end..<uEnd])
      c.range = i..<uEnd
      c.suffix = unit
      c.key += "|" + unit
      c.rule = .nationalUnit
    } else if let (bEnd, suffix) = nationalBranch(in: text, at: end, body: body) {
      c.range = i..<bEnd
      c.suffix = suffix
      c.key += "|" + suffix
      c.rule = .nationalUnit
      if body.kind == .procuratorate { c.level = .intermediate }
    }
    return c
  }

  /// 最高法定刑, 最高检测, 公安部门: the abbreviation is part of a longer word.
  static func blocked(after last: Unicode.Scalar, next: Unicode.Scalar) -> Bool {
    switch last {
    case "法": return "定律规典官院".unicodeScalars.contains(next)
    case "检": return "测验查察".unicodeScalars.contains(next)
    case "部": return "门署".unicodeScalars.contains(next)
    default: return false
    }
  }

  static let levelWords = ScalarBitmap(scalarsOf: "省市县区州镇乡")
  static let documentMarks = ScalarBitmap(scalarsOf: "发函规办")

  /// 令 (an order's number), or 发/函/规 before 〔 (a document number).
  static func isDocumentSuffix(_ text: [Unicode.Scalar], at end: Int) -> Bool {
    guard end < text.count else { return false }
    if text[end] == "令" { return true }
    if let e = yearOrderEnd(text, at: end) { return e > end }
    return end + 1 < text.count && documentMarks.contains(text[end])
      && (text[end + 1] == "〔" || text[end + 1] == "[" || text[end + 1] == "(")
  }

  static let asciiDigits = ScalarBitmap(scalarsOf: "0123456789")
  static let numberScalars = ScalarBitmap(scalarsOf: "0123456789〇零一二三四五六七八九十百千")

  /// 2001年第310号令 (an order numbered within its year) at `pos`: its end.
  static func yearOrderEnd(_ text: [Unicode.Scalar], at pos: Int) -> Int? {
    var k = pos
    while k < text.count, k - pos < 4, asciiDigits.contains(text[k]) { k += 1 }
    guard k - pos == 4, k + 1 < text.count, text[k] == "年", text[k + 1] == "第" else { return nil }
    k += 2
    let digits = k
    while k < text.count, k - digits < 8, numberScalars.contains(text[k]) { k += 1 }
    guard k > digits, k + 1 < text.count, text[k] == "号", text[k + 1] == "令" else { return nil }
    return k + 2
  }

  static let ordinals = Array("一二三四五六七八九十".unicodeScalars)

  /// 第一巡回法庭 after 最高人民法院. (Its 知识产权法庭 is a tribunal inside the
  /// court, like 民事审判庭: an office of the body, not a body of its own.)
  static func circuitCourt(in text: [Unicode.Scalar], at pos: Int) -> (Int, String)? {
    let tail = Array("巡回法庭".unicodeScalars)
    guard pos + 2 + tail.count <= text.count, text[pos] == "第", ordinals.contains(text[pos + 1]),
      RegionChain.hasPrefix(text, pos + 2, tail)
    else { return nil }
    let end = pos + 2 + tail.count
    return (end, RegionChain.string(text[pos..<end]))
  }
}
