import ChineseText

/// Parties told in a sentence rather than after a role word: a suit's title
/// standing inside a sentence (甲诉乙…案在…开庭), the organ a procuratorate's
/// recommendation goes to in an administrative public-interest case, and a
/// body's current name where the text adds its former one in brackets.
extension CasePartyFinder {
  /// `case.party.inline-suit`: 通化市某区检察院诉某区林业局怠于履职行政公益诉讼案在…开庭 /
  /// 张某诉某物流公司劳动争议一案已审结 / 某县人民检察院诉王某某等人…一案: 甲诉乙
  /// inside a sentence, closed by 案 before the clause ends, names both sides.
  func inlineSuits(in span: TextSpan, into out: inout Parties) {
    let t = doc.folded
    forEachCue(Self.suCue, in: span) { cue in
      let su = cue.at
      guard su > span.start, su + 1 < span.end,
        !CasePartyNameBounds.notSuBefore.contains(t[su - 1]),
        !CasePartyNameBounds.notSuAfter.contains(t[su + 1]),
        let left = partyEnding(at: su, from: span.start),
        let right = partyName(
          at: su + 1, limit: span.end, afterColon: false, plain: .inTitle(CaseTitleText([])))
      else { return }
      // 诉他: a pronoun is no title's party.
      guard right.name.unicodeScalars.count >= 2 else { return }
      // The clause closes with 案 (一案, 纠纷案) within reach, no stop between.
      let reach = min(span.end, right.end + Self.inlineSuitReach)
      guard
        let an = t[right.end..<reach].firstIndex(where: {
          $0 == "案" || Self.strongStops.contains($0)
        }),
        t[an] == "案"
      else { return }
      // 王某、周某诉某公司…案: every name of the list before 诉 sues.
      var suers = [left]
      while let first = suers.first, first.span.start - 1 > span.start,
        Self.inlineListMarks.contains(t[first.span.start - 1]),
        let more = partyEnding(at: first.span.start - 1, from: span.start)
      {
        suers.insert(more, at: 0)
      }
      out.add(.plaintiff, suers, by: .inlineSuit)
      out.add(.defendant, right.name, at: TextSpan(su + 1, right.end), by: .inlineSuit)
    }
  }

  /// The party whose name ends at `end`: an organization mention, or a
  /// masked person (王某, 王某某) opening its clause.
  private func partyEnding(at end: Int, from lower: Int) -> ReadParty? {
    let t = doc.folded
    if let i = organizationIndex.positions(around: end - 1).first(where: {
      organizations[$0].span.end == end
    }) {
      let org = organizations[i]
      return ReadParty(name: org.name, span: org.span)
    }
    for length in [3, 2] where end - length >= lower {
      let s = end - length
      guard anonymisedName(at: s, limit: end) == s..<end,
        s == lower || !t[s - 1].isHan || Self.functionCharacters.contains(t[s - 1])
          // 农民工王某: a noun for a kind of party before the name.
          || Self.slotKindNouns.contains(where: {
            t.hasLiteral($0, at: s - $0.unicodeScalars.count)
          })
      else { continue }
      return ReadParty(name: doc.displayText(s..<end), span: TextSpan(s, end))
    }
    return nil
  }

  /// `case.party.recommendation-addressee`: in an administrative public-interest
  /// case (行政公益诉讼) the procuratorate brings, the organ it sends its
  /// recommendation to (向某区城市管理局（以下简称区城管局）制发检察建议 / 向负有监管职责的
  /// 某县文旅局发出诉前检察建议 / 向县文旅局提出检察建议) is the defendant, unless the
  /// case names its defendant otherwise.
  func recommendationAddressees(in span: TextSpan, title: TextSpan?, into out: inout Parties) {
    let t = doc.folded
    let kindAt = title.flatMap {
      t.firstOffset(of: Self.publicInterestAdministrative, in: $0.range)
    }
    guard out.defendants.isEmpty,
      kindAt != nil || t.firstOffset(of: Self.publicInterestAdministrative, in: span.range) != nil,
      out.plaintiffs.contains(where: { isProcuratorate($0) })
    else { return }
    var found: [ReadParty] = []
    forEachCue(Self.recommendationCue, in: span) { cue in
      let clause = clauseStart(before: cue.at, from: span.start, acrossLists: true)
      guard let xiang = t[clause..<cue.at].lastIndex(of: "向") else { return }
      let addressee = TextSpan(xiang + 1, cue.at)
      if let org = organizations(inside: addressee).first(where: { $0.kind == .agency }) {
        let defined = definedName(doc.displayText(org.span.range), before: org.span.start)
        found.append(ReadParty(name: defined ?? org.name, span: org.span))
      } else if let organ = organName(at: xiang + 1, limit: cue.at) {
        found.append(ReadParty(name: doc.displayText(organ), span: TextSpan(organ)))
      }
    }
    out.add(.defendant, found, by: .recommendationAddressee)
  }

  /// True when `name` is a procuratorate's (a mention, or a short form: 某县院, 检察机关).
  private func isProcuratorate(_ name: String) -> Bool {
    isOrganizationName(name, ofKind: [.procuratorate]) || name.contains("检察")
      || (name.hasScalarSuffix("院") && !name.hasScalarSuffix("法院")
        && name.unicodeScalars.count <= 6)
  }

  /// `case.party.current-name`: 某区人民检察院（原某县人民检察院）: the former
  /// name in brackets after a body's current one. Returns where the bracket
  /// closes when `org` is followed by one.
  func formerNameBracketEnd(after org: OrganizationMention) -> Int? {
    let t = doc.folded
    let open = org.span.end
    guard open + 2 < t.count, t[open] == "（" || t[open] == "(", t[open + 1] == "原" else {
      return nil
    }
    let reach = min(t.count, open + Self.formerNameReach)
    guard let close = t[(open + 2)..<reach].firstIndex(where: { $0 == "）" || $0 == ")" }) else {
      return nil
    }
    return close + 1
  }

  /// True when `org` is the former name in such a bracket (（原某县人民检察院）).
  func isFormerName(_ org: OrganizationMention) -> Bool {
    let t = doc.folded
    let s = org.span.start
    return s >= 2 && t[s - 1] == "原" && (t[s - 2] == "（" || t[s - 2] == "(")
      && organizationIndex.positions(around: s - 3).contains { organizations[$0].span.end == s - 2 }
  }

  /// Where the name after a descriptor opens (消费者郭某, 村民张某): the
  /// descriptor is skipped when a surname or a masked name follows it.
  func skipDescriptor(at start: Int, limit: Int) -> Int {
    for d in Self.personDescriptors where doc.folded.hasLiteral(d, at: start) {
      let next = start + d.unicodeScalars.count
      if next < limit, startsLikeAName(next) || anonymisedName(at: next, limit: limit) != nil {
        return next
      }
    }
    return start
  }

  static let suCue = KeywordSet(["诉"])
  static let recommendationCue = KeywordSet(["检察建议"])
  static let publicInterestAdministrative = "行政公益诉讼"
  /// How far after the defendant's name an inline suit's 案 may stand.
  static let inlineSuitReach = 40
  /// How long a bracket holding a former name may be.
  static let formerNameReach = 40
}
