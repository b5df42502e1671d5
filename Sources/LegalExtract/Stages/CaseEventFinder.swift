import ChineseText

/// Builds a case's timeline from the rules of Rules/CaseEventRules.swift: a
/// trigger phrase makes a candidate step of its kind, the clause around it may
/// reject it or change its kind, and the nearest date before it in its
/// sentence (with the dates listed just before that one) dates it. One event
/// per (date, kind), in date order.
struct CaseEventFinder {
  let doc: TextDocument

  /// One thing the rules decided: an event made, or a candidate rejected.
  struct Finding: Equatable {
    var rule: CaseEventRule
    /// The trigger phrase (or, for a date's rejection, the trigger it would have dated).
    var span: TextSpan
    /// The event made, nil for a rejection.
    var event: CaseEvent?
    /// The part of the month its date names (2018年12月初: early), if any.
    var part: MonthPart? = nil
  }

  /// The trigger table as a trie of row indices (first row wins for a phrase).
  private static let trie: PhraseTrie<Int> = {
    var trie = PhraseTrie<Int>()
    for (i, row) in CaseEventRules.triggers.enumerated() { trie.insert(row.phrase, value: i) }
    return trie
  }()

  /// For each row, the next row of the same phrase (a phrase may have several gapped rows: 收到…申请,
  /// 收到…鉴定意见, 收到…反映), nil after the last.
  private static let nextRowOfPhrase: [Int?] = {
    let rows = CaseEventRules.triggers
    var next = [Int?](repeating: nil, count: rows.count)
    var last: [String: Int] = [:]
    for (i, row) in rows.enumerated() {
      if let previous = last[row.phrase] { next[previous] = i }
      last[row.phrase] = i
    }
    return next
  }()

  private static func scalars(_ words: [String]) -> ScalarWords {
    ScalarWords(words.map(\.scalarArray))
  }
  private static let basisWords = scalars(CaseEventRules.basisWords)
  private static let replyTitleWords = scalars(CaseEventRules.replyTitleWords)
  private static let rulingPaperYields = scalars(CaseEventRules.rulingPaperYields)
  private static let titleOpen = "《".scalarArray
  private static let titleClose = scalars(["》"])
  private static let hourWords = scalars(CaseEventRules.hourWords)
  private static let examinationWord = "鉴定".scalarArray
  private static let procuratorateActors = scalars(CaseEventRules.procuratorateActors)
  private static let reporterWord = "记者".scalarArray
  private static let reporterMarkers = scalars(CaseEventRules.reporterMarkers)
  private static let courseWords = scalars(CaseEventRules.courseWords)
  private static let instanceWords = scalars(CaseEventRules.instanceWords)
  private static let handOverWords = scalars(CaseEventRules.handOverWords)
  private static let escortWords = scalars(CaseEventRules.escortWords)
  private static let suggestWord = "建议".scalarArray
  private static let demandNamePrefixes = scalars(CaseEventRules.demandNamePrefixes)
  private static let commissionWords = scalars(["委托"])
  private static let resultOpenings = scalars(CaseEventRules.resultOpenings)
  private static let thanksWords = scalars(CaseEventRules.thanksWords)
  private static let sameSittingWords = scalars(CaseEventRules.sameSittingWords)
  private static let meansEnds = scalars(CaseEventRules.meansEnds)
  private static let deadlineOrderWords = scalars(CaseEventRules.deadlineOrderWords)
  private static let decisionPaperWords = scalars(CaseEventRules.decisionPaperWords)
  private static let demandClauseOpenings = scalars(CaseEventRules.demandClauseOpenings)
  private static let demandNameEnds = scalars(CaseEventRules.demandNameEnds)
  private static let requestWords = scalars(CaseEventRules.requestWords)
  private static let orderWords = scalars(CaseEventRules.orderWords)
  private static let checkWords = scalars(CaseEventRules.checkWords)
  private static let orderContentWords = scalars(CaseEventRules.orderContentWords)
  private static let replyContentWords = scalars(CaseEventRules.replyContentWords)
  private static let negations = scalars(CaseEventRules.negations)
  private static let nearMissWords = scalars(CaseEventRules.nearMissWords)
  private static let conductWords = scalars(CaseEventRules.conductWords)
  private static let briefingWords = scalars(CaseEventRules.briefingWords)
  private static let sittingJudgmentOpenings = scalars(CaseEventRules.sittingJudgmentOpenings)
  private static let procuratorateOpinionHeads = scalars(CaseEventRules.procuratorateOpinionHeads)
  private static let spanOpenings = scalars(CaseEventRules.spanOpenings)
  private static let spanLinks = scalars(CaseEventRules.spanLinks)
  private static let conductOpenings = scalars(CaseEventRules.conductOpenings)
  private static let demandContentWords = scalars(CaseEventRules.demandContentWords)
  private static let leadObjects = scalars(CaseEventRules.leadObjects)
  private static let atOnceWords = scalars(CaseEventRules.atOnceWords)
  private static let courtActors = scalars(CaseEventRules.courtActors)
  private static let settingTails = scalars(CaseEventRules.settingTails)
  private static let settingOpening = CaseEventRules.settingOpening.scalarArray
  private static let findingWords = scalars(CaseEventRules.findingWords)
  private static let courtFindingWords = scalars(CaseEventRules.courtFindingWords)
  private static let caseActors = scalars(CaseEventRules.caseActors)
  private static let closureWords = scalars(CaseEventRules.closureWords)
  private static let circumstanceWords = scalars(CaseEventRules.circumstanceWords)
  private static let circumstanceSteps = scalars(CaseEventRules.circumstanceSteps)
  private static let circumstanceNounTails = scalars(CaseEventRules.circumstanceNounTails)
  private static let circumstanceNounHeads = scalars(CaseEventRules.circumstanceNounHeads)
  private static let foundContentWord = CaseEventRules.foundContentWord.scalarArray
  private static let foundContentBreaks = scalars(CaseEventRules.foundContentBreaks)
  private static let reportWords = scalars(CaseEventRules.reportWords)
  private static let periodTails = scalars(CaseEventRules.periodTails)
  private static let periodOfStepTails = scalars(CaseEventRules.periodOfStepTails)
  private static let continuation = "并".scalarArray
  private static let meansWords = scalars(CaseEventRules.meansWords)
  private static let priorWords = scalars(CaseEventRules.priorWords)
  private static let sinceWord = "以来".scalarArray
  private static let rangeWords = scalars(["以上", "以下"])
  private static let agencyWords = scalars(CaseEventRules.agencyWords)
  private static let rulingWords = scalars(CaseEventRules.rulingWords)
  private static let stepsHoldingOrders = scalars(CaseEventRules.stepsHoldingOrders)
  private static let demandObjectWords = scalars(CaseEventRules.demandObjectWords)
  private static let planWords = scalars(CaseEventRules.planWords)
  private static let issuedWords = scalars(CaseEventRules.issuedWords)
  private static let reasoningOpenings = scalars(CaseEventRules.reasoningOpenings)
  private static let afterMarkers = scalars(CaseEventRules.afterMarkers)
  private static let notAfterMarkers = scalars(CaseEventRules.notAfterMarkers)
  private static let deadlineTails = scalars(CaseEventRules.deadlineTails)
  private static let deadlineHeads = scalars(CaseEventRules.deadlineHeads)
  private static let leadWord = "线索".scalarArray
  private static let arbitrationWord = "仲裁".scalarArray
  private static let courtWord = "法院".scalarArray
  private static let courtNames = scalars(CaseEventRules.courtNames)
  private static let courtOpinionWords = scalars(CaseEventRules.courtOpinionWords)
  private static let opinionWords = scalars(CaseEventRules.opinionWords)
  private static let opinionResumers = scalars(CaseEventRules.opinionResumers)
  private static let modifiedNouns = scalars(CaseEventRules.modifiedNouns)
  private static let modifyingSteps = scalars(CaseEventRules.modifyingSteps)
  private static let valueHeads = scalars(CaseEventRules.valueHeads)
  private static let deliveryWord = CaseEventRules.deliveryWord.scalarArray
  private static let deliveryWords = scalars(CaseEventRules.deliveryWords)
  private static let deliveredAgainWords = scalars(CaseEventRules.deliveredAgainWords)
  private static let hearingAskWords = CaseEventRules.hearingAskWords.map(\.scalarArray)
  private static let hearingAskFillers = CaseEventRules.hearingAskFillers.map(\.scalarArray)
  private static let askRightWords = scalars(CaseEventRules.rightWords)
  private static let noticeHeads = scalars(CaseEventRules.noticeHeads)
  private static let timeLimitWords = scalars(CaseEventRules.timeLimitWords)
  private static let colons: Set<Unicode.Scalar> = ["：", ":"]
  private static let sinceOpening = "自".scalarArray
  private static let putOffWord = CaseEventRules.putOffWord.scalarArray
  private static let questionWord = CaseEventRules.questionWord.scalarArray
  private static let joinWord = CaseEventRules.joinWord.scalarArray
  private static let filingWord = "立案".scalarArray
  private static let addressWords = scalars(CaseEventRules.addressWords)
  private static let cameToBodyTails = scalars(CaseEventRules.cameToBodyTails)
  private static let cameToBodyOfficials = scalars(CaseEventRules.cameToBodyOfficials)
  private static let inPersonRequests = scalars(CaseEventRules.inPersonRequests)
  private static let cameWords = scalars(["来到", "走进"])
  private static let demolitionWord = "拆除".scalarArray
  private static let unlawfulWord = "违法".scalarArray
  private static let confirmWord = "确认".scalarArray
  private static let notDoneWords = scalars(CaseEventRules.notDoneWords)
  private static let procuratorateWords = scalars(CaseEventRules.procuratorateWords)
  private static let followUpPhrases = scalars(CaseEventRules.followUpPhrases)
  private static let followUpCheck = "回头看".scalarArray
  private static let sceneWords = scalars(CaseEventRules.sceneWords)
  private static let sequenceWords = scalars(CaseEventRules.sequenceWords)
  private static let suspectWords = scalars(CaseEventRules.suspectWords)
  private static let dismissWords = scalars(CaseEventRules.dismissWords)
  private static let upholdWords = scalars(CaseEventRules.upholdWords)
  private static let coercionWords = scalars(CaseEventRules.coercionWords)
  private static let receivedCaseWords = scalars(CaseEventRules.receivedCaseWords)
  private static let receiveWord = "受理".scalarArray
  private static let applicationWord = "申请".scalarArray
  private static let permitWords = scalars(CaseEventRules.permitWords)
  private static let groundCloseWords = scalars([CaseEventRules.groundClose])
  private static let rangeClosers = scalars(CaseEventRules.rangeClosers)
  private static let revokeWord = "撤销".scalarArray
  private static let passiveMarkers = scalars(["被", "被依法", "依法被"])
  private static let caseSubjects = scalars(["该案", "此案", "本案", "案件"])
  private static let completedWord = CaseEventRules.completedWord.scalarArray
  private static let cutOffHeads = scalars(CaseEventRules.cutOffHeads)
  private static let continuationOpenings = scalars(CaseEventRules.continuationOpenings)
  private static let sourceVerbs = scalars(CaseEventRules.sourceVerbs)
  private static let objectionWords = scalars(CaseEventRules.objectionWords)
  private static let atOnceDayWords = scalars(CaseEventRules.atOnceDayWords)
  private static let decisionMadeYields = scalars(CaseEventRules.decisionMadeYields)
  private static let atOnceNotDayWords = ScalarWords(
    atOnceWords.filter { !atOnceDayWords.contains($0) })
  private static let groundOpening = CaseEventRules.groundOpening.scalarArray
  private static let groundClose = CaseEventRules.groundClose.scalarArray
  private static let periodNouns = scalars(CaseEventRules.periodNouns)
  private static let courtRulingWords = scalars(CaseEventRules.courtRulingWords)
  private static let enforcementRulingSteps = CaseEventRules.enforcementRulingSteps.map {
    Array($0.unicodeScalars)
  }
  private static let institutionNouns = scalars(CaseEventRules.institutionNouns)
  private static let rightNouns = scalars(CaseEventRules.rightNouns)
  private static let hearingNoticeNouns = scalars(CaseEventRules.hearingNoticeNouns)
  private static let viaWords = scalars(CaseEventRules.viaWords)
  private static let totalWords = scalars(CaseEventRules.totalWords)
  private static let enforcementWord = CaseEventRules.enforcementWord.scalarArray
  private static let foundWord = "发现".scalarArray
  private static let undertakingWords = scalars(CaseEventRules.undertakingWords)
  private static let demandPaperWords = scalars(CaseEventRules.demandPaperWords)
  private static let sittingWords = scalars(CaseEventRules.sittingWords)
  private static let hearingConditionWords = scalars(CaseEventRules.hearingConditionWords)
  private static let caseNameHeads = scalars(CaseEventRules.caseNameHeads)
  private static let receiptWords = scalars(CaseEventRules.receiptWords)
  private static let prosecutionWord = CaseEventRules.prosecutionWord.scalarArray
  private static let handOverVerbs = scalars(["移送", "移交"])
  private static let deliveredDocuments = CaseEventRules.deliveredDocuments.map {
    (words: scalars($0.words), kind: $0.kind)
  }

  /// The case's events: one per (date, kind), sorted by date (text order for
  /// equal dates; a month before the days in it; unknown digits last).
  func events(for dates: [DateMention]) -> [CaseEvent] {
    findings(for: dates).compactMap(\.event)
  }

  /// Records every decision of the rules in an explanation: the trigger's
  /// span, made by or rejected by the rule's name.
  func record(for dates: [DateMention], into trace: inout RuleTrace?) {
    for f in findings(for: dates) {
      if let e = f.event {
        trace?.accept(f.span, rule: f.rule.name, detail: "\(e.date ?? "null") \(e.kind.rawValue)")
      } else {
        trace?.reject(Rejection(f.span, rejectedBy: f.rule.name))
      }
    }
  }

  /// Every decision of the rules over the sentences holding `dates`, events
  /// already merged and sorted.
  func findings(for dates: [DateMention]) -> [Finding] {
    let dated = dates.filter { $0.value != nil }.sorted { $0.span.start < $1.span.start }
    guard !dated.isEmpty else { return [] }
    // The vague date words (近日, 日前), in text order: one nearer a step than its written date
    // governs it.
    let vague = dates.filter { $0.value == nil }.map(\.span).sorted { $0.start < $1.start }
    var out: [Finding] = []
    var seen = Set<String>()
    var kept: [CaseEvent] = []
    // The part of the month each kept step's date names (2024年10月初: early), beside `kept`.
    var keptParts: [MonthPart?] = []
    // The kind of the last step kept, in text order: a delivery or a payment told after an
    // enforcement step belongs to the enforcement.
    var lastKind: CaseEventKind?
    // The date of the last hearing told, in text order: a judgment given 当庭 takes it.
    var lastHearing: String?
    // The date of the last judgment kept, in text order: an appeal lodged 当庭 takes it.
    var lastJudgment: String?
    func keep(_ told: Finding) {
      var finding = told
      if var e = finding.event, e.kind == .appeal, finding.rule == .appealAtSitting {
        if let date = lastJudgment ?? lastHearing {
          e.date = date
          finding = Finding(rule: .appealAtSitting, span: finding.span, event: e)
        } else {
          finding = Finding(rule: .undated, span: finding.span, event: nil)
        }
      }
      if var e = finding.event, e.kind == .judgment,
        finding.rule == .atOnce || finding.rule == .sameSitting,
        toldAtSitting(finding.span)
      {
        if let hearing = lastHearing {
          e.date = hearing
          finding = Finding(rule: .sameSitting, span: finding.span, event: e)
        } else {
          // No hearing told: the date carried is another step's (法庭当庭作出判决 after 提起公诉).
          finding = Finding(rule: .undated, span: finding.span, event: nil)
        }
      }
      // 经过近1个小时的庭审后，法庭判处… past the carry: the judgment of the hearing's sitting.
      if var e = finding.event, e.kind == .judgment, e.date == nil,
        finding.rule == .continuedSameDay
      {
        if let hearing = lastHearing {
          e.date = hearing
          finding = Finding(rule: .continuedSameDay, span: finding.span, event: e)
        } else {
          finding = Finding(rule: .undated, span: finding.span, event: nil)
        }
      }
      if let e = finding.event, e.kind == .hearing, e.date != nil { lastHearing = e.date }
      if let e = finding.event, e.kind == .judgment, e.date != nil { lastJudgment = e.date }
      if finding.rule == .paymentArrived, lastKind != .enforcement {
        finding = Finding(rule: .outsideEnforcement, span: finding.span, event: nil)
      } else if finding.rule == .delivery, lastKind == .enforcement, var e = finding.event {
        e.kind = .enforcement
        finding = Finding(rule: .enforcementDelivery, span: finding.span, event: e)
      } else if lastKind == .rectification, let e = finding.event,
        CaseEventRules.followUpKinds.contains(e.kind),
        Self.followUpPhrases.contains(where: { doc.folded.hasLiteral($0, at: finding.span.start) })
      {
        finding = Finding(rule: .checkAfterRectification, span: finding.span, event: nil)
      }
      // 2021年5月11日，某局向张某邮寄被诉处罚决定 (made 2021年5月7日): the delivery, not the decision.
      if var e = finding.event, CaseEventRules.deliveredAgainKinds.contains(e.kind),
        kept.contains(where: { $0.kind == e.kind && Self.earlier($0.date, than: e.date) }),
        let si = doc.sentenceIndex(containing: finding.span.start)
      {
        let clause = clauseRange(around: finding.span.start, in: doc.sentences[si])
        if doc.folded.containsAny(of: Self.deliveredAgainWords, in: clause) {
          e.kind = .other
          finding = Finding(rule: .deliveredAgain, span: finding.span, event: e)
        }
      }
      guard let event = finding.event else { out.append(finding); return }
      lastKind = event.kind
      let key = (event.date ?? "") + "\t" + event.kind.rawValue
      // 2021年3月15日提起行政诉讼 … 于2021年起诉: a coarser date of a step told before is the same step.
      // (Not when the coarser date names a part of the month the finer day is outside of:
      // 12月19日补植复绿 … 2018年12月初已全部拆除 are two steps.)
      // 2020年1月13日判决 … 昨天(XXXX-01-13)宣判后: the same day with its year unknown is the same step.
      let restated = kept.contains { k in
        k.kind == event.kind
          && ((k.date ?? "").hasPrefix((event.date ?? "\t") + "-")
            && Self.day(of: k.date, isIn: finding.part)
            || Self.sameDayUnknownYear(event.date, as: k.date))
      }
      // 2005年…被刑拘 … 2005年2月…被刑拘: a summary told first with a coarser date (or with its year
      // unknown: 昨天宣判 … 2020年1月13日判决) is the same step; the finer date told after it dates it.
      if !restated, !seen.contains(key),
        let coarse = kept.indices.first(where: { i in
          let k = kept[i]
          guard k.kind == event.kind, let d = k.date else { return false }
          // 于2024年10月初申请执行 … 10月26日将陈某拘传到院: a day outside the part of the month the
          // coarser date names is another step.
          return (event.date ?? "").hasPrefix(d + "-")
            && Self.day(of: event.date, isIn: keptParts[i])
            || Self.sameDayUnknownYear(d, as: event.date)
        })
      {
        let dropped = kept.remove(at: coarse)
        keptParts.remove(at: coarse)
        if let at = out.lastIndex(where: { $0.event == dropped }) {
          out[at] = Finding(rule: .finerRestated, span: out[at].span, event: nil)
        }
      }
      if !restated, seen.insert(key).inserted {
        kept.append(event)
        keptParts.append(finding.part)
        out.append(finding)
      } else {
        out.append(Finding(rule: .sameStep, span: finding.span, event: nil))
      }
    }
    // The dates grouped by sentence in one pass (they are sorted by start).
    var k = 0
    while k < dated.count {
      guard let si = doc.sentenceIndex(containing: dated[k].span.start) else { k += 1; continue }
      let sentence = doc.sentences[si]
      var end = k + 1
      while end < dated.count, sentence.contains(dated[end].span.start) { end += 1 }
      let inSentence = Array(dated[k..<end])
      let own = withoutEnforcementRulings(
        withoutRemandRulings(
          withoutMeasures(
            scan(sentence, dates: inSentence, vague: Self.spans(in: sentence, of: vague)),
            sentence: sentence)))
      for finding in own { keep(finding) }
      let lastOwn = own.last(where: { $0.event != nil })?.event
      // A sentence that only sets the day (no step word at all) dates the next one's steps.
      let scene = own.isEmpty ? inSentence.first(where: { isScene($0) }) : nil
      // The undated sentences after it in its paragraph, before the next dated one.
      let nextDated = end < dated.count ? dated[end].span.start : doc.folded.count
      var sj = si + 1
      while sj < doc.sentences.count, sj <= si + CaseEventRules.carryReach,
        doc.sentences[sj].upperBound <= nextDated,
        !(sentence.upperBound..<doc.sentences[sj].lowerBound).contains(where: {
          doc.folded[$0] == "\n"
        }),
        doc.folded[doc.sentences[sj].lowerBound] != "\n"
      {
        let carried = dated[end - 1]
        let borrowed: BorrowedDate =
          if let scene, sj == si + 1 {
            .scene(scene)
          } else if sj == si + 1, lastOwn != nil,
            (carried.value?.split(separator: "-").count ?? 3) < 3
              || continuesWithinHours(doc.sentences[sj]),
            continuesStep(doc.sentences[sj])
          {
            .continued(carried)
          } else if sj == si + 1, let e = lastOwn, e.kind == .judgment, e.date == carried.value {
            .ruling(carried)
          } else if sj > si + 1, lastHearing != nil, continuesWithinHours(doc.sentences[sj]) {
            // 开庭审理…。被告人到庭。经过两个小时的庭审后，法院判处…: the hearing's sitting.
            .sitting
          } else {
            .carried(carried)
          }
        for finding in scan(doc.sentences[sj], dates: [], borrowed: borrowed) {
          keep(finding)
        }
        sj += 1
      }
      // Past the carry (a new paragraph: 庭审中，…。法院审理后当庭宣判): only a judgment given at the
      // sitting of a hearing told before, up to the next dated sentence.
      if lastHearing != nil || lastJudgment != nil {
        while sj < doc.sentences.count, sj <= si + CaseEventRules.sittingReach,
          doc.sentences[sj].upperBound <= nextDated
        {
          for finding in scan(doc.sentences[sj], dates: [], borrowed: .sitting) { keep(finding) }
          sj += 1
        }
      }
      k = end
    }
    // A notice dated only by its signature line (…本院现公告督促…\n2019年7月9日): the
    // undated sentences right before the signature, back to the last dated one.
    if let signature = signatureDate(in: dated),
      var si = doc.sentenceIndex(containing: signature.span.start)
    {
      let floor = max(0, si - CaseEventRules.signatureReach)
      var undated: [Range<Int>] = []
      while si > floor {
        si -= 1
        let sentence = doc.sentences[si]
        if dated.contains(where: { sentence.contains($0.span.start) }) { break }
        undated.append(sentence)
      }
      // In text order, so the notice's text is where it is first told.
      for sentence in undated.reversed() {
        for finding in scan(sentence, dates: [], borrowed: .signature(signature)) { keep(finding) }
      }
    }
    // A follow-up check dated after the decision that closed the case is no step of it.
    let closures = out.compactMap { f -> String? in
      guard let e = f.event, e.kind == .decision,
        Self.closureWords.contains(where: { doc.folded.hasLiteral($0, at: f.span.start) })
      else { return nil }
      return e.date
    }
    // A follow-up check (回头看, 跟进监督) dated after a judgment is no step of the case either.
    let judged = out.compactMap { f -> String? in f.event?.kind == .judgment ? f.event?.date : nil }
      .min { Self.earlier($0, than: $1) }
    if closures.first != nil || judged != nil {
      out = out.map { f in
        guard let e = f.event, CaseEventRules.followUpKinds.contains(e.kind) else { return f }
        let afterClosure = closures.first.map { Self.earlier($0, than: e.date) } ?? false
        let afterJudgment =
          judged.map { Self.earlier($0, than: e.date) } ?? false
          && Self.followUpPhrases.contains { doc.folded.hasLiteral($0, at: f.span.start) }
        guard afterClosure || afterJudgment else { return f }
        return Finding(rule: .afterClosure, span: f.span, event: nil)
      }
    }
    out = withoutBackground(out)
    let events = Self.dateOrdered(out.filter { $0.event != nil })
    return out.filter { $0.event == nil } + events
  }

  /// Rectification or a notice dated before the case's first procedural step, told in a sentence
  /// naming no procuratorate, court or police, is the act under review or its background.
  private func withoutBackground(_ out: [Finding]) -> [Finding] {
    func isBackground(_ f: Finding) -> Bool {
      guard let e = f.event else { return false }
      return CaseEventRules.backgroundKinds.contains(e.kind)
    }
    let first = out.compactMap { f -> String? in
      guard let e = f.event, !isBackground(f) else { return nil }
      return e.date
    }.min { Self.earlier($0, than: $1) }
    guard let first else { return out }
    let t = doc.folded
    return out.map { f in
      guard let e = f.event, isBackground(f),
        Self.earlier(e.date, than: first),
        let si = doc.sentenceIndex(containing: f.span.start),
        !t.containsAny(of: Self.caseActors, in: doc.sentences[si])
      else { return f }
      return Finding(rule: .background, span: f.span, event: nil)
    }
  }

  /// In a sentence opened by a rectification (某局制定专项整治方案，…立案调查，…给予行政处罚) and
  /// naming no procuratorate, court or police, the filings, decisions and investigations of the
  /// same date after it are the agency's measures: part of the rectification.
  private func withoutMeasures(_ found: [Finding], sentence: Range<Int>) -> [Finding] {
    guard let first = found.first(where: { $0.event != nil })?.event, first.kind == .rectification,
      found.contains(where: {
        $0.event.map { CaseEventRules.measureKinds.contains($0.kind) } ?? false
      })
    else { return found }
    let t = doc.folded
    if t.containsAny(of: Self.caseActors, in: sentence) {
      return found
    }
    return found.map { f in
      guard let e = f.event, CaseEventRules.measureKinds.contains(e.kind), e.date == first.date
      else {
        return f
      }
      return Finding(rule: .rectificationMeasure, span: f.span, event: nil)
    }
  }

  /// 本院作出裁定，撤销原审裁定，指令某法院继续审理: the ruling is the remand (or the assignment), one
  /// step; the judgment its 裁定 makes of the same date goes.
  private func withoutRemandRulings(_ found: [Finding]) -> [Finding] {
    let remands = Set(
      found.compactMap { f -> String? in
        f.rule == .remandOrdered || f.rule == .trialAssigned ? f.event?.date : nil
      })
    guard !remands.isEmpty else { return found }
    return found.map { f in
      guard let e = f.event, e.kind == .judgment, let date = e.date, remands.contains(date) else {
        return f
      }
      return Finding(rule: .remandRuling, span: f.span, event: nil)
    }
  }

  /// 裁定终结本次执行程序: a ruling whose object is a step of the enforcement (终结, 中止, 恢复执行)
  /// is that enforcement step; the judgment its 裁定 makes goes.
  private func withoutEnforcementRulings(_ found: [Finding]) -> [Finding] {
    let t = doc.folded
    func isRulingStep(_ f: Finding) -> Bool {
      f.event?.kind == .enforcement
        && (f.rule == .enforcementMeasure
          || Self.enforcementRulingSteps.contains(where: { t.hasLiteral($0, at: f.span.start) }))
    }
    guard found.contains(where: isRulingStep) else { return found }
    let steps = found.filter(isRulingStep)
    // 作出…执行裁定，轮候查封: a measure opening the clause right after the ruling's is its content.
    func opensNextClause(_ s: Finding, after f: Finding) -> Bool {
      s.rule == .enforcementMeasure && s.span.start > f.span.end
        && CaseEventRules.clauseBreaks.contains(t[s.span.start - 1])
        && !(f.span.end..<(s.span.start - 1)).contains(where: {
          CaseEventRules.clauseBreaks.contains(t[$0])
        })
    }
    return found.map { f in
      guard let e = f.event, e.kind == .judgment,
        steps.contains(where: { s in
          s.event?.date == e.date && s.span.start >= f.span.end
            && (s.span.start - f.span.end <= CaseEventRules.enforcementRulingReach
              && !(f.span.end..<s.span.start).contains(where: {
                CaseEventRules.clauseBreaks.contains(t[$0])
              })
              || opensNextClause(s, after: f))
        })
      else { return f }
      return Finding(rule: .enforcementRuling, span: f.span, event: nil)
    }
  }

  /// True when the sentence opens with a clause 经过 / 经 … 后 (经过6日审讯后): it continues the
  /// step told before it.
  private func continuesStep(_ sentence: Range<Int>) -> Bool {
    let t = doc.folded
    var o = sentence.lowerBound
    while o < sentence.upperBound, t[o] == " " || t[o] == "\n" { o += 1 }
    guard Self.continuationOpenings.contains(where: { t.hasLiteral($0, at: o) }) else {
      return false
    }
    let clause = clauseRange(around: o, in: sentence)
    guard clause.upperBound > clause.lowerBound else { return false }
    return t[clause.upperBound - 1] == CaseEventRules.continuationClose
  }

  /// True when the sentence opens with a clause 经过 / 经 … 后 that counts hours or minutes
  /// (经过近1个小时的法庭调查后): it continues the step told before it on the same day.
  private func continuesWithinHours(_ sentence: Range<Int>) -> Bool {
    guard continuesStep(sentence) else { return false }
    var o = sentence.lowerBound
    while o < sentence.upperBound, doc.folded[o] == " " || doc.folded[o] == "\n" { o += 1 }
    let clause = clauseRange(around: o, in: sentence)
    return doc.folded.containsAny(of: Self.hourWords, in: clause)
  }

  /// True when the step is told after 经 / 经过 in its clause (经某检察院提起公诉，…; 经初步调查后，
  /// 以…立案) and another step follows it in its sentence: the means or condition of that step.
  private func isPrecondition(_ span: TextSpan, clause: Range<Int>, sentence: Range<Int>) -> Bool {
    let t = doc.folded
    guard let via = lastOffset(of: Self.viaWords, in: clause.lowerBound..<span.start) else {
      return false
    }
    // 经 inside another word (经济, 已经): no condition.
    let jing = t[via + 1] == "过" ? via + 2 : via + 1
    if jing == via + 1 {
      if jing < t.count, CaseEventRules.notViaAfterJing.contains(t[jing]) { return false }
      if via > 0, CaseEventRules.notViaBeforeJing.contains(t[via - 1]) { return false }
    }
    // Another step between 经 and the trigger: the trigger is not the condition's own step.
    if hasStep(in: jing..<span.start) { return false }
    let closedByAfter = span.end < t.count && t[span.end] == CaseEventRules.continuationClose
    let from = closedByAfter ? span.end + 1 : clause.upperBound
    guard from < sentence.upperBound else { return false }
    return hasStep(in: from..<min(sentence.upperBound, from + CaseEventRules.concludedReach))
  }

  /// The date opening the clause right after `clause` when that clause tells no step of its own.
  private func outcomeDate(after clause: Range<Int>, in sentence: Range<Int>, dates: [DateMention])
    -> DateMention?
  {
    guard
      let d = dates.first(where: {
        $0.span.start > clause.upperBound && $0.span.start <= clause.upperBound + 2
      })
    else { return nil }
    let next = clauseRange(around: d.span.start, in: sentence)
    // 2023年元月20日总承包单位同意先行垫付: what is agreed to is the outcome, not a step of its own.
    let told = lastOffset(
      of: Self.undertakingWords, in: d.span.end..<max(d.span.end, next.upperBound))
    return hasStep(in: d.span.end..<max(d.span.end, told ?? next.upperBound)) ? nil : d
  }

  /// True when `date` gives only a year and the paragraph around the step counts cases
  /// (全年受理投诉案件121件), or is a period and the step's sentence counts them (2024年1月至4月，
  /// 某院共受理…案件238件): a statistic of the period.
  private func isStatistic(_ date: DateMention, step: TextSpan) -> CaseEventRule? {
    // The hyphen looked up in the value's bytes: Foundation's `contains`
    // bridged the value to an NSString at every dated step.
    guard let value = date.value, date.end != nil || !value.utf8.contains(UInt8(ascii: "-"))
    else { return nil }
    let t = doc.folded
    let breaks = date.end == nil ? CaseEventRules.paragraphEnds : CaseEventRules.sentenceEnds
    var lo = step.start
    let floor = max(0, step.start - CaseEventRules.statisticReach)
    while lo > floor, !breaks.contains(t[lo - 1]) { lo -= 1 }
    var hi = step.end
    let ceiling = min(t.count, step.end + CaseEventRules.statisticReach)
    while hi < ceiling, !breaks.contains(t[hi]) { hi += 1 }
    let paragraph = lo..<hi
    if t.containsAny(of: Self.totalWords, in: paragraph) {
      return .statistic
    }
    // A number above one (一起 is one case, or "together"), maybe 余 / 多, then 件 / 起 / 宗;
    // or a number, a magnitude (万 / 千) and 人 / 件 (70余万人): a paragraph with neither a case
    // unit nor a magnitude after its first scalar has none.
    let units = CaseEventRules.caseCountUnits
    let magnitudes = CaseEventRules.countMagnitudes
    guard hi - lo >= 2,
      t[(lo + 1)..<hi].contains(where: { units.contains($0) || magnitudes.contains($0) })
    else {
      return nil
    }
    var k = lo
    while k < hi {
      guard t[k].properties.numericType != nil, !magnitudes.contains(t[k]) else {
        k += 1
        continue
      }
      var e = k + 1
      while e < hi, t[e].properties.numericType != nil, !magnitudes.contains(t[e]) { e += 1 }
      let one = e == k + 1 && (t[k] == "一" || t[k] == "1")
      if e < hi, t[e] == "余" || t[e] == "多" { e += 1 }
      var magnitude = false
      if e < hi, magnitudes.contains(t[e]) {
        magnitude = true
        e += 1
        if e < hi, t[e] == "余" || t[e] == "多" { e += 1 }
      }
      if magnitude, e < hi, CaseEventRules.headCountUnits.contains(t[e]) {
        return .statisticMagnitude
      }
      if !one, !magnitude, e < hi, units.contains(t[e]) { return .statistic }
      k = e
    }
    return nil
  }

  /// A day a sentence is about (正月初八是节后首个工作日): a day, and the topic of 是.
  private func isScene(_ date: DateMention) -> Bool {
    date.end == nil && (date.value?.split(separator: "-").count ?? 0) == 3
      && Self.sceneWords.contains { doc.folded.hasLiteral($0, at: date.span.end) }
  }

  /// Date order by insertion, stable: an event moves before those it is
  /// strictly earlier than, compared at the precision both give, so equal
  /// dates keep text order and a month (2022-02) keeps its text place among
  /// the days inside it (2022-02-15); unknown digits (X) sort after digits.
  static func dateOrdered(_ findings: [Finding]) -> [Finding] {
    // Each date split into its parts once, not at every comparison (as `earlier` does).
    func earlier(_ a: [Substring]?, than b: [Substring]?) -> Bool {
      guard let a, let b else { return false }
      for (x, y) in zip(a, b) where x != y { return x < y }
      return false
    }
    var out: [Finding] = []
    var parts: [[Substring]?] = []
    for f in findings {
      let key = f.event?.date.map { $0.split(separator: "-") }
      // Back past every event not earlier than it (a month is not comparable with the days in
      // it, so it must not stop the walk), then forward to the first it is earlier than.
      var floor = out.count
      while floor > 0, !earlier(parts[floor - 1], than: key) { floor -= 1 }
      let at = parts[floor...].firstIndex { earlier(key, than: $0) } ?? out.count
      out.insert(f, at: at)
      parts.insert(key, at: at)
    }
    return out
  }

  /// True when `a` leaves its year unknown and otherwise gives the same parts as `b`, which
  /// knows its year (XXXX-01-13 and 2020-01-13).
  static func sameDayUnknownYear(_ a: String?, as b: String?) -> Bool {
    guard let a, let b, a != b, a.hasPrefix("XXXX"), !b.hasPrefix("X"), a.count == b.count else {
      return false
    }
    return a.dropFirst(4) == b.dropFirst(4)
  }

  /// True when `a` is before `b` on the parts both dates give.
  static func earlier(_ a: String?, than b: String?) -> Bool {
    guard let a, let b else { return false }
    for (x, y) in zip(a.split(separator: "-"), b.split(separator: "-")) where x != y {
      return x < y
    }
    return false
  }

  // MARK: Candidates

  /// A date a sentence with none of its own may borrow.
  enum BorrowedDate {
    /// A document's signature line: it dates the notice the text gives.
    case signature(DateMention)
    /// The last date of the sentence before: it dates a step told as at once (当场, 随即).
    case carried(DateMention)
    /// The day set by the sentence before, which tells no step: it dates every step.
    case scene(DateMention)
    /// The month or year of the step the sentence continues (经过…审讯后): it dates every step.
    case continued(DateMention)
    /// The date of a judgment told in the sentence before: it dates the retrial it ordered.
    case ruling(DateMention)
    /// No date: a judgment given 当庭 / 当场 is dated by the hearing told before it (findings).
    case sitting
  }

  /// Scans one sentence for trigger phrases, leftmost-longest. With a
  /// borrowed date, only the steps that date may date are read.
  private func scan(
    _ sentence: Range<Int>, dates: [DateMention], borrowed: BorrowedDate? = nil,
    vague: ArraySlice<TextSpan> = []
  ) -> [Finding] {
    let t = doc.folded
    var out: [Finding] = []
    var i = sentence.lowerBound
    // Most offsets start no trigger: the trie's first-scalar test refuses
    // them here, without a call.
    let trie = Self.trie
    while i < sentence.upperBound {
      guard trie.mayStart(t, at: i),
        let m = trie.longestMatch(in: t, from: i, limit: sentence.upperBound)
      else {
        i += 1
        continue
      }
      let row = CaseEventRules.triggers[m.value]
      let span = TextSpan(i, m.end)
      i = m.end
      switch row.outcome {
      case .notAStep:
        if borrowed == nil { out.append(Finding(rule: row.rule, span: span, event: nil)) }
      case .step(let kind):
        if case .sitting = borrowed, kind != .judgment, kind != .appeal { continue }
        if case .signature = borrowed {
          guard kind == .notice else { continue }
          out += step(
            kind, rule: .signatureDate, span: span, sentence: sentence, dates: [],
            borrowed: borrowed)
          continue
        }
        out += step(
          kind, rule: row.rule, span: span, sentence: sentence, dates: dates, borrowed: borrowed,
          vague: vague)
      case .gapped:
        if case .signature = borrowed { continue }
        let clause = clauseRange(around: span.start, in: sentence)
        // The first row of the phrase whose tail closes it within its reach decides.
        var r: Int? = m.value
        while let ri = r {
          let gappedRow = CaseEventRules.triggers[ri]
          r = Self.nextRowOfPhrase[ri]
          guard case .gapped(let kind, let tails, let within) = gappedRow.outcome else { continue }
          let limit = min(clause.upperBound, span.end + within)
          guard span.end < limit else { break }
          let ends = tails.compactMap { tail in
            t.firstOffset(of: tail, in: span.end..<limit).map { $0 + tail.unicodeScalars.count }
          }
          guard let end = ends.min() else { continue }
          // 作出司法拘留15日的决定: a step word of its own kind in the gap decides.
          if gappedRow.rule == .decisionMade,
            t.containsAny(of: Self.decisionMadeYields, in: span.end..<end)
          {
            continue
          }
          if gappedRow.rule == .rulingPaperMade,
            t.containsAny(of: Self.rulingPaperYields, in: span.end..<end)
          {
            continue
          }
          // 作出《…关于回复…的函》: a letter is a reply only when its title says so, and the title
          // opens right after the verb (向某院作出《…》 with no other paper between).
          if gappedRow.rule == .replyTitled {
            guard let open = t.firstOffset(of: Self.titleOpen, in: span.end..<end),
              !t.containsAny(of: Self.titleClose, in: span.end..<(end - 1)),
              t.containsAny(of: Self.replyTitleWords, in: open..<end)
            else { continue }
          }
          let whole = TextSpan(span.start, end)
          i = end
          out += step(
            kind, rule: gappedRow.rule, span: whole, sentence: sentence, dates: dates,
            borrowed: borrowed, vague: vague)
          break
        }
      }
    }
    return out
  }

  /// A candidate step: the clause's rules, then its date(s).
  private func step(
    _ kind: CaseEventKind, rule: CaseEventRule, span: TextSpan, sentence: Range<Int>,
    dates: [DateMention],
    borrowed: BorrowedDate? = nil,
    vague: ArraySlice<TextSpan> = []
  ) -> [Finding] {
    let t = doc.folded
    let clause = clauseRange(around: span.start, in: sentence)
    let before = clause.lowerBound..<span.start
    func has(_ words: ScalarWords, in range: Range<Int>) -> Bool {
      t.containsAny(of: words, in: range)
    }
    func reject(_ r: CaseEventRule) -> [Finding] { [Finding(rule: r, span: span, event: nil)] }
    // 重审期间，…: the step word names a period.
    if namesPeriod(span) { return reject(.periodOfStep) }
    // 从立案到开庭、宣判，仅用3天: the ends of a time span summed up, not steps.
    if isSpanEnd(span, clause: clause) { return reject(.spanSummary) }

    // The kind the clause gives a trigger word.
    var kind = kind
    var rule = rule
    if kind == .transfer, t.firstOffset(of: Self.leadWord, in: clause) != nil {
      (kind, rule) = (.clue, .clueHandedOver)
    } else if kind == .transfer, has(Self.leadObjects, in: before) {
      (kind, rule) = (.clue, .clueObjectHandedOver)
    }
    // 向某区人民检察院反映: a clue; to another body, a complaint; to nobody, no step.
    if rule == .clueReported {
      guard has(Self.addressWords, in: before) else { return reject(.unaddressed) }
      if !has(Self.procuratorateWords, in: before) { kind = .other }
    }
    // 2012年5月初被认定为工伤: the worker's status behind the dispute.
    if rule == .decisionWorkInjury, span.start > 0, t[span.start - 1] == "被" {
      return reject(.injuryStatus)
    }
    // 承办检察官来到某人社局: an official's visit is its own work, no lead.
    if rule == .clueCameToBody, has(Self.cameToBodyOfficials, in: before) {
      return reject(.notAStep)
    }
    // 来到某县人民检察院，请求检察机关支持起诉: the request is the visit told before it.
    if rule == .other, Self.inPersonRequests.contains(where: { t.hasLiteral($0, at: span.start) }),
      cameToBody(in: sentence.lowerBound..<clause.lowerBound)
    {
      (kind, rule) = (.clue, .clueCameToBody)
    }
    // 押回高雄侦办: escorted back to be investigated there is a handover.
    if rule == .boarding, Self.escortWords.contains(where: { t.hasLiteral($0, at: span.start) }),
      has(Self.handOverWords, in: span.end..<clause.upperBound)
    {
      (kind, rule) = (.transfer, .escortedForInvestigation)
    }
    // 突击审讯嫌疑人: an interrogation, not a trial.
    if rule == .trial, has(Self.suspectWords, in: span.end..<clause.upperBound) {
      (kind, rule) = (.investigation, .interrogation)
    }
    // 某检察院受理了该案: the case received from the police.
    if kind == .filing, t.hasLiteral(Self.receiveWord, at: span.start),
      has(Self.procuratorateActors, in: before), receivesCase(after: span)
    {
      (kind, rule) = (.transfer, .transferReceived)
    }
    // 受理了公安局移送审查起诉的案件: the case another body handed over, received.
    if kind == .filing, t.hasLiteral(Self.receiveWord, at: span.start),
      has(Self.handOverVerbs, in: span.end..<clause.upperBound)
    {
      (kind, rule) = (.transfer, .handedOverReceived)
    }
    // 某检察院…对李某移送起诉: the procuratorate refers the case for trial, its suit.
    if rule == .transfer, t.hasLiteral(Self.handOverVerbs[0], at: span.start),
      t.firstOffset(of: Self.prosecutionWord, in: span.start..<span.end) != nil,
      has(Self.procuratorateActors, in: before), !has(Self.receiptWords, in: before)
    {
      (kind, rule) = (.lawsuit, .prosecutionReferred)
    }
    // 2017年7月19日，于某的部分房屋被拆除 … 请求确认…强制拆除其房屋的行为违法: the demolition a
    // suit challenges after it is the act in dispute, no rectification.
    if kind == .rectification || rule == .enforcementCoerced,
      t.hasLiteral(Self.demolitionWord, at: span.start), demolitionChallenged(after: span.end)
    {
      return reject(.disputedDemolition)
    }
    // 通过强制手段将工资追回: recovered by coercion.
    if kind == .rectification,
      has(
        Self.coercionWords,
        in: max(sentence.lowerBound, span.start - CaseEventRules.coercionReach)..<span.start)
    {
      (kind, rule) = (.enforcement, .enforcementCoerced)
    }
    // …发出的检察建议进行了宣告送达: the delivery of the document named before it.
    if rule == .delivery,
      let served = Self.deliveredDocuments.first(where: {
        has(
          $0.words,
          in: max(sentence.lowerBound, span.start - CaseEventRules.servedReach)..<span.start)
      })
    {
      (kind, rule) = (served.kind, .deliveredDocument)
    }
    if rule == .builtCompleted, t.firstOffset(of: Self.completedWord, in: before) == nil {
      return reject(.notCompleted)
    }
    if rule == .investigationConcluded,
      hasStep(in: span.end..<min(sentence.upperBound, span.end + CaseEventRules.concludedReach))
    {
      return reject(.concludedBeforeStep)
    }
    // 记者从某法院获悉: the reporter's source, not a lead of the case.
    if rule == .clueLearned,
      t.firstOffset(of: Self.reporterWord, in: lookBack(from: span.start, in: sentence)) != nil
        || has(Self.reporterMarkers, in: before)
    {
      return reject(.reporterLearned)
    }
    // 此诉经过一审、二审发回重审…: the course of the suit summed up, not steps of that date.
    if has(Self.courseWords, in: before), has(Self.instanceWords, in: clause) {
      return reject(.courseSummary)
    }
    // 某检察院…发现: a clue when the procuratorate finds it before any other step of the sentence.
    // 受理了该案，审查中发现…: a finding told after another step of its sentence is that step's work.
    if rule == .clue, t.hasLiteral(Self.foundWord, at: span.end - Self.foundWord.count),
      hasStep(in: lookBack(from: span.start, in: sentence))
    {
      return reject(.foundByOther)
    }
    if rule == .clueFound {
      let window = lookBack(from: span.start, in: sentence)
      guard has(Self.procuratorateActors, in: window), !hasStep(in: window) else {
        return reject(.foundByOther)
      }
    }
    // 农民工投诉某公司: the party's complaint; 向某局投诉: a lead to that body.
    if rule == .complaint, has(Self.addressWords, in: before),
      has(Self.procuratorateWords, in: before)
    {
      (kind, rule) = (.clue, .complaintToProcuratorate)
    }
    // 领取了工资款 told in no enforcement (入职初期均能按时领取劳动报酬): no step.
    if rule == .enforcementPayment,
      t.firstOffset(of: Self.enforcementWord, in: lookBack(from: clause.upperBound, in: sentence))
        == nil
    {
      return reject(.outsideEnforcement)
    }
    // 在我院执行局领取了工资款: a payment told in an enforcement is the enforcement.
    if rule == .paymentReceived || rule == .wagesHandedOver,
      t.firstOffset(of: Self.enforcementWord, in: lookBack(from: clause.upperBound, in: sentence))
        != nil
    {
      (kind, rule) = (.enforcement, .enforcementPayment)
    }
    // 送达责令支付工资告知书: an order served as a notice or letter is a written demand.
    if kind == .decision, t[span.start] == "责", span.end - span.start == 2,
      has(Self.demandPaperWords, in: span.end..<clause.upperBound)
    {
      (kind, rule) = (.recommendation, .orderPaper)
    }
    // 劳动监察大队责令某公司限期支付: an order to act by a deadline is a written demand.
    if kind == .decision, t[span.start] == "责", span.end - span.start == 2,
      has(Self.deadlineOrderWords, in: span.end..<clause.upperBound),
      !has(Self.decisionPaperWords, in: clause)
    {
      (kind, rule) = (.recommendation, .orderWithDeadline)
    }
    // 委托鉴定机构…进行鉴定: the examination commissioned is the investigation, not a step of its own.
    if rule == .other, t.hasLiteral(Self.examinationWord, at: span.start),
      has(Self.commissionWords, in: before)
    {
      (kind, rule) = (.investigation, .investigationCommissioned)
    }
    // 该案于2025年6月被依法撤销: the case itself revoked.
    if rule == .agencyCorrection, t.hasLiteral(Self.revokeWord, at: span.start),
      Self.passiveMarkers.contains(where: { m in
        span.start - m.count >= before.lowerBound && t.hasLiteral(m, at: span.start - m.count)
      }),
      has(Self.caseSubjects, in: before)
    {
      (kind, rule) = (.decision, .caseRevoked)
    }
    // 受理甲提出的立案监督申请: the application received, no case filed.
    if kind == .filing, t.hasLiteral(Self.receiveWord, at: span.start),
      t.firstOffset(of: Self.applicationWord, in: span.end..<clause.upperBound) != nil
    {
      (kind, rule) = (.other, .applicationAccepted)
    }
    // 提交书面申请，变更诉讼请求: an application naming nothing it asks for (the verbs are two
    // scalars long).
    if rule == .applicationLodged, !t.hasLiteral(Self.applicationWord, at: span.start),
      span.end - span.start >= 2 + Self.applicationWord.count
    {
      let gap = String(
        String.UnicodeScalarView(t[(span.start + 2)..<(span.end - Self.applicationWord.count)]))
      if CaseEventRules.bareApplicationGaps.contains(gap) { return reject(.bareApplication) }
      if has(Self.permitWords, in: (span.start + 2)..<span.end) {
        return reject(.permitApplication)
      }
    }
    // 人社局变更…: an agency's own correction; 判决撤销… is the judgment's content.
    if rule == .agencyCorrection,
      !has(Self.agencyWords, in: before) || t.firstOffset(of: Self.courtWord, in: clause) != nil
        || has(Self.stepsHoldingOrders, in: before)
    {
      return reject(.notByAgency)
    }
    // 不具有自首等法定从轻情节, 系自首: surrender named as a sentencing circumstance.
    if kind == .detention,
      Self.circumstanceSteps.contains(where: {
        $0.count == span.end - span.start && t.hasLiteral($0, at: span.start)
      }),
      has(Self.circumstanceNounTails, in: span.end..<clause.upperBound)
        || has(Self.circumstanceNounHeads, in: before)
    {
      return reject(.circumstanceNoun)
    }
    if CaseEventRules.custodyKinds.contains(kind), rule != .custodyPaper,
      has(Self.courtActors, in: before)
    {
      (kind, rule) = (.enforcement, .enforcementCustody)
    }
    // 仲裁委…裁决, 该委…驳回仲裁申请: a ruling in an arbitration; a court (法院, 中院, 高院) told
    // before it in its sentence rules itself (海口中院…作出执行裁定，驳回…仲裁调解书的申请).
    if kind == .judgment,
      t.firstOffset(of: Self.arbitrationWord, in: lookBack(from: clause.upperBound, in: sentence))
        != nil,
      !has(Self.courtNames, in: clause),
      !has(Self.courtNames, in: lookBack(from: span.start, in: sentence))
    {
      (kind, rule) = (.arbitration, .arbitrationRuling)
    } else if kind == .judgment, has(Self.agencyWords, in: before),
      !has(Self.courtNames, in: clause)
    {
      (kind, rule) = (.decision, .decisionByAgency)
    }

    // 要求举行听证会, 申请延期举办听证会, 延期开庭: a hearing asked for or put off.
    if kind == .hearing, let asked = hearingAsk(before: span, in: before) {
      if has(Self.askRightWords, in: before.lowerBound..<asked) { return reject(.rightOrNotice) }
      (kind, rule) = (.other, .hearingAskedOrPutOff)
    }

    // The clause's rejections.
    let opening = sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 16)
    if courtReasons(in: opening) || has(Self.courtOpinionWords, in: opening)
      || has(Self.courtOpinionWords, in: lookBack(from: span.start, in: sentence))
    {
      return reject(.reasoning)
    }
    if isOpinion(span, clause: clause, sentence: sentence, dates: dates) { return reject(.opinion) }
    if has(
      Self.planWords, in: max(before.lowerBound, span.start - CaseEventRules.planReach)..<span.start
    ) {
      return reject(.plan)
    }
    if span.end < t.count, t[span.end] == "的", kind != .other { return reject(.attributive) }
    // 由检察机关提起的刑事附带民事公益诉讼案件: 提起…诉讼 gapped around 的 names the suit.
    if rule == .lawsuitRaised, span.start + 2 < t.count, t[span.start + 2] == "的" {
      return reject(.attributive)
    }
    if Self.institutionNouns.contains(where: { t.hasLiteral($0, at: span.end) }) {
      return reject(.institution)
    }
    if Self.rightNouns.contains(where: { t.hasLiteral($0, at: span.end) })
      || (kind == .hearing
        && Self.hearingNoticeNouns.contains(where: { t.hasLiteral($0, at: span.end) }))
    {
      return reject(.rightOrNotice)
    }
    // 签收《听证参加人确认书》和《听证纪律》: a hearing word heading a paper's title names the paper.
    if kind == .hearing, headsTitle(span, clause: clause) { return reject(.rightOrNotice) }
    // 复议决定延期至…前作出, 听证会延期: put off, not taken.
    if kind != .other, t.hasLiteral(Self.putOffWord, at: span.end) { return reject(.putOff) }
    // …处罚及行政复议决定是否合法: a question about the step.
    let questionEnd = max(
      span.end, min(clause.upperBound, span.end + CaseEventRules.questionReach))
    if CaseEventRules.questionedKinds.contains(kind),
      t.firstOffset(of: Self.questionWord, in: span.end..<questionEnd) != nil
    {
      return reject(.questioned)
    }
    // 自收到…之日起10日内作出书面答复: within a time limit, to come.
    // 自收到行政复议申请书副本之日起: a step inside the limit's 自…之日起 is its start, no step.
    if has(Self.timeLimitWords, in: before)
      || (t.firstOffset(of: Self.sinceOpening, in: before) != nil
        && has(Self.timeLimitWords, in: span.end..<clause.upperBound))
    {
      return reject(.timeLimit)
    }
    // 裁定罪名成立 is a verdict; 拒不执行判决、裁定罪 a charge.
    if span.end < t.count, t[span.end] == "罪",
      !(span.end + 1 < t.count && t[span.end + 1] == "名")
    {
      return reject(.chargeName)
    }
    if Self.modifiedNouns.contains(where: { t.hasLiteral($0, at: span.end) }),
      Self.modifyingSteps.contains(where: {
        $0.count == span.end - span.start && t.hasLiteral($0, at: span.start)
      })
    {
      return reject(.nounModifier)
    }
    if span.end < t.count, t[span.end] == "案",
      span.end + 1 >= t.count || !CaseEventRules.notCaseNameAfterAn.contains(t[span.end + 1])
    {
      return reject(.caseName)
    }
    if kind != .settlement, Self.caseNameHeads.contains(where: { t.hasLiteral($0, at: span.end) }) {
      return reject(.caseNameHead)
    }
    // 通过政府部门调解，2011年11月某公司愿再承担八十万元: the mediation's outcome, dated by the clause
    // right after it when that clause tells no step of its own.
    if kind == .settlement, has(Self.meansWords + Self.viaWords, in: before),
      let outcome = outcomeDate(after: clause, in: sentence, dates: dates)
    {
      if let guardRule = rejection(of: outcome, kind: kind, step: span, sentence: sentence) {
        return reject(guardRule)
      }
      let told =
        clause.lowerBound..<clauseRange(around: outcome.span.start, in: sentence).upperBound
      return [
        Finding(
          rule: .mediationOutcome, span: span,
          event: CaseEvent(date: outcome.value, kind: kind, text: doc.originalText(told)))
      ]
    }
    // 通过调取书证 is the means; 通过勘验、走访等方式跟进监督: the step after 方式 is the main verb.
    // 通过互联网发现: a finding is the main verb after a means, never a means itself.
    if rule != .clueFound, let by = lastOffset(of: Self.meansWords, in: before),
      !has(Self.meansEnds, in: by..<span.start)
    {
      return reject(.means)
    }
    if CaseEventRules.basisKinds.contains(kind), has(Self.basisWords, in: before) {
      return reject(.basis)
    }
    if has(Self.thanksWords, in: before) { return reject(.thanked) }
    if kind == .rectification, has(Self.undertakingWords, in: before) {
      return reject(.undertaking)
    }
    if opens(with: Self.resultOpenings, at: clause.lowerBound),
      !dates.contains(where: { clause.contains($0.span.start) })
    {
      return reject(.pushedResult)
    }
    if has(Self.priorWords, in: before) { return reject(.priorRecord) }
    if kind == .judgment, t[span.start] == "判",
      has(Self.rangeWords, in: span.end..<min(clause.upperBound, span.end + 8))
    {
      return reject(.statutoryRange)
    }
    if insideQuotes(span, clause: clause) { return reject(.quoted) }
    if has(Self.circumstanceWords, in: before) { return reject(.circumstance) }
    // 跟进监督，发现上述行政处罚决定…: what was found, not a step (a lead found is the finding).
    if kind != .clue, let found = lastOffset(of: [Self.foundContentWord], in: before),
      !has(Self.foundContentBreaks, in: (found + Self.foundContentWord.count)..<span.start)
    {
      return reject(.foundContent)
    }
    // 以被告没有犯罪事实为由决定撤销此案: a negation inside the ground closed before the step.
    let unnegatedGround = lastOffset(of: Self.groundCloseWords, in: before).map {
      ($0 + CaseEventRules.groundClose.unicodeScalars.count)..<span.start
    }
    if negated(unnegatedGround ?? before) { return reject(.negated) }
    // 当庭表示认罪服判不上诉, 决定不立案: 不 right before the step word.
    if span.start > clause.lowerBound,
      CaseEventRules.negationRightBefore.contains(t[span.start - 1])
    {
      return reject(.negated)
    }
    if has(Self.nearMissWords, in: before) { return reject(.nearMiss) }
    // 在工作走访中发现, 在现场勘验和咨询专业意见基础上: 在 … 中 / 基础上 around it.
    if kind == .investigation,
      t.firstOffset(of: Self.settingOpening, in: before) != nil,
      has(Self.settingTails, in: span.end..<clause.upperBound)
    {
      return reject(.setting)
    }
    // 立案并进行调查取证: the filing's own work.
    if kind == .investigation, let filed = lastOffset(of: [Self.filingWord], in: before),
      t.firstOffset(of: Self.joinWord, in: filed..<span.start) != nil
    {
      return reject(.filingPart)
    }
    // 经磋商后，正式向某局制发检察建议: a step told as the condition of the next one is dated by it.
    if isPrecondition(span, clause: clause, sentence: sentence) { return reject(.precondition) }
    if rule == .consultationBriefing {
      guard has(Self.addressWords, in: before) else { return reject(.unaddressed) }
      guard has(Self.procuratorateActors, in: before) else { return reject(.briefingByOther) }
    }
    // 将判决书送达张某 is a step; 送达检察建议书 is the recommendation's.
    if rule == .delivery || rule == .deliveredDocument,
      Self.deliveryWords.contains(where: { t.hasLiteral($0, at: span.start) }),
      hasStep(in: span.end..<clause.upperBound)
    {
      return reject(.deliveredStep)
    }
    // 作出《限期拆除决定书》，并按照…地址向其邮寄送达: no date of its own, after the paper's making.
    if rule == .delivery || rule == .deliveredDocument, borrowed == nil,
      clause.lowerBound > sentence.lowerBound,
      !dates.contains(where: { clause.contains($0.span.start) }),
      hasStep(in: sentence.lowerBound..<clause.lowerBound)
    {
      return reject(.deliveredWithPaper)
    }
    if CaseEventRules.historyKinds.contains(kind), isFoundHistory(span, sentence: sentence) {
      return reject(.foundHistory)
    }
    if CaseEventRules.sentenceHistoryKinds.contains(kind) || rule == .complaint,
      has(Self.findingWords, in: lookBack(from: span.start, in: sentence))
    {
      return reject(.foundHistory)
    }
    if kind != .reply, has(Self.replyContentWords, in: lookBack(from: span.start, in: sentence)) {
      return reject(.reportedInReply)
    }
    if has(Self.issuedWords, in: clause) { return reject(.issuedDocument) }
    if kind == .rectification,
      hasRequest(Self.orderWords, in: before)
        || has(Self.orderContentWords, in: lookBack(from: span.start, in: sentence))
    {
      return reject(.orderedRectification)
    }
    if kind == .rectification,
      has(Self.checkWords, in: before)
        || t.firstOffset(of: Self.followUpCheck, in: lookBack(from: span.start, in: sentence))
          != nil
    {
      return reject(.checkedRectification)
    }
    if CaseEventRules.requestableKinds.contains(kind), hasRequest(Self.requestWords, in: before) {
      return reject(.requestedStep)
    }
    // 请求确认…违法，并判令其继续履行职责: a clause opened by 并 continues the request before it.
    // 复议请求为：撤销…处罚决定: so does a clause opened after the request's colon.
    if CaseEventRules.requestableKinds.contains(kind),
      t.hasLiteral(Self.continuation, at: clause.lowerBound)
        || (clause.lowerBound > 0 && Self.colons.contains(t[clause.lowerBound - 1])),
      clause.lowerBound > sentence.lowerBound
    {
      let previous = clauseRange(
        around: clause.lowerBound - 2 < sentence.lowerBound
          ? sentence.lowerBound : clause.lowerBound - 2, in: sentence)
      if hasRequest(Self.requestWords, in: previous) { return reject(.requestedStep) }
    }
    if CaseEventRules.rulingObjectKinds.contains(kind),
      !Self.enforcementRulingSteps.contains(where: { t.hasLiteral($0, at: span.start) }),
      has(kind == .withdrawal ? Self.courtRulingWords : Self.rulingWords, in: before)
    {
      return reject(.rulingObject)
    }
    if t.firstOffset(of: Self.groundOpening, in: before) != nil,
      t.firstOffset(of: Self.groundClose, in: span.end..<clause.upperBound) != nil
    {
      return reject(.ground)
    }
    // 不服一审判决, 对判决不服: the judgment objected to is the object of the appeal.
    if kind == .judgment, has(Self.objectionWords, in: clause) { return reject(.objection) }
    // 不服仲裁裁决，诉至法院; 不服某局的处罚决定; 对复议决定不服: the award or decision objected to
    // (after 不服 in its clause with no step word between, or right before 不服) is the object of
    // the suit, no step of that date.
    if CaseEventRules.objectedKinds.contains(kind),
      objectsTo(span, before: before)
        || has(Self.objectionWords, in: span.end..<min(clause.upperBound, span.end + 3))
    {
      return reject(.objectedDecision)
    }
    // 申请强制执行仲裁裁决书: the award or judgment enforced is the enforcement's object.
    if kind == .arbitration || kind == .judgment, hasStep(of: .enforcement, in: before) {
      return reject(.enforcedTitle)
    }
    // 作出复议决定书维持了某局的拆除决定书: the decision upheld is the object, no step.
    if CaseEventRules.upheldKinds.contains(kind), has(Self.upholdWords, in: before) {
      return reject(.upheldObject)
    }
    if CaseEventRules.dismissedKinds.contains(kind), has(Self.dismissWords, in: before) {
      return reject(kind == .appeal ? .rulingObject : .dismissedObject)
    }
    if kind == .recommendation, has(Self.demandObjectWords, in: before) {
      return reject(.demandObject)
    }
    if let opened = lastOffset(
      of: Self.demandContentWords, in: lookBack(from: span.start, in: sentence)),
      !dates.contains(where: { $0.span.start >= opened && $0.span.start < span.start })
    {
      return reject(.demandContent)
    }
    if let opened = demandContentOpening(before: span, in: sentence),
      !dates.contains(where: { $0.span.start >= opened && $0.span.start < span.start })
    {
      return reject(.demandContent)
    }
    if kind == .decision || rule == .orderWithDeadline || rule == .orderPaper, t[span.start] == "责",
      has(Self.stepsHoldingOrders, in: lookBack(from: span.start, in: sentence))
    {
      return reject(.orderInsideStep)
    }

    // The date: the nearest before the step in its sentence, not across a clause opened by 后.
    switch borrowed {
    case .signature(let signature):
      return [
        Finding(
          rule: rule, span: span,
          event: CaseEvent(date: signature.value, kind: kind, text: doc.originalText(clause)))
      ]
    case .scene(let date), .continued(let date):
      if let guardRule = rejection(of: date, kind: kind, step: span, sentence: sentence) {
        return reject(guardRule)
      }
      let dateRule: CaseEventRule
      if case .scene = borrowed {
        dateRule = .sceneDate
      } else if (date.value?.split(separator: "-").count ?? 0) == 3 {
        dateRule = .continuedSameDay
      } else {
        dateRule = .continuedDate
      }
      return [
        Finding(
          rule: dateRule, span: span,
          event: CaseEvent(date: date.value, kind: kind, text: doc.originalText(clause)))
      ]
    case .sitting:
      let withinHours = kind == .judgment && continuesWithinHours(sentence)
      guard kind == .judgment || kind == .appeal, withinHours || toldAtSitting(span) else {
        return []
      }
      return [
        Finding(
          rule: kind == .appeal
            ? .appealAtSitting
            : withinHours && !toldAtSitting(span) ? .continuedSameDay : .sameSitting,
          span: span,
          event: CaseEvent(date: nil, kind: kind, text: doc.originalText(clause)))
      ]
    case .ruling(let date):
      // 一审判决…。郑民生对判决不服，当庭提出上诉: lodged at the judgment's sitting.
      if kind == .appeal, toldAtSitting(span) {
        return [
          Finding(
            rule: .appealAtSitting, span: span,
            event: CaseEvent(date: date.value, kind: kind, text: doc.originalText(clause)))
        ]
      }
      guard kind == .retrial else { return [] }
      return [
        Finding(
          rule: .rulingOrder, span: span,
          event: CaseEvent(date: date.value, kind: kind, text: doc.originalText(clause)))
      ]
    case .carried(let date):
      // 王某在现场等待，后被公安人员当场抓获: only a step told as at once keeps the earlier date.
      guard has(Self.atOnceWords, in: before) else { return [] }
      // 当日 after a month: the day word had no anchor; the step is undated.
      if (date.value?.split(separator: "-").count ?? 0) < 3,
        !has(Self.atOnceNotDayWords, in: before)
      {
        return reject(.unresolvedDate)
      }
      if let guardRule = rejection(of: date, kind: kind, step: span, sentence: sentence) {
        return reject(guardRule)
      }
      return [
        Finding(
          rule: kind == .appeal && toldAtSitting(span) ? .appealAtSitting : .atOnce, span: span,
          event: CaseEvent(date: date.value, kind: kind, text: doc.originalText(clause)))
      ]
    case nil: break
    }
    guard let nearest = dates.lastIndex(where: { $0.span.end <= span.start }),
      span.start - dates[nearest].span.end <= CaseEventRules.lookBack
    else { return reject(.undated) }
    // 1月2日讯：近日，某法院宣判: the vague word between the written date and the step dates it.
    if let v = vague.last(where: { $0.start >= dates[nearest].span.end && $0.end <= span.start }),
      governs(vague: v, step: span, sentence: sentence)
    {
      return reject(.vagueNearer)
    }
    var k = span.start
    while k > dates[nearest].span.end {
      k -= 1
      // 其于2022年9月提起诉讼…，遂裁定驳回: a date its own clause's step holds does not date the
      // step told as following it.
      if CaseEventRules.clauseBreaks.contains(t[k]), opens(with: Self.sequenceWords, at: k + 1) {
        let date = dates[nearest]
        let dateClause = clauseRange(around: date.span.start, in: sentence)
        if dateClause.upperBound <= k, hasStep(in: date.span.end..<dateClause.upperBound) {
          return reject(.sequenced)
        }
      }
      if CaseEventRules.clauseBreaks.contains(t[k]),
        (opens(with: Self.afterMarkers, at: k + 1) && !opens(with: Self.notAfterMarkers, at: k + 1))
          || opensWithForwardOffset(at: k + 1)
      {
        // 后被当场抓获: told as at once, the earlier date still governs.
        guard has(Self.atOnceWords, in: (k + 1)..<span.start) else { return reject(.afterMarker) }
        rule = .atOnce
        break
      }
    }
    // 本院于2021年3月5日立案后，…公开开庭进行了审理: the date's clause tells its own step and
    // closes with 后, so the clauses after it come later.
    do {
      // The date's clause ends at the first break after the date (a long clause may pass the
      // look-back window of clauseRange).
      let date = dates[nearest]
      if date.span.end < clause.lowerBound,
        let close = (date.span.end..<clause.lowerBound).first(where: {
          CaseEventRules.clauseBreaks.contains(t[$0])
        }),
        close > date.span.end, t[close - 1] == CaseEventRules.afterClauseEnd,
        hasStep(in: date.span.end..<close),
        !has(Self.atOnceWords, in: close..<span.start)
      {
        return reject(.afterClause)
      }
    }
    // …作出判决，双方均不服，提起上诉: the reaction to a dated step is not dated by it.
    if let objected = lastOffset(of: Self.objectionWords, in: dates[nearest].span.end..<span.start)
    {
      let dateClause = clauseRange(around: dates[nearest].span.start, in: sentence)
      let objectionClause = clauseRange(around: objected, in: sentence)
      if !dateClause.contains(objected),
        hasStep(
          in: dates[nearest].span.end..<max(dates[nearest].span.end, objectionClause.lowerBound))
      {
        return reject(.objection)
      }
    }
    // 该案于…开始公开开庭，…分别被判处…: the outcome of a trial told after it opened.
    if kind == .judgment, !has(Self.sameSittingWords, in: before),
      !t.hasLiteral(Self.continuation, at: clause.lowerBound),
      !has(Self.sittingJudgmentOpenings, in: dates[nearest].span.end..<span.start),
      dates[nearest].span.end < clause.lowerBound,
      hasStep(of: .hearing, in: dates[nearest].span.end..<clause.lowerBound),
      // 经开庭审理，…遂依法判决: the hearing told as the judgment's condition is one sitting.
      !has(Self.hearingConditionWords, in: dates[nearest].span.end..<clause.lowerBound)
    {
      return reject(.trialOutcome)
    }
    // A list of dates right before it (2023年5月、8月两次开庭): one step per date.
    if kind == .rectification,
      hasRequest(Self.requestWords, in: dates[nearest].span.end..<span.start)
    {
      return reject(.orderedRectification)
    }
    // 2018年扫黑除恶专项斗争开展以来…宣判: the date starts a period.
    if t.firstOffset(of: Self.sinceWord, in: dates[nearest].span.end..<span.start) != nil,
      clause.contains(dates[nearest].span.start)
    {
      return reject(.periodStart)
    }
    var first = nearest
    while first > 0, isListSeparator(dates[first - 1].span.end..<dates[first].span.start) {
      first -= 1
    }
    var out: [Finding] = []
    // 2017年元旦、春节期间: the period closing a list makes every date of it a period's.
    let listPeriod = Self.periodTails.contains { t.hasLiteral($0, at: dates[nearest].span.end) }
    for d in first...nearest {
      let date = dates[d]
      if listPeriod, d < nearest {
        out.append(Finding(rule: .periodStart, span: span, event: nil))
        continue
      }
      if let guardRule = rejection(of: date, kind: kind, step: span, sentence: sentence) {
        out.append(Finding(rule: guardRule, span: span, event: nil))
        continue
      }
      let text = eventText(date: date, clause: clause, sentence: sentence)
      // 8月28日至30日公开审理，并当庭宣告判决: the judgment closes the period.
      if date.end != nil, kind == .judgment, t.hasLiteral(Self.continuation, at: clause.lowerBound)
      {
        out.append(
          Finding(
            rule: .rangeEnd, span: span, event: CaseEvent(date: date.end, kind: kind, text: text)))
        continue
      }
      let byPart = Self.monthOfYearPart(date)
      out.append(
        Finding(
          rule: byPart != nil
            ? .yearPart
            : date.end != nil
              ? (Self.rangeClosers.contains { t.hasLiteral($0, at: date.span.end) }
                ? .rangeClosed : .rangeStart)
              : isCutOffReport(date, kind: kind, step: span)
                ? .cutOffReport : d == nearest ? rule : .dateList,
          span: span,
          event: CaseEvent(date: byPart ?? date.value, kind: kind, text: text),
          part: byPart == nil ? date.part : nil))
    }
    return out
  }

  /// The month a year's end names (2019年底, 2019年末 → 2019-12), nil for any other date.
  static func monthOfYearPart(_ date: DateMention) -> String? {
    guard let value = date.value, value.count == 4, value.allSatisfy(\.isNumber),
      let part = date.part
    else { return nil }
    switch part {
    case .late: return value + "-12"
    // 年初 may be any of the first months, 年中 any of the middle ones.
    case .early, .mid: return nil
    }
  }

  /// True when 当庭 / 当场 stands before the trigger in its clause (法院审理后当庭宣判).
  private func toldAtSitting(_ span: TextSpan) -> Bool {
    let t = doc.folded
    var lo = span.start
    let floor = max(0, span.start - CaseEventRules.sittingLookBack)
    while lo > floor, !CaseEventRules.clauseBreaks.contains(t[lo - 1]) { lo -= 1 }
    return t.containsAny(of: Self.sittingWords, in: lo..<span.start)
  }

  /// True when the day of `date` (2018-12-19) falls in `part` of its month (early: 1–10), or
  /// either is not given.
  static func day(of date: String?, isIn part: MonthPart?) -> Bool {
    guard let part, let date else { return true }
    let fields = date.split(separator: "-")
    guard fields.count == 3, let day = Int(fields[2]) else { return true }
    switch part {
    case .early: return day <= 10
    case .mid: return day > 10 && day <= 20
    case .late: return day > 20
    }
  }

  /// The part of the sentence before `offset` that a step's rules read,
  /// at most `CaseEventRules.lookBack` scalars (a sentence with no stop
  /// in a long text must not make every trigger rescan it).
  private func lookBack(from offset: Int, in sentence: Range<Int>) -> Range<Int> {
    max(sentence.lowerBound, offset - CaseEventRules.lookBack)..<offset
  }

  /// True when an agency's step is told after a finding of the investigation earlier in its
  /// paragraph (查明…。2019年6月，对该公司作出行政处罚) and its sentence names no procuratorate,
  /// court or police: the history under review, not a step of the case.
  private func isFoundHistory(_ span: TextSpan, sentence: Range<Int>) -> Bool {
    let t = doc.folded
    if t.containsAny(of: Self.caseActors, in: sentence) {
      return false
    }
    let floor = max(0, span.start - CaseEventRules.findingReach)
    var start = span.start
    while start > floor, t[start - 1] != "\n" { start -= 1 }
    let paragraph = start..<span.start
    guard t.containsAny(of: Self.findingWords, in: paragraph) else {
      return false
    }
    return !t.containsAny(of: Self.courtFindingWords, in: paragraph)
  }

  /// True when the step is what a party holds (…认为一审判决认定错误): after 认为 in its clause, or in
  /// a later clause of the sentence that no step or date opens.
  private func isOpinion(
    _ span: TextSpan, clause: Range<Int>, sentence: Range<Int>, dates: [DateMention]
  ) -> Bool {
    let t = doc.folded
    guard let said = lastOffset(of: Self.opinionWords, in: lookBack(from: span.start, in: sentence))
    else { return false }
    if said >= clause.lowerBound { return true }
    // A date after the opinion's clause starts the story again.
    let saidClause = clauseRange(around: said, in: sentence)
    if dates.contains(where: {
      $0.span.start >= saidClause.upperBound && $0.span.start < span.start
    }) {
      return false
    }
    var o = clause.lowerBound
    while o < span.start, t[o] == " " { o += 1 }
    if o == span.start || Self.opinionResumers.contains(where: { t.hasLiteral($0, at: o) }) {
      return false
    }
    // 并提出抗诉: a connective, then the step.
    return !(o + 1 == span.start && (t[o] == "并" || t[o] == "遂" || t[o] == "即"))
  }

  /// Where the clause opens that states what a demand asks, when one opens before `span` in its
  /// sentence: a clause opened by 建议 (，建议依法查处…), or one after a colon closing a
  /// demand's name (提出检察建议：一是…). The trigger's own clause opening with it is the demand.
  private func demandContentOpening(before span: TextSpan, in sentence: Range<Int>) -> Int? {
    let t = doc.folded
    let window = lookBack(from: span.start, in: sentence)
    var k = span.start
    while k > window.lowerBound {
      k -= 1
      guard CaseEventRules.clauseBreaks.contains(t[k]), t[k] != "\n" else { continue }
      var o = k + 1
      while o < span.start, t[o] == " " { o += 1 }
      if o < span.start, Self.demandClauseOpenings.contains(where: { t.hasLiteral($0, at: o) }) {
        return o
      }
      if t[k] == "：" || t[k] == ":",
        Self.demandNameEnds.contains(where: { k >= $0.count && t.hasLiteral($0, at: k - $0.count) })
      {
        return o
      }
    }
    return nil
  }

  /// True when one of the request or order `words` is in `range` as a verb: 建议 inside a demand's
  /// name (将检察建议整改落实情况书面回复, 建议书) asks for nothing.
  private func hasRequest(_ words: ScalarWords, in range: Range<Int>) -> Bool {
    let t = doc.folded
    // One walk of the range refuses most clauses before a search per word.
    guard t.containsAny(of: words, in: range) else { return false }
    for word in words {
      var from = range.lowerBound
      while from < range.upperBound, let at = t.firstOffset(of: word, in: from..<range.upperBound) {
        from = at + 1
        if word == Self.suggestWord {
          let named = Self.demandNamePrefixes.contains { p in
            at >= p.count && t.hasLiteral(p, at: at - p.count)
          }
          let end = at + word.count
          if named || (end < t.count && CaseEventRules.demandNameSuffixes.contains(t[end])) {
            continue
          }
        }
        return true
      }
    }
    return false
  }

  /// Where the word asking for or putting off a hearing starts (要求举行听证会, 申请延期举办听证会),
  /// when only fillers (举行, 延期, 召开) stand between it and the hearing word; nil otherwise.
  private func hearingAsk(before span: TextSpan, in before: Range<Int>) -> Int? {
    let t = doc.folded
    var end = span.start
    // Strip fillers backwards from the hearing word, then look for an asking word ending there.
    var steps = 0
    while end > before.lowerBound, steps < 6 {
      steps += 1
      if let ask = Self.hearingAskWords.first(where: { w in
        end - w.count >= before.lowerBound && t.hasLiteral(w, at: end - w.count)
      }) {
        let at = end - ask.count
        // 依申请召开听证会, 根据其申请举行: the application is the basis, the hearing is held.
        if ask == Self.applicationWord, at > before.lowerBound,
          CaseEventRules.notAskingBefore.contains(t[at - 1])
        {
          return nil
        }
        return at
      }
      guard
        let filler = Self.hearingAskFillers.first(where: { w in
          end - w.count >= before.lowerBound && t.hasLiteral(w, at: end - w.count)
        })
      else { return nil }
      end -= filler.count
    }
    return nil
  }

  /// True when a step trigger of `kind` starts somewhere in `range`.
  private func hasStep(of kind: CaseEventKind, in range: Range<Int>) -> Bool {
    var i = range.lowerBound
    while i < range.upperBound {
      if let m = Self.trie.longestMatch(in: doc.folded, from: i, limit: range.upperBound) {
        if case .step(let k) = CaseEventRules.triggers[m.value].outcome, k == kind { return true }
        i = m.end
      } else {
        i += 1
      }
    }
    return false
  }

  /// True when 不服 is told before `span` in its clause with no step word between (不服某局的处罚决定).
  private func objectsTo(_ span: TextSpan, before: Range<Int>) -> Bool {
    guard let at = lastOffset(of: Self.objectionWords, in: before) else { return false }
    let end = at + 2
    return end <= span.start && !hasStep(in: end..<span.start)
  }

  /// True when a step trigger starts somewhere in `range`.
  private func hasStep(in range: Range<Int>) -> Bool {
    var i = range.lowerBound
    while i < range.upperBound {
      if let m = Self.trie.longestMatch(in: doc.folded, from: i, limit: range.upperBound) {
        if case .step = CaseEventRules.triggers[m.value].outcome { return true }
        i = m.end
      } else {
        i += 1
      }
    }
    return false
  }

  /// Where the last of `words` starts in `range`, if any.
  private func lastOffset(of words: ScalarWords, in range: Range<Int>) -> Int? {
    // The latest start over all words: one walk back from the range's end.
    doc.folded.lastOffset(ofAny: words, in: range)
  }

  /// True when the court's reasoning opens in `range` (法院认为, 本院认为, 院认为); a
  /// procuratorate's view (某县检察院认为，…便决定召开听证会) is its opinion, read by `isOpinion`.
  private func courtReasons(in range: Range<Int>) -> Bool {
    let t = doc.folded
    // Most ranges hold no opening at all: one walk refuses them before a search per word.
    guard t.containsAny(of: Self.reasoningOpenings, in: range) else { return false }
    return Self.reasoningOpenings.contains { word in
      var from = range.lowerBound
      while let at = t.firstOffset(of: word, in: from..<range.upperBound) {
        let byProcuratorate = Self.procuratorateOpinionHeads.contains { h in
          at >= h.count && t.hasLiteral(h, at: at - h.count)
        }
        if !byProcuratorate { return true }
        from = at + 1
      }
      return false
    }
  }

  /// True when the step is an end of a time span summed up in its clause: 从, a step word right
  /// after it, then 到 / 至 (从立案到宣判仅用7天, 从受理到审结): the step at 从 and those after it.
  private func isSpanEnd(_ span: TextSpan, clause: Range<Int>) -> Bool {
    let t = doc.folded
    guard let from = lastOffset(of: Self.spanOpenings, in: clause.lowerBound..<span.start),
      Self.trie.longestMatch(in: t, from: from + 1, limit: clause.upperBound) != nil
    else { return false }
    return t.containsAny(of: Self.spanLinks, in: from + 1..<clause.upperBound)
  }

  /// The batch steps a story of several cases tells once in its lead, before the first case
  /// (6月18日上午，某法院对一批刑事案件进行集中宣判): every case after the lead shares them.
  func leadSteps(before leadEnd: Int, among dates: [DateMention]) -> [Finding] {
    findings(for: dates.filter { $0.span.end <= leadEnd }).compactMap { f in
      guard let e = f.event, f.span.end <= leadEnd, CaseEventRules.batchKinds.contains(e.kind)
      else { return nil }
      return Finding(rule: .leadStep, span: f.span, event: e)
    }
  }

  /// A case's own events with the lead's batch steps (`leadSteps`) it does not tell itself, in
  /// date order (the lead's first for equal dates).
  static func withLead(_ lead: [Finding], _ own: [CaseEvent]) -> [CaseEvent] {
    guard !lead.isEmpty else { return own }
    let added = lead.filter { f in
      !own.contains { $0.kind == f.event?.kind && $0.date == f.event?.date }
    }
    let ownFindings = own.map { Finding(rule: .leadStep, span: TextSpan(0, 0), event: $0) }
    return dateOrdered(added + ownFindings).compactMap(\.event)
  }

  /// The date signing the case's text when it stands alone on its line right
  /// after the case's span (a signer's line may come between) (a notice's 2019年7月9日): it dates the notice, no
  /// other step, and is not one of the case's own dates.
  func signature(after span: TextSpan, among dates: [DateMention]) -> DateMention? {
    guard let next = dates.first(where: { $0.span.start >= span.end }) else { return nil }
    let t = doc.folded
    // Between them only blank lines and at most a signer's line (某县人民检察院), no sentence.
    let gap = span.end..<next.span.start
    let written = gap.filter { t[$0] != "\n" && t[$0] != " " && t[$0] != "\u{3000}" }
    guard written.count <= CaseEventRules.signerLineLength,
      !written.contains(where: { CaseEventRules.clauseBreaks.contains(t[$0]) })
    else { return nil }
    return signatureDate(in: [next]) == nil ? nil : next
  }

  /// The last date of the case when it stands alone on its line: a document's signature.
  private func signatureDate(in dated: [DateMention]) -> DateMention? {
    guard let last = dated.last else { return nil }
    let t = doc.folded
    var a = last.span.start
    while a > 0, t[a - 1] == " " || t[a - 1] == "\u{3000}" { a -= 1 }
    guard a == 0 || t[a - 1] == "\n" else { return nil }
    var b = last.span.end
    while b < t.count, t[b] == " " || t[b] == "\u{3000}" { b += 1 }
    guard b == t.count || t[b] == "\n" else { return nil }
    return last
  }

  /// True when the trigger sits inside a quotation that began earlier in its clause.
  private func insideQuotes(_ span: TextSpan, clause: Range<Int>) -> Bool {
    // A quote that opens right before the trigger names the step itself (开展“回头看”).
    // A title's head or head noun names the document itself (《责令交出土地决定书》, 《…提示函》).
    // Quotes nest (《“一户多宅”清理名单公示》): a stack of the open marks, innermost last.
    var opens: [(at: Int, title: Bool)] = []
    for k in clause.lowerBound..<span.start {
      switch doc.folded[k] {
      case "“", "「", "『": opens.append((k, false))
      case "《": opens.append((k, true))
      case "”", "」", "』", "》": if !opens.isEmpty { opens.removeLast() }
      default: break
      }
    }
    guard let open = opens.last else { return false }
    if open.title, span.end < doc.folded.count, doc.folded[span.end] == "》" { return false }
    return open.at != span.start - 1
  }

  /// True when the trigger opens a 《…》 title that goes on past it (《听证纪律》, 《听证参加人确认书》).
  private func headsTitle(_ span: TextSpan, clause: Range<Int>) -> Bool {
    let t = doc.folded
    guard span.start > clause.lowerBound, t[span.start - 1] == "《", span.end < t.count else {
      return false
    }
    return t[span.end] != "》"
  }

  /// A negation in `range` (未上诉, 无适格主体提起诉讼), but not 未成年人, 未经 or 罚没款, nor one
  /// inside the conduct the step acts on (对…未按规定记录的行为作出处罚; not 未对…行为作出处罚).
  private func negated(_ range: Range<Int>) -> Bool {
    let t = doc.folded
    // One walk of the range refuses most clauses before a search per word.
    guard t.containsAny(of: Self.negations, in: range) else { return false }
    for word in Self.negations {
      var from = range.lowerBound
      while let at = t.firstOffset(of: word, in: from..<range.upperBound) {
        let next = at + word.count
        let otherWord =
          next < t.count
          && (word == ["未"] && CaseEventRules.notNegatingAfterWei.contains(t[next])
            || word == ["没"] && CaseEventRules.notNegatingAfterMei.contains(t[next]))
          || word == ["没"] && at > 0 && CaseEventRules.notNegatingBeforeMei.contains(t[at - 1])
          || t.containsAny(of: Self.conductWords, in: next..<range.upperBound)
            && t.containsAny(of: Self.conductOpenings, in: range.lowerBound..<at)
        if !otherWord {
          return true
        }
        from = at + 1
      }
    }
    return false
  }

  /// 请求确认某镇政府强制拆除其房屋的行为违法 told within `CaseEventRules.challengeReach` scalars
  /// after `offset`: a suit challenging a demolition (no 未 / 不 / 怠于 between 确认 and 拆除: a
  /// demolition an agency failed to make is not challenged).
  private func demolitionChallenged(after offset: Int) -> Bool {
    let t = doc.folded
    let end = min(t.count, offset + CaseEventRules.challengeReach)
    guard offset < end else { return false }
    var from = offset
    while from < end, let at = t.firstOffset(of: Self.unlawfulWord, in: from..<end) {
      let back = max(offset, at - 40)..<at
      if let demolished = t.firstOffset(of: Self.demolitionWord, in: back),
        let confirm = t.firstOffset(of: Self.confirmWord, in: back.lowerBound..<demolished),
        !t.containsAny(of: Self.notDoneWords, in: confirm..<demolished)
      {
        return true
      }
      from = at + 1
    }
    return false
  }

  /// 程某等人来到某县人民检察院: a party's visit to a body (case.event.clue.came-to-body) in `range`,
  /// its body named within 16 scalars of the verb in the verb's clause, no official before it.
  private func cameToBody(in range: Range<Int>) -> Bool {
    let t = doc.folded
    guard range.lowerBound < range.upperBound, range.upperBound <= t.count else { return false }
    for word in Self.cameWords {
      var from = range.lowerBound
      while from < range.upperBound, let at = t.firstOffset(of: word, in: from..<range.upperBound) {
        let clause = clauseRange(around: at, in: range)
        let reach = min(clause.upperBound, at + word.count + 16)
        if at + word.count < reach,
          t.containsAny(of: Self.cameToBodyTails, in: (at + word.count)..<reach),
          clause.lowerBound <= at,
          !t.containsAny(of: Self.cameToBodyOfficials, in: clause.lowerBound..<at)
        {
          return true
        }
        from = at + 1
      }
    }
    return false
  }

  private func opens(with words: ScalarWords, at offset: Int) -> Bool {
    var o = offset
    while o < doc.folded.count, doc.folded[o] == " " { o += 1 }
    return words.contains { doc.folded.hasLiteral($0, at: o) }
  }

  /// The date rules: a date that cannot date a step.
  private func rejection(
    of date: DateMention, kind: CaseEventKind, step: TextSpan, sentence: Range<Int>
  ) -> CaseEventRule? {
    guard let value = date.value, value.contains(where: \.isNumber) else { return .unresolvedDate }
    let t = doc.folded
    if Self.valueHeads.contains(where: { h in
      date.span.start >= h.count && t.hasLiteral(h, at: date.span.start - h.count)
    }) {
      return .valueDate
    }
    // 2024年8-10月，某检察院跟进监督: a step in the period's clause is dated by its start; a claim's period is no date.
    // 同年6月至7月间, 8月至9月期间: 间 / 期间 closing the period (its attributive 的 may follow).
    let closer =
      date.end == nil ? nil : Self.rangeClosers.first { t.hasLiteral($0, at: date.span.end) }
    if date.end != nil {
      let after = date.span.end + (closer?.count ?? 0)
      let attributive =
        after < t.count
        && (t[after] == "的" || (closer == nil && t[after] == "间")
          || Self.periodTails.contains { t.hasLiteral($0, at: after) })
      if attributive { return .period }
      // 9月5日至10日，法院公开开庭审理: the period dates a step told in its clause or right after
      // it; 2014年到2018年担任议员，…拆除 is a period of something else.
      if date.span.start < sentence.upperBound {
        let dateClause = clauseRange(around: date.span.start, in: sentence)
        let rest = (after..<dateClause.upperBound).count
        if !dateClause.contains(step.start), rest > 0 { return .period }
        // A closed period (2023年8月至10月间，被告人…，经鉴定…) dates only the clause right after it.
        if closer != nil, !dateClause.contains(step.start), dateClause.upperBound < step.start,
          ((dateClause.upperBound + 1)..<step.start).contains(where: {
            CaseEventRules.clauseBreaks.contains(t[$0])
          })
        {
          return .period
        }
      }
    }
    // (終院刑事上訴2014年第4號) is a case number's year; 于2024年1月18日第二次开庭 dates the step
    // (a month or a day before 第 dates an ordinal step: 第二次开庭, 第三次审理).
    if date.span.end < t.count, t[date.span.end] == "第", !value.contains("-") { return .docketYear }
    if namesPeriodOfPay(date) { return .objectPeriod }
    if date.span.end < t.count, t[date.span.end] == "电" { return .reportDate }
    // 记者2024年4月26日从…获悉: the report word follows within a few words, told by a reporter
    // (记者 just before the date or 从 / 记者 between): 10月10日，某法院获悉… is the court's lead.
    let near = date.span.end..<min(t.count, date.span.end + 24)
    var firstLearned: Int?
    for word in Self.reportWords {
      if let at = t.firstOffset(of: word, in: near), at < firstLearned ?? Int.max {
        firstLearned = at
      }
    }
    if let learned = firstLearned {
      let asked = date.span.end..<learned
      let byline = max(0, date.span.start - 12)..<date.span.start
      if t.firstOffset(of: Self.reporterWord, in: byline) != nil
        || t.containsAny(of: Self.reporterMarkers, in: asked)
      {
        return .reportDate
      }
    }
    if closer == nil, Self.periodTails.contains(where: { t.hasLiteral($0, at: date.span.end) }) {
      return .periodStart
    }
    if date.span.end < t.count,
      Self.deadlineTails.contains(where: { t.hasLiteral($0, at: date.span.end) })
    {
      // 2023年5月起诉 is a suit, not a start.
      let next = date.span.end + 1
      if !(t[date.span.end] == "起" && next < t.count && t[next] == "诉")
        && !(t[date.span.end] == "前" && next < t.count && t[next] == "往")
      {
        return .deadline
      }
    }
    // 押后至 10 月 19 日: a space may stand between the head and the date.
    var head = date.span.start
    while head > 0, t[head - 1] == " " { head -= 1 }
    if Self.deadlineHeads.contains(where: { h in
      head >= h.count && t.hasLiteral(h, at: head - h.count)
    }),
      !isCutOffReport(date, kind: kind, step: step)
    {
      return .deadline
    }
    // 拟于2021年9月10日开庭审理, 预计2021年9月开庭: the plan word governs the date.
    var planHead = head
    if planHead > 0, CaseEventRules.plannedDatePrepositions.contains(t[planHead - 1]) {
      planHead -= 1
    }
    if Self.planWords.contains(where: { w in
      (planHead >= w.count && t.hasLiteral(w, at: planHead - w.count))
        || (head >= w.count && t.hasLiteral(w, at: head - w.count))
    }) {
      return .plannedDate
    }
    // 通知其2020年5月26日上午9时召开听证会: the date a notice sets.
    if Self.noticeHeads.contains(where: { w in
      (planHead >= w.count && t.hasLiteral(w, at: planHead - w.count))
        || (head >= w.count && t.hasLiteral(w, at: head - w.count))
    }) {
      return .noticedDate
    }
    // 昨天，据检方介绍，…: the date the source spoke, not a step's.
    if isSourceDate(date) { return .reportDate }
    // 一个月后，…作出行政处罚; 兩日後雙方達成調解協議: a date counted on from another dates no step.
    if date.relative, date.span.end > date.span.start,
      CaseEventRules.offsetAfterEnds.contains(t[date.span.end - 1])
    {
      return .offsetAfter
    }
    // 1月15日，某法院通报了该案，法院驳回…: the date of the briefing, not of the steps it tells.
    if date.span.end < step.start,
      t.containsAny(of: Self.briefingWords, in: date.span.end..<step.start)
    {
      return .reportDate
    }
    if let statistic = isStatistic(date, step: step) { return statistic }
    // 11日 with no year in the text and no publication date dates its step all the same
    // (XXXX-XX-11): the date is known to the day, only its year is not.
    return nil
  }

  /// True when the date, maybe with more dates listed after it, stands right before what is owed
  /// or paid for it (2017年9月份、10月份工资).
  private func namesPeriodOfPay(_ date: DateMention) -> Bool {
    let t = doc.folded
    var o = date.span.end
    let limit = min(t.count, date.span.end + 16)
    while o < limit {
      if Self.periodNouns.contains(where: { t.hasLiteral($0, at: o) }) { return true }
      guard CaseEventRules.periodListScalars.contains(t[o]) || t[o].properties.numericType != nil
      else { return false }
      o += 1
    }
    return false
  }

  /// True when a cut-off date (截至2025年2月14日) reports a rectification done by then: 已 between
  /// the date and the step.
  private func isCutOffReport(_ date: DateMention, kind: CaseEventKind, step: TextSpan) -> Bool {
    let t = doc.folded
    guard kind == .rectification, date.span.end <= step.start,
      Self.cutOffHeads.contains(where: { h in
        date.span.start >= h.count && t.hasLiteral(h, at: date.span.start - h.count)
      })
    else { return false }
    return t.firstOffset(of: Self.completedWord, in: date.span.end..<step.start) != nil
  }

  /// True when the date opens a source's account (昨天，据检方介绍): 据 right after it, a verb of
  /// telling (介绍, 透露) a few words on.
  private func isSourceDate(_ date: DateMention) -> Bool {
    let t = doc.folded
    var o = date.span.end
    while o < t.count, o < date.span.end + 2, t[o] == "," || t[o] == "，" || t[o] == " " { o += 1 }
    guard o < t.count, t[o] == CaseEventRules.sourceOpening else { return false }
    let reach = (o + 1)..<min(t.count, o + 1 + CaseEventRules.sourceReach)
    return t.containsAny(of: Self.sourceVerbs, in: reach)
  }

  /// True when the case itself follows 受理 (受理了该案, 受理此案).
  private func receivesCase(after span: TextSpan) -> Bool {
    let t = doc.folded
    var o = span.end
    if o < t.count, t[o] == "了" { o += 1 }
    return Self.receivedCaseWords.contains { t.hasLiteral($0, at: o) }
  }

  private func isListSeparator(_ gap: Range<Int>) -> Bool {
    guard gap.count >= 1, gap.count <= 2 else { return false }
    return gap.allSatisfy { CaseEventRules.dateListSeparators.contains(doc.folded[$0]) }
  }

  /// The clause around `offset`, inside the sentence.
  /// The spans of `sorted` (by start) starting inside `range`, found by binary search.
  static func spans(in range: Range<Int>, of sorted: [TextSpan]) -> ArraySlice<TextSpan> {
    var lo = 0
    var hi = sorted.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sorted[mid].start < range.lowerBound { lo = mid + 1 } else { hi = mid }
    }
    var end = lo
    while end < sorted.count, sorted[end].start < range.upperBound { end += 1 }
    return sorted[lo..<end]
  }

  /// True when a vague date word dates the step: the step is in its clause (某局日前开展), or
  /// the word opens its clause (近日，某法院宣判; 1月2日讯：近日…) and so the story after it.
  private func governs(vague: TextSpan, step: TextSpan, sentence: Range<Int>) -> Bool {
    if clauseRange(around: vague.start, in: sentence).contains(step.start) { return true }
    let t = doc.folded
    var o = vague.start
    while o > sentence.lowerBound, t[o - 1] == " " || t[o - 1] == "\u{3000}" { o -= 1 }
    guard o > sentence.lowerBound else { return true }
    return CaseEventRules.clauseBreaks.contains(t[o - 1])
      || CaseEventRules.datelineMarks.contains(t[o - 1])
  }

  /// True when the step word is followed by a period word and a clause break (重审期间，;
  /// 再审中，): the period something else is told in.
  private func namesPeriod(_ span: TextSpan) -> Bool {
    let t = doc.folded
    for tail in Self.periodOfStepTails where t.hasLiteral(tail, at: span.end) {
      let after = span.end + tail.count
      if after < t.count, CaseEventRules.clauseBreaks.contains(t[after]) { return true }
    }
    return false
  }

  private func clauseRange(around offset: Int, in sentence: Range<Int>) -> Range<Int> {
    let t = doc.folded
    let floor = max(sentence.lowerBound, offset - CaseEventRules.lookBack)
    let ceiling = min(sentence.upperBound, offset + CaseEventRules.lookBack)
    var lo = offset
    while lo > floor, !CaseEventRules.clauseBreaks.contains(t[lo - 1]) { lo -= 1 }
    var hi = offset
    while hi < ceiling, !CaseEventRules.clauseBreaks.contains(t[hi]) { hi += 1 }
    return lo..<hi
  }

  /// The clause the step is told in, from its date's clause when that is near.
  private func eventText(date: DateMention, clause: Range<Int>, sentence: Range<Int>) -> String {
    var dateClause = clauseRange(around: date.span.start, in: sentence)
    // A byline before the date (本报讯（记者 …）2024年3月12日) is not part of the step.
    if let close = (dateClause.lowerBound..<date.span.start).last(where: {
      CaseEventRules.bylineEnds.contains(doc.folded[$0])
    }) {
      dateClause = (close + 1)..<dateClause.upperBound
    }
    var start = min(dateClause.lowerBound, clause.lowerBound)
    if clause.upperBound - start > 100 { start = clause.lowerBound }
    while start < clause.upperBound, doc.folded[start] == " " || doc.folded[start] == "\n" {
      start += 1
    }
    return doc.originalText(start..<clause.upperBound)
  }
}

extension CaseEventFinder {
  /// 一个月后，…; 2个月后，…: a clause opened by a forward offset tells a later
  /// step, as 后 does; it does not inherit the earlier step's date (the offset
  /// dates it, or nothing does: case.event.guard.offset-after).
  func opensWithForwardOffset(at i: Int) -> Bool {
    let t = doc.folded
    var j = i
    while j < t.count, j - i < 4, ChineseNumeral.isNumeralScalar(t[j]) || t[j] == "半" { j += 1 }
    guard j > i else { return false }
    if j < t.count, t[j] == "多" || t[j] == "余" { j += 1 }
    guard
      let unit = DateCalendarRules.offsetUnits.first(where: { t.hasLiteral($0.0, at: j) })
    else { return false }
    j += unit.0.unicodeScalars.count
    if j < t.count, t[j] == "多" || t[j] == "余" || t[j] == "半" { j += 1 }
    return DateCalendarRules.offsetDirections.contains { $0.1 > 0 && t.hasLiteral($0.0, at: j) }
  }
}
