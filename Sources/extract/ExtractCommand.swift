import ArgumentParser
import Foundation
import LegalExtract

/// `extract`: structured case data from Chinese legal news.
@main
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract:
      "Extract dates, courts, statutes, figures, dockets and cases from Chinese legal news.",
    discussion: """
      Offsets in the output are Unicode-scalar offsets into the input as given.
      Every field is described in docs/OUTPUT.md of the repository; the JSON
      Schema docs/legal-extract-1.schema.json (schema legal-extract/1) validates
      every document and error record.

      Examples:
        extract article.txt                 one article, one JSON document
        extract a.txt b.txt > out.jsonl     one JSON line per article
        cat article.txt | extract -         read standard input (one JSON line)
        find corpus -name '*.txt' | extract --input paths > out.jsonl
                                            paths on standard input, any number
        extract --published 2024-12-30 article.txt
        extract --format html article.txt > page.html      a review page
        extract --format html --output review/ corpus/     pages + index.html

      Exit status: 0 all inputs extracted, 1 some input failed (its message
      names it on stderr), 2 bad usage.
      """,
    version: LegalExtractVersion.string,
    subcommands: [RunCommand.self, RegressCommand.self],
    defaultSubcommand: RunCommand.self
  )

  /// Like ParsableCommand.main(), but usage errors exit with status 2.
  static func main() {
    // A reader that goes away ends the run at once, quietly, with status 141,
    // as for any Unix filter; even when the parent ignored SIGPIPE.
    signal(SIGPIPE, SIG_DFL)
    if TopLevelHelp.isRequested(by: Array(CommandLine.arguments.dropFirst())) {
      print(TopLevelHelp.text(), terminator: "")
      return
    }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(ExitStatus.usage)
      }
      exit(withError: error)
    }
  }
}

/// The process exit statuses `extract` uses.
enum ExitStatus {
  static let success: Int32 = 0
  static let someInputFailed: Int32 = 1
  static let usage: Int32 = 2
}
