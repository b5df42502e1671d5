import ChineseText

/// Short names of parties and the full names they stand for: a name the
/// article defines (临沂市罗庄区住房和城乡建设局（以下简称区住建局）), an organ's
/// short form (人社局, 街道办), and a word that points back at the one body
/// the case names (商家, 该公司).
extension CasePartyFinder {
  /// The short names the document defines with （以下简称Y） after a body:
  /// short name → where each definition stands and the body's name, in text
  /// order (a release may define 县文旅局 once per case, for another body).
  static func definedShortNames(
    _ t: [Unicode.Scalar], organizations: [OrganizationMention]
  ) -> [String: [(at: Int, body: String)]] {
    var defined: [String: [(at: Int, body: String)]] = [:]
    guard var from = t.firstOffset(of: "以下简称", in: 0..<t.count) else { return defined }
    // The organizations by where they end, built once (not a search per definition).
    var endingAt: [Int: OrganizationMention] = [:]
    for o in organizations { endingAt[o.span.end] = o }
    while let p = t.firstOffset(of: "以下简称", in: from..<t.count) {
      from = p + 4
      guard p >= 2, t[p - 1] == "（" || t[p - 1] == "(", let body = endingAt[p - 1] else { continue }
      var s = p + 4
      while s < t.count, [":", "：", "“", "\""].contains(t[s]) { s += 1 }
      var e = s
      while e < min(t.count, s + 12), t[e].isHan { e += 1 }
      guard e > s + 1, e < t.count, [")", "）", "”", "\""].contains(t[e]) else { continue }
      defined[t.text(s..<e), default: []].append((p, body.name))
    }
    return defined
  }

  /// The body a defined short name stands for in a case ending at `end`: the
  /// last definition before the end (the case's own, else the one in force).
  func definedName(_ short: String, before end: Int) -> String? {
    guard let all = definedNames[short] else { return nil }
    return (all.last { $0.at < end } ?? all.first)?.body
  }

  /// True when `long` is `short` with a company form after it (某橡胶加工厂 →
  /// 某橡胶加工厂有限公司): the same unit named with and without its form.
  static func isCompanyFormOf(_ short: String, _ long: String) -> Bool {
    guard long.unicodeScalars.count > short.unicodeScalars.count, long.hasPrefix(short) else {
      return false
    }
    let rest = String(long.unicodeScalars.dropFirst(short.unicodeScalars.count))
    return companyForms.contains(rest)
  }
  static let companyForms: Set<String> = ["有限公司", "有限责任公司", "股份有限公司", "集团有限公司"]

  /// True when `short` is an organ's short form of `long`: its characters
  /// stand in `long` in order, and it ends in an organ suffix `long` has
  /// (人社局 for 武汉市人力资源和社会保障局, 街道办 for 某街道办事处).
  static func isOrganShortForm(_ short: String, of long: String) -> Bool {
    // Called for every pair of names: the cheap refusals come first, and
    // nothing is allocated.
    guard let end = short.lastScalar, organSuffixEnds.contains(end),
      organSuffixes.contains(where: { short.hasScalarSuffix($0) })
    else { return false }
    let s = short.unicodeScalars
    let l = long.unicodeScalars
    guard let first = s.first, first != "某", let last = s.last, s.count >= 3, l.count > s.count,
      l.suffix(4).contains(last)
    else { return false }
    if insertsLowerRegion(short: s, long: l) { return false }
    var i = s.startIndex
    for c in l where i != s.endIndex && c == s[i] { i = s.index(after: i) }
    return i == s.endIndex
  }

  /// True when `long` is `short` with a lower region put in after the
  /// region `short` opens with (重庆市规划和自然资源局 in 重庆市某区规划和自然资源局,
  /// 武汉市人社局 in 武汉市江岸区人社局): the organ of another level, sued beside
  /// it in a review case (诉某区局、某市局), not its short form.
  static func insertsLowerRegion(
    short s: String.UnicodeScalarView, long l: String.UnicodeScalarView
  ) -> Bool {
    var si = s.startIndex
    var li = l.startIndex
    var shared = 0
    while si != s.endIndex, li != l.endIndex, s[si] == l[li] {
      si = s.index(after: si)
      li = l.index(after: li)
      shared += 1
    }
    guard shared >= 2, si != s.endIndex, regionUnitEnds.contains(s[s.index(before: si)]) else {
      return false
    }
    let rest = s.distance(from: si, to: s.endIndex)
    let inserted = l.distance(from: li, to: l.endIndex) - rest
    guard rest >= 2, inserted >= 2 else { return false }
    let tail = l.index(l.endIndex, offsetBy: -rest)
    return l[tail...].elementsEqual(s[si...]) && regionUnitEnds.contains(l[l.index(before: tail)])
  }
  static let regionUnitEnds: ScalarBitmap = ["省", "市", "区", "县", "州", "旗", "盟"]

  /// The last scalars of the organ suffixes: most names end in none, and
  /// testing one scalar refuses them before any suffix is compared.
  static let organSuffixEnds = ScalarBitmap(organSuffixes.compactMap(\.unicodeScalars.last))

  /// How far back (scalars) a pointing word looks for its body.
  static let referentReach = 400

  /// `case.party.coreference`: the one body the case names before `offset`
  /// that a word like 商家 or 该公司 points back at, when there is exactly one.
  func referent(of word: String, before offset: Int, in span: TextSpan) -> String? {
    // `case.party.company-pointer`: 公司, 该建筑公司 point at a company with that core.
    let core = Self.coreferringNouns[word] == nil ? Self.companyPointerCore(word) : nil
    guard let kind = Self.coreferringNouns[word] ?? (core != nil ? .company : nil) else {
      return nil
    }
    if kind == .procuratorate { return caseProcuratorate(in: span) }
    let t = doc.folded
    var names: [String] = []
    func note(_ n: String) {
      if let core, !core.isEmpty, !Self.isAbbreviation(core + "公司", of: n) { return }
      if !names.contains(n) { names.append(n) }
    }
    for org in organizations(inside: TextSpan(max(span.start, offset - Self.referentReach), offset))
    where org.kind == .company || kind == .body {
      note(org.name)
    }
    // Anonymised companies no stage lists (在某健身公司购买).
    // A few sentences back at most: a pointer refers to what was just told.
    var from = max(span.start, offset - Self.referentReach)
    while from < offset, let mou = t.firstOffset(of: ["某"], in: from..<offset) {
      from = mou + 1
      // 在某健身公司, not the 某 of a person's name (孙某入职某公司).
      // 入职某运输公司: a verb's character, no surname, may stand before it too.
      guard
        mou == span.start || !t[mou - 1].isHan || Self.functionCharacters.contains(t[mou - 1])
          || SurnameLexicon.surnameLength(in: t, at: mou - 1) == nil
      else { continue }
      if let body = bodyName(from: mou, limit: offset), body.upperBound - mou >= 3,
        !t[body].contains(where: { Self.notInBodyNames.contains($0) }),
        kind == .body || t.text(body).hasScalarSuffix("公司")
      {
        note(t.text(body))
        from = body.upperBound
      }
    }
    // A pointer's company told twice, once in part (宁国某建筑有限公司, then
    // 该建筑有限公司 read as 建筑有限公司), is one company.
    if core != nil { names = Self.merged(names) }
    return names.count == 1 ? names[0] : nil
  }

  /// `case.party.company-pointer`: the end of a pointer at a company standing
  /// at `start` (公司 / 该建筑公司 / 涉案企业), closed where a name closes, or nil.
  func companyPointer(at start: Int, limit: Int) -> Int? {
    let t = doc.folded
    guard start < limit, t[start] == "公" || Self.companyPointerFirsts.contains(t[start]) else {
      return nil
    }
    var coreStart = start
    // Bare 公司 only as the one taken to court (将公司告上法庭): opening a
    // sentence (公司以…为由拒绝…，李某…诉至法院) it is a topic, not the suer.
    if t[start] == "公", start == 0 || !Self.takenMarkers.contains(t[start - 1]) { return nil }
    if t[start] != "公" {
      guard
        let opening = Self.companyPointerOpenings.first(where: { t.hasLiteral($0, at: start) })
      else { return nil }
      coreStart = start + opening.unicodeScalars.count
    }
    var k = coreStart
    while k <= min(limit, coreStart + Self.companyPointerCoreReach) {
      for suffix in Self.companyPointerSuffixes where t.hasLiteral(suffix, at: k) {
        let end = k + suffix.unicodeScalars.count
        // Bare, only 公司 (企业 alone is a kind of body, not a pointer).
        if coreStart == start, k > start || suffix != "公司" { return nil }
        guard end <= limit else { return nil }
        let closed =
          end == limit || Self.strongStops.contains(t[end]) || Self.nameFollowers.contains(t[end])
        return closed ? end : nil
      }
      // A bare 公司 has no core; a pointer's core is name characters.
      guard k < limit, coreStart != start, t[k].isHan, !Self.notInBodyNames.contains(t[k]) else {
        return nil
      }
      k += 1
    }
    return nil
  }
  private static let takenMarkers: ScalarBitmap = ["将", "把"]
  private static let companyPointerFirsts = ScalarBitmap(
    companyPointerOpenings.compactMap(\.unicodeScalars.first))

  /// The core of a pointer at a company (建筑 of 该建筑公司, empty for 公司 and
  /// 该企业), or nil when `word` is no such pointer.
  static func companyPointerCore(_ word: String) -> String? {
    guard let suffix = companyPointerSuffixes.first(where: { word.hasScalarSuffix($0) }) else {
      return nil
    }
    if word == "公司" { return "" }
    guard let opening = companyPointerOpenings.first(where: { word.hasPrefix($0) }) else {
      return nil
    }
    let s = word.unicodeScalars
    let inner = s.count - opening.unicodeScalars.count - suffix.unicodeScalars.count
    guard inner >= 0, inner <= companyPointerCoreReach else { return nil }
    return String(String.UnicodeScalarView(s.dropFirst(opening.unicodeScalars.count).prefix(inner)))
  }

  /// 检察机关 where a party stands: the one procuratorate the case names (its
  /// short forms, 相山区检察院 for 安徽省淮北市相山区人民检察院, counted once), or nil.
  func caseProcuratorate(in span: TextSpan) -> String? {
    var names: [String] = []
    for org in organizations(inside: span) where org.kind == .procuratorate {
      // 相山区人民检察院 inside 安徽省淮北市相山区人民检察院: one body.
      if names.contains(where: { $0.hasSuffix(org.name) }) { continue }
      if let i = names.firstIndex(where: { org.name.hasSuffix($0) }) {
        names[i] = org.name
        continue
      }
      names.append(org.name)
    }
    return names.count == 1 ? names[0] : nil
  }
}

extension CasePartyFinder {
  /// The bracket words after a body named in full (（化名）, （以下简称…）).
  static let bodyBracketWords = ["化名", "以下简称"]

  /// Body names standing right before （化名） or （以下简称…）: read back over Han
  /// characters to the clause's stop, a function character or a lead word
  /// (与金坛某运输公司（化名）), ending in a short-name suffix (公司, 协会…).
  static func bracketedBodyNames(_ doc: TextDocument) -> [String] {
    let t = doc.folded
    var out: [String] = []
    for word in bodyBracketWords {
      let w = word.scalarArray
      var from = 0
      while let p = t.firstOffset(of: w, in: from..<t.count) {
        from = p + w.count
        guard p >= 2, t[p - 1] == "（" || t[p - 1] == "(" else { continue }
        let end = p - 1
        guard
          let suffix = shortNameSuffixes.first(where: {
            t.hasLiteral($0, at: end - $0.unicodeScalars.count)
          })
        else { continue }
        var start = end
        while start > max(0, end - 30), t[start - 1].isHan, !notInBodyNames.contains(t[start - 1]) {
          start -= 1
        }
        // The suffix itself (公司) is no lead word here.
        start = max(
          start,
          CompanyScanner.afterLeadWords(in: t, from: start, to: end - suffix.unicodeScalars.count))
        guard end - start >= 4 else { continue }
        let name = doc.displayText(start..<end)
        if !out.contains(name) { out.append(name) }
      }
    }
    return out
  }
}
