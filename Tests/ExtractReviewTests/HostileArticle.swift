import LegalExtract

/// An article that tries to be markup, with the characters that trip
/// offset arithmetic (a BOM as scalar 0, CRLF, astral characters, ZWJ
/// sequences, combining marks, line separators), and a result whose marks cross those parts.
enum HostileArticle {
  static let script =
    "<script>document.documentElement.setAttribute('data-pwned','script');document.title='pwned'</script>"
  static let image =
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">"

  static let text =
    "\u{FEFF}2023年6月，湖北省麻城市人民检察院\(script)向麻城市住房和城乡建设局发出检察建议。\r\n"
    + "\(image)\"quoted\" 'single' </textarea></article></mark>&amp;\u{2028}次行\u{2029}"
    + "𠀋𠀌 2024年3月12日，e\u{301}\u{302}😀👩‍⚖️ 罚款人民币5万元。\r\n"
    + "（2023）鄂1181行初12号\r\n"

  /// Offsets in scalars of the first occurrence of `piece`.
  static func offset(of piece: String) -> Int {
    let s = Array(text.unicodeScalars)
    let p = Array(piece.unicodeScalars)
    for i in 0...(s.count - p.count) where Array(s[i..<(i + p.count)]) == p { return i }
    fatalError("\(piece) is not in the article")
  }

  static func span(_ piece: String, extra: Int = 0) -> (TextSpan, String) {
    let start = offset(of: piece)
    let end = start + piece.unicodeScalars.count + extra
    let scalars = Array(text.unicodeScalars)[start..<end]
    return (TextSpan(start, end), String(String.UnicodeScalarView(scalars)))
  }

  /// Marks placed by hand: crossing, nested, identical, over astral
  /// characters, combining marks and CRLF.
  static func craftedResult() -> ExtractionResult {
    let (orgSpan, orgText) = span("麻城市人民检察院<script>")
    let (dateSpan, dateText) = span("2023年6月，湖北省")
    let (scriptSpan, scriptText) = span(script)
    let (astralSpan, astralText) = span("𠀋𠀌 2024年")
    let (daySpan, dayText) = span("2024年3月12日，e\u{301}\u{302}😀")
    let (crlfSpan, crlfText) = span("。\r\n<img")
    let (moneySpan, moneyText) = span("5万元。\r\n（2023）")
    let (docketSpan, docketText) = span("（2023）鄂1181行初12号\r\n")
    return ExtractionResult(
      source: "crafted",
      dates: [
        DateMention(text: dateText, span: dateSpan, value: "2023-06", granularity: .month),
        DateMention(text: dayText, span: daySpan, value: "2024-03-12", granularity: .day),
      ],
      organizations: [
        OrganizationMention(
          text: orgText, span: orgSpan, kind: .procuratorate, name: "湖北省麻城市人民检察院\"<b>",
          regionCode: "421181")
      ],
      statutes: [
        StatuteMention(
          text: scriptText, span: scriptSpan, law: "</script><script>x()</script>", kind: .other)
      ],
      figures: [
        FigureMention(text: astralText, span: astralSpan, kind: .count, value: .number(2)),
        FigureMention(text: moneyText, span: moneySpan, kind: .money, value: .number(50000)),
      ],
      dockets: [
        DocketMention(
          text: docketText, span: docketSpan, year: 2023, court: "鄂1181", code: "行初", number: 12)
      ],
      penalties: [
        PenaltyMention(text: crlfText, span: crlfSpan, penalty: .death),
        PenaltyMention(text: docketText, span: docketSpan, penalty: .lifeImprisonment),
      ],
      cases: [
        CaseRecord(
          title: "<i>案</i>", span: TextSpan(0, Array(text.unicodeScalars).count), type: "行政",
          plaintiffs: ["湖北省麻城市人民检察院\"<b>"], defendants: ["麻城市住房和城乡建设局"],
          events: [CaseEvent(date: "2023-06", kind: .recommendation, text: "向麻城市住房和城乡建设局发出检察建议")])
      ])
  }
}
