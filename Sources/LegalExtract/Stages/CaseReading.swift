/// One reading of the article's case structure, as one cue proposes it: the
/// sections it would make and the line where each starts.
struct CaseReading {
  let rule: CaseSplitRule
  var sections: [CaseSection]
  /// For each section, the index of the article line where it starts.
  var startLines: [Int]
}

extension CaseReading {
  /// Cues whose sections open at a heading that carries the case's title.
  static let titledRules: Set<CaseSplitRule> = [
    .marker, .markerParagraph, .enumeratedTitle, .titleLine, .dashTitle, .sectionTemplate,
    .titleParagraphs, .questionHeadings, .statementHeadings,
  ]

  /// Gives each untitled section the title another cue read at the same
  /// start line, when that title stands inside the section (a decision
  /// template kept over 案例二 中恩某鼎…发布违法广告案 still takes that title).
  mutating func borrowTitles(from readings: [CaseReading]) {
    for k in sections.indices where sections[k].titleSpan == nil {
      for other in readings where other.rule != rule && Self.titledRules.contains(other.rule) {
        guard let j = other.startLines.firstIndex(of: startLines[k]),
          let title = other.sections[j].titleSpan, sections[k].span.contains(title)
        else { continue }
        sections[k].title = other.sections[j].title
        sections[k].titleSpan = title
        break
      }
    }
  }
}

/// Weighs every cue's reading against the others and keeps the best
/// supported one. A section start is supported by every cue that proposes
/// a start within `nearLines` lines of it (a title line, its marker and its
/// template heading are one start), each adding its weight; every section
/// costs `sectionCost`, so a start only one weak cue proposes barely pays
/// for itself, and a start other cues propose that a reading lacks counts
/// against it. A lead that counts the cases adds its weight to the readings
/// with that many. Ties keep the cue listed first in `CaseSplitRule`.
enum CaseReadingSelection {
  static let sectionCost = 3
  static let nearLines = 3

  static func best(_ readings: [CaseReading], leadCount: Int?) -> CaseReading? {
    var best: (reading: CaseReading, support: Int, order: Int)?
    let order = Dictionary(
      uniqueKeysWithValues: CaseSplitRule.allCases.enumerated().map { ($1, $0) })
    for reading in readings {
      let s = support(of: reading, among: readings, leadCount: leadCount)
      let o = order[reading.rule] ?? Int.max
      let better = best.map { s > $0.support || (s == $0.support && o < $0.order) } ?? true
      if better {
        best = (reading, s, o)
      }
    }
    return best?.reading
  }

  /// The support a reading gets from all cues together: for each of its
  /// starts, the weights of the cues that propose a start near it, less
  /// the section's cost; less half the weight of every start another cue
  /// proposes that this reading has nowhere near (evidence it contradicts).
  static func support(of reading: CaseReading, among readings: [CaseReading], leadCount: Int?)
    -> Int
  {
    var total = 0
    if reading.rule == .single {
      total = CaseSplitRule.single.weight
    } else {
      func near(_ a: [Int], _ line: Int) -> Bool { a.contains { abs($0 - line) <= nearLines } }
      // Two cases told together share one text: their starts are no
      // boundaries, for or against another reading.
      let boundaries = readings.filter { $0.rule != .single && $0.rule != .toldTogether }
      if reading.rule == .toldTogether {
        total = reading.startLines.count * (reading.rule.weight - sectionCost)
      } else {
        for line in reading.startLines {
          for other in boundaries where near(other.startLines, line) { total += other.rule.weight }
          total -= sectionCost
        }
        for other in boundaries where other.rule != reading.rule {
          for line in other.startLines where !near(reading.startLines, line) {
            total -= other.rule.weight / 2
          }
        }
        // 两案 supports any reading of two cases.
        if reading.sections.count == 2, readings.contains(where: { $0.rule == .toldTogether }) {
          total += CaseSplitRule.toldTogether.weight
        }
      }
    }
    if let n = leadCount, n == reading.sections.count { total += CaseSplitRule.leadCount.weight }
    return total
  }
}
