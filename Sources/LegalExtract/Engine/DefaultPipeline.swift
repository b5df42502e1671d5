/// The stages `Extractor()` runs, in order (`StageName` lists their names
/// in the same order; a test keeps the two in step). Later stages read what
/// earlier ones found (figures skip dates and dockets; cases group
/// everything), so the order matters.
enum DefaultPipeline {
  static let stages: [any ExtractionStage] = [
    // Dockets first: their years (终院刑事上诉2014年第8号) are claimed
    // before dates could read them.
    DocketStage(),
    DateStage(),
    StatuteStage(),
    OrganizationStage(),
    OrganizationRegionStage(),
    FigureStage(),
    CaseStage(),
  ]
}
