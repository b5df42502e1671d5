/// A docket number (案号), parsed (docs/OUTPUT.md, DocketMention).
///
///     （2023）鄂1181行初12号 → year 2023, court 鄂1181, province 湖北省, code 行初,
///     category administrative, stage first-instance, number 12
public struct DocketMention: Hashable, Sendable, Codable {
  public var text: String
  public var span: TextSpan
  public var year: Int
  /// The court code (法院代字) as written: 鄂1181, 最高法, or an older short form.
  public var court: String
  public var province: String?
  /// The case-type code (类型代字): 民初, 刑终, 执, 知民初, …
  public var code: String
  public var category: DocketCategory?
  public var stage: ProceedingStage?
  public var number: Int
  /// The court the code names (鄂1181 → 麻城市人民法院), when known.
  public var courtName: String?
  /// The division the code points at when no court is known (421181 → 湖北省黄冈市麻城市).
  public var region: String?

  public init(
    text: String, span: TextSpan, year: Int, court: String, province: String? = nil,
    code: String, category: DocketCategory? = nil, stage: ProceedingStage? = nil, number: Int,
    courtName: String? = nil, region: String? = nil
  ) {
    self.text = text
    self.span = span
    self.year = year
    self.court = court
    self.province = province
    self.code = code
    self.category = category
    self.stage = stage
    self.number = number
    self.courtName = courtName
    self.region = region
  }
}
