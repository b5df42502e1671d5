import ChineseText
import Foundation
import LegalExtract

/// What must hold for every input, whatever its bytes: a broken invariant
/// stops the process, which libFuzzer records as a crash with the input.
enum InvariantCheck {
  static let extractor = Extractor()

  static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    checkDecoding(bytes)
    // Extraction takes any String: invalid bytes become U+FFFD.
    let text = String(decoding: bytes, as: UTF8.self)
    checkResult(extractor.extract(text), of: Array(text.unicodeScalars))
  }

  /// The input check agrees with the standard library's UTF-8 decoder: the
  /// same verdict, the same byte offset for the first NUL or bad sequence,
  /// the same text when clean.
  static func checkDecoding(_ bytes: UnsafeBufferPointer<UInt8>) {
    let expected = standardLibraryVerdict(bytes)
    do {
      let text = try UTF8Input.decode(bytes)
      require(
        expected == nil,
        "decode accepted what the standard library rejects: \(String(describing: expected))")
      let reference = String(validating: bytes, as: UTF8.self)
      require(
        reference.map { Array($0.unicodeScalars) == Array(text.unicodeScalars) } ?? false,
        "decoded text differs from the standard library's")
    } catch {
      require(
        expected == error,
        "decode said \(error), the standard library \(String(describing: expected))")
    }
  }

  /// The first NUL or malformed sequence by the standard library's parser.
  static func standardLibraryVerdict(_ bytes: UnsafeBufferPointer<UInt8>) -> TextInputError? {
    var parser = Unicode.UTF8.ForwardParser()
    var input = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &input) {
      case .valid(let encoded):
        if encoded.count == 1, encoded.first == 0 { return .binaryContent(byteOffset: offset) }
        offset += encoded.count
      case .error:
        return .invalidUTF8(byteOffset: offset)
      case .emptyInput:
        return nil
      }
    }
  }

  /// Spans in bounds and equal to their text, arrays in text order, and a
  /// compact JSON line that decodes back to the same result.
  static func checkResult(_ result: ExtractionResult, of scalars: [Unicode.Scalar]) {
    func check(_ span: TextSpan, _ text: String?, _ what: String) {
      require(
        span.start >= 0 && span.start <= span.end && span.end <= scalars.count,
        "\(what) span \(span) out of bounds (\(scalars.count) scalars)")
      if let text {
        require(
          Array(text.unicodeScalars) == Array(scalars[span.range]),
          "\(what) text \(text.debugDescription) is not the scalars at \(span)")
      }
    }
    func inOrder(_ spans: [TextSpan], _ what: String) {
      for (a, b) in zip(spans, spans.dropFirst()) {
        require(a.start <= b.start, "\(what) out of text order: \(a) before \(b)")
      }
    }
    func checkMentions(
      dates: [DateMention], statutes: [StatuteMention], figures: [FigureMention],
      dockets: [DocketMention], penalties: [PenaltyMention], _ scope: String
    ) {
      for m in dates { check(m.span, m.text, "\(scope)date") }
      for m in statutes { check(m.span, m.text, "\(scope)statute") }
      for m in figures { check(m.span, m.text, "\(scope)figure") }
      for m in dockets { check(m.span, m.text, "\(scope)docket") }
      for m in penalties { check(m.span, m.text, "\(scope)penalty") }
      inOrder(dates.map(\.span), "\(scope)dates")
      inOrder(statutes.map(\.span), "\(scope)statutes")
      inOrder(figures.map(\.span), "\(scope)figures")
      inOrder(dockets.map(\.span), "\(scope)dockets")
      inOrder(penalties.map(\.span), "\(scope)penalties")
    }
    checkMentions(
      dates: result.dates, statutes: result.statutes, figures: result.figures,
      dockets: result.dockets, penalties: result.penalties, "")
    for m in result.organizations { check(m.span, m.text, "organization") }
    inOrder(result.organizations.map(\.span), "organizations")
    for c in result.cases {
      check(c.span, nil, "case")
      checkMentions(
        dates: c.dates, statutes: c.statutes, figures: c.figures,
        dockets: c.dockets, penalties: c.penalties, "case \(c.span) ")
    }
    inOrder(result.cases.map(\.span), "cases")

    let json: Data
    do { json = try result.jsonData(pretty: false) } catch { fail("compact JSON failed: \(error)") }
    require(!json.contains(0x0A) && !json.contains(0x0D), "compact JSON is more than one line")
    do {
      let decoded = try ExtractionResult.decode(json: json)
      require(decoded == result, "compact JSON decodes to a different result")
    } catch {
      fail("compact JSON does not decode: \(error)")
    }
  }

  static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fail(message()) }
  }

  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("invariant broken: " + message + "\n").utf8))
    abort()
  }
}
