import ChineseText
import Foundation
import Testing

@testable import LegalExtract

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 17: extraction time grows linearly with one document's length
/// (it was quadratic: 4 MB took 8× the time of 1 MB, 2 MB 6× the time of 0.5 MB). The size-ratio test
/// the issue asks for: four times the text must take less than five times
/// the CPU time. Only the rule passes are timed (the text layer is built
/// beforehand), on this thread's CPU clock, best of three, so that other
/// tests and other processes on the machine move the ratio little.
@Suite struct LinearTimeTests {
  static let articles: [String] = {
    let folder = CorpusRegressionTests.articles
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.sorted().filter { $0.hasSuffix(".txt") }.compactMap {
      try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8)
    }
  }()

  /// About `bytes` of our own articles, repeated, as one text.
  static func text(bytes: Int) -> String {
    var out = ""
    while out.utf8.count < bytes {
      for a in articles { out += a + "\n\n" }
    }
    return out
  }

  @Test func fourTimesTheTextTakesUnderFiveTimesTheTime() {
    #expect(Self.articles.count >= 50)
    let piece = Self.text(bytes: 500_000)
    let small = TextDocument(piece)
    let large = TextDocument(String(repeating: piece, count: 4))
    let extractor = Extractor()
    var smallBest = Double.infinity
    var largeBest = Double.infinity
    for _ in 0..<3 {
      smallBest = min(smallBest, Self.cpuSeconds { _ = extractor.extract(small) })
      largeBest = min(largeBest, Self.cpuSeconds { _ = extractor.extract(large) })
    }
    let ratio = largeBest / smallBest
    #expect(ratio < 5, "4× the text took \(ratio)× the time (\(smallBest) s → \(largeBest) s)")
  }

  /// CPU seconds this thread spends in `body`.
  static func cpuSeconds(_ body: () -> Void) -> Double {
    func now() -> Double {
      var t = timespec()
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
      return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
    let start = now()
    body()
    return now() - start
  }
}
