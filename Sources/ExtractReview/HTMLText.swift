/// Escaping for text that is data, never markup.
enum HTMLText {
  /// Text content: `&`, `<`, `>` and quotes become references, and so do
  /// characters the HTML parser would otherwise change or that confuse
  /// editors (CR is folded into LF by the parser unless written as `&#13;`;
  /// U+2028/2029 break lines in script-aware tools).
  static func escape(_ scalars: some Sequence<Unicode.Scalar>) -> String {
    var out = String.UnicodeScalarView()
    for s in scalars {
      switch s {
      case "&": out.append(contentsOf: "&amp;".unicodeScalars)
      case "<": out.append(contentsOf: "&lt;".unicodeScalars)
      case ">": out.append(contentsOf: "&gt;".unicodeScalars)
      case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
      case "'": out.append(contentsOf: "&#39;".unicodeScalars)
      case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
      case "\u{2028}", "\u{2029}", "\u{0}":
        out.append(contentsOf: "&#x\(String(s.value, radix: 16));".unicodeScalars)
      default: out.append(s)
      }
    }
    return String(out)
  }

  static func escape(_ text: String) -> String { escape(text.unicodeScalars) }
}
