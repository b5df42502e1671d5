/// One-to-one scalar folding: the normalised view extractors read.
///
/// Every scalar folds to exactly one scalar, so an offset in the folded view
/// is the same offset in the original (no offset map needed).
///
///     ScalarFolding.fold("２")  // "2"
///     ScalarFolding.fold("（")  // "("
///     ScalarFolding.fold("○")  // "〇"
public enum ScalarFolding {
  /// Folds full-width ASCII forms to ASCII (NFKC's mapping for U+FF01–U+FF5E),
  /// the ideographic space to a space, and look-alikes of 〇 to 〇.
  @inline(__always)
  public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
    let v = s.value
    if v < 0x80 { return s }
    if v >= 0xFF01 && v <= 0xFF5E { return Unicode.Scalar(UInt8(truncatingIfNeeded: v - 0xFEE0)) }
    switch v {
    case 0x3000: return " "  // ideographic space
    case 0x25CB, 0x25EF, 0x039F, 0x25CE: return "〇"  // ○ ◯ Ο ◎ written for 〇
    case 0x00A0, 0x2002...0x200A, 0x202F, 0x205F: return " "  // other spaces
    case 0x2014, 0x2015, 0x2500: return "—"  // dashes drawn with different code points
    case 0xFF5F: return "("  // ｟
    case 0xFF60: return ")"  // ｠
    default: return s
    }
  }
}
