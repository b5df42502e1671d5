/// Chinese surnames, one- and two-character, from the generated table
/// (Generated/SurnamesTable.swift, built by Scripts/generate_surnames.py
/// from the 百家姓). Used to tell a personal name (欧阳明, 欧阳某某) from a word.
enum SurnameLexicon {
  static let single = ScalarBitmap(singleSurnamesText.unicodeScalars)
  static let compound: Set<String> = Set(
    compoundSurnamesText.split(separator: " ").map(String.init))
  /// `compound` as a scalar trie: rules ask at every name position, and the
  /// Set needs a String built and hashed per question.
  private static let compoundTrie: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for name in compound { trie.insert(name, value: true) }
    return trie
  }()

  /// The length of the surname starting at `offset` (2 for a compound
  /// surname, 1 for a single one), or nil when none starts there.
  static func surnameLength(in text: [Unicode.Scalar], at offset: Int) -> Int? {
    guard offset < text.count else { return nil }
    if offset + 1 < text.count {
      let pair = text[offset...(offset + 1)]
      if pair.contains(where: isCompatibilityIdeograph) {
        // Strings compare canonically: 豈 (U+F900) equals 豈 (U+8C48) there,
        // and not in the trie, so such a pair asks the Set as before.
        if compound.contains(String(String.UnicodeScalarView(pair))) { return 2 }
      } else if compoundTrie.value(forScalars: pair) != nil {
        return 2
      }
    }
    return single.contains(text[offset]) ? 1 : nil
  }

  /// CJK compatibility ideographs: each is canonically equivalent to a
  /// unified ideograph.
  private static func isCompatibilityIdeograph(_ s: Unicode.Scalar) -> Bool {
    (0xF900...0xFAFF).contains(s.value) || (0x2F800...0x2FA1F).contains(s.value)
  }
}
