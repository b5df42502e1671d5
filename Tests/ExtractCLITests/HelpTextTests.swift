import Foundation
import Testing

/// `extract --help` pinned word for word: a change to an option's name,
/// default or wording shows up here, to be checked and then re-pinned.
@Suite struct HelpTextTests {
  @Test func topLevelHelpIsPinned() throws {
    let r = try CLIRunner.run(["--help"])
    #expect(r.status == 0)
    let expected = (Self.pinned + "\n").split(separator: "\n", omittingEmptySubsequences: false)
    let actual = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    for (i, (want, got)) in zip(expected, actual).enumerated() where want != got {
      Issue.record("line \(i + 1):\n  pinned: \(want)\n  actual: \(got)")
    }
    #expect(actual.count == expected.count)
  }

  @Test func theRunOptionsShowTheirDefaultsOnce() throws {
    let help = try CLIRunner.run(["--help"]).stdout
    for option in [
      "--input", "--format", "--output", "--resume", "--published", "--jobs", "--max-bytes",
      "--only",
    ] {
      #expect(help.contains("  \(option) "), "\(option) in the top-level help")
    }
    let jobs =
      help.components(separatedBy: "\n  --jobs <n>").dropFirst().first?.components(
        separatedBy: "\n  --max-bytes"
      ).first ?? ""
    #expect(jobs.components(separatedBy: "default").count == 2, "one default for --jobs: \(jobs)")
    #expect(
      help.contains("YYYY-MM-DD, YYYY-MM") && help.contains("or YYYY"),
      "--published lists its forms")
    #expect(
      help.contains("a folder, with") && help.contains("--format html"),
      "--output's meaning per format")
  }

  @Test func helpForRunAndHelpRunAgreeOnTheOptions() throws {
    let top = try CLIRunner.run(["--help"]).stdout
    let run = try CLIRunner.run(["help", "run"]).stdout
    let options = run.components(separatedBy: "OPTIONS:").last ?? ""
    #expect(!options.isEmpty && top.contains(options.trimmingCharacters(in: .newlines)))
  }

  /// The output of `extract --help` at 80 columns (not a terminal).
  static let pinned = """
    OVERVIEW: Extract dates, courts, statutes, figures, dockets and cases from
    Chinese legal news.

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

    USAGE: extract [run] [<inputs> ...] [--input <input>] [--format <format>] [--output <path>] [--resume] [--published <published>] [--jobs <n>] [--max-bytes <bytes>] [--no-progress] [--only <stages>] [--explain] [--explain-match <explain-match>]

    ARGUMENTS:
      <inputs>                Article files, folders to walk for *.txt, or - for
                              standard input.

    OPTIONS:
      --input <input>         files: the arguments are articles; jsonl: read {"id":
                              …, "text": …, "published": …} lines from standard
                              input (id and published optional); paths: read
                              article paths (files or folders) from standard input,
                              one per line. (values: files, jsonl, paths; default:
                              files)
            One output line per input line, written as soon as it is ready: extract
            works as a co-process. Blank lines are not inputs and get no output
            line. --input paths is for lists longer than a command line should
            carry (find corpus -name '*.txt' | extract --input paths).
      --format <format>       json: one indented document (the default for one
                              file); jsonl: one line per input (the default for
                              standard input, folders and several files); html: a
                              review page per input (docs/OUTPUT.md describes the
                              JSON). (values: json, jsonl, html)
      --output <path>         Write the output to PATH instead of standard output:
                              a file, with --format jsonl or json; a folder, with
                              --format html (one NAME.html per input, and
                              index.html).
      --resume                With --output FILE (JSON Lines): keep the records
                              FILE holds, skip the inputs they cover (by source, or
                              id for --input jsonl) and append the rest.
      --published <published> The articles' publication date, YYYY-MM-DD, YYYY-MM
                              or YYYY; anchors 今年, 去年 and bare month-days. A JSON
                              Lines line's own "published" overrides it.
      --jobs <n>              Parallel extraction threads (default: all cores).
      --max-bytes <bytes>     Largest input accepted, in bytes; a larger file is
                              refused by its size, unread. Memory peaks near 30 MB
                              + 22 × this (the documents being extracted at once
                              are kept within it). (default: 2097152)
      --no-progress           No progress bar, even on a terminal.
      --only <stages>         Run only these stages, comma-separated (dockets,
                              dates, statutes, organizations, organization-regions,
                              figures, cases); the other fields stay empty.
            Later stages read earlier ones: cases without organizations name no
            courts.
      --explain               Print why, not JSON: every mention with the rule that
                              made it and every rejected candidate with the rule
                              that rejected it, in text order.
            The format is in the README, section "Explaining an extraction".
      --explain-match <explain-match>
                              With --explain: only mentions and candidates
                              overlapping this text.
      --version               Show the version.
      -h, --help              Show help information.

    SUBCOMMANDS:
      run (default)           Extract from files, folders (every *.txt below) or -
                              (standard input); the default command.
      regress                 Score the extractor on NAME.txt articles with
                              NAME.gold.json beside them.

      See 'extract help <subcommand>' for detailed help.
    """
}
