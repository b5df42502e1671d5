import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Expands the command line into input items: folders are walked for
/// `*.txt` files (sorted, so runs are repeatable), `-` is standard input.
///
/// A folder that cannot be listed, and a folder argument holding no `.txt`
/// file, become `.failed` items: reported, never skipped silently.
enum InputPlan {
  static func items(for arguments: [String]) -> [InputItem] {
    var items: [InputItem] = []
    for argument in arguments {
      if argument == "-" {
        items.append(.standardInput)
      } else if isFolder(argument) {
        let found = FolderWalk(root: argument).items()
        items +=
          found.isEmpty
          ? [.failed(source: argument, reason: "no .txt files in this folder")] : found
      } else {
        items.append(.file(argument))  // missing or unreadable paths fail when read
      }
    }
    return items
  }

  /// The paths `--input paths` reads: one per line (LF or CRLF); blank
  /// lines are no paths. A path is taken as written, spaces included.
  static func pathLines(_ handle: FileHandle) -> [String] {
    let bytes = handle.readDataToEndOfFile()
    return bytes.split(separator: UInt8(ascii: "\n")).compactMap { line in
      let path = String(
        decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
      guard !path.allSatisfy(\.isWhitespace) else { return nil }
      return path == "-" ? "./-" : path  // standard input holds the list itself
    }
  }

  /// True for a folder, or a link to one.
  static func isFolder(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }
}

/// The `*.txt` files below a folder, and the folders below it that could not
/// be listed, in sorted path order. A folder named `x.txt` is walked, not
/// read; links to folders are not followed; hidden entries (names starting with `.`) are left out.
struct FolderWalk {
  let root: String

  func items() -> [InputItem] {
    var found: [(path: String, item: InputItem)] = []
    walk(root, into: &found)
    return found.sorted { $0.path < $1.path }.map(\.item)
  }

  private func walk(_ folder: String, into found: inout [(path: String, item: InputItem)]) {
    guard let stream = opendir(folder) else {
      let reason = errno == EACCES ? "permission denied" : String(cString: strerror(errno))
      found.append((folder, .failed(source: folder, reason: reason)))
      return
    }
    defer { closedir(stream) }
    var names: [String] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if !name.hasPrefix(".") { names.append(name) }
    }
    for name in names {
      let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      var info = stat()
      guard lstat(path, &info) == 0 else { continue }  // gone since listed
      switch info.st_mode & S_IFMT {
      case S_IFDIR: walk(path, into: &found)
      // Links to folders are not followed (no loops); links to files are read.
      case S_IFLNK where name.hasSuffix(".txt") && !InputPlan.isFolder(path):
        found.append((path, .file(path)))
      case S_IFREG where name.hasSuffix(".txt"): found.append((path, .file(path)))
      default: break
      }
    }
  }
}
