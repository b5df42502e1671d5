import ArgumentParser

/// `extract --help`: the overview, then the options of the default command
/// (`run`), each with its default once, then the other subcommands. The
/// parser's own top-level help lists only the subcommands, which hides the
/// options most people came for.
enum TopLevelHelp {
  /// True for the arguments that ask for the top-level help.
  static func isRequested(by arguments: [String]) -> Bool {
    arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"]
  }

  static func text(columns: Int? = nil) -> String {
    let root = ExtractCommand.helpMessage(columns: columns)
    let run = ExtractCommand.helpMessage(for: RunCommand.self, columns: columns)
    let overview = section(of: root, before: "USAGE:")
    let runUsage = section(of: run, from: "USAGE:", before: "ARGUMENTS:")
    let runOptions = section(of: run, from: "ARGUMENTS:", before: nil)
    let subcommands = section(of: root, from: "SUBCOMMANDS:", before: nil)
    let text =
      overview
      + runUsage.replacingOccurrences(of: "USAGE: extract run ", with: "USAGE: extract [run] ")
      + runOptions + subcommands
    return String(text.dropLast())  // one newline at the end
  }

  /// The lines of `help` from the line starting with `from` (or the top) up
  /// to the line starting with `before` (or the end).
  private static func section(of help: String, from start: String? = nil, before end: String?)
    -> String
  {
    var lines = help.split(separator: "\n", omittingEmptySubsequences: false)
    if let start, let i = lines.firstIndex(where: { $0.hasPrefix(start) }) { lines.removeFirst(i) }
    if let end, let j = lines.firstIndex(where: { $0.hasPrefix(end) }) {
      lines.removeLast(lines.count - j)
    }
    var text = lines.joined(separator: "\n")
    while text.hasSuffix("\n") { text.removeLast() }
    return text + "\n\n"
  }
}
