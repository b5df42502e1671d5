import LegalExtract

/// Scores predictions against gold the way ../shared/tools/score.py does,
/// field by field, accumulating over articles.
public struct ArticleScorer: Sendable {
  /// The fields, in score.py's order.
  public static let fieldNames = [
    "dates.found", "dates", "organizations", "statutes.laws", "statutes.provisions", "figures",
    "dockets", "cases.count", "cases.facts", EventScore.field,
  ]
  /// The fields whose F1 values average into the macro F1.
  public static let coreFields = [
    "dates", "organizations", "statutes.laws", "statutes.provisions", "figures", "cases.facts",
  ]
  static let scoredKinds: Set<OrganizationKind> = [.court, .procuratorate, .agency]

  public private(set) var fields: [String: FieldScore] = [:]
  public private(set) var differences: [ScoreDifference] = []

  public init() {}

  /// Adds one article: its gold file and what the extractor returned.
  public mutating func add(
    article name: String, gold: GoldDocument, prediction pred: ExtractionResult
  ) {
    // dates: found at all, then found with the right value
    let gd = gold.dates ?? []
    record(
      name, "dates.found", gd, pred.dates, describe: { "\($0.text)" }, describePred: { $0.text },
      fits: { ScoreNormalization.containsEither($0.text, $1.text) })
    record(
      name, "dates", gd, pred.dates, describe: { "\($0.text) \($0.value ?? "null")" },
      describePred: { "\($0.text) \($0.value ?? "null")" },
      fits: { g, p in
        ScoreNormalization.containsEither(g.text, p.text)
          && ScoreNormalization.valueMatches(ScoredValue(g.value), ScoredValue(p.value))
          && ScoreNormalization.valueMatches(ScoredValue(g.end), ScoredValue(p.end))
      })

    // organizations: distinct bodies of the scored kinds
    let go = (gold.organizations ?? []).filter {
      Self.scoredKinds.map(\.rawValue).contains($0.kind)
    }
    var seen = Set<String>()
    var po: [OrganizationMention] = []
    for o in pred.organizations where Self.scoredKinds.contains(o.kind) {
      let key = o.kind.rawValue + "\t" + ScoreNormalization.text(o.name.isEmpty ? o.text : o.name)
      if seen.insert(key).inserted { po.append(o) }
    }
    record(
      name, "organizations", go, po, describe: { "\($0.kind) \($0.name)" },
      describePred: { "\($0.kind.rawValue) \($0.name)" },
      fits: { g, p in
        g.kind == p.kind.rawValue
          && ScoreNormalization.sameOrganization(g.name, p.name.isEmpty ? p.text : p.name)
      })

    // statutes: distinct laws, then distinct cited provisions
    let gl = Set((gold.statutes ?? []).map { ScoreNormalization.law($0.law) }).sorted()
    let pl = Set(pred.statutes.map { ScoreNormalization.law($0.law) }).subtracting([""]).sorted()
    record(
      name, "statutes.laws", gl, pl, describe: { $0 }, describePred: { $0 }, fits: { $0 == $1 })
    let gp = Self.provisionKeys((gold.statutes ?? []).map { ($0.law, $0.provisions ?? []) })
    let pp = Self.provisionKeys(pred.statutes.map { ($0.law, $0.provisions) })
    record(
      name, "statutes.provisions", gp, pp, describe: { $0 }, describePred: { $0 },
      fits: { $0 == $1 })

    // figures
    record(
      name, "figures", gold.figures ?? [], pred.figures,
      describe: { "\($0.text) \($0.kind) \($0.value.map { "\($0)" } ?? "null")" },
      describePred: { "\($0.text) \($0.kind.rawValue) \($0.value)" },
      fits: { g, p in
        ScoreNormalization.containsEither(g.text, p.text) && g.kind == p.kind.rawValue
          && ScoreNormalization.valueMatches(ScoredValue(g.value), ScoredValue(p.value))
      })

    // dockets
    record(
      name, "dockets", (gold.dockets ?? []).map { ScoreNormalization.docket($0.text) },
      pred.dockets.map { ScoreNormalization.docket($0.text) }, describe: { $0 },
      describePred: { $0 }, fits: { $0 == $1 })

    scoreCases(name, gold.cases ?? [], pred.cases)
  }

  /// score.py's provision tuples, rendered as sortable keys.
  static func provisionKeys(_ statutes: [(String, [Provision])]) -> [String] {
    var keys = Set<String>()
    for (law, provisions) in statutes {
      let l = ScoreNormalization.law(law)
      for v in provisions {
        keys.insert(
          "\(l)|\(v.article)|\(v.sub.map(String.init) ?? "-")|\(v.paragraph.map(String.init) ?? "-")|\(v.item.map(String.init) ?? "-")"
        )
      }
    }
    return keys.sorted()
  }

  private mutating func scoreCases(_ name: String, _ gc: [GoldDocument.Case], _ pc: [CaseRecord]) {
    fields["cases.count", default: FieldScore()].add(
      gold: gc.count, pred: pc.count, hit: min(gc.count, pc.count))
    var facts = FieldScore()
    var used = Set<Int>()
    var pairs: [(GoldDocument.Case, CaseRecord?)] = []
    let same = ScoreNormalization.sameOrganization
    for g in gc {
      func overlap(_ p: CaseRecord) -> Int {
        var s = 0
        if let t = g.title, !t.isEmpty,
          ScoreNormalization.text(t) == ScoreNormalization.text(p.title ?? "")
        {
          s = 3
        }
        let pairs: [([String]?, [String])] = [
          (g.plaintiffs, p.plaintiffs), (g.defendants, p.defendants),
          (g.procuratorates, p.procuratorates), (g.courts, p.courts),
        ]
        for (a, b) in pairs {
          s += (a ?? []).reduce(0) { acc, x in acc + b.filter { same(x, $0) }.count }
        }
        return s
      }
      var best: Int?
      var bestScore = Int.min
      for i in pc.indices where !used.contains(i) {
        let s = overlap(pc[i])
        if s > bestScore { best = i; bestScore = s }
      }
      let p: CaseRecord? = best.flatMap { bestScore > 0 ? pc[$0] : nil }
      if let best, p != nil { used.insert(best) }
      pairs.append((g, p))
      let roles: [(String, [String], [String])] = [
        ("plaintiffs", g.plaintiffs ?? [], p?.plaintiffs ?? []),
        ("defendants", g.defendants ?? [], p?.defendants ?? []),
        ("courts", g.courts ?? [], p?.courts ?? []),
        ("procuratorates", g.procuratorates ?? [], p?.procuratorates ?? []),
      ]
      for (field, gold, pred) in roles {
        let (hit, misses, _) = Self.greedy(gold, pred, same)
        facts.add(gold: gold.count, pred: pred.count, hit: hit)
        for m in misses {
          differences.append(
            ScoreDifference(article: name, field: "cases." + field, kind: .missed, item: m))
        }
      }
      let glaws = Set((g.laws ?? []).map(ScoreNormalization.law)).sorted()
      let plaws = Set((p?.statutes ?? []).map { ScoreNormalization.law($0.law) }).subtracting([""])
        .sorted()
      let (lawHits, _, _) = Self.greedy(glaws, plaws, ==)
      facts.add(gold: glaws.count, pred: plaws.count, hit: lawHits)
      let gv = (g.figures ?? []).map { ScoredValue($0) }
      let pv = (p?.figures ?? []).map { ScoredValue($0.value) }
      let (valueHits, _, _) = Self.greedy(gv, pv) { ScoreNormalization.valueMatches($0, $1) }
      facts.add(gold: gv.count, pred: pv.count, hit: valueHits)
    }
    for (i, p) in pc.enumerated() where !used.contains(i) {
      var n = p.plaintiffs.count + p.defendants.count + p.courts.count + p.procuratorates.count
      n += Set(p.statutes.map { ScoreNormalization.law($0.law) }).count + p.figures.count
      facts.add(gold: 0, pred: n, hit: 0)
    }
    fields["cases.facts", default: FieldScore()].add(
      gold: facts.gold, pred: facts.pred, hit: facts.hit)
    scoreEvents(name, pairs, unmatched: pc.indices.filter { !used.contains($0) }.map { pc[$0] })
  }

  mutating func record<G, P>(
    _ article: String, _ field: String, _ gold: [G], _ pred: [P],
    describe: (G) -> String, describePred: (P) -> String, fits: (G, P) -> Bool
  ) {
    let (hit, misses, extras) = Self.greedy(gold, pred, fits)
    fields[field, default: FieldScore()].add(gold: gold.count, pred: pred.count, hit: hit)
    for m in misses {
      differences.append(
        ScoreDifference(article: article, field: field, kind: .missed, item: describe(m)))
    }
    for e in extras {
      differences.append(
        ScoreDifference(article: article, field: field, kind: .extra, item: describePred(e)))
    }
  }

  /// Matches each gold item to the first unused prediction that fits.
  static func greedy<G, P>(_ gold: [G], _ pred: [P], _ fits: (G, P) -> Bool) -> (Int, [G], [P]) {
    var used = [Bool](repeating: false, count: pred.count)
    var hits = 0
    var misses: [G] = []
    for g in gold {
      if let i = pred.indices.first(where: { !used[$0] && fits(g, pred[$0]) }) {
        used[i] = true
        hits += 1
      } else {
        misses.append(g)
      }
    }
    return (hits, misses, pred.indices.filter { !used[$0] }.map { pred[$0] })
  }
}
