import LegalExtract

/// The one-line normalised meaning of a mention, as a reviewer checks it:
/// 2023-06; 湖北省麻城市人民检察院 · 421181; P3Y6M; 50000 CNY.
enum MentionNote {
  static func date(_ m: DateMention) -> String {
    var parts = [m.value ?? "vague"]
    if let end = m.end { parts[0] += " – \(end)" }
    if let part = m.part { parts.append("\(part.rawValue) in month") }
    parts.append(m.granularity.rawValue)
    if m.relative { parts.append("relative") }
    return parts.joined(separator: " · ")
  }

  static func organization(_ m: OrganizationMention) -> String {
    var parts = [m.name, m.level.map { "\(m.kind.rawValue), \($0.rawValue)" } ?? m.kind.rawValue]
    if let code = m.regionCode { parts.append("region \(code)") }
    if let path = m.regionPath ?? m.region { parts.append(path) }
    return parts.joined(separator: " · ")
  }

  static func statute(_ m: StatuteMention) -> String {
    var parts = [m.law]
    if !m.provisions.isEmpty { parts.append(m.provisions.map(provision).joined(separator: "、")) }
    if let version = m.version { parts.append(version) }
    parts.append(m.kind.rawValue)
    if let abbreviation = m.abbreviation { parts.append("简称 \(abbreviation)") }
    return parts.joined(separator: " · ")
  }

  /// 第133条之1第2款第3项: the provision in the statute's own numbering.
  static func provision(_ p: Provision) -> String {
    var s = "第\(p.article)条"
    if let sub = p.sub { s += "之\(sub)" }
    if let paragraph = p.paragraph { s += "第\(paragraph)款" }
    if let item = p.item { s += "第\(item)项" }
    return s
  }

  static func figure(_ m: FigureMention) -> String {
    var value = (m.approximate == true ? "≈ " : "") + m.value.description
    if let upTo = m.upTo { value += " – \(upTo.description)" }
    switch m.kind {
    case .money: value += " " + (m.currency ?? "CNY")
    case .percent: value += "%"
    case .count, .quantity: if let unit = m.unit { value += " \(unit)" }
    case .duration: break
    }
    var parts = [value, m.kind.rawValue]
    if let subject = m.subject { parts.append(subject) }
    if let context = m.context { parts.append(context) }
    return parts.joined(separator: " · ")
  }

  static func docket(_ m: DocketMention) -> String {
    var parts = ["\(m.year) \(m.court) \(m.code) No. \(m.number)"]
    if let name = m.courtName ?? m.region ?? m.province { parts.append(name) }
    let kind = [m.category?.rawValue, m.stage?.rawValue].compactMap { $0 }.joined(separator: ", ")
    if !kind.isEmpty { parts.append(kind) }
    return parts.joined(separator: " · ")
  }

  static func penalty(_ m: PenaltyMention) -> String {
    ([m.penalty.rawValue] + [m.context].compactMap { $0 }).joined(separator: " · ")
  }
}
