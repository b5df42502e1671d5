import Foundation

extension ExtractionResult {
  /// The result as UTF-8 JSON with sorted keys, so that output diffs cleanly.
  ///
  /// Written from the model's `Codable` conformances by `SortedKeysEncoder`
  /// (several times faster than `JSONEncoder`); the compact form is byte for
  /// byte `JSONEncoder`'s with `.sortedKeys`.
  ///
  /// Every value the model holds has a JSON form, so this cannot fail.
  ///
  /// - Parameter pretty: indented (one document) or one line (JSON Lines).
  public func jsonData(pretty: Bool = true) -> Data {
    Data(
      SortedKeysEncoder.encode(
        self, pretty: pretty, capacity: 1024 + (dates.count + figures.count) * 160))
  }

  /// Decodes a result from JSON (the inverse of `jsonData`).
  public static func decode(json: Data) throws -> ExtractionResult {
    try JSONDecoder().decode(ExtractionResult.self, from: json)
  }
}
