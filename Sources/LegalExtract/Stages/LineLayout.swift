/// The layout of a text's lines: what counts as blank space inside a line.
/// Legal-basis blocks put a title, its issuer or an article number alone on
/// a line (国务院¶《劳动保障监察条例》¶第十八条 …).
enum LineLayout {
  /// A space that does not break the line (ASCII, ideographic, no-break, tab, CR).
  static func isLineSpace(_ c: Unicode.Scalar) -> Bool {
    c == " " || c == "\t" || c == "\u{3000}" || c == "\u{A0}" || c == "\r"
  }
}
