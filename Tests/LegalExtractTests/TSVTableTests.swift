import Testing

@testable import LegalExtract

@Suite struct TSVTableTests {
  @Test func readsHeaderRowsAndComments() {
    let t = TSVTable("code\tname\tlevel\n# a comment\n421181\t麻城市\tcounty\n\n420300\t十堰市\n")
    #expect(t.columns == ["code", "name", "level"])
    #expect(t.rows == [["421181", "麻城市", "county"], ["420300", "十堰市", ""]])
    #expect(t.column("name") == 1)
  }

  @Test func emptyCellsAndNoTrailingNewline() {
    let t = TSVTable("a\tb\n\tx")
    #expect(t.rows == [["", "x"]])
  }

  @Test func everyGeneratedTableLoads() {
    for (text, columns) in [
      (divisionsTSV, 4), (divisionHistoryTSV, 7), (provinceAbbreviationsTSV, 3), (courtsTSV, 4),
      (caseTypeCodesTSV, 4), (lawsTSV, 5),
    ] {
      let t = TSVTable(text)
      #expect(t.columns.count == columns)
      #expect(t.rows.count > 30)
      #expect(t.rows.allSatisfy { $0.count == columns })
    }
  }
}
