/// Places a region prefix (湖北省十堰市茅箭区, 茅箭区, 十堰) in the division
/// tree: its GB/T 2260 code and the full chain of names above it, so that
/// 茅箭区人民法院 is known to lie in 十堰市, 湖北省.
struct RegionResolution: Hashable, Sendable {
  /// The six-digit code of the innermost division named.
  let code: String
  /// Province, prefecture and county names down to it: 湖北省十堰市茅箭区.
  let path: String

  /// Resolves `prefix`; nil when no division ends it, or when several do
  /// and the prefix does not say which (朝阳区 alone: Beijing or Changchun).
  init?(prefix: String) {
    guard case .resolved(let r) = Self.resolve(prefix: prefix) else { return nil }
    self = r
  }

  private init(code: Int, index: DivisionIndex) {
    self.code = String(code)
    self.path = index.chain(code).joined()
  }

  /// What resolving a prefix gives, and when it fails, why.
  enum Outcome: Hashable, Sendable {
    case resolved(RegionResolution)
    /// No division name ends the prefix (某县, the empty string).
    case noDivision
    /// The divisions named do not nest (a county under another province).
    case inconsistent
    /// Several divisions fit and the prefix does not say which (朝阳区).
    case ambiguous
  }

  static func resolve(prefix: String) -> Outcome {
    let scalars = Array(prefix.unicodeScalars)
    guard !scalars.isEmpty else { return .noDivision }
    let gazetteer = RegionGazetteer.shared
    let index = DivisionIndex.shared
    // The divisions written in the prefix, in order, each as every current
    // division that bears the name its form stands for.
    var named: [[Int]] = []
    var i = 0
    while i < scalars.count {
      if let m = gazetteer.trie.longestMatch(in: scalars, from: i) {
        let names = Set(m.value.map { gazetteer.divisions[$0.division].name })
        named.append(names.flatMap { index.codes(named: $0) })
        i = m.end
      } else {
        i += 1
      }
    }
    guard let last = named.last, !last.isEmpty else { return .noDivision }
    // The innermost candidates that lie inside every division named before.
    let fitting = Set(
      last.filter { inner in
        named.dropLast().allSatisfy { outer in outer.contains { index.isAncestor($0, of: inner) } }
      })
    guard let code = fitting.first else { return .inconsistent }
    guard fitting.count == 1 else { return .ambiguous }
    return .resolved(RegionResolution(code: code, index: index))
  }
}

/// Current divisions by name and by code (divisions.tsv), with every name
/// kept: 朝阳区 is two divisions, 鼓楼区 four.
struct DivisionIndex: Sendable {
  /// Codes by name, in a scalar trie: a `[String: [Int]]` hashed every name
  /// through Unicode normalisation, a tenth of the CLI's start-up.
  private let codesByName: PhraseTrie<[Int]>
  let names: [Int: String]
  let parents: [Int: Int]

  static let shared = DivisionIndex()

  init() {
    let table = TSVTable.divisions
    let code = table.column("code")
    let name = table.column("name")
    let parent = table.column("parent")
    var codes = PhraseTrie<[Int]>(capacity: 8_192)
    var names: [Int: String] = [:]
    var parents: [Int: Int] = [:]
    names.reserveCapacity(table.rows.count)
    parents.reserveCapacity(table.rows.count)
    for row in table.rows {
      guard let c = Int(row[code]) else { continue }
      codes.modify(row[name], initial: []) { $0.append(c) }
      names[c] = row[name]
      if let p = Int(row[parent]) { parents[c] = p }
    }
    self.codesByName = codes
    self.names = names
    self.parents = parents
  }

  /// Every current division's code bearing `name`, in table order.
  func codes(named name: String) -> [Int] { codesByName.value(for: name) ?? [] }

  /// True when `outer` is `inner` or lies above it.
  func isAncestor(_ outer: Int, of inner: Int) -> Bool {
    var current: Int? = inner
    var steps = 0
    while let c = current, steps < 4 {
      if c == outer { return true }
      current = parents[c]
      steps += 1
    }
    return false
  }

  /// The names from the province down to `code`.
  func chain(_ code: Int) -> [String] {
    var out: [String] = []
    var current: Int? = code
    var steps = 0
    while let c = current, let n = names[c], steps < 4 {
      out.insert(n, at: 0)
      current = parents[c]
      steps += 1
    }
    return out
  }
}
