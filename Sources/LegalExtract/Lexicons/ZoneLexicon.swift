/// Functional zones by the short name texts use without a zone word (洋浦,
/// 前海), from the generated `zonesTSV` (Scripts/data/zones.tsv). Read by
/// `RegionChain` (rule `org.region-chain.named-zone`).
enum ZoneLexicon {
  struct Zone: Sendable {
    let name: String
    /// The 2-digit province code the zone lies in.
    let province: Int
  }

  static let trie: PhraseTrie<Zone> = {
    var trie = PhraseTrie<Zone>()
    let t = TSVTable(zonesTSV)
    let short = t.column("short")
    let name = t.column("name")
    let province = t.column("province")
    for row in t.rows {
      guard let p = Int(row[province]) else { continue }
      trie.insert(row[short], value: Zone(name: row[name], province: p))
    }
    return trie
  }()
}
