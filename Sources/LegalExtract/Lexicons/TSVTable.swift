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
    var lines: [[String]] = []
    // A tight walk over the bytes, line by line then tab by tab (a byte
    // switch in a closure over captured arrays cost 14 instructions a byte).
    func read(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard let base = bytes.baseAddress else { return }
      func cell(_ start: Int, _ end: Int) -> String {
        let bytes = UnsafeBufferPointer(start: base + start, count: end - start)
        return String(decoding: bytes, as: UTF8.self)
      }
      let count = bytes.count
      // Arrays sized up front: growing the rows and each row's cells one
      // append at a time cost 22M instructions of the start-up's copying.
      var newlines = 1
      for i in 0..<count where base[i] == UInt8(ascii: "\n") { newlines += 1 }
      lines.reserveCapacity(newlines)
      var width = 1
      var lineStart = 0
      while lineStart < count {
        var lineEnd = lineStart
        while lineEnd < count && base[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        // Blank lines and comments (# first) hold no row.
        if lineEnd > lineStart && base[lineStart] != UInt8(ascii: "#") {
          var cells: [String] = []
          cells.reserveCapacity(width)
          var cellStart = lineStart
          for i in lineStart..<lineEnd where base[i] == UInt8(ascii: "\t") {
            cells.append(cell(cellStart, i))
            cellStart = i + 1
          }
          cells.append(cell(cellStart, lineEnd))
          width = max(width, cells.count)
          lines.append(cells)
        }
        lineStart = lineEnd + 1
      }
    }
    if text.utf8.withContiguousStorageIfAvailable(read) == nil {
      // A bridged or otherwise non-contiguous string: read a native copy.
      var copy = text
      copy.makeContiguousUTF8()
      copy.utf8.withContiguousStorageIfAvailable(read)
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

extension TSVTable {
  /// The current divisions (`divisionsTSV`), read once: the gazetteer, the
  /// division index, the docket and the law lexicons all need it.
  static let divisions = TSVTable(divisionsTSV)
  /// The court list (`courtsTSV`), read once for the court and docket lexicons.
  static let courts = TSVTable(courtsTSV)
}
