import ChineseText

/// The library's entry point: reads a Chinese legal news article and returns
/// its dates, organizations, statutes, figures, dockets and cases.
///
///     let extractor = Extractor()
///     let result = extractor.extract("2023年6月，麻城市人民检察院…")
///     result.dates.first?.value   // "2023-06"
///
/// An `Extractor` holds no mutable state: one instance may serve many
/// threads at once. Rule tables load once per process, on first use.
public struct Extractor: Sendable {
  private let stages: [any ExtractionStage]

  /// An extractor running the full default pipeline.
  public init() {
    self.stages = DefaultPipeline.stages
  }

  /// An extractor running only the named stages of the default pipeline, in
  /// pipeline order (for benchmarks and focused tools). Unknown names are ignored.
  public init(onlyStages names: Set<String>) {
    self.stages = DefaultPipeline.stages.filter { names.contains($0.name) }
  }

  /// The names of the stages this extractor runs, in order.
  public var stageNames: [String] { stages.map(\.name) }

  /// Extracts from `text`.
  ///
  /// - Parameters:
  ///   - source: where the text came from (a path, an id); copied to the result.
  ///   - id: the caller's identifier, copied to the result as given.
  ///   - published: the article's date when the caller knows it; it anchors
  ///     今年, 去年 and bare month-days.
  /// - Complexity: O(n) in the length of the text for the rule passes.
  public func extract(
    _ text: String, source: String? = nil, id: DocumentID? = nil, published: PublishedDate? = nil
  ) -> ExtractionResult {
    extract(TextDocument(text), source: source, id: id, published: published)
  }

  /// Extracts from an already-built document.
  public func extract(
    _ document: TextDocument, source: String? = nil, id: DocumentID? = nil,
    published: PublishedDate? = nil
  ) -> ExtractionResult {
    var context = ExtractionContext(
      document: document, published: published,
      result: ExtractionResult(source: source, id: id, published: published))
    for stage in stages { stage.run(&context) }
    return context.result
  }
}
