/// Function characters (的, 在, 向, 与 …): the prepositions, conjunctions,
/// particles and light verbs that bound names. One table; each scanner reads
/// a named subset, so a character added for one reader is a visible choice
/// for the others.
enum FunctionCharacters {
  /// The readers of the table.
  struct Subsets: OptionSet, Sendable {
    let rawValue: UInt8
    /// Where a company name stops when read backwards (向某公司, 与某公司).
    static let companyLead = Subsets(rawValue: 1 << 0)
    /// Never inside a zone or town name (`RegionChain.nameBreakers`).
    static let regionName = Subsets(rawValue: 1 << 1)
    /// May stand right before a one-scalar-stem county that opens a name
    /// (向理县…, 据和县…; `RegionChain.stemLeads`).
    static let regionStemLead = Subsets(rawValue: 1 << 2)
    /// Never ends (or, mostly, starts) a party's name (王某的, 王某在).
    static let partyName = Subsets(rawValue: 1 << 3)
    /// Ends a name after a role word (被告人郑某因… → 郑某; `CaseRules.nameStops`).
    static let roleNameStop = Subsets(rawValue: 1 << 4)

    static let all: Subsets = [
      .companyLead, .regionName, .regionStemLead, .partyName, .roleNameStop,
    ]
  }

  /// Rows of characters and the subsets each belongs to.
  static let table: [(scalars: String, subsets: Subsets)] = [
    // Prepositions, conjunctions and particles: they bound every name.
    ("的在向和与及对将被于为是从等以已", .all),
    // 经 (经某公司), and verbs or particles that introduce a party.
    ("经", [.companyLead, .regionName, .regionStemLead, .roleNameStop]),
    ("由诉到把后", [.companyLead, .regionName, .regionStemLead, .partyName]),
    ("称", [.companyLead, .regionStemLead, .partyName, .roleNameStop]),
    // Demonstratives and 给: 该公司, 本院, 各区, 给某公司.
    ("给该本各", [.companyLead, .regionName, .regionStemLead]),
    ("至即", [.companyLead, .regionStemLead, .partyName]),
    ("系", [.companyLead, .partyName, .roleNameStop]),
    ("自", [.regionStemLead, .partyName, .roleNameStop]),
    // 某 ends a masked name (王某) but never sits inside a place name.
    ("某", [.regionName, .partyName]),
    ("并又也均", [.regionStemLead, .partyName]),
    // 跟 (跟公司协商): a colloquial 与, never a name's first character.
    ("跟", [.partyName]),
    ("因犯不所", [.partyName, .roleNameStop]),
    // Verbs of motion and reporting, and date characters, before a county (赴理县, 5日和县).
    ("据了同日月年往赴去", [.regionStemLead]),
    // Adverbs and particles after a name (王某曾, 王某还, 王某之).
    ("辩原曾现先再还另却便遂仍有无则就但之其前", [.partyName]),
    // Verbs that follow a defendant's name directly (郑某饮酒后驾驶).
    ("饮驾", [.roleNameStop]),
  ]

  /// The characters of `subset`.
  static func scalars(_ subset: Subsets) -> Set<Unicode.Scalar> {
    Set(table.filter { $0.subsets.isSuperset(of: subset) }.flatMap { $0.scalars.unicodeScalars })
  }

  /// The characters of `subset`, for hot loops.
  static func bitmap(_ subset: Subsets) -> ScalarBitmap { ScalarBitmap(scalars(subset)) }
}
