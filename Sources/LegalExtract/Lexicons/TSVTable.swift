/// A tab-separated table with a header row, read from an embedded string.
///
/// Generated tables (Lexicons/Generated, from Scripts/generate_tables.py) and
/// hand-written rule tables share this reader.
struct TSVTable: Sendable {
  let columns: [String]
  let rows: [[String]]

  init(_ text: String) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
    let header = lines.isEmpty ? [] : lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    columns = header
    rows = lines.filter { !$0.hasPrefix("#") }.map { line in
      var cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if cells.count < header.count { cells += Array(repeating: "", count: header.count - cells.count) }
      return cells
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
