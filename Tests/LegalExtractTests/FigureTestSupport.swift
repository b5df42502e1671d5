@testable import LegalExtract

/// Runs only the figures stage and describes each figure compactly:
/// `text|kind|value`, then `~` when approximate, `..upTo` for a range and
/// the currency code when not yuan.
enum FigureProbe {
  static let extractor = Extractor(onlyStages: ["figures"])

  static func figures(in sentence: String) -> [FigureMention] {
    extractor.extract(sentence).figures
  }

  static func describe(_ sentence: String) -> [String] {
    figures(in: sentence).map(describe)
  }

  static func describe(_ f: FigureMention) -> String {
    var s = "\(f.text)|\(f.kind.rawValue)|\(f.value)"
    if f.approximate == true { s += "|~" }
    if let high = f.upTo { s += "|..\(high)" }
    if let code = f.currency { s += "|\(code)" }
    return s
  }
}
