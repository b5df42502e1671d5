import Foundation
import LegalExtract

/// Committed per-field F1 figures that a regression run must not fall below.
public struct RegressionBaseline: Sendable, Codable, Equatable {
  /// F1 per field, rounded to four places.
  public var fields: [String: Double]

  public init(fields: [String: Double]) { self.fields = fields }

  public init(_ report: RegressionReport) {
    var f: [String: Double] = [:]
    for (name, score) in report.fields { f[name] = RegressionReport.round4(score.f1) }
    f["macro"] = report.macroF1
    self.fields = f
  }

  public static func load(_ path: String) throws -> RegressionBaseline {
    try JSONDecoder().decode(
      RegressionBaseline.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
  }

  public func write(to path: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    try (encoder.encode(self) + Data("\n".utf8)).write(to: URL(fileURLWithPath: path))
  }

  /// The fields of `report` that fell below this baseline, with both figures.
  public func drops(in report: RegressionReport, tolerance: Double = 0.0001) -> [String] {
    let now = RegressionBaseline(report).fields
    return fields.keys.sorted().compactMap { name in
      let before = fields[name] ?? 0
      let after = now[name] ?? 0
      return after + tolerance < before
        ? String(format: "%@ F1 %.4f < baseline %.4f", name, after, before) : nil
    }
  }
}
