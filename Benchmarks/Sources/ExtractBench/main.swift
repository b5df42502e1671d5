import ChineseText
import Foundation
import LegalExtract
import LegalExtractBatch

// Throughput and memory of the extractor, as ratios to a bare ICU zh
// word-break pass over the same text in the same run.
//
//   swift run -c release --package-path Benchmarks ExtractBench [--mb 10] [--jsonl-mb 200] [--long-mb 16] [--extract PATH]

let arguments = CommandLine.arguments
func option(_ name: String, _ fallback: String) -> String {
  guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return fallback }
  return arguments[i + 1]
}
let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
let repo = here.path
let megabytes = Int(option("--mb", "10")) ?? 10
let jsonlMegabytes = Int(option("--jsonl-mb", "200")) ?? 200
let extractPath = option("--extract", repo + "/.build/release/extract")

let corpus = BenchCorpus.load(
  folders: [repo + "/../shared/corpus/dev", repo + "/Corpus/articles"],
  minimumBytes: megabytes * 1_000_000)
let mb = Double(corpus.bytes) / 1e6
print(
  String(
    format: "corpus: %d articles, %.1f MB (dev corpus + Corpus/articles, repeated)",
    corpus.articles.count, mb))

func rate(_ seconds: Double) -> Double { mb / seconds }
var rows: [(String, Double)] = []

// 1. The yardstick: ICU's zh word break over every article.
let scalars = corpus.articles.map { Array($0.unicodeScalars) }
let yardstick = Measure.seconds {
  var n = 0
  for s in scalars { n &+= ICU.boundaries(.word, in: s).count }
  precondition(n > 0)
}
rows.append(("ICU zh word break (yardstick)", yardstick))

// 2. The text layer alone, the full extraction, and each stage alone.
rows.append(
  (
    "text layer (TextDocument)",
    Measure.seconds {
      var n = 0
      for a in corpus.articles { n &+= TextDocument(a).sentences.count }
      precondition(n > 0)
    }
  ))
let full = Extractor()
let fullSeconds = Measure.seconds {
  var n = 0
  for a in corpus.articles { n &+= full.extract(a).dates.count }
  blackHole(n)
}
rows.append(("full extraction", fullSeconds))
for stage in full.stageNames {
  let only = Extractor(onlyStages: [stage])
  rows.append(
    (
      "stage \(stage) (+ text layer)",
      Measure.seconds(repeats: 2) {
        var n = 0
        for a in corpus.articles { n &+= only.extract(a).cases.count }
        blackHole(n)
      }
    ))
}
let results = corpus.articles.map { full.extract($0) }
rows.append(
  (
    "JSON encoding of the results",
    Measure.seconds {
      var n = 0
      for r in results { n &+= r.jsonData(pretty: false).count }
      blackHole(n)
    }
  ))

print("\nthroughput on one core (best of runs):")
for (name, seconds) in rows {
  let label = name.padding(toLength: 34, withPad: " ", startingAt: 0)
  print(
    "  " + label
      + String(
        format: " %7.3f s %8.2f MB/s   %5.2f× yardstick", seconds, rate(seconds),
        yardstick / seconds))
}

// 2b. One long document against many short ones of the same text.
let longCopies = Int(option("--long-mb", "16")) ?? 16
if longCopies > 0 {
  let own = BenchCorpus.load(folders: [repo + "/Corpus/articles"], minimumBytes: 0).articles
  let piece = LongDocument.text(megabytes: 1, articles: own)
  let (long, short) = LongDocument.measure(full, piece: piece, copies: longCopies)
  print(
    String(
      format:
        "\none %d MB document: %.2f s; %d documents of %.1f MB: %.2f s; ratio %.2f× (target ≤ 1.3×)",
      longCopies * piece.utf8.count / 1_000_000, long, longCopies, Double(piece.utf8.count) / 1e6,
      short, long / short))
}

// 3. Parallel scaling through the library's ordered parallel map.
func parallel(_ jobs: Int) -> Double {
  Measure.seconds(repeats: 2) {
    var n = 0
    OrderedParallelMap.run(corpus.articles, jobs: jobs, transform: { full.extract($0).dates.count })
    { n &+= $0 }
    blackHole(n)
  }
}
let one = parallel(1)
let two = parallel(2)
print(
  String(
    format: "\njobs: 1 → %.2f MB/s, 2 → %.2f MB/s, speed-up %.2f× (target ≥ 1.7×; %d cores)",
    rate(one), rate(two), one / two, ProcessInfo.processInfo.activeProcessorCount))
print(
  String(
    format: "full extraction vs yardstick: %.2f× its throughput (target ≥ 0.5×)",
    yardstick / fullSeconds))
print(
  String(
    format: "peak memory of this benchmark process: %.1f MB", Double(Measure.selfPeakBytes()) / 1e6)
)

// 4. The CLI: start-up on a tiny file, and peak memory on a large JSONL stream.
if FileManager.default.isExecutableFile(atPath: extractPath) {
  let tiny = NSTemporaryDirectory() + "/bench-tiny.txt"
  try? "2023年6月，麻城市人民法院判决。".write(toFile: tiny, atomically: true, encoding: .utf8)
  var startups: [Double] = []
  for _ in 0..<15 { startups.append(Measure.run(extractPath, [tiny]).seconds) }
  startups.sort()
  print(
    String(
      format: "\nCLI start-up on a tiny file: median %.1f ms (target < 50 ms)",
      startups[startups.count / 2] * 1000))

  if jsonlMegabytes > 0 {
    let path = NSTemporaryDirectory() + "/bench-input.jsonl"
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    if let handle = FileHandle(forWritingAtPath: path) {
      var written = 0
      var id = 0
      let encoder = JSONEncoder()
      while written < jsonlMegabytes * 1_000_000 {
        for a in corpus.articles.prefix(50) {
          struct Line: Encodable { let id: String; let text: String }
          var data = (try? encoder.encode(Line(id: "doc-\(id)", text: a))) ?? Data()
          data.append(0x0A)
          handle.write(data)
          written += data.count
          id += 1
        }
      }
      try? handle.close()
      let run = Measure.run(
        extractPath, ["--input", "jsonl", "--jobs", "2", "--no-progress"], input: path,
        sampleMemory: true)
      print(
        String(
          format:
            "CLI on %.0f MB of JSONL (%d docs, --jobs 2): %.1f s, %.2f MB/s, peak memory %.1f MB (target < 100 MB), exit %d",
          Double(written) / 1e6, id, run.seconds, Double(written) / 1e6 / run.seconds,
          Double(run.peakBytes) / 1e6, run.status))
      try? FileManager.default.removeItem(atPath: path)
    }
  }
} else {
  print(
    "\n(no CLI at \(extractPath): build it with `swift build -c release` for start-up and memory figures)"
  )
}

@inline(never) func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }
