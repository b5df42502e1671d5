import Foundation

extension ExtractionResult {
  /// The result as UTF-8 JSON with sorted keys, so that output diffs cleanly.
  ///
  /// - Parameter pretty: indented (one document) or one line (JSON Lines).
  public func jsonData(pretty: Bool = true) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }

  /// Decodes a result from JSON (the inverse of `jsonData`).
  public static func decode(json: Data) throws -> ExtractionResult {
    try JSONDecoder().decode(ExtractionResult.self, from: json)
  }
}
