import Foundation

extension ExtractionResult {
  /// The result as UTF-8 JSON with sorted keys, so that output diffs cleanly.
  ///
  /// Written field by field by `ResultJSONWriter` (the same bytes as
  /// `SortedKeysEncoder` over the `Codable` conformances, without the node
  /// tree); the compact form is byte for byte `JSONEncoder`'s with
  /// `.sortedKeys` and `.withoutEscapingSlashes`.
  ///
  /// Every value the model holds has a JSON form, so this cannot fail.
  ///
  /// - Parameter pretty: indented (one document) or one line (JSON Lines).
  public func jsonData(pretty: Bool = true) -> Data {
    var out = JSONOutput(pretty: pretty, capacity: 1024 + (dates.count + figures.count) * 160)
    ResultJSONWriter.write(self, to: &out)
    return Data(out.bytes)
  }

  /// Decodes a result from JSON (the inverse of `jsonData`).
  public static func decode(json: Data) throws -> ExtractionResult {
    try JSONDecoder().decode(ExtractionResult.self, from: json)
  }
}
