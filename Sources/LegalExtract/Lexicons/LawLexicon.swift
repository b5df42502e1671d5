import ChineseText

/// Law titles from the generated `lawsTSV`, indexed for citation lookup:
/// by a normalised key (《》, spaces, 、 and the 中华人民共和国 prefix removed),
/// by the part from 关于 on (《关于…的解释》 written without its issuer), and as
/// a trie of bare names (short column, full national titles, customary forms).
struct LawLexicon: Sendable {
  struct Entry: Sendable {
    let title: String
    /// The kind the table gives (`other` when it could not say).
    let tableKind: StatuteKind

    /// The table's kind, else the kind the title's shape shows (worked out
    /// on use: doing it for 500 rows at start-up cost the CLI 5 ms).
    var kind: StatuteKind { tableKind == .other ? LawLexicon.kind(ofTitle: title) : tableKind }
  }

  let entries: [Entry]
  /// Bare names in the folded view's scalars (（ folded to ( ).
  let bareNames: PhraseTrie<Int>
  /// First two scalars of every bare name, a cheap filter before the trie.
  let bareNameHeads: Set<UInt64>
  /// First and second scalars of bare names: a hash-free test that rejects
  /// almost every offset before `bareNameHeads` is asked.
  let bareNameFirsts: ScalarBitmap
  let bareNameSeconds: ScalarBitmap
  /// Entries whose own title is in the bare trie (工伤保险条例, rule
  /// `statute.bare-title`): a national regulation or rule the table keeps
  /// with no 中华人民共和国 prefix and no short name.
  let bareTitleIDs: Set<Int>

  static let shared = LawLexicon()

  /// The table's titles that hold 关于, in table order, each with its part
  /// after the first 关于: short names (《醉驾意见》) are matched against these,
  /// and finding 关于 anew in every title for every short name cost more
  /// than the matching.
  var aboutParts: [AboutPart] { AboutPart.table }

  private init() {
    let table = TSVTable(lawsTSV)
    let title = table.column("title")
    let short = table.column("short")
    let kind = table.column("kind")
    var entries: [Entry] = []
    var trie = PhraseTrie<Int>()
    var heads: Set<UInt64> = []
    var firsts = ScalarBitmap()
    var seconds = ScalarBitmap()
    var bareTitles: Set<Int> = []
    func addBare(_ name: String, _ id: Int) {
      // The name folded like the text's folded view, as scalars (building a
      // folded String cost more than the trie).
      let sc = name.unicodeScalars.map(ScalarFolding.fold)
      trie.insert(scalars: sc, value: id)
      if sc.count >= 2 {
        heads.insert(Self.pair(sc[0], sc[1]))
        firsts.insert(sc[0])
        seconds.insert(sc[1])
      }
    }
    for row in table.rows {
      var t = row[title]
      // The table keeps some joint titles with a space; official titles write 、.
      if t.hasScalarPrefix("最高人民法院 最高人民检察院") { t = "最高人民法院、" + t.dropFirst(7) }
      let id = entries.count
      entries.append(Entry(title: t, tableKind: Self.tableKind(row[kind])))
      let s = row[short]
      if !s.isEmpty, s.count >= 3 || StatuteRules.shortBareNames.contains(s) {
        addBare(s, id)
      }
      if t.hasScalarPrefix("中华人民共和国") {
        addBare(t, id)
      } else if s.isEmpty, Self.isBareTitle(t, kind: entries[id].tableKind) {
        addBare(t, id)
        bareTitles.insert(id)
      }
    }
    // Customary short names point at titles written exactly as the table has them.
    // (Titles wanted in a scalar trie: hashing all 4,000 titles into a
    // Set<String> normalised each one, a fifth of the lexicon's start-up.)
    var ids: [String: Int] = [:]
    var wanted = PhraseTrie<Bool>()
    for (_, t) in StatuteIssuerRules.customaryShortNames { wanted.insert(t, value: true) }
    for (id, e) in entries.enumerated() where wanted.value(for: e.title) != nil {
      ids[e.title] = id
    }
    for (s, t) in StatuteIssuerRules.customaryShortNames {
      if let id = ids[t] { addBare(s, id) }
    }
    self.entries = entries
    self.bareNames = trie
    self.bareNameHeads = heads
    self.bareNameFirsts = firsts
    self.bareNameSeconds = seconds
    self.bareTitleIDs = bareTitles
  }

  /// Rule `statute.bare-title`: a table title of a national regulation or
  /// rule (kinds regulation, rule, law; not local, not other) that may be
  /// read without 《》 (工伤保险条例第十四条): long enough to be no common
  /// word, with no 关于 (the about-title rules read those) and no brackets.
  static func isBareTitle(_ t: String, kind: StatuteKind) -> Bool {
    guard kind == .regulation || kind == .rule || kind == .law else { return false }
    let n = t.unicodeScalars.count
    guard n >= StatuteRules.bareTitleMinLength else { return false }
    let brackets = "（(《".unicodeScalars
    return !t.containsScalars("关于") && !t.unicodeScalars.contains { brackets.contains($0) }
  }

  /// The entry whose title matches `title` (any bracket style, with or
  /// without 中华人民共和国), or whose 关于… part does when `title` has no issuer.
  func lookup(_ title: String) -> Int? {
    let (k, inert) = Self.keyAndInert(title)
    let isAbout = k.hasScalarPrefix("关于")
    if inert, let index = Self.byteIndex { return index.lookup(TitleKey(k), isAbout: isAbout) }
    return Self.stringIndex?.lookup(k, isAbout: isAbout)
  }

  /// A title key compared and hashed by its UTF-8 bytes. A `String` key
  /// hashes through Unicode normalisation (~3k instructions a Chinese title:
  /// 15M when the index was built); for keys whose scalars no canonical
  /// equivalence touches (`isInert`), byte equality is String equality.
  private struct TitleKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: TitleKey, b: TitleKey) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

    func hash(into hasher: inout Hasher) {
      var t = text
      t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }

  /// Titles keyed by bytes, built on the first lookup (not at start-up:
  /// hashing 4,000 Chinese titles is most of the lexicon's cost); nil when
  /// some table key holds a scalar that is not inert (then `stringIndex`
  /// answers every lookup). A looked-up key that is not inert is also
  /// answered there. Both give the same answers: strings of inert scalars
  /// are in NFC, so two of them are canonically equal exactly when their
  /// bytes are.
  private static let byteIndex = TitleIndex<TitleKey>(LawLexicon.shared.entries) { key, inert in
    inert ? TitleKey(key) : nil
  }

  /// The same index keyed by String (Unicode canonical equality); it holds
  /// every key, so it is never nil.
  private static let stringIndex = TitleIndex<String>(LawLexicon.shared.entries) { key, _ in key }

  /// Titles by normalised key, and by their 关于… part (a part two titles
  /// share names neither). `makeKey` turns a key and whether it is inert
  /// into the index's key, or nil when this index cannot hold it.
  private struct TitleIndex<Key: Hashable & Sendable>: Sendable {
    let byKey: [Key: Int]
    let byAboutKey: [Key: Int]

    init?(_ entries: [Entry], makeKey: (_ key: String, _ inert: Bool) -> Key?) {
      var byKey: [Key: Int] = [:]
      var about: [Key: Int] = [:]
      var duplicates: [Key] = []
      byKey.reserveCapacity(entries.count)
      let guanyu = "关于".scalarArray
      for (id, e) in entries.enumerated() {
        let (k, inert) = LawLexicon.keyAndInert(e.title)
        guard let key = makeKey(k, inert) else { return nil }
        // The first title with a key keeps it.
        byKey.keepFirst(id, forKey: key)
        let scalars = Array(e.title.unicodeScalars)
        if let at = scalars.firstOffset(of: guanyu, in: 0..<scalars.count), at > 0 {
          let (a, aboutInert) = LawLexicon.keyAndInert(scalars.text(at..<scalars.count))
          guard let aboutKey = makeKey(a, aboutInert) else { return nil }
          if about.updateValue(id, forKey: aboutKey) != nil { duplicates.append(aboutKey) }
        }
      }
      for d in duplicates { about[d] = nil }
      self.byKey = byKey
      self.byAboutKey = about
    }

    /// The entry with `key`, or, for a key starting 关于, the one whose 关于
    /// part it is.
    func lookup(_ key: Key, isAbout: Bool) -> Int? {
      if let id = byKey[key] { return id }
      return isAbout ? byAboutKey[key] : nil
    }
  }

  /// True when no canonical equivalence can change or join `scalar`
  /// (canonical combining class 0, NFC quick check Yes, never the second
  /// scalar of a composition): ASCII and Latin-1 to U+02FF, the CJK
  /// ideograph blocks, CJK punctuation but its tone marks (U+302A–302F),
  /// general punctuation U+2010–2027 and the fullwidth forms. A string of
  /// such scalars is its own NFC form.
  @inline(__always)
  static func isInert(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x300 { return true }
    if v >= 0x4E00 { return v <= 0x9FFF || (v >= 0xFF01 && v <= 0xFFEF) }
    if v >= 0x3400 { return v <= 0x4DBF }
    if v >= 0x3000 { return v <= 0x3029 || (v >= 0x3030 && v <= 0x303F) }
    return v >= 0x2010 && v <= 0x2027
  }

  /// The table's kinds by their UTF-8 bytes: `StatuteKind(rawValue:)`
  /// compared each row's cell with the cases one by one through String's
  /// slow comparison.
  private static let tableKinds: [(bytes: [UInt8], kind: StatuteKind)] = [
    StatuteKind.law, .regulation, .judicialInterpretation, .local, .rule, .other,
  ].map { (Array($0.rawValue.utf8), $0) }

  /// `StatuteKind(rawValue: raw) ?? .other`, without String comparison.
  static func tableKind(_ raw: String) -> StatuteKind {
    let utf8 = raw.utf8
    for k in tableKinds where k.bytes.count == utf8.count && k.bytes.elementsEqual(utf8) {
      return k.kind
    }
    return StatuteKind(rawValue: raw) ?? .other
  }

  @inline(__always)
  static func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
    UInt64(a.value) << 32 | UInt64(b.value)
  }

  /// Normalised comparison key.
  static func key(_ s: String) -> String { keyAndInert(s).key }

  /// The key, and whether all its scalars are inert (`isInert`). Written as
  /// UTF-8 bytes straight into the string's storage: appending to a String's
  /// scalar view cost ~490 instructions a scalar (48M when the title index
  /// keyed the table's 4,000 titles).
  static func keyAndInert(_ s: String) -> (key: String, inert: Bool) {
    var inert = true
    // Four bytes a scalar at most, and no more scalars than bytes.
    var k = String(unsafeUninitializedCapacity: s.utf8.count * 4) { buffer in
      var n = 0
      for c in s.unicodeScalars {
        let f = ScalarFolding.fold(c)
        switch f {
        case "《", "》", "〈", "〉", "<", ">", " ", "、", "`", "\n", "\t", "\u{3000}": continue
        default:
          if !isInert(f) { inert = false }
          n = UTF8Writer.write(f, into: buffer, at: n)
        }
      }
      return n
    }
    if k.hasScalarPrefix("中华人民共和国") { k.removeFirst(7) }
    return (k, inert)
  }

  /// The kind a title's shape shows when no table says better.
  static func kind(ofTitle t: String) -> StatuteKind {
    // Party regulations (党内法规) are normative but no state law.
    if t.hasScalarPrefix("中国共产党") { return .other }
    let national = t.hasScalarPrefix("中华人民共和国") || t.hasScalarPrefix("全国人民代表大会")
    if national { return .law }
    // 人民检察院民事诉讼监督规则, 人民法院在线诉讼规则: the supreme organs' rules
    // for their whole system, named without the issuer.
    if t.hasScalarPrefix("最高人民法院") || t.hasScalarPrefix("最高人民检察院")
      || t.hasScalarPrefix("人民法院") || t.hasScalarPrefix("人民检察院")
    {
      for s in ["解释", "规定", "批复", "决定", "规则", "答复", "安排"] where t.hasScalarSuffix(s) {
        return .judicialInterpretation
      }
      return .other
    }
    if t.contains("修正案") { return .law }
    if hasRegionPrefix(t) { return .local }
    if t.hasScalarSuffix("条例") { return .regulation }
    for s in ["办法", "规定", "细则", "规则", "名录"] where t.hasScalarSuffix(s) { return .rule }
    if t.hasScalarSuffix("法") || t.hasScalarSuffix("法典") { return .law }
    return .other
  }

  /// True when the title starts with the name of a division (湖北省…, 武汉市…).
  private static func hasRegionPrefix(_ t: String) -> Bool {
    let scalars = Array(t.unicodeScalars.prefix(10))
    guard scalars.count > 2 else { return false }
    for n in 2..<scalars.count where ["省", "市", "区", "县", "州", "旗"].contains(scalars[n]) {
      var v = String.UnicodeScalarView()
      v.append(contentsOf: scalars[0...n])
      if divisionNames.contains(String(v)) { return true }
    }
    return false
  }

  /// Names of current divisions, for telling local regulations by their prefix.
  private static let divisionNames: Set<String> = {
    let d = TSVTable.divisions
    let name = d.column("name")
    return Set(d.rows.map { $0[name] })
  }()
}
