import ChineseText

/// Short names of interpretations and opinions (《虚假恐怖信息解释》, 《醉驾意见》)
/// and the document numbers that link a short name to its title (issue 16).
/// Rules: `short-name-in-article` (a title this article cites), `short-name-in-table`
/// (one title of the law table), `short-name-as-written` (neither: kept with
/// its kind), `document-number-link` (法释〔2013〕24号 beside both).
extension StatuteScanner {
  /// The full title a short name stands for, or nil.
  func resolveShortName(_ written: String) -> CitedLaw? {
    guard let (core, ending) = StatuteScanner.shortNameCore(written) else { return nil }
    let cited = Set(mentions.map(\.law)).filter {
      StatuteScanner.abbreviates(core, ending: ending, title: $0)
    }
    if cited.count == 1, let law = cited.first, let m = mentions.first(where: { $0.law == law }) {
      return CitedLaw(law: law, kind: m.kind, rule: .titleShortName)
    }
    guard cited.isEmpty, let id = lexicon.titleAbbreviated(by: core, ending: ending) else {
      return nil
    }
    return CitedLaw(
      law: lexicon.entries[id].title, kind: lexicon.entries[id].kind, rule: .titleShortName)
  }

  /// The characters a short name keeps and its ending (解释, 意见…), when
  /// `written` has the shape of one: no 关于, a known ending, two or more
  /// scalars before it.
  static func shortNameCore(_ written: String) -> ([Unicode.Scalar], String)? {
    guard !written.containsScalars("关于"),
      let ending = written.hasScalarSuffix(StatuteRules.judicialInterpretationEnding)
        ? StatuteRules.judicialInterpretationEnding
        : StatuteRules.shortNameEndings.first(where: { written.hasScalarSuffix($0) })
    else { return nil }
    let core = Array(written.unicodeScalars.dropLast(ending.unicodeScalars.count))
      .filter { StatuteTitle.isHan($0) }
    return core.count >= 2 ? (core, ending) : nil
  }

  /// True when `title` is a 关于… title with `ending` whose 关于 part holds
  /// `core`'s scalars in order (虚假恐怖信息 in 关于审理编造、故意传播虚假恐怖信息刑事案件…).
  /// Ending 司法解释 (《行政协议司法解释》): any judicial body's
  /// interpretation, whatever its form (…的解释, 若干问题的规定, 批复).
  static func abbreviates(_ core: [Unicode.Scalar], ending: String, title: String) -> Bool {
    guard titleEnds(title, ending: ending), let about = title.scalarRange(of: "关于") else {
      return false
    }
    return holdsInOrder(core, title[about.upperBound...].unicodeScalars)
  }

  /// True when `title` ends as a short name with `ending` may stand for;
  /// 司法解释 stands for any form of a judicial body's interpretation.
  static func titleEnds(_ title: String, ending: String) -> Bool {
    ending == StatuteRules.judicialInterpretationEnding
      ? StatuteRules.judicialIssuers.contains(where: { title.hasPrefix($0) })
        && StatuteRules.judicialInterpretationForms.contains(where: { title.hasScalarSuffix($0) })
      : title.hasScalarSuffix(ending)
  }

  /// True when `part` holds `core`'s scalars in order (not necessarily together).
  static func holdsInOrder<S: Sequence<Unicode.Scalar>>(_ core: [Unicode.Scalar], _ part: S) -> Bool
  {
    var k = 0
    for s in part where k < core.count && s == core[k] {
      k += 1
    }
    return k == core.count
  }

  /// Rule `document-number-link` and `short-name-in-article` for titles cited
  /// after the short name: a short name takes the full title that shares its
  /// document number, or the one title of the article it abbreviates.
  static func withShortNamesLinked(_ mentions: [StatuteMention], documentNumbers: [Int: String])
    -> [StatuteMention]
  {
    var out = mentions
    var byNumber: [String: String] = [:]
    for (k, n) in documentNumbers where mentions[k].law.containsScalars("关于") {
      byNumber[n] = mentions[k].law
    }
    let full = Set(mentions.map(\.law)).filter { $0.containsScalars("关于") }
    for k in out.indices {
      let m = out[k]
      guard !m.law.containsScalars("关于") else { continue }
      var target: String?
      if let n = documentNumbers[k], let law = byNumber[n] {
        target = law
      } else if let (core, ending) = shortNameCore(m.law) {
        let matches = full.filter { abbreviates(core, ending: ending, title: $0) }
        if matches.count == 1 { target = matches.first }
      }
      guard let law = target else { continue }
      out[k].law = law
      if let kind = mentions.first(where: { $0.law == law })?.kind { out[k].kind = kind }
    }
    return out
  }
}

extension LawLexicon {
  /// True when some table title ending `ending` holds `core`'s scalars in
  /// order after its 关于 (the short name could stand for it).
  func anyTitleAbbreviated(by core: [Unicode.Scalar], ending: String) -> Bool {
    aboutParts.contains { $0.abbreviated(by: core, ending: ending) }
  }

  /// The one table title a short name abbreviates, or nil (none, or several).
  func titleAbbreviated(by core: [Unicode.Scalar], ending: String) -> Int? {
    var found: Int?
    for part in aboutParts where part.abbreviated(by: core, ending: ending) {
      if found != nil { return nil }
      found = part.id
    }
    return found
  }
}
