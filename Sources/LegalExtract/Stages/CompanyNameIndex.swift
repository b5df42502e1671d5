/// The distinct company names of a document, indexed by the scalars they
/// hold, so that a short name (富春公司) finds the full names it may
/// abbreviate without being compared with every company in the document.
struct CompanyNameIndex: Sendable {
  /// Distinct names, in the order the document first gives them.
  private let names: [String]
  /// For each scalar, the positions in `names` (ascending) of the names holding it.
  private let byScalar: [Unicode.Scalar: [Int]]

  init(_ all: [String]) {
    var seen = Set<String>()
    names = all.filter { seen.insert($0).inserted }
    var index: [Unicode.Scalar: [Int]] = [:]
    for (i, name) in names.enumerated() {
      for s in Set(name.unicodeScalars) { index[s, default: []].append(i) }
    }
    byScalar = index
  }

  /// The longest name that `short` abbreviates (the first given among
  /// equally long ones), or nil.
  func longestExpansion(of short: String) -> String? {
    guard short.hasScalarSuffix("公司") else { return nil }
    // Every core scalar must stand in the full name: ask the rarest one's names.
    let core = short.unicodeScalars.dropLast(2)
    guard let rarest = core.min(by: { (byScalar[$0]?.count ?? 0) < (byScalar[$1]?.count ?? 0) })
    else { return nil }
    var best: String?
    for i in byScalar[rarest] ?? [] where CasePartyFinder.isAbbreviation(short, of: names[i]) {
      if best.map({ names[i].unicodeScalars.count > $0.unicodeScalars.count }) ?? true {
        best = names[i]
      }
    }
    return best
  }
}
