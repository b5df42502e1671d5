/// Courts, procuratorates, agencies and companies, every occurrence in text
/// order, each carrying the canonical name of its body: the longest region
/// prefix the article uses for that body (湖北省麻城市人民检察院 once makes
/// every later 麻城市检察院 that name too). Rules: `OrganizationRule`.
struct OrganizationStage: ExtractionStage {
  let name: StageName = .organizations

  /// Selection tiers: a named body beats a company reading of the same
  /// text, and both beat an organ named by a bare place; in a Hong Kong or
  /// Taiwan text its own bodies beat the mainland reading (最高法院 there is
  /// Taiwan's, not 最高人民法院).
  /// A name read by the body-name grammar (`BodyNameScanner`) ranks below
  /// the tables' bodies and companies.
  enum Tier: Int {
    case placeNamed = 0, grammar, company, body, regional
  }

  func run(_ context: inout ExtractionContext) {
    let doc = context.document
    let text = doc.folded
    var rejections: [Rejection] = []
    let scanned = OrganizationScanner.scan(text, rejections: &rejections)
    let tableBodies = Self.withFullNamesWritten(
      OrganizationPlaceWritten.filter(
        OrganizationExclusions.filter(
          scanned, text: text, claimed: context.claimed, rejections: &rejections),
        rejections: &rejections),
      scanned: scanned)
    let grammar = OrganizationExclusions.filter(
      BodyNameScanner.scan(text, bodies: tableBodies, rejections: &rejections), text: text,
      claimed: context.claimed, rejections: &rejections)
    // 国务院扶贫办: a national body that opens a longer grammar name is part of it.
    let bodies = Self.outsideNationalNames(tableBodies, grammar: grammar)
    // A company's name reads back only to the body before it.
    let companies = CompanyScanner.scan(text, taken: bodies.map(\.range))
    let places = PoliceStationScanner.scan(text, claimed: context.claimed, rejections: &rejections)
    let regional = Self.outsideLongerBodies(
      OrganizationExclusions.filter(
        RegionalBodyScanner.scan(text, rejections: &rejections), text: text,
        claimed: context.claimed, rejections: &rejections),
      bodies: bodies)
    if context.trace != nil {
      for r in rejections { context.trace?.reject(r) }
    }
    var candidates: [Candidate<OrganizationCandidate>] = []
    candidates.reserveCapacity(
      bodies.count + companies.count + places.count + regional.count + grammar.count)
    for (found, tier) in [
      (bodies, Tier.body), (companies, .company), (places, .placeNamed), (regional, .regional),
      (grammar, .grammar),
    ] {
      for c in found {
        candidates.append(
          Candidate(span: TextSpan(c.range), value: c, rule: c.rule.name, priority: tier.rawValue))
      }
    }
    var kept = Selection.select(
      candidates, policy: .priorityThenLeftmostLongest, trace: &context.trace)
    // 雨花台公安分局 after …公安局雨花台分局（以下简称雨花台公安分局）: that body.
    OrganizationDefinedShortNames.resolve(&kept, text: text, skipping: Tier.placeNamed.rawValue)
    // Bodies and companies share one name per body; a place-named organ is named as written.
    let named = OrganizationNaming.unify(
      kept.filter { $0.priority != Tier.placeNamed.rawValue }.map(\.value))
    var n = 0
    // Built once, and only when a place-named organ is kept.
    var fullNameBySuffix: [String: OrganizationCandidate]?
    for k in kept {
      let m: OrganizationMention
      if k.priority == Tier.placeNamed.rawValue {
        let r = k.value.range
        // 那大司法所 after 儋州市司法局那大司法所: the station the text named in full.
        let written = doc.displayText(r)
        if fullNameBySuffix == nil { fullNameBySuffix = Self.bodiesBySuffix(named) }
        let full = fullNameBySuffix?[written].flatMap { $0.kind == k.value.kind ? $0 : nil }
        m = OrganizationMention(
          text: doc.originalText(r), span: TextSpan(r), kind: k.value.kind,
          name: full.map { OrganizationNaming.display($0.name, original: doc.original[$0.range]) }
            ?? written,
          level: k.value.level, region: full.flatMap { $0.prefix.isEmpty ? nil : $0.prefix })
      } else {
        let c = named[n]
        n += 1
        m = OrganizationMention(
          text: doc.originalText(c.range), span: TextSpan(c.range), kind: c.kind,
          name: OrganizationNaming.display(c.name, original: doc.original[c.range]),
          level: c.level, region: c.prefix.isEmpty ? nil : c.prefix)
      }
      context.result.organizations.append(m)
      context.trace?.accept(m.span, rule: k.rule, detail: m.name)
    }
  }
}

extension OrganizationStage {
  /// Rule `short-name.full-written`: a national agency kept under its short
  /// name (人社部) takes the full name the article writes anywhere, even where
  /// that full name is no mention (人力资源社会保障部关于…的说明, a title's
  /// issuer): ANNOTATION.md names a body by the fullest form the article uses.
  static func withFullNamesWritten(
    _ kept: [OrganizationCandidate], scanned: [OrganizationCandidate]
  ) -> [OrganizationCandidate] {
    guard kept.contains(where: { $0.rule == .stateCouncilShortName && $0.kind == .agency }) else {
      return kept
    }
    var fullByKey: [String: String] = [:]
    for c in scanned
    where (c.rule == .national || c.rule == .stateCouncilShortName) && c.kind == .agency
      && c.suffix.isEmpty
    {
      if fullByKey[c.key].map({ c.organ.unicodeScalars.count > $0.unicodeScalars.count }) ?? true {
        fullByKey[c.key] = c.organ
      }
    }
    return kept.map { c in
      guard c.rule == .stateCouncilShortName, c.kind == .agency, c.suffix.isEmpty,
        let full = fullByKey[c.key], full.unicodeScalars.count > c.organ.unicodeScalars.count
      else { return c }
      var named = c
      named.organ = full
      named.rule = .shortNameFullWritten
      return named
    }
  }

  /// The bodies not inside a national grammar name (国务院 in 国务院扶贫办).
  /// Both lists are in text order: one sweep.
  static func outsideNationalNames(
    _ bodies: [OrganizationCandidate], grammar: [OrganizationCandidate]
  ) -> [OrganizationCandidate] {
    let national = grammar.filter { $0.rule == .bodyNameNational }
    guard !national.isEmpty else { return bodies }
    // The same sweep as for regional candidates inside longer bodies.
    return outsideLongerBodies(bodies, bodies: national)
  }

  /// The shortest and longest name of a place-named organ looked up as the
  /// end of a body's full name (那大司法所 in 儋州市司法局那大司法所).
  static let placeNamedLengths = 4...8

  /// Every named body by each ending a place-named organ could be: one
  /// pass over the bodies, the first body of an ending kept.
  static func bodiesBySuffix(_ bodies: [OrganizationCandidate]) -> [String: OrganizationCandidate] {
    var out: [String: OrganizationCandidate] = [:]
    for b in bodies where b.kind != .company {
      let scalars = Array(b.name.unicodeScalars)
      for n in placeNamedLengths where n < scalars.count {
        let key = RegionChain.string(scalars[(scalars.count - n)...])
        if out[key] == nil { out[key] = b }
      }
    }
    return out
  }

  /// The regional candidates not inside a longer mainland body (澳门终审法院
  /// holds 终审法院: that body's). Both lists are in text order and bodies do
  /// not overlap each other: one sweep.
  static func outsideLongerBodies(
    _ regional: [OrganizationCandidate], bodies: [OrganizationCandidate]
  ) -> [OrganizationCandidate] {
    var k = 0
    return regional.filter { r in
      while k < bodies.count, bodies[k].range.upperBound <= r.range.lowerBound { k += 1 }
      guard k < bodies.count else { return true }
      let b = bodies[k].range
      return
        !(b.count > r.range.count && b.lowerBound <= r.range.lowerBound
        && b.upperBound >= r.range.upperBound)
    }
  }
}

/// Gives every mention of one body the same, fullest name.
enum OrganizationNaming {
  /// Folded punctuation and the full-width forms the original may have had.
  static let fullWidth: [(Unicode.Scalar, Unicode.Scalar)] = [
    ("(", "（"), (")", "）"), (",", "，"), (":", "："),
  ]

  /// `name` (built from the folded view) with its brackets and punctuation
  /// put back in full width where the mention's original has them:
  /// 欧文斯（上海）贸易有限公司 keeps （）.
  static func display(_ name: String, original: ArraySlice<Unicode.Scalar>) -> String {
    var scalars = Array(name.unicodeScalars)
    var changed = false
    for (k, s) in scalars.enumerated() {
      guard s.isASCII, let pair = fullWidth.first(where: { $0.0 == s }), original.contains(pair.1)
      else { continue }
      scalars[k] = pair.1
      changed = true
    }
    return changed ? RegionChain.string(scalars[...]) : name
  }

  /// Rule `unit-written-elsewhere`: 金坛人民法院 (a renamed place kept as
  /// written) is 金坛市人民法院 when the article writes that too.
  static func addsUnit(_ long: String, to short: String) -> Bool {
    let l = Array(long.unicodeScalars)
    let s = Array(short.unicodeScalars)
    guard l.count == s.count + 1 else { return false }
    var k = 0
    while k < s.count, l[k] == s[k] { k += 1 }
    return k >= 2 && "市县区".unicodeScalars.contains(l[k]) && l[(k + 1)...].elementsEqual(s[k...])
  }

  /// Rule `abbreviated-organ`: 花山区文旅局 is 花山区文化旅游体育局 when the
  /// article writes that too (人社局 of 人力资源和社会保障局): the short organ
  /// keeps the long one's first and last scalar and its scalars in order. A
  /// branch (公安分局) is no long form of its parent (公安局).
  static func abbreviates(_ short: String, _ long: String) -> Bool {
    let s = short.unicodeScalars
    let l = long.unicodeScalars
    guard let first = s.first, first == l.first, let last = s.last, last == l.last,
      s.count >= 2, s.count < l.count,
      !branchEndings.contains(where: { long.hasScalarSuffix($0) })
    else { return false }
    // In order, without building arrays (this runs per pair of bodies).
    var rest = s.makeIterator()
    var wanted = rest.next()
    for x in l where x == wanted { wanted = rest.next() }
    return wanted == nil
  }
  static let branchEndings = ["分局", "支局", "分院", "支队", "大队"]

  /// The organ word of a branch named by its place alone (临渭分局).
  static let bareBranch = "分局"

  static func unify(_ candidates: [OrganizationCandidate]) -> [OrganizationCandidate] {
    // The fullest prefix and organ per body.
    // A place the text writes with the body beats one context gave it
    // (海南社保局 written, 省社保局 read as 海南省: the name stays 海南社保局).
    // One body per key, in the order the keys first come; each candidate's
    // body by index. The key is hashed once per candidate: hashing these
    // Chinese keys (normalised first) was most of the stage's naming cost.
    var bodyOfKey: [String: Int] = [:]
    var bodies: [OrganizationCandidate] = []
    var placeWritten: [Bool] = []
    var bodyOf: [Int] = []
    bodyOf.reserveCapacity(candidates.count)
    for c in candidates {
      let written = !OrganizationPlaceWritten.placeNotWrittenRules.contains(c.rule)
      guard let k = bodyOfKey[c.key] else {
        bodyOfKey[c.key] = bodies.count
        bodyOf.append(bodies.count)
        bodies.append(c)
        placeWritten.append(written)
        continue
      }
      bodyOf.append(k)
      var b = bodies[k]
      if written && !placeWritten[k] {
        b.prefix = c.prefix
        placeWritten[k] = true
      } else if written == placeWritten[k],
        c.prefix.unicodeScalars.count > b.prefix.unicodeScalars.count
      {
        b.prefix = c.prefix
      }
      if c.organAsWritten, c.organ.unicodeScalars.count > b.organ.unicodeScalars.count {
        b.organ = c.organ
      }
      if b.level == nil { b.level = c.level }
      bodies[k] = b
    }
    // A body written once as 锦江区人民检察院 and once as 成都市锦江区人民检察院
    // under different keys (a listed court, a zone) takes the longer name.
    // Every two bodies are compared: each body's name and lengths are made
    // once, and the cheap tests go first (a long document names thousands).
    // Closures, not key paths: a key path is applied through the runtime.
    let names = bodies.map { $0.name }
    let lengths = names.map { $0.count }
    let scalarLengths = names.map { $0.unicodeScalars.count }
    // Suffixes compared as bytes between plain names (String.isPlainText).
    let plainNames = names.map(\.isPlainText)
    // The innermost region of each body's key (kind|region|organ…).
    let regions = bodies.map { $0.key.split(separator: "|", maxSplits: 2).dropFirst().first ?? "" }
    var target = [Int?](repeating: nil, count: bodies.count)
    for (i, a) in bodies.enumerated() {
      guard a.kind != .company, a.kind != .other else { continue }
      let nameA = names[i]
      // 秀洲分局 after 嘉兴市生态环境局秀洲分局: a bare branch is the branch named in full.
      guard scalarLengths[i] >= 5 || a.organ == OrganizationNaming.bareBranch else { continue }
      // 浦东法院 (kept as written) is 上海市浦东新区人民法院 when the text writes that.
      let spelt = a.expandedPrefix.map { $0 + a.organ + a.suffix }
      var longest: Int?
      for j in bodies.indices where j != i {
        guard bodies[j].kind == a.kind, lengths[j] > lengths[i] else { continue }
        let nameB = names[j]
        if (plainNames[j] && plainNames[i] ? nameB.hasScalarSuffix(nameA) : nameB.hasSuffix(nameA))
          || (scalarLengths[j] == scalarLengths[i] + 1 && addsUnit(nameB, to: nameA))
          || spelt.map({ nameB.hasSuffix($0, plain: plainNames[j]) }) == true
          || (a.kind == .agency && regions[i] == regions[j]
            && abbreviates(a.organ, bodies[j].organ)),
          longest.map({ lengths[j] > lengths[$0] }) ?? true
        {
          longest = j
        }
      }
      if let l = longest { target[i] = l }
    }
    return zip(candidates, bodyOf).map { c, k in
      var out = c
      let body = bodies[target[k] ?? k]
      out.prefix = body.prefix
      out.organ = body.organ
      out.suffix = body.suffix
      out.level =
        c.kind == .court ? (CourtLexicon.shared.level(of: body.name) ?? body.level) : body.level
      return out
    }
  }
}
