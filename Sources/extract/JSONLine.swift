import ChineseText
import Foundation
import LegalExtract

/// One line of JSON Lines input, checked: `{"id": …, "text": …,
/// "published": …}` with `id` and `published` optional.
struct JSONLine {
  let number: Int
  let id: DocumentID?
  let text: String
  let published: PublishedDate?

  /// How records name a line: `-:NUMBER`.
  static func source(_ number: Int) -> String { "-:\(number)" }
  var source: String { Self.source(number) }
  var resumeKey: ResumeKey { ResumeKey(id: id, source: source) }

  /// Why a line is not an input, with what it did say about itself.
  struct Failure: Error {
    let error: InputError
    let id: DocumentID?
    let number: Int
    var resumeKey: ResumeKey { ResumeKey(id: id, source: JSONLine.source(number)) }
  }

  private struct Fields: Decodable {
    var id: DocumentID?
    var text: String?
    var published: String?
  }

  /// Only the id, for error records of lines that fail further on.
  private struct IdentifierOnly: Decodable {
    var id: DocumentID?
  }

  static func parse(_ bytes: [UInt8], number: Int, limit: Int) -> Result<JSONLine, Failure> {
    let source = source(number)
    func failure(_ reason: String, id: DocumentID? = nil) -> Result<JSONLine, Failure> {
      .failure(
        Failure(
          error: InputError(source: source, reason: "line \(number) " + reason), id: id,
          number: number))
    }
    if bytes.count > limit {
      return failure("is " + TextInputError.tooLarge(bytes: bytes.count, limit: limit).description)
    }
    do {
      _ = try UTF8Input.decode(bytes)
    } catch {
      // Say where, and keep the id when the rest of the line still gives it.
      let id = try? JSONDecoder().decode(
        IdentifierOnly.self, from: Data(String(decoding: bytes, as: UTF8.self).utf8)
      ).id
      switch error {
      case .invalidUTF8(let offset):
        return failure("is not valid UTF-8 (first bad byte at byte \(offset) of the line)", id: id)
      case .binaryContent(let offset):
        return failure("holds a raw NUL byte (byte \(offset) of the line)", id: id)
      case .tooLarge: return failure("is " + error.description, id: id)
      }
    }
    let fields: Fields
    do {
      fields = try JSONDecoder().decode(Fields.self, from: Data(bytes))
    } catch {
      let id = try? JSONDecoder().decode(IdentifierOnly.self, from: Data(bytes)).id
      return failure(
        "is not a JSON object with a string \"text\" (and optional \"id\", \"published\")", id: id)
    }
    guard let text = fields.text else { return failure("has no \"text\" string", id: fields.id) }
    // U+0000 in the text is what a NUL byte is in a file: binary content.
    if let offset = Self.firstNulOffset(text) {
      return failure(
        "\"text\": " + TextInputError.binaryContent(byteOffset: offset).description, id: fields.id)
    }
    var published: PublishedDate?
    if let value = fields.published {
      guard let date = PublishedDate(callerValue: value) else {
        return failure(
          "\"published\" must be YYYY-MM-DD, YYYY-MM or YYYY (got '\(value)')", id: fields.id)
      }
      published = date
    }
    return .success(JSONLine(number: number, id: fields.id, text: text, published: published))
  }
}

extension JSONLine {
  /// The byte offset of the first U+0000 in `text`, or nil. Over the string's
  /// contiguous bytes with `memchr` (a native string has them): the generic
  /// UTF-8 view's `firstIndex` cost ~30 instructions a byte of every input.
  static func firstNulOffset(_ text: String) -> Int? {
    let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      guard let base = bytes.baseAddress, !bytes.isEmpty,
        let hit = memchr(base, 0, bytes.count)
      else { return nil }
      return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }
    if let fast { return fast }
    guard let nul = text.utf8.firstIndex(of: 0) else { return nil }
    return text.utf8.distance(from: text.utf8.startIndex, to: nul)
  }
}
