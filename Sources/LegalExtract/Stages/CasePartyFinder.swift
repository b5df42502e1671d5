import ChineseText

/// Finds a case's plaintiffs and defendants: from its title (甲诉乙…案),
/// from role phrases (原告X, 被告人X, 公诉机关X), and from a procuratorate
/// that prosecutes or sues.
struct CasePartyFinder {
  let doc: TextDocument
  let organizations: [OrganizationMention]

  struct Parties: Equatable {
    var plaintiffs: [String] = []
    var defendants: [String] = []
    /// Defendants of the first-instance suit (以X为被告): on appeal or
    /// retrial they stay defendants whatever their later role.
    var firstInstanceDefendants: [String] = []
  }

  func parties(title: TextSpan?, span: TextSpan, criminal: Bool = false) -> Parties {
    var out = Parties()
    if let title { fromTitle(title, into: &out) }
    let titleText = title.map { doc.folded.text($0.range) } ?? ""
    fromRoles(in: span, title: titleText, into: &out)
    fromVerbs(in: span, title: titleText, into: &out)
    fromProsecution(in: span, into: &out)
    if criminal { publicProsecutor(in: span, into: &out) }
    out.defendants = Self.merged(out.defendants)
    out.plaintiffs = Self.merged(out.plaintiffs).filter { p in
      !out.firstInstanceDefendants.contains { d in d == p || Self.isAbbreviation(d, of: p) || Self.isAbbreviation(p, of: d) }
    }
    out.firstInstanceDefendants = []
    return out
  }

  /// The organization mention that starts at `offset`, if any.
  func organization(startingAt offset: Int) -> OrganizationMention? {
    organizations.filter { $0.span.start == offset }.max { $0.span.length < $1.span.length }
  }

  /// 甲诉乙…案: 甲 is the plaintiff, 乙 the defendant. In 某某遗弃案 the
  /// anonymised name is the defendant.
  private func fromTitle(_ title: TextSpan, into out: inout Parties) {
    let t = doc.folded
    guard let su = suOffset(in: title), su > title.start else {
      // 周某某申请变更监护人案: the applicant is the plaintiff side.
      if let apply = t.firstOffset(of: "申请".scalarArray, in: title.range), apply > title.start,
        let name = anonymisedName(at: title.start, limit: apply) ?? organization(startingAt: title.start).map({ $0.span.range })
      {
        out.plaintiffs.append(organization(startingAt: title.start)?.name ?? t.text(name))
        return
      }
      if t.firstOffset(of: ["与"], in: title.range) == nil,
        let mou = t.firstOffset(of: ["某"], in: title.range), mou > title.start,
        let name = anonymisedName(at: mou - 1, limit: title.end)
      {
        out.defendants.append(t.text(name))
      }
      return
    }
    // Plaintiffs: the names before 诉, split at 、.
    for part in split(title.start..<su) { out.plaintiffs.append(name(of: part)) }
    // Defendant: an organization right after 诉, else a body ending in a
    // known suffix, else a short personal name.
    if let org = organization(startingAt: su + 1) {
      out.defendants.append(org.name)
    } else if let body = bodyName(from: su + 1, limit: title.end) {
      out.defendants.append(t.text(body))
    } else if let person = anonymisedName(at: su + 1, limit: title.end) {
      out.defendants.append(t.text(person))
    }
  }

  /// The 诉 of 甲诉乙 (not of 诉讼, 抗诉, 起诉, 上诉, 申诉, 公诉, 诉称).
  private func suOffset(in title: TextSpan) -> Int? {
    let t = doc.folded
    for i in title.range where t[i] == "诉" {
      let before: Unicode.Scalar = i > title.start ? t[i - 1] : " "
      let after: Unicode.Scalar = i + 1 < title.end ? t[i + 1] : " "
      if ["抗", "起", "上", "申", "公", "告", "反"].contains(before) || ["讼", "称", "请"].contains(after) { continue }
      return i
    }
    return nil
  }

  private func split(_ range: Range<Int>) -> [Range<Int>] {
    var parts: [Range<Int>] = []
    var start = range.lowerBound
    for i in range where doc.folded[i] == "、" {
      if i > start { parts.append(start..<i) }
      start = i + 1
    }
    if range.upperBound > start { parts.append(start..<range.upperBound) }
    return parts
  }

  private func name(of range: Range<Int>) -> String {
    if let org = organization(startingAt: range.lowerBound), org.span.end == range.upperBound { return org.name }
    return doc.folded.text(range)
  }

  /// A company or body name from `start`: up to the first known suffix.
  private func bodyName(from start: Int, limit: Int) -> Range<Int>? {
    let t = doc.folded
    var best: Int?
    for suffix in CaseRules.bodySuffixes {
      if let at = t.firstOffset(of: suffix.scalarArray, in: start..<min(limit, start + 30)) {
        let end = at + suffix.unicodeScalars.count
        if best == nil || end < best! || (at + suffix.unicodeScalars.count > best! && at < best!) { best = max(best ?? 0, end) }
      }
    }
    if let best, best - start >= 3 { return start..<best }
    return nil
  }

  /// 原告X, 被告人X, 公诉机关X, …: the name after a role word.
  private func fromRoles(in span: TextSpan, title: String, into out: inout Parties) {
    let t = doc.folded
    let roles = CaseRules.plaintiffRoles.map { ($0.scalarArray, true) } + CaseRules.defendantRoles.map { ($0.scalarArray, false) }
    var i = span.start
    while i < span.end {
      guard t[i] == "原" || t[i] == "被" || t[i] == "公" || t[i] == "申" || t[i] == "自" || t[i] == "一" || t[i] == "再" else { i += 1; continue }
      guard let (role, plaintiff) = roles.filter({ t.hasLiteral($0.0, at: i) }).max(by: { $0.0.count < $1.0.count }) else {
        i += 1
        continue
      }
      // 被告 inside 被告人 was taken as the longer role; skip 被上诉人 words.
      var j = i + role.count
      let colon = j < span.end && (t[j] == ":" || t[j] == "：")
      if colon { j += 1 }
      for found in partyList(at: j, limit: span.end, afterColon: colon, title: title) {
        if plaintiff { out.plaintiffs.append(found) } else { out.defendants.append(found) }
      }
      i = j
    }
    // 以X为被告(诉至…): X is the defendant, the one who sues opens the clause.
    var k = span.start
    while let at = t.firstOffset(of: "为被告".scalarArray, in: k..<span.end) {
      k = at + 3
      let clauseStart = (t[span.start..<at].lastIndex { Self.strongStops.contains($0) || $0 == "。" }).map { $0 + 1 } ?? span.start
      guard let yi = t[clauseStart..<at].lastIndex(of: "以"), at - yi <= 30 else { continue }
      let named = partyList(at: yi + 1, limit: at, afterColon: false, title: title + t.text(yi + 1..<at))
      out.defendants += named
      out.firstInstanceDefendants += named
      if let suer = partyName(at: clauseStart, limit: yi, afterColon: false, title: title + t.text(clauseStart..<yi)) {
        out.plaintiffs.append(suer.name)
      }
    }
  }

  /// The party named at `start`: an organization mention; after a colon,
  /// the text up to the next comma; an anonymised name (郑某, 喻某某, 冯某甲,
  /// 刘某珍); or a two- or three-character name followed by a delimiter.
  func partyName(at start: Int, limit: Int, afterColon: Bool, title: String) -> (name: String, end: Int)? {
    if let org = organization(startingAt: start) { return (org.name, org.span.end) }
    let t = doc.folded
    guard start < limit, t[start].isHan else { return nil }
    if afterColon {
      var e = start
      while e < limit, e - start <= 30, !Self.strongStops.contains(t[e]) { e += 1 }
      let text = t.text(start..<e)
      if e < limit, e - start >= 2, e - start <= 4 || CaseRules.bodySuffixes.contains(where: { text.hasSuffix($0) }) {
        return (text, e)
      }
      return nil
    }
    if let anonymised = anonymisedName(at: start, limit: limit) { return (t.text(anonymised), anonymised.upperBound) }
    // A plain name counts only when the case title carries it too: role
    // words are followed by too many ordinary words (原告要求, 被告恢复).
    for length in [3, 2] where start + length < limit {
      let end = start + length
      let text = t.text(start..<end)
      if (start..<end).allSatisfy({ t[$0].isHan }), Self.titleNamesParty(title, text),
        Self.strongStops.contains(t[end]) || Self.nameFollowers.contains(t[end]),
        !Self.notNames.contains(where: { text.hasPrefix($0) })
      {
        return (text, end)
      }
    }
    return nil
  }

  /// 郑某, 喻某某, 冯某甲, 刘某珍 (the last only when a delimiter follows).
  func anonymisedName(at start: Int, limit: Int) -> Range<Int>? {
    let t = doc.folded
    guard start + 1 < limit, t[start].isHan, t[start] != "某", t[start + 1] == "某" else { return nil }
    var e = start + 2
    if e < limit, ["某", "甲", "乙", "丙", "丁"].contains(t[e]) {
      e += 1
    } else if e + 1 < limit, t[e].isHan, !Self.functionCharacters.contains(t[e]),
      Self.strongStops.contains(t[e + 1]) || Self.nameFollowers.contains(t[e + 1])
    {
      e += 1
    }
    return start..<e
  }

  /// Characters that never end a given name (王某的, 王某在).
  static let functionCharacters: Set<Unicode.Scalar> = [
    "的", "在", "于", "等", "与", "和", "及", "因", "系", "将", "已", "又", "也", "称", "辩", "诉", "某", "为", "向",
    "原", "曾", "现", "先", "再", "还", "另", "却", "便", "遂", "仍", "自", "从", "到", "至", "以", "由",
    "对", "被", "把", "是", "有", "无", "不", "均", "则", "即", "就", "并", "但", "所", "之", "其", "后", "前",
  ]

  /// Characters that end a name for certain.
  static let strongStops: Set<Unicode.Scalar> = [
    ",", "，", "、", "。", "(", "（", ")", "）", ":", "：", ";", "；", "\n", " ",
  ]
  /// Words that may follow a name directly (与, 犯, 诉称, 辩称).
  static let nameFollowers: Set<Unicode.Scalar> = ["与", "和", "及", "等", "犯", "诉", "辩", "系", "因"]
  /// Two-character starts that are words, not names.
  static let notNames = [
    "诉称", "辩称", "单位", "该", "其", "上述", "相关", "一方", "双方", "人民", "机关", "法院", "公司", "不服", "认为",
    "提出", "主张", "未", "均", "对", "向", "就", "所", "称", "方", "的", "在", "人", "一审", "二审", "再审",
  ]

  /// True when `title` names `name` as a party: it opens the title, or
  /// stands beside 诉, 与 or 、.
  static func titleNamesParty(_ title: String, _ name: String) -> Bool {
    guard !title.isEmpty, !name.isEmpty else { return false }
    return title.hasScalarPrefix(name) || title.contains("诉" + name) || title.contains(name + "诉")
      || title.contains(name + "与") || title.contains("与" + name) || title.contains("、" + name)
      || title.contains(name + "、")
  }

  /// In a criminal case the procuratorate that prosecutes is the plaintiff
  /// side (公诉机关): the one whose sentence speaks of prosecution, else the
  /// first the case names.
  private func publicProsecutor(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    let procuratorates = organizations.filter { $0.kind == .procuratorate && span.contains($0.span) }
    guard !procuratorates.isEmpty, out.plaintiffs.isEmpty || !out.plaintiffs.contains(where: { p in procuratorates.contains { $0.name == p } }) else { return }
    let prosecuting = procuratorates.first { org in
      guard let si = doc.sentenceIndex(containing: org.span.start) else { return false }
      let s = doc.sentences[si]
      return ["起诉", "公诉", "指控"].contains { t.firstOffset(of: $0.scalarArray, in: s) != nil }
        && t.firstOffset(of: "不起诉".scalarArray, in: s) == nil
    }
    // Without a word of prosecution, the first procuratorate acting in a
    // criminal case that went to trial (判处) is taken as its prosecutor.
    let tried = t.firstOffset(of: "判处".scalarArray, in: span.range) != nil
    if let chosen = prosecuting ?? (tried ? procuratorates.first(where: { $0.name != "最高人民检察院" }) : nil) {
      out.plaintiffs.append(chosen.name)
    }
  }

  /// A procuratorate that prosecutes or sues is a plaintiff (公诉机关).
  private func fromProsecution(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    for org in organizations where org.kind == .procuratorate && span.contains(org.span) {
      guard let sentence = doc.sentenceIndex(containing: org.span.start) else { continue }
      let s = doc.sentences[sentence]
      let rest = org.span.end..<min(s.upperBound, org.span.end + 40)
      if ["提起公诉", "提起诉讼", "提起公益诉讼", "提起行政公益诉讼", "提起民事公益诉讼", "向法院起诉", "起诉至"].contains(where: {
        t.firstOffset(of: $0.scalarArray, in: rest) != nil
      }) {
        out.plaintiffs.append(org.name)
      }
    }
  }

  /// Distinct names, a short form dropped when a longer one ends with it
  /// or abbreviates it (隆茂公司 for 上海隆茂建筑装潢有限公司).
  static func merged(_ names: [String]) -> [String] {
    var out: [String] = []
    for n in names where !n.isEmpty {
      if out.contains(where: { isAbbreviation(n, of: $0) }) { continue }
      if let i = out.firstIndex(where: { isAbbreviation($0, of: n) }) {
        out[i] = n
        continue
      }
      if out.contains(where: { $0 == n || ($0.hasSuffix(n) && n.unicodeScalars.count >= 5) }) { continue }
      if let i = out.firstIndex(where: { n.hasSuffix($0) && $0.unicodeScalars.count >= 5 }) {
        out[i] = n
        continue
      }
      out.append(n)
    }
    return out
  }

  /// True when `short` is a company short name (its characters before 公司
  /// appear in order in the longer name).
  static func isAbbreviation(_ short: String, of long: String) -> Bool {
    guard short.hasSuffix("公司"), long.unicodeScalars.count > short.unicodeScalars.count else { return false }
    let core = Array(short.unicodeScalars.dropLast(2))
    guard core.count >= 2 else { return false }
    var i = long.unicodeScalars.startIndex
    for c in core {
      guard let at = long.unicodeScalars[i...].firstIndex(of: c) else { return false }
      i = long.unicodeScalars.index(after: at)
    }
    return true
  }
}
