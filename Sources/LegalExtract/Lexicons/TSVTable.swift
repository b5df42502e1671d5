/// A tab-separated table with a header row, read from an embedded string.
///
/// Generated tables (Lexicons/Generated, from Scripts/generate_tables.py) and
/// hand-written rule tables share this reader. Lines starting with # are
/// comments. Splitting works on UTF-8 bytes: splitting the String by
/// Characters costs grapheme breaking on every scalar, which dominated the
/// CLI's start-up.
struct TSVTable: Sendable {
  let columns: [String]
  let rows: [[String]]

  init(_ text: String) {
    var text = text
    var lines: [[String]] = []
    text.withUTF8 { bytes in
      var cells: [String] = []
      var cellStart = 0
      var lineStart = 0
      func finishLine(_ end: Int) {
        cells.append(
          String(decoding: UnsafeBufferPointer(rebasing: bytes[cellStart..<end]), as: UTF8.self))
        let blank = end == lineStart
        let comment = !blank && bytes[lineStart] == UInt8(ascii: "#")
        if !blank && !comment { lines.append(cells) }
        cells.removeAll(keepingCapacity: true)
      }
      for i in 0..<bytes.count {
        switch bytes[i] {
        case UInt8(ascii: "\t"):
          cells.append(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[cellStart..<i]), as: UTF8.self))
          cellStart = i + 1
        case UInt8(ascii: "\n"):
          finishLine(i)
          cellStart = i + 1
          lineStart = i + 1
        default:
          break
        }
      }
      if lineStart < bytes.count { finishLine(bytes.count) }
    }
    let header = lines.first ?? []
    columns = header
    rows = lines.dropFirst().map { cells in
      cells.count < header.count
        ? cells + Array(repeating: "", count: header.count - cells.count) : cells
    }
  }

  /// The column index of `name`; a missing column is a programming error
  /// caught by the lexicon tests.
  func column(_ name: String) -> Int {
    guard let i = columns.firstIndex(of: name) else {
      preconditionFailure("lexicon column \(name) missing from \(columns)")
    }
    return i
  }

  /// Each row as a dictionary from column name to cell (for tests and small tables).
  var records: [[String: String]] {
    rows.map { Dictionary(uniqueKeysWithValues: zip(columns, $0)) }
  }
}
