import ChineseText

/// One step of the extraction pipeline: reads the document and what earlier
/// stages found, and adds its own mentions to the result.
///
/// Each capability (dates, organizations, statutes, dockets, figures, cases)
/// is one stage with its own rule table; the engine knows none of them.
protocol ExtractionStage: Sendable {
  /// The stage's name (`--only`, explanations, benchmarks).
  var name: StageName { get }
  func run(_ context: inout ExtractionContext)
}

/// What a stage sees: the document, the caller's options, and the result so far.
struct ExtractionContext {
  let document: TextDocument
  /// The article's date when the caller passed it.
  let published: PublishedDate?
  var result: ExtractionResult
  /// Spans that earlier stages claimed (dockets, statute titles): later
  /// stages do not read numbers inside them as dates or figures.
  var claimed: SpanSet = SpanSet()
  /// Which rules made and rejected what; nil unless explaining. Record
  /// through optional chaining so that, off, nothing is built.
  var trace: RuleTrace? = nil
}
