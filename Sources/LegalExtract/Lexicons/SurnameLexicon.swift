/// Chinese surnames, one- and two-character, from the generated table
/// (Generated/SurnamesTable.swift, built by Scripts/generate_surnames.py
/// from the 百家姓). Used to tell a personal name (欧阳明, 欧阳某某) from a word.
enum SurnameLexicon {
  static let single: Set<Unicode.Scalar> = Set(singleSurnamesText.unicodeScalars)
  static let compound: Set<String> = Set(
    compoundSurnamesText.split(separator: " ").map(String.init))

  /// The length of the surname starting at `offset` (2 for a compound
  /// surname, 1 for a single one), or nil when none starts there.
  static func surnameLength(in text: [Unicode.Scalar], at offset: Int) -> Int? {
    guard offset < text.count else { return nil }
    if offset + 1 < text.count {
      var pair = String.UnicodeScalarView()
      pair.append(text[offset])
      pair.append(text[offset + 1])
      if compound.contains(String(pair)) { return 2 }
    }
    return single.contains(text[offset]) ? 1 : nil
  }
}
