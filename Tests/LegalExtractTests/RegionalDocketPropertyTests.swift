import PropertyBased
import Testing

@testable import LegalExtract

/// Property tests for the regional docket grammars: any table row with any
/// year and number reads back to its parts, inside running text, and its
/// year is never a date.
@Suite struct RegionalDocketPropertyTests {
  private static func only(_ text: String) -> [DocketMention] {
    Extractor(onlyStages: [.dockets, .dates]).extract(text).dockets
  }

  @Test func hongKongEnglishPrefixesReadBack() async {
    let rows = DocketRulesHongKong.englishPrefixes
    await propertyCheck(
      count: 200, input: Gen.int(in: 0...(rows.count - 1)), Gen.int(in: 1...99999),
      Gen.int(in: 1997...2030)
    ) { row, number, year in
      let p = rows[row]
      let docket = "\(p.court)\(p.type) \(number)/\(year)"
      let text = "案件（\(docket)）於\(year)年審結。"
      let r = Extractor(onlyStages: [.dockets, .dates]).extract(text)
      #expect(r.dockets.map(\.text) == [docket])
      #expect(r.dockets.first.map { [$0.court, $0.code] } == [p.court, p.type])
      #expect(r.dockets.first?.number == number)
      #expect(r.dockets.first?.year == year)
      #expect(r.dates.map(\.text) == ["\(year)年"])
    }
  }

  @Test func hongKongChineseNumbersReadBack() async {
    let courts = DocketRulesHongKong.chineseCourts
    let types = DocketRulesHongKong.chineseCaseTypes
    await propertyCheck(
      count: 200, input: Gen.int(in: 0...(courts.count - 1)), Gen.int(in: 0...(types.count - 1)),
      Gen.int(in: 1...9999), Gen.int(in: 1997...2030)
    ) { c, t, number, year in
      let docket = "\(courts[c].written)\(types[t].written)\(year)年第\(number)号"
      let d = Self.only("见" + docket + "判词")
      #expect(d.map(\.text) == [docket])
      #expect(d.first?.year == year)
      #expect(d.first?.number == number)
      #expect(d.first?.courtName == courts[c].court.name)
    }
  }

  @Test func taiwanRocYearsAreGregorian() async {
    let types = DocketRulesTaiwan.caseTypes
    await propertyCheck(
      count: 200, input: Gen.int(in: 1...150), Gen.int(in: 0...(types.count - 1)),
      Gen.int(in: 1...99999)
    ) { rocYear, t, number in
      let docket = "\(rocYear)年度\(types[t].code)字第\(number)号"
      let r = Extractor(onlyStages: [.dockets, .dates]).extract("台湾高等法院" + docket + "判决")
      #expect(r.dockets.map(\.text) == [docket])
      #expect(r.dockets.first?.year == rocYear + 1911)
      #expect(r.dockets.first?.number == number)
      #expect(r.dockets.first?.courtName == "台湾高等法院")
      #expect(r.dates.isEmpty)
    }
  }
}
