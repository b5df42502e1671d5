import Foundation

/// One unit of work for the batch: an article to read and extract.
enum InputItem: Sendable {
  /// A file path (as given, or found under a folder given).
  case file(String)
  /// The whole of standard input as one article.
  case standardInput
  /// One line of JSON Lines input: {"id": …, "text": …}.
  case jsonLine(number: Int, bytes: [UInt8])
  /// A line longer than the input limit: skipped without being held.
  case oversizedLine(number: Int, bytes: Int)
}

/// Expands the command line into input items: folders are walked for
/// `*.txt` files (sorted, so runs are repeatable), `-` is standard input.
enum InputPlan {
  /// The items, and messages about arguments that yielded nothing.
  static func items(for arguments: [String]) -> (items: [InputItem], notes: [String]) {
    var items: [InputItem] = []
    var notes: [String] = []
    for argument in arguments {
      if argument == "-" {
        items.append(.standardInput)
        continue
      }
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue {
        let found = textFiles(under: argument)
        if found.isEmpty { notes.append("\(argument): no .txt files in this folder") }
        items += found.map(InputItem.file)
      } else {
        items.append(.file(argument))  // missing or unreadable paths fail when read
      }
    }
    return (items, notes)
  }

  static func textFiles(under folder: String) -> [String] {
    let base = URL(fileURLWithPath: folder)
    guard
      let walker = FileManager.default.enumerator(
        at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { return [] }
    var paths: [String] = []
    for case let url as URL in walker where url.pathExtension == "txt" {
      let path = folder.hasSuffix("/") ? folder + relative(url, to: base) : folder + "/" + relative(url, to: base)
      paths.append(path)
    }
    return paths.sorted()
  }

  private static func relative(_ url: URL, to base: URL) -> String {
    let full = url.standardizedFileURL.path
    let root = base.standardizedFileURL.path
    return full.hasPrefix(root + "/") ? String(full.dropFirst(root.count + 1)) : url.lastPathComponent
  }
}

/// Lines of standard input, read in chunks so that memory holds one line at
/// a time, not the stream; a line longer than `limit` is skipped as it
/// streams past and reported, never held whole.
struct StandardInputLines: Sequence, IteratorProtocol {
  let limit: Int
  private var buffer: [UInt8] = []
  private var start = 0
  private var finished = false
  private var lineNumber = 0
  /// Bytes of an oversized line dropped so far, while skipping it.
  private var skipped: Int?
  private let chunkSize = 1 << 20

  init(limit: Int) { self.limit = limit }

  mutating func next() -> InputItem? {
    while true {
      if let newline = buffer[start...].firstIndex(of: 0x0A) {
        let length = newline - start
        lineNumber += 1
        if let dropped = skipped {
          skipped = nil
          start = newline + 1
          return .oversizedLine(number: lineNumber, bytes: dropped + length)
        }
        var line = Array(buffer[start..<newline])
        start = newline + 1
        if line.last == 0x0D { line.removeLast() }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }  // blank lines carry no record
        if line.count > limit { return .oversizedLine(number: lineNumber, bytes: line.count) }
        return .jsonLine(number: lineNumber, bytes: line)
      }
      if finished {
        guard start < buffer.count || skipped != nil else { return nil }
        let line = Array(buffer[start...])
        start = buffer.count
        lineNumber += 1
        if let dropped = skipped {
          skipped = nil
          return .oversizedLine(number: lineNumber, bytes: dropped + line.count)
        }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        if line.count > limit { return .oversizedLine(number: lineNumber, bytes: line.count) }
        return .jsonLine(number: lineNumber, bytes: line)
      }
      if start > 0 {
        buffer.removeFirst(start)
        start = 0
      }
      // A partial line past the limit: drop what is held and keep skipping.
      if buffer.count > limit {
        skipped = (skipped ?? 0) + buffer.count
        buffer.removeAll(keepingCapacity: true)
      }
      let data = FileHandle.standardInput.readData(ofLength: chunkSize)
      if data.isEmpty { finished = true } else { buffer.append(contentsOf: data) }
    }
  }
}
