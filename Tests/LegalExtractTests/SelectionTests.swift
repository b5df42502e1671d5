import Testing

@testable import LegalExtract

@Suite("Selection")
struct SelectionTests {
  private func c(_ s: Int, _ e: Int, _ rule: RuleName, priority: Int = 0) -> Candidate<String> {
    Candidate(span: TextSpan(s, e), value: rule.rawValue, rule: rule, priority: priority)
  }

  @Test func emptyAndOne() {
    var trace: RuleTrace? = RuleTrace()
    #expect(
      Selection.select([Candidate<String>](), policy: .leftmostLongest, trace: &trace).isEmpty)
    #expect(
      Selection.select([c(0, 2, "a")], policy: .longestThenPriorityThenEarliest, trace: &trace)
        .count == 1)
    #expect(trace?.records.isEmpty == true)
  }

  @Test func leftmostKeepsTheEarliestStartThenTheLongest() {
    var trace: RuleTrace? = RuleTrace()
    let kept = Selection.select(
      [c(3, 9, "late"), c(0, 4, "first"), c(0, 2, "shorter"), c(9, 10, "after")],
      policy: .leftmostLongest,
      trace: &trace)
    #expect(kept.map(\.rule) == ["first", "after"])
    #expect(trace?.records.map(\.madeBy) == ["shorter", "late"])
    #expect(trace?.records.allSatisfy { $0.rejectedBy == Selection.overlapRule } == true)
  }

  @Test func longestThenPriorityThenEarliest() {
    var trace: RuleTrace? = nil
    let kept = Selection.select(
      [
        c(0, 3, "a"), c(2, 6, "long"), c(6, 8, "low"), c(6, 8, "high", priority: 1),
        c(7, 9, "tie-late"),
      ],
      policy: .longestThenPriorityThenEarliest, trace: &trace)
    #expect(kept.map(\.rule) == ["long", "high"])
  }

  /// Organizations' policy: a higher tier wins over any overlap, even one
  /// that starts earlier or runs longer; inside a tier, leftmost-longest.
  @Test func priorityTiersThenLeftmostLongest() {
    var trace: RuleTrace? = RuleTrace()
    let kept = Selection.select(
      [
        c(0, 6, "low-early", priority: 0), c(2, 5, "high", priority: 2),
        c(5, 9, "mid", priority: 1),
        c(6, 8, "mid-inner", priority: 1), c(10, 12, "low-alone", priority: 0),
        c(9, 14, "mid-late", priority: 1),
      ],
      policy: .priorityThenLeftmostLongest, trace: &trace)
    #expect(kept.map(\.rule) == ["high", "mid", "mid-late"])
    #expect(
      Set(trace?.records.compactMap(\.madeBy) ?? []) == ["mid-inner", "low-early", "low-alone"])
    #expect(trace?.records.allSatisfy { $0.rejectedBy == Selection.overlapRule } == true)
  }

  /// One tier is exactly leftmost-longest.
  @Test func oneTierIsLeftmostLongest() {
    var trace: RuleTrace? = nil
    let input = [c(3, 9, "late"), c(0, 4, "first"), c(0, 2, "shorter"), c(9, 10, "after")]
    let tiered = Selection.select(input, policy: .priorityThenLeftmostLongest, trace: &trace)
    let leftmost = Selection.select(input, policy: .leftmostLongest, trace: &trace)
    #expect(tiered.map(\.rule) == leftmost.map(\.rule))
  }

  @Test func withoutATraceNothingIsRecorded() {
    var trace: RuleTrace? = nil
    _ = Selection.select([c(0, 4, "a"), c(1, 2, "b")], policy: .leftmostLongest, trace: &trace)
    #expect(trace == nil)
  }
}

@Suite("Rule names")
struct RuleNameTests {
  @Test func dimensionAndGuard() {
    let r: RuleName = "figure.guard.idiom"
    #expect(r.dimension == "figure")
    #expect(r.isGuard)
    #expect(!RuleName("docket.modern").isGuard)
  }

  @Test func namesAreUniqueDottedAndLowercase() {
    let all = DocketRule.allCases.map(\.name) + OrganizationRegionRule.allCases.map(\.name)
    #expect(Set(all).count == all.count)
    for name in all {
      #expect(name.rawValue.split(separator: ".").count >= 2, "\(name)")
      #expect(name.rawValue == name.rawValue.lowercased(), "\(name)")
      #expect(!name.rawValue.contains(" "), "\(name)")
    }
  }
}

@Suite("Explanation")
struct ExplanationTests {
  @Test func convertedStagesNameTheRuleOfEveryMention() {
    let e = explain("2023年5月12日，十堰市茅箭区人民法院作出（2023）鄂0302刑初12号判决。")
    let rules = Set(e.entries.compactMap(\.madeBy))
    #expect(rules.contains(DocketRule.modern.name))
    #expect(rules.contains(DateRule.fields.name))  // dates are converted (issue 13)
    // Organizations are converted (issue 16): their mentions name an org.* rule, none is unnamed.
    #expect(rules.contains { $0.rawValue.hasPrefix("org.") })
    #expect(!rules.contains { $0.rawValue.hasPrefix("unnamed.") })
    #expect(e.result == Extractor().extract("2023年5月12日，十堰市茅箭区人民法院作出（2023）鄂0302刑初12号判决。"))
  }

  @Test func entriesAreInTextOrder() {
    let e = explain("（2023）鄂1181行初12号，（1900）某，2024年3月")
    let starts = e.entries.map(\.span.start)
    #expect(starts == starts.sorted())
    #expect(e.entries.count >= 3)
  }

  @Test func filteringKeepsOnlyWhatOverlapsTheText() {
    let e = explain("（2023）鄂1181行初12号，（1900）某", stages: ["dockets"])
    #expect(e.overlapping("1181").entries.map(\.text) == ["（2023）鄂1181行初12号"])
    #expect(e.overlapping("1900").entries.map(\.rejectedBy) == [DocketRule.yearRange.name])
    #expect(e.overlapping("不在文中").entries.isEmpty)
  }

  @Test func textLinesHaveSixTabSeparatedFields() {
    let e = explain("（2023）鄂1181行初12号，（1900）某", stages: ["dockets"])
    #expect(e.textLines.first == Explanation.textHeader)
    for line in e.textLines.dropFirst() {
      #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 6, "\(line)")
    }
    #expect(
      e.textLines.contains {
        $0.hasPrefix("[0, 16)\tdockets\taccepted\tdocket.modern\t（2023）鄂1181行初12号\t")
      })
  }
}
