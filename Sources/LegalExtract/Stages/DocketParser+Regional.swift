import ChineseText

/// Shared readers for the Hong Kong and Taiwan forms: numbers without
/// building strings, and the 第N号 tail.
extension DocketParser {
  /// An Arabic number of 1…`maxDigits` digits at `i` (not continued by a
  /// digit): its value and end.
  static func arabicNumber(_ text: [Unicode.Scalar], at i: Int, maxDigits: Int) -> (
    value: Int, end: Int
  )? {
    var j = i
    var value = 0
    // The folded text has ASCII digits only.
    while j < text.count, ("0"..."9").contains(text[j]) {
      guard j - i < maxDigits else { return nil }
      value = value * 10 + Int(text[j].value) - 48
      j += 1
    }
    return j > i ? (value, j) : nil
  }

  /// The serial number and 号 from `i` (第 already read or not needed):
  /// 8号, 123 号之一. On failure, the guard and how far it read.
  static func serialNumber(_ text: [Unicode.Scalar], from i: Int) -> SerialNumber {
    let s = skipSpaces(text, i)
    guard let (number, e) = arabicNumber(text, at: s, maxDigits: 8) else {
      return .failed(Failure(rule: .noNumber, end: s))
    }
    var j = skipSpaces(text, e)
    if let x = sub(text, at: j) { j = x }
    guard j < text.count, text[j] == "号" else { return .failed(Failure(rule: .noHao, end: j)) }
    j += 1
    if let x = sub(text, at: j) { j = x }
    return .read(number: number, end: j)
  }

  /// A rejection of a regional candidate read from `start`.
  static func rejection(_ start: Int, _ failure: Failure, proposedBy rule: DocketRule) -> Outcome {
    .rejected(
      Rejection(
        TextSpan(start, max(failure.end, start + 1)), proposedBy: rule.name,
        rejectedBy: failure.rule.name))
  }

  static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
    ("A"..."Z").contains(s) || ("a"..."z").contains(s)
  }
}

extension DocketParser {
  /// What reading a serial number and its 号 gives.
  enum SerialNumber {
    case read(number: Int, end: Int)
    case failed(Failure)
  }
}

extension DocketParser.Failure {
  init(rule: DocketRule, end: Int) { self.init(rule: rule, proposedBy: nil, end: end) }
}
