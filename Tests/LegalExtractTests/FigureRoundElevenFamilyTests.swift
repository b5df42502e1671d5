import PropertyBased
import Testing

@testable import LegalExtract

/// Round-eleven families of figures (blind fit batches): list items sharing
/// the unit of the last item (B35-05 3084及2269張, B37-10 4.01、3.35个百分点)
/// and 度 counting times (B33-05, B48-09 兩度).
@Suite struct FigureRoundElevenFamilyTests {
  static func describe(_ sentence: String) -> [String] { FigureProbe.describe(sentence) }

  // MARK: figure.list.shared-unit

  @Test(arguments: [
    ("已审结的传票分别有3084及2269张。", ["3084|count|3084", "2269张|count|2269"]),
    ("上诉率、申诉率分别下降4.01、3.35个百分点。", ["4.01|percent|4.01", "3.35个百分点|percent|3.35"]),
    ("该市和该县分别查处12、15、27起案件。", ["12|count|12", "15|count|15", "27起案件|count|27"]),
    ("该公司及其负责人分别被罚款3000和5000元。", ["3000|money|3000", "5000元|money|5000"]),
    ("甲公司、乙公司分别被罚款30及50万元。", ["30|money|300000", "50万元|money|500000"]),
    ("该厂分别倾倒废料12.5与20吨。", ["12.5|quantity|12.5", "20吨|quantity|20"]),
    ("东村和西村分别有3、5户受灾。", ["3|count|3", "5户受灾|count|5"]),
  ])
  func listItemsShareTheUnit(sentence: String, expected: [String]) {
    #expect(Self.describe(sentence) == expected, "\(sentence)")
  }

  /// Not lists of figures: an approximation of small numbers without 分别,
  /// ordinals, years, durations, and a number with no unit at the list's end.
  @Test(arguments: [
    "现场有3、4名群众围观。", "依据第1、2项规定处理。", "2019和2020年，该院审结案件。",
    "分别判处有期徒刑3、5年。", "编号为3084及2269的传票。", "第12、15条规定了罚则。",
  ])
  func notListsOfFigures(sentence: String) {
    // A list item is the only figure whose text is a bare number.
    let bare = FigureProbe.figures(in: sentence).filter {
      $0.text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." }
    }
    #expect(bare.isEmpty, "\(sentence): \(Self.describe(sentence))")
  }

  /// Generated lists: 2–4 Arabic numbers × joiner × unit × frame. Each item
  /// comes back as a figure of the unit's kind with the item's value (scaled
  /// by 万 on the unit), and nothing else is read.
  struct Unit {
    let text: String
    let kind: FigureKind
    let scale: Double
  }

  static let units: [Unit] = [
    Unit(text: "件", kind: .count, scale: 1), Unit(text: "起", kind: .count, scale: 1),
    Unit(text: "人", kind: .count, scale: 1), Unit(text: "名被告人", kind: .count, scale: 1),
    Unit(text: "家企业", kind: .count, scale: 1), Unit(text: "张", kind: .count, scale: 1),
    Unit(text: "个百分点", kind: .percent, scale: 1), Unit(text: "%", kind: .percent, scale: 1),
    Unit(text: "元", kind: .money, scale: 1), Unit(text: "万元", kind: .money, scale: 10_000),
    Unit(text: "吨", kind: .quantity, scale: 1), Unit(text: "亩", kind: .quantity, scale: 1),
  ]
  static let joiners = ["、", "及", "和", "与", "以及"]
  static let frames: [(String, String)] = [
    ("东区和西区分别", "。"), ("东区和西区分别为", "。"), ("该院与该局分别查处", "，均已办结。"),
    ("数据显示，上述指标分别为", "。"),
  ]

  @Test func generatedListsReadBack() async {
    let gen = Gen.int(in: 10...99_999).array(of: 2...4)
    await propertyCheck(count: 200, input: gen, Gen.int(in: 0...(Self.units.count * 5 * 4 - 1))) {
      numbers, pick in
      let unit = Self.units[pick % Self.units.count]
      let joiner = Self.joiners[(pick / Self.units.count) % Self.joiners.count]
      let frame = Self.frames[pick / (Self.units.count * 5) % Self.frames.count]
      // Some items with a decimal part, as statistics write them.
      let items = numbers.enumerated().map { k, v in
        unit.kind == .percent && k % 2 == 0 ? "\(v % 100).\(v % 7 + 1)" : "\(v)"
      }
      let sentence = frame.0 + items.joined(separator: joiner) + unit.text + frame.1
      let got = FigureProbe.figures(in: sentence)
      let want = items.map { Double($0)! * unit.scale }
      #expect(got.count == items.count, "\(sentence): \(got.map(FigureProbe.describe))")
      for (f, v) in zip(got, want) {
        #expect(f.kind == unit.kind, "\(sentence): \(FigureProbe.describe(f))")
        if case .number(let x) = f.value {
          #expect(abs(x - v) <= 1e-6 * max(1, v), "\(sentence): \(FigureProbe.describe(f))")
        } else {
          Issue.record("\(sentence): \(FigureProbe.describe(f)) is no number")
        }
      }
    }
  }

  // MARK: figure.count.times-du

  @Test(arguments: [
    ("控方指被告在兩星期內，兩度到同一所超級市場取去日用品。", "兩度|count|2"),
    ("他向法庭兩度提出願意交出款項。", "兩度|count|2"),
    ("该男子三度闯入他人住宅。", "三度|count|3"),
  ])
  func duCountsTimes(sentence: String, expected: String) {
    #expect(Self.describe(sentence).contains(expected), "\(sentence): \(Self.describe(sentence))")
  }

  @Test(arguments: [
    "伤者全身三度烧伤。", "当晚气温只有两度。", "夜间最低零下三度。", "每月用电两度以上。",
    "二度上诉未果。", "他一度想放弃。",
  ])
  func duIsADegree(sentence: String) {
    #expect(
      !Self.describe(sentence).contains { $0.contains("度|count") },
      "\(sentence): \(Self.describe(sentence))")
  }
}
