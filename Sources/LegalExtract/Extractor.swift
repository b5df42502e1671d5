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
  /// pipeline order (for benchmarks and focused tools).
  public init(onlyStages names: Set<StageName>) {
    self.stages = DefaultPipeline.stages.filter { names.contains($0.name) }
  }

  /// The names of the stages this extractor runs, in order.
  public var stageNames: [StageName] { stages.map(\.name) }

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
    var trace: RuleTrace? = nil
    return run(document, source: source, id: id, published: published, trace: &trace)
  }

  /// Extracts from `text` and says why: which rule made each mention and
  /// which rule rejected each candidate (README, "Explaining an extraction").
  /// The result is the one `extract` returns.
  public func explain(
    _ text: String, source: String? = nil, id: DocumentID? = nil, published: PublishedDate? = nil
  ) -> Explanation {
    let document = TextDocument(text)
    var trace: RuleTrace? = RuleTrace()
    let result = run(document, source: source, id: id, published: published, trace: &trace)
    return Explanation(result: result, trace: trace ?? RuleTrace(), document: document)
  }

  private func run(
    _ document: TextDocument, source: String?, id: DocumentID?, published: PublishedDate?,
    trace: inout RuleTrace?
  ) -> ExtractionResult {
    var context = ExtractionContext(
      document: document, published: published,
      result: ExtractionResult(source: source, id: id, published: published), trace: trace)
    guard context.trace != nil else {
      for stage in stages { stage.run(&context) }
      return context.result
    }
    for stage in stages {
      let before = MentionInventory(context.result)
      context.trace?.stage = stage.name
      stage.run(&context)
      context.trace?.recordUnnamedMentions(
        added: MentionInventory(context.result).added(since: before))
    }
    trace = context.trace
    return context.result
  }
}
