import ChineseText

/// Helpers for reading a 《》 title and the brackets around it.
enum StatuteTitle {
  enum Normativity { case normative, ifNationalIssuer, no }

  /// Longest title we accept, in scalars.
  static let maxLength = 160

  /// The offset of the 》 closing the 《 at `start` (nested 《》 allowed).
  static func closing(of start: Int, in text: [Unicode.Scalar]) -> Int? {
    var depth = 0
    var i = start
    while i < text.count, i - start <= maxLength {
      switch text[i] {
      case "《": depth += 1
      case "》":
        depth -= 1
        if depth == 0 { return i > start + 1 ? i : nil }
      case "\n", "\r", "。": return nil
      default: break
      }
      i += 1
    }
    return nil
  }

  /// Rule `statute.title.issuing-notice`: the range of the document's words
  /// inside 《…关于印发〈X〉的通知》 (the 《 at `open`, its 》 at `close`): an
  /// issuing verb, an inner mark (〈, <, 《), X, its closing mark, then only
  /// an ending of `StatuteRules.issuingNoticeEndings` up to 》. Nil for any
  /// other title (《关于印发某方案的通知》 without inner marks is the notice).
  static func noticeEnclosure(open: Int, close: Int, in text: [Unicode.Scalar]) -> Range<Int>? {
    guard open + 1 < close, close <= text.count else { return nil }
    for verb in StatuteRules.issuingNoticeVerbs {
      let v = Array(verb.unicodeScalars)
      guard let at = text.firstOffset(of: v, in: (open + 1)..<close) else { continue }
      let innerOpen = at + v.count
      guard innerOpen < close,
        let pair = StatuteRules.enclosureMarks.first(where: { $0.open == text[innerOpen] })
      else { continue }
      var depth = 0
      var j = innerOpen
      var innerClose: Int? = nil
      while j < close {
        if text[j] == pair.open {
          depth += 1
        } else if text[j] == pair.close {
          depth -= 1
          if depth == 0 {
            innerClose = j
            break
          }
        }
        j += 1
      }
      guard let ic = innerClose, ic > innerOpen + 1 else { continue }
      let rest = text[(ic + 1)..<close]
      guard
        StatuteRules.issuingNoticeEndings.contains(where: {
          rest.elementsEqual($0.unicodeScalars)
        })
      else { continue }
      return (innerOpen + 1)..<ic
    }
    return nil
  }

  /// The offset of the ) closing the ( at `start`, within a short reach.
  static func closingParen(of start: Int, in text: [Unicode.Scalar]) -> Int? {
    var depth = 0
    var i = start
    while i < text.count, i - start <= 60 {
      switch text[i] {
      case "(": depth += 1
      case ")":
        depth -= 1
        if depth == 0 { return i }
      case "\n", "\r", "。": return nil
      default: break
      }
      i += 1
    }
    return nil
  }

  /// Splits a trailing version note off a title: 行政诉讼法(2017年修正).
  static func splitVersion(_ title: [Unicode.Scalar]) -> ([Unicode.Scalar], String?) {
    guard title.last == ")", let open = title.lastIndex(of: "("), open > 0 else {
      return (title, nil)
    }
    let inner = Array(title[(open + 1)..<(title.count - 1)])
    guard isVersionNote(inner) else { return (title, nil) }
    return (Array(title[..<open]), display(inner))
  }

  /// A trailing （试行） or （暂行）: the note, and the title without it.
  static func trialNote(_ title: [Unicode.Scalar]) -> (base: [Unicode.Scalar], note: String)? {
    guard title.last == ")", let open = title.lastIndex(of: "("), open > 0 else { return nil }
    let note = string(Array(title[(open + 1)..<(title.count - 1)]))
    guard StatuteRules.trialNotes.contains(note) else { return nil }
    return (Array(title[..<open]), note)
  }

  /// A version note holds a year or 版 with a version word (2017年修正, 2016年版).
  static func isVersionNote(_ inner: [Unicode.Scalar]) -> Bool {
    guard inner.contains(where: { ChineseNumeral.isArabicDigit($0) || $0 == "〇" }) else {
      return false
    }
    let s = string(inner)
    return StatuteRules.versionWords.contains { s.contains($0) }
  }

  /// A bracketed document number after a title: (沪高法[2009]197号), (法释〔2021〕1号).
  static func isDocumentNumber(_ inner: [Unicode.Scalar]) -> Bool {
    inner.last == "号" && inner.contains(where: ChineseNumeral.isArabicDigit)
  }

  /// The alias an （以下简称…） bracket defines.
  static func aliasName(in inner: [Unicode.Scalar]) -> (name: [Unicode.Scalar], bracketed: Bool)? {
    for w in StatuteRules.aliasMarkers {
      guard let j = ProvisionParser.match(w, in: inner, at: 0) else { continue }
      var name = Array(inner[j...])
      var bracketed = false
      if name.first == ":" { name.removeFirst() }
      if name.first == "《", name.last == "》" {
        name = Array(name.dropFirst().dropLast())
        bracketed = true
      } else if name.first == "“", name.last == "”" {
        name = Array(name.dropFirst().dropLast())
      }
      guard name.count >= 2, name.count <= 30 else { return nil }
      return (name, bracketed)
    }
    return nil
  }

  /// The title as a law name: inner 〈〉 and <> as 《》, ( ) as （）, markup
  /// residue (`{=html}) removed.
  static func display(_ raw: [Unicode.Scalar]) -> String {
    var out = String.UnicodeScalarView()
    var i = 0
    while i < raw.count {
      let c = raw[i]
      if c == "{", let close = raw[i...].firstIndex(of: "}"), close - i < 12 {
        i = close + 1
        continue
      }
      switch c {
      case "`": break
      // 最高人民法院 最高人民检察院关于…: the joint form official titles write with 、.
      case " ":
        if let p = out.last, p == "院" || p == "部", i + 1 < raw.count, isHan(raw[i + 1]) {
          out.append("、")
        }
      case "〈", "<": out.append("《")
      case "〉", ">": out.append("》")
      case "(": out.append("（")
      case ")": out.append("）")
      default: out.append(c)
      }
      i += 1
    }
    return String(out)
  }

  /// Whether a title (without issuer) names a normative document.
  static func normativity(of title: String) -> Normativity {
    if StatuteRules.nonNormativeMarkers.contains(where: { title.containsScalars($0) }) {
      return .no
    }
    var t = title
    // （试行）, （暂行）, 修正案（十一） notes do not change the kind of text.
    if t.hasSuffix("）"), let open = t.lastIndex(of: "（") {
      let note = t[t.index(after: open)..<t.index(before: t.endIndex)]
      if note.count <= 4 || t[..<open].hasSuffix(StatuteRules.amendmentWord) {
        t = String(t[..<open])
      }
    }
    // The suffix tests read scalars when the title is plain text (most are):
    // String's Character comparison cost a thousand instructions a test.
    let shaped = t
    let plain = isPlainText(shaped)
    func ends(_ suffix: String) -> Bool { endsWith(shaped, suffix, plain: plain) }
    if ends(StatuteRules.amendmentWord) { return .normative }
    // 《河南省人民政府关于南阳市开展…的批复》: a government's reply to a
    // request is an administrative act, not cited law (a court's 批复 is).
    if StatuteRules.replySuffixes.contains(where: { ends($0) }),
      StatuteRules.governmentIssuerMarkers.contains(where: { t.containsScalars($0) })
    {
      return .no
    }
    if StatuteRules.nonNormativeSuffixes.contains(where: { ends($0) }) { return .no }
    // 《关于表彰…的决定》 of a local body is no law; 全国人大常委会《关于…的决定》 is.
    if startsWith(shaped, "关于", plain: plain), ends("决定") { return .ifNationalIssuer }
    if StatuteRules.normativeSuffixes.contains(where: { ends($0) }) { return .normative }
    if StatuteRules.normativeNormEndings.contains(where: { ends($0) }) { return .normative }
    if StatuteRules.issuerDependentSuffixes.contains(where: { ends($0) }) {
      return .ifNationalIssuer
    }
    return .no
  }

  /// Plain text (`String.isPlainText`): prefix and suffix tests read bytes.
  static func isPlainText(_ s: String) -> Bool { s.isPlainText }

  /// `t.hasSuffix(suffix)`, as bytes when both are plain (`plain` tells `t`'s).
  static func endsWith(_ t: String, _ suffix: String, plain: Bool) -> Bool {
    t.hasSuffix(suffix, plain: plain)
  }

  /// `t.hasPrefix(prefix)`, as bytes when both are plain (`plain` tells `t`'s).
  static func startsWith(_ t: String, _ prefix: String, plain: Bool) -> Bool {
    t.hasPrefix(prefix, plain: plain)
  }

  /// The issuers written right before a 《关于…》 title, as the official
  /// title spells them (“两高两部”《关于…》, 最高法、最高检联合出台《关于…》).
  static func issuers(before start: Int, in text: [Unicode.Scalar]) -> String? {
    var i = skipGlue(before: start, in: text)
    for v in StatuteIssuerRules.issuingVerbs {
      if let s = matchBackward(v, in: text, endingAt: i) {
        i = skipGlue(before: s, in: text)
        break
      }
    }
    guard let chain = issuerChainWithStart(endingAt: i, in: text) else { return nil }
    return (leadIssuer(before: chain.start, in: text).map { $0 + "、" } ?? "") + chain.issuers
  }

  /// Rule `co-issuer-lead`: 最高人民法院召开新闻发布会，联合最高人民检察院发布《…》:
  /// the body that acts together with the named issuer is the first issuer.
  static func leadIssuer(before chainStart: Int, in text: [Unicode.Scalar]) -> String? {
    let i = skipGlue(before: chainStart, in: text)
    guard
      let marker = StatuteIssuerRules.coIssuerMarkers.lazy.compactMap({
        matchBackward($0, in: text, endingAt: i)
      }).first
    else { return nil }
    var k = marker
    while k > 0, marker - k <= StatuteIssuerRules.leadIssuerReach {
      if StatuteIssuerRules.sentenceBreaks.contains(text[k - 1]) { return nil }
      if let chain = issuerChainWithStart(endingAt: k, in: text) { return chain.issuers }
      k -= 1
    }
    return nil
  }

  /// Issuers named earlier in the clause, before an issuing verb that leads
  /// to the title: 最高人民法院于2024年8月发布的《关于…的批复》.
  static func distantIssuers(before start: Int, in text: [Unicode.Scalar]) -> String? {
    let i = skipGlue(before: start, in: text)
    guard
      let verb = StatuteIssuerRules.distantIssuingVerbs.lazy.compactMap({
        matchBackward($0, in: text, endingAt: i)
      }).first
    else { return nil }
    var k = verb
    while k > 0, verb - k <= StatuteIssuerRules.issuerReach {
      if StatuteIssuerRules.clauseBreaks.contains(text[k - 1]) { return nil }
      if let chain = issuerChain(endingAt: k, in: text) { return chain }
      k -= 1
    }
    return nil
  }

  /// Issuers that end within one clause before `i` (an issuing verb there):
  /// 最高人民检察院日前发布 → 最高人民检察院.
  static func distantIssuers(endingNear i: Int, in text: [Unicode.Scalar]) -> String? {
    var k = i
    while k > 0, i - k <= StatuteIssuerRules.issuerReach {
      if let chain = issuerChain(endingAt: k, in: text) { return chain }
      if StatuteIssuerRules.clauseBreaks.contains(text[k - 1]) { return nil }
      k -= 1
    }
    return nil
  }

  /// The issuer a bracketed document number after the title names:
  /// 《关于…的批复》（法释〔2024〕8号） → 最高人民法院.
  static func documentNumberIssuer(after close: Int, in text: [Unicode.Scalar]) -> String? {
    var i = close + 1
    while i < text.count, text[i] == " " { i += 1 }
    guard i < text.count, text[i] == "(" else { return nil }
    for (prefix, issuer) in StatuteIssuerRules.documentNumberIssuers {
      if ProvisionParser.match(prefix, in: text, at: i + 1) != nil { return issuer }
    }
    return nil
  }

  /// Issuers joined by 、/和 that end right at `end`.
  private static func issuerChain(endingAt end: Int, in text: [Unicode.Scalar]) -> String? {
    issuerChainWithStart(endingAt: end, in: text)?.issuers
  }

  /// The chain of issuers ending at `end` and where it starts.
  private static func issuerChainWithStart(endingAt end: Int, in text: [Unicode.Scalar])
    -> (issuers: String, start: Int)?
  {
    var i = end
    var chainStart = end
    var found: [String] = []
    while true {
      // Every issuer ends in one of a few scalars: any other ends no chain.
      guard i > 0, i <= text.count, issuerLastScalars.contains(text[i - 1]) else { break }
      var best: (start: Int, full: String)? = nil
      for (w, full) in issuerScalars {
        if let s = matchBackward(w, in: text, endingAt: i), s < (best?.start ?? Int.max) {
          best = (s, full)
        }
      }
      guard let b = best else { break }
      found.insert(b.full, at: 0)
      i = b.start
      chainStart = b.start
      var k = i
      while k > 0, StatuteIssuerRules.issuerGlue.contains(text[k - 1]) { k -= 1 }
      guard k > 0, StatuteIssuerRules.issuerJoiners.contains(text[k - 1]) else { break }
      i = skipGlue(before: k - 1, in: text)
    }
    return found.isEmpty ? nil : (found.joined(separator: "、"), chainStart)
  }

  /// True when `title`'s issuers (before its first 关于) are the same bodies as
  /// `issuers` (、-joined), in any order.
  static func sameIssuers(_ title: String, _ issuers: String) -> Bool {
    guard let r = title.scalarRange(of: "关于") else { return false }
    let own = Set(title[..<r.lowerBound].split(separator: "、").map(String.init))
    return own == Set(issuers.split(separator: "、").map(String.init))
  }

  /// A law's title without a trailing bracketed note: …规定（试行） → …规定.
  static func baseTitle(_ law: String) -> Substring {
    guard law.hasSuffix("）"), let open = law.lastIndex(of: "（") else { return law[...] }
    return law[..<open]
  }

  /// True when 《 at `start` follows 会签/签订 (an agreement, not a law).
  static func followsAgreementVerb(_ start: Int, in text: [Unicode.Scalar]) -> Bool {
    let i = skipGlue(before: start, in: text)
    return StatuteRules.agreementVerbs.contains { matchBackward($0, in: text, endingAt: i) != nil }
  }

  /// Guard `employer-rules`: an employer noun right before `start` (the 《),
  /// with at most one making verb or 的 between (超市制订的《, 公司《).
  static func followsEmployer(_ start: Int, in text: [Unicode.Scalar]) -> Bool {
    var k = start
    if let v = StatuteRules.employerRuleVerbs.lazy.compactMap({
      matchBackward($0, in: text, endingAt: start)
    })
    .first {
      k = v
    }
    return StatuteRules.employerNouns.contains { matchBackward($0, in: text, endingAt: k) != nil }
  }

  /// A foreign state's name right before a bare law name (巴拿马海商法).
  static func foreignState(before i: Int, in text: [Unicode.Scalar]) -> String? {
    StatuteRules.foreignStates.first { matchBackward($0, in: text, endingAt: i) != nil }
  }

  static func matchScalars(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], at i: Int) -> Int? {
    guard i + word.count <= text.count else { return nil }
    for (k, s) in word.enumerated() where text[i + k] != s { return nil }
    return i + word.count
  }

  /// The start of `word` when it ends right at `end`.
  static func matchBackward(_ word: String, in text: [Unicode.Scalar], endingAt end: Int) -> Int? {
    // Compared from the last scalar back, in place: no array is built for the word.
    guard end <= text.count else { return nil }
    let w = word.unicodeScalars
    var k = end
    var j = w.endIndex
    while j > w.startIndex {
      w.formIndex(before: &j)
      k -= 1
      guard k >= 0 else { return nil }
      if text[k] != w[j] { return nil }
    }
    return k
  }

  /// `matchBackward` for a word given as scalars.
  static func matchBackward(_ w: [Unicode.Scalar], in text: [Unicode.Scalar], endingAt end: Int)
    -> Int?
  {
    let s = end - w.count
    guard s >= 0 else { return nil }
    for k in 0..<w.count where text[s + k] != w[k] { return nil }
    return s
  }

  /// `StatuteIssuerRules.issuers` with each written name as scalars, and their last scalars.
  private static let issuerScalars: [(written: [Unicode.Scalar], full: String)] =
    StatuteIssuerRules.issuers.map { (Array($0.written.unicodeScalars), $0.full) }
  private static let issuerLastScalars = ScalarBitmap(issuerScalars.compactMap(\.written.last))

  private static func skipGlue(before i: Int, in text: [Unicode.Scalar]) -> Int {
    var k = i
    while k > 0, StatuteIssuerRules.issuerGlue.contains(text[k - 1]) { k -= 1 }
    return k
  }

  static func isHan(_ s: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
  }

  static func string(_ s: [Unicode.Scalar]) -> String {
    var v = String.UnicodeScalarView()
    v.append(contentsOf: s)
    return String(v)
  }
}
