/// What a review page's DOM holds, read from Chromium's serialisation:
/// the article's text content and, per mark, the text it covers.
///
/// A small scanner, enough for the serialiser's output: tags (quote-aware),
/// text, and the character references it writes.
struct ReviewDOM {
  struct MarkKey: Hashable, CustomStringConvertible {
    let kind: String
    let index: Int
    var description: String { "\(kind)[\(index)]" }
  }

  /// The text content of `<article id="text">`, scalar for scalar.
  private(set) var articleText = String.UnicodeScalarView()
  /// The scalars each mark covers, all its parts joined in order.
  private(set) var marks: [MarkKey: String.UnicodeScalarView] = [:]
  /// Names of every element inside the article (mark, span, …).
  private(set) var elementsInArticle: Set<String> = []
  /// The `<html>` element's attributes and the document title.
  private(set) var rootAttributes: [String: String] = [:]
  private(set) var title = ""

  init(_ html: String) {
    let s = Array(html.unicodeScalars)
    var i = 0
    var inArticle = false
    var inTitle = false
    var stack: [MarkKey?] = []
    while i < s.count {
      if s[i] == "<" {
        let (tag, next) = Self.readTag(s, from: i)
        i = next
        if tag.closing {
          if tag.name == "title" { inTitle = false }
          if inArticle {
            if tag.name == "article" && stack.isEmpty {
              inArticle = false
            } else if !stack.isEmpty {
              stack.removeLast()
            }
          }
          continue
        }
        if tag.name == "html" { rootAttributes = tag.attributes }
        if tag.name == "title" { inTitle = true }
        if !inArticle {
          if tag.name == "article" && tag.attributes["id"] == "text" { inArticle = true }
          continue
        }
        elementsInArticle.insert(tag.name)
        if tag.name == "mark", let kind = tag.attributes["data-kind"],
          let index = tag.attributes["data-i"].flatMap({ Int($0) })
        {
          let key = MarkKey(kind: kind, index: index)
          if marks[key] == nil { marks[key] = String.UnicodeScalarView() }
          stack.append(key)
        } else if !Self.voidElements.contains(tag.name) {
          stack.append(nil)
        }
        continue
      }
      let (text, next) = Self.readText(s, from: i)
      i = next
      if inTitle { title += String(text) }
      guard inArticle else { continue }
      articleText.append(contentsOf: text)
      // Every key on the stack was given an entry when its mark opened.
      for case let key? in stack { marks[key]?.append(contentsOf: text) }
    }
  }

  private static let voidElements: Set<String> = [
    "br", "img", "input", "hr", "meta", "link", "wbr", "source",
  ]

  struct Tag {
    var name = ""
    var closing = false
    var attributes: [String: String] = [:]
  }

  /// Reads `<…>` from `start`; attribute values may hold `>` inside quotes.
  static func readTag(_ s: [Unicode.Scalar], from start: Int) -> (Tag, Int) {
    var tag = Tag()
    var i = start + 1
    if i < s.count && s[i] == "/" { tag.closing = true; i += 1 }
    func isSpace(_ c: Unicode.Scalar) -> Bool {
      c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}"
    }
    var name = String.UnicodeScalarView()
    while i < s.count, !isSpace(s[i]), s[i] != ">", s[i] != "/" { name.append(s[i]); i += 1 }
    tag.name = String(name).lowercased()
    while i < s.count && s[i] != ">" {
      if isSpace(s[i]) || s[i] == "/" { i += 1; continue }
      var key = String.UnicodeScalarView()
      while i < s.count, !isSpace(s[i]), s[i] != "=", s[i] != ">" { key.append(s[i]); i += 1 }
      var value = String.UnicodeScalarView()
      if i < s.count && s[i] == "=" {
        i += 1
        if i < s.count && (s[i] == "\"" || s[i] == "'") {
          let quote = s[i]
          i += 1
          while i < s.count && s[i] != quote { value.append(s[i]); i += 1 }
          i += 1
        } else {
          while i < s.count, !isSpace(s[i]), s[i] != ">" { value.append(s[i]); i += 1 }
        }
      }
      tag.attributes[String(key).lowercased()] = String(decodeReferences(value))
    }
    return (tag, min(i + 1, s.count))
  }

  /// Reads text up to the next `<`, decoding character references.
  static func readText(_ s: [Unicode.Scalar], from start: Int) -> (String.UnicodeScalarView, Int) {
    var i = start
    var raw = String.UnicodeScalarView()
    while i < s.count && s[i] != "<" { raw.append(s[i]); i += 1 }
    return (decodeReferences(raw), i)
  }

  static func decodeReferences(_ raw: String.UnicodeScalarView) -> String.UnicodeScalarView {
    let s = Array(raw)
    var out = String.UnicodeScalarView()
    var i = 0
    let named: [String: Unicode.Scalar] = [
      "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "nbsp": "\u{A0}", "apos": "'",
    ]
    while i < s.count {
      if s[i] == "&", let semicolon = s[i...].prefix(12).firstIndex(of: ";") {
        let body = String(String.UnicodeScalarView(s[(i + 1)..<semicolon]))
        var decoded: Unicode.Scalar?
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
          decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        } else if body.hasPrefix("#") {
          decoded = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init)
        } else {
          decoded = named[body]
        }
        if let decoded {
          out.append(decoded)
          i = semicolon + 1
          continue
        }
      }
      out.append(s[i])
      i += 1
    }
    return out
  }
}
